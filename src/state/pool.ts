// A user pool and everything that hangs off it. Settings are kept in their API form, so Describe*
// answers are copies and Update* replaces them as Cognito does.
import type { Shape } from "../../generated/operations.js";
import { UserDirectory } from "./user-directory.js";
import { newIdentityState, type IdentityState } from "./identity.js";
import { newHostedUiState, type HostedUiState } from "./hosted-ui.js";
import { newImportState, type ImportState } from "./imports.js";
import { newPoolAdminState, type PoolAdminState } from "./pool-admin.js";

/** What CreateUserPool configures, less what is kept apart (name, schema, tags). */
export type PoolSettings = Omit<Shape<"CreateUserPoolRequest">, "PoolName" | "Schema" | "UserPoolTags">;

export type ClientRecord = Shape<"UserPoolClientType"> & { ClientId: string; ClientName: string; UserPoolId: string };

export interface GroupRecord {
  name: string;
  description?: string;
  roleArn?: string;
  precedence?: number;
  created: number;
  modified: number;
  /** usernames (internal) of the members, in the order they joined */
  members: Set<string>;
}

export interface MfaConfig {
  sms?: Shape<"SmsMfaConfigType">;
  softwareToken?: Shape<"SoftwareTokenMfaConfigType">;
  email?: Shape<"EmailMfaConfigType">;
  webAuthn?: Shape<"WebAuthnConfigurationType">;
}

export interface PoolRecord {
  id: string;
  arn: string;
  region: string;
  name: string;
  created: number;
  modified: number;
  settings: PoolSettings;
  schema: Shape<"SchemaAttributeType">[];
  tags: Record<string, string>;
  users: UserDirectory;
  groups: Map<string, GroupRecord>;
  clients: Map<string, ClientRecord>;
  mfa: MfaConfig;
  domain?: string;
  customDomain?: string;
  /** identity providers and resource servers */
  identity: IdentityState;
  /** domains, UI customization, managed login branding, terms */
  hostedUi: HostedUiState;
  /** user import jobs */
  imports: ImportState;
  /** risk configuration, log delivery, replicas, limits, client secrets, signing certificate */
  admin: PoolAdminState;
}

type Parts = "users" | "groups" | "clients" | "mfa" | "identity" | "hostedUi" | "imports" | "admin";

export function newPoolRecord(fields: Omit<PoolRecord, Parts>): PoolRecord {
  const caseSensitive = fields.settings.UsernameConfiguration?.CaseSensitive ?? true;
  return {
    ...fields, users: new UserDirectory(caseSensitive), groups: new Map(), clients: new Map(), mfa: {},
    identity: newIdentityState(), hostedUi: newHostedUiState(), imports: newImportState(), admin: newPoolAdminState(),
  };
}

/** Does the pool sign users in by email or phone instead of a username? */
export const usernameAttributes = (pool: PoolRecord): string[] => pool.settings.UsernameAttributes ?? [];
export const aliasAttributes = (pool: PoolRecord): string[] => pool.settings.AliasAttributes ?? [];
