/**
 * Seconds per stage and peak memory, recorded for run.json and the bench table,
 * plus a progress hook the CLI turns into bars on stderr (the library stays silent).
 */

export interface Progress {
  /** A stage begins; `total` is known for stages with countable work. */
  start(stage: string, total?: number): void;
  /** Work done so far in the current stage (absolute, not incremental), out of `total` when known. */
  update(done: number, total?: number): void;
  /** The current stage ended. */
  stop(): void;
}

export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export class StageClock {
  readonly seconds: Record<string, number> = {};

  constructor(private readonly progress: Progress = silentProgress) {}

  /** Time a synchronous or asynchronous stage under `name` (times add up if a name repeats). */
  async time<T>(name: string, fn: (progress: Progress) => T | Promise<T>, total?: number): Promise<T> {
    const t0 = performance.now();
    this.progress.start(name, total);
    try {
      return await fn(this.progress);
    } finally {
      this.progress.stop();
      const s = (performance.now() - t0) / 1000;
      this.seconds[name] = round3((this.seconds[name] ?? 0) + s);
    }
  }

  get total(): number {
    return round3(Object.values(this.seconds).reduce((a, b) => a + b, 0));
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
