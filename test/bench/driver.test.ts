// The bench's load driver: its figures are only as good as its reading of where each answer ends.
import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AnswerReader, drive, encodeRequest } from "../../bench/driver.js";

const servers: { close(): void }[] = [];
afterEach(() => { for (const s of servers.splice(0)) s.close(); });

function listen(server: http.Server | net.Server): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`)));
}

describe("AnswerReader", () => {
  it("finds answers split anywhere and answers sharing a packet", () => {
    const one = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    const text = one + "HTTP/1.1 404 Not Found\r\ncontent-length: 2\r\n\r\n{}" + one;
    const reader = new AnswerReader();
    const seen: number[] = [];
    for (const byte of Buffer.from(text)) seen.push(...reader.push(Buffer.from([byte])));
    expect(seen).toEqual([200, 404, 200]);
    expect(new AnswerReader().push(Buffer.from(text))).toEqual([200, 404, 200]);
  });

  it("reads chunked bodies with extensions and trailers, whose data may hold CRLFs", () => {
    const chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\n\r\n\r\n\r\n3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n";
    const plain = "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
    const reader = new AnswerReader();
    const text = Buffer.from(chunked + plain);
    const seen: number[] = [];
    for (let i = 0; i < text.length; i += 3) seen.push(...reader.push(text.subarray(i, i + 3)));
    expect(seen).toEqual([200, 201]);
  });

  it("waits for the close when the body has no length, and notes connections the server closes", () => {
    const reader = new AnswerReader();
    expect(reader.push(Buffer.from("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\npart"))).toEqual([]);
    expect(reader.push(Buffer.from(" and the rest"))).toEqual([]);
    expect(reader.keepAlive).toBe(false);
    expect(reader.close()).toEqual([200]);
    const closing = new AnswerReader();
    expect(closing.push(Buffer.from("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"))).toEqual([200]);
    expect(closing.keepAlive).toBe(false);
    expect(closing.close()).toEqual([]);
    expect(new AnswerReader().push(Buffer.from("HTTP/1.1 204 No Content\r\n\r\n"))).toEqual([204]);
  });
});

describe("drive", () => {
  it("counts exactly the answers a keep-alive server gave, sending the bodies and headers as given", async () => {
    let served = 0;
    const bodies = new Set<string>();
    const sockets = new Set<unknown>();
    const url = await listen(http.createServer((req, res) => {
      sockets.add(req.socket);
      let body = "";
      req.on("data", (d) => { body += d; });
      req.on("end", () => {
        served++;
        bodies.add(`${req.headers["x-amz-target"]} ${req.headers.host} ${body}`);
        res.end(JSON.stringify({ ok: body }));
      });
    }));
    const requests = [{ headers: { "x-amz-target": "A" }, body: '{"é":1}' }, { headers: { "x-amz-target": "B" }, body: "{}" }];
    const r = await drive({ url, concurrency: 4, seconds: 0.3, requests });
    expect(r.errors).toBe(0);
    expect(r.count).toBe(served);
    expect(r.count).toBeGreaterThan(20);
    const host = new URL(url).host;
    expect([...bodies].sort()).toEqual([`A ${host} {"é":1}`, `B ${host} {}`]);
    expect(sockets.size).toBe(4); // keep-alive: one connection per loop
    expect(r.p50).toBeGreaterThan(0);
    expect(r.p99).toBeGreaterThanOrEqual(r.p50);
  });

  it("follows chunked answers and servers that close every connection, and counts non-200 answers as errors", async () => {
    let served = 0;
    const chunked = await listen(http.createServer((req, res) => { req.resume(); req.on("end", () => { served++; res.write("a"); res.end("b"); }); }));
    const r1 = await drive({ url: chunked, concurrency: 2, seconds: 0.2, requests: [{ headers: {}, body: "{}" }] });
    expect({ errors: r1.errors, count: r1.count }).toEqual({ errors: 0, count: served });

    served = 0;
    const closing = await listen(http.createServer((req, res) => { req.resume(); req.on("end", () => { served++; res.writeHead(500, { connection: "close" }); res.end("{}"); }); }));
    const r2 = await drive({ url: closing, concurrency: 2, seconds: 0.2, requests: [{ headers: {}, body: "{}" }] });
    expect(r2.count).toBe(served);
    expect(r2.count).toBeGreaterThan(5);
    expect(r2.errors).toBe(r2.count);
  });

  it("reports a server that refuses connections as errors, and still stops on time", async () => {
    const url = await listen(net.createServer());
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    const r = await drive({ url, concurrency: 2, seconds: 0.2, requests: [{ headers: {}, body: "{}" }] });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.count).toBe(0);
    expect(r.errors).toBeGreaterThan(0);
  });

  it("encodes the request line, Host and Content-Length itself", () => {
    const bytes = encodeRequest(new URL("http://127.0.0.1:9/"), { Host: "other", "Content-Length": "1", "x-a": "b" }, "ü").toString("latin1");
    expect(bytes).toBe("POST / HTTP/1.1\r\nhost: 127.0.0.1:9\r\nx-a: b\r\ncontent-length: 2\r\n\r\n\xc3\xbc");
  });
});
