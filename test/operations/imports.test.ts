import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();

const ROLE = "arn:aws:iam::123456789012:role/CognitoImport";
const STANDARD_HEADER = [
  "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email",
  "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at",
  "cognito:mfa_enabled", "cognito:username",
];
const SSE = { "x-amz-server-side-encryption": "aws:kms" };

async function newPool(extra: Partial<C.CreateUserPoolCommandInput> = {}): Promise<string> {
  const { UserPool } = await client.send(new C.CreateUserPoolCommand({
    PoolName: "imports", AutoVerifiedAttributes: ["email"],
    Schema: [{ Name: "tenant", AttributeDataType: "String" }, { Name: "age", AttributeDataType: "Number" }],
    ...extra,
  }));
  return UserPool!.Id!;
}

async function newJob(UserPoolId: string, JobName = "import-test") {
  return (await client.send(new C.CreateUserImportJobCommand({ UserPoolId, JobName, CloudWatchLogsRoleArn: ROLE }))).UserImportJob!;
}

const header = async (UserPoolId: string) => (await client.send(new C.GetCSVHeaderCommand({ UserPoolId }))).CSVHeader!;

/** A CSV with the given columns; each row names its values by column (raw text, quoting is the caller's). */
function csv(columns: string[], rows: Record<string, string>[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => r[c] ?? "").join(","))].join("\r\n") + "\r\n";
}
const user = (username: string, values: Record<string, string> = {}) => ({
  "cognito:username": username, "cognito:mfa_enabled": "false", email: `${username}@example.com`, email_verified: "true", ...values,
});

const put = (url: string, body: string, headers: Record<string, string> = SSE) => fetch(url, { method: "PUT", body, headers });
const describeJob = async (UserPoolId: string, JobId: string) =>
  (await client.send(new C.DescribeUserImportJobCommand({ UserPoolId, JobId }))).UserImportJob!;

/** Creates a job, uploads the CSV and starts it; returns the Start answer and the job as described afterwards. */
async function importCsv(UserPoolId: string, body: string) {
  const job = await newJob(UserPoolId);
  expect((await put(job.PreSignedUrl!, body)).status).toBe(200);
  const started = (await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }))).UserImportJob!;
  return { started, done: await describeJob(UserPoolId, job.JobId!) };
}

const usernames = async (UserPoolId: string) => (await client.send(new C.ListUsersCommand({ UserPoolId }))).Users!.map((u) => u.Username);

