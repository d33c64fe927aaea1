/** A curated run on a real slice (~1,600 papers of ../shared/data/papers.jsonl, --k 8) for the curate tests. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { runCli, repoRoot } from '../helpers/cli.js';
import { writeSlice } from '../estimator/slices.js';

export { haveShared } from '../estimator/slices.js';
export type Row = Record<string, string>;
export const NAME = 'Language models & evaluation';
export const csv = (file: string): Row[] => parse(readFileSync(file), { columns: true });
export const cli = (...args: string[]) => runCli(args);

/** Every file under a folder and its SHA-1, `skip` left out. */
export function hashes(folder: string, skip: string[] = []): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(folder, { recursive: true }) as string[])
      .filter((f) => statSync(path.join(folder, f)).isFile() && !skip.includes(f))
      .sort()
      .map((f) => [f, createHash('sha1').update(readFileSync(path.join(folder, f))).digest('hex')]),
  );
}

export interface CurateIds { rename: number; merge: [number, number]; hide: number; split: number }

/** Slices and a fitted run (`run/`) under test/.tmp/NAME; the ids to curate chosen by size (the largest is renamed). */
export function baseRun(name: string) {
  const dir = path.join(repoRoot, 'test/.tmp', name);
  const at = (...p: string[]) => path.join(dir, ...p);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeSlice(at('base.jsonl'), (_r, h) => h < 0.03);
  writeSlice(at('new.jsonl'), (_r, h) => h >= 0.03 && h < 0.036);
  const r = cli('run', '-i', at('base.jsonl'), '--k', '8', '--seed', '1', '-o', at('run'), '-q');
  expect(r.code, r.stderr).toBe(0);
  const topicsOf = (run: string) => csv(at(run, 'topics.csv'));
  const bySize = topicsOf('run').sort((a, b) => Number(b.size) - Number(a.size)).map((t) => Number(t.topic));
  const ids: CurateIds = { rename: bySize[0], split: bySize[1], merge: [bySize[6], bySize[7]], hide: bySize[5] };
  const curateArgs = ['--rename', `${ids.rename}=${NAME}`, '--merge', ids.merge.join(','), '--hide', String(ids.hide)];
  return { dir, at, ids, topicsOf, curateArgs };
}
