import type { Command } from 'commander';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { loadThemesOrFail } from './run.js';
import { loadModelOrFail, segmentOptionsFrom, addSegmentOptions, type SegmentFlags } from './model-options.js';

interface TrendsFlags extends TrendFlags, SegmentFlags {
  model: string;
  out?: string;
}

export function registerTrends(program: Command): void {
  const cmd = program
    .command('trends')
    .description('recompute the trend tables of a saved model (other bins, themes or segments) without re-clustering');
  addSegmentOptions(addTrendOptions(cmd))
    .requiredOption('-m, --model <file>', 'model.json written by `topictrends run`')
    .option('-o, --out <dir>', 'output folder (default: the model\'s folder)')
    .action(async (flags: TrendsFlags) => {
      const options = { ...trendOptionsFrom(flags), ...segmentOptionsFrom(flags) };
      const [{ computeTrendTables }, { writeTrendOutputs }, { loadThemes }, path] = await Promise.all([
        import('../../pipeline/trend-tables.js'),
        import('../../pipeline/write-outputs.js'),
        import('../../trends/index.js'),
        import('node:path'),
      ]);
      const model = await loadModelOrFail(flags.model);
      if (flags.themes) model.themes = loadThemesOrFail(loadThemes, flags.themes);
      const tables = computeTrendTables(model, options);
      const out = flags.out ?? path.dirname(flags.model);
      const files = await writeTrendOutputs(out, tables);
      for (const w of tables.warnings) process.stderr.write(`warning: ${w.message}\n`);
      process.stderr.write(`${tables.selected} papers, ${tables.periods.length} ${tables.bin} bins; wrote ${files.join(', ')}\n`);
      process.stdout.write(`${out}\n`);
    });
}
