import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the killed scaled run test: ${file} is absent`);
const dir = mkdtempSync(path.join(tmpdir(), 'tt-scaled-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(hasData)('a scaled run killed mid-transform', () => {
  it('leaves the old run folder as it was', async () => {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const input = path.join(dir, 'slice.jsonl');
    writeFileSync(input, lines.filter((_, i) => i % 20 === 0).slice(0, 2000).join('\n') + '\n');
    // The run being replaced: a run folder (run.json marks it) with files the new run does not write.
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'run.json'), '{"old": true}\n');
    writeFileSync(path.join(out, 'documents.csv'), 'id\nold\n');
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/topictrends.js'), 'run', '--input', input, '--out', out,
      '--scale-threshold', '1000', '--fit-sample', '800', '--k', '5', '--workers', '2', '--quiet'], { stdio: 'ignore' });
    const staging = path.join(dir, `out.partial-${child.pid}`);
    // Killed once the transform workers have started their parts.
    let transforming = false;
    for (let i = 0; i < 1200 && !transforming && child.exitCode === null; i++) {
      await sleep(100);
      transforming = existsSync(path.join(staging, 'parts')) && readdirSync(path.join(staging, 'parts')).some((f) => f.endsWith('.terms'));
    }
    expect(transforming).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readdirSync(out).sort()).toEqual(['documents.csv', 'run.json']);
    expect(readFileSync(path.join(out, 'run.json'), 'utf8')).toBe('{"old": true}\n');
    expect(readFileSync(path.join(out, 'documents.csv'), 'utf8')).toBe('id\nold\n');
    // The staging folder is all that is left; the next run removes it.
    expect(existsSync(staging)).toBe(true);
  }, 300_000);
});
