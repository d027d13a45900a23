// The mock's notion of now. Codes, sessions and tokens expire by this clock, so tests move it instead
// of sleeping.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Move time forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Jump to a moment; with freeze, time then stands still until advanced. */
  set(ms: number, options?: { freeze?: boolean }): void;
  /** Stop or restart the clock at the current moment. */
  freeze(): void;
  unfreeze(): void;
  readonly frozen: boolean;
  /** Back to how it was created: running, at real time (or the start it was given, then running). */
  reset(): void;
}

export function createClock(start?: number, source: () => number = Date.now): Clock {
  const initialOffset = start === undefined ? 0 : start - source();
  let offset = initialOffset;
  let frozenAt: number | undefined;
  return {
    now: () => frozenAt ?? source() + offset,
    advance(ms) {
      if (frozenAt !== undefined) frozenAt += ms;
      else offset += ms;
    },
    set(ms, options) {
      offset = ms - source();
      frozenAt = options?.freeze ? ms : frozenAt === undefined ? undefined : ms;
    },
    freeze() { frozenAt ??= source() + offset; },
    unfreeze() {
      if (frozenAt !== undefined) { offset = frozenAt - source(); frozenAt = undefined; }
    },
    get frozen() { return frozenAt !== undefined; },
    reset() { offset = initialOffset; frozenAt = undefined; },
  };
}

/** AWS timestamps: epoch seconds, with milliseconds as a fraction. */
export const epochSeconds = (ms: number): number => Math.floor(ms) / 1000;
