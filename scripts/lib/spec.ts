// Reads the hand-maintained multi-file spec and assembles the single bundled document.
//
// Why not swagger-parser's bundle()? It keeps each external schema at the first place it is referenced
// (often deep inside a path), so shapes would not sit under components.schemas by their AWS names.
// Here every schema file is a map of shape name -> schema, so assembling is a plain merge plus a rewrite
// of file refs to `#/components/schemas/<Name>`; swagger-parser still validates both forms.
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import SwaggerParser from "@apidevtools/swagger-parser";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface OpenApiDoc extends JsonObject {
  paths: { [path: string]: JsonObject };
  components: JsonObject & { schemas: { [name: string]: JsonObject } };
}

const readYaml = (file: string): JsonObject => YAML.parse(fs.readFileSync(file, "utf8"), { maxAliasCount: -1 }) as JsonObject;

/** Rewrites `./x.yaml#/Name`, `../schemas/x.yaml#/Name` and `#/Name` refs to component refs. */
function rewriteRefs(node: Json, file: string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, file));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string") {
      const m = /^(?:[./\w-]*\.yaml)?#\/([A-Za-z0-9_]+)$/.exec(v);
      if (!m) throw new Error(`${file}: unsupported $ref ${v} (use <file>.yaml#/<ShapeName>)`);
      out[k] = `#/components/schemas/${m[1]}`;
    } else {
      out[k] = rewriteRefs(v, file);
    }
  }
  return out;
}

export function assembleSpec(specDir: string): OpenApiDoc {
  const root = readYaml(path.join(specDir, "openapi.yaml"));
  const schemas: { [name: string]: JsonObject } = {};
  const schemaDir = path.join(specDir, "schemas");
  for (const f of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".yaml")).sort()) {
    const file = path.join(schemaDir, f);
    for (const [name, schema] of Object.entries(readYaml(file))) {
      if (schemas[name]) throw new Error(`${file}: shape ${name} is defined twice`);
      schemas[name] = rewriteRefs(schema, file) as JsonObject;
    }
  }
  const paths: { [p: string]: JsonObject } = {};
  for (const [p, item] of Object.entries(root.paths as JsonObject)) {
    const ref = (item as JsonObject).$ref;
    if (typeof ref !== "string") throw new Error(`spec/openapi.yaml: path ${p} must be a $ref to an operation file`);
    const file = path.join(specDir, ref);
    paths[p] = rewriteRefs(readYaml(file), file) as JsonObject;
  }
  const components = { ...(root.components as JsonObject), schemas: sortKeys(schemas) };
  return { ...root, paths: sortKeys(paths), components } as OpenApiDoc;
}

function sortKeys<T>(o: { [k: string]: T }): { [k: string]: T } {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Validates the multi-file spec (resolving its file refs) and the assembled document. */
export async function validateSpec(specDir: string, doc: OpenApiDoc): Promise<void> {
  await SwaggerParser.validate(path.join(specDir, "openapi.yaml"));
  await SwaggerParser.validate(structuredClone(doc) as never);
}

export interface OperationInfo {
  name: string;
  target: string;
  auth: "none" | "sigv4";
  tag: string;
  input: string;
  output: string;
  errors: string[];
  pagination?: { inputToken: string; outputToken: string; limitKey: string; resultKey: string };
}

const refName = (schema: Json): string => {
  const ref = (schema as JsonObject | null)?.$ref;
  if (typeof ref !== "string") throw new Error(`expected a $ref, got ${JSON.stringify(schema)}`);
  return ref.slice(ref.lastIndexOf("/") + 1);
};

const jsonSchemaOf = (part: Json): Json => ((part as JsonObject).content as JsonObject)["application/x-amz-json-1.1"] && (((part as JsonObject).content as JsonObject)["application/x-amz-json-1.1"] as JsonObject).schema;

/** The operation table the engine dispatches on, read from the assembled document. */
export function operationTable(doc: OpenApiDoc): OperationInfo[] {
  const ops: OperationInfo[] = [];
  for (const item of Object.values(doc.paths)) {
    const op = item.post as JsonObject;
    const responses = op.responses as JsonObject;
    const clientErrors = ((jsonSchemaOf(responses["400"]) as JsonObject).oneOf as Json[]).map(refName);
    const serverErrors = responses["500"] ? [refName(jsonSchemaOf(responses["500"]))] : [];
    const info: OperationInfo = {
      name: op.operationId as string,
      target: op["x-amz-target"] as string,
      auth: op["x-amz-auth"] as "none" | "sigv4",
      tag: (op.tags as string[])[0],
      input: refName(jsonSchemaOf(op.requestBody)),
      output: refName(jsonSchemaOf(responses["200"])),
      errors: [...clientErrors, ...serverErrors],
    };
    if (op["x-aws-pagination"]) info.pagination = op["x-aws-pagination"] as unknown as OperationInfo["pagination"];
    ops.push(info);
  }
  return ops.sort((a, b) => (a.name < b.name ? -1 : 1));
}
