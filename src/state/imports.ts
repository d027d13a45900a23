// User import jobs of a pool and their uploaded CSV files.
// (Owned by the import-job operations.)

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportState {}

export function newImportState(): ImportState {
  return {};
}
