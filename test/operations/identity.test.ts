import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();

const GOOGLE = { client_id: "g-id.apps.googleusercontent.com", client_secret: "g-secret", authorize_scopes: "email profile openid" };
const OIDC = { client_id: "oidc-id", client_secret: "oidc-secret", authorize_scopes: "openid email", oidc_issuer: "https://idp.example.com", attributes_request_method: "GET" };
const METADATA = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/slo"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.com/sso/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso/redirect"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

async function newPool(Schema?: C.SchemaAttributeType[]) {
  return (await client.send(new C.CreateUserPoolCommand({ PoolName: "idp", Schema }))).UserPool!.Id!;
}

const describeIdp = async (UserPoolId: string, ProviderName: string) =>
  (await client.send(new C.DescribeIdentityProviderCommand({ UserPoolId, ProviderName }))).IdentityProvider!;
const providerNames = async (UserPoolId: string) =>
  (await client.send(new C.ListIdentityProvidersCommand({ UserPoolId, MaxResults: 50 }))).Providers!.map((p) => p.ProviderName);

describe("CreateIdentityProvider / DescribeIdentityProvider", () => {
  it("stores a Google provider with the endpoints and username mapping Cognito adds", async () => {
    const UserPoolId = await newPool();
    const created = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE, AttributeMapping: { email: "email" },
    }))).IdentityProvider!;
    expect(created.ProviderDetails).toEqual({
      ...GOOGLE,
      attributes_url: "https://people.googleapis.com/v1/people/me?personFields=", attributes_url_add_attributes: "true",
      authorize_url: "https://accounts.google.com/o/oauth2/v2/auth", oidc_issuer: "https://accounts.google.com",
      token_request_method: "POST", token_url: "https://www.googleapis.com/oauth2/v4/token",
    });
    expect(created.AttributeMapping).toEqual({ email: "email", username: "sub" });
    expect(created.IdpIdentifiers).toEqual([]);
    expect(created.CreationDate).toEqual(created.LastModifiedDate);
    expect(await describeIdp(UserPoolId, "Google")).toEqual(created);
  });

  it("refuses a second provider of the same name, and leaves the first as it was", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: OIDC }));
    const dup = await failure(client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: { ...OIDC, client_id: "other" },
    })));
    expect([dup.name, dup.message]).toEqual(["DuplicateProviderException", `Corp already exists in user pool ${UserPoolId}`]);
    expect((await describeIdp(UserPoolId, "Corp")).ProviderDetails!.client_id).toBe("oidc-id");
  });

  it("requires each type's ProviderDetails", async () => {
    const UserPoolId = await newPool();
    const create = (ProviderName: string, ProviderType: C.IdentityProviderTypeType, ProviderDetails: Record<string, string>) =>
      failure(client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName, ProviderType, ProviderDetails })));
    const social = await create("Facebook", "Facebook", { client_id: "x", authorize_scopes: "email" });
    expect([social.name, social.message]).toEqual(["InvalidParameterException", "client_id, client_secret and authorize_scopes are all required idp details."]);
    const { oidc_issuer: _issuer, ...noIssuer } = OIDC;
    expect((await create("Corp", "OIDC", noIssuer)).message).toBe("client_id, authorize_scopes, oidc_issuer and attributes_request_method are all required idp details.");
    expect((await create("Corp", "OIDC", { ...OIDC, attributes_request_method: "PUT" })).name).toBe("InvalidParameterException");
    expect((await create("SignInWithApple", "SignInWithApple", { client_id: "com.example", team_id: "T", key_id: "K" })).message)
      .toBe("client_id, private_key, team_id, and key_id are all required idp details.");
    const saml = await create("Okta", "SAML", { IDPSignout: "true" });
    expect([saml.name, saml.message]).toEqual(["InvalidParameterException", "At least one of the MetadataURL or MetadataFile should be provided."]);
    // a social provider's name is its type
    expect((await create("MyGoogle", "Google", GOOGLE)).name).toBe("InvalidParameterException");
    expect((await create("COGNITO", "OIDC", OIDC)).name).toBe("InvalidParameterException");
    expect(await providerNames(UserPoolId)).toEqual([]);
  });

  it("maps the username by default for OIDC and checks mapped attributes against the schema", async () => {
    const UserPoolId = await newPool([{ Name: "tenant", AttributeDataType: "String", Mutable: true }]);
    const idp = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: OIDC, AttributeMapping: { "custom:tenant": "tid" },
    }))).IdentityProvider!;
    expect(idp.AttributeMapping).toEqual({ "custom:tenant": "tid", username: "sub" });
    expect(idp.ProviderDetails).toEqual({ ...OIDC, attributes_url_add_attributes: "false" });
    const bad = await failure(client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Other", ProviderType: "OIDC", ProviderDetails: OIDC, AttributeMapping: { "custom:nope": "x" },
    })));
    expect(bad.name).toBe("InvalidParameterException");
    expect(bad.message).toContain("custom:nope");
  });

  it("reads the redirect-binding endpoints from a SAML metadata file", async () => {
    const UserPoolId = await newPool();
    const idp = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Okta", ProviderType: "SAML", ProviderDetails: { MetadataFile: METADATA, IDPSignout: "true" },
    }))).IdentityProvider!;
    expect(idp.ProviderDetails).toMatchObject({ SSORedirectBindingURI: "https://idp.example.com/sso/redirect", SLORedirectBindingURI: "https://idp.example.com/slo", IDPSignout: "true" });
    expect(idp.AttributeMapping).toEqual({});
    const postOnly = METADATA.replace(/<md:SingleSignOnService Binding="[^"]*HTTP-Redirect"[^>]*>/, "");
    const err = await failure(client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Post", ProviderType: "SAML", ProviderDetails: { MetadataFile: postOnly } })));
    expect([err.name, err.message]).toEqual(["InvalidParameterException", "No SingleSignOn Http redirect binding location found in metadata."]);
    const byUrl = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "ByUrl", ProviderType: "SAML", ProviderDetails: { MetadataURL: "https://idp.example.com/metadata" },
    }))).IdentityProvider!;
    expect(byUrl.ProviderDetails).toEqual({ MetadataURL: "https://idp.example.com/metadata" });
  });

  it("versions Facebook's endpoints and never shows Apple's private key", async () => {
    const UserPoolId = await newPool();
    const fb = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Facebook", ProviderType: "Facebook", ProviderDetails: { ...GOOGLE, api_version: "v17.0" },
    }))).IdentityProvider!;
    expect(fb.ProviderDetails).toMatchObject({ authorize_url: "https://www.facebook.com/v17.0/dialog/oauth", token_request_method: "GET" });
    expect(fb.AttributeMapping).toEqual({ username: "id" });
    await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "SignInWithApple", ProviderType: "SignInWithApple",
      ProviderDetails: { client_id: "com.example", team_id: "T1", key_id: "K1", private_key: "PRIVATE", authorize_scopes: "email name" },
    }));
    const apple = await describeIdp(UserPoolId, "SignInWithApple");
    expect(apple.ProviderDetails!.private_key).toBeUndefined();
    expect(apple.ProviderDetails).toMatchObject({ key_id: "K1", oidc_issuer: "https://appleid.apple.com" });
    // the key is kept: an update may leave it out
    const updated = (await client.send(new C.UpdateIdentityProviderCommand({
      UserPoolId, ProviderName: "SignInWithApple", ProviderDetails: { client_id: "com.example", team_id: "T1", key_id: "K2", authorize_scopes: "email" },
    }))).IdentityProvider!;
    expect(updated.ProviderDetails).toMatchObject({ key_id: "K2", authorize_scopes: "email" });
  });

  it("answers an unknown provider or pool", async () => {
    const UserPoolId = await newPool();
    const err = await failure(client.send(new C.DescribeIdentityProviderCommand({ UserPoolId, ProviderName: "Nope" })));
    expect([err.name, err.message]).toEqual(["ResourceNotFoundException", `Nope does not exist in user pool ${UserPoolId}`]);
    const pool = await failure(client.send(new C.CreateIdentityProviderCommand({ UserPoolId: "us-east-1_nopenope1", ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE })));
    expect([pool.name, pool.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nopenope1 does not exist."]);
  });
});

