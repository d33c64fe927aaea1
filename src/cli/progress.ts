import { SingleBar, Presets } from 'cli-progress';
import type { Progress } from '../util/index.js';

/**
 * Progress on stderr. On a terminal, a bar for stages that report their work
 * (reading: bytes of input) and the stage name for the others; everywhere, one
 * line per finished stage with its duration, so logs (CI, files) stay readable.
 */
export function stderrProgress(quiet = false): Progress {
  let stage = '';
  let t0 = 0;
  let bar: SingleBar | undefined;
  const tty = Boolean(process.stderr.isTTY) && !quiet;
  return {
    start(name) {
      stage = name;
      t0 = performance.now();
      if (tty) process.stderr.write(`${name} …\r`);
    },
    update(done, total) {
      if (!tty || !total) return;
      if (!bar) {
        bar = new SingleBar({ format: `${stage.padEnd(8)} [{bar}] {percentage}% | {eta}s left`, stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(Math.min(done, total));
    },
    stop() {
      bar?.stop();
      bar = undefined;
      if (!quiet) process.stderr.write(`${stage.padEnd(8)} ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    },
  };
}
