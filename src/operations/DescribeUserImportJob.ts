import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getJob, jobType } from "./shared/import-jobs.js";

export default defineOperation("DescribeUserImportJob", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { UserImportJob: jobType(getJob(ctx, pool, input.JobId)) };
});
