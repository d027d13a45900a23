// Refresh tokens are indexed by user beside the map that holds them; the index must agree with a walk
// of the map however the map was filled (issued tokens, a state file being loaded, a reset).
import { describe, expect, it } from "vitest";
import { AuthState, type RefreshRecord } from "../../src/state/auth-state.js";

const record = (poolId: string, username: string, id: string): RefreshRecord => ({ id, poolId, clientId: "c", username, originJti: `o-${id}`, authTime: 0, expiresAt: 1, revoked: false, scope: "s" });
const walk = (auth: AuthState, poolId: string, username: string) => [...auth.refreshTokens.values()].filter((r) => r.poolId === poolId && r.username === username);

describe("AuthState refresh-token index", () => {
  it("answers as a walk of every token would, for tokens issued, loaded from a file, and after a reset", () => {
    const auth = new AuthState();
    const users = [["p1", "ann"], ["p1", "ben"], ["p2", "ann"]] as const;
    for (let i = 0; i < 30; i++) { const [p, u] = users[i % 3]; auth.addRefreshToken(`k${i}`, record(p, u, `r${i}`)); }
    for (const [p, u] of users) expect(auth.refreshTokensOf(p, u)).toEqual(walk(auth, p, u));
    expect(auth.refreshTokensOf("p1", "ann")).toHaveLength(10);
    expect(auth.refreshTokensOf("p1", "nobody")).toEqual([]);

    // a state file fills the map directly, after a clear()
    auth.clear();
    expect(auth.refreshTokensOf("p1", "ann")).toEqual([]);
    for (let i = 0; i < 4; i++) auth.refreshTokens.set(`f${i}`, record("p1", i % 2 ? "ann" : "ben", `f${i}`));
    expect(auth.refreshTokensOf("p1", "ann")).toEqual(walk(auth, "p1", "ann"));
    expect(auth.refreshTokensOf("p1", "ann")).toHaveLength(2);
    // and tokens issued afterwards join the rebuilt index
    auth.addRefreshToken("n1", record("p1", "ann", "n1"));
    expect(auth.refreshTokensOf("p1", "ann").map((r) => r.id)).toEqual(["f1", "f3", "n1"]);
    // tokens put in the map behind the index's back are found too
    auth.refreshTokens.set("x1", record("p1", "ann", "x1"));
    expect(auth.refreshTokensOf("p1", "ann").map((r) => r.id)).toEqual(["f1", "f3", "n1", "x1"]);
  });
});

describe("AuthState sweeping", () => {
  const exchange = (expiresAt: number) => ({ poolId: "p", clientId: "c", username: "u", b: "1", B: "2", A: "3", expiresAt });

  it("drops what expired once 5 s of mock time have passed, rotations of expired tokens, and TOTP steps long gone", () => {
    const auth = new AuthState();
    auth.sweepSometimes(0);
    auth.srp.set("old", exchange(1_000));
    auth.srp.set("live", exchange(600_000));
    auth.usedTotp.add("p/u/n/1");
    auth.usedTotp.add(`p/u/n/${Math.floor(600_000 / 30_000)}`);
    auth.rotated.set("expired", { at: 0, expires: 500_000 });
    auth.rotated.set("live", { at: 0, expires: 900_000 });
    auth.sweepSometimes(4_000); // too soon: kept
    expect([...auth.srp.keys()]).toEqual(["old", "live"]);
    auth.sweepSometimes(600_000);
    expect([...auth.srp.keys()]).toEqual(["live"]);
    expect([...auth.usedTotp]).toEqual(["p/u/n/20"]);
    expect([...auth.rotated.keys()]).toEqual(["live"]);
  });

  it("with a frozen clock, sweeps when what is kept has doubled, and after the clock went back", () => {
    const auth = new AuthState();
    auth.sweepSometimes(10_000);
    for (let i = 0; i < 63; i++) { auth.srp.set(`e${i}`, exchange(5_000)); auth.sweepSometimes(10_000); }
    expect(auth.srp.size).toBe(63); // under the floor of 64: no sweep at the same instant
    auth.srp.set("e63", exchange(5_000));
    auth.sweepSometimes(10_000);
    expect(auth.srp.size).toBe(0);
    auth.srp.set("x", exchange(1_000));
    auth.sweepSometimes(9_000); // back in time
    expect(auth.srp.size).toBe(0);
  });
});
