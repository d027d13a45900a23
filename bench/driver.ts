// The load driver, run as its own process: keep-alive HTTP/1.1 POSTs from `concurrency` connections for
// `seconds`, cycling through the given requests; prints one JSON line with rate and latencies.
//
// It writes pre-encoded requests on raw sockets and reads only the framing of the answers (status,
// Content-Length or chunked, or the end of the connection). node:http's client cost more CPU per request
// than the bare server it measured (1.0 core against 0.6 at 17k req/s): on a two-core machine the driver
// was the limit, and every server's figure was partly the driver's.
import net from "node:net";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export interface Job { url: string; concurrency: number; seconds: number; requests: { headers: Record<string, string>; body: string }[] }
export interface Result { count: number; rps: number; p50: number; p99: number; errors: number }

/** A request's bytes as sent: the headers given, Host and Content-Length, then the body. */
export function encodeRequest(url: URL, headers: Record<string, string>, body: string): Buffer {
  const bytes = Buffer.from(body);
  const lines = Object.entries(headers).filter(([k]) => !/^(host|content-length)$/i.test(k)).map(([k, v]) => `${k}: ${v}\r\n`).join("");
  return Buffer.concat([Buffer.from(`POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\n${lines}content-length: ${bytes.length}\r\n\r\n`, "latin1"), bytes]);
}

const HEAD_END = Buffer.from("\r\n\r\n");

/**
 * Reads one answer at a time off a byte stream. `push` takes the bytes received and returns the answers
 * completed by them; `close` says the connection ended, which completes an answer delimited by it.
 */
export class AnswerReader {
  private buffered: Buffer = Buffer.alloc(0);
  private status = 0;
  private remaining = -1; // body bytes still to come; -1 before the head, -2 when the close delimits the body
  private chunked = false;
  keepAlive = true;

  push(data: Buffer): number[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, data]) : data;
    const done: number[] = [];
    for (;;) {
      if (this.remaining === -1 && !this.readHead()) break;
      if (this.chunked ? !this.readChunks() : !this.readBody()) break;
      done.push(this.status);
      this.remaining = -1;
      if (!this.buffered.length) break;
    }
    return done;
  }

  /** Statuses completed by the end of the connection (an answer whose body runs to the close). */
  close(): number[] {
    if (this.remaining !== -2) return [];
    this.remaining = -1;
    return [this.status];
  }

  private readHead(): boolean {
    const end = this.buffered.indexOf(HEAD_END);
    if (end < 0) return false;
    const head = this.buffered.toString("latin1", 0, end).toLowerCase();
    this.buffered = this.buffered.subarray(end + 4);
    this.status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:[ \t]*(\d+)/.exec(head);
    this.chunked = !length && /\r\ntransfer-encoding:[^\r]*chunked/.test(head);
    const http10 = head.startsWith("http/1.0");
    this.keepAlive = /\r\nconnection:[^\r]*close/.test(head) ? false : !http10 || /\r\nconnection:[^\r]*keep-alive/.test(head);
    this.remaining = length ? Number(length[1]) : this.chunked || this.status === 204 || this.status === 304 ? 0 : -2;
    return true;
  }

  private readBody(): boolean {
    if (this.remaining === -2) { this.buffered = Buffer.alloc(0); return false; }
    if (this.buffered.length < this.remaining) return false;
    this.buffered = this.buffered.subarray(this.remaining);
    return true;
  }

  // chunk-size [; extensions] CRLF data CRLF ... 0 CRLF [trailers] CRLF
  private readChunks(): boolean {
    let at = 0;
    for (;;) {
      const eol = this.buffered.indexOf("\r\n", at);
      if (eol < 0) return false;
      const size = parseInt(this.buffered.toString("latin1", at, eol).split(";")[0], 16);
      if (size === 0) {
        const end = this.buffered.indexOf(HEAD_END, eol);
        const bare = this.buffered.indexOf("\r\n", eol + 2) === eol + 2;
        if (!bare && end < 0) return false;
        this.buffered = this.buffered.subarray(bare ? eol + 4 : end + 4);
        return true;
      }
      if (this.buffered.length < eol + 2 + size + 2) return false;
      at = eol + 2 + size + 2;
    }
  }
}

export async function drive(job: Job): Promise<Result> {
  const url = new URL(job.url);
  const requests = job.requests.map((r) => encodeRequest(url, r.headers, r.body));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + job.seconds * 1000;

  // one connection's loop: a request, its answer, the next; a new connection when the server closes one
  const loop = () => new Promise<void>((finished) => {
    const connect = () => {
      const socket = net.connect(Number(url.port), url.hostname);
      socket.setNoDelay(true);
      const reader = new AnswerReader();
      let sentAt = 0;
      let waiting = false;
      const send = () => {
        if (performance.now() >= end) { socket.end(); return false; }
        sentAt = performance.now();
        waiting = true;
        socket.write(requests[next++ % requests.length]);
        return true;
      };
      const answered = (status: number) => {
        waiting = false;
        latencies.push(performance.now() - sentAt);
        if (status !== 200) errors++;
      };
      socket.on("connect", send);
      socket.on("data", (data) => {
        for (const status of reader.push(data)) answered(status);
        if (waiting) return;
        if (!reader.keepAlive) socket.destroy();
        else send();
      });
      let connected = false;
      socket.once("connect", () => { connected = true; });
      socket.on("error", () => { if (waiting || !connected) errors++; waiting = false; });
      socket.on("close", () => {
        for (const status of reader.close()) answered(status);
        if (waiting) { errors++; waiting = false; }
        if (performance.now() >= end) finished();
        else setTimeout(connect, connected ? 0 : 10); // a server that refuses: retry, slowly
      });
    };
    connect();
  });

  const start = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, loop));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { count: latencies.length, rps: latencies.length / elapsed, p50: q(0.5), p99: q(0.99), errors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(JSON.stringify(await drive(JSON.parse(process.argv[2]) as Job)) + "\n");
}
