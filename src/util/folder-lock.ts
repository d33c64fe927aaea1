/**
 * One writer per run folder: a lock file `DIR.lock` beside the folder holds
 * the writer's pid. Two `update`s into one folder used to both read the old
 * model and both swap in their own result, so the first one's papers were
 * lost (issue #22, case 3); with the lock the second waits, then reads the
 * first one's result. A lock whose pid is dead (a killed run) is taken over.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from './errors.js';

/** How long a second writer waits for the first by default: 10 minutes (a 52k-paper `run` takes about 4). */
export const LOCK_WAIT_MS = 10 * 60_000;

/** Between two looks at a held lock: short enough that a waiting `update` starts soon after the first ends. */
const POLL_MS = 100;

/** The folder is being written by another live process and did not become free in time (exit 2, naming --out). */
export class FolderLockedError extends UserError {
  override name = 'FolderLockedError';
  constructor(readonly out: string, readonly lockFile: string, pid: number, waitedMs: number) {
    super(`--out ${out} is being written by another topictrends process (pid ${pid}, lock file ${lockFile}); waited ${Math.round(waitedMs / 1000)} s. Wait for it to finish, or remove ${lockFile} if that process is gone.`, EXIT.usage);
  }
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

/** Whether a process with this pid exists (EPERM: it exists but is another user's). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) === 'EPERM';
  }
}

async function holder(lockFile: string): Promise<number | undefined> {
  try {
    return Number((await fs.readFile(lockFile, 'utf8')).trim());
  } catch (err) {
    if (errno(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Take `lockFile` for this process, waiting up to `waitMs` for a live holder.
 * Returns the release function. A stale lock is renamed away first, so of two
 * processes that both find it stale only one takes it over.
 */
export async function takeLock(out: string, lockFile: string, waitMs = LOCK_WAIT_MS): Promise<() => Promise<void>> {
  const start = Date.now();
  // The folder's parent may not exist yet (a first run into a/b/c): the lock sits beside the folder.
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => fs.rm(lockFile, { force: true });
    } catch (err) {
      if (errno(err) !== 'EEXIST') throw err;
    }
    const pid = await holder(lockFile);
    if (pid === undefined) continue; // released between our two looks
    if (!alive(pid)) {
      // A lock just created may not hold its pid yet (empty file: NaN): only a parsed dead pid is stale.
      if (Number.isNaN(pid)) await sleep(POLL_MS);
      else await fs.rename(lockFile, `${lockFile}.stale-${process.pid}`).then(() => fs.rm(`${lockFile}.stale-${process.pid}`, { force: true }), () => {});
      continue;
    }
    if (Date.now() - start >= waitMs) throw new FolderLockedError(out, lockFile, pid, Date.now() - start);
    await sleep(POLL_MS);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
