/**
 * Small real corpora for the hardening tests (issue #22): consecutive slices
 * of ../shared/data/papers.jsonl written to test/.tmp/, and one fitted run
 * folder per slice (`run --k 5`, a few seconds each).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runCli, sharedData } from '../helpers/cli.js';

export const papersFile = path.join(sharedData, 'papers.jsonl');
export const hasData = existsSync(papersFile);
if (!hasData) console.warn(`skipping the hardening tests: ${papersFile} is absent`);

let lines: string[] | undefined;

/** Lines [from, to) of papers.jsonl. */
export function paperLines(from: number, to: number): string[] {
  lines ??= readFileSync(papersFile, 'utf8').split('\n').filter(Boolean).slice(0, 2000);
  return lines.slice(from, to);
}

/** A fresh folder under test/.tmp/ for one test file. */
export function workDir(name: string): string {
  const dir = path.join(repoRoot, 'test/.tmp', `hardening-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Write lines as a JSON Lines file and return its path. */
export function writeLines(dir: string, name: string, rows: readonly string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

/** `run --k 5 --no-report` of `input` into `out`; throws with stderr when it fails. */
export function fit(input: string, out: string, extra: string[] = []): string {
  const r = runCli(['run', '--input', input, '--out', out, '--k', '5', '--seed', '7', '--no-report', '-q', ...extra]);
  if (r.code !== 0) throw new Error(`run failed (${r.code}): ${r.stderr}`);
  return out;
}
