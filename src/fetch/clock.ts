/**
 * Time as the fetchers see it. Injected so tests can run a whole polite,
 * rate-limited crawl in milliseconds and still check the spacing it would
 * have had against the real services.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Resolve after `ms` milliseconds (immediately for `ms <= 0`). */
  sleep(ms: number): Promise<void>;
}

/** The wall clock and real timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
};

/**
 * A virtual clock: `sleep` returns at once and advances `now` by the time
 * slept. Every sleep is recorded so tests can assert backoffs and Retry-After.
 */
export class FakeClock implements Clock {
  /** Every `sleep(ms)` call with `ms > 0`, in order. */
  readonly sleeps: number[] = [];
  constructor(private time: number = Date.UTC(2025, 3, 1)) {}
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    if (ms <= 0) return;
    this.sleeps.push(ms);
    this.time += ms;
  }
  /** Move time forward without a sleep (e.g. to model time spent on the wire). */
  advance(ms: number): void {
    this.time += ms;
  }
}
