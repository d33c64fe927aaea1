/**
 * Issue #22, item 9: the smaller cases. Escaped text that looks like code is
 * not unsafe markup; plain-integer flags; embedding values beyond float32 and
 * zero vectors; --align-to read before the fit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { prepareSvg } from '../../src/report/index.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { fit, hasData, paperLines, workDir, writeLines } from './fixture.js';

let dir: string;
let a: string;
let runA: string;

beforeAll(() => {
  if (!hasData) return;
  dir = workDir('small');
  a = writeLines(dir, 'a.jsonl', paperLines(0, 300));
  runA = fit(a, path.join(dir, 'runA'));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the SVG check judges markup, not escaped text', () => {
  it('passes text and attribute values that only look like code', () => {
    const svg = '<svg width="10" height="10"><text aria-label="javascript: web attacks">javascript: web attacks</text><path aria-label="cs.CR&quot; onerror=&quot;alert(1)" d="M0"/></svg>';
    expect(prepareSvg(svg, 'c')).toContain('javascript: web attacks');
  });

  it('still refuses handlers, javascript: URLs (also entity-encoded) and script elements', () => {
    for (const bad of ['<svg><path onclick="x()"/></svg>', '<svg><a href="jav&#x61;script:x()"></a></svg>', '<svg><a xlink:href=" javascript:x"></a></svg>', '<svg><script>x</script></svg>']) {
      expect(() => prepareSvg(bad, 'c', 'chart x'), bad).toThrow(/unsafe markup/);
    }
  });
});

describe.runIf(hasData)('small cases on the CLI', () => {
  it('a theme named "javascript: web attacks" and a category with `" onerror="` give a report (exit 0)', () => {
    const rows = paperLines(0, 300).map((l, i) => {
      const p = JSON.parse(l);
      return JSON.stringify(i % 3 === 0 ? { ...p, categories: ['cs.CR" onerror="alert(1)', ...(p.categories ?? [])] } : p);
    });
    const input = writeLines(dir, 'hostile.jsonl', rows);
    const themes = path.join(dir, 'themes.json');
    writeFileSync(themes, JSON.stringify({ themes: [{ name: 'javascript: web attacks', terms: ['attack', 'model'] }] }));
    const r = runCli(['run', '--input', input, '--out', path.join(dir, 'hostile'), '--k', '5', '--themes', themes, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'hostile/report.html'), 'utf8')).toContain('javascript: web attacks');
  });

  it('reduce --to takes plain integers only: 1e1 and 0x5 are exit 2', () => {
    for (const to of ['1e1', '0x5']) {
      const r = runCli(['reduce', '--model', path.join(runA, 'model.json'), '--to', to, '--out', path.join(dir, 'red'), '--no-report']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('--to');
    }
  });

  it('an embedding value of 1e308 and all-zero vectors are exit 3 naming the file', () => {
    const ids = paperLines(0, 300).map((l) => JSON.parse(l).id as string);
    const big = writeLines(dir, 'big.jsonl', ids.map((id, i) => JSON.stringify({ id, vector: [i === 0 ? 1e308 : (i % 7) / 7, (i % 5) / 5, 0.3] })));
    const zero = writeLines(dir, 'zero.jsonl', ids.map((id) => JSON.stringify({ id, vector: [0, 0, 0] })));
    for (const file of [big, zero]) {
      const r = runCli(['run', '--input', a, '--embeddings', file, '--out', path.join(dir, 'emb'), '--k-min', '3', '--no-report', '-q']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain(file);
    }
  });

  it('--align-to is read before the fit: a missing model fails with no fitting stage started', async () => {
    const stages: string[] = [];
    const progress = { start(stage: string) { stages.push(stage); }, update() {}, stop() {} };
    await expect(runPipeline({ inputs: [a], engine: { k: 5, seed: 7 }, out: path.join(dir, 'aligned'), alignTo: path.join(dir, 'nope.json'), report: false, progress })).rejects.toThrow(/nope\.json/);
    expect(stages).toEqual(['read']);
  });
});

describe('a run folder whose parent does not exist yet', () => {
  it('is written by the library as by the CLI (its lock sits beside it, so the parent is made first)', async () => {
    const { withRunFolder } = await import('../../src/util/index.js');
    const { mkdtempSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'tt-nested-'));
    const out = path.join(root, 'a', 'b', 'run');
    await withRunFolder(out, async (dir) => writeFileSync(path.join(dir, 'run.json'), '{}'));
    expect(existsSync(path.join(out, 'run.json'))).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
