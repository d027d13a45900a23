// The LRU behind the verified-token and filtered-user caches: bounded, least recently used out first.
import { describe, expect, it } from "vitest";
import { Lru } from "../../src/engine/lru.js";

describe("Lru", () => {
  it("drops the least recently used entry when full, counting gets as uses", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3); // b goes
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([1, undefined, 3]);
  });

  it("keeps the order right when the most recent entry is asked for again and again", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    for (let i = 0; i < 3; i++) expect(lru.get("b")).toBe(2);
    lru.set("c", 3); // a, the least recent, goes
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([undefined, 2, 3]);
    // an equal key built anew counts as the same key
    expect(lru.get(["c"].join(""))).toBe(3);
    lru.set("d", 4); // b goes
    expect([lru.get("b"), lru.get("c"), lru.get("d")]).toEqual([undefined, 3, 4]);
  });

  it("replaces a value set again without growing", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("b", 20);
    lru.set("a", 10); // a most recent, b least
    lru.set("c", 3);
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([10, undefined, 3]);
  });
});
