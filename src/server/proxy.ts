// A validating proxy: forwards every request to the target unchanged and hands back the target's answer
// unchanged, checking each Cognito call (X-Amz-Target) against the contract on the way.
//
// Host: the target's, not the client's, so the target's TLS name and routing work. A SigV4 signature
// covers Host, so signed (admin) calls only pass when the client signed them for the target's host;
// public operations (sign-up, sign-in, challenges: what apps send) are unsigned and always pass.
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { isCognitoTarget, recordBody, validateExchange, type Exchange, type ExchangeReport, type TrafficRecord } from "../contract/traffic.js";

export interface ProxyOptions {
  /** the upstream base URL, e.g. https://cognito-idp.eu-west-1.amazonaws.com */
  target: string;
  host?: string;
  port?: number;
  /** every Cognito call, with its JSON-lines record and what the contract says about it */
  onExchange?: (record: TrafficRecord, report: ExchangeReport) => void;
  /** the upstream could not be reached */
  onUpstreamError?: (error: Error, method: string, path: string) => void;
}

export interface RunningProxy {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

// connection-level headers belong to each hop, not to the message (RFC 9110 7.6.1)
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade"]);

const MAX_BODY = 16 * 1024 * 1024;

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body larger than 16 MiB");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function forwardHeaders(headers: http.IncomingHttpHeaders, body: Buffer, targetHost: string): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k) && k !== "host" && k !== "content-length") out[k] = v;
  out.host = targetHost;
  if (body.length || headers["content-length"] !== undefined) out["content-length"] = String(body.length);
  return out;
}

/** The text of a body for the contract, undoing a content encoding (the client still gets the bytes as sent). */
function decoded(body: Buffer, encoding: string | undefined): string | undefined {
  try {
    switch ((encoding ?? "identity").trim().toLowerCase()) {
      case "identity": case "": return body.toString("utf8");
      case "gzip": case "x-gzip": return zlib.gunzipSync(body).toString("utf8");
      case "deflate": return zlib.inflateSync(body).toString("utf8");
      case "br": return zlib.brotliDecompressSync(body).toString("utf8");
      default: return undefined;
    }
  } catch { return undefined; }
}

function send(target: URL, req: http.IncomingMessage, body: Buffer): Promise<{ res: http.IncomingMessage; body: Buffer }> {
  const transport = target.protocol === "https:" ? https : http;
  const base = target.pathname.replace(/\/$/, "");
  return new Promise((resolve, reject) => {
    const out = transport.request({
      protocol: target.protocol, hostname: target.hostname.replace(/^\[|\]$/g, ""), port: target.port || undefined,
      method: req.method, path: base + (req.url ?? "/"), headers: forwardHeaders(req.headers, body, target.host),
    }, (res) => { readAll(res).then((b) => resolve({ res, body: b }), reject); });
    out.once("error", reject);
    out.end(body);
  });
}

export function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const target = new URL(options.target);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error(`--target must be an http(s) URL, got ${options.target}`);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      options.onUpstreamError?.(e, req.method ?? "?", req.url ?? "/");
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `cognito-idp-mock proxy: could not forward to ${target.origin}: ${e.message}` }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readAll(req);
    const upstream = await send(target, req, body);
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(upstream.res.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
    if (upstream.res.headers["content-length"] !== undefined || upstream.res.headers["transfer-encoding"]) headers["content-length"] = String(upstream.body.length);
    res.writeHead(upstream.res.statusCode ?? 502, upstream.res.statusMessage, headers);
    res.end(upstream.body);

    const targetHeader = req.headers["x-amz-target"];
    if (req.method !== "POST" || typeof targetHeader !== "string" || !isCognitoTarget(targetHeader) || !options.onExchange) return;
    const responseHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(upstream.res.headers)) if (v !== undefined) responseHeaders[k] = Array.isArray(v) ? v.join(", ") : v;
    const exchange: Exchange = {
      target: targetHeader,
      requestBody: body.toString("utf8"),
      status: upstream.res.statusCode,
      responseBody: decoded(upstream.body, upstream.res.headers["content-encoding"]),
      responseHeaders,
    };
    const record: TrafficRecord = {
      time: new Date().toISOString(), target: targetHeader, request: recordBody(exchange.requestBody as string),
      status: exchange.status, response: exchange.responseBody === undefined ? undefined : recordBody(exchange.responseBody as string), headers: responseHeaders,
    };
    options.onExchange(record, validateExchange(exchange));
  }

  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 9230, host, () => {
      const addr = server.address() as { port: number };
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${addr.port}`,
        server,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
