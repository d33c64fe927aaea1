/**
 * Issue #22, cases 1 and 3 and the symlink item: every run folder goes
 * through one staged writer that refuses an empty --out, writes through a
 * symlink into its target, and lets one writer at a time work on a folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, runCliAsync } from '../helpers/cli.js';
import { FolderLockedError, openRunFolder, takeLock, exitCodeOf } from '../../src/util/index.js';
import { fit, hasData, paperLines, workDir, writeLines } from './fixture.js';

let dir: string;
let model: string;

const cli = runCliAsync;

const paperCount = (folder: string) => (JSON.parse(readFileSync(path.join(folder, 'model.json'), 'utf8')) as { papers: { id: string[] } }).papers.id.length;

beforeAll(() => {
  if (!hasData) return;
  dir = workDir('out');
  model = fit(writeLines(dir, 'a.jsonl', paperLines(0, 400)), path.join(dir, 'runA'));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('one staged writer for every run folder', () => {
  it('case 1: reduce --out "" exits 2 naming --out and leaves the current folder alone', () => {
    const cwd = path.join(dir, 'cwd');
    mkdirSync(cwd);
    writeFileSync(path.join(cwd, 'thesis.tex'), 'precious');
    const r = runCli(['reduce', '--model', path.join(model, 'model.json'), '--to', '3', '--out', '', '--no-report'], { cwd });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--out\b.*empty/);
    expect(readdirSync(cwd)).toEqual(['thesis.tex']);
    expect(readdirSync(dir).some((f) => f.startsWith('cwd.'))).toBe(false);
  });

  it('a symlinked --out is written into its target and stays a link', () => {
    const target = path.join(dir, 'target');
    const link = path.join(dir, 'link');
    fit(path.join(dir, 'a.jsonl'), target);
    symlinkSync(target, link);
    const r = runCli(['reduce', '--model', path.join(model, 'model.json'), '--to', '3', '--out', link, '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const run = JSON.parse(readFileSync(path.join(target, 'run.json'), 'utf8'));
    expect(run.reducedFrom.topics).toBe(5);
    expect(readdirSync(dir).filter((f) => f.startsWith('link.') || f.startsWith('target.'))).toEqual([]);
  });

  it('case 3: two concurrent updates into one folder both land (the second waits for the first)', async () => {
    const shared = path.join(dir, 'shared');
    fit(path.join(dir, 'a.jsonl'), shared);
    const b = writeLines(dir, 'b.jsonl', paperLines(400, 600));
    const c = writeLines(dir, 'c.jsonl', paperLines(600, 800));
    const runs = await Promise.all([b, c].map((input) => cli(['update', '--model', path.join(shared, 'model.json'), '--input', input, '--out', shared, '--no-report', '-q'])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(paperCount(shared)).toBe(800);
    expect(existsSync(`${shared}.lock`)).toBe(false);
  });

  it('a lock left by a dead process is taken over; a live one makes the writer wait, then exit 2 naming --out', async () => {
    const out = path.join(dir, 'locked');
    writeFileSync(`${out}.lock`, '999999999\n'); // no such pid
    const folder = await openRunFolder(out);
    expect(readFileSync(`${out}.lock`, 'utf8').trim()).toBe(String(process.pid));
    await folder.abort();
    expect(existsSync(`${out}.lock`)).toBe(false);

    const release = await takeLock(out, `${out}.lock`);
    const err = await openRunFolder(out, { lockWaitMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FolderLockedError);
    expect(exitCodeOf(err)).toBe(2);
    expect((err as Error).message).toContain(`--out ${out}`);
    await release();
  });
});
