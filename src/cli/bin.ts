// Process entry: runs the CLI and exits with its code (a running server keeps the process alive).
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => { if (code >= 0) process.exit(code); },
  (error: unknown) => { console.error(error instanceof Error ? error.message : error); process.exit(1); },
);
