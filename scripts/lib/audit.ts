// Drift audit: every difference between the spec and an AWS model in botocore's JSON format.
// Shapes are compared by name (the spec keeps AWS's shape names), so each difference names one place.
import type { Json, JsonObject, OpenApiDoc } from "./spec.js";

interface Ref { shape: string }
export interface BotoShape {
  type: string;
  members?: Record<string, Ref>;
  required?: string[];
  member?: Ref; key?: Ref; value?: Ref;
  enum?: string[];
  min?: number; max?: number;
  pattern?: string;
  sensitive?: boolean;
  exception?: boolean;
  fault?: boolean;
  document?: boolean;
}
export interface BotoModel {
  metadata: { targetPrefix: string };
  operations: Record<string, { name: string; input?: Ref; output?: Ref; errors?: Ref[]; auth?: string[] }>;
  shapes: Record<string, BotoShape>;
}
export interface BotoPaginators {
  pagination: Record<string, { input_token: string; output_token: string; limit_key: string; result_key: string }>;
}

/** AWS writes Java regexes matched against the whole value; the spec writes anchored ECMA-262 ones. */
export function normalizePattern(p: string | undefined): string | undefined {
  if (p === undefined) return undefined;
  let s = p.trim().replaceAll("(?s).*", "[\\s\\S]*");
  for (;;) {
    if (s.startsWith("^(?:") && s.endsWith(")$")) s = s.slice(4, -2);
    else if (s.startsWith("^") && s.endsWith("$") && !s.endsWith("\\$")) s = s.slice(1, -1);
    else return s;
  }
}

const refName = (s: Json | undefined): string | undefined => {
  const r = (s as JsonObject | undefined)?.$ref;
  return typeof r === "string" ? r.slice(r.lastIndexOf("/") + 1) : undefined;
};
const media = (part: Json | undefined): Json | undefined =>
  (((part as JsonObject | undefined)?.content as JsonObject | undefined)?.["application/x-amz-json-1.1"] as JsonObject | undefined)?.schema;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const setDiff = (a: Iterable<string>, b: Iterable<string>) => { const B = new Set(b); return [...new Set(a)].filter((x) => !B.has(x)).sort(); };

function compareShape(name: string, shape: BotoShape, s: JsonObject, out: string[]): void {
  const bad = (msg: string) => out.push(`shape ${name}: ${msg}`);
  const eq = (what: string, spec: unknown, aws: unknown) => { if (!same(spec, aws)) bad(`${what} is ${JSON.stringify(spec)} in the spec, ${JSON.stringify(aws)} in AWS's model`); };
  if (shape.document) {
    const anyJson = ["array", "boolean", "null", "number", "object", "string"];
    if (!same(Array.isArray(s.type) ? [...s.type].sort() : s.type, anyJson)) bad(`a document (any JSON) must have type ${JSON.stringify(anyJson)}`);
    return;
  }
  eq("sensitive", s["x-aws-sensitive"] === true, shape.sensitive === true);
  const min0 = (v: unknown) => (v === 0 ? undefined : v);
  switch (shape.type) {
    case "structure": {
      eq("type", s.type, "object");
      eq("additionalProperties", s.additionalProperties, false);
      const props = (s.properties ?? {}) as JsonObject;
      const members = shape.members ?? {};
      const specMembers = Object.keys(props).filter((m) => !(shape.exception && m === "__type"));
      for (const m of setDiff(Object.keys(members), specMembers)) bad(`member ${m} is missing from the spec`);
      for (const m of setDiff(specMembers, Object.keys(members))) bad(`member ${m} is in the spec but not in AWS's model`);
      for (const [m, r] of Object.entries(members)) {
        if (m in props && refName(props[m]) !== r.shape) bad(`member ${m} refers to ${refName(props[m]) ?? "an inline schema"}, AWS's model to ${r.shape}`);
      }
      const req = ((s.required ?? []) as string[]).filter((m) => !(shape.exception && m === "__type"));
      for (const m of setDiff(shape.required ?? [], req)) bad(`member ${m} is required by AWS but optional in the spec`);
      for (const m of setDiff(req, shape.required ?? [])) bad(`member ${m} is required in the spec but optional in AWS's model`);
      if (shape.exception) {
        const t = props.__type as JsonObject | undefined;
        if (t?.const !== name) bad(`an error shape needs __type with const ${name}`);
        if (!((s.required ?? []) as string[]).includes("__type")) bad("an error shape must require __type");
        if (!("message" in props)) bad("an error shape needs a message member");
        eq("x-aws-error.httpStatus", (s["x-aws-error"] as JsonObject | undefined)?.httpStatus, shape.fault ? 500 : 400);
      }
      return;
    }
    case "string":
      eq("type", s.type, "string");
      eq("enum", s.enum ? [...(s.enum as string[])].sort() : undefined, shape.enum ? [...shape.enum].sort() : undefined);
      eq("minLength", min0(s.minLength), min0(shape.min));
      eq("maxLength", s.maxLength, shape.max);
      eq("pattern", normalizePattern(s.pattern as string | undefined), normalizePattern(shape.pattern));
      return;
    case "integer": case "long":
      eq("type", s.type, "integer");
      eq("minimum", s.minimum, shape.min);
      eq("maximum", s.maximum, shape.max);
      return;
    case "boolean": eq("type", s.type, "boolean"); return;
    case "timestamp": eq("type (epoch seconds)", s.type, "number"); return;
    case "blob":
      eq("type", s.type, "string");
      eq("contentEncoding", s.contentEncoding, "base64");
      eq("x-aws-max-bytes", s["x-aws-max-bytes"], shape.max);
      return;
    case "list":
      eq("type", s.type, "array");
      eq("items", refName(s.items), shape.member?.shape);
      eq("minItems", min0(s.minItems), min0(shape.min));
      eq("maxItems", s.maxItems, shape.max);
      return;
    case "map":
      eq("type", s.type, "object");
      eq("propertyNames", refName(s.propertyNames), shape.key?.shape);
      eq("additionalProperties", refName(s.additionalProperties), shape.value?.shape);
      eq("minProperties", min0(s.minProperties), min0(shape.min));
      eq("maxProperties", s.maxProperties, shape.max);
      return;
    default:
      bad(`AWS type ${shape.type} is unknown to this audit`);
  }
}

