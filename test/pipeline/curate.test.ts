/**
 * Issue #25, curated topics, on a real corpus (~1,600 papers of
 * ../shared/data/papers.jsonl, --k 8): a rename and a merge show in every
 * output and the API, survive `update` and an aligned refit under another
 * seed; a split gives N topics with differing labels; hidden topics leave the
 * charts and shares; every bad input is refused with nothing written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, repoRoot } from '../helpers/cli.js';
import { haveShared, writeSlice } from '../estimator/slices.js';
import { loadModel } from '../../src/model/index.js';
import { createApp, listen } from '../../src/server/index.js';

const dir = path.join(repoRoot, 'test/.tmp/curate');
const at = (...p: string[]) => path.join(dir, ...p);
type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(file), { columns: true });
const topicsOf = (run: string) => csv(at(run, 'topics.csv'));

/** Every file under a folder and its SHA-1, `skip` left out. */
function hashes(folder: string, skip: string[] = []): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(folder, { recursive: true }) as string[])
      .filter((f) => statSync(path.join(folder, f)).isFile() && !skip.includes(f))
      .sort()
      .map((f) => [f, createHash('sha1').update(readFileSync(path.join(folder, f))).digest('hex')]),
  );
}

const cli = (...args: string[]) => runCli(args);
const NAME = 'Language models & evaluation';
let ids: { rename: number; merge: [number, number]; hide: number; split: number };

