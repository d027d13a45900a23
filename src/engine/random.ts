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
const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const VARIANT_CODES = Array.from("89ab", (c) => c.charCodeAt(0));

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
  // sfc32. The state lives in an Int32Array: kept as unsigned numbers in closure variables, every word
  // at or above 2^31 was a new heap number, ~2 KB of garbage per uuid.
  const state = Int32Array.from(seedWords(String(seed)));
  const next32 = () => {
    let a = state[0], b = state[1], c = state[2], d = state[3];
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    state[0] = a; state[1] = b; state[2] = c; state[3] = d;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();
  const next = () => next32() / 4294967296;
  const int = (n: number) => Math.floor(next() * n);
  // Character codes gathered in one array and made a string once: appending character by character
  // built a chain of intermediate strings, 2.5x slower. uuid writes its own 36 codes the same way.
  const codes: number[] = [];
  const uuidCodes: number[] = new Array(36).fill(0);
  const string = (n: number, alphabet: string): string => {
    if (n > 4096) return string(4096, alphabet) + string(n - 4096, alphabet);
    codes.length = n;
    for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(int(alphabet.length));
    return String.fromCharCode.apply(null, codes);
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
      // the draws string(32, hex) makes, written straight into the 36 characters: hex digit 12 becomes
      // the version and, for version 4, digit 16 the variant (one more draw)
      let at = 0;
      for (let i = 0; i < 32; i++) {
        if (i === 8 || i === 12 || i === 16 || i === 20) uuidCodes[at++] = 45; // "-"
        uuidCodes[at++] = HEX_CODES[next32() >>> 28];
      }
      uuidCodes[14] = 48 + version;
      if (version === 4) uuidCodes[19] = VARIANT_CODES[int(4)];
      return String.fromCharCode.apply(null, uuidCodes);
    },
  };
}

function defaultSeed(): string {
  const g = globalThis.crypto;
  if (g?.getRandomValues) return Array.from(g.getRandomValues(new Uint32Array(4))).join("-");
  return `${Date.now()}-${Math.random()}`;
}
