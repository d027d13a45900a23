// A JSON view of the whole state for people and tools (GET /_mock/state). Secrets stay out: no
// password hashes or verifiers, no pending codes (those are in the outbox).
import type { Store } from "./store.js";

export function snapshot(store: Store): unknown {
  return {
    pools: [...store.pools.values()].map((p) => ({
      id: p.id, name: p.name, arn: p.arn, region: p.region, created: p.created, modified: p.modified,
      settings: p.settings, schema: p.schema, tags: p.tags, mfa: p.mfa, domain: p.domain, customDomain: p.customDomain,
      clients: [...p.clients.values()],
      groups: [...p.groups.values()].map((g) => ({ ...g, members: [...g.members] })),
      users: [...p.users.after(0)].map((u) => ({
        username: u.username, sub: u.sub, status: u.status, enabled: u.enabled, created: u.created, modified: u.modified,
        attributes: Object.fromEntries(u.attributes), groups: [...u.groups], mfaMethods: u.mfaMethods, preferredMfa: u.preferredMfa,
        passwordSet: u.password !== undefined,
      })),
    })),
  };
}
