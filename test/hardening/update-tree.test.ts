/**
 * Issue #22, cases 4, 6 and 8: `update` reports what it skipped as `run`
 * does; the topic tree always matches the topics (after --align-to and after
 * an update that adds topics); a reduced model's new papers get a fine topic
 * as subtopic, never their reduced id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../helpers/cli.js';
import { fit, hasData, paperLines, papersFile, workDir, writeLines } from './fixture.js';

let dir: string;
let runA: string;

const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
const runJson = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'run.json'), 'utf8'));
const update = (model: string, input: string, out: string, extra: string[] = []) =>
  runCli(['update', '--model', path.join(model, 'model.json'), '--input', input, '--out', out, '--no-report', '-q', ...extra]);

/** The tree is over exactly the model's topics: leaves are the topic ids, merged nodes clear of them, 2k - 1 nodes. */
function expectTreeMatches(folder: string) {
  const topics = csv(path.join(folder, 'topics.csv')).map((t) => Number(t.topic));
  const tree = csv(path.join(folder, 'hierarchy.csv'));
  expect(tree).toHaveLength(2 * topics.length - 1);
  const children = new Set(tree.map((n) => n.parent).filter((p) => p !== ''));
  const leaves = tree.filter((n) => !children.has(n.child)).map((n) => Number(n.child));
  expect(leaves.sort((x, y) => x - y)).toEqual([...topics].sort((x, y) => x - y));
  for (const n of tree.filter((x) => children.has(x.child))) expect(topics).not.toContain(Number(n.child));
}

