import { defineOperation } from "../engine/context.js";
import { ALPHANUMERIC } from "../engine/random.js";
import type { ImportJobRecord } from "../state/imports.js";
import { getPool } from "./shared/lookup.js";
import { jobType } from "./shared/import-jobs.js";
import { uploadUrl, UPLOAD_URL_LIFETIME_S } from "./shared/import-url.js";

// The role is only used for CloudWatch logging, which the mock does not do: any ARN is taken.
export default defineOperation("CreateUserImportJob", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  let id: string;
  do id = `import-${ctx.random.string(10, ALPHANUMERIC)}`; while (pool.imports.jobs.has(id));
  const { url, signature } = uploadUrl(ctx, pool.id, pool.region, id);
  const job: ImportJobRecord = {
    id, name: input.JobName, poolId: pool.id, roleArn: input.CloudWatchLogsRoleArn, hashingAlgorithm: input.PasswordHashingAlgorithm,
    url, signature, urlExpiresAt: ctx.now + UPLOAD_URL_LIFETIME_S * 1000,
    status: "Created", created: ctx.now, imported: 0, skipped: 0, failed: 0,
  };
  pool.imports.jobs.set(id, job);
  return { UserImportJob: jobType(job) };
});
