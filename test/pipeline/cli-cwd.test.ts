import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';
import { tempDirs } from '../helpers/tmp.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
const tmp = tempDirs('tt-cli-cwd-');

const themeNames = (dir: string) => [...new Set(readFileSync(path.join(dir, 'theme_trends.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1]))];
const bundled = (JSON.parse(readFileSync(path.join(repoRoot, 'data/themes.json'), 'utf8')) as { themes: { name: string }[] }).themes;

describe('default themes and the current folder', () => {
  it('run from another folder finds the bundled themes (and tracks them)', () => {
    const cwd = tmp();
    const r = runCli(['run', '--input', seed, '--out', 'out', '--no-report', '-q'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(themeNames(path.join(cwd, 'out')).sort()).toEqual(bundled.map((t) => t.name).sort());
  });

  it('trends and report keep the themes the model was built with unless --themes is given', () => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, 'mine.json'), JSON.stringify({ themes: [{ name: 'my-theme', terms: ['distillation', 'teacher'] }] }));
    expect(runCli(['run', '--input', seed, '--out', 'out', '--themes', 'mine.json', '--no-report', '-q'], { cwd }).code).toBe(0);
    expect(themeNames(path.join(cwd, 'out'))).toEqual(['my-theme']);
    const t = runCli(['trends', '--model', 'out/model.json', '--bin', 'year'], { cwd: repoRoot === cwd ? tmp() : cwd });
    expect(t.code, t.stderr).toBe(0);
    expect(themeNames(path.join(cwd, 'out'))).toEqual(['my-theme']);
    // From the repository root (where data/themes.json exists) the model's themes still win.
    const fromRoot = runCli(['report', '--model', path.join(cwd, 'out/model.json'), '--bin', 'year']);
    expect(fromRoot.code, fromRoot.stderr).toBe(0);
    expect(themeNames(path.join(cwd, 'out'))).toEqual(['my-theme']);
    const other = runCli(['trends', '--model', 'out/model.json', '--themes', path.join(repoRoot, 'data/themes.json')], { cwd });
    expect(other.code, other.stderr).toBe(0);
    expect(themeNames(path.join(cwd, 'out')).length).toBe(bundled.length);
  });
});

describe('run lists skipped rows by file:line', () => {
  const cwd = tmp();
  const lines = readFileSync(seed, 'utf8').trim().split('\n');
  // Seven bad rows among the seed papers: more than the five shown on stderr.
  const bad = ['{not json', '{"id": "x1", "title": "No abstract"}', '{"id": "x2", "abstract": "No title"}', '[1, 2]', '{"id": "x3", "title": "T", "abstract": "A", "date": "9999-01-01"}', '{oops', lines[0]];
  const file = path.join(cwd, 'mixed.jsonl');
  writeFileSync(file, [...lines, ...bad].join('\n') + '\n');
  const badLines = bad.map((_, i) => lines.length + i + 1);

  it('prints the first five on stderr and every one in --json', () => {
    const r = runCli(['run', '--input', file, '--out', path.join(cwd, 'out'), '--no-report', '-q', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const shown = r.stderr.split('\n').filter((l) => l.startsWith('skipped: '));
    expect(shown.slice(0, 5).map((l) => l.split(' ')[1])).toEqual(badLines.slice(0, 5).map((n) => `${file}:${n}`));
    expect(shown[5]).toMatch(/and 2 more/);
    const out = JSON.parse(r.stdout);
    expect(out.issues.map((i: { where: string }) => i.where)).toEqual(badLines.map((n) => `${file}:${n}`));
    expect(out.issues.map((i: { reason: string }) => i.reason)).toEqual(['malformed', 'missing-abstract', 'missing-title', 'malformed', 'date-out-of-range', 'malformed', 'duplicate-id']);
    expect(out.read).toBe(lines.length + bad.length);
    expect(out.kept).toBe(lines.length);
    expect(out.topics).toBeGreaterThan(1);
  });
});
