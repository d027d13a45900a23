// User import jobs as the API shows them, their lifecycle clock (expiry) and the CSV header.
import type { Shape } from "../../../generated/operations.js";
import { ResourceNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import { epochSeconds } from "../../engine/clock.js";
import type { PoolRecord } from "../../state/pool.js";
import type { ImportJobRecord, ImportJobStatus } from "../../state/imports.js";
import { STANDARD_ATTRIBUTE_NAMES } from "../../state/schema-attributes.js";

/** CompletionMessage texts, as Cognito words them (AWS CLI and developer guide examples). */
export const COMPLETION = {
  succeeded: "Import Job Completed Successfully.",
  tooManyFailures: "Too many users have failed or been skipped during the import.",
  stopped: "The Import Job was stopped by the developer.",
  expired: "The user import job has expired.",
} as const;

/** A job not started within 24–48 hours expires, and its file is deleted; the mock takes 24 hours. */
const EXPIRES_AFTER_MS = 24 * 3600_000;

/** The job by id, brought up to date with the clock; Cognito's not-found error otherwise. */
export function getJob(ctx: OperationContext, pool: PoolRecord, jobId: string): ImportJobRecord {
  const job = pool.imports.jobs.get(jobId);
  if (!job) throw new ResourceNotFoundException(`Import job ${jobId} does not exist.`);
  return refreshJob(job, ctx.now);
}

export function refreshJob(job: ImportJobRecord, now: number): ImportJobRecord {
  const deadline = job.created + EXPIRES_AFTER_MS;
  if (job.status === "Created" && now >= deadline) {
    finishJob(job, "Expired", deadline, COMPLETION.expired);
    job.file = undefined;
  }
  return job;
}

export function finishJob(job: ImportJobRecord, status: ImportJobStatus, at: number, message: string): void {
  job.status = status;
  job.completed = at;
  // the model caps CompletionMessage at 128 characters
  job.completionMessage = message.length > 128 ? `${message.slice(0, 125)}...` : message;
}

/** Optional members (StartDate, CompletionDate, CompletionMessage) appear once they have a value. */
export function jobType(job: ImportJobRecord): Shape<"UserImportJobType"> {
  return {
    JobName: job.name,
    JobId: job.id,
    UserPoolId: job.poolId,
    PreSignedUrl: job.url,
    CreationDate: epochSeconds(job.created),
    ...(job.started !== undefined ? { StartDate: epochSeconds(job.started) } : {}),
    ...(job.completed !== undefined ? { CompletionDate: epochSeconds(job.completed) } : {}),
    Status: job.status,
    CloudWatchLogsRoleArn: job.roleArn,
    ImportedUsers: job.imported,
    SkippedUsers: job.skipped,
    FailedUsers: job.failed,
    ...(job.completionMessage ? { CompletionMessage: job.completionMessage } : {}),
    ...(job.hashingAlgorithm ? { PasswordHashingAlgorithm: job.hashingAlgorithm } : {}),
  };
}

export const USERNAME_COLUMN = "cognito:username";
export const MFA_COLUMN = "cognito:mfa_enabled";

/**
 * GetCSVHeader's columns: the standard attributes in schema order (sub left out), then
 * cognito:mfa_enabled and cognito:username as in AWS's documented output, then the pool's custom
 * attributes (their place after cognito:username is a guess; no real output with them was found).
 */
export function csvHeader(pool: PoolRecord): string[] {
  const names = pool.schema.map((a) => a.Name!);
  return [
    ...names.filter((n) => STANDARD_ATTRIBUTE_NAMES.has(n) && n !== "sub"),
    MFA_COLUMN,
    USERNAME_COLUMN,
    ...names.filter((n) => !STANDARD_ATTRIBUTE_NAMES.has(n)),
  ];
}
