// The server's control endpoints, as MSW handlers beside the Cognito ones:
//   POST /_mock/reset   forget everything (and re-run the start-up seeding, e.g. the demo pool)
//   GET  /_mock/outbox  the messages Cognito would have sent, codes included
//   GET  /_mock/state   every pool, client, group and user (no secrets)
import { http, type RequestHandler } from "msw";
import type { CognitoMock } from "../engine/create.js";
import { snapshot } from "../state/snapshot.js";

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": "application/json", "access-control-allow-origin": "*" } });

export function controlHandlers(mock: CognitoMock, afterReset: () => Promise<unknown>): RequestHandler[] {
  const at = (path: string) => ({ request }: { request: Request }) => new URL(request.url).pathname === path;
  return [
    http.post(at("/_mock/reset"), async () => {
      mock.reset();
      return json({ reset: true, seeded: await afterReset() });
    }),
    http.get(at("/_mock/outbox"), () => json({ messages: mock.outbox.messages })),
    http.get(at("/_mock/state"), () => json(snapshot(mock.store))),
  ];
}
