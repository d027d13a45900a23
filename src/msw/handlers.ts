// MSW request handlers over the engine: the AWS JSON endpoint (POST /) and CORS preflights. The
// standalone server answers through these same handlers.
import { http, type RequestHandler } from "msw";
import type { CognitoMock } from "../engine/create.js";
import { isAwsHost, regionOf } from "../protocol/region.js";
import { corsHeaders, preflight } from "./cors.js";
import type { WireResponse } from "../protocol/wire.js";
import { importUploadHandlers } from "./import-upload.js";
import { wellKnownHandlers } from "./well-known.js";

/** A base URL ("http://localhost:9229/"), a RegExp over the full URL, or a predicate. */
export type EndpointMatcher = string | RegExp | ((url: URL) => boolean);

export interface HandlerOptions {
  endpoints: EndpointMatcher[];
  interceptAws: boolean;
}

export function endpointPredicate(options: HandlerOptions): (url: URL) => boolean {
  const custom = options.endpoints.map((e): ((url: URL) => boolean) => {
    if (typeof e === "function") return e;
    if (e instanceof RegExp) return (url) => e.test(url.href);
    const base = new URL(e);
    return (url) => url.origin === base.origin && url.pathname === base.pathname;
  });
  return (url) => (options.interceptAws && isAwsHost(url) && url.pathname === "/") || custom.some((m) => m(url));
}

export function createHandlers(mock: CognitoMock, options: HandlerOptions): RequestHandler[] {
  const matches = endpointPredicate(options);
  const custom = endpointPredicate({ ...options, interceptAws: false });
  // The Cognito POST comes first: MSW tries handlers in order, and nearly every request is one. The
  // URL is parsed once per request (the predicate's parse is reused by the resolver).
  let lastUrl = "", lastParsed: URL | undefined;
  const parse = (href: string): URL => (href === lastUrl && lastParsed ? lastParsed : ((lastUrl = href), (lastParsed = new URL(href))));
  return [
    http.post(({ request }) => matches(parse(request.url)), async ({ request }) => {
      const answer = await answerAwsJson(mock, {
        hostname: parse(request.url).hostname,
        target: request.headers.get("x-amz-target"),
        authorization: request.headers.get("authorization"),
        origin: request.headers.get("origin"),
        body: await request.text(),
      });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }),
    http.options(({ request }) => matches(parse(request.url)), ({ request }) => preflight(request)),
    ...importUploadHandlers(mock),
    ...wellKnownHandlers(mock, (url) => custom(new URL("/", url))),
  ];
}

/** One AWS JSON request, as the transport sees it. */
export interface AwsJsonRequest {
  hostname: string;
  target: string | null;
  authorization: string | null;
  origin: string | null;
  body: string;
}

/**
 * What the POST handler above answers, without Request and Response objects: the standalone server
 * calls it directly for Cognito calls (MSW's matching and the WHATWG objects cost more than the
 * engine does), so both doors give byte-identical answers.
 */
export async function answerAwsJson(mock: CognitoMock, r: AwsJsonRequest): Promise<WireResponse> {
  const answer = await mock.dispatch(r.target, r.body, regionOf(r.hostname, r.authorization), { authorization: r.authorization });
  // every dispatch makes a fresh headers object: the CORS headers join it rather than a copy of it
  Object.assign(answer.headers, corsHeaders(r.origin));
  return answer;
}
