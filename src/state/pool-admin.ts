// Per-pool administration: risk configuration, log delivery, replicas, client secrets and the SAML
// signing certificate; plus the account-level provisioned limits, which belong to no pool.
// (Owned by those operations.)
import type { Shape } from "../../generated/operations.js";
import type { Store } from "./store.js";

/** A risk configuration as set, less the ids and date the views add. */
export interface RiskRecord {
  compromisedCredentials?: Shape<"CompromisedCredentialsRiskConfigurationType">;
  accountTakeover?: Shape<"AccountTakeoverRiskConfigurationType">;
  exceptions?: Shape<"RiskExceptionConfigurationType">;
  modified: number;
}

export type ReplicaStatus = NonNullable<Shape<"UserPoolReplicaType">["Status"]>;

/** A secondary replica of the pool in another region (the pool itself is the primary). */
export interface ReplicaRecord {
  region: string;
  status: ReplicaStatus;
  tags: Record<string, string>;
  created: number;
}

/** One of an app client's secrets; ClientRecord.ClientSecret always holds the oldest one's value. */
export interface ClientSecretRecord {
  /** `<clientId>--<creation epoch ms>` */
  id: string;
  value: string;
  created: number;
}

export interface SigningCertificate {
  /** base64 DER of the X.509 certificate */
  der: string;
  issued: number;
}

export interface PoolAdminState {
  /** the pool-wide risk configuration, once set */
  risk?: RiskRecord;
  /** per app client risk configurations, which override the pool-wide one */
  clientRisk: Map<string, RiskRecord>;
  /** at most one per event source */
  logConfigurations: Shape<"LogConfigurationType">[];
  /** secondary replicas by region */
  replicas: Map<string, ReplicaRecord>;
  /** the secrets of confidential app clients, by client id, oldest first */
  clientSecrets: Map<string, ClientSecretRecord[]>;
  signingCertificate?: SigningCertificate;
}

export function newPoolAdminState(): PoolAdminState {
  return { clientRisk: new Map(), logConfigurations: [], replicas: new Map(), clientSecrets: new Map() };
}

/** The id Cognito gives a client secret: the client id and the secret's creation time. */
export const clientSecretId = (clientId: string, createdMs: number) => `${clientId}--${createdMs}`;

/**
 * Every secret a confidential client holds, oldest first. A client created with a secret has one
 * that this state has not seen yet; it is recorded here on first use, dated with the client's
 * creation. Records left by a deleted client whose id came back are dropped the same way: they no
 * longer hold the client's secret.
 */
export function clientSecrets(admin: PoolAdminState, client: { ClientId: string; ClientSecret?: string; CreationDate?: number }): ClientSecretRecord[] {
  if (!client.ClientSecret) {
    admin.clientSecrets.delete(client.ClientId);
    return [];
  }
  const known = admin.clientSecrets.get(client.ClientId);
  if (known?.some((s) => s.value === client.ClientSecret)) return known;
  const created = Math.round((client.CreationDate ?? 0) * 1000);
  const records = [{ id: clientSecretId(client.ClientId, created), value: client.ClientSecret, created }];
  admin.clientSecrets.set(client.ClientId, records);
  return records;
}

/**
 * The secret values a SECRET_HASH may be computed with: during a rotation both active secrets are
 * good (for the sign-in code, which otherwise knows only ClientRecord.ClientSecret).
 */
export const activeClientSecretValues = (admin: PoolAdminState, client: { ClientId: string; ClientSecret?: string; CreationDate?: number }): string[] =>
  clientSecrets(admin, client).map((s) => s.value);

/** The provisioned rate per API category that differ from the default, for one region (account-level
 *  state: the request names no pool, so it lives on the store, not in a pool). */
export function provisionedLimits(store: Store, region: string): Map<string, number> {
  let limits = store.provisionedLimits.get(region);
  if (!limits) store.provisionedLimits.set(region, (limits = new Map()));
  return limits;
}
