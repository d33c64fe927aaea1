import type { Command } from 'commander';
import { outputFolder } from '../options/parse.js';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { integer } from '../options/parse.js';
import { loadThemesOrFail } from './themes.js';
import type { ReadIssue } from '../../corpus/index.js';
import { noTermsWarning, skippedCounts, writeIssues } from './read-summary.js';

interface UpdateFlags extends CorpusFlags, TrendFlags {
  model: string;
  out: string;
  minNovelGroup?: string;
  report: boolean;
  quiet?: boolean;
}

export function registerUpdate(program: Command): void {
  const cmd = program
    .command('update')
    .description('add new papers to a saved model (topics, labels and old papers stay as they are); write a complete run folder to --out');
  addTrendOptions(addCorpusOptions(cmd))
    .requiredOption('-m, --model <file>', 'run folder, or its model.json, written by `topictrends run` or an earlier `update`')
    .requiredOption('-o, --out <dir>', 'output folder (may be the model\'s own folder)')
    .option('--min-novel-group <n>', 'smallest dense group of novel papers proposed as a new topic (default: 10, or 2% of the median topic size)')
    .option('--no-report', 'skip the charts and report.html')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (flags: UpdateFlags) => {
      outputFolder(flags.out);
      const read = readOptionsFrom(flags);
      const trends = trendOptionsFrom(flags);
      const minGroup = flags.minNovelGroup === undefined ? undefined : integer(flags.minNovelGroup, '--min-novel-group', 2);
      const [{ updatePipeline }, { loadThemes }, { stderrProgress }] = await Promise.all([
        import('../../pipeline/index.js'),
        import('../../trends/index.js'),
        import('../progress.js'),
      ]);
      const themes = flags.themes ? loadThemesOrFail(loadThemes, flags.themes) : undefined;
      const issues: ReadIssue[] = [];
      read.onIssue = (issue) => issues.push(issue);
      const r = await updatePipeline({
        model: flags.model, inputs: flags.input, read, trends, themes, novelty: { minGroup }, out: flags.out, report: flags.report, progress: stderrProgress(flags.quiet),
      });
      process.stderr.write(
        `read ${r.read.read}, analysed ${r.read.kept}, skipped ${skippedCounts(r.read)}; ${r.alreadyInModel} already in the model (skipped), ${r.added} added, ${r.novel} novel` +
          `${r.groups.length ? `, ${r.groups.length} new topic(s): ${r.groups.map((g) => `#${g.topic} ${g.label} (${g.size})`).join('; ')}` : ''}; ` +
          `${r.papers} papers, ${r.model.topics.length} topics; peak RSS ${r.peakRssMb} MB\n`,
      );
      writeIssues(issues);
      const noTerms = noTermsWarning(r.noTerms);
      if (noTerms) process.stderr.write(`warning: ${noTerms}\n`);
      if (r.binChange) process.stderr.write(`warning: ${r.binChange.message}\n`);
      if (r.refit) process.stderr.write(`warning: ${r.refit.message}\n`);
      process.stdout.write(`${flags.out}\n`);
    });
}
