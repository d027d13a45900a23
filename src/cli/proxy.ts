// `cognito-idp-mock proxy --target URL`: a validating proxy in front of real Cognito (or anything that
// speaks its API). Violations go to stderr, one line each; --record keeps every call as JSON lines.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { formatViolation } from "../contract/traffic.js";
import { startProxy } from "../server/proxy.js";

const USAGE = "usage: cognito-idp-mock proxy --target URL [--port 9230] [--host 127.0.0.1] [--record FILE.jsonl]\n";

export async function proxyCommand(args: string[]): Promise<number> {
  let values: { target?: string; port?: string; host?: string; record?: string };
  try {
    ({ values } = parseArgs({ args, options: { target: { type: "string" }, port: { type: "string", default: "9230" }, host: { type: "string", default: "127.0.0.1" }, record: { type: "string" } } }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  if (!values.target || !URL.canParse(values.target) || !/^https?:$/.test(new URL(values.target).protocol)) {
    process.stderr.write(`--target must be an http(s) URL, such as https://cognito-idp.us-east-1.amazonaws.com\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number, got ${values.port}\n`);
    return 2;
  }
  const recording = values.record ? fs.createWriteStream(values.record, { flags: "a" }) : undefined;
  const running = await startProxy({
    target: values.target, host: values.host, port,
    onExchange: (record, report) => {
      recording?.write(JSON.stringify(record) + "\n");
      for (const v of report.violations) process.stderr.write(`proxy: ${formatViolation(report.operation, v)}\n`);
    },
    onUpstreamError: (e, method, path) => process.stderr.write(`proxy: ${method} ${path} could not be forwarded: ${e.message}\n`),
  });
  process.stdout.write(`proxying ${running.url} -> ${values.target}${values.record ? `, recording to ${values.record}` : ""}\n`);
  const stop = () => {
    running.close().then(() => new Promise<void>((r) => (recording ? recording.end(r) : r()))).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return -1; // keep running
}
