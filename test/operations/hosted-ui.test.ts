import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";
import type { OperationContext } from "../../src/engine/context.js";
import type { OperationName, RequestOf, ResponseOf } from "../../generated/operations.js";
import { implementedOperations } from "../../src/operations/index.js";

const { client, mock } = useMock();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CERT = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

const createPool = async (input: Partial<C.CreateUserPoolCommandInput> = {}) =>
  (await client.send(new C.CreateUserPoolCommand({ PoolName: "hosted", ...input }))).UserPool!.Id!;
const createClient = async (UserPoolId: string, ClientName = "web") =>
  (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName }))).UserPoolClient!.ClientId!;
const describeDomain = async (Domain: string) => (await client.send(new C.DescribeUserPoolDomainCommand({ Domain }))).DomainDescription!;
const poolView = async (UserPoolId: string) => (await client.send(new C.DescribeUserPoolCommand({ UserPoolId }))).UserPool!;

/**
 * Runs an operation in process, past the wire contract. AWS's model gives every domain member the prefix
 * pattern (no dots), so `auth.example.com` and `dxxxx.cloudfront.net` cannot cross the contract yet even
 * though Cognito takes and returns them; custom domains are exercised here until the contract learns that.
 */
async function direct<Op extends OperationName>(operation: Op, input: RequestOf<Op>): Promise<ResponseOf<Op>> {
  const module = implementedOperations.find((m) => m.name === operation)!;
  const ctx: OperationContext = { ...mock.state, operation, region: "us-east-1", regionExplicit: true, requestId: "test", now: mock.clock.now() };
  return (await module.handle(input as never, ctx)) as ResponseOf<Op>;
}
async function directFailure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected the call to fail");
}

