import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TopicModel } from '../../src/model/model.js';
import type { RunningServer } from '../../src/server/index.js';
import { wilsonInterval } from '../../src/trends/wilson.js';
import { decodeMap } from '../../src/server/map-binary.js';
import { buildSeedModel, hostileCopy, serve, withHierarchy } from './fixture.js';

let model: TopicModel;
let cleanup: () => void;
let plain: { running: RunningServer; url: (p: string) => string };
let tree: { running: RunningServer; url: (p: string) => string; model: TopicModel };

beforeAll(async () => {
  const built = await buildSeedModel();
  cleanup = built.cleanup;
  // The engine builds a tree now; the "no tree" server drops it to test models without one (older runs).
  model = { ...built.model, hierarchy: undefined };
  plain = await serve(model);
  const m = withHierarchy(hostileCopy(model).model);
  tree = { ...(await serve(m)), model: m };
});
afterAll(async () => {
  await plain?.running.close(100);
  await tree?.running.close(100);
  cleanup?.();
});

const getFrom = (s: { url: (p: string) => string }) => async (p: string) => {
  const res = await fetch(s.url(p));
  return { status: res.status, body: await res.json() };
};

describe('Wilson interval', () => {
  test('textbook values, inside [0, 1], narrower with more papers, a width at 0 papers', () => {
    // Newcombe (1998), table I: 0/10 -> 0 to 0.2775; 5/10 -> 0.2366 to 0.7634.
    expect(wilsonInterval(0, 10).lo).toBe(0);
    expect(wilsonInterval(0, 10).hi).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(5, 10).lo).toBeCloseTo(0.2366, 4);
    expect(wilsonInterval(5, 10).hi).toBeCloseTo(0.7634, 4);
    const small = wilsonInterval(3, 40);
    const large = wilsonInterval(300, 4000);
    expect(large.hi - large.lo).toBeLessThan(small.hi - small.lo);
    expect(wilsonInterval(0, 0)).toEqual({ lo: 0, hi: 1 });
  });
});

describe('topic page API on the seed model', () => {
  test('trend per bin with intervals that hold the share, adding up to the topic; newest papers of the topic; no tree', async () => {
    const get = getFrom(plain);
    const topic = model.topics[1];
    const { status, body } = await get(`/api/topics/${topic.id}?bin=quarter`);
    expect(status).toBe(200);
    expect(body.kind).toBe('topic');
    expect(body.trend).toHaveLength(body.periods.length);
    const dated = model.papers.filter((p) => p.topic === topic.id && p.date).length;
    expect(body.trend.reduce((a: number, r: { count: number }) => a + r.count, 0)).toBe(dated);
    for (const r of body.trend) {
      expect(r.lo).toBeLessThanOrEqual(r.share);
      expect(r.hi).toBeGreaterThanOrEqual(r.share);
      if (r.count > 0) expect(r.terms.length).toBeGreaterThan(0);
    }
    expect(body.recent.length).toBeGreaterThan(0);
    const dates = body.recent.map((p: { date: string }) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const p of body.recent) expect(p.topic).toBe(topic.id);
    expect(body.parent).toBeNull();
    expect(body.children).toEqual([]);
    expect(body.lineage).toEqual([]);
    expect(body.similar.map((s: { id: number }) => s.id)).not.toContain(topic.id);
    const sims = body.similar.map((s: { similarity: number }) => s.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
    expect((await get(`/api/hierarchy`)).body.nodes).toEqual([]);
  });

  test('arXiv ids link to their abstract page, other ids to nothing', async () => {
    const { body } = await getFrom(plain)('/api/documents?limit=5');
    for (const p of body.documents) expect(p.url).toBe(/^\d{4}\.\d{4,5}$/.test(p.id) ? `https://arxiv.org/abs/${p.id}` : null);
  });

  test('the category filter reaches the topic list and the topic page: its count is what its paper table lists', async () => {
    const get = getFrom(tree);
    const list = (await get('/api/topics?category=cs.CV')).body;
    const all = (await get('/api/topics')).body;
    expect(list.papers).toBeLessThan(all.papers);
    for (const t of list.topics) {
      const docs = (await get(`/api/documents?topic=${t.id}&category=cs.CV&limit=1`)).body;
      expect(t.size).toBe(docs.total);
      const page = (await get(`/api/topics/${t.id}?category=cs.CV`)).body;
      expect(page.size).toBe(docs.total);
      for (const p of page.recent) expect(p.categories[0]).toBe('cs.CV');
    }
    expect(new Set(all.topics.map((t: { color: string }) => t.color)).size).toBe(all.topics.length);
    expect((await get('/api/topics?category=nope.XX')).body.parameter).toBe('category');
  });

  test('with a topic tree: a topic knows its parent, a merged node its children and the sum of its topics', async () => {
    const get = getFrom(tree);
    const nodes = (await get('/api/hierarchy')).body.nodes as { id: number; parent: number | null; children: number[]; size: number }[];
    expect(nodes).toHaveLength(2 * tree.model.topics.length - 1);
    const leaf = (await get('/api/topics/0')).body;
    const parent = nodes.find((n) => n.children.includes(0))!;
    expect(leaf.parent.id).toBe(parent.id);
    const node = (await get(`/api/topics/${parent.id}`)).body;
    expect(node.kind).toBe('node');
    expect(node.children.map((c: { id: number }) => c.id)).toEqual(parent.children);
    expect(node.size).toBe(parent.size);
    const dated = tree.model.papers.filter((p) => node.topics.includes(p.topic) && p.date).length;
    expect(node.trend.reduce((a: number, r: { count: number }) => a + r.count, 0)).toBe(dated);
    const docs = (await get(`/api/documents?topic=${parent.id}&limit=500`)).body;
    expect(docs.total).toBe(parent.size);
    const dates = docs.documents.map((d: { date: string | null }) => d.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await get(`/api/topics/${nodes.length + 5}`)).status).toBe(404);
  });
});

