// Building an app client from Create/UpdateUserPoolClient input, with Cognito's cross-field rules.
import type { RequestOf, Shape } from "../../../generated/operations.js";
import { InvalidOAuthFlowException, InvalidParameterException, ScopeDoesNotExistException } from "../../../generated/errors.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import { epochSeconds } from "../../engine/clock.js";

type Units = Shape<"TimeUnitsType">;
const SECONDS: Record<Units, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** Allowed lifetimes in seconds: access and ID tokens 5 minutes to a day, refresh 60 minutes to 10 years. */
const RANGES = { AccessToken: [300, 86400], IdToken: [300, 86400], RefreshToken: [3600, 315360000] } as const;
const DEFAULT_UNITS: Record<keyof typeof RANGES, Units> = { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" };

export type ClientInput = Omit<RequestOf<"CreateUserPoolClient">, "UserPoolId" | "GenerateSecret" | "ClientSecret">;

const STANDARD_SCOPES = new Set(["phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"]);

export function buildClient(pool: PoolRecord, input: ClientInput, base: { ClientId: string; ClientSecret?: string; created: number; now: number }): ClientRecord {
  checkValidity(input);
  checkAttributes(pool, input.ReadAttributes, "read");
  checkAttributes(pool, input.WriteAttributes, "write");
  checkOAuth(pool, input);
  const client: ClientRecord = {
    UserPoolId: pool.id,
    ClientName: input.ClientName,
    ClientId: base.ClientId,
    ...(base.ClientSecret ? { ClientSecret: base.ClientSecret } : {}),
    LastModifiedDate: epochSeconds(base.now),
    CreationDate: epochSeconds(base.created),
    RefreshTokenValidity: input.RefreshTokenValidity ?? 30,
    AllowedOAuthFlowsUserPoolClient: input.AllowedOAuthFlowsUserPoolClient ?? false,
    AuthSessionValidity: input.AuthSessionValidity ?? 3,
    EnableTokenRevocation: input.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData: input.EnablePropagateAdditionalUserContextData ?? false,
  };
  const copy = ["AccessTokenValidity", "IdTokenValidity", "TokenValidityUnits", "ExplicitAuthFlows", "SupportedIdentityProviders",
    "CallbackURLs", "LogoutURLs", "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes", "AnalyticsConfiguration",
    "PreventUserExistenceErrors", "RefreshTokenRotation"] as const;
  for (const k of copy) if (input[k] !== undefined) (client as Record<string, unknown>)[k] = structuredClone(input[k]);
  // Cognito lists read and write attributes in alphabetical order
  if (input.ReadAttributes) client.ReadAttributes = [...input.ReadAttributes].sort();
  if (input.WriteAttributes) client.WriteAttributes = [...input.WriteAttributes].sort();
  return client;
}

function checkValidity(input: ClientInput): void {
  for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    const value = input[`${key}Validity`];
    if (value === undefined) continue;
    const unit = input.TokenValidityUnits?.[key] ?? DEFAULT_UNITS[key];
    const seconds = value * SECONDS[unit];
    if (seconds < RANGES[key][0] || seconds > RANGES[key][1]) throw new InvalidParameterException("Invalid range for token validity.");
  }
}

function checkAttributes(pool: PoolRecord, names: readonly string[] | undefined, kind: "read" | "write"): void {
  if (!names) return;
  const known = new Set(pool.schema.map((a) => a.Name!));
  for (const n of names) {
    const ok = known.has(n) && !(kind === "write" && (n === "sub" || n.startsWith("dev:")));
    if (!ok) throw new InvalidParameterException(`Invalid ${kind} attributes specified while creating a client`);
  }
}

function checkOAuth(pool: PoolRecord, input: ClientInput): void {
  const flows = input.AllowedOAuthFlows ?? [];
  if (flows.includes("client_credentials") && flows.length > 1) {
    throw new InvalidOAuthFlowException("client_credentials flow can not be selected along with code flow or implicit flow.");
  }
  if (input.AllowedOAuthFlowsUserPoolClient && (!flows.length || !input.AllowedOAuthScopes?.length)) {
    throw new InvalidParameterException("AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
  }
  if (flows.some((f) => f !== "client_credentials") && input.AllowedOAuthFlowsUserPoolClient && !input.CallbackURLs?.length) {
    throw new InvalidParameterException("CallbackURLs are required for the code and implicit OAuth flows.");
  }
  if (input.DefaultRedirectURI && !input.CallbackURLs?.includes(input.DefaultRedirectURI)) {
    throw new InvalidParameterException("DefaultRedirectURI must be one of the CallbackURLs.");
  }
  for (const scope of input.AllowedOAuthScopes ?? []) {
    if (!STANDARD_SCOPES.has(scope) && !scope.includes("/")) throw new ScopeDoesNotExistException(`Invalid scope requested: ${scope}`);
  }
  void pool;
}
