// `cognito-idp-mock validate FILE...`: contract validation of recorded Cognito traffic (HAR files, JSON
// lines). Exit 0 when clean, 1 on any error (warnings too with --strict), 2 when an input is unreadable.
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatViolation, readTraffic, validateExchange, type TrafficViolation } from "../contract/traffic.js";

const USAGE = "usage: cognito-idp-mock validate FILE... [--json] [--strict]\n";

interface FileResult {
  file: string;
  format?: "har" | "jsonl";
  /** Cognito user pools calls found */
  calls: number;
  /** other entries (pages, preflights, other services) */
  skipped: number;
  /** why the file could not be read */
  error?: string;
}

interface Finding extends TrafficViolation {
  file: string;
  /** HAR log.entries index, or the record's index in a JSON-lines file (from 0) */
  entry: number;
  /** JSON lines: the line number (from 1) */
  line?: number;
  operation: string;
}

export async function validateCommand(args: string[]): Promise<number> {
  let parsed: { values: { json?: boolean; strict?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false }, strict: { type: "boolean", default: false } } });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (!files.length) {
    process.stderr.write(USAGE);
    return 2;
  }

  const results: FileResult[] = [];
  const findings: Finding[] = [];
  let requests = 0;
  let responses = 0;
  for (const file of files) {
    try {
      const recording = readTraffic(await fs.readFile(file, "utf8"));
      results.push({ file, format: recording.format, calls: recording.entries.length, skipped: recording.skipped });
      for (const { index, line, exchange } of recording.entries) {
        const report = validateExchange(exchange);
        if (report.checked.request) requests++;
        if (report.checked.response) responses++;
        for (const v of report.violations) findings.push({ file, entry: index, ...(line ? { line } : {}), operation: report.operation, ...v });
      }
    } catch (e) {
      results.push({ file, calls: 0, skipped: 0, error: (e as Error).message });
    }
  }

  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const unreadable = results.filter((r) => r.error);
  const code = unreadable.length ? 2 : errors || (values.strict && warnings) ? 1 : 0;
  const calls = results.reduce((n, r) => n + r.calls, 0);

  if (values.json) {
    process.stdout.write(JSON.stringify({ ok: code === 0, files: results, summary: { calls, requestsChecked: requests, responsesChecked: responses, errors, warnings }, violations: findings }, null, 2) + "\n");
    return code;
  }
  for (const r of unreadable) process.stderr.write(`${r.file}: unreadable: ${r.error}\n`);
  for (const f of findings) process.stdout.write(`${f.file} entry ${f.entry}${f.line ? ` (line ${f.line})` : ""}: ${formatViolation(f.operation, f)}\n`);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  process.stdout.write(`${plural(calls, "Cognito call")} in ${plural(results.length - unreadable.length, "file")} (${requests} requests, ${responses} responses checked): ${plural(errors, "error")}, ${plural(warnings, "warning")}\n`);
  return code;
}
