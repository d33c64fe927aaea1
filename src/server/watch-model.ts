/**
 * Reload a served model when its file changes (an `update` or a rerun wrote
 * it). Polls the file's identity (inode, size, mtime) rather than using
 * fs.watch: writers replace model.json by rename, sometimes the whole folder,
 * which fs.watch loses track of; a stat every second costs nothing.
 * A model that fails to load (half-copied by hand, wrong version) is reported
 * and the old one keeps being served.
 */
import { stat } from 'node:fs/promises';

export interface WatchOptions {
  /** Poll interval. Default 1,000 ms. */
  intervalMs?: number;
  /** Called with the file when it changed and has been stable for one interval. */
  onChange: (file: string) => Promise<void>;
  log?: (message: string) => void;
}

export function watchModelFile(file: string, options: WatchOptions): { stop(): void } {
  const interval = options.intervalMs ?? 1000;
  const log = options.log ?? ((m: string) => console.error(m));
  let seen: string | null = null;
  let pending: string | null = null;
  let busy = false;
  const identity = async () => {
    try {
      const s = await stat(file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return null;
    }
  };
  void identity().then((id) => (seen = id));
  const timer = setInterval(async () => {
    if (busy) return;
    const id = await identity();
    if (id === null || id === seen) return void (pending = null);
    // Wait one more tick with the same identity: the writer has finished.
    if (pending !== id) return void (pending = id);
    busy = true;
    try {
      await options.onChange(file);
      seen = id;
    } catch (err) {
      log(`topictrends serve: ${file} changed but could not be loaded, still serving the previous model: ${(err as Error).message}`);
      seen = id;
    } finally {
      pending = null;
      busy = false;
    }
  }, interval);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