describe.skipIf(!haveShared)('curate on a real corpus', () => {
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeSlice(at('base.jsonl'), (_r, h) => h < 0.03);
    writeSlice(at('new.jsonl'), (_r, h) => h >= 0.03 && h < 0.036);
    const r = cli('run', '-i', at('base.jsonl'), '--k', '8', '--seed', '1', '-o', at('run'), '-q');
    expect(r.code, r.stderr).toBe(0);
    const bySize = topicsOf('run').sort((a, b) => Number(b.size) - Number(a.size)).map((t) => Number(t.topic));
    ids = { rename: bySize[0], split: bySize[1], merge: [bySize[6], bySize[7]], hide: bySize[5] };
  }, 120_000);

  it('a rename, a merge and a hidden topic show in every output file, the report and the API', async () => {
    const before = topicsOf('run');
    const r = cli('curate', '-m', at('run/model.json'), '--rename', `${ids.rename}=${NAME}`, '--merge', ids.merge.join(','), '--hide', String(ids.hide), '-o', at('cur'));
    expect(r.code, r.stderr).toBe(0);
    const topics = topicsOf('cur');
    const renamed = topics.find((t) => Number(t.topic) === ids.rename)!;
    expect(renamed.label).toBe(NAME);
    expect(renamed.machine_label).toBe(before.find((t) => Number(t.topic) === ids.rename)!.label);
    // The merge: one topic left, its size the sum, relabelled by c-TF-IDF; the absorbed id is gone everywhere.
    const [into, gone] = ids.merge;
    expect(topics.map((t) => Number(t.topic))).not.toContain(gone);
    const sizeOf = (rows: Row[], id: number) => Number(rows.find((t) => Number(t.topic) === id)!.size);
    expect(sizeOf(topics, into)).toBe(sizeOf(before, into) + sizeOf(before, gone));
    const docs = csv(at('cur/documents.csv'));
    expect(docs.filter((d) => Number(d.topic) === gone)).toHaveLength(0);
    expect(docs.filter((d) => Number(d.topic) === into && Number(d.subtopic) === gone)).toHaveLength(sizeOf(before, gone));
    for (const d of docs.filter((x) => Number(x.topic) === ids.rename)) expect([d.topic_label, d.machine_label]).toEqual([NAME, renamed.machine_label]);
    // Hidden: flagged in documents.csv, absent from the trend tables and charts, said in the report.
    expect(docs.filter((d) => d.hidden === 'true').length).toBe(sizeOf(before, ids.hide));
    const trends = csv(at('cur/topic_trends.csv'));
    expect(trends.some((t) => Number(t.topic) === ids.hide)).toBe(false);
    expect(trends.filter((t) => Number(t.topic) === ids.rename).every((t) => t.label === NAME)).toBe(true);
    expect(csv(at('cur/category_trends.csv')).filter((t) => Number(t.topic) === ids.rename).every((t) => t.label === NAME)).toBe(true);
    const hiddenLabel = topics.find((t) => Number(t.topic) === ids.hide)!.label;
    const sizes = readFileSync(at('cur/charts/topic-sizes.vl.json'), 'utf8');
    expect(sizes).toContain(NAME);
    expect(sizes).not.toContain(hiddenLabel);
    const report = readFileSync(at('cur/report.html'), 'utf8');
    expect(report).toContain('Language models &amp; evaluation');
    expect(report).toContain(`machine label: ${renamed.machine_label}`);
    expect(report).toMatch(/hidden topic #\d+ \(curate --hide\)/);
    const curation = JSON.parse(readFileSync(at('cur/curation.json'), 'utf8'));
    expect(curation.renames).toEqual([{ topic: ids.rename, name: NAME, at: expect.any(String) }]);
    expect(curation.merges[0].topics).toEqual(ids.merge);

    const app = createApp(await loadModel(at('cur/model.json')), { log: () => {} });
    const running = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      const api = async (p: string) => (await fetch(new URL(p, running.url))).json();
      const listed = (await api('/api/topics')).topics as { id: number; label: string; machineLabel: string; hidden: boolean }[];
      expect(listed.find((t) => t.id === ids.rename)).toMatchObject({ label: NAME, machineLabel: renamed.machine_label });
      expect(listed.find((t) => t.id === ids.hide)!.hidden).toBe(true);
      const summary = await api('/api/summary');
      expect(summary.notes.join(' ')).toContain(`#${ids.hide} (curate --hide)`);
      const over = JSON.stringify(await api('/api/charts/topics-over-time?bin=auto&metric=share'));
      expect(over).toContain(NAME);
      expect(over).not.toContain(hiddenLabel);
    } finally {
      await running.close(100);
    }
  }, 120_000);

  it('the same edits give the same files (curation.json, with its timestamps, aside); in place the folder is rewritten whole', () => {
    const edits = ['--rename', `${ids.rename}=${NAME}`, '--merge', ids.merge.join(','), '--hide', String(ids.hide)];
    expect(cli('curate', '-m', at('run/model.json'), ...edits, '-o', at('cur2')).code).toBe(0);
    const skip = ['curation.json', 'run.json'];
    expect(hashes(at('cur2'), skip)).toEqual(hashes(at('cur'), skip));
    // In place, and a curate with no edits re-applies curation.json: nothing changes.
    expect(cli('curate', '-m', at('cur2/model.json')).code).toBe(0);
    expect(hashes(at('cur2'), skip)).toEqual(hashes(at('cur'), skip));
    expect(readdirSync(dir).filter((f) => f.startsWith('cur2.'))).toEqual([]);
  }, 120_000);

  it('update keeps names and merges: new papers go into the merged topic, never the absorbed id', () => {
    const r = cli('update', '-m', at('cur/model.json'), '-i', at('new.jsonl'), '-o', at('upd'), '-q');
    expect(r.code, r.stderr).toBe(0);
    const topics = topicsOf('upd');
    expect(topics.find((t) => Number(t.topic) === ids.rename)!.label).toBe(NAME);
    expect(topics.find((t) => Number(t.topic) === ids.hide)!.hidden).toBe('true');
    const added = new Set(readFileSync(at('new.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string));
    const docs = csv(at('upd/documents.csv')).filter((d) => added.has(d.id));
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.some((d) => Number(d.topic) === ids.merge[1])).toBe(false);
    expect(existsSync(at('upd/curation.json'))).toBe(true);
  }, 120_000);

  it('an aligned refit under another seed carries each name through the lineage', async () => {
    const r = cli('run', '-i', at('base.jsonl'), '--k', '8', '--seed', '7', '--align-to', at('cur/model.json'), '-o', at('refit'), '-q');
    expect(r.code, r.stderr).toBe(0);
    const lineage = csv(at('refit/lineage.csv'));
    const topics = topicsOf('refit');
    const labelOf = (id: string) => topics.find((t) => t.topic === id)!.label;
    const rows = lineage.filter((l) => Number(l.old_topic) === ids.rename && l.new_topic !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const expected = row.relation === 'same' ? NAME : `${NAME} (${row.relation === 'split' ? 'split' : 'merged'})`;
      expect(labelOf(row.new_topic)).toContain(expected);
    }
    const curation = JSON.parse(readFileSync(at('refit/curation.json'), 'utf8'));
    expect(curation.merges[0].topics).toEqual(ids.merge);
    // Whatever did not come through as `same` is listed for a person in the notes (report and /api/summary).
    const marked = topics.filter((t) => / \((split|merged)\)$/.test(t.label));
    expect(curation.notes?.length ?? 0).toBeGreaterThanOrEqual(marked.length);
    if (curation.notes) expect(readFileSync(at('refit/report.html'), 'utf8')).toContain('refit: topic #');
  }, 180_000);

  it('a split gives N new topics with the next free ids and differing labels', () => {
    const before = topicsOf('cur');
    const r = cli('curate', '-m', at('cur/model.json'), '--split', `${ids.split}:3`, '-o', at('split'));
    expect(r.code, r.stderr).toBe(0);
    const topics = topicsOf('split');
    const next = 1 + Math.max(...before.map((t) => Number(t.topic)), ids.merge[1]);
    const fresh = topics.filter((t) => Number(t.topic) >= next);
    expect(fresh.map((t) => Number(t.topic))).toEqual([next, next + 1, next + 2]);
    expect(new Set(fresh.map((t) => t.label)).size).toBe(3);
    expect(fresh.reduce((s, t) => s + Number(t.size), 0)).toBe(Number(before.find((t) => Number(t.topic) === ids.split)!.size));
    expect(topics.some((t) => Number(t.topic) === ids.split)).toBe(false);
    expect(topics.find((t) => Number(t.topic) === ids.rename)!.label).toBe(NAME);
  }, 120_000);

  it('reduce works on a curated run: a topic that comes through whole keeps its name, a merged one is noted', () => {
    const r = cli('reduce', '-m', at('cur/model.json'), '--to', '5', '-o', at('red'));
    expect(r.code, r.stderr).toBe(0);
    const topics = topicsOf('red');
    expect(topics).toHaveLength(5);
    const named = new Set(csv(at('cur/documents.csv')).filter((d) => Number(d.topic) === ids.rename).map((d) => d.id));
    const reduced = csv(at('red/documents.csv')).filter((d) => named.has(d.id));
    const target = reduced[0].topic;
    expect(reduced.every((d) => d.topic === target && Number(d.subtopic) === ids.rename)).toBe(true);
    const whole = Number(topics.find((t) => t.topic === target)!.size) === named.size;
    const curation = JSON.parse(readFileSync(at('red/curation.json'), 'utf8'));
    if (whole) expect(topics.find((t) => t.topic === target)!.label).toBe(NAME);
    else expect(curation.notes.join(' ')).toContain(`curated topic #${ids.rename} "${NAME}" was merged`);
  }, 120_000);

  it('bad input: a clear error naming the flag or file, and nothing written', () => {
    const folder = at('cur');
    const tiny = topicsOf('cur').sort((a, b) => Number(a.size) - Number(b.size))[0];
    const cases: [string[], number, RegExp][] = [
      [['--rename', '999=Nope'], 2, /--rename: unknown topic id 999/],
      [['--hide', '999'], 2, /--hide: unknown topic id 999/],
      [['--merge', `${ids.rename},${ids.rename}`], 2, /--merge: .* merges a topic with itself/],
      [['--split', `${tiny.topic}:${Math.ceil(Number(tiny.size) / 2) + 1}`], 2, /--split: topic \d+ has \d+ papers, fewer than 2×/],
      [['--rename', `${ids.rename}=${'x'.repeat(81)}`], 2, /--rename: .*81 characters \(at most 80\)/],
      [['--rename', `${ids.rename}=tab\there`], 2, /--rename: .*control character/],
      [['--rename', 'nope'], 2, /--rename nope: expected ID=NAME/],
    ];
    const snapshot = hashes(folder);
    for (const [args, code, message] of cases) {
      const r = cli('curate', '-m', at('cur/model.json'), ...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(hashes(folder)).toEqual(snapshot);
    }
    // A curation.json broken by hand: exit 3 naming the file and the field.
    const file = at('cur/curation.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"renames": [', '"renames": [{"topic": "two"},'));
    const broken = hashes(folder);
    const r = cli('curate', '-m', at('cur/model.json'), '--hide', String(ids.rename));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}: invalid field "renames.0.topic"`);
    expect(hashes(folder)).toEqual(broken);
    writeFileSync(file, '{ not json');
    expect(cli('curate', '-m', at('cur/model.json')).stderr).toContain(`${file}: not valid JSON`);
    writeFileSync(file, good);
  }, 120_000);
});
