// Trend truth: do growth verdicts find planted trends and nothing else when the corpus mix shifts?
// Planted corpora from a model fitted on ../shared/data/papers.jsonl (real abstracts, synthetic dates drawn
// within strata, src/trends/planted.ts): the mix shifts half-way, two topics rise and one fades within every
// stratum; null corpora have the same shift and nothing planted. Adjusted (CMH) and raw verdicts side by side.
//
//   node bin/topictrends.js run -i ../shared/data/papers.jsonl -o /tmp/full   # the model (about 13 min)
//   npm run build && node bench/trend-truth.js --model /tmp/full/model.json [--quick]
// Writes bench/results/trend-truth.json and bench/results/trend-truth.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, flag, args } from './args.js';

const { loadModel } = await import(path.join(root, 'dist/model/index.js'));
const { computeTrendTables } = await import(path.join(root, 'dist/analysis/index.js'));
const { plantDates, plantedTopics, scoreVerdicts } = await import(path.join(root, 'dist/trends/index.js'));

const model = { ...(await loadModel(flag('model', '/tmp/trust/full/model.json'))), themes: [] };
const quick = args.includes('--quick');
const MONTHS = 12;
const primary = (p) => p.categories?.[0] ?? '';
/** Two synthetic feeds for the corpus without categories: language and speech papers in one, the rest in the other. */
const feedOf = (p) => (['cs.CL', 'cs.SD', 'eess.AS'].includes(primary(p)) ? 'feed-a' : 'feed-b');
const MIXES = {
  // The papers.jsonl switch in small: cs.CV 5% -> 45%, cs.LG 15% -> 0%, cs.AI 10% -> 20%.
  switch: { strata: primary, before: { 'cs.CL': 60, 'cs.CV': 5, 'cs.LG': 15, 'cs.AI': 10, 'cs.SD': 10 }, after: { 'cs.CL': 30, 'cs.CV': 45, 'cs.AI': 20, 'cs.SD': 5 } },
  mild: { strata: primary, before: { 'cs.CL': 50, 'cs.CV': 20, 'cs.LG': 10, 'cs.AI': 10, 'cs.SD': 10 }, after: { 'cs.CL': 40, 'cs.CV': 30, 'cs.LG': 5, 'cs.AI': 15, 'cs.SD': 10 } },
  sources: { strata: feedOf, strip: true, before: { 'feed-a': 75, 'feed-b': 25 }, after: { 'feed-a': 30, 'feed-b': 70 } },
};
const { rising, fading } = plantedTopics(model);
const untouched = model.topics.length - rising.length - fading.length;

function corpus(mix, seed, size, shape, plant) {
  const m = MIXES[mix];
  const dates = plantDates(model.papers.map(m.strata), Int32Array.from(model.papers, (p) => p.topic), {
    seed, size, months: MONTHS, mixBefore: m.before, mixAfter: m.after, rising: plant ? rising : [], fading: plant ? fading : [], factor: 2.5, shape,
  });
  const papers = model.papers.map((p, i) => ({ ...p, date: dates[i], ...(m.strip ? { categories: undefined, source: m.strata(p) } : {}) }));
  return { ...model, papers };
}

const lastDay = (m) => new Date(Date.UTC(2024, m + 1, 0)).toISOString().slice(0, 10);
/** First month (index) from which each planted topic is called in its direction, running the trends with --to month by month. */
function leads(c, verdict) {
  const first = new Map();
  for (let m = 3; m < MONTHS; m++) {
    const rows = computeTrendTables(c, { bin: 'month', to: lastDay(m) }).emergence.rows;
    for (const [topics, want] of [[rising, 'emerging'], [fading, 'declining']]) {
      for (const t of topics) if (!first.has(t) && rows.some((r) => r.topic === t && verdict(r) === want)) first.set(t, m);
    }
  }
  return [...rising, ...fading].map((t) => (first.has(t) ? first.get(t) : null));
}

const adjusted = (r) => r.direction;
const raw = (r) => r.raw_direction;
const results = [];
const seeds = quick ? [1] : [1, 2, 3];
const plans = [];
for (const seed of seeds) {
  for (const shape of ['linear', 'step', 'late']) for (const size of [6000, 12000]) plans.push({ mix: 'switch', seed, shape, size });
  plans.push({ mix: 'mild', seed, shape: 'linear', size: 12000 }, { mix: 'sources', seed, shape: 'linear', size: 12000 });
}
for (const plan of plans) {
  const t0 = performance.now();
  const c = corpus(plan.mix, plan.seed, plan.size, plan.shape, true);
  const t = computeTrendTables(c, { bin: 'month' });
  const nul = computeTrendTables(corpus(plan.mix, plan.seed + 100, plan.size, plan.shape, false), { bin: 'month' });
  const sig = (f) => nul.emergence.rows.filter((r) => r.kind === 'topic' && f(r) !== 'stable').length;
  const lead = plan.size === 12000 ? { adjusted: leads(c, adjusted), raw: leads(c, raw) } : undefined;
  results.push({
    ...plan, adjustedBy: t.strata.by, adjusted: scoreVerdicts(t.emergence.rows, rising, fading, adjusted),
    raw: scoreVerdicts(t.emergence.rows, rising, fading, raw), nullSignificant: { adjusted: sig(adjusted), raw: sig(raw) },
    ...(lead ? { firstCalledMonth: lead } : {}), seconds: +((performance.now() - t0) / 1000).toFixed(1),
  });
  console.error(JSON.stringify(results.at(-1)));
}

const out = path.join(root, 'bench/results');
const meta = { date: new Date().toISOString().slice(0, 10), model: flag('model', '/tmp/trust/full/model.json'), papers: model.papers.length, topics: model.topics.length, rising, fading, untouched, months: MONTHS, factor: 2.5, windows: 'last 6 full months vs the 6 before (defaults)' };
writeFileSync(path.join(out, 'trend-truth.json'), JSON.stringify({ meta, results }, null, 2) + '\n');
const fmtLead = (l) => (l ? l.map((m) => (m === null ? '–' : `2024-${String(m + 1).padStart(2, '0')}`)).join(' ') : '');
const lines = [
  `# Trend truth (${meta.date}): ${meta.papers} papers, ${meta.topics} topics; planted rising ${rising.join(', ')}, fading ${fading.join(', ')}; ${untouched} untouched`,
  '',
  '| mix | seed | shape | size | adjusted by | recall adj / raw | precision adj / raw | untouched called adj / raw | null significant adj / raw | first called (adj) | first called (raw) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.mix} | ${r.seed} | ${r.shape} | ${r.size} | ${r.adjustedBy} | ${r.adjusted.recall.toFixed(2)} / ${r.raw.recall.toFixed(2)} | ${r.adjusted.precision.toFixed(2)} / ${r.raw.precision.toFixed(2)} | ${r.adjusted.untouchedCalled} / ${r.raw.untouchedCalled} | ${r.nullSignificant.adjusted} / ${r.nullSignificant.raw} | ${fmtLead(r.firstCalledMonth?.adjusted)} | ${fmtLead(r.firstCalledMonth?.raw)} |`),
  '',
  'First called: the first month whose `--to` run calls each planted topic (rising, rising, fading) in its direction; the shift is at 2024-07, the corpus ends 2024-12.',
];
writeFileSync(path.join(out, 'trend-truth.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
