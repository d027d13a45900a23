// Per-pool administration: risk configuration, log delivery, replicas, provisioned limits, client
// secrets and the SAML signing certificate.
// (Owned by those operations.)

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PoolAdminState {}

export function newPoolAdminState(): PoolAdminState {
  return {};
}
