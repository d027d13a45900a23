// Running a user import job: the uploaded CSV becomes users in RESET_REQUIRED, one row at a time.
// Cognito's own rules (developer guide, "Creating the user import CSV file" and "Viewing the user pool
// import results"): a file it cannot read fails the job; a row for an existing user is skipped; a row
// that breaks the schema or sets none of the auto-verified attributes to true fails, and the job goes
// on. A job that imports nobody while rows failed or were skipped ends Failed.
import { CognitoError, InvalidParameterException, UsernameExistsException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { ImportJobRecord } from "../../state/imports.js";
import { checkAttributes, checkRequired, claimAliases, schemaOf, syncAliases, EMAIL, PHONE } from "./attributes.js";
import { COMPLETION, csvHeader, finishJob, MFA_COLUMN, USERNAME_COLUMN } from "./import-jobs.js";
import { CsvSyntaxError, parseCsv } from "./csv.js";

/** Each outcome is also the name of the job's counter. */
type Outcome = "imported" | "skipped" | "failed";

export function runImport(ctx: OperationContext, pool: PoolRecord, job: ImportJobRecord): void {
  job.status = "InProgress";
  const fail = (message: string) => finishJob(job, "Failed", ctx.now, message);
  if (!job.file) return fail("No CSV file was uploaded to the pre-signed URL of this job.");
  if (job.file.body.startsWith("\uFEFF")) return fail("Unable to parse the CSV file: it must be UTF-8 without a byte order mark.");
  let rows: string[][];
  try {
    rows = parseCsv(job.file.body);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return fail(`Unable to parse the CSV file: ${e.message}.`);
    throw e;
  }
  const [header = [], ...records] = rows;
  const columns = header.map((h) => h.trim());
  const problem = headerProblem(pool, columns);
  if (problem) return fail(problem);
  for (const fields of records) job[importRow(ctx, pool, columns, fields)]++;
  if (job.imported === 0 && job.skipped + job.failed > 0) fail(COMPLETION.tooManyFailures);
  else finishJob(job, "Succeeded", ctx.now, COMPLETION.succeeded);
}

/** Every column of GetCSVHeader must be there, once, in any order, and nothing else. */
function headerProblem(pool: PoolRecord, columns: string[]): string | undefined {
  const expected = csvHeader(pool);
  const known = new Set(expected);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length) return `The CSV header has unknown columns: ${unknown.join(", ")}`;
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) return `The CSV header repeats the column ${c}`;
    seen.add(c);
  }
  const missing = expected.filter((c) => !seen.has(c));
  if (missing.length) return `The CSV header is missing columns: ${missing.join(", ")}`;
  return undefined;
}

function importRow(ctx: OperationContext, pool: PoolRecord, columns: string[], fields: string[]): Outcome {
  if (fields.length !== columns.length) return "failed";
  const schema = schemaOf(pool);
  const values = new Map<string, string>();
  let given = "";
  let mfa = "";
  columns.forEach((name, i) => {
    // leading and trailing white space is trimmed; an empty value leaves the attribute unset
    const v = fields[i].trim();
    if (name === USERNAME_COLUMN) given = v;
    else if (name === MFA_COLUMN) mfa = v.toLowerCase();
    else if (v !== "") values.set(name, schema.get(name)?.AttributeDataType === "Boolean" ? v.toLowerCase() : v);
  });
  if (!given || /\s/.test(given)) return "failed";
  if (!mfaAllowed(pool, mfa)) return "failed";

  let username: string;
  let sub: string;
  try {
    const identity = signInIdentity(pool, given);
    if (identity) {
      if (pool.users.byAlias(identity.attribute, given)) return "skipped";
      const stated = values.get(identity.attribute);
      if (stated !== undefined && stated !== given) return "failed";
      values.set(identity.attribute, given);
      username = sub = ctx.random.uuid();
    } else {
      if (pool.users.byUsername(given) || pool.users.bySubject(given)) return "skipped";
      username = given;
      sub = ctx.random.uuid();
    }
    // users must be able to reset their password: one auto-verified attribute has to be verified
    if (!(pool.settings.AutoVerifiedAttributes ?? []).some((a) => values.get(`${a}_verified`) === "true")) return "failed";
    for (const a of ["email", "phone_number"]) if (values.get(`${a}_verified`) === "true" && !values.get(a)) return "failed";
    checkAttributes(pool, [...values].map(([Name, Value]) => ({ Name, Value })), "create");
    checkRequired(pool, values);
    claimAliases(pool, undefined, values, "error", true);
  } catch (e) {
    if (e instanceof UsernameExistsException) return "skipped";
    if (e instanceof CognitoError) return "failed";
    throw e;
  }

  const user = pool.users.add({
    username, sub, attributes: new Map([["sub", sub], ...values]), status: "RESET_REQUIRED", enabled: true, created: ctx.now, modified: ctx.now,
    groups: new Set(), mfaMethods: mfa === "true" ? ["SMS_MFA"] : [], linkedProviders: [], codes: new Map(),
  });
  syncAliases(pool, user, new Map());
  return "imported";
}

/** cognito:mfa_enabled is required: true when MFA is ON, false when OFF, either when OPTIONAL. */
function mfaAllowed(pool: PoolRecord, value: string): boolean {
  if (value !== "true" && value !== "false") return false;
  const mode = pool.settings.MfaConfiguration ?? "OFF";
  return mode === "OPTIONAL" || (mode === "ON") === (value === "true");
}

/**
 * In pools that sign in by email or phone number the username column holds that address (the user's
 * real username is a new UUID, as with AdminCreateUser); alias pools refuse an address-shaped username.
 */
function signInIdentity(pool: PoolRecord, given: string): { attribute: "email" | "phone_number" } | undefined {
  const byAttributes = pool.settings.UsernameAttributes ?? [];
  if (byAttributes.length) {
    if (byAttributes.includes("email") && EMAIL.test(given)) return { attribute: "email" };
    if (byAttributes.includes("phone_number") && PHONE.test(given)) return { attribute: "phone_number" };
    throw new InvalidParameterException("Username should be either an email or a phone number.");
  }
  const aliases = pool.settings.AliasAttributes ?? [];
  if ((aliases.includes("email") && EMAIL.test(given)) || (aliases.includes("phone_number") && PHONE.test(given))) {
    throw new InvalidParameterException("Username cannot be of email or phone format, since user pool is configured for alias.");
  }
  return undefined;
}
