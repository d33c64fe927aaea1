/**
 * A run folder written as a whole: every file goes to a sibling staging
 * folder `DIR.partial-<pid>`, which replaces `DIR` only when the run has
 * succeeded. Readers (the dashboard, a notebook, `report`) therefore see the
 * old run or the new one, never new CSVs beside an old model.json, and files
 * of an earlier run that this one does not write (term_trends.csv) are gone.
 *
 * The swap is two renames: `DIR` → `DIR.old-<pid>`, then the staging folder
 * → `DIR`, then the old folder is removed. Between the two renames (a few
 * microseconds) `DIR` does not exist and a reader opening a file by name gets
 * ENOENT; a reader that already holds a file open keeps reading the old run.
 * A fully atomic exchange needs renameat2(RENAME_EXCHANGE), which Node does
 * not expose, and making `DIR` a symlink flipped between versions would
 * surprise every tool that copies or zips the folder.
 *
 * This is the one writer of run folders (run, update, reduce, aggregate, the
 * scaled run): it refuses an empty `--out` (path.resolve('') is the current folder,
 * which the swap would replace), writes through a symlinked `--out` into its target
 * (the link stays), and holds `DIR.lock` so a second writer waits (util/folder-lock.ts).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputError } from './atomic-write.js';
import { EXIT, UserError } from './errors.js';
import { LOCK_WAIT_MS, alive, takeLock } from './folder-lock.js';

/** Files that mark a folder as a topictrends run (safe to replace as a whole). */
const RUN_MARKERS = ['run.json', 'model.json'];

/** `--out` names something that must not be replaced: a file, or a non-empty folder that is not a run. */
export class OutDirError extends UserError {
  constructor(readonly path: string, reason: string) {
    super(`--out ${path} ${reason}`, EXIT.usage);
    this.name = 'OutDirError';
  }
}

export interface RunFolder {
  /** The folder the user named. */
  out: string;
  /** Where to write every file of the run (the staging folder). */
  dir: string;
  /** Swap the staged run in; the previous run, if any, is removed. */
  commit(): Promise<void>;
  /** Remove the staging folder, leaving `out` as it was. */
  abort(): Promise<void>;
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

/** Throw {@link OutDirError} unless `out` is absent, empty, or a run folder. */
export async function checkOutDir(out: string, partsOnly = false): Promise<void> {
  if (!out.trim()) throw new OutDirError(out, 'is empty: name the folder to write (the current folder is never replaced)');
  let entries: string[];
  try {
    const stat = await fs.stat(out);
    if (!stat.isDirectory()) throw new OutDirError(out, 'is a file, not a folder');
    entries = await fs.readdir(out);
  } catch (err) {
    if (err instanceof OutDirError) throw err;
    if (errno(err) === 'ENOENT') return;
    if (errno(err) === 'ENOTDIR') throw new OutDirError(out, 'cannot be created: a part of the path is a file, not a folder');
    throw new OutputError(out, err, 'cannot read');
  }
  if (partsOnly && entries.length === 1 && entries[0] === 'parts') return;
  if (entries.length > 0 && !RUN_MARKERS.some((m) => entries.includes(m))) {
    throw new OutDirError(out, `is a non-empty folder without run.json or model.json, so not a topictrends run folder: it is left untouched (choose a new or empty folder)`);
  }
}

/**
 * Folders left by a process that died mid-run: a staging folder is removed;
 * an old run is removed when `out` exists, and moved back when the process
 * died between the two renames of the swap (so a crash never loses the old run).
 */
async function removeLeftovers(resolved: string): Promise<void> {
  const parent = path.dirname(resolved);
  const base = path.basename(resolved);
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(partial|old)-(\\d+)$`);
  let names: string[] = [];
  try {
    names = await fs.readdir(parent);
  } catch {
    return;
  }
  const dead = names
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter(({ m }) => m && (Number(m[2]) === process.pid || !alive(Number(m[2]))))
    .sort((a, b) => (a.m![1] === 'old' ? -1 : 1) - (b.m![1] === 'old' ? -1 : 1));
  for (const { name, m } of dead) {
    const full = path.join(parent, name);
    if (m![1] === 'old' && !(await exists(resolved))) await fs.rename(full, resolved);
    else await fs.rm(full, { recursive: true, force: true });
  }
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

/** The folder `out` names: a symlink's target (followed to the end, even when the target does not exist yet), else `out` itself, absolute. */
export async function resolveOut(out: string): Promise<string> {
  let current = path.resolve(out);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!(await fs.lstat(current)).isSymbolicLink()) return current;
      link = await fs.readlink(current);
    } catch (err) {
      if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') return current;
      throw new OutputError(out, err, 'cannot read');
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw new OutDirError(out, 'is a symlink loop');
}

export interface OpenOptions {
  /** How long to wait for another writer of the same folder. Default LOCK_WAIT_MS. */
  lockWaitMs?: number;
  /** Also take a folder holding only `parts/` (transform's, the Dask runner's); the caller carries them over. */
  partsOnly?: boolean;
}

/** Check `out`, lock it, create its staging folder, and return where to write. Fails before any work when `out` is unusable. */
export async function openRunFolder(out: string, options: OpenOptions = {}): Promise<RunFolder> {
  await checkOutDir(out, options.partsOnly);
  const resolved = await resolveOut(out);
  const release = await takeLock(out, `${resolved}.lock`, options.lockWaitMs ?? LOCK_WAIT_MS);
  const dir = `${resolved}.partial-${process.pid}`;
  try {
    await checkOutDir(resolved, options.partsOnly); // the writer we waited for may have left something else there
    await removeLeftovers(resolved);
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    await release();
    throw err instanceof UserError ? err : new OutputError(out, err);
  }
  let released = false;
  const unlock = async () => {
    if (!released) await release();
    released = true;
  };
  const abort = async () => {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => {});
    await unlock();
  };
  return {
    out,
    dir,
    abort,
    async commit() {
      await checkOutDir(resolved, options.partsOnly); // something may have appeared at `out` while the run worked
      const old = `${resolved}.old-${process.pid}`;
      let moved = false;
      try {
        await fs.rename(resolved, old);
        moved = true;
      } catch (err) {
        if (errno(err) !== 'ENOENT') throw new OutputError(out, err, 'cannot replace');
      }
      try {
        await fs.rename(dir, resolved);
      } catch (err) {
        if (moved) await fs.rename(old, resolved).catch(() => {});
        throw new OutputError(out, err, 'cannot replace');
      }
      if (moved) await fs.rm(old, { recursive: true, force: true });
      await unlock();
    },
  };
}

/** Run `write` into a staging folder that replaces `out` only when it succeeds; on failure `out` is left as it was. */
export async function withRunFolder<T>(out: string, write: (dir: string) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const folder = await openRunFolder(out, options);
  try {
    const result = await write(folder.dir);
    await folder.commit();
    return result;
  } catch (err) {
    await folder.abort();
    throw err;
  }
}

/**
 * Hold `out`'s lock while `work` writes single files into the existing folder
 * (`trends` and `report` add tables and charts beside a run's model.json), so
 * they never interleave with an `update` or `run` swapping that folder.
 */
export async function withFolderLock<T>(out: string, work: () => Promise<T>, options: OpenOptions = {}): Promise<T> {
  await checkOutDir(out, options.partsOnly);
  const resolved = await resolveOut(out);
  const release = await takeLock(out, `${resolved}.lock`, options.lockWaitMs ?? LOCK_WAIT_MS);
  try {
    return await work();
  } finally {
    await release();
  }
}
