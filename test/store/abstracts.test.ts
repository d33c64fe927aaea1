import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/index.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { updatePipeline } from '../../src/pipeline/update.js';
import { runReduce } from '../../src/pipeline/reduce-run.js';
import { ABSTRACTS_FILE, openAbstracts, writeAbstracts } from '../../src/store/abstracts.js';
import { repoRoot } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'tt-abstracts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('abstracts beside the model', () => {
  it('round-trips any text, tabs and line breaks flattened, by id', async () => {
    const dir = path.join(tmp, 'plain');
    await writeAbstracts(dir, [['b', 'Second\tabstract\nover lines'], ['a', 'Première: ünïcode ✓ 中文'], ['c', '']]);
    const store = (await openAbstracts(dir))!;
    expect(store.size).toBe(3);
    expect(store.get('a')).toBe('Première: ünïcode ✓ 中文');
    expect(store.get('b')).toBe('Second abstract over lines');
    expect(store.get('c')).toBe('');
    expect(store.get('zz')).toBeUndefined();
    expect([...store.entries()].map(([id]) => id)).toEqual(['a', 'b', 'c']);
    store.close();
    expect(await openAbstracts(path.join(tmp, 'none'))).toBeNull();
  });

  it('run writes every paper\'s abstract, update carries them over and adds the new ones, reduce copies them', async () => {
    const seed = path.join(repoRoot, 'data/seed.jsonl');
    const { papers } = await readCorpus([seed]);
    const first = path.join(tmp, 'run');
    // The first 60 papers, then an update with the rest.
    const older = path.join(tmp, 'older.jsonl');
    const lines = readFileSync(seed, 'utf8').split('\n').filter(Boolean);
    await import('node:fs').then((fs) => fs.writeFileSync(older, lines.slice(0, 60).join('\n') + '\n'));
    const run = await runPipeline({ inputs: [older], out: first, report: false });
    expect(run.files).toContain(ABSTRACTS_FILE);
    expect((await openAbstracts(first))!.size).toBe(60);

    const updated = path.join(tmp, 'updated');
    await updatePipeline({ model: path.join(first, 'model.json'), inputs: [seed], out: updated, report: false });
    const store = (await openAbstracts(updated))!;
    expect(store.size).toBe(papers.length);
    for (const p of papers.slice(55, 65)) expect(store.get(p.id)).toBe(p.abstract.replace(/\s+/g, ' ').trim());
    store.close();

    const reduced = path.join(tmp, 'reduced');
    await runReduce({ model: path.join(updated, 'model.json'), to: 2, out: reduced, report: false });
    expect((await openAbstracts(reduced))!.size).toBe(papers.length);
  }, 120_000);
});
