// Render time and SVG size of the topic map as the number of points grows (up to 50k real titles).
// Usage: npm run build && node bench/charts.js [path/to/papers.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSvg, topicMapSpec } from '../dist/charts/index.js';
import { gaussian, mulberry32 } from '../dist/util/random.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? path.resolve(here, '../../shared/data/papers.jsonl');
const papers = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 50_000).map((l) => JSON.parse(l));

// Primary category as the "topic", points scattered around one centre per category.
const cats = [...new Set(papers.map((p) => p.categories[0]))];
const topics = cats.map((label, id) => ({ id, label, size: 0, terms: [], representativeIds: [] }));
const random = mulberry32(1);
const documents = papers.map((p) => {
  const topic = cats.indexOf(p.categories[0]);
  topics[topic].size++;
  return { id: p.id, title: p.title, date: p.date, topic, topicLabel: p.categories[0], x: (topic % 6) * 4 + gaussian(random), y: Math.floor(topic / 6) * 4 + gaussian(random) };
});

await renderSvg(topicMapSpec(documents.slice(0, 100), topics)); // warm up: module load and JIT
const rows = [];
for (const maxPoints of [1_000, 5_000, 10_000, 20_000, 50_000]) {
  const t0 = performance.now();
  const spec = topicMapSpec(documents, topics, { maxPoints });
  const t1 = performance.now();
  const svg = await renderSvg(spec);
  const t2 = performance.now();
  rows.push({ points: Math.min(maxPoints, documents.length), 'spec ms': Math.round(t1 - t0), 'render ms': Math.round(t2 - t1), 'svg MB': +(svg.length / 1e6).toFixed(2), 'spec JSON MB': +(JSON.stringify(spec).length / 1e6).toFixed(2) });
}
console.log(`topic map, ${documents.length.toLocaleString('en-US')} papers, ${topics.length} topics, node ${process.version}`);
console.table(rows);