describe("prefix domains", () => {
  it("creates, describes, shows on the pool, updates and frees a prefix domain", async () => {
    const UserPoolId = await createPool();
    const created = await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "my-login" }));
    expect(created.CloudFrontDomain).toBeUndefined();
    expect(created.ManagedLoginVersion).toBe(1);

    const d = await describeDomain("my-login");
    expect(d).toMatchObject({ UserPoolId, AWSAccountId: "123456789012", Domain: "my-login", S3Bucket: "aws-cognito-prod-iad-assets", Status: "ACTIVE", ManagedLoginVersion: 1 });
    expect(d.CloudFrontDistribution).toMatch(/^[a-z0-9]{13}\.cloudfront\.net$/);
    expect(d.Version).toMatch(/^\d{14}$/);
    expect(d.CustomDomainConfig).toBeUndefined();
    expect((await poolView(UserPoolId)).Domain).toBe("my-login");

    const updated = await client.send(new C.UpdateUserPoolDomainCommand({ UserPoolId, Domain: "my-login", ManagedLoginVersion: 2 }));
    expect(updated.ManagedLoginVersion).toBe(2);
    expect(updated.CloudFrontDomain).toBeUndefined();
    expect((await describeDomain("my-login")).ManagedLoginVersion).toBe(2);

    await client.send(new C.DeleteUserPoolDomainCommand({ UserPoolId, Domain: "my-login" }));
    expect(await describeDomain("my-login")).toEqual({});
    expect((await poolView(UserPoolId)).Domain).toBeUndefined();
    // the name is free again for any pool
    const other = await createPool({ PoolName: "other" });
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: other, Domain: "my-login" }));
    expect((await describeDomain("my-login")).UserPoolId).toBe(other);
  });

  it("keeps a prefix unique within its region and gives a pool one prefix domain", async () => {
    const a = await createPool();
    const b = await createPool({ PoolName: "b" });
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: a, Domain: "shared-name" }));
    const taken = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: b, Domain: "shared-name" })));
    expect([taken.name, taken.message]).toEqual(["InvalidParameterException", "Domain already associated with another user pool."]);
    const again = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: a, Domain: "shared-name" })));
    expect(again.message).toBe("Domain already exists.");
    const second = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: a, Domain: "another-name" })));
    expect([second.name, second.message]).toEqual(["InvalidParameterException", "User pool already has a domain configured."]);
    expect(await describeDomain("another-name")).toEqual({});

    // <prefix>.auth.<region>.amazoncognito.com: another region has its own namespace
    const eu = new C.CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
    const euPool = (await eu.send(new C.CreateUserPoolCommand({ PoolName: "eu" }))).UserPool!.Id!;
    await eu.send(new C.CreateUserPoolDomainCommand({ UserPoolId: euPool, Domain: "shared-name" }));
    expect((await eu.send(new C.DescribeUserPoolDomainCommand({ Domain: "shared-name" }))).DomainDescription).toMatchObject({ UserPoolId: euPool, S3Bucket: "aws-cognito-prod-dub-assets" });
    expect((await describeDomain("shared-name")).UserPoolId).toBe(a);
    eu.destroy();
  });

  it("refuses reserved words, unknown versions, managed login on Lite and domains the pool does not hold", async () => {
    const UserPoolId = await createPool();
    const reserved = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "my-cognito-app" })));
    expect([reserved.name, reserved.message]).toEqual(["InvalidParameterException", "Domain cannot contain reserved word: cognito"]);
    expect((await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "ok-name", ManagedLoginVersion: 3 })))).name).toBe("InvalidParameterException");
    const nopool = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: "us-east-1_NoSuchPool", Domain: "ok-name" })));
    expect([nopool.name, nopool.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_NoSuchPool does not exist."]);
    expect(await describeDomain("ok-name")).toEqual({});

    const lite = await createPool({ PoolName: "lite", UserPoolTier: "LITE" });
    expect((await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: lite, Domain: "lite-login", ManagedLoginVersion: 2 })))).name).toBe("FeatureUnavailableInTierException");
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: lite, Domain: "lite-login" }));
    expect((await failure(client.send(new C.UpdateUserPoolDomainCommand({ UserPoolId: lite, Domain: "lite-login", ManagedLoginVersion: 2 })))).name).toBe("FeatureUnavailableInTierException");
    expect((await describeDomain("lite-login")).ManagedLoginVersion).toBe(1);

    // another pool's domain is not this pool's to change or delete
    for (const p of [
      client.send(new C.DeleteUserPoolDomainCommand({ UserPoolId, Domain: "lite-login" })),
      client.send(new C.UpdateUserPoolDomainCommand({ UserPoolId, Domain: "lite-login", ManagedLoginVersion: 1 })),
      client.send(new C.DeleteUserPoolDomainCommand({ UserPoolId, Domain: "never-made" })),
    ]) {
      const e = await failure(p);
      expect([e.name, e.message]).toEqual(["InvalidParameterException", "No such domain or user pool exists."]);
    }
    expect((await describeDomain("lite-login")).UserPoolId).toBe(lite);
    const convert = await failure(client.send(new C.UpdateUserPoolDomainCommand({ UserPoolId: lite, Domain: "lite-login", CustomDomainConfig: { CertificateArn: CERT } })));
    expect([convert.name, convert.message]).toEqual(["InvalidParameterException", "Cannot convert prefix domain to custom domain."]);
  });

  it("takes custom domains through the SDK (the contract forgives dotted names only where Cognito uses them)", async () => {
    const UserPoolId = await createPool();
    const created = await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: CERT } }));
    expect(created.CloudFrontDomain).toMatch(/^[a-z0-9]{13,14}\.cloudfront\.net$/);
    expect((await describeDomain("auth.example.com")).UserPoolId).toBe(UserPoolId);
    expect((await poolView(UserPoolId)).CustomDomain).toBe("auth.example.com");
    // a dotted name is still refused where the model's rule is all there is: a prefix with bad characters
    const bad = await failure(client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "Bad_Prefix" })));
    expect(bad.name).toBe("InvalidParameterException");
    await client.send(new C.DeleteUserPoolDomainCommand({ UserPoolId, Domain: "auth.example.com" }));
    expect(await describeDomain("auth.example.com")).toEqual({});
  });
});

