import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { TREND_SPECS, flagName } from '../../model/index.js';
import { UserError } from '../../util/index.js';
import type { TrendOptions } from '../../model/index.js';
import { addSpecOptions, specOptionsFrom } from '../options/specs.js';
import { addTableOptions, tableFormatFrom, type TableFlags } from '../options/tables.js';

/**
 * The bin, the growth-test windows and the strata, declared with the other trend options; parts carry
 * no text for theme or term options (each row keeps its paper's primary category and source, the strata).
 */
const WINDOW_SPECS = TREND_SPECS.filter((s) => ['--bin', '--recent', '--baseline', '--adjust-by'].includes(flagName(s)));

interface AggregateFlags extends TableFlags {
  model: string;
  parts: string[];
  out: string;
  report: boolean;
  bin?: string;
  recent?: string;
  baseline?: string;
  adjustBy?: string;
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
      const { bin, ...windows } = specOptionsFrom(flags as unknown as Record<string, unknown>, WINDOW_SPECS) as Pick<TrendOptions, 'bin' | 'recent' | 'baseline' | 'adjustBy'>;
      const [{ expandParts }, { runAggregate }] = await Promise.all([import('../../store/index.js'), import('../../pipeline/index.js')]);
      let parts: string[];
      try {
        parts = expandParts(flags.parts);
      } catch (err) {
        throw new CliError((err as Error).message, EXIT.data);
      }
      const { trends, files, unchecked } = await runAggregate({ model: flags.model, parts, out: flags.out, windows, bin: bin === 'auto' ? undefined : bin, tables, report: flags.report });
      if (unchecked.length) process.stderr.write(`warning: ${unchecked.length} part(s) carry no model identity (written before parts had one), checked by their period keys only: ${unchecked.join(', ')}\n`);
      if (trends.duplicates) process.stderr.write(`warning: ${trends.duplicates} rows dropped: their paper id was already in another part (each paper counts once)\n`);
      process.stderr.write(`${parts.length} parts, ${trends.papers} papers, ${trends.periods.length} ${trends.bin} bins; wrote ${files.join(', ')}\n`);
      process.stdout.write(`${flags.out}\n`);
    });
}
