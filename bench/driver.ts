// The load driver, run as its own process: keep-alive HTTP/1.1 POSTs from `concurrency` loops for
// `seconds`, cycling through the given requests; prints one JSON line with rate and latencies.
import http from "node:http";
import { performance } from "node:perf_hooks";

interface Job { url: string; concurrency: number; seconds: number; requests: { headers: Record<string, string>; body: string }[] }

const job = JSON.parse(process.argv[2]) as Job;
const url = new URL(job.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
const latencies: number[] = [];
let errors = 0;
let next = 0;
const end = performance.now() + job.seconds * 1000;

function once(): Promise<void> {
  const req = job.requests[next++ % job.requests.length];
  const t = performance.now();
  return new Promise((resolve) => {
    const r = http.request({ host: url.hostname, port: url.port, path: "/", method: "POST", agent, headers: { ...req.headers, "content-length": Buffer.byteLength(req.body) } }, (res) => {
      res.resume();
      res.on("end", () => {
        latencies.push(performance.now() - t);
        if (res.statusCode !== 200) errors++;
        resolve();
      });
    });
    r.on("error", () => { errors++; resolve(); });
    r.end(req.body);
  });
}

async function loop() { while (performance.now() < end) await once(); }

const start = performance.now();
await Promise.all(Array.from({ length: job.concurrency }, loop));
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
process.stdout.write(JSON.stringify({ count: latencies.length, rps: latencies.length / elapsed, p50: q(0.5), p99: q(0.99), errors }) + "\n");
agent.destroy();
