import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { COMPLETION, finishJob, getJob, jobType } from "./shared/import-jobs.js";

// Only a job on its way (Pending, InProgress) can be stopped. The mock finishes imports within
// StartUserImportJob, so through the API this is mostly the error; a stopped job cannot restart.
export default defineOperation("StopUserImportJob", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const job = getJob(ctx, pool, input.JobId);
  if (job.status !== "Pending" && job.status !== "InProgress") {
    throw new InvalidParameterException(`Import job ${job.id} cannot be stopped: its status is ${job.status}.`);
  }
  finishJob(job, "Stopped", ctx.now, COMPLETION.stopped);
  return { UserImportJob: jobType(job) };
});
