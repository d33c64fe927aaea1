/**
 * The dashboard on a model whose trend statistics cannot all be computed
 * (issue #12, items 1 and 2): it starts, `/api/summary` and `/api/emerging`
 * say what was skipped and why, and a bin asking for too many bins is a 400.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { buildSeedModel, serve } from './fixture.js';

let model: TopicModel;
let cleanup: () => void;
const servers: RunningServer[] = [];
let oneDate: (p: string) => string;
let seedUrl: (p: string) => string;

beforeAll(async () => {
  const built = await buildSeedModel();
  model = built.model;
  cleanup = built.cleanup;
  // The seed papers as if all were published on one day (a daily crawl).
  const s1 = await serve({ ...model, papers: model.papers.map((p) => ({ ...p, date: '2025-06-03' })) });
  const s2 = await serve(model);
  servers.push(s1.running, s2.running);
  oneDate = s1.url;
  seedUrl = s2.url;
});
afterAll(async () => {
  for (const s of servers) await s.close(100);
  cleanup?.();
});

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
};

describe('dashboard on a one-date model', () => {
  test('/api/summary lists the skipped statistics with reasons', async () => {
    const { status, body } = await get(oneDate('/api/summary'));
    expect(status).toBe(200);
    expect(body.papers).toBe(model.papers.length);
    expect(body.bin).toBe('day');
    const ids = body.skipped.map((s: { id: string }) => s.id).sort();
    expect(ids).toEqual(['bursts', 'growth-test', 'over-time']);
    for (const s of body.skipped) expect(s.reason).toMatch(/one day bin|full day bins|day bins, found 1/);
  });

  test('/api/emerging answers with null windows and the reason instead of failing', async () => {
    const { status, body } = await get(oneDate('/api/emerging'));
    expect(status).toBe(200);
    expect(body.before).toBeNull();
    expect(body.emerging).toEqual([]);
    expect(body.skipped.find((s: { id: string }) => s.id === 'growth-test').reason).toMatch(/at least 2 full day bins/);
  });

  test('a normal model reports nothing skipped', async () => {
    const { body } = await get(seedUrl('/api/summary'));
    expect(body.skipped).toEqual([]);
    expect((await get(seedUrl('/api/emerging'))).body.after.keys.length).toBeGreaterThan(0);
  });
});

describe('bin limit on the API', () => {
  test('bin=day over nine years of papers is a 400 naming bin', async () => {
    for (const p of ['/api/trends/topics?bin=day', '/api/trends/terms?q=streaming&bin=day', '/api/charts/topic-heatmap?bin=day', '/api/emerging?bin=day']) {
      const { status, body } = await get(seedUrl(p));
      expect(status, p).toBe(400);
      expect(body.parameter, p).toBe('bin');
      expect(body.error, p).toMatch(/more than the 520 allowed/);
    }
    expect((await get(seedUrl('/api/trends/topics?bin=week'))).status).toBe(200);
  });
});
