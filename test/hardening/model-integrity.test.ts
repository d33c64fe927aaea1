/**
 * Issue #22, case 5: the estimator's array files are checked on load
 * (checksum, value range, finiteness, indexes, size); any failure is exit 3
 * naming the file. Older models without checksums load with a note and are
 * still refused when a value is not finite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fit, hasData, paperLines, workDir, writeLines } from './fixture.js';

let dir: string;
let model: string;
let newPapers: string;

/** A copy of the fitted model with one array file changed by `change`. */
function corrupt(name: string, file: string, change: (bytes: Buffer) => Buffer | undefined): string {
  const copy = path.join(dir, name);
  cpSync(model, copy, { recursive: true });
  const target = path.join(copy, 'model', file);
  const changed = change(readFileSync(target));
  if (changed) writeFileSync(target, changed);
  else rmSync(target);
  return copy;
}

const update = (from: string) => runCli(['update', '--model', path.join(from, 'model.json'), '--input', newPapers, '--out', path.join(dir, `${path.basename(from)}-out`), '--no-report', '-q']);

/** Set value i of a little-endian f32 or i32 file. */
function setValue(bytes: Buffer, i: number, v: number, type: 'f32' | 'i32'): Buffer {
  if (type === 'f32') bytes.writeFloatLE(v, 4 * i);
  else bytes.writeInt32LE(v, 4 * i);
  return bytes;
}

beforeAll(() => {
  if (!hasData) return;
  dir = workDir('integrity');
  model = fit(writeLines(dir, 'a.jsonl', paperLines(0, 400)), path.join(dir, 'runA'));
  newPapers = writeLines(dir, 'b.jsonl', paperLines(400, 600));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('model files are checked on load', () => {
  const cases: [string, string, (b: Buffer) => Buffer | undefined, RegExp][] = [
    ['nan', 'tfidf.idf.f32', (b) => setValue(b, 3, NaN, 'f32'), /checksum|NaN/],
    ['subrow', 'subRow.i32', (b) => setValue(b, 0, 99, 'i32'), /checksum|outside/],
    ['flip', 'topicIds.i32', (b) => { const x = b.readInt32LE(0); b.writeInt32LE(b.readInt32LE(4), 0); return b.writeInt32LE(x, 4), b; }, /checksum/],
    ['trunc', 'lsa.f32', (b) => b.subarray(0, b.length - 2), /not a multiple of 4/],
    ['missing', 'map.f32', () => undefined, /missing/],
  ];
  for (const [name, file, change, reason] of cases) {
    it(`case 5: ${name} ${file} is exit 3 naming the file`, () => {
      const r = update(corrupt(name, file, change));
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain(path.join(name, 'model', file));
      expect(r.stderr).toMatch(reason);
    });
  }

  it('the manifest records a SHA-256, range and finiteness per array', () => {
    const manifest = JSON.parse(readFileSync(path.join(model, 'model/estimator.json'), 'utf8'));
    for (const entry of Object.values(manifest.arrays) as Record<string, unknown>[]) {
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.finite).toBe(true);
      expect(entry.min as number).toBeLessThanOrEqual(entry.max as number);
    }
  });

  it('a model saved without checksums loads with one note; its NaN and out-of-range indexes are still refused', () => {
    const strip = (folder: string) => {
      const file = path.join(folder, 'model/estimator.json');
      const m = JSON.parse(readFileSync(file, 'utf8'));
      for (const e of Object.values(m.arrays) as Record<string, unknown>[]) for (const k of ['sha256', 'min', 'max', 'finite']) delete e[k];
      writeFileSync(file, JSON.stringify(m));
      return folder;
    };
    const old = strip(corrupt('legacy', 'map.f32', (b) => b));
    const ok = update(old);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr.match(/saved without checksums/g)).toHaveLength(1);
    const nan = update(strip(corrupt('legacy-nan', 'tfidf.idf.f32', (b) => setValue(b, 3, NaN, 'f32'))));
    expect(nan.code, nan.stderr).toBe(3);
    expect(nan.stderr).toMatch(/tfidf\.idf\.f32: holds NaN/);
    const sub = update(strip(corrupt('legacy-subrow', 'subRow.i32', (b) => setValue(b, 0, 99, 'i32'))));
    expect(sub.code, sub.stderr).toBe(3);
    expect(sub.stderr).toMatch(/subRow\.i32: value 99 at index 0 is outside/);
  });

  it('label terms (abbreviation pairs, cut-off phrases) are saved; a model saved before them loads, and a term id past the vocabulary is exit 3', () => {
    const json = (folder: string) => path.join(folder, 'model.json');
    const saved = JSON.parse(readFileSync(json(model), 'utf8'));
    expect(saved.labelTerms.aliases.length).toBeGreaterThan(0);
    const edit = (name: string, change: (m: Record<string, unknown>, est: { analyzer: Record<string, unknown> }) => void) => {
      const copy = corrupt(name, 'map.f32', (b) => b);
      const m = JSON.parse(readFileSync(json(copy), 'utf8'));
      const estFile = path.join(copy, 'model/estimator.json');
      const est = JSON.parse(readFileSync(estFile, 'utf8'));
      change(m, est);
      writeFileSync(json(copy), JSON.stringify(m));
      writeFileSync(estFile, JSON.stringify(est));
      return copy;
    };
    const before = update(edit('no-label-terms', (m, est) => (delete m.labelTerms, delete est.analyzer.labelTerms)));
    expect(before.code, before.stderr).toBe(0);
    const past = update(edit('bad-alias', (m) => (m.labelTerms = { aliases: [[0, (m.surfaces as string[]).length]], cut: [] })));
    expect(past.code, past.stderr).toBe(3);
    expect(past.stderr).toContain(json(path.join(dir, 'bad-alias')));
    expect(past.stderr).toMatch(/"labelTerms\.aliases\.0"/);
  });
});

