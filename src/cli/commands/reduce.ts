import type { Command } from 'commander';
import { integer } from '../options/parse.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { loadThemesOrFail } from './themes.js';

interface ReduceFlags extends TrendFlags {
  model: string;
  to: string;
  out: string;
  report: boolean;
}

/** `topictrends reduce`: merge a saved model's topics along its tree to N topics; writes a complete run folder. */
export function registerReduce(program: Command): void {
  const cmd = program
    .command('reduce')
    .description('merge the topics of a saved model along its hierarchy down to --to N topics; write a complete run folder to --out');
  addTrendOptions(cmd)
    .requiredOption('-m, --model <file>', 'run folder, or its model.json, written by `topictrends run`')
    .requiredOption('--to <n>', 'number of topics after merging (1 .. the model\'s topics)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--no-report', 'skip the charts and report.html')
    .action(async (flags: ReduceFlags) => {
      const to = integer(flags.to, '--to', 1);
      const trends = trendOptionsFrom(flags);
      const [{ runReduce }, { loadThemes }] = await Promise.all([import('../../pipeline/index.js'), import('../../trends/index.js')]);
      const themes = flags.themes && flags.themes !== 'data/themes.json' ? loadThemesOrFail(loadThemes, flags.themes) : undefined;
      // A bad --to is an OptionError (exit 2), a model without a tree a ModelError (exit 3).
      const result = await runReduce({ model: flags.model, to, out: flags.out, trends, themes, report: flags.report });
      process.stderr.write(`${result.model.params.reducedFrom} topics merged into ${result.model.topics.length}; wrote ${result.files.length + 1} files\n`);
      process.stdout.write(`${flags.out}\n`);
    });
}
