import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Paper } from '../corpus/index.js';
import { parseArxivId } from './arxiv-id.js';
import { tempNameFor } from '../util/index.js';

/**
 * One JSON Lines record per paper, in the flat shape of the shared corpora
 * (`id, title, abstract, date, categories, source`), with `Paper.extra`
 * fields written at the top level (a reader keeps unknown fields as extra).
 */
export function paperToJsonLine(paper: Paper): string {
  const { extra, datePrecision: _precision, ...known } = paper;
  return JSON.stringify({ ...known, ...extra });
}

/** The ids already in a JSONL output (versions stripped); an absent file has none. Bad lines throw naming file:line. */
export async function readExistingIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  try {
    await fs.access(file);
  } catch {
    return ids;
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown;
    try {
      id = (JSON.parse(line) as { id?: unknown }).id;
    } catch (err) {
      throw new Error(`${file}:${lineNo}: not valid JSON (${(err as Error).message}); fix or move the file before appending to it`);
    }
    if (typeof id !== 'string' || !id) throw new Error(`${file}:${lineNo}: record has no string "id"`);
    ids.add(parseArxivId(id)?.id ?? id);
  }
  return ids;
}

/**
 * Append `papers` to `file` without ever leaving it half-written: copy the
 * current file to a temp file beside it, append there, then rename over the
 * original. Creates the file (and its directory) if absent.
 */
export async function appendPapersAtomic(file: string, papers: Paper[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  try {
    let prefix = '';
    try {
      await fs.copyFile(file, tmp);
      if (!(await endsWithNewline(tmp))) prefix = '\n';
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      await fs.writeFile(tmp, '');
    }
    const text = papers.map((p) => paperToJsonLine(p) + '\n').join('');
    if (text) await fs.appendFile(tmp, prefix + text);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const buf = Buffer.alloc(1);
    await handle.read(buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
  } finally {
    await handle.close();
  }
}