describe("GetCSVHeader", () => {
  it("lists the standard attributes, the two cognito: columns, then the custom attributes", async () => {
    const plain = (await client.send(new C.CreateUserPoolCommand({ PoolName: "plain" }))).UserPool!.Id!;
    const answer = await client.send(new C.GetCSVHeaderCommand({ UserPoolId: plain }));
    expect(answer.UserPoolId).toBe(plain);
    expect(answer.CSVHeader).toEqual(STANDARD_HEADER);

    const custom = await newPool();
    await client.send(new C.AddCustomAttributesCommand({ UserPoolId: custom, CustomAttributes: [{ Name: "plan", AttributeDataType: "String" }] }));
    expect(await header(custom)).toEqual([...STANDARD_HEADER, "custom:tenant", "custom:age", "custom:plan"]);
  });

  it("answers an unknown pool", async () => {
    const e = await failure(client.send(new C.GetCSVHeaderCommand({ UserPoolId: "us-east-1_nothere00" })));
    expect([e.name, e.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nothere00 does not exist."]);
  });
});

describe("CreateUserImportJob / DescribeUserImportJob", () => {
  it("creates a job in status Created with an S3 pre-signed URL, and describes it the same", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId, "Migration 1");
    expect(job).toMatchObject({
      JobName: "Migration 1", UserPoolId, Status: "Created", CloudWatchLogsRoleArn: ROLE, ImportedUsers: 0, SkippedUsers: 0, FailedUsers: 0,
    });
    expect(job.JobId).toMatch(/^import-[0-9A-Za-z]{10}$/);
    expect(job.CreationDate).toBeInstanceOf(Date);
    for (const absent of ["StartDate", "CompletionDate", "CompletionMessage", "PasswordHashingAlgorithm"] as const) expect(job[absent]).toBeUndefined();
    const url = new URL(job.PreSignedUrl!);
    expect(url.host).toBe("aws-cognito-idp-user-import-iad.s3.us-east-1.amazonaws.com");
    expect(url.pathname).toBe(`/123456789012/${UserPoolId}/${job.JobId}`);
    expect(url.searchParams.get("X-Amz-Algorithm")).toBe("AWS4-HMAC-SHA256");
    expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe("host;x-amz-server-side-encryption");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("899");
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);

    expect(await describeJob(UserPoolId, job.JobId!)).toEqual(job);
    const other = await newJob(UserPoolId);
    expect(other.JobId).not.toBe(job.JobId);
  });

  it("keeps the password hashing algorithm when one is given", async () => {
    const UserPoolId = await newPool();
    const { UserImportJob } = await client.send(new C.CreateUserImportJobCommand({ UserPoolId, JobName: "hashes", CloudWatchLogsRoleArn: ROLE, PasswordHashingAlgorithm: "BCRYPT" }));
    expect(UserImportJob!.PasswordHashingAlgorithm).toBe("BCRYPT");
    expect((await describeJob(UserPoolId, UserImportJob!.JobId!)).PasswordHashingAlgorithm).toBe("BCRYPT");
  });

  it("points the URL at the mock itself when it has a public URL", async () => {
    mock.setPublicUrl("http://localhost:9229/");
    try {
      const UserPoolId = await newPool();
      const job = await newJob(UserPoolId);
      expect(job.PreSignedUrl!.startsWith(`http://localhost:9229/_mock/import/${UserPoolId}/${job.JobId}?X-Amz-`)).toBe(true);
      expect((await put(job.PreSignedUrl!, csv(await header(UserPoolId), [user("pat")]))).status).toBe(200);
      await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
      expect(await usernames(UserPoolId)).toEqual(["pat"]);
    } finally {
      mock.setPublicUrl(undefined);
    }
  });

  it("answers unknown pools and jobs", async () => {
    const e = await failure(client.send(new C.CreateUserImportJobCommand({ UserPoolId: "us-east-1_nothere00", JobName: "x", CloudWatchLogsRoleArn: ROLE })));
    expect([e.name, e.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nothere00 does not exist."]);
    const UserPoolId = await newPool();
    const missing = await failure(client.send(new C.DescribeUserImportJobCommand({ UserPoolId, JobId: "import-0000000000" })));
    expect([missing.name, missing.message]).toEqual(["ResourceNotFoundException", "Import job import-0000000000 does not exist."]);
    const bad = await failure(client.send(new C.DescribeUserImportJobCommand({ UserPoolId, JobId: "job-1" })));
    expect(bad.name).toBe("InvalidParameterException");
  });

  it("expires a job that was not started within a day, dropping its file", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    await put(job.PreSignedUrl!, csv(await header(UserPoolId), [user("late")]));
    mock.clock.advance(24 * 3600_000);
    const expired = await describeJob(UserPoolId, job.JobId!);
    expect(expired).toMatchObject({ Status: "Expired", CompletionMessage: "The user import job has expired." });
    expect(expired.CompletionDate!.getTime() - expired.CreationDate!.getTime()).toBe(24 * 3600_000);
    expect(expired.StartDate).toBeUndefined();
    const e = await failure(client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", `Import job ${job.JobId} cannot be started: its status is Expired.`]);
    expect(await usernames(UserPoolId)).toEqual([]);
  });
});

describe("uploading the CSV to the pre-signed URL", () => {
  it("answers like S3: 200 with the MD5 ETag; the latest upload is the one imported", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    const columns = await header(UserPoolId);
    await put(job.PreSignedUrl!, csv(columns, [user("first")]));
    const body = csv(columns, [user("second")]);
    const res = await put(job.PreSignedUrl!, body);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(`"${createHash("md5").update(body).digest("hex")}"`);
    expect(res.headers.get("x-amz-server-side-encryption")).toBe("aws:kms");
    expect(await res.text()).toBe("");
    await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    expect(await usernames(UserPoolId)).toEqual(["second"]);
  });

  it("answers a browser's preflight", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    const res = await fetch(job.PreSignedUrl!, { method: "OPTIONS", headers: { origin: "http://app.test", "access-control-request-method": "PUT", "access-control-request-headers": "x-amz-server-side-encryption" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(res.headers.get("access-control-allow-methods")).toBe("PUT");
    expect(res.headers.get("access-control-allow-headers")).toBe("x-amz-server-side-encryption");
  });

  it("refuses unknown jobs, unsigned headers, forged signatures and expired URLs with S3's XML errors", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    const body = csv(await header(UserPoolId), [user("never")]);
    const xmlCode = async (res: Response) => /<Code>([^<]+)<\/Code>/.exec(await res.text())?.[1];

    const unknown = await put(job.PreSignedUrl!.replace(job.JobId!, "import-0000000000"), body);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/xml");
    expect(await xmlCode(unknown)).toBe("NoSuchKey");

    const noSse = await put(job.PreSignedUrl!, body, {});
    expect([noSse.status, await xmlCode(noSse)]).toEqual([403, "SignatureDoesNotMatch"]);
    const forged = new URL(job.PreSignedUrl!);
    forged.searchParams.set("X-Amz-Signature", "0".repeat(64));
    const badSig = await put(forged.href, body);
    expect([badSig.status, await xmlCode(badSig)]).toEqual([403, "SignatureDoesNotMatch"]);

    mock.clock.advance(900_000);
    const late = await put(job.PreSignedUrl!, body);
    const text = await late.text();
    expect(late.status).toBe(403);
    expect(text).toContain("<Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>899</X-Amz-Expires>");

    // nothing was stored, so the job has no file to import
    await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    expect(await describeJob(UserPoolId, job.JobId!)).toMatchObject({ Status: "Failed", CompletionMessage: "No CSV file was uploaded to the pre-signed URL of this job." });
  });
});

describe("StartUserImportJob", () => {
  it("imports every row as an enabled RESET_REQUIRED user with its attributes (end to end)", async () => {
    const UserPoolId = await newPool();
    // column order is free: the header is used reversed
    const columns = (await header(UserPoolId)).reverse();
    const body = csv(columns, [
      user("alice", {
        email_verified: "TRUE", given_name: "  Alice ", address: '"1 Main St, Apt 2"', "custom:tenant": "acme", "custom:age": "42",
        updated_at: "1700000000", phone_number: "+15555550100", phone_number_verified: "FALSE", "cognito:mfa_enabled": "FALSE",
      }),
      user("bob", { address: "9 Side St\\, Unit 3", nickname: '"say ""hi"""' }),
    ]);
    const job = await newJob(UserPoolId);
    const res = await fetch(job.PreSignedUrl!, { method: "PUT", body, headers: SSE });
    expect(res.status).toBe(200);

    const { UserImportJob: started } = await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    // Cognito answers Start with the job Pending; it runs afterwards
    expect(started).toMatchObject({ Status: "Pending", ImportedUsers: 0 });
    expect(started!.StartDate).toBeInstanceOf(Date);
    expect(started!.CompletionDate).toBeUndefined();

    const done = await describeJob(UserPoolId, job.JobId!);
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 2, SkippedUsers: 0, FailedUsers: 0, CompletionMessage: "Import Job Completed Successfully." });
    expect(done.StartDate).toEqual(started!.StartDate);
    expect(done.CompletionDate!.getTime()).toBeGreaterThanOrEqual(done.StartDate!.getTime());

    const { Users } = await client.send(new C.ListUsersCommand({ UserPoolId }));
    expect(Users!.map((u) => [u.Username, u.UserStatus, u.Enabled])).toEqual([["alice", "RESET_REQUIRED", true], ["bob", "RESET_REQUIRED", true]]);

    const alice = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "alice" }));
    const attrs = Object.fromEntries(alice.UserAttributes!.map((a) => [a.Name, a.Value]));
    expect(alice.UserAttributes![0].Name).toBe("sub");
    expect(attrs).toEqual({
      sub: attrs.sub, email: "alice@example.com", email_verified: "true", given_name: "Alice", address: "1 Main St, Apt 2", "custom:tenant": "acme",
      "custom:age": "42", updated_at: "1700000000", phone_number: "+15555550100", phone_number_verified: "false",
    });
    expect(attrs.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(alice.UserStatus).toBe("RESET_REQUIRED");
    const bob = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "bob" }));
    const bobAttrs = Object.fromEntries(bob.UserAttributes!.map((a) => [a.Name, a.Value]));
    expect([bobAttrs.address, bobAttrs.nickname]).toEqual(["9 Side St, Unit 3", 'say "hi"']);
    expect(bobAttrs.sub).not.toBe(attrs.sub);
    // the verified email is a sign-in alias in alias pools; here it is an attribute filter
    const byEmail = await client.send(new C.ListUsersCommand({ UserPoolId, Filter: 'email = "bob@example.com"' }));
    expect(byEmail.Users!.map((u) => u.Username)).toEqual(["bob"]);
  });

  it("skips existing users, fails bad rows and still succeeds when some users were imported", async () => {
    const UserPoolId = await newPool({ AliasAttributes: ["email"] });
    await client.send(new C.AdminCreateUserCommand({
      UserPoolId, Username: "existing", MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: "taken@example.com" }, { Name: "email_verified", Value: "true" }],
    }));
    const columns = await header(UserPoolId);
    const body = csv(columns, [
      user("existing"), // skipped: the user already exists
      user("carol"), // imported
      user("carol", { email: "carol2@example.com" }), // skipped: already imported by the row above
      user(""), // failed: no username
      user("has space"), // failed: spaces are not allowed in a username
      user("dave", { email_verified: "false" }), // failed: no auto-verified attribute is verified
      user("erin", { "custom:age": "old" }), // failed: not a number
      user("frank", { email: "taken@example.com" }), // failed: the verified email is another user's alias
      user("gina", { "cognito:mfa_enabled": "true" }), // failed: MFA is OFF in this pool
      user("hank", { email_verified: "yes" }), // failed: not a boolean
      user("ivy@example.com", { email: "ivy@example.com" }), // failed: email-shaped username in an email-alias pool
      user("jill", { email: "" }), // failed: email_verified true without an email
    ]) + "jack,too,few\r\n"; // failed: wrong number of fields
    const { done } = await importCsv(UserPoolId, body);
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, SkippedUsers: 2, FailedUsers: 10, CompletionMessage: "Import Job Completed Successfully." });
    expect(await usernames(UserPoolId)).toEqual(["existing", "carol"]);
    const carol = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "carol@example.com" }));
    expect(carol.Username).toBe("carol"); // found through its verified email alias
  });

  it("ends Failed when no user could be imported", async () => {
    const UserPoolId = await newPool();
    const { started, done } = await importCsv(UserPoolId, csv(await header(UserPoolId), [user("a", { email_verified: "false" }), user("b", { "custom:age": "x" })]));
    expect(started.Status).toBe("Pending");
    expect(done).toMatchObject({ Status: "Failed", ImportedUsers: 0, SkippedUsers: 0, FailedUsers: 2, CompletionMessage: "Too many users have failed or been skipped during the import." });
    expect(await usernames(UserPoolId)).toEqual([]);
  });

  it("reads cognito:mfa_enabled against the pool's MFA setting", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const { done } = await importCsv(UserPoolId, csv(await header(UserPoolId), [
      user("on", { "cognito:mfa_enabled": "TRUE" }), user("off"), user("blank", { "cognito:mfa_enabled": "" }),
    ]));
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 2 });
    const on = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "on" }));
    expect(on.UserMFASettingList).toEqual(["SMS_MFA"]);
  });

  it("takes the username column as the email in pools that sign in by email", async () => {
    const UserPoolId = await newPool({ UsernameAttributes: ["email"] });
    const columns = await header(UserPoolId);
    const body = csv(columns, [
      { "cognito:username": "kim@example.com", "cognito:mfa_enabled": "false", email_verified: "true" },
      { "cognito:username": "lee", "cognito:mfa_enabled": "false", email: "lee@example.com", email_verified: "true" },
    ]);
    const { done } = await importCsv(UserPoolId, body);
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 1 });
    const kim = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "kim@example.com" }));
    const sub = kim.UserAttributes!.find((a) => a.Name === "sub")!.Value;
    expect(kim.Username).toBe(sub); // the username is the sub; the email signs in
    expect(kim.UserAttributes!.find((a) => a.Name === "email")!.Value).toBe("kim@example.com");
    // importing the same address again skips it
    const again = await importCsv(UserPoolId, body);
    expect(again.done).toMatchObject({ Status: "Failed", ImportedUsers: 0, SkippedUsers: 1, FailedUsers: 1 });
  });

  it("fails the job on a header it does not know, a missing column or an unreadable file, creating nobody", async () => {
    const UserPoolId = await newPool();
    const columns = await header(UserPoolId);
    const unknown = await importCsv(UserPoolId, csv([...columns, "favourite_colour"], [user("u1")]));
    expect(unknown.done).toMatchObject({ Status: "Failed", ImportedUsers: 0, FailedUsers: 0, CompletionMessage: "The CSV header has unknown columns: favourite_colour" });
    const missing = await importCsv(UserPoolId, csv(columns.filter((c) => c !== "nickname" && c !== "cognito:mfa_enabled"), [user("u2")]));
    expect(missing.done).toMatchObject({ Status: "Failed", CompletionMessage: "The CSV header is missing columns: nickname, cognito:mfa_enabled" });
    const twice = await importCsv(UserPoolId, csv([...columns, "email"], [user("u3")]));
    expect(twice.done.CompletionMessage).toBe("The CSV header repeats the column email");
    const broken = await importCsv(UserPoolId, csv(columns, [user("u4", { name: '"unclosed' })]));
    expect(broken.done).toMatchObject({ Status: "Failed", CompletionMessage: "Unable to parse the CSV file: a quoted value is not closed." });
    const bom = await importCsv(UserPoolId, "\uFEFF" + csv(columns, [user("u5")]));
    expect(bom.done).toMatchObject({ Status: "Failed", CompletionMessage: "Unable to parse the CSV file: it must be UTF-8 without a byte order mark." });
    expect(await usernames(UserPoolId)).toEqual([]);
  });

  it("fails a job whose file was never uploaded", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    await client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    const done = await describeJob(UserPoolId, job.JobId!);
    expect(done).toMatchObject({ Status: "Failed", ImportedUsers: 0, SkippedUsers: 0, FailedUsers: 0, CompletionMessage: "No CSV file was uploaded to the pre-signed URL of this job." });
    expect(done.StartDate).toBeInstanceOf(Date);
  });

  it("starts a job only once, only in a pool with an auto-verified attribute, and answers unknown jobs", async () => {
    const UserPoolId = await newPool();
    const { done } = await importCsv(UserPoolId, csv(await header(UserPoolId), [user("once")]));
    const again = await failure(client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: done.JobId })));
    expect([again.name, again.message]).toEqual(["InvalidParameterException", `Import job ${done.JobId} cannot be started: its status is Succeeded.`]);

    const unknown = await failure(client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: "import-0000000000" })));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", "Import job import-0000000000 does not exist."]);

    const unverified = (await client.send(new C.CreateUserPoolCommand({ PoolName: "no-auto-verify" }))).UserPool!.Id!;
    const job = await newJob(unverified);
    await put(job.PreSignedUrl!, csv(await header(unverified), [user("x")]));
    const refused = await failure(client.send(new C.StartUserImportJobCommand({ UserPoolId: unverified, JobId: job.JobId })));
    expect([refused.name, refused.message]).toEqual(["PreconditionNotMetException", "The user pool must have at least one auto-verified attribute (email or phone_number) to import users."]);
    expect((await describeJob(unverified, job.JobId!)).Status).toBe("Created");
    expect(await usernames(unverified)).toEqual([]);
  });
});