describe('comparisons and the map payload', () => {
  test('what is new: only significant changes (q <= alpha), windows of n bins; more bins than the corpus holds shrinks or is a note, a bad n a 400', async () => {
    const get = getFrom(tree);
    const { status, body } = await get('/api/whatsnew?bin=month&n=2');
    expect(status).toBe(200);
    expect(body.after.keys).toHaveLength(2);
    expect(body.before.keys).toHaveLength(2);
    for (const r of [...body.topics, ...body.themes, ...body.terms]) expect(r.q).toBeLessThanOrEqual(body.alpha);
    expect(body.novel.total).toBe(0);
    const bad = await get('/api/whatsnew?bin=year&n=24');
    expect(bad.status).toBe(200);
    // Windows shrink to the bins there are (and say so), or the comparison is a note: never a half-empty answer.
    expect(bad.body.skipped ? bad.body.skipped.reason : bad.body.after.keys.length).toSatisfy((v: unknown) => typeof v === 'string' || (v as number) < 24);
    expect((await get('/api/whatsnew?n=0')).body.parameter).toBe('n');
  });

  test('side by side: every topic, counts adding up to each segment, unknown segment named', async () => {
    const get = getFrom(tree);
    const { body } = await get('/api/compare?a=cs.CL&b=cs.CV');
    expect(body.rows).toHaveLength(tree.model.topics.length);
    const primary = (c: string) => tree.model.papers.filter((p) => p.categories?.[0] === c).length;
    expect(body.papersA).toBe(primary('cs.CL'));
    expect(body.rows.reduce((a: number, r: { countA: number }) => a + r.countA, 0)).toBe(body.papersA);
    expect(body.rows.reduce((a: number, r: { countB: number }) => a + r.countB, 0)).toBe(body.papersB);
    for (const r of body.rows) expect(r.significant).toBe(r.q <= body.alpha);
    expect((await get('/api/compare?a=cs.CL&b=xx.YY')).body.parameter).toBe('b');
  });

  test('map.bin holds every paper with its topic and coordinates in the same order as the model', async () => {
    const res = await fetch(plain.url('/api/map.bin'));
    const map = decodeMap(Buffer.from(await res.arrayBuffer()));
    expect(map.n).toBe(model.papers.length);
    map.index.forEach((i, k) => expect(map.topic[k]).toBe(model.papers[i].topic));
    const argmin = (v: number[]) => v.indexOf(Math.min(...v));
    expect(map.index[argmin(map.x)]).toBe(argmin(model.papers.map((p) => p.x)));
    expect(map.index[argmin(map.y)]).toBe(argmin(model.papers.map((p) => p.y)));
    const cv = decodeMap(Buffer.from(await (await fetch(tree.url('/api/map.bin?category=cs.CV'))).arrayBuffer()));
    expect(cv.n).toBe(tree.model.papers.filter((p) => p.categories?.[0] === 'cs.CV').length);
  });

  test('theme chart: a term naming a theme is that theme, a removed theme stays out, colours stay put', async () => {
    const get = getFrom(plain);
    const theme = model.themes[0].name;
    const domain = (spec: { layer: { encoding?: { color?: { scale?: { domain?: string[]; range?: string[] } } } }[] }) => spec.layer.at(-1)!.encoding!.color!.scale!;
    const base = domain((await get('/api/charts/theme-trends')).body);
    const asTerm = domain((await get(`/api/charts/theme-trends?q=${encodeURIComponent(theme.toUpperCase())}`)).body);
    expect(asTerm.domain).toContain(theme);
    expect(asTerm.domain).not.toContain(`"${theme.toUpperCase()}"`);
    const hidden = domain((await get(`/api/charts/theme-trends?hide=${encodeURIComponent(base.domain![0])}`)).body);
    expect(hidden.domain).not.toContain(base.domain![0]);
    const withTerm = domain((await get('/api/charts/theme-trends?q=mamba')).body);
    for (const [i, name] of withTerm.domain!.entries()) {
      const j = base.domain!.indexOf(name);
      if (j >= 0) expect(withTerm.range![i]).toBe(base.range![j]);
    }
  });
});
