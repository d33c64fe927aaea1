import type { Command } from 'commander';
import { addModelTrendOptions, modelTrendOptions, recomputeTrends, trendsOut, type ModelTrendFlags } from './model-options.js';
import { withFolderLock } from '../../util/index.js';

export function registerTrends(program: Command): void {
  const cmd = program
    .command('trends')
    .description('recompute the trend tables of a saved model (other bins, themes or segments) without re-clustering');
  addModelTrendOptions(cmd).action(async (flags: ModelTrendFlags) => {
    const options = modelTrendOptions(flags);
    // The folder's lock: an `update` swapping it must not interleave with these files.
    const { out } = await withFolderLock(await trendsOut(flags), () => recomputeTrends(flags, options));
    process.stdout.write(`${out}\n`);
  });
}