describe("custom domains (in process)", () => {
  it("creates a custom domain beside the prefix one, keeps its distribution across certificate changes, and frees it", async () => {
    const UserPoolId = await createPool();
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "prefix-one" }));
    const created = await direct("CreateUserPoolDomain", { UserPoolId, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: CERT }, ManagedLoginVersion: 2 });
    expect(created.CloudFrontDomain).toMatch(/^[a-z0-9]{13}\.cloudfront\.net$/);
    expect(created.ManagedLoginVersion).toBe(2);
    const d = (await direct("DescribeUserPoolDomain", { Domain: "auth.example.com" })).DomainDescription!;
    expect(d).toMatchObject({ UserPoolId, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: CERT }, CloudFrontDistribution: created.CloudFrontDomain, ManagedLoginVersion: 2 });
    const view = (await direct("DescribeUserPool", { UserPoolId })).UserPool!;
    expect([view.Domain, view.CustomDomain]).toEqual(["prefix-one", "auth.example.com"]);

    const dup = await directFailure(direct("CreateUserPoolDomain", { UserPoolId, Domain: "login.example.com", CustomDomainConfig: { CertificateArn: CERT } }));
    expect(dup.message).toBe("User pool already has a domain configured.");
    const other = await createPool({ PoolName: "other" });
    const taken = await directFailure(direct("CreateUserPoolDomain", { UserPoolId: other, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: CERT } }));
    expect(taken.message).toBe("Domain already associated with another user pool.");

    // a custom domain is always sent with its certificate, or Cognito reads it as a switch to a prefix domain
    const noCert = await directFailure(direct("UpdateUserPoolDomain", { UserPoolId, Domain: "auth.example.com", ManagedLoginVersion: 1 }));
    expect([noCert.name, noCert.message]).toEqual(["InvalidParameterException", "Cannot convert custom domain to prefix domain."]);
    const renewed = CERT.replace("5555", "6666");
    const updated = await direct("UpdateUserPoolDomain", { UserPoolId, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: renewed }, ManagedLoginVersion: 1 });
    expect(updated).toEqual({ ManagedLoginVersion: 1, CloudFrontDomain: created.CloudFrontDomain });
    expect((await direct("DescribeUserPoolDomain", { Domain: "auth.example.com" })).DomainDescription!.CustomDomainConfig).toEqual({ CertificateArn: renewed });

    await direct("DeleteUserPoolDomain", { UserPoolId, Domain: "auth.example.com" });
    expect((await direct("DescribeUserPoolDomain", { Domain: "auth.example.com" })).DomainDescription).toEqual({});
    expect((await direct("DescribeUserPool", { UserPoolId })).UserPool!.CustomDomain).toBeUndefined();
    expect((await describeDomain("prefix-one")).UserPoolId).toBe(UserPoolId);
  });

  it("refuses certificates outside us-east-1 and domains whose parent is a top-level domain", async () => {
    const UserPoolId = await createPool();
    const cert = await directFailure(direct("CreateUserPoolDomain", { UserPoolId, Domain: "auth.example.com", CustomDomainConfig: { CertificateArn: CERT.replace("us-east-1", "eu-west-1") } }));
    expect([cert.name, cert.message]).toEqual(["InvalidParameterException", "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain."]);
    const apex = await directFailure(direct("CreateUserPoolDomain", { UserPoolId, Domain: "example.com", CustomDomainConfig: { CertificateArn: CERT } }));
    expect(apex.message).toMatch(/^Custom domain is not a valid subdomain/);
    expect((await direct("DescribeUserPool", { UserPoolId })).UserPool!.CustomDomain).toBeUndefined();
  });
});

