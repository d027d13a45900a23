// npm run spec:audit [-- --model PATH] [--paginators PATH]
// Lists every difference between spec/ and AWS's model; exits 1 on any drift, 2 when no model is found.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assembleSpec } from "./lib/spec.js";
import { auditSpec, type BotoModel, type BotoPaginators } from "./lib/audit.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (flag: string) => { const i = process.argv.indexOf(flag); return i > 0 ? process.argv[i + 1] : undefined; };
const modelPath = path.resolve(arg("--model") ?? process.env.COGNITO_MODEL ?? path.join(root, "../shared/aws-model/service-2.json"));
if (!fs.existsSync(modelPath)) {
  console.error(`spec:audit: no AWS model at ${modelPath}. Pass one: npm run spec:audit -- --model path/to/service-2.json (botocore's cognito-idp model).`);
  process.exit(2);
}
const pagPath = arg("--paginators") ?? path.join(path.dirname(modelPath), "paginators-1.json");
const model = JSON.parse(fs.readFileSync(modelPath, "utf8")) as BotoModel;
const paginators = fs.existsSync(pagPath) ? (JSON.parse(fs.readFileSync(pagPath, "utf8")) as BotoPaginators) : undefined;
const diffs = auditSpec(assembleSpec(path.join(root, "spec")), model, paginators);
for (const d of diffs) console.log(d);
console.log(`spec:audit against ${path.relative(process.cwd(), modelPath)}${paginators ? " (+ paginators)" : ""}: ` +
  `${Object.keys(model.operations).length} operations, ${Object.keys(model.shapes).length} shapes, ${diffs.length} difference${diffs.length === 1 ? "" : "s"}`);
process.exit(diffs.length ? 1 : 0);