describe("StopUserImportJob", () => {
  it("refuses jobs that are not running", async () => {
    const UserPoolId = await newPool();
    const created = await newJob(UserPoolId);
    const e = await failure(client.send(new C.StopUserImportJobCommand({ UserPoolId, JobId: created.JobId })));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", `Import job ${created.JobId} cannot be stopped: its status is Created.`]);
    const { done } = await importCsv(UserPoolId, csv(await header(UserPoolId), [user("z")]));
    const finished = await failure(client.send(new C.StopUserImportJobCommand({ UserPoolId, JobId: done.JobId })));
    expect([finished.name, finished.message]).toEqual(["InvalidParameterException", `Import job ${done.JobId} cannot be stopped: its status is Succeeded.`]);
    const unknown = await failure(client.send(new C.StopUserImportJobCommand({ UserPoolId, JobId: "import-0000000000" })));
    expect(unknown.name).toBe("ResourceNotFoundException");
    expect((await describeJob(UserPoolId, created.JobId!)).Status).toBe("Created");
  });

  it("stops a running job for good", async () => {
    const UserPoolId = await newPool();
    const job = await newJob(UserPoolId);
    // the mock finishes imports inside StartUserImportJob, so a running job is set up in the state
    const record = mock.store.pools.get(UserPoolId)!.imports.jobs.get(job.JobId!)!;
    record.status = "InProgress";
    record.started = mock.clock.now();
    const { UserImportJob: stopped } = await client.send(new C.StopUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    expect(stopped).toMatchObject({ Status: "Stopped", CompletionMessage: "The Import Job was stopped by the developer.", ImportedUsers: 0 });
    expect(stopped!.CompletionDate).toBeInstanceOf(Date);
    expect(await describeJob(UserPoolId, job.JobId!)).toEqual(stopped);
    const restart = await failure(client.send(new C.StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })));
    expect([restart.name, restart.message]).toEqual(["InvalidParameterException", `Import job ${job.JobId} cannot be started: its status is Stopped.`]);
    const twice = await failure(client.send(new C.StopUserImportJobCommand({ UserPoolId, JobId: job.JobId })));
    expect(twice.name).toBe("InvalidParameterException");
  });
});

