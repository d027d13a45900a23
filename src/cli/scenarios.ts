// Printing scenarios: the catalogue (`cognito-idp-mock scenarios`) and what a served one made.
import { builtInScenarios } from "../../scenarios/index.js";
import type { AppliedScenarios } from "../scenarios/run.js";

export function listScenarios(asJson: boolean): number {
  const rows = builtInScenarios.map((s) => ({ name: s.name, kind: s.kind, description: s.description, seeds: s.seeds, credentials: s.credentials ?? [], rules: s.rules ?? [] }));
  if (asJson) {
    process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    return 0;
  }
  for (const r of rows) {
    process.stdout.write(`${r.name}  (${r.kind})\n  ${r.description}\n  seeds: ${r.seeds}\n`);
    for (const c of r.credentials) process.stdout.write(`  sign in: ${c.username}${c.password ? ` / ${c.password}` : ""}${c.notes ? `  (${c.notes})` : ""}\n`);
    if (r.rules.length) process.stdout.write(`  rules: ${r.rules.map((x) => `${x.operation}${x.error ? ` -> ${x.error.type}` : ""}${x.latencyMs ? ` +${x.latencyMs} ms` : ""}${x.times ? ` x${x.times}` : ""}`).join("; ")}\n`);
    process.stdout.write("\n");
  }
  return 0;
}

export function describeApplied(applied: AppliedScenarios, region: string): string {
  const i = applied.info;
  const lines = [`scenario ${applied.names.join(",")} ready:`, `  region        ${region}`];
  if (i.userPoolId) lines.push(`  userPoolId    ${i.userPoolId}`);
  if (i.clientId) lines.push(`  clientId      ${i.clientId}`);
  for (const u of i.users ?? []) lines.push(`  user          ${u.username}${u.password ? ` / ${u.password}` : ""}${u.notes ? `   (${u.notes})` : ""}`);
  for (const [k, v] of Object.entries(i.details ?? {})) lines.push(`  ${k.padEnd(13)} ${v}`);
  return lines.join("\n") + "\n";
}
