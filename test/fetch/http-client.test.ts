import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock, PoliteHttpClient, RequestScheduler } from '../../src/fetch/index.js';
import { failure, FixtureServer, type Reply } from './fixture-server.js';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(route: (url: URL, n: number) => Reply) {
  server = await new FixtureServer(route).start();
  return server;
}

const client = (clock: FakeClock, extra: Partial<ConstructorParameters<typeof PoliteHttpClient>[0]> = {}) =>
  new PoliteHttpClient({ userAgent: 'topictrends/test (+https://example.org)', delayMs: 0, clock, ...extra });


describe('RequestScheduler', () => {
  it('spaces request starts by the configured delay on a fake clock', async () => {
    const clock = new FakeClock();
    const scheduler = new RequestScheduler(3000, clock);
    const starts: number[] = [];
    const task = async () => {
      starts.push(clock.now());
      clock.advance(400); // time on the wire counts toward the gap
    };
    await Promise.all([scheduler.run(task), scheduler.run(task), scheduler.run(task)]);
    expect(starts[1] - starts[0]).toBe(3000);
    expect(starts[2] - starts[1]).toBe(3000);
    expect(clock.sleeps).toEqual([2600, 2600]);
  });
});

describe('PoliteHttpClient against a local server', () => {
  it('sends the User-Agent, one request at a time, spaced by the delay', async () => {
    const clock = new FakeClock();
    const startedAt: number[] = [];
    const s = await serve(() => {
      startedAt.push(clock.now());
      return { body: 'ok', delayMs: 20 };
    });
    const c = client(clock, { delayMs: 3000 });
    const bodies = await Promise.all([1, 2, 3].map((i) => c.getText(`${s.baseUrl}/x?i=${i}`)));
    expect(bodies.map((b) => b.body)).toEqual(['ok', 'ok', 'ok']);
    expect(s.maxInFlight).toBe(1);
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(3000);
    expect(startedAt[2] - startedAt[1]).toBeGreaterThanOrEqual(3000);
    expect(s.requests[0].headers['user-agent']).toBe('topictrends/test (+https://example.org)');
  });

  it('honours 429 Retry-After in seconds and as an HTTP date', async () => {
    const clock = new FakeClock(Date.UTC(2025, 3, 1, 12, 0, 0));
    const s = await serve((_url, n) =>
      n === 1 ? { status: 429, headers: { 'Retry-After': '7' } }
      : n === 2 ? { status: 429, headers: { 'Retry-After': 'Tue, 01 Apr 2025 12:01:07 GMT' } }
      : { body: 'fine' },
    );
    const res = await client(clock).getText(`${s.baseUrl}/q`);
    expect(res.body).toBe('fine');
    expect(s.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([7000, 60_000]);
  });

  it('gives up on a Retry-After longer than allowed, saying so', async () => {
    const s = await serve(() => ({ status: 429, headers: { 'Retry-After': '3600' } }));
    const err = await failure(client(new FakeClock()).getText(`${s.baseUrl}/q`));
    expect(err.kind).toBe('rate-limit');
    expect(err.message).toMatch(/wait 3600 s/);
    expect(s.requests).toHaveLength(1);
  });

  it('retries 5xx with exponential backoff and then succeeds', async () => {
    const clock = new FakeClock();
    const s = await serve((_url, n) => (n <= 2 ? { status: 503, body: 'busy' } : { body: 'up' }));
    const res = await client(clock, { backoffBaseMs: 1000 }).getText(`${s.baseUrl}/q`);
    expect(res.body).toBe('up');
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('does not retry other 4xx and keeps the body in the message', async () => {
    const s = await serve(() => ({ status: 404, body: 'no such thing' }));
    const err = await failure(client(new FakeClock()).getText(`${s.baseUrl}/missing`));
    expect(err.kind).toBe('http');
    expect(err.status).toBe(404);
    expect(err.message).toContain('no such thing');
    expect(s.requests).toHaveLength(1);
  });

  it('retries a timeout and succeeds when the server answers in time', async () => {
    const s = await serve((_url, n) => (n === 1 ? { body: 'late', delayMs: 1500 } : { body: 'prompt' }));
    const res = await client(new FakeClock(), { timeoutMs: 300 }).getText(`${s.baseUrl}/q`);
    expect(res.body).toBe('prompt');
    expect(s.requests).toHaveLength(2);
  });

  it('reports a timeout on every attempt as kind timeout', async () => {
    const s = await serve(() => ({ body: 'late', delayMs: 1500 }));
    const err = await failure(client(new FakeClock(), { timeoutMs: 200, maxAttempts: 2 }).getText(`${s.baseUrl}/q`));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/within 200 ms.*gave up after 2 attempts/);
  });

  it('detects a body shorter than its Content-Length, retries, then fails clearly', async () => {
    const body = 'x'.repeat(5000);
    const once = await serve((_url, n) => (n === 1 ? { body, truncateAt: 1000 } : { body }));
    expect((await client(new FakeClock()).getText(`${once.baseUrl}/q`)).body).toHaveLength(5000);
    await once.stop();
    const always = await serve(() => ({ body, truncateAt: 1000 }));
    const err = await failure(client(new FakeClock(), { maxAttempts: 3 }).getText(`${always.baseUrl}/q`));
    expect(err.kind).toBe('truncated');
    expect(err.message).toMatch(/5000 bytes announced by Content-Length/);
    expect(always.requests).toHaveLength(3);
  });

  it('reports a refused connection as a network error', async () => {
    const s = await serve(() => ({ body: '' }));
    const url = `${s.baseUrl}/q`;
    await s.stop();
    server = undefined;
    const err = await failure(client(new FakeClock(), { maxAttempts: 2 }).getText(url));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});
