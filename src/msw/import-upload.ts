// The upload half of user import jobs: CreateUserImportJob hands out a pre-signed URL, and the CSV
// PUT to it is intercepted here. (Owned by the import-job operations.)
import type { RequestHandler } from "msw";
import type { CognitoMock } from "../engine/create.js";

export function importUploadHandlers(mock: CognitoMock): RequestHandler[] {
  void mock;
  return [];
}
