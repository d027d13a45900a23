// Ways to break a valid message, one constraint at a time: each names the keyword ajv must report and
// where. Used to prove that every operation's validator enforces every kind of constraint it has.
import { resolve, type Schema } from "./samples.js";

export type MutationKind = "required" | "type" | "maxLength" | "pattern" | "enum" | "range" | "maxItems";
export interface Mutation { kind: MutationKind; path: string; keyword: string; apply(root: unknown): unknown }

type Node = { value: unknown; schema: Schema; path: (string | number)[] };

function* walk(value: unknown, schema: Schema, path: (string | number)[] = []): Generator<Node> {
  const s = resolve(schema);
  yield { value, schema: s, path };
  if (Array.isArray(value) && s.items) for (let i = 0; i < value.length; i++) yield* walk(value[i], s.items, [...path, i]);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined);
      if (sub) yield* walk(v, sub, [...path, k]);
    }
  }
}

const pointer = (path: (string | number)[]) => path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

function setAt(root: unknown, path: (string | number)[], fn: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root);
  let cur = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  fn(cur, path[path.length - 1]);
  return copy;
}

/** The first place in `value` (breadth of a depth-first walk) where each kind of mutation applies. */
export function mutationsFor(value: unknown, schema: Schema): Mutation[] {
  const found = new Map<MutationKind, Mutation>();
  const add = (m: Mutation) => { if (!found.has(m.kind)) found.set(m.kind, m); };
  for (const { value: v, schema: s, path } of walk(value, schema)) {
    if (s.required?.length && v && typeof v === "object") {
      const member = s.required.find((r) => r !== "__type" && r in (v as object));
      if (member) add({ kind: "required", path: pointer(path), keyword: "required", apply: (root) => setAt(root, [...path, member], (p, k) => { delete p[k]; }) });
    }
    if (path.length === 0) continue;
    const replace = (kind: MutationKind, keyword: string, next: unknown) =>
      add({ kind, path: pointer(path), keyword, apply: (root) => setAt(root, path, (p, k) => { p[k] = next; }) });
    const t = Array.isArray(s.type) ? undefined : s.type;
    if (t === "string") replace("type", "type", 12345);
    else if (t === "integer" || t === "boolean" || t === "object" || t === "array") replace("type", "type", t === "array" ? "not-a-list" : "not-a-" + t);
    if (typeof v === "string") {
      if (s.enum) replace("enum", "enum", "NOT_A_VALID_ENUM_VALUE");
      if (s.maxLength !== undefined && !s.enum) replace("maxLength", "maxLength", "a".repeat(s.maxLength + 1));
      if (s.pattern && !s.enum) {
        const re = new RegExp(s.pattern, "u");
        const bad = ["bad value \u0000 with spaces", "\u0000", "!", " ", "-"].map((b) => b.slice(0, s.maxLength ?? Infinity))
          .find((b) => b.length >= (s.minLength ?? 0) && !re.test(b));
        if (bad !== undefined) replace("pattern", "pattern", bad);
      }
    }
    if (typeof v === "number" && t === "integer") {
      if (s.maximum !== undefined) replace("range", "maximum", s.maximum + 1);
      else if (s.minimum !== undefined) replace("range", "minimum", s.minimum - 1);
    }
    if (Array.isArray(v) && s.maxItems !== undefined && v.length > 0) replace("maxItems", "maxItems", Array.from({ length: s.maxItems + 1 }, () => v[0]));
  }
  return [...found.values()];
}
