// The cognito-idp-mock command.
import { parseArgs } from "node:util";
import { serve } from "./serve.js";
import { describeApplied, listScenarios } from "./scenarios.js";

const HELP = `cognito-idp-mock: a local Amazon Cognito user pools API

usage:
  cognito-idp-mock serve [--host 127.0.0.1] [--port 9229] [--region us-east-1] [--scenario NAME[,NAME...]] [--demo] [--seed TEXT] [--state FILE] [--strict] [--control-token TOKEN]
  cognito-idp-mock scenarios [--json]
  cognito-idp-mock validate FILE... [--json] [--strict]
  cognito-idp-mock proxy --target URL [--host 127.0.0.1] [--port 9230] [--record FILE.jsonl]

serve      run the mock server. Point any AWS SDK, awscli (--endpoint-url) or boto3 at it.
           --scenario seeds and configures it (compose several with commas); --demo is --scenario default.
           Control endpoints: POST /_mock/reset, GET /_mock/outbox, GET /_mock/state,
           GET|POST /_mock/scenario, POST|DELETE /_mock/rules.
           --state FILE keeps the state in FILE across restarts (saved safely on every change).
           --strict refuses IAM-authorised operations sent without an Authorization header, as AWS does.
           --control-token TOKEN (or COGNITO_IDP_MOCK_CONTROL_TOKEN) guards /_mock/...; listening beyond
           loopback (--host 0.0.0.0) without one makes the server pick and print a random token.
scenarios  list the shipped scenarios: what each does, what it seeds, the credentials to use.
validate   check recorded Cognito traffic (HAR files, JSON lines) against the contract.
proxy      stand between an app and real Cognito, forward everything unchanged, report contract violations.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(HELP);
    return command ? 0 : 1;
  }
  if (command === "scenarios") return listScenarios(rest.includes("--json"));
  if (command === "validate") return (await import("./validate.js")).validateCommand(rest);
  if (command === "proxy") return (await import("./proxy.js")).proxyCommand(rest);
  if (command !== "serve") {
    process.stderr.write(`unknown command: ${command}\n\n${HELP}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9229" },
      region: { type: "string", default: "us-east-1" },
      demo: { type: "boolean", default: false },
      scenario: { type: "string" },
      state: { type: "string" },
      seed: { type: "string" },
      strict: { type: "boolean", default: false },
      "control-token": { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number, got ${values.port}\n`);
    return 2;
  }
  const scenario = values.scenario ?? (values.demo ? "default" : undefined);
  const { running, applied, persistence, controlToken } = await serve({
    host: values.host!, port, region: values.region!, scenario, seed: values.seed, stateFile: values.state, strict: values.strict,
    controlToken: values["control-token"] ?? process.env.COGNITO_IDP_MOCK_CONTROL_TOKEN,
  });
  // stop answering first, so nothing changes after the last save; a failed save is the exit status
  const stop = () => {
    running.close().then(() => persistence?.close()).then(
      () => process.exit(0),
      (e: unknown) => { process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`); process.exit(1); },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // printed once the handlers are in place: whoever waits for "listening on" may signal right away
  if (applied.names.length) process.stdout.write(describeApplied(applied, values.region!));
  if (persistence) process.stdout.write(`state ${persistence.loaded ? "loaded from" : "kept in"} ${persistence.file}\n`);
  if (values.strict) process.stdout.write("strict: IAM-authorised operations without an Authorization header are refused\n");
  if (controlToken) process.stdout.write(`control endpoints need the token ${controlToken} (Authorization: Bearer TOKEN, or ${running.url}/_mock/?token=${controlToken})\n`);
  process.stdout.write(`listening on ${running.url}\n`);
  return -1; // keep running
}