describe("UpdateIdentityProvider / GetIdentityProviderByIdentifier", () => {
  it("replaces what it is given, keeps the rest, and moves identifiers", async () => {
    const UserPoolId = await newPool();
    const created = (await client.send(new C.CreateIdentityProviderCommand({
      UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: OIDC, AttributeMapping: { email: "email" }, IdpIdentifiers: ["corp", "corp.example.com"],
    }))).IdentityProvider!;
    expect((await client.send(new C.GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: "corp.example.com" }))).IdentityProvider).toEqual(created);
    mock.clock.advance(5000);
    await client.send(new C.UpdateIdentityProviderCommand({
      UserPoolId, ProviderName: "Corp", ProviderDetails: { ...OIDC, authorize_scopes: "openid" }, IdpIdentifiers: ["corp", "corp.example.org"],
    }));
    const after = await describeIdp(UserPoolId, "Corp");
    expect(after.ProviderDetails!.authorize_scopes).toBe("openid");
    expect(after.AttributeMapping).toEqual({ email: "email", username: "sub" });
    expect(after.IdpIdentifiers).toEqual(["corp", "corp.example.org"]);
    expect(after.CreationDate).toEqual(created.CreationDate);
    expect(after.LastModifiedDate!.getTime() - created.LastModifiedDate!.getTime()).toBeGreaterThanOrEqual(5000);
    const gone = await failure(client.send(new C.GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: "corp.example.com" })));
    expect(gone.name).toBe("ResourceNotFoundException");
    expect((await client.send(new C.GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: "corp.example.org" }))).IdentityProvider!.ProviderName).toBe("Corp");
  });

  it("checks updated details again and leaves the provider unchanged when they are refused", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE }));
    const err = await failure(client.send(new C.UpdateIdentityProviderCommand({
      UserPoolId, ProviderName: "Google", ProviderDetails: { client_id: "new", authorize_scopes: "email" }, IdpIdentifiers: ["g"],
    })));
    expect([err.name, err.message]).toEqual(["InvalidParameterException", "client_id, client_secret and authorize_scopes are all required idp details."]);
    const still = await describeIdp(UserPoolId, "Google");
    expect([still.ProviderDetails!.client_id, still.IdpIdentifiers]).toEqual([GOOGLE.client_id, []]);
    expect((await failure(client.send(new C.UpdateIdentityProviderCommand({ UserPoolId, ProviderName: "Nope" })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.UpdateIdentityProviderCommand({ UserPoolId, ProviderName: "COGNITO" })))).name).toBe("UnsupportedIdentityProviderException");
  });

  it("keeps identifiers unique across the pool's providers", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Alpha", ProviderType: "OIDC", ProviderDetails: OIDC, IdpIdentifiers: ["shared"] }));
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Beta", ProviderType: "OIDC", ProviderDetails: OIDC }));
    const onCreate = await failure(client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Gamma", ProviderType: "OIDC", ProviderDetails: OIDC, IdpIdentifiers: ["shared"] })));
    expect(onCreate.name).toBe("InvalidParameterException");
    const onUpdate = await failure(client.send(new C.UpdateIdentityProviderCommand({ UserPoolId, ProviderName: "Beta", IdpIdentifiers: ["b", "shared"] })));
    expect(onUpdate.name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.UpdateIdentityProviderCommand({ UserPoolId, ProviderName: "Beta", IdpIdentifiers: ["x", "x"] })))).name).toBe("InvalidParameterException");
    expect(await providerNames(UserPoolId)).toEqual(["Alpha", "Beta"]);
    expect((await describeIdp(UserPoolId, "Beta")).IdpIdentifiers).toEqual([]);
    // a provider may keep its own identifiers on update
    await client.send(new C.UpdateIdentityProviderCommand({ UserPoolId, ProviderName: "Alpha", IdpIdentifiers: ["shared", "a"] }));
    expect((await client.send(new C.GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: "a" }))).IdentityProvider!.ProviderName).toBe("Alpha");
  });
});

