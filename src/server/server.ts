// The standalone server: node:http in front of the very same MSW handlers (msw's getResponse), so
// awscli, boto3 and any SDK get exactly what MSW users get.
import http from "node:http";
import { getResponse, type RequestHandler } from "msw";

/** A request the server can answer without MSW (given its path and host name); undefined passes it on to the handlers. */
export type DirectAnswer = (req: http.IncomingMessage, where: { pathname: string; hostname: string }, body: string) => Promise<{ status: number; headers: Record<string, string>; body: string } | undefined> | undefined;

export interface ServerOptions {
  host?: string;
  port?: number;
  handlers: RequestHandler[];
  /** a shortcut for the hot path (Cognito calls), answering exactly as the matching handler would */
  direct?: DirectAnswer;
}

export interface RunningServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const server = http.createServer((req, res) => {
    // the body by events, not `for await`: the async iterator cost more than the rest of the read path
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > MAX_BODY) return;
      size += chunk.length;
      if (size <= MAX_BODY) { chunks.push(chunk); return; }
      res.writeHead(413, { "content-type": "application/x-amz-json-1.1", connection: "close" });
      res.end(JSON.stringify({ __type: "SerializationException", message: "Request body too large." }));
      req.destroy();
    });
    req.on("end", () => {
      handle(options, req, res, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).catch((e) => {
        console.error("cognito-idp-mock: request failed", e);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
        res.end(JSON.stringify({ __type: "InternalErrorException", message: "Internal server error." }));
      });
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 9229, host, () => {
      const addr = server.address() as { port: number };
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${addr.port}`,
        server,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

async function handle({ handlers, direct }: ServerOptions, req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): Promise<void> {
  const method = req.method ?? "GET";
  const target = req.url ?? "/";
  const quick = direct?.(req, where(target, req.headers.host), raw.toString());
  const answer = quick && (await quick);
  if (answer) {
    // the body goes out as a string: node:http then sends it and the head in one write, as it does for
    // a bare server, where a Buffer would be a copy and a second chunk (a writev) on every answer
    answer.headers["content-length"] = String(Buffer.byteLength(answer.body));
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  const url = URL.parse(target, baseOf(req.headers.host));
  if (!url) {
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `cognito-idp-mock: ${JSON.stringify(target)} is not a request target this server reads.` }));
    return;
  }
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  const request = new Request(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat([raw]) });
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(404, { "content-type": "application/json", "access-control-allow-origin": "*" });
    res.end(JSON.stringify({ message: `cognito-idp-mock: nothing answers ${method} ${url.pathname}. Cognito calls are POST / with an X-Amz-Target header.` }));
    return;
  }
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => { out[k] = v; });
  const body = Buffer.from(await response.arrayBuffer());
  out["content-length"] = String(body.length);
  res.writeHead(response.status, out);
  res.end(body);
}

/**
 * Path and host name of a request, as URL would give them. An origin-form target ("/?x") with a plain Host
 * header is split by hand (URL cost as much as the engine's AdminGetUser); anything else goes through URL.
 */
export function where(target: string, host: string | undefined): { pathname: string; hostname: string } {
  const query = target.indexOf("?");
  const path = query < 0 ? target : target.slice(0, query);
  if (path === "/" && host) {
    // a client sends the same Host on every request: its reading is kept
    if (host === lastHost) return { pathname: "/", hostname: lastHostname };
    if (/^[a-z0-9.-]+(:\d+)?$/i.test(host)) {
      lastHostname = host.replace(/:\d+$/, "").toLowerCase();
      lastHost = host;
      return { pathname: "/", hostname: lastHostname };
    }
  }
  const url = URL.parse(target, baseOf(host)); // null for targets such as "//", which name no host
  return url ? { pathname: url.pathname, hostname: url.hostname } : { pathname: path, hostname: "" };
}

let lastHost = "", lastHostname = "";
const baseOf = (host: string | undefined) => `http://${host ?? "localhost"}`;
