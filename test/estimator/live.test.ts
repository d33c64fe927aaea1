import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { repoRoot, runCli } from '../helpers/cli.js';

/** `serve` notices that an update rewrote model.json and serves the new model without a restart. */
describe('serve follows model.json', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tt-live-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('picks up papers added by update into the served folder, and keeps serving when a broken file appears', async () => {
    const lines = readFileSync(path.join(repoRoot, 'data/seed.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(path.join(root, 'old.jsonl'), lines.slice(0, 70).join('\n') + '\n');
    writeFileSync(path.join(root, 'new.jsonl'), lines.slice(70).join('\n') + '\n');
    const run = path.join(root, 'run');
    expect(runCli(['run', '--input', path.join(root, 'old.jsonl'), '--out', run, '--no-report', '-q']).code).toBe(0);

    const server = spawn(process.execPath, [path.join(repoRoot, 'bin/topictrends.js'), 'serve', '--model', path.join(run, 'model.json'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr.on('data', (c) => (stderr += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (c) => resolve(String(c).trim()));
        server.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const count = async () => (await (await fetch(new URL("/api/summary", url))).json()).papers as number;
      expect(await count()).toBe(70);

      const up = runCli(['update', '--model', path.join(run, 'model.json'), '--input', path.join(root, 'new.jsonl'), '--out', run, '--no-report', '-q']);
      expect(up.code, up.stderr).toBe(0);
      const deadline = Date.now() + 20_000;
      while ((await count()) !== 89 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await count()).toBe(89);

      copyFileSync(path.join(run, 'model.json'), path.join(root, 'good.json'));
      writeFileSync(path.join(run, 'model.json'), '{"format": "topictrends-model", "version": 2');
      await new Promise((r) => setTimeout(r, 3000));
      expect(await count()).toBe(89);
      expect(stderr).toMatch(/could not be loaded, still serving the previous model/);
    } finally {
      server.kill('SIGTERM');
    }
  }, 90_000);
});
