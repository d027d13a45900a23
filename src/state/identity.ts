// Federated identity providers and resource servers of a pool.
// (Owned by the identity-provider and resource-server operations.)

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IdentityState {}

export function newIdentityState(): IdentityState {
  return {};
}