describe("DeleteIdentityProvider / ListIdentityProviders", () => {
  it("deletes a provider, frees its identifiers and takes it off app clients", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE, IdpIdentifiers: ["gmail.com"] }));
    const { ClientId } = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", SupportedIdentityProviders: ["COGNITO", "Google"] }))).UserPoolClient!;
    await client.send(new C.DeleteIdentityProviderCommand({ UserPoolId, ProviderName: "Google" }));
    expect(await providerNames(UserPoolId)).toEqual([]);
    expect((await client.send(new C.DescribeUserPoolClientCommand({ UserPoolId, ClientId }))).UserPoolClient!.SupportedIdentityProviders).toEqual(["COGNITO"]);
    expect((await failure(client.send(new C.GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: "gmail.com" })))).name).toBe("ResourceNotFoundException");
    const again = await failure(client.send(new C.DeleteIdentityProviderCommand({ UserPoolId, ProviderName: "Google" })));
    expect([again.name, again.message]).toEqual(["ResourceNotFoundException", `Google does not exist in user pool ${UserPoolId}`]);
    expect((await failure(client.send(new C.DeleteIdentityProviderCommand({ UserPoolId, ProviderName: "COGNITO" })))).name).toBe("UnsupportedIdentityProviderException");
    // the identifier can be used again
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: OIDC, IdpIdentifiers: ["gmail.com"] }));
  });

  it("lists providers in creation order, page by page", async () => {
    const UserPoolId = await newPool();
    for (const n of ["One", "Two", "Three"]) await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: n, ProviderType: "OIDC", ProviderDetails: OIDC }));
    const first = await client.send(new C.ListIdentityProvidersCommand({ UserPoolId, MaxResults: 2 }));
    expect(first.Providers!.map((p) => [p.ProviderName, p.ProviderType])).toEqual([["One", "OIDC"], ["Two", "OIDC"]]);
    expect(first.Providers![0].CreationDate).toBeInstanceOf(Date);
    const second = await client.send(new C.ListIdentityProvidersCommand({ UserPoolId, MaxResults: 2, NextToken: first.NextToken }));
    expect(second.Providers!.map((p) => p.ProviderName)).toEqual(["Three"]);
    expect(second.NextToken).toBeUndefined();
    expect((await failure(client.send(new C.ListIdentityProvidersCommand({ UserPoolId: "us-east-1_nopenope1" })))).name).toBe("ResourceNotFoundException");
    const other = await newPool();
    expect((await failure(client.send(new C.ListIdentityProvidersCommand({ UserPoolId: other, NextToken: first.NextToken })))).name).toBe("InvalidParameterException");
  });
});

