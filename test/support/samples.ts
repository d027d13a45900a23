// Builds values that satisfy the spec's schemas, straight from generated/openapi.json, so table-driven
// tests cover every operation without hand-written fixtures.
import doc from "../../generated/openapi.json" with { type: "json" };

export type Schema = {
  $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[];
  items?: Schema; additionalProperties?: Schema | boolean; propertyNames?: Schema; enum?: string[];
  const?: string; minLength?: number; maxLength?: number; pattern?: string; minimum?: number; maximum?: number;
  minItems?: number; maxItems?: number; minProperties?: number; maxProperties?: number; contentEncoding?: string;
};

export const schemas = (doc as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;

export function resolve(s: Schema): Schema {
  let cur = s;
  while (cur.$ref) cur = schemas[cur.$ref.slice(cur.$ref.lastIndexOf("/") + 1)];
  return cur;
}

// Values that real requests carry; the first one that fits a string schema's pattern and length wins.
const CANDIDATES = [
  "us-east-1_AbCdEf123", "abc", "example", "Example value", "1234", "123456", "0123456789abcdef",
  "user@example.com", "+15555550100", "arn:aws:iam::123456789012:role/example", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123",
  "arn:aws:s3:::bucket/key", "import-AbC123", "cognito:default", "terms-of-use", "Your code is {####}",
  "Click {##here##} to verify", "https://example.com/callback", "c1b6a29b-7e5d-4d1e-9c53-0d1c2f3e4a5b",
  "us-east-1_0123abcd-ef01", "example.com", "auth-example", "aws.cognito.signin.user.admin", "MyProvider",
];

export function sampleString(s: Schema): string {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? Infinity;
  const re = s.pattern ? new RegExp(s.pattern, "u") : undefined;
  const tries = CANDIDATES.flatMap((c) => [c, c + "a".repeat(Math.max(0, min - c.length)), c.slice(0, max)]);
  tries.push("a".repeat(Math.max(1, min)), "1".repeat(Math.max(1, min)));
  for (const t of tries) if (t.length >= min && t.length <= max && (!re || re.test(t))) return t;
  throw new Error(`no sample for string schema ${JSON.stringify(s)}`);
}

/** mode "min": required members only; "full": every member, one entry per list and map. */
export function sample(schema: Schema, mode: "min" | "full" = "min", depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 20) throw new Error("schema too deep (recursive?)");
  const type = Array.isArray(s.type) ? "document" : s.type;
  switch (type) {
    case "document": return { any: "json" };
    case "object": {
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        const count = Math.max(s.minProperties ?? 0, mode === "full" ? 1 : 0);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) out[sampleString(resolve(s.propertyNames ?? {})) + (i ? i : "")] = sample(s.additionalProperties, mode, depth + 1);
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const [m, ms] of Object.entries(s.properties ?? {})) {
        if (mode === "full" || s.required?.includes(m)) out[m] = sample(ms, mode, depth + 1);
      }
      return out;
    }
    case "array": {
      const count = Math.max(s.minItems ?? 0, mode === "full" ? 1 : 0);
      return Array.from({ length: count }, () => sample(s.items ?? {}, mode, depth + 1));
    }
    case "string": return s.contentEncoding === "base64" ? "AAECAw==" : sampleString(s);
    case "integer": return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Infinity);
    case "number": return 1700000000.123;
    case "boolean": return true;
    default: throw new Error(`cannot sample ${JSON.stringify(s)}`);
  }
}
