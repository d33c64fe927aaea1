import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixtureDir } from './fixture-server.js';

/**
 * runCli blocks this process (spawnSync), so the fixture server runs in a
 * child process of its own: it replays the January arXiv pages by `start`,
 * serves malformed XML for any other window, and counts requests.
 */
const serverScript = `
const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1]; let count = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://h');
  if (url.pathname === '/count') return res.end(String(count));
  count++;
  const q = url.searchParams.get('search_query') || '';
  const file = q.includes('202501312359') ? 'jan-' + url.searchParams.get('start') + '.xml' : 'malformed.xml';
  res.writeHead(200, { 'Content-Type': 'application/atom+xml' });
  res.end(fs.readFileSync(path.join(dir, 'arxiv', file)));
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

let child: ChildProcess;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tt-fetch-cli-'));
  child = spawn(process.execPath, ['-e', serverScript, fixtureDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d) => resolve(String(d).trim())));
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  child?.kill();
  await fs.rm(dir, { recursive: true, force: true });
});

const requestsSoFar = async () => Number(await (await fetch(`${base}/count`)).text());

describe('topictrends fetch (built CLI)', () => {
  it('fetches arXiv pages to JSONL, reports on stderr and as --json, and re-runs from cache', async () => {
    const out = path.join(dir, 'data', 'arxiv.jsonl');
    const args = ['fetch', 'arxiv', '--query', 'cat:cs.CL OR cat:cs.LG', '--from', '2025-01-01', '--to', '2025-01-31',
      '--out', out, '--base-url', base, '--page-size', '2', '--delay-ms', '0', '--json'];
    const first = runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ source: 'arxiv-api', fetched: 6, new: 4, requests: 3, skipped: { duplicate: 1, 'missing-abstract': 1 } });
    expect(first.stderr).toMatch(/arxiv-api: 6 fetched, 4 new, skipped .*; 4 papers in /);
    expect(first.stderr).toMatch(/skipped [^;]*1 duplicate/);
    expect(first.stderr).toMatch(/skipped [^;]*1 missing-abstract/);
    expect(first.stderr).toMatch(/arXiv page 3\/3/);
    const rows = (await fs.readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['2501.00101', '2501.00102', '2501.00103', '2501.00104']);
    expect(await fs.stat(path.join(dir, 'data', '.topictrends-cache', 'responses'))).toBeTruthy();

    const second = runCli(args);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ requests: 0, cachedResponses: 3, new: 0 });
    expect(await requestsSoFar()).toBe(3);
  });

  it('exits 3 with one clear line on a malformed response, and 2 on a bad date', async () => {
    const out = path.join(dir, 'bad.jsonl');
    const bad = runCli(['fetch', 'arxiv', '--query', 'cat:cs.CL', '--from', '2025-02-01', '--to', '2025-02-02', '--out', out, '--base-url', base, '--delay-ms', '0', '--quiet']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^topictrends: fetch failed, .*bad\.jsonl left unchanged: malformed XML from http:\/\/127\.0\.0\.1/);
    await expect(fs.access(out)).rejects.toThrow();

    const usage = runCli(['fetch', 'hf', '--from', '2025-02-30', '--to', '2025-03-01', '--out', out]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--from must be a calendar date YYYY-MM-DD, got '2025-02-30'/);
  });
});
