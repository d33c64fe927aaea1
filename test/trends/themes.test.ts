import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemes, parseThemes } from '../../src/trends/index.js';
import { repoRoot } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'themes-'));
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('data/themes.json', () => {
  const themes = loadThemes(path.join(repoRoot, 'data/themes.json'));
  it('holds the default themes', () => {
    const names = themes.map((t) => t.name.toLowerCase());
    for (const want of ['streaming', 'distillation', 'dual-stream', 'diffusion', 'mamba', 'mixture of experts', 'feedback', 'multimodal', 'retrieval-augmented', 'agents']) {
      expect(names.some((n) => n.includes(want)), want).toBe(true);
    }
  });
  it('lists the dual-stream variants and a mamba wildcard', () => {
    const dual = themes.find((t) => t.name.startsWith('dual-stream'))!;
    expect(dual.terms).toEqual(expect.arrayContaining(['dual-stream', 'two-stream', 'dual-branch', 'two-branch']));
    expect(themes.flatMap((t) => t.terms)).toContain('mamba*');
  });
});

describe('loadThemes', () => {
  it('names the file and the bad entry', () => {
    const file = write('bad.json', JSON.stringify({ themes: [{ name: 'ok', terms: ['a'] }, { name: 'agents', terms: ['agent', 'x*y'] }] }));
    expect(() => loadThemes(file)).toThrow(/bad\.json.*themes\[1\] \("agents"\)\.terms\[1\].*trailing \*/);
    const empty = write('empty.json', JSON.stringify({ themes: [{ name: 'none', terms: [] }] }));
    expect(() => loadThemes(empty)).toThrow(/empty\.json.*themes\[0\] \("none"\)\.terms.*at least one term/);
    const dup = write('dup.json', JSON.stringify({ themes: [{ name: 'a', terms: ['x'] }, { name: 'a', terms: ['y'] }] }));
    expect(() => loadThemes(dup)).toThrow(/dup\.json.*themes\[1\].*duplicate/);
    expect(() => parseThemes({ topics: [] }, 'inline')).toThrow(/inline.*themes/);
  });
  it('names the line of broken JSON and a missing file', () => {
    const file = write('broken.json', '{\n  "themes": [\n    { "name": "a", "terms": ["x"], }\n  ]\n}\n');
    expect(() => loadThemes(file)).toThrow(/broken\.json:3: not valid JSON/);
    expect(() => loadThemes(path.join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read/);
  });
  it('trims terms and keeps descriptions', () => {
    const file = write('ok.json', JSON.stringify({ themes: [{ name: 'x', terms: [' mamba* ', 'state space'], description: 'd' }] }));
    expect(loadThemes(file)).toEqual([{ name: 'x', terms: ['mamba*', 'state space'], description: 'd' }]);
  });
});
