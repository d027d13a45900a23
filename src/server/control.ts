// The server's control endpoints, as MSW handlers beside the Cognito ones:
//   POST /_mock/reset      forget everything; the active scenarios seed again
//   GET  /_mock/outbox     the messages Cognito would have sent, codes included
//   GET  /_mock/state      every pool, client, group and user (no secrets)
//   GET  /_mock/scenario   the active scenarios, what they made, the rules in force
//   POST /_mock/scenario   {"scenarios": ["mfa-totp", "throttled"]}: start over from these
//   POST /_mock/rules      a rule to add ({"operation", "error": {"type"}, "times", "latencyMs", "when"})
//   DELETE /_mock/rules    remove all rules
//   GET  /_mock/scenarios  the scenario catalogue
//   GET  /_mock/           the inspector page
//   GET  /_mock/health     uptime and memory (?gc=1 collects garbage first when node runs with --expose-gc)
// With a control token (required when the server listens beyond loopback), every one of them wants
// `Authorization: Bearer TOKEN`, `x-mock-control-token: TOKEN` or `?token=TOKEN`, else 401.
import { http, type RequestHandler } from "msw";
import type { CognitoMock } from "../engine/create.js";
import { snapshot } from "../state/snapshot.js";
import { CognitoError } from "../../generated/errors.js";
import type { Rule } from "../scenarios/rules.js";
import { builtInScenarios } from "../../scenarios/index.js";
import { INSPECTOR_HTML } from "./inspector.js";

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": "application/json", "access-control-allow-origin": "*" } });

/** Control requests answer a bad body with 400 and Cognito-style error text rather than crashing. */
async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CognitoError || e instanceof SyntaxError) return json({ error: e.name, message: e.message }, 400);
    throw e;
  }
}

export interface ControlOptions {
  /** when set, control requests must carry it; others get 401 and change nothing */
  token?: string;
}

export function controlHandlers(mock: CognitoMock, options: ControlOptions = {}): RequestHandler[] {
  const at = (path: string) => ({ request }: { request: Request }) => new URL(request.url).pathname === path;
  const scenarioView = async () => {
    const applied = await mock.ready();
    return { scenarios: applied.names, made: applied.info, each: applied.each, rules: mock.rules };
  };
  const handlers = [
    http.post(at("/_mock/reset"), async () => {
      mock.reset();
      return json({ reset: true, ...(await scenarioView()) });
    }),
    http.get(at("/_mock/health"), ({ request }) => {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc && new URL(request.url).searchParams.get("gc") === "1") gc();
      return json({ ok: true, uptimeSeconds: process.uptime(), memory: process.memoryUsage(), collected: Boolean(gc) });
    }),
    http.get(at("/_mock/outbox"), () => json({ messages: mock.outbox.messages })),
    http.get(at("/_mock/state"), () => json(snapshot(mock.store))),
    http.get(({ request }) => ["/_mock", "/_mock/"].includes(new URL(request.url).pathname), () =>
      new Response(INSPECTOR_HTML, { headers: { "content-type": "text/html; charset=utf-8" } })),
    http.get(at("/_mock/scenarios"), () => json(builtInScenarios.map((s) => ({ name: s.name, kind: s.kind, description: s.description, seeds: s.seeds, credentials: s.credentials ?? [] })))),
    http.get(at("/_mock/scenario"), async () => json(await scenarioView())),
    http.post(at("/_mock/scenario"), ({ request }) => guarded(async () => {
      const body = (await request.json()) as { scenarios?: string[] | string };
      await mock.useScenario(body.scenarios ?? []);
      return json(await scenarioView());
    })),
    http.post(at("/_mock/rules"), ({ request }) => guarded(async () => {
      mock.addRule((await request.json()) as Rule);
      return json({ rules: mock.rules });
    })),
    http.delete(at("/_mock/rules"), () => {
      mock.clearRules();
      return json({ rules: [] });
    }),
  ];
  if (!options.token) return handlers;
  const token = options.token;
  // answers every control path first: without the token nothing below is reached
  const gate = http.all(({ request }) => isControlPath(new URL(request.url).pathname), ({ request }) =>
    presentedToken(request) === token ? undefined : json({ error: "Unauthorized", message: "This server's control endpoints need its control token: Authorization: Bearer TOKEN, x-mock-control-token: TOKEN or ?token=TOKEN." }, 401));
  return [gate, ...handlers];
}

const isControlPath = (path: string) => path === "/_mock" || path.startsWith("/_mock/");

function presentedToken(request: Request): string | null {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return bearer ?? request.headers.get("x-mock-control-token") ?? new URL(request.url).searchParams.get("token");
}
