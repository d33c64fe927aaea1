import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeClock, PoliteHttpClient } from '../../src/fetch/index.js';
import { readCapped } from '../../src/fetch/read-body.js';
import { runCli } from '../helpers/cli.js';
import { failure, FixtureServer, type Reply } from './fixture-server.js';

const UA = 'topictrends/test (+mailto:me@example.org)';
let servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});
async function serve(route: (url: URL, n: number) => Reply) {
  const s = await new FixtureServer(route).start();
  servers.push(s);
  return s;
}
const client = (clock: FakeClock, extra: Partial<ConstructorParameters<typeof PoliteHttpClient>[0]> = {}) =>
  new PoliteHttpClient({ userAgent: UA, delayMs: 0, clock, backoffBaseMs: 0, ...extra });

describe('redirects', () => {
  it('follows a redirect on the same host, spacing the hop by the politeness delay', async () => {
    const clock = new FakeClock();
    const startedAt: number[] = [];
    const s = await serve((url) => {
      startedAt.push(clock.now());
      return url.pathname === '/old' ? { status: 301, headers: { Location: '/new' } } : { body: 'moved here' };
    });
    const res = await client(clock, { delayMs: 3000 }).getText(`${s.baseUrl}/old`);
    expect(res.body).toBe('moved here');
    expect(s.requests.map((r) => r.url)).toEqual(['/old', '/new']);
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(3000);
  });

  it('does not follow a redirect to another host, so the User-Agent never reaches it', async () => {
    const other = await serve(() => ({ body: 'elsewhere' }));
    const otherUrl = other.baseUrl.replace('127.0.0.1', 'localhost');
    const s = await serve(() => ({ status: 302, headers: { Location: `${otherUrl}/steal` } }));
    const err = await failure(client(new FakeClock()).getText(`${s.baseUrl}/q`));
    expect(err.kind).toBe('redirect');
    expect(err.message).toContain('another host');
    expect(other.requests).toHaveLength(0);
    expect(s.requests).toHaveLength(1); // not retried either
  });

  it('does not follow a redirect to another scheme', async () => {
    const s = await serve(() => ({ status: 302, headers: { Location: 'file:///etc/passwd' } }));
    const err = await failure(client(new FakeClock()).getText(`${s.baseUrl}/q`));
    expect(err.kind).toBe('redirect');
    expect(err.message).toMatch(/only http and https/);
  });

  it('gives up after 5 redirects, each hop delayed, instead of looping', async () => {
    const clock = new FakeClock();
    const s = await serve((_url, n) => ({ status: 302, headers: { Location: `/loop${n}` } }));
    const err = await failure(client(clock, { delayMs: 1000 }).getText(`${s.baseUrl}/loop0`));
    expect(err.kind).toBe('redirect');
    expect(err.message).toMatch(/more than 5 redirects/);
    expect(s.requests).toHaveLength(6);
    expect(clock.sleeps.filter((ms) => ms > 0)).toHaveLength(5);
  });
});

describe('response size cap', () => {
  it('refuses a body announced larger than the cap, naming the URL, without retrying', async () => {
    const s = await serve(() => ({ body: 'x'.repeat(5000) }));
    const err = await failure(client(new FakeClock(), { maxBytes: 1000 }).getText(`${s.baseUrl}/big`));
    expect(err.kind).toBe('too-large');
    expect(err.message).toContain(`${s.baseUrl}/big`);
    expect(s.requests).toHaveLength(1);
  });

  it('stops reading a body without Content-Length once it passes the cap', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
        if (pulled > 1000) controller.close();
      },
    });
    await expect(readCapped(new Response(stream), 'http://x/y', 10 * 1024)).rejects.toThrow(/http:\/\/x\/y is larger than/);
    expect(pulled).toBeLessThan(20);
  });
});

describe('base URL', () => {
  it.each(['file:///etc', 'ftp://example.org', 'not a url'])('fetch --base-url %s is refused at once with exit 2', (base) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tt-fetch-base-'));
    try {
      const r = runCli(['fetch', 'hf', '--from', '2025-03-03', '--to', '2025-03-03', '--out', path.join(dir, 'o.jsonl'), '--base-url', base, '--max-attempts', '1', '--no-cache', '--quiet']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('--base-url');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
