#!/usr/bin/env node
// Rebuild data/demo.jsonl.gz: a sample of ../shared/data/papers.jsonl (arXiv
// metadata, CC0) for `npm run demo`, so a first-time user sees what trends look
// like on more than the 89-paper seed.
//
//   node scripts/make-demo.js [--input ../shared/data/papers.jsonl] [--papers 3000] [--out data/demo.jsonl.gz]
//
// Stratified by month with proportional allocation (each month keeps its share
// of the corpus, so the trend shapes survive), papers chosen within a month by
// a SHA-1 of their id: the same input gives byte-identical output.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const input = arg('--input', '../shared/data/papers.jsonl');
const target = Number(arg('--papers', '3000'));
const out = arg('--out', 'data/demo.jsonl.gz');

const byMonth = new Map();
let total = 0;
readFileSync(input, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  let p;
  try {
    p = JSON.parse(line);
  } catch (err) {
    throw new Error(`${input}:${i + 1}: not JSON (${err.message})`);
  }
  if (!p.id || !p.title || !p.abstract || !/^\d{4}-\d{2}/.test(p.date ?? '')) return;
  const month = p.date.slice(0, 7);
  if (!byMonth.has(month)) byMonth.set(month, []);
  byMonth.get(month).push(p);
  total++;
});

const rank = (id) => createHash('sha1').update(`topictrends-demo:${id}`).digest('hex');
const sample = [];
for (const [month, papers] of [...byMonth.entries()].sort()) {
  const take = Math.round((target * papers.length) / total);
  papers.sort((a, b) => (rank(a.id) < rank(b.id) ? -1 : 1));
  sample.push(...papers.slice(0, take).map(({ id, title, abstract, date, categories, source }) => ({ id, title, abstract, date, categories, source })));
  void month;
}
sample.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const body = gzipSync(sample.map((p) => JSON.stringify(p)).join('\n') + '\n', { level: 9 });
writeFileSync(out, body);
const months = [...new Set(sample.map((p) => p.date.slice(0, 7)))];
console.log(`${out}: ${sample.length} papers of ${total}, ${months[0]} to ${months.at(-1)} (${months.length} months), ${(body.length / 1e6).toFixed(2)} MB`);