describe("AdminLinkProviderForUser / AdminDisableProviderForUser", () => {
  async function poolWithUser() {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE }));
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", ProviderDetails: OIDC }));
    for (const u of ["ann", "bob"]) await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: u, MessageAction: "SUPPRESS" }));
    return UserPoolId;
  }
  const cognito = (name: string) => ({ ProviderName: "Cognito", ProviderAttributeValue: name });
  const google = (id: string) => ({ ProviderName: "Google", ProviderAttributeName: "Cognito_Subject", ProviderAttributeValue: id });
  const identities = async (UserPoolId: string, Username: string) => {
    const attr = (await client.send(new C.AdminGetUserCommand({ UserPoolId, Username }))).UserAttributes!.find((a) => a.Name === "identities");
    return attr ? (JSON.parse(attr.Value!) as Record<string, unknown>[]) : undefined;
  };

  it("links a federated identity to a native user and shows it in the user's identities", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "ann", MessageAction: "SUPPRESS" }));
    expect(await identities(UserPoolId, "ann")).toBeUndefined();
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("1057") }));
    expect(await identities(UserPoolId, "ann")).toEqual([
      { userId: "1057", providerName: "Google", providerType: "Google", issuer: null, primary: false, dateCreated: expect.any(Number) },
    ]);
    // linking the same identity to the same user again changes nothing
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("1057") }));
    expect(await identities(UserPoolId, "ann")).toHaveLength(1);
  });

  it("refuses bad sources and destinations without linking anything", async () => {
    const UserPoolId = await poolWithUser();
    const link = (DestinationUser: C.ProviderUserIdentifierType, SourceUser: C.ProviderUserIdentifierType) =>
      failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser, SourceUser })));
    const nobody = await link(cognito("nobody"), google("1"));
    expect([nobody.name, nobody.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const native = await link(cognito("ann"), { ...cognito("bob"), ProviderAttributeName: "Cognito_Subject" });
    expect([native.name, native.message]).toEqual(["InvalidParameterException", "Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser"]);
    const unknownIdp = await link(cognito("ann"), { ...google("1"), ProviderName: "Nope" });
    expect([unknownIdp.name, unknownIdp.message]).toEqual(["InvalidParameterException", `The provider Nope does not exist for User Pool ${UserPoolId}`]);
    expect((await link(cognito("ann"), { ...google("1"), ProviderAttributeName: "email" })).name).toBe("InvalidParameterException");
    const pool = await failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId: "us-east-1_nopenope1", DestinationUser: cognito("ann"), SourceUser: google("1") })));
    expect(pool.name).toBe("ResourceNotFoundException");
    expect(await identities(UserPoolId, "ann")).toBeUndefined();
  });

  it("links an identity to one user only, and at most five to a user", async () => {
    const UserPoolId = await poolWithUser();
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("1") }));
    const taken = await failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("bob"), SourceUser: google("1") })));
    expect(taken.name).toBe("AliasExistsException");
    for (const id of ["2", "3", "4", "5"]) await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google(id) }));
    const sixth = await failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("6") })));
    expect(sixth.name).toBe("LimitExceededException");
    expect((await identities(UserPoolId, "ann"))!.map((i) => i.userId)).toEqual(["1", "2", "3", "4", "5"]);
    // once ann is deleted, her identities are free for someone else
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "ann" }));
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("bob"), SourceUser: google("1") }));
    expect((await identities(UserPoolId, "bob"))!.map((i) => i.userId)).toEqual(["1"]);
  });

  it("refuses a source that has already signed up, and a destination with immutable attributes", async () => {
    const UserPoolId = await newPool([{ Name: "badge", AttributeDataType: "String", Mutable: false }]);
    await client.send(new C.CreateIdentityProviderCommand({ UserPoolId, ProviderName: "Google", ProviderType: "Google", ProviderDetails: GOOGLE }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "ann", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "Google_42", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "kim", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "custom:badge", Value: "7" }] }));
    const merged = await failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("42") })));
    expect([merged.name, merged.message]).toEqual(["InvalidParameterException", "Merging is not currently supported, provide a SourceUser that has not been signed up in order to link"]);
    const immutable = await failure(client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("kim"), SourceUser: google("43") })));
    expect(immutable.name).toBe("InvalidParameterException");
    expect(immutable.message).toContain("custom:badge");
    // a federated user can be the destination, named by its provider's user id
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: { ProviderName: "Google", ProviderAttributeValue: "42" }, SourceUser: google("44") }));
    expect((await identities(UserPoolId, "Google_42"))!.map((i) => i.userId)).toEqual(["44"]);
  });

  it("unlinks an identity, which can then be linked elsewhere", async () => {
    const UserPoolId = await poolWithUser();
    const corp = { ProviderName: "Corp", ProviderAttributeName: "email", ProviderAttributeValue: "ann@example.com" };
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("1") }));
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: google("2") }));
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("ann"), SourceUser: corp }));
    await client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: google("1") }));
    expect((await identities(UserPoolId, "ann"))!.map((i) => i.userId)).toEqual(["2"]);
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("bob"), SourceUser: google("1") }));
    expect((await identities(UserPoolId, "bob"))!.map((i) => i.userId)).toEqual(["1"]);
    // a link on another attribute is named the way it was linked
    const wrongName = await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: { ...corp, ProviderAttributeName: "Cognito_Subject" } })));
    expect([wrongName.name, wrongName.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    await client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: corp }));
    await client.send(new C.AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser: cognito("bob"), SourceUser: corp }));
    await client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: google("2") }));
    expect(await identities(UserPoolId, "ann")).toBeUndefined();
  });

  it("answers unknown identities, providers and users when unlinking", async () => {
    const UserPoolId = await poolWithUser();
    const unlinked = await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: google("999") })));
    expect([unlinked.name, unlinked.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    expect((await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: { ...google("1"), ProviderName: "Nope" } })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: { ...google("1"), ProviderAttributeName: "sub" } })))).name).toBe("InvalidParameterException");
    const native = { ProviderName: "Cognito", ProviderAttributeName: "Cognito_Subject" };
    await client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: { ...native, ProviderAttributeValue: "ann" } }));
    expect((await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId, User: { ...native, ProviderAttributeValue: "nobody" } })))).name).toBe("UserNotFoundException");
    expect((await failure(client.send(new C.AdminDisableProviderForUserCommand({ UserPoolId: "us-east-1_nopenope1", User: google("1") })))).name).toBe("ResourceNotFoundException");
  });
});