beforeAll(() => {
  if (!hasData) return;
  dir = workDir('update');
  runA = fit(writeLines(dir, 'a.jsonl', paperLines(0, 400)), path.join(dir, 'runA'));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('update reports what it skipped', () => {
  it('case 4: bad rows are counted and listed with file:line; --strict stops at the first (exit 3)', () => {
    const good = paperLines(400, 405);
    const noTerms = JSON.stringify({ ...JSON.parse(good[0]), id: 'no-terms-1', title: 'The a', abstract: 'of the and a an' });
    const input = writeLines(dir, 'bad.jsonl', [...good, '{bad json', JSON.stringify({ id: 'x1', title: 'no abstract' }), noTerms]);
    const r = update(runA, input, path.join(dir, 'upd-bad'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/read 8, analysed 6, skipped malformed 1, missing-abstract 1;/);
    expect(r.stderr).toContain(`skipped: ${input}:6 malformed`);
    expect(r.stderr).toContain(`skipped: ${input}:7 missing-abstract`);
    expect(r.stderr).toMatch(/warning: 1 papers have no analysable terms \(no-terms-1\)/);
    const run = runJson(path.join(dir, 'upd-bad'));
    expect(run.counts).toMatchObject({ read: 8, kept: 6, skipped: { malformed: 1, 'missing-abstract': 1 } });
    expect(run.noTerms).toEqual(['no-terms-1']);
    const strict = update(runA, input, path.join(dir, 'upd-strict'), ['--strict']);
    expect(strict.code, strict.stderr).toBe(3);
    expect(strict.stderr).toContain(`${input}:6`);
  });

  it('case 4: an implausible date is skipped and counted; a date that moves the auto bin is stated', () => {
    const base = JSON.parse(paperLines(405, 406)[0]);
    const input = writeLines(dir, 'dates.jsonl', [
      JSON.stringify({ ...base, id: 'old-1990', date: '1990-06-01' }),
      JSON.stringify({ ...base, id: 'typo-9999', date: '9999-01-01' }),
    ]);
    const r = update(runA, input, path.join(dir, 'upd-dates'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped date-out-of-range 1/);
    const before = runJson(runA).bin;
    const run = runJson(path.join(dir, 'upd-dates'));
    expect(run.bin).not.toBe(before);
    expect(run.binChange).toMatchObject({ from: before, to: run.bin });
    expect(r.stderr).toContain(`warning: the new papers' dates moved the auto bin from ${before} to ${run.bin}`);
    // One paper added to 400 fitted: no refit advice.
    expect(r.stderr).not.toContain('--align-to');
    expect(run.refit).toBeUndefined();
  });

  it('advises a refit with --align-to once updates have added a tenth of the fitted papers, counting every update since the fit', () => {
    const first = update(runA, writeLines(dir, 'add30.jsonl', paperLines(400, 430)), path.join(dir, 'upd-30'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toContain('--align-to');
    // 30 + 20 = 50 papers since the fit on 400: 13%.
    const second = update(path.join(dir, 'upd-30'), writeLines(dir, 'add20.jsonl', paperLines(430, 450)), path.join(dir, 'upd-50'));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('warning: 50 papers have been added by updates since the topics were fitted on 400 (13%)');
    expect(second.stderr).toContain(`--align-to ${path.join(dir, 'upd-30')}`);
    expect(runJson(path.join(dir, 'upd-50')).refit).toMatchObject({ fitted: 400, added: 50 });
  });
});

describe.runIf(hasData)('the topic tree matches the topics', () => {
  it('case 6: run --align-to keeps hierarchy.csv when topics are new or retired, and reduce works on it', () => {
    // Twelve old topics, seven new: old topics retire, so the aligned ids have gaps.
    const fine = fit(writeLines(dir, 'a12.jsonl', paperLines(0, 400)), path.join(dir, 'fine'), ['--k', '12']);
    const aligned = fit(writeLines(dir, 'b.jsonl', paperLines(400, 800)), path.join(dir, 'aligned'), ['--k', '7', '--align-to', path.join(fine, 'model.json')]);
    const ids = csv(path.join(aligned, 'topics.csv')).map((t) => Number(t.topic));
    expect(ids.some((id, i) => id !== i)).toBe(true); // the ids have gaps: the old code wrote no tree
    expectTreeMatches(aligned);
    const r = runCli(['reduce', '--model', path.join(aligned, 'model.json'), '--to', '3', '--out', path.join(dir, 'aligned-3'), '--no-report']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('case 6: an update that adds a topic rebuilds the tree; reduce works on it', () => {
    // A year later, after the source switch: subjects the January 2024 fit has not seen (2 new topics at seed 7).
    const late = writeLines(dir, 'late.jsonl', readFileSync(papersFile, 'utf8').trim().split('\n').slice(-600));
    const out = path.join(dir, 'upd-new');
    const r = update(runA, late, out, ['--min-novel-group', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(runJson(out).update.newTopics.length).toBeGreaterThan(0);
    expectTreeMatches(out);
    const red = runCli(['reduce', '--model', path.join(out, 'model.json'), '--to', '3', '--out', path.join(dir, 'upd-new-3'), '--no-report']);
    expect(red.code, red.stderr).toBe(0);
  });
});

describe.runIf(hasData)('a reduced model keeps sub-topics for new papers', () => {
  it("case 8: new papers' subtopic is a fine topic under their reduced topic, as for the old papers", () => {
    const reduced = path.join(dir, 'reduced');
    expect(runCli(['reduce', '--model', path.join(runA, 'model.json'), '--to', '3', '--out', reduced, '--no-report']).code).toBe(0);
    const fresh = writeLines(dir, 'fresh.jsonl', paperLines(400, 600));
    const out = path.join(dir, 'reduced-upd');
    const r = update(reduced, fresh, out);
    expect(r.code, r.stderr).toBe(0);
    const newIds = new Set(paperLines(400, 600).map((l) => JSON.parse(l).id as string));
    const docs = csv(path.join(out, 'documents.csv'));
    const parentOf = new Map(docs.filter((d) => !newIds.has(d.id)).map((d) => [d.subtopic, d.topic]));
    expect(parentOf.size).toBe(5); // the 5 fine topics of runA
    const added = docs.filter((d) => newIds.has(d.id));
    expect(added).toHaveLength(200);
    for (const d of added) {
      if (d.subtopic === '') continue; // a paper in a topic the update created has no fine topic
      expect(parentOf.get(d.subtopic), d.id).toBe(d.topic);
    }
    expect(added.filter((d) => d.subtopic !== '').length).toBeGreaterThan(150);
  });

  it('a model without abstracts.tsv still gets the new papers\' abstracts', () => {
    const bare = path.join(dir, 'bare');
    cpSync(runA, bare, { recursive: true });
    rmSync(path.join(bare, 'model', 'abstracts.tsv'), { force: true });
    rmSync(path.join(bare, 'abstracts.tsv'), { force: true });
    const out = path.join(dir, 'bare-upd');
    expect(update(bare, writeLines(dir, 'five.jsonl', paperLines(400, 405)), out).code).toBe(0);
    const tsv = ['abstracts.tsv', 'model/abstracts.tsv'].map((f) => path.join(out, f)).find(existsSync)!;
    expect(readFileSync(tsv, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(5);
  });
});
