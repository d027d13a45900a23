// User import jobs of a pool and their uploaded CSV files.
// (Owned by the import-job operations.)
import type { Shape } from "../../generated/operations.js";

export type ImportJobStatus = Shape<"UserImportJobStatusType">;

export interface UploadedFile {
  body: string;
  /** S3's ETag for a single-part upload: the MD5 of the body, hex */
  md5: string;
  /** epoch ms */
  uploaded: number;
}

export interface ImportJobRecord {
  id: string;
  name: string;
  poolId: string;
  roleArn: string;
  hashingAlgorithm?: Shape<"PasswordHashingAlgorithmType">;
  /** where the CSV is PUT, and what that URL must carry to be accepted */
  url: string;
  signature: string;
  /** epoch ms after which the pre-signed URL is refused */
  urlExpiresAt: number;
  status: ImportJobStatus;
  /** epoch ms */
  created: number;
  started?: number;
  completed?: number;
  imported: number;
  skipped: number;
  failed: number;
  completionMessage?: string;
  /** the CSV PUT to the pre-signed URL; the latest upload wins, as with S3 */
  file?: UploadedFile;
}

export interface ImportState {
  /** by job id, in creation order */
  jobs: Map<string, ImportJobRecord>;
}

export function newImportState(): ImportState {
  return { jobs: new Map() };
}