describe("ListUserImportJobs", () => {
  it("lists jobs newest first, in pages", async () => {
    const UserPoolId = await newPool();
    const ids: string[] = [];
    for (const name of ["one", "two", "three"]) ids.push((await newJob(UserPoolId, name)).JobId!);
    await importCsv(UserPoolId, csv(await header(UserPoolId), [user("m")]));
    const first = await client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 2 }));
    expect(first.UserImportJobs!.map((j) => j.JobName)).toEqual(["import-test", "three"]);
    expect(first.UserImportJobs![0]).toMatchObject({ Status: "Succeeded", ImportedUsers: 1 });
    expect(first.PaginationToken).toBeTruthy();
    const second = await client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 2, PaginationToken: first.PaginationToken }));
    expect(second.UserImportJobs!.map((j) => j.JobId)).toEqual([ids[1], ids[0]]);
    expect(second.PaginationToken).toBeUndefined();
    expect(second.UserImportJobs![1]).toEqual(await describeJob(UserPoolId, ids[0]));
  });

  it("answers a pool without jobs, bad tokens, bad limits and unknown pools", async () => {
    const UserPoolId = await newPool();
    const empty = await client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 60 }));
    expect(empty.UserImportJobs).toBeUndefined();
    expect(empty.PaginationToken).toBeUndefined();
    const token = await failure(client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 10, PaginationToken: "bm90LWEtdG9rZW4" })));
    expect(token.name).toBe("InvalidParameterException");
    expect(token.message).toMatch(/^Paging marker bm90LWEtdG9rZW4 is invalid for request /);
    expect((await failure(client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 61 })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.ListUserImportJobsCommand({ UserPoolId, MaxResults: 0 })))).name).toBe("InvalidParameterException");
    const e = await failure(client.send(new C.ListUserImportJobsCommand({ UserPoolId: "us-east-1_nothere00", MaxResults: 10 })));
    expect([e.name, e.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nothere00 does not exist."]);
  });
});
