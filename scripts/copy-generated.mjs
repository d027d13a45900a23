// tsc compiles generated/*.ts; the standalone validators and their typings are already JavaScript.
import fs from "node:fs";
fs.mkdirSync("dist/generated", { recursive: true });
for (const f of fs.readdirSync("generated")) {
  if (/\.(js|d\.ts|json)$/.test(f)) fs.copyFileSync(`generated/${f}`, `dist/generated/${f}`);
}
