import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { TREND_SPECS, flagName } from '../../model/index.js';
import { UserError } from '../../util/index.js';
import type { TrendOptions } from '../../model/index.js';
import { addSpecOptions, specOptionsFrom } from '../options/specs.js';
import { addTableOptions, tableFormatFrom, type TableFlags } from '../options/tables.js';

/** The bin and the growth-test windows, declared with the other trend options; parts carry no text for theme or term options. */
const WINDOW_SPECS = TREND_SPECS.filter((s) => ['--bin', '--recent', '--baseline'].includes(flagName(s)));

interface AggregateFlags extends TableFlags {
  model: string;
  parts: string[];
  out: string;
  report: boolean;
  bin?: string;
  recent?: string;
  baseline?: string;
}

export function registerAggregate(program: Command): void {
  const cmd = program
    .command('aggregate')
    .description('build the trend tables, charts and report from transform parts (the same SQL runs on DuckDB, ClickHouse, Spark)');
  addSpecOptions(addTableOptions(cmd), WINDOW_SPECS)
    .requiredOption('-m, --model <dir>', 'run folder (or its model.json) the parts were transformed with')
    .requiredOption('--parts <files...>', "Parquet parts written by `topictrends transform`; quote globs: 'parts/*.parquet'")
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--no-report', 'skip the charts and report.html')
    .action(async (flags: AggregateFlags) => {
      const tables = tableFormatFrom(flags);
      const { bin, ...windows } = specOptionsFrom(flags as unknown as Record<string, unknown>, WINDOW_SPECS) as Pick<TrendOptions, 'bin' | 'recent' | 'baseline'>;
      const [{ expandParts, trendTablesFromParts }, { openRun, writeTrendOutputs, writeRunReport }, path] = await Promise.all([
        import('../../store/index.js'),
        import('../../pipeline/index.js'),
        import('node:path'),
      ]);
      let parts: string[];
      try {
        parts = expandParts(flags.parts);
      } catch (err) {
        throw new CliError((err as Error).message, EXIT.data);
      }
      const model = (await openRun(flags.model)).saved;
      // Any bin unit: the parts' own by default (auto), another re-keyed from each paper's date.
      const trends = await trendTablesFromParts(parts, model.topics, { ...windows, bin: bin === 'auto' ? undefined : bin }).catch((err: Error) => {
        // A user error (a --bin giving too many bins) keeps its own exit code; anything else is a part that cannot be read.
        throw err instanceof UserError ? err : new CliError(`${err.message} (parts: ${parts.join(', ')})`, EXIT.data);
      });
      const withSizes = { ...model, topics: model.topics.map((t) => ({ ...t, size: trends.topicSizes.get(t.id) ?? 0 })) };
      const files = await writeTrendOutputs(flags.out, trends, tables);
      if (flags.report) {
        const written = await writeRunReport(flags.out, withSizes, trends);
        files.push(path.relative(flags.out, written.html));
      }
      process.stderr.write(`${parts.length} parts, ${trends.papers} papers, ${trends.periods.length} ${trends.bin} bins; wrote ${files.join(', ')}\n`);
      process.stdout.write(`${flags.out}\n`);
    });
}
