import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { jobType, refreshJob } from "./shared/import-jobs.js";

/** The model caps the list at 50 jobs although MaxResults may be up to 60. */
const MAX_PAGE = 50;

// Newest first, as Cognito lists them. The model forbids an empty UserImportJobs list, so a pool
// without jobs answers without the member.
export default defineOperation("ListUserImportJobs", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const jobs = [...pool.imports.jobs.values()].reverse().map((j) => refreshJob(j, ctx.now));
  const { page, next } = pageOf(ctx, `ListUserImportJobs:${pool.id}`, jobs, Math.min(input.MaxResults, MAX_PAGE), input.PaginationToken);
  return {
    ...(page.length ? { UserImportJobs: page.map(jobType) } : {}),
    ...(next ? { PaginationToken: next } : {}),
  };
});
