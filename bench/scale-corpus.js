#!/usr/bin/env node
// Builds the scale corpora from ../shared/data/papers.jsonl (52,852 papers),
// streamed line by line to gzipped JSON Lines in /tmp (never in the repo):
//   node bench/scale-corpus.js [--sizes 200000,500000,1000000] [--out /tmp/topictrends-scale]
// Rule: 19 replicas K = 0..18 of every paper (19 × 52,852 = 1,004,188).
// - id: replica 0 keeps the arXiv id; replica K > 0 gets `-rK` appended.
// - date: replica K is shifted K months back (day clamped to the month's
//   length), so the corpus spans 2022-07 .. 2026-05 (47 months) and every
//   month holds papers of several replicas.
// - text: replica K > 0 drops a seeded 10% of the abstract's words. Exact
//   copies would make each paper's 15 nearest neighbours its own copies, i.e.
//   a kNN graph of disconnected 19-cliques that no real corpus has; dropping
//   words keeps the topic and makes the copies near, not equal.
// - size N < 1,004,188: each (paper, replica) is kept when a seeded hash of
//   (id, K) falls below N / 1,004,188, so every size covers the same 47
//   months at a lower density (sizes within ~0.2% of N).
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({ options: {
  input: { type: 'string', default: path.join(root, '../shared/data/papers.jsonl') },
  sizes: { type: 'string', default: '200000,500000,1000000' },
  out: { type: 'string', default: '/tmp/topictrends-scale' },
  replicas: { type: 'string', default: '19' },
} });
const REPLICAS = Number(values.replicas);
const sizes = values.sizes.split(',').map(Number);
mkdirSync(values.out, { recursive: true });

/** FNV-1a 32-bit: a stable hash, so the same corpus comes out on every machine. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
/** mulberry32, seeded per (id, replica). */
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
function shiftMonths(date, k) {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - k;
  const ny = Math.floor(total / 12), nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
function replica(paper, k) {
  if (k === 0) return paper;
  const random = rng(hash(`${paper.id}|${k}|words`));
  const words = paper.abstract.split(' ').filter(() => random() >= 0.1);
  return { ...paper, id: `${paper.id}-r${k}`, date: paper.date ? shiftMonths(paper.date, k) : paper.date, abstract: words.join(' ') };
}

const originals = [];
for await (const line of createInterface({ input: createReadStream(values.input), crlfDelay: Infinity })) {
  if (line.trim()) originals.push(line);
}
const full = originals.length * REPLICAS;
for (const size of sizes) {
  const file = path.join(values.out, `papers-${size >= 1e6 ? `${size / 1e6}m` : `${size / 1e3}k`}.jsonl.gz`);
  const gzip = createGzip({ level: 6 });
  const done = gzip.pipe(createWriteStream(file));
  const keep = Math.min(1, size / full);
  let written = 0;
  const t0 = performance.now();
  // Replica-major order, as a crawl appends batches; `run` sorts by id before every seeded step anyway.
  for (let k = 0; k < REPLICAS; k++) {
    for (const line of originals) {
      const paper = JSON.parse(line);
      if (keep < 1 && hash(`${paper.id}|${k}|keep`) / 4294967296 >= keep) continue;
      if (!gzip.write(JSON.stringify(replica(paper, k)) + '\n')) await once(gzip, 'drain');
      written++;
    }
  }
  gzip.end();
  await once(done, 'finish');
  console.log(`${file}: ${written} papers (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
