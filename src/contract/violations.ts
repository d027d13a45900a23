// Turns the generated validators' findings into violations that name the place twice: as a JSON
// pointer (for people reading traffic) and as AWS's member path (for AWS-style error messages).
import * as generatedValidators from "../../generated/validators.js";
import type { Validator, ValidationError } from "../../generated/validators.js";
import { shapes } from "../../generated/shape-index.js";

const validators = generatedValidators as unknown as Record<string, Validator | undefined>;

export interface Violation {
  /** JSON pointer into the message, e.g. /UserAttributes/0/Value */
  jsonPath: string;
  /** AWS's member path, e.g. userAttributes.1.member.value */
  memberPath: string;
  /** the JSON Schema keyword that failed (required, type, maxLength, pattern, enum, ...) */
  keyword: string;
  /** the constraint in AWS's words, e.g. "Member must have length less than or equal to 128" */
  rule: string;
  /** the offending value (undefined for a missing member) */
  value: unknown;
  /** the model marks the member sensitive: messages must not echo its value */
  sensitive: boolean;
}

const decapitalize = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);
const unpointer = (p: string) => p.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));

/** Walks the shape index along a JSON pointer: AWS's path and whether the member is sensitive. */
function locate(rootShape: string, segments: string[]): { memberPath: string; sensitive: boolean; shape?: string } {
  let shape: string | undefined = rootShape;
  const parts: string[] = [];
  let sensitive = false;
  for (const seg of segments) {
    const info: (typeof shapes)[string] | undefined = shape ? shapes[shape] : undefined;
    if (info?.members && seg in info.members) { parts.push(decapitalize(seg)); shape = info.members[seg]; }
    else if (info?.item !== undefined) { parts.push(String(Number(seg) + 1), "member"); shape = info.item; }
    else if (info?.value !== undefined) { parts.push(seg); shape = info.value; }
    else { parts.push(seg); shape = undefined; }
    if (shape && shapes[shape]?.sensitive) sensitive = true;
  }
  return { memberPath: parts.join("."), sensitive, shape };
}

/** AWS shows the model's pattern; the spec anchors it as ^(?:...)$ for ECMA-262. */
export function awsPattern(p: string): string {
  return p.startsWith("^(?:") && p.endsWith(")$") ? p.slice(4, -2) : p;
}

function ruleOf(e: ValidationError): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": return "Member must not be null";
    case "maxLength": case "maxItems": case "maxProperties": return `Member must have length less than or equal to ${p.limit}`;
    case "minLength": case "minItems": case "minProperties": return `Member must have length greater than or equal to ${p.limit}`;
    case "maximum": return `Member must have value less than or equal to ${p.limit}`;
    case "minimum": return `Member must have value greater than or equal to ${p.limit}`;
    case "pattern": return `Member must satisfy regular expression pattern: ${awsPattern(String(p.pattern))}`;
    case "enum": return `Member must satisfy enum value set: [${(p.allowedValues as string[]).join(", ")}]`;
    case "const": return `Member must be equal to ${JSON.stringify(p.allowedValue)}`;
    case "type": return `Member must be of type ${p.type}`;
    case "additionalProperties": return "Member is not part of the shape";
    case "propertyNames": return "Map keys must satisfy constraint";
    default: return e.message ?? e.keyword;
  }
}

function valueAt(root: unknown, segments: string[]): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

/** Checks a whole message against a named shape (a request, response or error); [] when it fits. */
export function checkShape(shapeName: string, message: unknown): Violation[] {
  const validate = validators[shapeName];
  if (!validate) throw new Error(`no validator for shape ${shapeName}`);
  if (validate(message)) return [];
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    let segments = unpointer(e.instancePath);
    if (e.keyword === "required") segments = [...segments, String((e.params as { missingProperty: string }).missingProperty)];
    if (e.keyword === "additionalProperties") segments = [...segments, String((e.params as { additionalProperty: string }).additionalProperty)];
    // a bad map key reports once under propertyNames and once for the key itself: keep the summary
    if ((e as { propertyName?: string }).propertyName !== undefined && e.keyword !== "propertyNames") continue;
    const { memberPath, sensitive } = locate(shapeName, segments);
    const jsonPath = segments.length ? "/" + segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/") : "";
    const rule = ruleOf(e);
    const key = `${jsonPath}|${e.keyword}|${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ jsonPath, memberPath, keyword: e.keyword, rule, value: e.keyword === "required" ? undefined : valueAt(message, segments), sensitive });
  }
  return out;
}
