import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/run.js';
import { repoRoot } from '../helpers/cli.js';
import { haveShared, writeSlice } from './slices.js';
import { tempDirs } from '../helpers/tmp.js';

const tmp = tempDirs('tt-order-');

/** The same lines in a seeded shuffled order (Fisher–Yates with an LCG: independent of the engine's generators). */
function shuffledCopy(file: string, out: string): void {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let s = 12345;
  for (let i = lines.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  writeFileSync(out, lines.join('\n') + '\n');
}

async function runBoth(file: string) {
  const shuffled = path.join(tmp(), 'shuffled.jsonl');
  shuffledCopy(file, shuffled);
  const [a, b] = [tmp(), tmp()];
  await runPipeline({ inputs: [file], out: a, report: false });
  await runPipeline({ inputs: [shuffled], out: b, report: false });
  return [a, b];
}

describe('the same papers in another order give the same topics', () => {
  it('seed corpus: identical documents.csv, topics.csv and model.json', async () => {
    const [a, b] = await runBoth(path.join(repoRoot, 'data/seed.jsonl'));
    for (const f of ['documents.csv', 'topics.csv', 'topic_trends.csv']) expect(readFileSync(path.join(b, f), 'utf8')).toBe(readFileSync(path.join(a, f), 'utf8'));
    const strip = (d: string) => ({ ...JSON.parse(readFileSync(path.join(d, 'model.json'), 'utf8')), corpus: null });
    expect(strip(b)).toEqual(strip(a));
  });

  it.skipIf(!haveShared)('1,600 papers of papers.jsonl (UMAP path): the same topic for every paper', async () => {
    const file = path.join(tmp(), 'slice.jsonl');
    const ids = writeSlice(file, (_r, h) => h < 0.03);
    expect(ids.length).toBeGreaterThan(1200);
    const [a, b] = await runBoth(file);
    expect(readFileSync(path.join(b, 'documents.csv'), 'utf8')).toBe(readFileSync(path.join(a, 'documents.csv'), 'utf8'));
  }, 120_000);
});
