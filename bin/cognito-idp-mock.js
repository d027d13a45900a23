#!/usr/bin/env node
// The installed command: runs the bundled CLI (npm install builds dist/ through the prepare script).
import { availableParallelism } from "node:os";

// Tokens are signed on libuv's thread pool, which Node caps at 4 threads: on a larger machine sign-ins
// would stop scaling at 4 cores. The pool is sized here, before anything starts it (an explicit
// UV_THREADPOOL_SIZE wins).
process.env.UV_THREADPOOL_SIZE ??= String(Math.min(64, Math.max(4, availableParallelism())));
await import("../dist/esm/cli/bin.js");
