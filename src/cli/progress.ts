import type { Progress } from '../util/stages.js';

/**
 * Progress on stderr: a line per stage with its duration, so logs (CI, files)
 * stay readable; on a terminal the current stage is shown while it runs.
 */
export function stderrProgress(quiet = false): Progress {
  let stage = '';
  let t0 = 0;
  const tty = process.stderr.isTTY;
  return {
    start(name) {
      stage = name;
      t0 = performance.now();
      if (tty && !quiet) process.stderr.write(`${name} …\r`);
    },
    update() {},
    stop() {
      if (!quiet) process.stderr.write(`${stage.padEnd(8)} ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    },
  };
}
