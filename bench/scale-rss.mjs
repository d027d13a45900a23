// Memory at 100,000 users, as a user's process holds them: plain Node, the built package imported by name
// (no TypeScript loader in the process), seeded through the users-100k scenario. Run by npm run bench.
import { createCognitoMock } from "cognito-idp-mock";

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const before = process.memoryUsage().rss;
const mock = createCognitoMock({ seed: "bench-scale", scenario: "users-100k" });
const t = performance.now();
await mock.ready();
const seconds = (performance.now() - t) / 1000;
// a few collections apart, so V8 hands back the pages seeding's garbage used
for (let i = 0; i < 3; i++) { globalThis.gc?.(); await new Promise((r) => setTimeout(r, 200)); }
const m = process.memoryUsage();
console.log(`  memory, fresh process with the built package: 100,000 users seeded in ${seconds.toFixed(2)} s; RSS ${mb(m.rss)} after GC (${mb(before)} before seeding), JS heap in use ${mb(m.heapUsed)}`);