describe("UI customization (classic hosted UI)", () => {
  const css = ".logo-customizable {\n\tmax-width: 60%;\n}\n";

  it("needs a domain, and answers an empty object before anything is set", async () => {
    const UserPoolId = await createPool();
    const e = await failure(client.send(new C.SetUICustomizationCommand({ UserPoolId, CSS: css })));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", "A domain must be associated with this user pool."]);
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId }))).UICustomization).toEqual({});
    const nopool = await failure(client.send(new C.GetUICustomizationCommand({ UserPoolId: "us-east-1_NoSuchPool" })));
    expect(nopool.name).toBe("ResourceNotFoundException");
  });

  it("stores CSS and a logo per client, with the pool-wide (ALL) customization as the fallback", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "styled-login" }));
    const all = (await client.send(new C.SetUICustomizationCommand({ UserPoolId, CSS: css }))).UICustomization!;
    expect(all).toMatchObject({ UserPoolId, ClientId: "ALL", CSS: css });
    expect(all.CSSVersion).toMatch(/^\d{14}$/);
    expect(all.ImageUrl).toBeUndefined();
    // a client without its own customization shows the pool's
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId, ClientId }))).UICustomization).toMatchObject({ ClientId: "ALL", CSS: css });

    const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const own = (await client.send(new C.SetUICustomizationCommand({ UserPoolId, ClientId, CSS: ".banner-customizable {}", ImageFile: logo }))).UICustomization!;
    const cloudFront = (await describeDomain("styled-login")).CloudFrontDistribution;
    expect(own.ImageUrl).toBe(`https://${cloudFront}/${UserPoolId}/${ClientId}/${own.CSSVersion}/assets/images/image.jpg`);
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId, ClientId }))).UICustomization).toMatchObject({ ClientId, CSS: ".banner-customizable {}", ImageUrl: own.ImageUrl });
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId }))).UICustomization).toMatchObject({ ClientId: "ALL", CSS: css });

    // each call replaces the whole customization: no ImageFile means no logo
    mock.clock.advance(5000);
    const cssOnly = (await client.send(new C.SetUICustomizationCommand({ UserPoolId, ClientId, CSS: ".label-customizable {}" }))).UICustomization!;
    expect(cssOnly.ImageUrl).toBeUndefined();
    expect(cssOnly.LastModifiedDate!.getTime()).toBeGreaterThan(cssOnly.CreationDate!.getTime());
    // and a call with neither removes it, so the pool's shows through again
    await client.send(new C.SetUICustomizationCommand({ UserPoolId, ClientId }));
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId, ClientId }))).UICustomization).toMatchObject({ ClientId: "ALL", CSS: css });

    const unknown = await failure(client.send(new C.SetUICustomizationCommand({ UserPoolId, ClientId: "nosuchclient", CSS: css })));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", "User pool client nosuchclient does not exist."]);
    expect((await failure(client.send(new C.GetUICustomizationCommand({ UserPoolId, ClientId: "nosuchclient" })))).name).toBe("ResourceNotFoundException");
  });
});

