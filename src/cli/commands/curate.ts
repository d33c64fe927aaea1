import type { Command } from 'commander';
import { outputFolder } from '../options/parse.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { addCurateOptions, curateEditsFrom } from '../options/curate.js';
import { addTableOptions, tableFormatFrom } from '../options/tables.js';

interface CurateCommandFlags extends TrendFlags {
  model: string;
  out?: string;
  report: boolean;
}

/** `topictrends curate`: rename, merge, split and hide topics; the curation is kept in curation.json and through update and refits. */
export function registerCurate(program: Command): void {
  const cmd = program
    .command('curate')
    .description('rename, merge, split or hide topics of a saved run (kept in curation.json); rewrite the run folder in place, or write it to --out');
  addCurateOptions(addTableOptions(addTrendOptions(cmd)))
    .requiredOption('-m, --model <file>', 'model.json written by `topictrends run`, `update` or an earlier `curate`')
    .option('-o, --out <dir>', 'output folder (default: rewrite the model\'s own folder, atomically)')
    .option('--no-report', 'skip the charts and report.html')
    .action(async (flags: CurateCommandFlags) => {
      if (flags.out !== undefined) outputFolder(flags.out);
      const edits = curateEditsFrom(flags as unknown as Record<string, unknown>);
      // No --tables: the run's own table files are rewritten (csv, parquet or both).
      const tables = (flags as { tables?: string }).tables === undefined ? undefined : tableFormatFrom(flags as unknown as Record<string, unknown>);
      // Trend flags given override the run's own trend options (from its run.json); none given keeps them.
      const asked = trendOptionsFrom(flags);
      const trends = Object.values(asked).some((v) => v !== undefined) ? asked : undefined;
      const { runCurate } = await import('../../pipeline/index.js');
      const r = await runCurate({ model: flags.model, edits, out: flags.out, trends, report: flags.report, tables });
      const hidden = r.model.topics.filter((t) => t.hidden).length;
      process.stderr.write(`${r.model.topics.length} topics (${hidden} hidden); curation: ${r.curation.renames.length} names, ${r.curation.merges.length} merges, ${r.curation.splits.length} splits; wrote ${r.files.length + 1} files\n`);
      process.stdout.write(`${flags.out ?? flags.model}\n`);
    });
}
