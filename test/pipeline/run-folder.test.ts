/**
 * Outputs are written atomically (issue #12, items 3 and 11): a run folder is
 * replaced as a whole or not at all, a folder that is not a run is never
 * overwritten, write errors name the path, and report.html is byte-identical
 * between two runs of the same input and seed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/run.js';
import { loadThemes } from '../../src/trends/index.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { runCli, repoRoot } from '../helpers/cli.js';
import { openRunFolder } from '../../src/util/staged-folder.js';
import { tempDirs } from '../helpers/tmp.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
const tmp = tempDirs('tt-folder-');

describe('run folder written as a whole', () => {
  it('a rerun into the same folder leaves no file of the earlier run behind', () => {
    const out = path.join(tmp(), 'run');
    expect(runCli(['run', '--input', seed, '--out', out, '--terms', 'streaming', '-q']).code).toBe(0);
    expect(existsSync(path.join(out, 'term_trends.csv'))).toBe(true);
    expect(runCli(['run', '--input', seed, '--out', out, '--no-report', '-q']).code).toBe(0);
    expect(existsSync(path.join(out, 'term_trends.csv'))).toBe(false);
    expect(existsSync(path.join(out, 'report.html'))).toBe(false);
    expect(existsSync(path.join(out, 'documents.csv'))).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['run']); // no staging or old folder left
  });

  it('a run failing part-way leaves the previous run untouched and no staging folder', async () => {
    const out = path.join(tmp(), 'run');
    expect(runCli(['run', '--input', seed, '--out', out, '--no-report', '-q']).code).toBe(0);
    // Every file under the folder, model/ (the estimator's arrays) included.
    const snapshot = () => Object.fromEntries(
      (readdirSync(out, { recursive: true }) as string[]).filter((f) => statSync(path.join(out, f)).isFile()).map((f) => [f, readFileSync(path.join(out, f))]),
    );
    const before = snapshot();
    expect(Object.keys(before)).toContain('model.json');
    // Fail after the CSVs and model.json are written, where a full disk would strike.
    const failAtCharts = { start(stage: string) { if (stage === 'charts') throw new Error('disk full (simulated)'); }, update() {}, stop() {} };
    await expect(runPipeline({
      inputs: [seed], engine: { seed: 7, k: 4 }, themes: loadThemes(path.join(repoRoot, 'data/themes.json')), out, progress: failAtCharts,
    })).rejects.toThrow(/disk full/);
    const after = snapshot();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [f, bytes] of Object.entries(before)) expect(after[f].equals(bytes), f).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['run']);
  });

  it('refuses a non-empty folder that is not a run folder (exit 2 naming --out) and leaves its files alone', () => {
    const out = tmp();
    writeFileSync(path.join(out, 'thesis.tex'), 'precious');
    const r = runCli(['run', '--input', seed, '--out', out, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${out}`);
    expect(r.stderr).toMatch(/not a topictrends run folder/);
    expect(readdirSync(out)).toEqual(['thesis.tex']);
  });

  it('an --out under a file fails before any work with exit 2 naming the path', () => {
    const file = path.join(tmp(), 'notes.txt');
    writeFileSync(file, 'x');
    const out = path.join(file, 'run');
    const r = runCli(['run', '--input', seed, '--out', out, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(out);
    expect(r.stderr).not.toMatch(/k = \d+/); // failed before clustering
  });

  it('writeFileAtomic names the target, not its temporary name, when it cannot write', async () => {
    const file = path.join(tmp(), 'plain-file');
    writeFileSync(file, 'x');
    const target = path.join(file, 'documents.csv');
    const err = await writeFileAtomic(target, 'a,b\n').catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/a part of the path is a file, not a folder \((ENOTDIR|EEXIST)\)$/);
    expect(err.message.startsWith(`cannot write ${target}: `)).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual(['plain-file']); // no temp file left
  });
});

describe('folders left by a run that was killed', () => {
  const DEAD = 2147483646; // no such process

  it('removes a dead run\'s staging folder, and restores the old run if it died between the two renames', async () => {
    const parent = tmp();
    const out = path.join(parent, 'run');
    mkdirSync(`${out}.partial-${DEAD}`);
    writeFileSync(path.join(`${out}.partial-${DEAD}`, 'documents.csv'), 'half');
    mkdirSync(`${out}.old-${DEAD}`);
    writeFileSync(path.join(`${out}.old-${DEAD}`, 'run.json'), '{"old":true}');
    const folder = await openRunFolder(out);
    expect(readFileSync(path.join(out, 'run.json'), 'utf8')).toBe('{"old":true}');
    // The lock beside the folder is held while the run works (util/folder-lock.ts) and released by commit.
    expect(readdirSync(parent).sort()).toEqual(['run', 'run.lock', `run.partial-${process.pid}`]);
    writeFileSync(path.join(folder.dir, 'run.json'), '{"new":true}');
    await folder.commit();
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readFileSync(path.join(out, 'run.json'), 'utf8')).toBe('{"new":true}');
  });
});

describe('report.html', () => {
  it('is byte-identical between two runs of the same input and seed (timings stay in run.json)', () => {
    const [a, b] = [path.join(tmp(), 'a'), path.join(tmp(), 'b')];
    for (const out of [a, b]) expect(runCli(['run', '--input', seed, '--out', out, '-q']).code).toBe(0);
    expect(readFileSync(path.join(a, 'report.html')).equals(readFileSync(path.join(b, 'report.html')))).toBe(true);
    expect(readFileSync(path.join(a, 'report.html'), 'utf8')).toContain('are in <code>run.json</code>');
    expect(JSON.parse(readFileSync(path.join(a, 'run.json'), 'utf8')).seconds.charts).toBeGreaterThan(0);
  });

  it('`report` into a run folder replaces each file whole and drops charts of views it no longer draws', () => {
    const out = path.join(tmp(), 'run');
    expect(runCli(['run', '--input', seed, '--out', out, '-q']).code).toBe(0);
    const model = path.join(out, 'model.json');
    mkdirSync(path.join(out, 'charts'), { recursive: true });
    // With every paper in one year bin there is nothing to draw over time.
    const r = runCli(['report', '--model', model, '--from', '2024-01-01', '--to', '2024-12-31', '--bin', 'year']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, 'charts/topics-over-time.svg'))).toBe(false);
    expect(existsSync(path.join(out, 'charts/topic-map.svg'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('data-skipped="over-time"');
  });
});
