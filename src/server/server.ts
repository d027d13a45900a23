// The standalone server: node:http in front of the very same MSW handlers (msw's getResponse), so
// awscli, boto3 and any SDK get exactly what MSW users get.
import http from "node:http";
import { getResponse, type RequestHandler } from "msw";

/** A request the server can answer without MSW; undefined passes it on to the handlers. */
export type DirectAnswer = (req: http.IncomingMessage, url: URL, body: string) => Promise<{ status: number; headers: Record<string, string>; body: string } | undefined> | undefined;

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
    handle(options, req, res).catch((e) => {
      console.error("cognito-idp-mock: request failed", e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
      res.end(JSON.stringify({ __type: "InternalErrorException", message: "Internal server error." }));
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

async function handle({ handlers, direct }: ServerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) {
      res.writeHead(413, { "content-type": "application/x-amz-json-1.1" });
      res.end(JSON.stringify({ __type: "SerializationException", message: "Request body too large." }));
      req.destroy();
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  const method = req.method ?? "GET";
  const quick = direct?.(req, url, Buffer.concat(chunks).toString());
  const answer = quick && (await quick);
  if (answer) {
    // encoded once: its length is the content-length (a ListUsers page is ~18 KB)
    const body = Buffer.from(answer.body);
    res.writeHead(answer.status, { ...answer.headers, "content-length": String(body.length) });
    res.end(body);
    return;
  }
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  const request = new Request(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks) });
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
