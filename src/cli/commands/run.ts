import type { Command } from 'commander';
import { outputFolder } from '../options/parse.js';
import { CliError, EXIT } from '../errors.js';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';
import { addEngineOptions, engineOptionsFrom, type EngineFlags } from '../options/engine.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';

interface RunFlags extends CorpusFlags, EngineFlags, TrendFlags {
  out: string;
  alignTo?: string;
  report: boolean;
  quiet?: boolean;
}

export function registerRun(program: Command): void {
  const cmd = program
    .command('run')
    .description('find topics and trends in a corpus; write CSVs, model.json, charts and report.html to --out');
  addTrendOptions(addEngineOptions(addCorpusOptions(cmd)))
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--no-report', 'skip the charts and report.html')
    .option('--align-to <model>', "model.json of an earlier run: matched topics keep its ids; writes lineage.csv")
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (flags: RunFlags) => {
      outputFolder(flags.out);
      const read = readOptionsFrom(flags);
      const engine = engineOptionsFrom(flags);
      const trends = trendOptionsFrom(flags);
      const [{ runPipeline }, { loadThemes }, { stderrProgress }, { readErrorToCli }] = await Promise.all([
        import('../../pipeline/run.js'),
        import('../../trends/index.js'),
        import('../progress.js'),
        import('./read-error.js'),
      ]);
      const themes = flags.themes ? loadThemesOrFail(loadThemes, flags.themes) : [];
      const result = await runPipeline({
        inputs: flags.input, read, engine, trends, themes, out: flags.out, report: flags.report, alignTo: flags.alignTo, progress: stderrProgress(flags.quiet),
      }).catch(readErrorToCli);
      if (result.fitted.kScores) {
        const scores = result.fitted.kScores.map((s) => `${s.k}: ${s.score.toFixed(3)}`).join(', ');
        process.stderr.write(`k = ${result.fitted.k}, chosen by clustering stability (mean ARI between clusterings of subsamples: ${scores})\n`);
      }
      const r = result.read;
      const skipped = Object.entries(r.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
      process.stderr.write(
        `read ${r.read}, analysed ${r.kept}, skipped ${skipped}; ${result.model.topics.length} topics; ` +
          `${result.trends.warnings.length} mix-shift warning(s); peak RSS ${result.peakRssMb} MB\n`,
      );
      for (const w of result.trends.warnings) process.stderr.write(`warning: ${w.message}\n`);
      const { reportTrendSkips } = await import('./model-options.js');
      reportTrendSkips(result.trends);
      process.stdout.write(`${flags.out}\n`);
    });
}

export function loadThemesOrFail<T>(load: (path: string) => T, path: string): T {
  try {
    return load(path);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.data);
  }
}
