import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../util/index.js';

/** How far one crawl (one query + window) got. */
export interface CrawlProgress {
  /** What was crawled: source, query, window, page size. */
  key: string;
  /** Pages (arXiv) or days (HF) completed so far. */
  completed: number;
  /** The last completed unit, e.g. `start=200` or `2025-03-04`. */
  lastCompleted: string;
  /** Units in the whole crawl, when known. */
  total?: number;
  /** True once every unit succeeded and the output was written. */
  finished: boolean;
  updatedAt: string;
}

/**
 * The last completed page of each crawl, beside the response cache. The
 * cached pages are what make a resumed run cheap; this record is what lets
 * it say where it is resuming from.
 */
export class ProgressStore {
  constructor(readonly dir: string) {}

  private fileFor(key: string): string {
    return path.join(this.dir, 'progress', `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async load(key: string): Promise<CrawlProgress | undefined> {
    try {
      const p = JSON.parse(await fs.readFile(this.fileFor(key), 'utf8')) as CrawlProgress;
      return p.key === key ? p : undefined;
    } catch {
      return undefined;
    }
  }

  async save(progress: CrawlProgress): Promise<void> {
    await writeFileAtomic(this.fileFor(progress.key), JSON.stringify(progress, null, 2) + '\n');
  }
}
