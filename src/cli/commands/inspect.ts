import type { Command } from 'commander';
import type { CorpusSummary } from '../../corpus/index.js';
import { CliError, EXIT } from '../errors.js';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';

interface InspectFlags extends CorpusFlags {
  json?: boolean;
}

const BAR_WIDTH = 40;

/** The summary as plain text: counts first, then the distributions. */
export function formatSummary(s: CorpusSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const pct = (x: number) => (s.kept > 0 ? `${((100 * x) / s.kept).toFixed(1)}%` : '-');
  const nonZero = (t: Record<string, number>) => Object.entries(t).filter(([, v]) => v > 0);
  const out: string[] = [`papers: ${n(s.kept)} kept of ${n(s.read)} read`];
  const skipped = nonZero(s.skipped);
  out.push(`skipped: ${skipped.length ? skipped.map(([k, v]) => `${k} ${n(v)}`).join(', ') : 'none'}`);
  const filtered = nonZero(s.filtered);
  out.push(`filtered: ${filtered.length ? filtered.map(([k, v]) => `${k} ${n(v)}`).join(', ') : 'none'}`);
  for (const f of s.files) out.push(`  ${f.path} (${f.format}): read ${n(f.read)}, kept ${n(f.kept)}, skipped ${n(f.skipped)}, filtered ${n(f.filtered)}`);
  out.push(`dates: ${s.dateRange ? `${s.dateRange.min} to ${s.dateRange.max}` : 'none'}; undated ${n(s.undated)}`);
  if (s.datePrecision.length) out.push(`date precision: ${s.datePrecision.map((r) => `${r.name} ${n(r.count)}`).join(', ')}`);
  if (s.perMonth.length) {
    out.push('', 'papers per month:');
    const peak = Math.max(...s.perMonth.map((m) => m.count));
    for (const m of s.perMonth) out.push(`  ${m.month} ${String(m.count).padStart(7)} ${'#'.repeat(Math.round((BAR_WIDTH * m.count) / (peak || 1)))}`);
  }
  out.push('', 'primary categories:');
  for (const c of s.categories.slice(0, 20)) out.push(`  ${c.name.padEnd(12)} ${String(c.count).padStart(7)}  ${pct(c.count)}`);
  if (s.categories.length > 20) out.push(`  ... ${s.categories.length - 20} more`);
  out.push('', 'sources:');
  for (const c of s.sources) out.push(`  ${c.name.padEnd(24)} ${String(c.count).padStart(7)}  ${pct(c.count)}`);
  return out.join('\n');
}

export function registerInspect(program: Command): void {
  const cmd = program
    .command('inspect')
    .description('read a corpus and print counts, skip reasons, date range, papers per month and category mix');
  addCorpusOptions(cmd)
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (flags: InspectFlags) => {
      const options = readOptionsFrom(flags);
      const { readCorpus, summarizeCorpus, formatReadReport, CorpusError } = await import('../../corpus/index.js');
      if (process.stderr.isTTY) {
        let shown = -1;
        options.onProgress = (done, total) => {
          const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
          if (percent !== shown) process.stderr.write(`\rreading ${(shown = percent)}%`);
        };
      }
      let result;
      try {
        result = await readCorpus(flags.input, options);
      } catch (err) {
        if (err instanceof CorpusError) throw new CliError(err.message, EXIT.data);
        throw err;
      } finally {
        if (options.onProgress) process.stderr.write('\r\x1b[K');
      }
      const summary = summarizeCorpus(result.papers, result.report);
      process.stderr.write(`${formatReadReport(result.report)}\n`);
      process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`);
    });
}
