// `serve --state FILE`: load state at start, save it safely on change and on exit.
//
// A save writes FILE.tmp-<pid> beside FILE, fsyncs it, renames it over FILE (atomic on POSIX file
// systems) and fsyncs the directory, so a crash or kill -9 at any moment leaves either the previous
// file or the new one, never a mix. A file that cannot be loaded (damaged, another format or
// version) stops the start with a message naming it, and is never written to.
import { open, readFile, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { CognitoMock } from "../engine/create.js";
import { createRandom, type Random } from "../engine/random.js";
import { checkDocument, restoreStore, serializeStore } from "../state/serialize.js";
import { exportKeys, importKeys, useKeys } from "../auth/keys.js";
import { ensureOriginKey } from "../auth/origin.js";

export interface Persistence {
  /** write now (on exit); rejects if the file cannot be written */
  flush(): Promise<void>;
  /** flush, then stop watching the mock */
  close(): Promise<void>;
  /** files written so far (saves whose content had not changed are skipped) */
  readonly writes: number;
  /** the file existed and its state was loaded */
  readonly loaded: boolean;
  /** the absolute path */
  readonly file: string;
}

export interface PersistOptions {
  /** how long changes gather before one save; default 50 ms (longer for a large state, see arm) */
  delayMs?: number;
  /** where save failures are reported while running; default stderr */
  log?: (line: string) => void;
}

export async function persistTo(mock: CognitoMock, file: string, options: PersistOptions = {}): Promise<Persistence> {
  const target = path.resolve(file);
  const delayMs = options.delayMs ?? 50;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const tmp = `${target}.tmp-${process.pid}`;
  const loaded = await load(mock, target);
  let generation = loaded?.generation ?? 0;
  // in the file from the first save on: a key made at the first sign-in could die in a kill -9 before
  // the next save, and with it the sign-in numbers of the tokens already out
  ensureOriginKey(mock.store.auth, mock.state.random);
  // the keys are the file's when it had them, else this process's own from now on
  const keys = await exportKeys();
  await removeStaleTemps(target);

  let lastContent: string | undefined;
  let writes = 0;
  /** saves run one at a time: they share the temporary file */
  let queue: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let closed = false;
  let failing: string | undefined;
  let lastSaveMs = 0;

  const write = async (): Promise<void> => {
    const started = performance.now();
    const doc = serializeStore(mock.store, { outbox: mock.outbox.messages, clock: { now: mock.clock.now(), frozen: mock.clock.frozen }, generation, keys }, Date.now());
    // reads answer 200 too: skip the disk when nothing but the time changed
    const { store, outbox, ...head } = doc;
    const content = `${JSON.stringify(store)},"outbox":${JSON.stringify(outbox)}}\n`;
    if (content === lastContent) return;
    const text = `${JSON.stringify(head).slice(0, -1)},"store":${content}`;
    try {
      const handle = await open(tmp, "w", 0o600);
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, target);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw new Error(`cognito-idp-mock: cannot save state to ${target}: ${(e as Error).message}`);
    }
    await syncDirectory(path.dirname(target));
    lastContent = content;
    writes++;
    lastSaveMs = performance.now() - started;
  };
  const save = (): Promise<void> => {
    const run = queue.then(write);
    queue = run.catch(() => undefined);
    return run;
  };

  // a save blocks the event loop while it serializes: under a steady stream of changes, wait four
  // times as long as the last save took, so saving never takes more than a fifth of the time
  const arm = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      dirty = false;
      save().then(() => {
        if (failing) log("cognito-idp-mock: state saved again");
        failing = undefined;
        if (dirty) arm();
      }, (e: Error) => {
        // retried with the next change or on exit; reported once until it works again
        dirty = true;
        if (failing !== e.message) log(e.message);
        failing = e.message;
      });
    }, Math.max(delayMs, Math.round(lastSaveMs * 4)));
  };
  const unsubscribe = mock.onChange(() => { dirty = true; arm(); });

  // a new file is written at once, so a path that cannot be written fails the start, not the first change
  if (!loaded) await save();

  const flush = async () => {
    if (timer) { clearTimeout(timer); timer = undefined; }
    dirty = false;
    await save();
  };
  return {
    flush,
    async close() {
      closed = true;
      unsubscribe();
      await flush();
    },
    get writes() { return writes; },
    loaded: loaded !== undefined,
    file: target,
  };
}

const SIGN_IN_GAP = 1_000_000;

/** Loads FILE into the mock when it exists; every problem is an error naming the file. */
async function load(mock: CognitoMock, file: string): Promise<{ generation: number } | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw refuse(file, (e as Error).message);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw refuse(file, `it is not valid JSON (${(e as Error).message})`);
  }
  // the keys are read before the store is touched, so a file with damaged keys changes nothing
  let keys: Awaited<ReturnType<typeof importKeys>> | undefined;
  let restored;
  try {
    const saved = checkDocument(doc).keys;
    if (saved !== undefined) keys = await importKeys(saved);
    restored = restoreStore(mock.store, doc);
  } catch (e) {
    throw refuse(file, (e as Error).message);
  }
  if (keys) await useKeys(keys);
  // sign-ins made after the last save (a kill -9 within its 50 ms) had numbers above the saved count:
  // a gap keeps every later sign-in above them, so a global sign-out still ends those (auth/origin.ts)
  mock.store.auth.signIns += SIGN_IN_GAP;
  mock.outbox.clear();
  for (const m of restored.outbox) mock.outbox.add(m);
  if (restored.clock?.frozen) mock.clock.set(restored.clock.now, { freeze: true });
  else if (restored.clock) mock.clock.set(Date.now() + (restored.clock.now - restored.savedAt));
  const generation = restored.generation + 1;
  // the same seed would hand out the ids already in the file again: draw from a stream of its own
  // for every load (still reproducible: same seed, same file, same ids)
  const seed = mock.options.seed;
  (mock.state as { random: Random }).random = createRandom(seed === undefined ? undefined : `${seed}:state:${generation}`);
  return { generation };
}

function refuse(file: string, problem: string): Error {
  return new Error(`cognito-idp-mock: cannot load state from ${file}: ${problem}. The file was left unchanged; move it away or fix it to start.`);
}

/** Temporary files left by a process that was killed mid-save (never FILE itself). */
async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && alive(pid))) continue;
    await unlink(path.join(dir, name)).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Makes the rename itself durable; not every platform can open a directory (Windows), which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try { await handle.sync(); } finally { await handle.close(); }
  } catch {
    // best effort
  }
}