export interface AuditOptions {
  /** The model is an excerpt: don't report spec operations and shapes it lacks. */
  partial?: boolean;
}

export function auditSpec(doc: OpenApiDoc, model: BotoModel, paginators?: BotoPaginators, options: AuditOptions = {}): string[] {
  const out: string[] = [];
  const schemas = doc.components.schemas;
  const specOps = new Map<string, JsonObject>();
  for (const [p, item] of Object.entries(doc.paths)) {
    const op = item.post as JsonObject | undefined;
    if (!op || typeof op.operationId !== "string") { out.push(`path ${p}: no POST operation with an operationId`); continue; }
    specOps.set(op.operationId, op);
    const want = `/#X-Amz-Target=${model.metadata.targetPrefix}.${op.operationId}`;
    if (p !== want) out.push(`operation ${op.operationId}: path key is ${p}, expected ${want}`);
  }
  for (const name of setDiff(Object.keys(model.operations), specOps.keys())) out.push(`operation ${name}: missing from the spec`);
  if (!options.partial) for (const name of setDiff(specOps.keys(), Object.keys(model.operations))) out.push(`operation ${name}: in the spec but not in AWS's model`);

  for (const [name, mop] of Object.entries(model.operations)) {
    const op = specOps.get(name);
    if (!op) continue;
    const bad = (msg: string) => out.push(`operation ${name}: ${msg}`);
    const target = `${model.metadata.targetPrefix}.${name}`;
    if (op["x-amz-target"] !== target) bad(`x-amz-target is ${JSON.stringify(op["x-amz-target"])}, expected ${target}`);
    const header = ((op.parameters ?? []) as JsonObject[]).find((p) => p.in === "header" && String(p.name).toLowerCase() === "x-amz-target");
    if ((header?.schema as JsonObject | undefined)?.const !== target) bad(`needs a required X-Amz-Target header parameter with const ${target}`);
    const isPublic = same(mop.auth, ["smithy.api#noAuth"]);
    if (op["x-amz-auth"] !== (isPublic ? "none" : "sigv4")) bad(`x-amz-auth is ${JSON.stringify(op["x-amz-auth"])}, AWS's model says ${isPublic ? "none (public)" : "sigv4"}`);
    if (!same(op.security, isPublic ? [] : [{ sigv4: [] }])) bad(`security does not match its auth mode`);
    const input = refName(media(op.requestBody));
    if (input !== mop.input?.shape) bad(`request body is ${input ?? "missing"}, AWS's model says ${mop.input?.shape}`);
    const responses = (op.responses ?? {}) as JsonObject;
    const output = refName(media(responses["200"]));
    if (output !== (mop.output?.shape ?? "EmptyResponse")) bad(`200 response is ${output ?? "missing"}, AWS's model says ${mop.output?.shape ?? "no output (EmptyResponse)"}`);
    const errors = (mop.errors ?? []).map((e) => e.shape);
    const clientErrors = errors.filter((e) => !model.shapes[e]?.fault);
    const oneOf = ((media(responses["400"]) as JsonObject | undefined)?.oneOf ?? []) as Json[];
    const declared = oneOf.map((s) => refName(s) ?? "(inline)");
    for (const e of setDiff(clientErrors, declared)) bad(`error ${e} is missing from the 400 response`);
    for (const e of setDiff(declared, clientErrors)) bad(`error ${e} is in the 400 response but AWS's model does not list it`);
    if (((media(responses["400"]) as JsonObject | undefined)?.discriminator as JsonObject | undefined)?.propertyName !== "__type") bad("400 response needs discriminator.propertyName __type");
    const serverErrors = errors.filter((e) => model.shapes[e]?.fault);
    const declared500 = responses["500"] ? [refName(media(responses["500"])) ?? "(inline)"] : [];
    if (!same(serverErrors.sort(), declared500)) bad(`500 response is ${JSON.stringify(declared500)}, AWS's model says ${JSON.stringify(serverErrors)}`);
    const pag = paginators?.pagination[name];
    if (paginators) {
      const want = pag ? { inputToken: pag.input_token, outputToken: pag.output_token, limitKey: pag.limit_key, resultKey: pag.result_key } : undefined;
      if (!same(op["x-aws-pagination"], want)) bad(`x-aws-pagination is ${JSON.stringify(op["x-aws-pagination"])}, AWS's paginators say ${JSON.stringify(want)}`);
    }
  }

  for (const [name, shape] of Object.entries(model.shapes)) {
    const s = schemas[name];
    if (!s) { out.push(`shape ${name}: missing from components.schemas`); continue; }
    compareShape(name, shape, s, out);
  }
  if (!options.partial) for (const name of setDiff(Object.keys(schemas), Object.keys(model.shapes))) {
    if (schemas[name]["x-protocol"] !== true) out.push(`shape ${name}: in the spec but not in AWS's model (mark protocol-only shapes x-protocol: true)`);
  }
  return out;
}
