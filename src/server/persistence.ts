// `serve --state FILE`: load state at start, save it safely on change and on exit. (Stub, being built.)
import type { CognitoMock } from "../engine/create.js";

export interface Persistence {
  /** write now (on exit) */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export async function persistTo(mock: CognitoMock, file: string): Promise<Persistence> {
  void mock; void file;
  throw new Error("--state is not built yet");
}
