import type { Clock } from './clock.js';

/**
 * Spaces request starts at least `delayMs` apart and runs one request at a
 * time. arXiv's API terms ask for "no more than one request every three
 * seconds" on "a single connection"; serializing here means a caller cannot
 * break that by accident with a `Promise.all`.
 */
export class RequestScheduler {
  private lastStart = Number.NEGATIVE_INFINITY;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param delayMs minimum gap between the starts of two requests (ms).
   * @param clock time source; `systemClock` in production.
   */
  constructor(
    readonly delayMs: number,
    private readonly clock: Clock,
  ) {
    if (!(delayMs >= 0)) throw new RangeError(`delay must be >= 0 ms, got ${delayMs}`);
  }

  /** Wait for our turn and the politeness gap, then run `task` alone. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      await this.clock.sleep(this.lastStart + this.delayMs - this.clock.now());
      this.lastStart = this.clock.now();
      return task();
    });
    // The queue must survive a failed task, or one error would wedge every later request.
    this.queue = result.catch(() => undefined);
    return result;
  }
}