describe("resource servers", () => {
  const scopes = [{ ScopeName: "read", ScopeDescription: "Read" }, { ScopeName: "write", ScopeDescription: "Write" }];

  it("creates, describes, updates (replacing the scopes), lists and deletes a resource server", async () => {
    const UserPoolId = await newPool();
    const created = (await client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com", Name: "API", Scopes: scopes }))).ResourceServer!;
    expect(created).toEqual({ UserPoolId, Identifier: "https://api.example.com", Name: "API", Scopes: scopes });
    expect((await client.send(new C.DescribeResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com" }))).ResourceServer).toEqual(created);
    await client.send(new C.UpdateResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com", Name: "Renamed", Scopes: [{ ScopeName: "admin", ScopeDescription: "All" }] }));
    const updated = (await client.send(new C.DescribeResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com" }))).ResourceServer!;
    expect([updated.Name, updated.Scopes]).toEqual(["Renamed", [{ ScopeName: "admin", ScopeDescription: "All" }]]);
    await client.send(new C.UpdateResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com", Name: "Renamed" }));
    expect((await client.send(new C.DescribeResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com" }))).ResourceServer!.Scopes).toEqual([]);
    await client.send(new C.DeleteResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com" }));
    const gone = await failure(client.send(new C.DescribeResourceServerCommand({ UserPoolId, Identifier: "https://api.example.com" })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", `https://api.example.com does not exist in user pool ${UserPoolId}`]);
    expect((await client.send(new C.ListResourceServersCommand({ UserPoolId, MaxResults: 10 }))).ResourceServers).toEqual([]);
  });

  it("refuses duplicate identifiers and scope names, and unknown servers", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "api", Name: "API", Scopes: scopes }));
    const dup = await failure(client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "api", Name: "Other" })));
    expect([dup.name, dup.message]).toEqual(["InvalidParameterException", `api already exists in user pool ${UserPoolId}`]);
    const twice = [scopes[0], { ...scopes[0], ScopeDescription: "again" }];
    expect((await failure(client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "api2", Name: "API", Scopes: twice })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.UpdateResourceServerCommand({ UserPoolId, Identifier: "api", Name: "API", Scopes: twice })))).name).toBe("InvalidParameterException");
    expect((await client.send(new C.DescribeResourceServerCommand({ UserPoolId, Identifier: "api" }))).ResourceServer!.Scopes).toEqual(scopes);
    expect((await failure(client.send(new C.UpdateResourceServerCommand({ UserPoolId, Identifier: "nope", Name: "x" })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.DeleteResourceServerCommand({ UserPoolId, Identifier: "nope" })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.ListResourceServersCommand({ UserPoolId: "us-east-1_nopenope1", MaxResults: 10 })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.CreateResourceServerCommand({ UserPoolId: "us-east-1_nopenope1", Identifier: "x", Name: "x" })))).name).toBe("ResourceNotFoundException");
  });

  it("limits a pool to 25 resource servers", async () => {
    const UserPoolId = await newPool();
    for (let i = 0; i < 25; i++) await client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: `api${i}`, Name: "API" }));
    expect((await failure(client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "api25", Name: "API" })))).name).toBe("LimitExceededException");
  });

  it("pages resource servers in creation order", async () => {
    const UserPoolId = await newPool();
    for (const id of ["a", "b", "c"]) await client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: id, Name: id }));
    const first = await client.send(new C.ListResourceServersCommand({ UserPoolId, MaxResults: 2 }));
    const second = await client.send(new C.ListResourceServersCommand({ UserPoolId, MaxResults: 2, NextToken: first.NextToken }));
    expect([...first.ResourceServers!, ...second.ResourceServers!].map((r) => r.Identifier)).toEqual(["a", "b", "c"]);
    expect(second.NextToken).toBeUndefined();
  });

  it("takes scopes that disappear off the app clients allowed them", async () => {
    const UserPoolId = await newPool();
    await client.send(new C.CreateResourceServerCommand({ UserPoolId, Identifier: "api", Name: "API", Scopes: scopes }));
    const { ClientId } = (await client.send(new C.CreateUserPoolClientCommand({
      UserPoolId, ClientName: "m2m", GenerateSecret: true, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"],
      AllowedOAuthScopes: ["api/read", "api/write"],
    }))).UserPoolClient!;
    const allowed = async () => (await client.send(new C.DescribeUserPoolClientCommand({ UserPoolId, ClientId }))).UserPoolClient!.AllowedOAuthScopes;
    await client.send(new C.UpdateResourceServerCommand({ UserPoolId, Identifier: "api", Name: "API", Scopes: [scopes[0]] }));
    expect(await allowed()).toEqual(["api/read"]);
    await client.send(new C.DeleteResourceServerCommand({ UserPoolId, Identifier: "api" }));
    expect(await allowed()).toEqual([]);
  });
});
