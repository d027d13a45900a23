// npm run generate            validate spec/ and (re)write generated/
// npm run generate -- --check exit 1 when generated/ differs from what spec/ produces
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assembleSpec, validateSpec } from "./lib/spec.js";
import { emitAll } from "./lib/emit.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const specDir = path.join(root, "spec");
const outDir = path.join(root, "generated");
const check = process.argv.includes("--check");

const doc = assembleSpec(specDir);
await validateSpec(specDir, doc);
const files = await emitAll(doc);

const stale: string[] = [];
for (const [name, content] of Object.entries(files)) {
  const file = path.join(outDir, name);
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (current === content) continue;
  if (check) stale.push(name);
  else {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`wrote generated/${name} (${content.length} bytes)`);
  }
}
const known = new Set(Object.keys(files));
const extra = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => !known.has(f)) : [];
if (check) {
  if (stale.length || extra.length) {
    console.error(`generated/ is stale: ${[...stale, ...extra.map((f) => `${f} (not generated)`)].join(", ")}. Run npm run generate.`);
    process.exit(1);
  }
  console.log(`generated/ is fresh (${known.size} files)`);
} else {
  for (const f of extra) { fs.rmSync(path.join(outDir, f)); console.log(`removed generated/${f}`); }
  console.log(`spec valid: ${Object.keys(doc.paths).length} operations, ${Object.keys(doc.components.schemas).length} schemas`);
}