describe("managed login branding", () => {
  const settings = { components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff" } } } }, categories: { form: { displayGraphics: true } } };

  it("gives an app client one style: create, describe by id and by client, delete", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    const style = (await client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, UseCognitoProvidedValues: true }))).ManagedLoginBranding!;
    expect(style.ManagedLoginBrandingId).toMatch(UUID_V4);
    expect(style).toMatchObject({ UserPoolId, UseCognitoProvidedValues: true, Assets: [] });
    expect(style.Settings).toBeUndefined();
    const Id = style.ManagedLoginBrandingId!;

    const dup = await failure(client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, UseCognitoProvidedValues: true })));
    expect(dup.name).toBe("ManagedLoginBrandingExistsException");
    expect((await client.send(new C.DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId }))).ManagedLoginBranding).toEqual(style);
    expect((await client.send(new C.DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id }))).ManagedLoginBranding).toEqual(style);

    await client.send(new C.DeleteManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id }));
    const gone = await failure(client.send(new C.DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", `Managed login branding style ${Id} does not exist.`]);
    expect((await failure(client.send(new C.DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.DeleteManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id })))).name).toBe("ResourceNotFoundException");
    // the client may have a new style now
    await client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId }));
    const unknown = await failure(client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId: "nosuchclient" })));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", "User pool client nosuchclient does not exist."]);
  });

  it("keeps settings and assets, merges updates, and resets to Cognito's values", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    const lightLogo = new Uint8Array([1, 2, 3]);
    const created = (await client.send(new C.CreateManagedLoginBrandingCommand({
      UserPoolId, ClientId, Settings: settings, Assets: [{ Category: "PAGE_HEADER_LOGO", ColorMode: "LIGHT", Extension: "PNG", Bytes: lightLogo }],
    }))).ManagedLoginBranding!;
    expect(created.UseCognitoProvidedValues).toBe(false);
    expect(created.Settings).toEqual(settings);
    expect(Array.from(created.Assets![0].Bytes!)).toEqual([1, 2, 3]);
    const ManagedLoginBrandingId = created.ManagedLoginBrandingId!;

    mock.clock.advance(5000);
    const updated = (await client.send(new C.UpdateManagedLoginBrandingCommand({
      UserPoolId, ManagedLoginBrandingId,
      Settings: { components: { primaryButton: { darkMode: { defaults: { backgroundColor: "539fe5ff" } } } } },
      Assets: [
        { Category: "PAGE_HEADER_LOGO", ColorMode: "LIGHT", Extension: "SVG", Bytes: new Uint8Array([9]) },
        { Category: "PAGE_HEADER_LOGO", ColorMode: "DARK", Extension: "PNG", Bytes: new Uint8Array([7]) },
      ],
    }))).ManagedLoginBranding!;
    expect(updated.Settings).toEqual({
      components: { primaryButton: { lightMode: { defaults: { backgroundColor: "0972d3ff" } }, darkMode: { defaults: { backgroundColor: "539fe5ff" } } } },
      categories: { form: { displayGraphics: true } },
    });
    expect(updated.Assets!.map((a) => [a.ColorMode, a.Extension, Array.from(a.Bytes!)])).toEqual([["LIGHT", "SVG", [9]], ["DARK", "PNG", [7]]]);
    expect(updated.LastModifiedDate!.getTime()).toBeGreaterThan(updated.CreationDate!.getTime());
    expect((await client.send(new C.DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId }))).ManagedLoginBranding).toEqual(updated);

    const reset = (await client.send(new C.UpdateManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId, UseCognitoProvidedValues: true }))).ManagedLoginBranding!;
    expect(reset).toMatchObject({ UseCognitoProvidedValues: true, Assets: [] });
    expect(reset.Settings).toBeUndefined();
  });

  it("refuses contradictory or malformed styles and leaves the style as it was", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    const both = await failure(client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, UseCognitoProvidedValues: true, Settings: settings })));
    expect([both.name, both.message]).toEqual(["InvalidParameterException", "Settings and Assets must be omitted when UseCognitoProvidedValues is true."]);
    const asset = { Category: "FAVICON_ICO", ColorMode: "LIGHT", Extension: "ICO", Bytes: new Uint8Array([1]) } as const;
    const twice = await failure(client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, Assets: [asset, asset] })));
    expect(twice.name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId })))).name).toBe("ResourceNotFoundException");

    const Id = (await client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, Settings: settings }))).ManagedLoginBranding!.ManagedLoginBrandingId!;
    const bad = await failure(client.send(new C.UpdateManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id, UseCognitoProvidedValues: true, Assets: [asset] })));
    expect(bad.name).toBe("InvalidParameterException");
    expect((await client.send(new C.DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id }))).ManagedLoginBranding!.Settings).toEqual(settings);
    // the model leaves both ids optional on UpdateManagedLoginBranding, so the SDK sends a request without them
    const noIds = await failure(client.send(new C.UpdateManagedLoginBrandingCommand({ UseCognitoProvidedValues: true })));
    expect([noIds.name, noIds.message]).toEqual(["InvalidParameterException", "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null"]);
    const unknown = await failure(client.send(new C.UpdateManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: "11111111-2222-4333-8444-555555555555", UseCognitoProvidedValues: true })));
    expect(unknown.name).toBe("ResourceNotFoundException");
  });

  it("drops a client's style, terms and customization with the client", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId, Domain: "gone-client" }));
    const Id = (await client.send(new C.CreateManagedLoginBrandingCommand({ UserPoolId, ClientId }))).ManagedLoginBranding!.ManagedLoginBrandingId!;
    await client.send(new C.CreateTermsCommand({ UserPoolId, ClientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: { "cognito:default": "https://example.com/terms" } }));
    await client.send(new C.SetUICustomizationCommand({ UserPoolId, ClientId, CSS: ".x-customizable {}" }));
    await client.send(new C.DeleteUserPoolClientCommand({ UserPoolId, ClientId }));
    expect((await failure(client.send(new C.DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: Id })))).name).toBe("ResourceNotFoundException");
    expect((await client.send(new C.ListTermsCommand({ UserPoolId }))).Terms).toEqual([]);
    expect((await client.send(new C.GetUICustomizationCommand({ UserPoolId }))).UICustomization).toEqual({});
  });
});

