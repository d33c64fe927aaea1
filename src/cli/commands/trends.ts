import type { Command } from 'commander';
import { addModelTrendOptions, recomputeTrends, type ModelTrendFlags } from './model-options.js';

export function registerTrends(program: Command): void {
  const cmd = program
    .command('trends')
    .description('recompute the trend tables of a saved model (other bins, themes or segments) without re-clustering');
  addModelTrendOptions(cmd).action(async (flags: ModelTrendFlags) => {
    const { out } = await recomputeTrends(flags);
    process.stdout.write(`${out}\n`);
  });
}
