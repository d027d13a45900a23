// Seeded randomness: ids, codes and secrets come from here so a seed reproduces a whole session.
// sfc32 is small, fast and statistically sound for this purpose; it is not for secrets that protect
// anything real (nothing in a mock does).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** n characters drawn from the alphabet. */
  string(n: number, alphabet: string): string;
  bytes(n: number): Uint8Array;
  /** A UUID in the shape newer Cognito pools give subs: version nibble 7, otherwise random. */
  uuid(version?: 4 | 7): string;
}

export const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const LOWER_ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz";
export const DIGITS = "0123456789";
const HEX = "0123456789abcdef";

/** cyrb128: spreads any seed string over four 32-bit words. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRandom(seed: string | number = defaultSeed()): Random {
  let [a, b, c, d] = seedWords(String(seed));
  const next32 = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();
  const next = () => next32() / 4294967296;
  const int = (n: number) => Math.floor(next() * n);
  const string = (n: number, alphabet: string) => {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)];
    return s;
  };
  return {
    next,
    int,
    string,
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const w = next32();
        for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (w >>> (8 * j)) & 0xff;
      }
      return out;
    },
    uuid(version = 7) {
      const h = string(32, HEX);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${version}${h.slice(13, 16)}-${version === 4 ? "89ab"[int(4)] : h[16]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

function defaultSeed(): string {
  const g = globalThis.crypto;
  if (g?.getRandomValues) return Array.from(g.getRandomValues(new Uint32Array(4))).join("-");
  return `${Date.now()}-${Math.random()}`;
}
