import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../util/index.js';

/** One stored response. */
interface CacheEntry {
  url: string;
  /** ISO timestamp of when it was fetched. */
  fetchedAt: string;
  body: string;
}

/**
 * Raw response bodies on disk, keyed by request URL (file name = SHA-256 of
 * the URL). Only responses that parsed are stored, so a re-run costs no
 * requests for what already succeeded and retries what did not.
 */
export class ResponseCache {
  constructor(readonly dir: string) {}

  private fileFor(url: string): string {
    return path.join(this.dir, 'responses', `${createHash('sha256').update(url).digest('hex')}.json`);
  }

  /** The stored body for `url`, or undefined. A corrupt entry counts as missing. */
  async get(url: string): Promise<string | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.fileFor(url), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      const entry = JSON.parse(text) as CacheEntry;
      return entry.url === url && typeof entry.body === 'string' ? entry.body : undefined;
    } catch {
      return undefined;
    }
  }

  async put(url: string, body: string, fetchedAt: Date): Promise<void> {
    const entry: CacheEntry = { url, fetchedAt: fetchedAt.toISOString(), body };
    await writeFileAtomic(this.fileFor(url), JSON.stringify(entry));
  }

  async delete(url: string): Promise<void> {
    await fs.rm(this.fileFor(url), { force: true });
  }
}
