/** Deterministic slices of ../shared/data/papers.jsonl for the estimator tests (by SHA-1 of the id, like the data's own sampling). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedData } from '../helpers/cli.js';

export const papersFile = path.join(sharedData, 'papers.jsonl');
export const haveShared = existsSync(papersFile);

interface Row { id: string; categories: string[]; date: string }
let cache: { line: string; row: Row; h: number }[] | null = null;

function rows() {
  if (!cache) {
    cache = readFileSync(papersFile, 'utf8').split('\n').filter(Boolean).map((line) => {
      const row = JSON.parse(line) as Row;
      const h = createHash('sha1').update(row.id).digest().readUInt32BE(0) / 2 ** 32;
      return { line, row, h };
    });
  }
  return cache;
}

/** Write the papers passing `keep` to `file`; returns their ids. */
export function writeSlice(file: string, keep: (row: Row, h: number) => boolean): string[] {
  const picked = rows().filter((r) => keep(r.row, r.h));
  writeFileSync(file, picked.map((r) => r.line).join('\n') + '\n');
  return picked.map((r) => r.row.id);
}

export const primary = (r: Row) => r.categories[0];
export { path };
