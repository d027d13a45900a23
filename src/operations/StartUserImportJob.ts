import { InvalidParameterException, PreconditionNotMetException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getJob, jobType } from "./shared/import-jobs.js";
import { runImport } from "./shared/import-users.js";

// Cognito answers with the job Pending and imports in the background; the mock imports at once, so
// the next DescribeUserImportJob already shows the outcome (Succeeded or Failed) and the users exist.
export default defineOperation("StartUserImportJob", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const job = getJob(ctx, pool, input.JobId);
  if (job.status !== "Created") throw new InvalidParameterException(`Import job ${job.id} cannot be started: its status is ${job.status}.`);
  // imported users reset their password through a verified email or phone number
  if (!pool.settings.AutoVerifiedAttributes?.length) {
    throw new PreconditionNotMetException("The user pool must have at least one auto-verified attribute (email or phone_number) to import users.");
  }
  job.status = "Pending";
  job.started = ctx.now;
  const answer = { UserImportJob: jobType(job) };
  runImport(ctx, pool, job);
  return answer;
});
