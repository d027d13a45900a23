// npm run bench:http [-- --runs 3 --seconds 3 --concurrency 16 --no-peers --only Name]: every workload on
// every server, medians of runs.
import os from "node:os";
import crypto from "node:crypto";
import { measure, seed, startBare, startBareSameBytes, startBareSigning, startCognitoLocal, startMock, startMoto, workloads, type Cell, type Server } from "./http.js";

const arg = (f: string, d: number) => { const i = process.argv.indexOf(f); return i > 0 ? Number(process.argv[i + 1]) : d; };
const runs = arg("--runs", 3);
const seconds = arg("--seconds", 3);
// the driver's connections; 16 for the README's figures (every server gets the same)
const concurrency = arg("--concurrency", 16);
for (const [flag, v] of [["--runs", runs], ["--seconds", seconds], ["--concurrency", concurrency]] as const) {
  if (!(v > 0) || (flag !== "--seconds" && !Number.isInteger(v))) {
    console.error(`bench:http: ${flag} takes a positive ${flag === "--seconds" ? "number" : "whole number"}, not ${JSON.stringify(process.argv[process.argv.indexOf(flag) + 1] ?? "")}`);
    process.exit(2);
  }
}
const peers = !process.argv.includes("--no-peers");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * How many RS256 signatures this machine makes per second, 16 at a time, by the fastest means Node has
 * (node:crypto on the libuv thread pool, which the mock uses): the cost of tokens.
 */
const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
async function signingRate(): Promise<number> {
  const data = Buffer.from(`${"x".repeat(40)}.${"y".repeat(900)}`);
  const end = Date.now() + 2000;
  let n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (Date.now() < end) {
      await new Promise((resolve, reject) => crypto.sign("sha256", data, privateKey, (e, sig) => (e ? reject(e) : resolve(sig))));
      n++;
    }
  }));
  return n / 2;
}

