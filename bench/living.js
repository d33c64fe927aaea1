#!/usr/bin/env node
// The living model on papers.jsonl (issue 13), each step a real CLI process:
//  1. fit on papers dated before --cut (default 2026-01-01), `update` with the rest;
//     NMI of the update's topics vs a full fit on all papers, measured on the new
//     papers, next to the NMI of two full fits with different seeds on those papers;
//  2. `update` of 1,000 new papers onto the full model (wall time, charts and report included);
//  3. `run --align-to` the full model with another seed: share of each matched
//     topic's old papers that keep its id.
// Prints a table; writes JSON to bench/results/living-*.json. Run `npm run build` first.
//
//   node bench/living.js [--input F] [--cut 2026-01-01] [--seeds 42,1]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, flag } from './args.js';
import { nmi } from '../dist/cluster/index.js';

const input = path.resolve(flag('input', path.join(root, '../shared/data/papers.jsonl')));
const cut = flag('cut', '2026-01-01');
const [seedA, seedB] = flag('seeds', '42,1').split(',');
const work = mkdtempSync(path.join(tmpdir(), 'tt-living-'));

function cli(argv) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, 'bin/topictrends.js', ...argv, '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`topictrends ${argv.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  process.stderr.write(`${argv.slice(0, 1)} … ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return { wall: (performance.now() - t0) / 1000, rssMb: Math.round(rss / 1024) };
}
const topicsOf = (dir) => {
  const lines = readFileSync(path.join(dir, 'documents.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
  // id is the first column; topic sits after title/date/categories/source, so parse by header position.
  const header = readFileSync(path.join(dir, 'documents.csv'), 'utf8').split('\n')[0].split(',');
  return new Map(parseCsv(lines.join('\n')).map((r) => [r[0], Number(r[header.indexOf('topic')])]));
};
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; } else field += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const agreement = (a, b, ids) => nmi(Int32Array.from(ids, (id) => a.get(id)), Int32Array.from(ids, (id) => b.get(id)));

const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
const before = lines.filter((l) => JSON.parse(l).date < cut);
const after = lines.filter((l) => JSON.parse(l).date >= cut);
writeFileSync(path.join(work, 'before.jsonl'), before.join('\n') + '\n');
writeFileSync(path.join(work, 'after.jsonl'), after.join('\n') + '\n');
const newIds = after.map((l) => JSON.parse(l).id);
const d = (name) => path.join(work, name);

const fitOld = cli(['run', '--input', d('before.jsonl'), '--out', d('old'), '--seed', seedA, '--no-report']);
const upd = cli(['update', '--model', d('old/model.json'), '--input', d('after.jsonl'), '--out', d('updated')]);
const fullA = cli(['run', '--input', input, '--out', d('fullA'), '--seed', seedA]);
const fullB = cli(['run', '--input', input, '--out', d('fullB'), '--seed', seedB, '--no-report']);
const [U, A, B] = [topicsOf(d('updated')), topicsOf(d('fullA')), topicsOf(d('fullB'))];
const nmiUpdateFull = agreement(U, A, newIds);
const nmiFullFull = agreement(A, B, newIds);

// 1,000 new papers onto the full model: the last 1,000 of the corpus refitted without them.
const last = lines.slice(-1000);
writeFileSync(path.join(work, 'head.jsonl'), lines.slice(0, -1000).join('\n') + '\n');
writeFileSync(path.join(work, 'last1000.jsonl'), last.join('\n') + '\n');
cli(['run', '--input', d('head.jsonl'), '--out', d('head'), '--seed', seedA, '--no-report']);
const upd1k = cli(['update', '--model', d('head/model.json'), '--input', d('last1000.jsonl'), '--out', d('head-updated')]);

// Same k as the model aligned to: auto k may differ between seeds, and then lineage is mostly splits or merges.
const kA = String(JSON.parse(readFileSync(d('fullA/run.json'), 'utf8')).params.k);
const align = cli(['run', '--input', input, '--out', d('aligned'), '--seed', seedB, '--k', kA, '--align-to', d('fullA/model.json'), '--no-report']);
const lineage = parseCsv(readFileSync(d('aligned/lineage.csv'), 'utf8')).slice(1).filter((r) => r.length > 1);
const G = topicsOf(d('aligned'));
const same = lineage.filter((r) => r[2] === 'same');
let kept = 0, total = 0;
for (const r of same) for (const [id, t] of A) if (String(t) === r[0]) { total++; if (String(G.get(id)) === r[1]) kept++; }
const relations = Object.fromEntries(['same', 'split', 'merge', 'new', 'retired'].map((k) => [k, lineage.filter((r) => r[2] === k).length]));
const updRun = JSON.parse(readFileSync(d('updated/run.json'), 'utf8'));

const res = {
  date: new Date().toISOString(), input, cut, seeds: [seedA, seedB], newPapers: newIds.length, oldPapers: before.length,
  nmiUpdateVsFull: nmiUpdateFull, nmiFullVsFull: nmiFullFull, ratio: nmiUpdateFull / nmiFullFull,
  update: { wall: upd.wall, rssMb: upd.rssMb, novel: updRun.update.novel, newTopics: updRun.update.newTopics, seconds: updRun.seconds },
  update1000: { wall: upd1k.wall, rssMb: upd1k.rssMb, seconds: JSON.parse(readFileSync(d('head-updated/run.json'), 'utf8')).seconds },
  fit: { old: fitOld.wall, fullA: fullA.wall, fullB: fullB.wall },
  align: { wall: align.wall, relations, keptShare: kept / total },
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results', `living-${res.date.slice(0, 10)}.json`), JSON.stringify(res, null, 2) + '\n');
const f = (x, n = 3) => x.toFixed(n);
console.log(`| measure | value |\n|---|---|`);
console.log(`| papers before ${cut} (fit) / after (update) | ${before.length} / ${newIds.length} |`);
console.log(`| NMI update vs full fit (seed ${seedA}), new papers | ${f(nmiUpdateFull)} |`);
console.log(`| NMI full fit seed ${seedA} vs seed ${seedB}, same papers | ${f(nmiFullFull)} |`);
console.log(`| ratio (goal ≥ 0.9) | ${f(res.ratio, 2)} |`);
console.log(`| update of ${newIds.length} papers: wall, novel, new topics | ${f(upd.wall, 1)} s, ${updRun.update.novel}, ${updRun.update.newTopics.length} |`);
console.log(`| update of 1,000 papers onto ${lines.length - 1000}: wall (charts + report included), peak RSS | ${f(upd1k.wall, 1)} s, ${upd1k.rssMb} MB |`);
console.log(`| align-to: relations | ${Object.entries(relations).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
console.log(`| align-to: old papers of matched topics that keep their id | ${f(100 * res.align.keptShare, 1)}% |`);
