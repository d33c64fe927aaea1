import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Write `text` to `file` so that readers see the old file or the new one,
 * never half of it: write a temp file in the same directory (same
 * filesystem, so rename is atomic), then rename over the target.
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  try {
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** A sibling temp name unique to this process and call. */
export function tempNameFor(file: string): string {
  const base = path.basename(file);
  const rand = Math.random().toString(36).slice(2, 8); // uniqueness only, not a modelling choice
  return path.join(path.dirname(file), `.${base}.${process.pid}.${rand}.tmp`);
}
