import type { Progress } from '../util/index.js';

/** Redraws of the live line at most this often: a stage reporting every UMAP epoch would flood a slow terminal. */
const REDRAW_MS = 200;
/** The live line's clock ticks this often while a stage runs on other threads (UMAP) or awaits I/O. */
const TICK_MS = 1000;
const BAR = 24;

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** "[███░░░] 45% 90/200, 12 s left" from the work done so far and the time it took. */
export function progressLine(stage: string, elapsedMs: number, done?: number, total?: number): string {
  // A stage that holds the thread (svd, knn) redraws only when it reports work: no clock for it.
  const head = elapsedMs < 1000 ? stage.padEnd(10) : `${stage.padEnd(10)} ${seconds(elapsedMs)}`;
  if (!total || done === undefined) return `${head} running…`;
  const f = Math.min(1, done / total);
  const filled = Math.round(f * BAR);
  const eta = done > 0 ? seconds((elapsedMs / done) * (total - done)) : '?';
  return `${head} [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${Math.round(f * 100)}% ${done}/${total}, ${eta} left`;
}

/**
 * Progress on stderr. On a terminal (and without --quiet) every stage shows a live line,
 * numbered, with its running time, and a bar with the time left for stages that count
 * their work (reading: bytes; UMAP: epochs; charts: views); everywhere but --quiet, one
 * line per finished stage with its duration, so logs (CI, files) stay readable.
 */
export function stderrProgress(quiet = false, stream: NodeJS.WriteStream = process.stderr): Progress {
  const live = Boolean(stream.isTTY) && !quiet;
  let stage = '';
  let n = 0;
  let t0 = 0;
  let lastDraw = 0;
  let counts: { done: number; total?: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const draw = (force = false) => {
    const now = performance.now();
    if (!live || (!force && now - lastDraw < REDRAW_MS)) return;
    lastDraw = now;
    stream.write(`\r\x1b[2K${progressLine(`[${n}] ${stage}`, now - t0, counts?.done, counts?.total)}`);
  };
  return {
    start(name, total) {
      stage = name;
      n++;
      t0 = performance.now();
      counts = total ? { done: 0, total } : undefined;
      draw(true);
      if (live) timer = setInterval(() => draw(true), TICK_MS).unref();
    },
    update(done, total) {
      const first = counts === undefined; // the first count turns the line into a bar at once
      counts = { done, total: total ?? counts?.total };
      draw(first);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      if (live) stream.write('\r\x1b[2K');
      if (!quiet) stream.write(`${stage.padEnd(8)} ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    },
  };
}
