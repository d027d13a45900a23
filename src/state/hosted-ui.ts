// Domains, classic hosted UI customization, managed login branding and terms documents of a pool.
// (Owned by the domain, branding and terms operations.)

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HostedUiState {}

export function newHostedUiState(): HostedUiState {
  return {};
}