describe("terms documents", () => {
  const links = { "cognito:default": "https://example.com/terms", "cognito:french": "https://example.com/fr/terms" };
  const createTerms = (UserPoolId: string, ClientId: string, TermsName = "terms-of-use") =>
    client.send(new C.CreateTermsCommand({ UserPoolId, ClientId, TermsName, TermsSource: "LINK", Enforcement: "NONE", Links: links }));

  it("creates, describes, updates and deletes a terms document", async () => {
    const UserPoolId = await createPool();
    const ClientId = await createClient(UserPoolId);
    const terms = (await createTerms(UserPoolId, ClientId)).Terms!;
    expect(terms.TermsId).toMatch(UUID_V4);
    expect(terms).toMatchObject({ UserPoolId, ClientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: links });
    const TermsId = terms.TermsId!;
    expect((await client.send(new C.DescribeTermsCommand({ UserPoolId, TermsId }))).Terms).toEqual(terms);

    mock.clock.advance(5000);
    const updated = (await client.send(new C.UpdateTermsCommand({ UserPoolId, TermsId, TermsName: "privacy-policy", Links: { "cognito:default": "https://example.com/privacy" } }))).Terms!;
    expect(updated).toMatchObject({ TermsName: "privacy-policy", Enforcement: "NONE", Links: { "cognito:default": "https://example.com/privacy" } });
    expect(updated.LastModifiedDate!.getTime()).toBeGreaterThan(updated.CreationDate!.getTime());
    expect((await client.send(new C.DescribeTermsCommand({ UserPoolId, TermsId }))).Terms).toEqual(updated);

    await client.send(new C.DeleteTermsCommand({ UserPoolId, TermsId }));
    const gone = await failure(client.send(new C.DescribeTermsCommand({ UserPoolId, TermsId })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", `Terms ${TermsId} does not exist.`]);
    expect((await failure(client.send(new C.DeleteTermsCommand({ UserPoolId, TermsId })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.UpdateTermsCommand({ UserPoolId, TermsId, Enforcement: "NONE" })))).name).toBe("ResourceNotFoundException");
  });

  it("keeps names unique per app client and requires links", async () => {
    const UserPoolId = await createPool();
    const web = await createClient(UserPoolId, "web");
    const mobile = await createClient(UserPoolId, "mobile");
    await createTerms(UserPoolId, web);
    const dup = await failure(createTerms(UserPoolId, web));
    expect(dup.name).toBe("TermsExistsException");
    await createTerms(UserPoolId, mobile);
    const privacy = (await createTerms(UserPoolId, web, "privacy-policy")).Terms!;
    const rename = await failure(client.send(new C.UpdateTermsCommand({ UserPoolId, TermsId: privacy.TermsId, TermsName: "terms-of-use", Links: { "cognito:default": "https://x.example" } })));
    expect(rename.name).toBe("TermsExistsException");
    expect((await client.send(new C.DescribeTermsCommand({ UserPoolId, TermsId: privacy.TermsId }))).Terms).toEqual(privacy);

    const noLinks = await failure(client.send(new C.CreateTermsCommand({ UserPoolId, ClientId: mobile, TermsName: "privacy-policy", TermsSource: "LINK", Enforcement: "NONE" })));
    expect([noLinks.name, noLinks.message]).toEqual(["InvalidParameterException", "Links are required when TermsSource is LINK."]);
    expect((await failure(createTerms(UserPoolId, "nosuchclient"))).name).toBe("ResourceNotFoundException");
  });

  it("lists every document of the pool as summaries, page by page", async () => {
    const UserPoolId = await createPool();
    const ids: string[] = [];
    for (const name of ["web", "mobile"]) {
      const ClientId = await createClient(UserPoolId, name);
      for (const t of ["terms-of-use", "privacy-policy"]) ids.push((await createTerms(UserPoolId, ClientId, t)).Terms!.TermsId!);
    }
    const first = await client.send(new C.ListTermsCommand({ UserPoolId, MaxResults: 3 }));
    expect(first.Terms).toHaveLength(3);
    expect(Object.keys(first.Terms![0]).sort()).toEqual(["CreationDate", "Enforcement", "LastModifiedDate", "TermsId", "TermsName"]);
    const second = await client.send(new C.ListTermsCommand({ UserPoolId, MaxResults: 3, NextToken: first.NextToken }));
    expect(second.NextToken).toBeUndefined();
    expect([...first.Terms!, ...second.Terms!].map((t) => t.TermsId)).toEqual(ids);

    const other = await createPool({ PoolName: "other" });
    expect((await client.send(new C.ListTermsCommand({ UserPoolId: other }))).Terms).toEqual([]);
    expect((await failure(client.send(new C.ListTermsCommand({ UserPoolId: other, NextToken: first.NextToken })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.ListTermsCommand({ UserPoolId: "us-east-1_NoSuchPool" })))).name).toBe("ResourceNotFoundException");
  });
});
