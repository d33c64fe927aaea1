import type { Command } from 'commander';
import { addModelTrendOptions, recomputeTrends, type ModelTrendFlags } from './model-options.js';

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('regenerate the trend tables, charts (Vega-Lite + SVG) and report.html from a saved model');
  addModelTrendOptions(cmd).action(async (flags: ModelTrendFlags) => {
    const { model, tables, out } = await recomputeTrends(flags);
    const { writeRunReport } = await import('../../pipeline/index.js');
    const written = await writeRunReport(out, model, tables);
    process.stdout.write(`${written.html}\n`);
  });
}
