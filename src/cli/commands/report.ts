import type { Command } from 'commander';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { loadThemesOrFail } from './run.js';
import { loadModelOrFail, segmentOptionsFrom, addSegmentOptions, type SegmentFlags } from './model-options.js';

interface ReportFlags extends TrendFlags, SegmentFlags {
  model: string;
  out?: string;
}

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('regenerate charts (Vega-Lite + SVG) and report.html from a saved model');
  addSegmentOptions(addTrendOptions(cmd))
    .requiredOption('-m, --model <file>', 'model.json written by `topictrends run`')
    .option('-o, --out <dir>', 'output folder (default: the model\'s folder)')
    .action(async (flags: ReportFlags) => {
      const options = { ...trendOptionsFrom(flags), ...segmentOptionsFrom(flags) };
      const [{ computeTrendTables }, { writeTrendOutputs }, { writeRunReport }, { loadThemes }, path] = await Promise.all([
        import('../../pipeline/trend-tables.js'),
        import('../../pipeline/write-outputs.js'),
        import('../../pipeline/report.js'),
        import('../../trends/index.js'),
        import('node:path'),
      ]);
      const model = await loadModelOrFail(flags.model);
      if (flags.themes) model.themes = loadThemesOrFail(loadThemes, flags.themes);
      const tables = computeTrendTables(model, options);
      const out = flags.out ?? path.dirname(flags.model);
      await writeTrendOutputs(out, tables);
      const written = await writeRunReport(out, model, tables);
      process.stdout.write(`${written.html}\n`);
    });
}