console.log(`machine: ${os.cpus()[0]?.model} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; ${runs} runs of ${seconds} s, concurrency ${concurrency}\n`);
const servers: Server[] = [await startMock(), await startBare(), await startBareSigning()];
const bare = (s: Server) => s.name.startsWith("bare ");
// the signing server stands for the sign-in workloads only, the same-bytes one for ListUsers pages; the
// plain one for every workload
const serves = (s: Server, workload: string) => {
  if (s.name === "bare node:http + 2 RS256") return workload.startsWith("InitiateAuth");
  if (s.name === "bare node:http, same bytes") return workload.startsWith("ListUsers");
  return true;
};
if (peers) {
  const moto = await startMoto().catch(() => undefined);
  if (moto) servers.push(moto);
  const local = await startCognitoLocal().catch(() => undefined);
  if (local) servers.push(local);
}
const cells: Cell[][] = [];
try {
  const seeded = new Map<string, ReturnType<typeof workloads>>();
  for (const s of servers) {
    if (bare(s)) continue;
    const t = Date.now();
    try {
      seeded.set(s.name, workloads(await seed(s.url)));
      console.log(`seeded ${s.name} through the API in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } catch (e) { console.log(`seeding ${s.name} failed: ${(e as Error).message}`); }
  }
  const names = Object.keys(seeded.get("cognito-idp-mock")!).filter((n) => !only || n.includes(only));
  // the mock's own answer to each workload's first request, for the same-bytes server
  const mockUrl = servers[0].url;
  const answers = await Promise.all(names.map(async (n) => {
    const r = seeded.get("cognito-idp-mock")![n][0];
    return (await fetch(mockUrl, { method: "POST", headers: r.headers, body: r.body })).text();
  }));
  servers.push(await startBareSameBytes(answers));
  // The raw signing rate is taken just before each sign-in server's measurement, and each server's
  // share of it comes from its own: this machine's speed drifts by a third within a minute, and one
  // rate per round sat up to 10 s before the server measured last in the round.
  const signRates: number[] = [];
  const rawBefore = new Map<string, number>(); // `${round}:${server}`
  const signsFor = (s: Server) => s.name === "cognito-idp-mock" || s.name === "bare node:http + 2 RS256";
  for (let r = 0; r < runs; r++) {
    const round: Cell[] = [];
    for (const name of names) {
      // every other round in reverse order: a machine growing busier or quieter during a workload then
      // favours no server
      // the bare servers get the mock's requests, tagged with the answer the same-bytes server sends
      const own = seeded.get("cognito-idp-mock")![name].map((q) => ({ ...q, headers: { ...q.headers, "x-bench-answer": String(names.indexOf(name)) } }));
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        if (!serves(s, name)) continue;
        const requests = bare(s) ? own : seeded.get(s.name)?.[name];
        if (!requests) continue;
        if (name.startsWith("InitiateAuth") && signsFor(s)) {
          const rate = await signingRate();
          rawBefore.set(`${r}:${s.name}`, rate);
          signRates.push(rate);
        }
        round.push(await measure(s, name, requests, seconds, concurrency));
      }
    }
    const at = (c: Cell) => names.indexOf(c.workload) * 100 + servers.findIndex((s) => s.name === c.server);
    cells.push(round.sort((a, b) => at(a) - at(b)));
  }
  const signs = signRates.length ? median(signRates.filter(Boolean)) : await signingRate();
  console.log(`RS256 signatures/s on this machine, 16 at a time on the thread pool (median of the measurements): ${Math.round(signs)} (a sign-in needs two: ${Math.round(signs / 2)} sign-ins/s at most)\n`);
  console.log("| workload | server | req/s | p50 ms | p99 ms | errors | CPU (cores) | CPU µs a request: main thread / other threads | RSS MB |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (let i = 0; i < cells[0].length; i++) {
    const c = cells.map((round) => round[i]);
    const m = (k: keyof Cell) => median(c.map((x) => x[k] as number));
    console.log(`| ${c[0].workload} | ${c[0].server} | ${Math.round(m("rps"))} | ${m("p50").toFixed(2)} | ${m("p99").toFixed(2)} | ${m("errors")} | ${m("cpu").toFixed(2)} | ${m("mainUs").toFixed(0)} / ${m("otherUs").toFixed(0)} | ${Math.round(m("rssMb"))} |`);
  }
  // the goals' ratios: each taken within one round (the servers measured back to back), then the median
  // over rounds, which a busy moment of this shared machine moves less than a ratio of medians
  const rpsIn = (round: Cell[], workload: string, server: string) => round.find((c) => c.workload === workload && c.server === server)?.rps;
  const overRounds = (f: (round: Cell[], r: number) => number | undefined) => {
    const xs = cells.map(f).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const ratio = (workload: string, a: string, b: string) => overRounds((round) => { const x = rpsIn(round, workload, a), y = rpsIn(round, workload, b); return x && y ? x / y : undefined; });
  const ratioOf = (workload: string, server: string) => ratio(workload, "cognito-idp-mock", server);
  const times = (x: number | undefined) => (x === undefined ? "" : `${x.toFixed(1)}x`);
  const pct = (x: number | undefined) => (x === undefined ? "" : `${Math.round(100 * x)}%`);
  // a sign-in server's rate against the raw signing rate taken just before it (a sign-in is two signatures)
  const shareOfRaw = (round: Cell[], r: number, workload: string, server: string) => {
    const m = rpsIn(round, workload, server), raw = rawBefore.get(`${r}:${server}`);
    return m && raw ? m / (raw / 2) : undefined;
  };
  const signingRounds: string[] = [];
  console.log("\nRatios per round, median of the rounds:\n");
  console.log("| workload | ÷ moto | ÷ cognito-local | bare ÷ cognito-local (the most any server could show) | of bare node:http | of bare, same bytes | of the signing bound: raw / over HTTP |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const name of names) {
    const ofRaw = (server: string) => overRounds((round, r) => shareOfRaw(round, r, name, server));
    const signing = name.startsWith("InitiateAuth") ? `${pct(ofRaw("cognito-idp-mock"))} / ${pct(ratioOf(name, "bare node:http + 2 RS256"))} (the signing server: ${pct(ofRaw("bare node:http + 2 RS256"))} of raw)` : "";
    const bareOverLocal = ratio(name, "bare node:http", "cognito-local");
    if (name.startsWith("InitiateAuth")) {
      const each = (server: string) => cells.map((round, r) => pct(shareOfRaw(round, r, name, server)) || "-").join(", ");
      signingRounds.push(`${name}, share of the raw signing rate round by round: cognito-idp-mock ${each("cognito-idp-mock")}; the signing server ${each("bare node:http + 2 RS256")}`);
    }
    console.log(`| ${name} | ${times(ratioOf(name, "moto"))} | ${times(ratioOf(name, "cognito-local"))} | ${times(bareOverLocal)} | ${pct(ratioOf(name, "bare node:http"))} | ${pct(ratioOf(name, "bare node:http, same bytes"))} | ${signing} |`);
  }
  if (signingRounds.length) console.log(`\n${signingRounds.join("\n")}`);
} finally {
  for (const s of servers) s.stop();
}
