import type { Command } from 'commander';
import { addModelTrendOptions, modelTrendOptions, recomputeTrends, trendsOut, type ModelTrendFlags } from './model-options.js';
import { withFolderLock } from '../../util/index.js';

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('regenerate the trend tables, charts (Vega-Lite + SVG) and report.html from a saved model');
  addModelTrendOptions(cmd).action(async (flags: ModelTrendFlags) => {
    const options = modelTrendOptions(flags);
    // The folder's lock: an `update` swapping it must not interleave with these files.
    const written = await withFolderLock(await trendsOut(flags), async () => {
      const { model, tables, out } = await recomputeTrends(flags, options);
      const { writeRunReport } = await import('../../pipeline/index.js');
      return writeRunReport(out, model, tables);
    });
    process.stdout.write(`${written.html}\n`);
  });
}
