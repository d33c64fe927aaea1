/**
 * Issue #21's last item: `curate` on a scaled run (papers in transform parts)
 * covers every paper, not the fit sample: a rename, a merge, a split and a
 * hidden topic on 2,000 papers of papers.jsonl fitted on 800; then trends,
 * report, aggregate, serve, reduce and update on the result see the curated
 * topics over all papers; a curate killed mid-write leaves the run as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot, runCli } from '../helpers/cli.js';
import { hashes } from '../pipeline/curate-fixture.js';
import { openRun } from '../../src/pipeline/index.js';
import { createApp, listen } from '../../src/server/index.js';
import { modelFingerprint, readPartIdentity } from '../../src/store/index.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the scaled curate tests: ${file} is absent`);
const CORPUS = 2000;
const NAME = 'Agents & tools';
let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
type Row = Record<string, string>;
const csv = (f: string): Row[] => parse(readFileSync(f), { columns: true });
const sumOf = (rows: Row[], col: string) => rows.reduce((s, r) => s + Number(r[col]), 0);
const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
/** Topic ids by size, largest first (the edits are chosen from them, not hard-coded). */
let ids: { rename: number; split: number; merge: [number, number]; hide: number };
let before: Map<string, Row>;

beforeAll(() => {
  if (!hasData) return;
  dir = path.join(repoRoot, 'test/.tmp/curate-scaled');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  writeFileSync(at('a.jsonl'), lines.filter((_, i) => i % 20 === 0).slice(0, CORPUS).join('\n') + '\n');
  writeFileSync(at('b.jsonl'), lines.filter((_, i) => i % 20 === 1).slice(0, 300).join('\n') + '\n');
  const r = runCli(['run', '--input', at('a.jsonl'), '--out', at('scaled'), '--scale-threshold', '1000', '--fit-sample', '800', '--k', '5', '--workers', '2', '--quiet']);
  if (r.code !== 0) throw new Error(r.stderr);
  const bySize = csv(at('scaled', 'topics.csv')).sort((a, b) => Number(b.size) - Number(a.size)).map((t) => Number(t.topic));
  ids = { rename: bySize[0], split: bySize[1], hide: bySize[2], merge: [bySize[3], bySize[4]] };
  before = new Map(csv(at('scaled', 'documents.csv')).map((d) => [d.id, d]));
  const c = runCli(['curate', '--model', at('scaled'), '--rename', `${ids.rename}=${NAME}`, '--merge', ids.merge.join(','),
    '--split', `${ids.split}:2`, '--hide', String(ids.hide), '--out', at('cur')]);
  if (c.code !== 0) throw new Error(c.stderr);
}, 600_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('curate on a scaled run', () => {
  it('relabels every paper of the parts: merged ids gone, the split topic\'s papers all in its new topics, documents.csv whole', async () => {
    const run = json(at('cur', 'run.json'));
    expect(run.counts.transformed).toBe(CORPUS);
    expect(run.counts.kept).toBe(CORPUS);
    expect(run.counts.read).toBe(run.counts.kept + Object.values(run.counts.skipped as Record<string, number>).reduce((a, b) => a + b, 0));
    const docs = csv(at('cur', 'documents.csv'));
    expect(docs).toHaveLength(CORPUS);
    expect(new Set(docs.map((d) => d.id))).toEqual(new Set(before.keys()));
    const into = json(at('cur', 'curation.json')).splits[0].into as number[];
    expect(into).toHaveLength(2);
    const [kept, gone] = ids.merge;
    for (const d of docs) {
      const was = Number(before.get(d.id)!.topic);
      if (was === ids.split) expect(into).toContain(Number(d.topic));
      else if (was === gone) expect([d.topic, d.subtopic]).toEqual([String(kept), String(gone)]);
      else expect(d.topic).toBe(String(was));
      expect(d.hidden).toBe(String(Number(d.topic) === ids.hide));
    }
    // Both new topics hold papers, beyond the fit sample (800 papers) too.
    for (const t of into) expect(docs.filter((d) => Number(d.topic) === t).length).toBeGreaterThan(0);
    const renamed = docs.filter((d) => Number(d.topic) === ids.rename);
    expect(renamed.every((d) => d.topic_label === NAME && d.machine_label === before.get(d.id)!.topic_label)).toBe(true);
    // Topic sizes and documents agree, every paper once.
    const topics = csv(at('cur', 'topics.csv'));
    expect(topics.map((t) => Number(t.topic))).not.toContain(gone);
    expect(topics.map((t) => Number(t.topic))).not.toContain(ids.split);
    expect(sumOf(topics, 'size')).toBe(CORPUS);
    for (const t of topics) expect(docs.filter((d) => d.topic === t.topic).length).toBe(Number(t.size));
    // The fit sample's papers of the split topic go where the k-means put them in model.json (their place is the same).
    const fit = (await openRun(at('cur'))).saved.papers.filter((p) => into.includes(p.topic));
    const agree = fit.filter((p) => docs.find((d) => d.id === p.id)!.topic === String(p.topic)).length;
    expect(agree / fit.length).toBeGreaterThan(0.95);
  });

  it('hidden topics leave the topic trend rows and the shares\' denominators; the rewritten parts are the curated model\'s', async () => {
    const hidden = csv(at('cur', 'documents.csv')).filter((d) => d.hidden === 'true' && d.date !== '').length;
    expect(hidden).toBeGreaterThan(0);
    const trends = csv(at('cur', 'topic_trends.csv'));
    expect(trends.some((t) => Number(t.topic) === ids.hide)).toBe(false);
    expect(sumOf(trends, 'count') + json(at('cur', 'run.json')).counts.undated).toBe(CORPUS - hidden);
    for (const period of new Set(trends.map((t) => t.period))) {
      const rows = trends.filter((t) => t.period === period);
      expect(rows.every((t) => Number(t.period_total) === sumOf(rows, 'count'))).toBe(true);
    }
    expect(json(at('cur', 'run.json')).notes.join(' ')).toContain(`hidden topic #${ids.hide} (curate --hide): ${hidden} dated papers`);
    const parts = readdirSync(at('cur', 'parts')).filter((f) => f.endsWith('.parquet')).map((f) => at('cur', 'parts', f));
    const fingerprint = await modelFingerprint(at('cur'));
    expect(fingerprint).not.toBe(await modelFingerprint(at('scaled')));
    for (const p of parts) expect((await readPartIdentity(p))?.model).toBe(fingerprint);
    const agg = runCli(['aggregate', '--model', at('cur'), '--parts', ...parts, '--out', at('agg'), '--no-report']);
    expect(agg.code, agg.stderr).toBe(0);
    expect(csv(at('agg', 'topic_trends.csv'))).toEqual(trends);
  });

  it('trends, then report, then the API read the curated topics over every paper', async () => {
    const hidden = csv(at('cur', 'documents.csv')).filter((d) => d.hidden === 'true' && d.date !== '').length;
    const t = runCli(['trends', '--model', at('cur'), '--bin', 'quarter', '--out', at('quarters')]);
    expect(t.code, t.stderr).toBe(0);
    expect(sumOf(csv(at('quarters', 'topic_trends.csv')), 'count')).toBe(CORPUS - hidden);
    const r = runCli(['report', '--model', at('cur'), '--out', at('report')]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(at('report', 'report.html'), 'utf8');
    expect(html).toContain('Agents &amp; tools');
    expect(html).toMatch(/hidden topic #\d+ \(curate --hide\)/);
    const model = await (await openRun(at('cur'))).model();
    expect(model.papers).toHaveLength(CORPUS);
    const running = await listen(createApp(model, { log: () => {} }), { port: 0, host: '127.0.0.1' });
    try {
      const api = async (p: string) => (await fetch(new URL(p, running.url))).json();
      expect((await api('/api/summary')).notes.join(' ')).toContain(`#${ids.hide} (curate --hide)`);
      const listed = (await api('/api/topics')).topics as { id: number; label: string; totalSize: number }[];
      expect(listed.find((x) => x.id === ids.rename)!.label).toBe(NAME);
      expect(listed.reduce((s, x) => s + x.totalSize, 0)).toBe(CORPUS);
    } finally {
      await running.close(100);
    }
  }, 120_000);

  it('the same edits give the same files, parts included (curation.json and run.json, with their times, aside)', () => {
    const again = runCli(['curate', '--model', at('scaled'), '--rename', `${ids.rename}=${NAME}`, '--merge', ids.merge.join(','),
      '--split', `${ids.split}:2`, '--hide', String(ids.hide), '--out', at('cur2')]);
    expect(again.code, again.stderr).toBe(0);
    const skip = ['curation.json', 'run.json'];
    expect(hashes(at('cur2'), skip)).toEqual(hashes(at('cur'), skip));
  }, 120_000);

  it('serve --edit renames on a scaled run through the same code, and the dashboard keeps every paper', async () => {
    cpSync(at('cur'), at('edit'), { recursive: true });
    const into = json(at('edit', 'curation.json')).splits[0].into as number[];
    const modelFile = at('edit', 'model.json');
    const running = await listen(createApp(await (await openRun(modelFile)).model(), { runDir: at('edit'), editModel: modelFile, log: () => {} }), { port: 0, host: '127.0.0.1' });
    try {
      const { token, header } = await (await fetch(new URL('/api/edit', running.url))).json();
      const origin = running.url.replace(/\/$/, '');
      const r = await fetch(new URL(`/api/topics/${into[0]}/name`, running.url), { method: 'POST', headers: { 'content-type': 'application/json', origin, [header]: token }, body: '{"name":"First half"}' });
      expect(r.status, await r.clone().text()).toBe(200);
      const body = await (await fetch(new URL('/api/topics', running.url))).json();
      expect(body.topics.find((x: { id: number }) => x.id === into[0]).label).toBe('First half');
      expect(body.papers).toBe(CORPUS);
    } finally {
      await running.close(100);
    }
    const docs = csv(at('edit', 'documents.csv'));
    expect(docs).toHaveLength(CORPUS);
    expect(docs.filter((d) => d.topic_label === 'First half').length).toBe(docs.filter((d) => Number(d.topic) === into[0]).length);
  }, 120_000);

  it('reduce and update on the curated run keep every paper and the curation, their parts stamped as their model\'s', async () => {
    const red = runCli(['reduce', '--model', at('cur'), '--to', '3', '--out', at('reduced'), '--no-report']);
    expect(red.code, red.stderr).toBe(0);
    expect(csv(at('reduced', 'documents.csv'))).toHaveLength(CORPUS);
    expect(sumOf(csv(at('reduced', 'topics.csv')), 'size')).toBe(CORPUS);
    const upd = runCli(['update', '--model', at('cur'), '--input', at('b.jsonl'), '--out', at('updated'), '--no-report', '--quiet']);
    expect(upd.code, upd.stderr).toBe(0);
    const docs = csv(at('updated', 'documents.csv'));
    expect(docs).toHaveLength(CORPUS + 300);
    expect(docs.some((d) => Number(d.topic) === ids.merge[1] || Number(d.topic) === ids.split)).toBe(false);
    expect(csv(at('updated', 'topics.csv')).find((t) => Number(t.topic) === ids.rename)!.label).toBe(NAME);
    // Every part, carried or new, says it is the model of its folder (aggregate checks it).
    for (const folder of ['reduced', 'updated']) {
      const fingerprint = await modelFingerprint(at(folder));
      for (const p of readdirSync(at(folder, 'parts')).filter((f) => f.endsWith('.parquet'))) expect((await readPartIdentity(at(folder, 'parts', p)))?.model, `${folder}/${p}`).toBe(fingerprint);
    }
  }, 180_000);

  it('a curate killed mid-write leaves the run as it was; the next one rewrites it in place', async () => {
    const snapshot = hashes(at('scaled'));
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/topictrends.js'), 'curate', '--model', at('scaled'), '--split', `${ids.split}:2`], { stdio: 'ignore' });
    const staging = at(`scaled.partial-${child.pid}`);
    // Killed once the staged folder has its first rewritten part.
    let writing = false;
    for (let i = 0; i < 1200 && !writing && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 25));
      writing = existsSync(path.join(staging, 'parts')) && readdirSync(path.join(staging, 'parts')).length > 0;
    }
    expect(writing).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(hashes(at('scaled'))).toEqual(snapshot);
    const again = runCli(['curate', '--model', at('scaled'), '--hide', String(ids.hide)]);
    expect(again.code, again.stderr).toBe(0);
    expect(csv(at('scaled', 'documents.csv')).filter((d) => d.hidden === 'true').length).toBe([...before.values()].filter((d) => Number(d.topic) === ids.hide).length);
    expect(readdirSync(dir).filter((f) => f.startsWith('scaled.'))).toEqual([]);
  }, 120_000);
});
