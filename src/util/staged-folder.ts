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
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputError } from './atomic-write.js';
import { EXIT, UserError } from './errors.js';

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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) === 'EPERM';
  }
}

/** Throw {@link OutDirError} unless `out` is absent, empty, or a run folder. */
export async function checkOutDir(out: string): Promise<void> {
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

/** Check `out`, create its staging folder, and return where to write. Fails before any work when `out` is unusable. */
export async function openRunFolder(out: string): Promise<RunFolder> {
  await checkOutDir(out);
  const resolved = path.resolve(out);
  await removeLeftovers(resolved);
  const dir = `${resolved}.partial-${process.pid}`;
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new OutputError(out, err);
  }
  const abort = () => fs.rm(dir, { recursive: true, force: true }).catch(() => {});
  return {
    out,
    dir,
    abort,
    async commit() {
      await checkOutDir(out); // something may have appeared at `out` while the run worked
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
    },
  };
}

/** Run `write` into a staging folder that replaces `out` only when it succeeds; on failure `out` is left as it was. */
export async function withRunFolder<T>(out: string, write: (dir: string) => Promise<T>): Promise<T> {
  const folder = await openRunFolder(out);
  try {
    const result = await write(folder.dir);
    await folder.commit();
    return result;
  } catch (err) {
    await folder.abort();
    throw err;
  }
}
