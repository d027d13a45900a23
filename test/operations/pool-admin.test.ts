import { afterEach, describe, expect, it } from "vitest";
import { X509Certificate } from "node:crypto";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();

/** The same mock seen through another region's endpoint. */
const inRegion = (region: string) => new C.CognitoIdentityProviderClient({
  region, credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1,
});

const MRK = "arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab";

async function newPool(extra: Partial<C.CreateUserPoolCommandInput> = {}) {
  return (await client.send(new C.CreateUserPoolCommand({ PoolName: "admin", ...extra }))).UserPool!.Id!;
}

async function newClient(UserPoolId: string, GenerateSecret = true) {
  return (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "app", GenerateSecret }))).UserPoolClient!;
}

describe("risk configuration", () => {
  const describeRisk = async (UserPoolId: string, ClientId?: string) =>
    (await client.send(new C.DescribeRiskConfigurationCommand({ UserPoolId, ClientId }))).RiskConfiguration!;

  it("keeps a pool-wide configuration that clients inherit until they get their own", async () => {
    const UserPoolId = await newPool();
    const { ClientId } = await newClient(UserPoolId);
    expect(await describeRisk(UserPoolId)).toEqual({ UserPoolId });

    const set = await client.send(new C.SetRiskConfigurationCommand({
      UserPoolId,
      CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } },
      RiskExceptionConfiguration: { BlockedIPRangeList: ["10.10.10.10/32"] },
    }));
    expect(set.RiskConfiguration!.LastModifiedDate).toBeInstanceOf(Date);
    const pool = await describeRisk(UserPoolId);
    expect(pool).toMatchObject({
      UserPoolId,
      CompromisedCredentialsRiskConfiguration: { EventFilter: ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"], Actions: { EventAction: "BLOCK" } },
      RiskExceptionConfiguration: { BlockedIPRangeList: ["10.10.10.10/32"] },
    });
    expect(pool.ClientId).toBeUndefined();
    // a client without settings of its own answers with the pool's
    expect(await describeRisk(UserPoolId, ClientId)).toEqual(pool);

    await client.send(new C.SetRiskConfigurationCommand({
      UserPoolId, ClientId,
      AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } },
    }));
    const own = await describeRisk(UserPoolId, ClientId);
    expect(own).toMatchObject({ UserPoolId, ClientId, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } });
    expect(own.CompromisedCredentialsRiskConfiguration).toBeUndefined();
    expect(await describeRisk(UserPoolId)).toEqual(pool);

    // naming only the pool and client makes the client inherit again; naming only the pool resets it
    await client.send(new C.SetRiskConfigurationCommand({ UserPoolId, ClientId }));
    expect(await describeRisk(UserPoolId, ClientId)).toEqual(pool);
    await client.send(new C.SetRiskConfigurationCommand({ UserPoolId }));
    const reset = await describeRisk(UserPoolId);
    expect(reset.CompromisedCredentialsRiskConfiguration).toBeUndefined();
    expect(reset.RiskExceptionConfiguration).toBeUndefined();
  });

  it("refuses unknown pools and clients, bad IP ranges and notifications without a sender, changing nothing", async () => {
    const UserPoolId = await newPool();
    const { ClientId } = await newClient(UserPoolId);
    const noPool = await failure(client.send(new C.DescribeRiskConfigurationCommand({ UserPoolId: "us-east-1_nope" })));
    expect([noPool.name, noPool.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nope does not exist."]);
    const noClient = await failure(client.send(new C.SetRiskConfigurationCommand({ UserPoolId, ClientId: "nope", RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8"] } })));
    expect([noClient.name, noClient.message]).toEqual(["ResourceNotFoundException", "User pool client nope does not exist."]);

    for (const range of ["10.0.0.1", "10.0.0.0/33", "300.0.0.0/8", "2001:db8::/129", "fe80::1::2/64"]) {
      const bad = await failure(client.send(new C.SetRiskConfigurationCommand({ UserPoolId, RiskExceptionConfiguration: { BlockedIPRangeList: [range] } })));
      expect([bad.name, bad.message]).toEqual(["InvalidParameterException", `IP range ${range} is not in valid CIDR notation.`]);
    }
    await client.send(new C.SetRiskConfigurationCommand({ UserPoolId, RiskExceptionConfiguration: { SkippedIPRangeList: ["2001:db8::/32", "192.168.0.0/16"] } }));

    const notify = await failure(client.send(new C.SetRiskConfigurationCommand({
      UserPoolId, ClientId, AccountTakeoverRiskConfiguration: { Actions: { LowAction: { EventAction: "NO_ACTION", Notify: true } } },
    })));
    expect([notify.name, notify.message]).toEqual(["InvalidParameterException", "NotifyConfiguration is required when an account takeover action notifies users."]);
    expect((await describeRisk(UserPoolId, ClientId)).ClientId).toBeUndefined();
    expect((await describeRisk(UserPoolId)).RiskExceptionConfiguration).toEqual({ SkippedIPRangeList: ["2001:db8::/32", "192.168.0.0/16"] });

    await client.send(new C.SetRiskConfigurationCommand({
      UserPoolId, ClientId,
      AccountTakeoverRiskConfiguration: {
        NotifyConfiguration: { SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com", From: "security@example.com" },
        Actions: { LowAction: { EventAction: "NO_ACTION", Notify: true } },
      },
    }));
    expect((await describeRisk(UserPoolId, ClientId)).AccountTakeoverRiskConfiguration!.NotifyConfiguration!.From).toBe("security@example.com");
  });
});

describe("log delivery", () => {
  const notifications = { EventSource: "userNotification", LogLevel: "ERROR", CloudWatchLogsConfiguration: { LogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/cognito" } } as const;
  const authEvents = { EventSource: "userAuthEvents", LogLevel: "INFO", S3Configuration: { BucketArn: "arn:aws:s3:::auth-events" } } as const;
  const get = async (UserPoolId: string) => (await client.send(new C.GetLogDeliveryConfigurationCommand({ UserPoolId }))).LogDeliveryConfiguration;

  it("starts empty, stores what is set, and replaces it whole", async () => {
    const UserPoolId = await newPool({ UserPoolTier: "PLUS" });
    expect(await get(UserPoolId)).toEqual({ UserPoolId, LogConfigurations: [] });
    const set = await client.send(new C.SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations: [notifications, authEvents] }));
    expect(set.LogDeliveryConfiguration).toEqual({ UserPoolId, LogConfigurations: [notifications, authEvents] });
    expect(await get(UserPoolId)).toEqual({ UserPoolId, LogConfigurations: [notifications, authEvents] });
    await client.send(new C.SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations: [notifications] }));
    expect((await get(UserPoolId))!.LogConfigurations).toEqual([notifications]);
    await client.send(new C.SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations: [] }));
    expect((await get(UserPoolId))!.LogConfigurations).toEqual([]);
  });

  it("refuses what Cognito cannot deliver, changing nothing", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations: [notifications] }));
    const cases: [C.LogConfigurationType[], string, string][] = [
      [[authEvents], "FeatureUnavailableInTierException", `Exporting userAuthEvents logs requires the PLUS feature plan; user pool ${UserPoolId} is on ESSENTIALS.`],
      [[notifications, notifications], "InvalidParameterException", "Only one log configuration is allowed per event source; userNotification appears twice."],
      [[{ ...notifications, S3Configuration: { BucketArn: "arn:aws:s3:::b" } }], "InvalidParameterException", "A log configuration for userNotification must have exactly one destination."],
      [[{ EventSource: "userNotification", LogLevel: "ERROR" }], "InvalidParameterException", "A log configuration for userNotification must have exactly one destination."],
      [[{ ...notifications, LogLevel: "INFO" }], "InvalidParameterException", "userNotification logs support only the ERROR log level."],
      [[{ EventSource: "userNotification", LogLevel: "ERROR", FirehoseConfiguration: { StreamArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/s" } }], "InvalidParameterException", "userNotification logs can only be delivered to CloudWatch Logs."],
      [[{ EventSource: "userNotification", LogLevel: "ERROR", CloudWatchLogsConfiguration: { LogGroupArn: "arn:aws:s3:us-east-1:123456789012:bucket" } }], "InvalidParameterException", "CloudWatchLogsConfiguration.LogGroupArn must be the ARN of a CloudWatch Logs log group."],
      [[{ EventSource: "userNotification", LogLevel: "ERROR", CloudWatchLogsConfiguration: {} }], "InvalidParameterException", "CloudWatchLogsConfiguration.LogGroupArn is required."],
      [[{ ...authEvents, LogLevel: "ERROR" }], "InvalidParameterException", "userAuthEvents logs support only the INFO log level."],
    ];
    for (const [LogConfigurations, name, message] of cases) {
      const e = await failure(client.send(new C.SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations })));
      expect([e.name, e.message]).toEqual([name, message]);
    }
    expect((await get(UserPoolId))!.LogConfigurations).toEqual([notifications]);
    const none = await failure(client.send(new C.GetLogDeliveryConfigurationCommand({ UserPoolId: "us-east-1_nope" })));
    expect([none.name, none.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nope does not exist."]);
  });
});

describe("replicas", () => {
  const replicaPool = () => newPool({ KeyConfiguration: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: MRK } });
  const list = async (UserPoolId: string, via = client) => (await via.send(new C.ListUserPoolReplicasCommand({ UserPoolId }))).UserPoolReplicas;
  const primary = (UserPoolId: string) => ({ RegionName: "us-east-1", Status: "ACTIVE", Role: "PRIMARY", UserPoolArn: `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${UserPoolId}` });

  it("creates a replica that settles INACTIVE, activates, deactivates and deletes it", async () => {
    const UserPoolId = await replicaPool();
    expect(await list(UserPoolId)).toEqual([primary(UserPoolId)]);
    const secondary = { RegionName: "eu-west-1", Role: "SECONDARY", UserPoolArn: `arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${UserPoolId}` };
    const created = await client.send(new C.CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1", UserPoolTags: { team: "auth" } }));
    expect(created.UserPoolReplica).toEqual({ ...secondary, Status: "CREATING" });
    expect(await list(UserPoolId)).toEqual([primary(UserPoolId), { ...secondary, Status: "INACTIVE" }]);

    const active = await client.send(new C.UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1", Status: "ACTIVE" }));
    expect(active.UserPoolReplica).toEqual({ ...secondary, Status: "ACTIVE" });
    expect((await list(UserPoolId))![1]!.Status).toBe("ACTIVE");
    const busy = await failure(client.send(new C.DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1" })));
    expect([busy.name, busy.message]).toEqual(["InvalidParameterException", "The replica in Region eu-west-1 must be INACTIVE to be deleted; it is ACTIVE."]);

    await client.send(new C.UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1", Status: "INACTIVE" }));
    const deleted = await client.send(new C.DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1" }));
    expect(deleted.UserPoolReplica).toEqual({ ...secondary, Status: "DELETING" });
    expect(await list(UserPoolId)).toEqual([primary(UserPoolId)]);
    const gone = await failure(client.send(new C.DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1" })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", `User pool ${UserPoolId} has no replica in Region eu-west-1.`]);
    const noUpdate = await failure(client.send(new C.UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1", Status: "ACTIVE" })));
    expect(noUpdate.name).toBe("ResourceNotFoundException");
  });

  it("refuses replicas the pool cannot have", async () => {
    const UserPoolId = await replicaPool();
    const create = (RegionName: string, pool = UserPoolId) => failure(client.send(new C.CreateUserPoolReplicaCommand({ UserPoolId: pool, RegionName })));
    expect([(await create("us-east-1")).name, (await create("us-east-1")).message]).toEqual(["InvalidParameterException", `Region us-east-1 is the primary Region of user pool ${UserPoolId}.`]);
    expect((await create("moon-base-1")).message).toBe("moon-base-1 is not a valid Region name.");
    expect((await create("eu-west-1", "us-east-1_nope")).name).toBe("ResourceNotFoundException");

    const plain = await newPool();
    const noKey = await create("eu-west-1", plain);
    expect([noKey.name, noKey.message]).toEqual(["InvalidParameterException", "Multi-Region replication requires the user pool to be encrypted with a multi-Region customer managed KMS key."]);
    const singleRegionKey = await newPool({ KeyConfiguration: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" } });
    expect((await create("eu-west-1", singleRegionKey)).name).toBe("InvalidParameterException");
    const lite = await newPool({ UserPoolTier: "LITE", KeyConfiguration: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: MRK } });
    const tier = await create("eu-west-1", lite);
    expect([tier.name, tier.message]).toEqual(["FeatureUnavailableInTierException", "Multi-Region replication requires the ESSENTIALS or PLUS feature plan."]);

    const regions = ["us-west-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"];
    for (const RegionName of regions) await client.send(new C.CreateUserPoolReplicaCommand({ UserPoolId, RegionName }));
    const twice = await create("us-west-2");
    expect([twice.name, twice.message]).toEqual(["InvalidParameterException", `User pool ${UserPoolId} already has a replica in Region us-west-2.`]);
    const limit = await create("ca-central-1");
    expect([limit.name, limit.message]).toEqual(["LimitExceededException", `User pool ${UserPoolId} already has the maximum of 5 replicas.`]);
    expect((await list(UserPoolId))!.map((r) => r.RegionName)).toEqual(["us-east-1", ...regions]);
    const primaryStatus = await failure(client.send(new C.UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-east-1", Status: "INACTIVE" })));
    expect(primaryStatus.name).toBe("InvalidParameterException");
  });

  it("answers in a secondary's region what Cognito allows there", async () => {
    const UserPoolId = await replicaPool();
    await client.send(new C.CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" }));
    const west = inRegion("us-west-2");
    const elsewhere = inRegion("eu-north-1");
    try {
      expect((await list(UserPoolId, west))!.map((r) => r.Role)).toEqual(["PRIMARY", "SECONDARY"]);
      await west.send(new C.UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2", Status: "ACTIVE" }));
      expect((await list(UserPoolId))![1]!.Status).toBe("ACTIVE");
      const create = await failure(west.send(new C.CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1" })));
      expect([create.name, create.message]).toEqual(["OperationNotEnabledException", `CreateUserPoolReplica must be called in the primary Region of user pool ${UserPoolId} (us-east-1).`]);
      expect((await failure(west.send(new C.DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" })))).name).toBe("OperationNotEnabledException");
      expect((await failure(elsewhere.send(new C.ListUserPoolReplicasCommand({ UserPoolId })))).name).toBe("ResourceNotFoundException");
    } finally {
      west.destroy();
      elsewhere.destroy();
    }
  });
});

describe("provisioned limits", () => {
  const definition = (Category: string) => ({ LimitClass: "API_CATEGORY" as const, Attributes: { Category } });
  const get = async (Category: string, via = client) => (await via.send(new C.GetProvisionedLimitCommand({ LimitDefinition: definition(Category) }))).Limit;

  it("starts at the free rate and keeps what is provisioned, per region", async () => {
    expect(await get("UserAuthentication")).toEqual({ LimitDefinition: definition("UserAuthentication"), ProvisionedLimitValue: 120, FreeLimitValue: 120 });
    expect((await get("UserCreation"))!.FreeLimitValue).toBe(50);
    const updated = await client.send(new C.UpdateProvisionedLimitCommand({ LimitDefinition: definition("UserAuthentication"), RequestedLimitValue: 300 }));
    expect(updated.Limit).toEqual({ LimitDefinition: definition("UserAuthentication"), ProvisionedLimitValue: 300, FreeLimitValue: 120 });
    expect((await get("UserAuthentication"))!.ProvisionedLimitValue).toBe(300);
    const west = inRegion("us-west-2");
    try {
      expect((await get("UserAuthentication", west))!.ProvisionedLimitValue).toBe(120);
    } finally {
      west.destroy();
    }
  });

  it("refuses unknown categories and values outside the allowed range", async () => {
    const update = (Category: string, RequestedLimitValue: number) =>
      failure(client.send(new C.UpdateProvisionedLimitCommand({ LimitDefinition: definition(Category), RequestedLimitValue })));
    const unknown = await failure(client.send(new C.GetProvisionedLimitCommand({ LimitDefinition: definition("Everything") })));
    expect([unknown.name, unknown.message]).toEqual(["InvalidParameterException", "Everything is not a valid API category."]);
    const missing = await failure(client.send(new C.GetProvisionedLimitCommand({ LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: {} } })));
    expect(missing.message).toBe("Limit class API_CATEGORY requires the Category attribute.");
    const extra = await failure(client.send(new C.GetProvisionedLimitCommand({ LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: { Category: "UserRead", Pool: "x" } } })));
    expect(extra.message).toBe("Attribute Pool is not supported for limit class API_CATEGORY.");
    expect([(await update("UserUpdate", 50)).name, (await update("UserUpdate", 50)).message]).toEqual(["InvalidParameterException", "The limit of API category UserUpdate is not adjustable."]);
    expect((await update("UserCreation", 49)).message).toBe("RequestedLimitValue 49 is below the default limit of 50 for UserCreation.");
    const over = await update("UserCreation", 501);
    expect([over.name, over.message]).toEqual(["ServiceQuotaExceededException", "RequestedLimitValue 501 exceeds the account-level maximum of 500 for UserCreation. Request a Service Quotas increase first."]);
    expect((await get("UserCreation"))!.ProvisionedLimitValue).toBe(50);
  });
});

describe("client secrets", () => {
  const describeClient = async (UserPoolId: string, ClientId: string) =>
    (await client.send(new C.DescribeUserPoolClientCommand({ UserPoolId, ClientId }))).UserPoolClient!;
  const listSecrets = async (UserPoolId: string, ClientId: string) =>
    (await client.send(new C.ListUserPoolClientSecretsCommand({ UserPoolId, ClientId }))).ClientSecrets!;

  it("rotates: a second secret, at most two, never the last one deleted", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId);
    const ClientId = app.ClientId!;
    const [first] = await listSecrets(UserPoolId, ClientId);
    expect(first!.ClientSecretId).toBe(`${ClientId}--${app.CreationDate!.getTime()}`);
    expect(first!.ClientSecretValue).toBeUndefined();

    mock.clock.advance(1000);
    const added = (await client.send(new C.AddUserPoolClientSecretCommand({ UserPoolId, ClientId }))).ClientSecretDescriptor!;
    expect(added.ClientSecretValue).toMatch(/^[a-z0-9]{51}$/);
    expect(added.ClientSecretValue).not.toBe(app.ClientSecret);
    expect(added.ClientSecretId).toBe(`${ClientId}--${added.ClientSecretCreateDate!.getTime()}`);
    expect(await listSecrets(UserPoolId, ClientId)).toEqual([first, { ClientSecretId: added.ClientSecretId, ClientSecretCreateDate: added.ClientSecretCreateDate }]);
    expect((await describeClient(UserPoolId, ClientId)).ClientSecret).toBe(app.ClientSecret);

    const third = await failure(client.send(new C.AddUserPoolClientSecretCommand({ UserPoolId, ClientId })));
    expect([third.name, third.message]).toEqual(["LimitExceededException", `Client ${ClientId} already has the maximum of 2 client secrets.`]);

    await client.send(new C.DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: first!.ClientSecretId }));
    expect((await describeClient(UserPoolId, ClientId)).ClientSecret).toBe(added.ClientSecretValue);
    expect((await listSecrets(UserPoolId, ClientId)).map((s) => s.ClientSecretId)).toEqual([added.ClientSecretId]);
    const last = await failure(client.send(new C.DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: added.ClientSecretId })));
    expect([last.name, last.message]).toEqual(["InvalidParameterException", `Client secret ${added.ClientSecretId} is the last secret of client ${ClientId} and cannot be deleted.`]);
    const unknown = await failure(client.send(new C.DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId, ClientSecretId: first!.ClientSecretId })));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", `Client secret ${first!.ClientSecretId} does not exist.`]);
    // the secrets survive an update of the client's settings
    await client.send(new C.UpdateUserPoolClientCommand({ UserPoolId, ClientId, ClientName: "renamed" }));
    expect((await listSecrets(UserPoolId, ClientId)).map((s) => s.ClientSecretId)).toEqual([added.ClientSecretId]);
  });

  it("takes a caller's secret without echoing it, and refuses public clients and unknown ones", async () => {
    const UserPoolId = await newPool();
    const app = await newClient(UserPoolId);
    const own = "my+own_secret_value_0123456789";
    const added = (await client.send(new C.AddUserPoolClientSecretCommand({ UserPoolId, ClientId: app.ClientId!, ClientSecret: own }))).ClientSecretDescriptor!;
    expect(added.ClientSecretValue).toBeUndefined();
    expect(added.ClientSecretId).toMatch(new RegExp(`^${app.ClientId}--\\d+$`));
    expect((await listSecrets(UserPoolId, app.ClientId!))).toHaveLength(2);
    await client.send(new C.DeleteUserPoolClientSecretCommand({ UserPoolId, ClientId: app.ClientId!, ClientSecretId: (await listSecrets(UserPoolId, app.ClientId!))[0]!.ClientSecretId }));
    expect((await describeClient(UserPoolId, app.ClientId!)).ClientSecret).toBe(own);

    const pub = await newClient(UserPoolId, false);
    expect(await listSecrets(UserPoolId, pub.ClientId!)).toEqual([]);
    const refused = await failure(client.send(new C.AddUserPoolClientSecretCommand({ UserPoolId, ClientId: pub.ClientId! })));
    expect([refused.name, refused.message]).toEqual(["InvalidParameterException", `Client ${pub.ClientId} is not a confidential client: it has no client secret.`]);
    expect((await describeClient(UserPoolId, pub.ClientId!)).ClientSecret).toBeUndefined();

    const none = await failure(client.send(new C.ListUserPoolClientSecretsCommand({ UserPoolId, ClientId: "nope" })));
    expect([none.name, none.message]).toEqual(["ResourceNotFoundException", "User pool client nope does not exist."]);
    expect((await failure(client.send(new C.AddUserPoolClientSecretCommand({ UserPoolId: "us-east-1_nope", ClientId: "nope" })))).name).toBe("ResourceNotFoundException");
  });
});

describe("signing certificate", () => {
  const certificateOf = async (UserPoolId: string) => (await client.send(new C.GetSigningCertificateCommand({ UserPoolId }))).Certificate!;

  it("issues a self-signed RSA certificate per pool, the same one each time, and a successor after a year", async () => {
    const UserPoolId = await newPool();
    const der = await certificateOf(UserPoolId);
    const cert = new X509Certificate(Buffer.from(der, "base64"));
    expect(cert.subject).toBe(`CN=${UserPoolId}`);
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.publicKey.asymmetricKeyType).toBe("rsa");
    expect(cert.publicKey.asymmetricKeyDetails!.modulusLength).toBe(2048);
    const years = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / (365 * 24 * 3600 * 1000);
    expect(Math.round(years)).toBe(10);
    expect(Math.abs(Date.parse(cert.validFrom) - mock.clock.now())).toBeLessThan(60_000);

    expect(await certificateOf(UserPoolId)).toBe(der);
    const other = await newPool();
    expect(await certificateOf(other)).not.toBe(der);

    mock.clock.advance(366 * 24 * 3600 * 1000);
    const renewed = await certificateOf(UserPoolId);
    expect(renewed).not.toBe(der);
    expect(new X509Certificate(Buffer.from(renewed, "base64")).subject).toBe(`CN=${UserPoolId}`);
  });

  it("answers concurrent first requests with one certificate, and refuses unknown pools", async () => {
    const UserPoolId = await newPool();
    const [a, b] = await Promise.all([certificateOf(UserPoolId), certificateOf(UserPoolId)]);
    expect(a).toBe(b);
    const none = await failure(client.send(new C.GetSigningCertificateCommand({ UserPoolId: "us-east-1_nope" })));
    expect([none.name, none.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nope does not exist."]);
  });
});
