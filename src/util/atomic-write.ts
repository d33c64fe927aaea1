import { promises as fs } from 'node:fs';
import path from 'node:path';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'a folder on the way does not exist',
};

/** A failed write, naming the file or folder the user asked for (not the temporary name it was staged under). */
export class OutputError extends Error {
  readonly code?: string;
  constructor(readonly path: string, cause: unknown, action = 'cannot write') {
    const code = (cause as NodeJS.ErrnoException)?.code;
    super(`${action} ${path}: ${(code && REASONS[code]) ?? (cause as Error)?.message ?? String(cause)}${code ? ` (${code})` : ''}`);
    this.name = 'OutputError';
    this.code = code;
  }
}

/**
 * Write `text` (or its pieces, for a large file) to `file` so that readers see the old file or the new one,
 * never half of it: write a temp file in the same directory (same
 * filesystem, so rename is atomic), then rename over the target. A failure
 * removes the temp file and throws an {@link OutputError} naming `file`.
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw new OutputError(file, err);
  }
}

/** A sibling temp name unique to this process and call. */
export function tempNameFor(file: string): string {
  const base = path.basename(file);
  const rand = Math.random().toString(36).slice(2, 8); // uniqueness only, not a modelling choice
  return path.join(path.dirname(file), `.${base}.${process.pid}.${rand}.tmp`);
}
