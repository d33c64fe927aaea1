import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/run.js';
import { ENGINE_SPECS, TREND_SPECS, flagName, validateOptions } from '../../src/model/option-specs.js';
import { OptionError } from '../../src/model/errors.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
const root = mkdtempSync(path.join(tmpdir(), 'tt-opts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('options declared once', () => {
  it('--help of run lists every declared option with its default', () => {
    const help = runCli(['run', '--help']).stdout;
    for (const spec of [...ENGINE_SPECS, ...TREND_SPECS]) expect(help).toContain(flagName(spec));
    expect(help).toMatch(/--max-df <x>[\s\S]*default: 0\.5; 0\.6 below 200\s+papers/);
  });

  it('the CLI and the library give the same topics with default options (the CLI sends no defaults of its own)', async () => {
    const lib = path.join(root, 'lib');
    await runPipeline({ inputs: [seed], out: lib, report: false });
    const cli = path.join(root, 'cli');
    expect(runCli(['run', '--input', seed, '--out', cli, '--no-report', '-q']).code).toBe(0);
    expect(readFileSync(path.join(cli, 'documents.csv'), 'utf8')).toBe(readFileSync(path.join(lib, 'documents.csv'), 'utf8'));
  });

  it('run.json records the parameters used, not the ones requested', () => {
    const run = JSON.parse(readFileSync(path.join(root, 'cli', 'run.json'), 'utf8'));
    // 89 papers cluster in LSA space: the clustering dimensions are the LSA components.
    expect(run.params.clusterOn).toBe('lsa');
    expect(run.params.clusterDims).toBe(run.params.svdComponents);
    expect(run.params.nNeighbors).toBeLessThanOrEqual(88);
  });

  it('library callers get the same checks, naming the flag', () => {
    expect(() => validateOptions({ tfidf: { maxDf: 0 } }, ENGINE_SPECS)).toThrow(OptionError);
    expect(() => validateOptions({ nNeighbors: 1 }, ENGINE_SPECS)).toThrow(/--neighbors/);
    expect(() => validateOptions({ k: 'many' }, ENGINE_SPECS)).toThrow(/--k/);
    expect(() => validateOptions({ bin: 'decade' }, TREND_SPECS)).toThrow(/--bin/);
    expect(() => validateOptions({ k: 'auto', tfidf: { minDf: 0.01 } }, ENGINE_SPECS)).not.toThrow();
  });
});

describe('exit codes follow the README', () => {
  const run = (...args: string[]) => runCli(['run', ...args, '-q', '--no-report']);
  it('an impossible --k is exit 2 naming --k, before anything is written', () => {
    const out = path.join(root, 'k');
    const r = run('--input', seed, '--out', out, '--k', '100000');
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/--k: 100000 topics need more than 100000 papers; the corpus has 89/)]);
    expect(existsSync(out)).toBe(false);
  });

  it('--out naming a file is exit 2 before reading', () => {
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'x');
    const r = run('--input', path.join(root, 'missing.jsonl'), '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*a-file is a file, not a folder/);
  });

  it('--min-df above the corpus size is exit 2 naming --min-df', () => {
    const r = run('--input', seed, '--out', path.join(root, 'mindf'), '--min-df', '1000');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--min-df: 1000 papers is more than the corpus's 89/);
  });

  it('an empty corpus and a 3-paper corpus are data errors (exit 3) with a plain message', () => {
    const empty = path.join(root, 'empty.jsonl');
    writeFileSync(empty, '');
    const three = path.join(root, 'three.jsonl');
    writeFileSync(three, readFileSync(seed, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    const a = run('--input', empty, '--out', path.join(root, 'e'));
    const b = run('--input', three, '--out', path.join(root, 't'));
    expect([a.code, b.code]).toEqual([3, 3]);
    expect(a.stderr).toMatch(/No papers left to analyse/);
    expect(b.stderr).toMatch(/Only 3 paper\(s\) to analyse; topics need at least 5/);
    expect(b.stderr).not.toMatch(/maxDf|minDf/);
  });
});
