import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { buildSeedModel } from './fixture.js';

let modelFile: string;
let cleanup: () => void;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'topictrends-serve-'));

beforeAll(async () => {
  const built = await buildSeedModel();
  modelFile = path.join(built.dir, 'model.json');
  cleanup = built.cleanup;
});
afterAll(() => {
  cleanup?.();
  rmSync(tmp, { recursive: true, force: true });
});

/** Start `topictrends serve …`; resolves with the URL it prints and a way to stop it with a signal. */
function startServe(args: string[], cwd = repoRoot) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/topictrends.js'), 'serve', ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      stdout += c;
      const line = stdout.split('\n').find((l) => l.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    void exited.then((code) => reject(new Error(`serve exited ${code} before printing a URL: ${stderr}`)));
  });
  // A test that expects the process to fail never awaits the URL.
  url.catch(() => {});
  return { child, url, exited, stderr: () => stderr };
}

describe('topictrends serve', () => {
  test('needs a model or an output folder (usage error, exit 2)', () => {
    const res = runCli(['serve']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--model/);
  });

  test('a taken port is a clear error naming the port (exit 1)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const s = startServe(['--model', modelFile, '--port', String(port)]);
      expect(await s.exited).toBe(1);
      expect(s.stderr()).toContain(`port ${port}`);
      expect(s.stderr()).toMatch(/already in use/);
    } finally {
      blocker.close();
    }
  });

  test('serves a saved model on 127.0.0.1 and exits cleanly on SIGTERM', async () => {
    const s = startServe(['--model', modelFile, '--port', '0']);
    const url = await s.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const summary = await (await fetch(new URL('/api/summary', url))).json();
    expect(summary.papers).toBe(89);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  test('builds the model first when --out has none, then serves it', async () => {
    const out = path.join(tmp, 'built');
    const s = startServe(['--input', 'data/seed.jsonl', '--out', out, '--port', '0', '--quiet']);
    const url = await s.url;
    expect(existsSync(path.join(out, 'model.json'))).toBe(true);
    expect((await fetch(new URL('/run/report.html', url))).status).toBe(200);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
  });

  test('started from another folder, --input builds with the bundled themes', async () => {
    const s = startServe(['--input', path.join(repoRoot, 'data/seed.jsonl'), '--out', 'elsewhere', '--port', '0', '--quiet'], tmp);
    const url = await s.url;
    const summary = await (await fetch(new URL('/api/summary', url))).json();
    expect(summary.themes).toContain('distillation');
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });
});
