// Speed of `topictrends trends` before and after adjusted trends (issue #23: within 1.5× of before).
// Two measures, alternating the two builds round by round so both see the same load:
//   command  the whole `trends -m <run>/model.json` (load, trend tables, write the tables), wall time;
//   tables   computeTrendTables on a model loaded once per build, in this process (the part #23 changed).
// Usage: npm run build && node bench/trends-speed.js --before /tmp/pre-adjust --run /tmp/trust/full [--rounds 5]
//   --before  a worktree of the commit before adjusted trends, built (git worktree add /tmp/pre-adjust 66d72ef)
//   --run     a run folder; it is copied twice to /tmp (trends writes its tables into the folder)
// Writes bench/results/trends-speed-<date>.json and prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flag, root } from './args.js';

const before = path.resolve(flag('before', '/tmp/pre-adjust'));
const run = path.resolve(flag('run', '/tmp/trust/full'));
const rounds = Number(flag('rounds', '5'));
const builds = { before, after: root };

const copies = {};
for (const name of Object.keys(builds)) {
  copies[name] = path.join(os.tmpdir(), `trends-speed-${name}`);
  rmSync(copies[name], { recursive: true, force: true });
  cpSync(run, copies[name], { recursive: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { command: { before: [], after: [] }, tables: { before: [], after: [] } };

function command(name) {
  const started = performance.now();
  execFileSync(process.execPath, [path.join(builds[name], 'bin/topictrends.js'), 'trends', '-m', path.join(copies[name], 'model.json')], { stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

for (let r = 0; r < rounds; r++) {
  // Alternate which build goes first, so neither always runs right after the other's work.
  for (const name of r % 2 ? ['after', 'before'] : ['before', 'after']) times.command[name].push(command(name));
}

// In process: each build's own loader and trend tables, default options (auto bin, adjust-by auto after).
const models = {};
const compute = {};
for (const [name, dir] of Object.entries(builds)) {
  const { loadRunModel } = await import(path.join(dir, 'dist/pipeline/index.js'));
  compute[name] = (await import(path.join(dir, 'dist/analysis/index.js'))).computeTrendTables;
  models[name] = await loadRunModel(path.join(copies[name], 'model.json'));
}
const papers = models.after.papers.length;
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const started = performance.now();
    compute[name](models[name], {});
    times.tables[name].push((performance.now() - started) / 1000);
  }
}

const commit = (dir) => execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} load`,
  conditions: flag('conditions', 'shared dev VM, other jobs running'),
  run, papers, rounds,
  commits: { before: commit(before), after: commit(root) },
  times,
  medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { before: median(v.before), after: median(v.after) }])),
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const out = path.join(root, 'bench/results', `trends-speed-${result.date.slice(0, 10)}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
for (const dir of Object.values(copies)) rmSync(dir, { recursive: true, force: true });

const s = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
console.log(`| measure | before (${result.commits.before}) s | after (${result.commits.after}) s | median before | median after | ratio |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [k, v] of Object.entries(times)) {
  const m = result.medians[k];
  console.log(`| ${k} | ${s(v.before)} | ${s(v.after)} | ${m.before.toFixed(2)} | ${m.after.toFixed(2)} | ${(m.after / m.before).toFixed(2)} |`);
}
console.log(`\n${papers} papers; ${result.machine}; ${result.conditions}; ${result.date}; wrote ${path.relative(root, out)}`);
