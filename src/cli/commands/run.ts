import { loadThemesOrFail } from './themes.js';
import type { Command } from 'commander';
import { outputFolder } from '../options/parse.js';
import { CliError, EXIT } from '../errors.js';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';
import { addEngineOptions, engineOptionsFrom, type EngineFlags } from '../options/engine.js';
import { addTrendOptions, bundledThemesPath, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { addEmbeddingOptions, embeddingSourceFrom, type EmbeddingFlags } from '../options/embeddings.js';
import { addTableOptions, tableFormatFrom, type TableFlags } from '../options/tables.js';
import { addScaleOptions, scaleOptionsFrom, type ScaleFlags } from '../options/scale.js';
import type { ReadIssue } from '../../corpus/index.js';
import { locate } from '../../corpus/index.js';
import { noTermsWarning, skippedCounts, writeIssues } from './read-summary.js';

interface RunFlags extends CorpusFlags, EngineFlags, TrendFlags, EmbeddingFlags, TableFlags, ScaleFlags {
  out: string;
  alignTo?: string;
  report: boolean;
  quiet?: boolean;
  json?: boolean;
}

export function registerRun(program: Command): void {
  const cmd = program
    .command('run')
    .description('find topics and trends in a corpus; write CSVs, model.json, charts and report.html to --out');
  addScaleOptions(addTableOptions(addEmbeddingOptions(addTrendOptions(addEngineOptions(addCorpusOptions(cmd))))))
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--no-report', 'skip the charts and report.html')
    .option('--align-to <model>', "model.json of an earlier run: keeps its number of topics unless --k is given; matched topics keep its ids; writes lineage.csv")
    .option('-q, --quiet', 'no progress on stderr')
    .option('--json', 'print a JSON summary on stdout (counts, every skipped row with file:line, warnings) instead of the folder')
    .action(async (flags: RunFlags) => {
      outputFolder(flags.out);
      const read = readOptionsFrom(flags);
      const engine = engineOptionsFrom(flags);
      const trends = trendOptionsFrom(flags);
      const tables = tableFormatFrom(flags);
      const scale = scaleOptionsFrom(flags);
      const [{ runScaled }, { loadThemes }, { stderrProgress }, { documentsWithoutTerms }] = await Promise.all([
        import('../../pipeline/index.js'),
        import('../../trends/index.js'),
        import('../progress.js'),
        import('../../text/index.js'),
      ]);
      const themes = loadThemesOrFail(loadThemes, flags.themes ?? bundledThemesPath());
      const issues: ReadIssue[] = [];
      read.onIssue = (issue) => issues.push(issue);
      const result = await runScaled({
        inputs: flags.input, read, engine, trends, themes, embeddings: embeddingSourceFrom(flags), out: flags.out, report: flags.report, tables, ...scale, alignTo: flags.alignTo, progress: stderrProgress(flags.quiet),
      });
      if (result.fitted.kScores) {
        const scores = result.fitted.kScores.map((s) => `${s.k}: ${s.score.toFixed(3)}`).join(', ');
        const prior = result.fitted.kScores[0].prior;
        const how = result.fitted.k === prior ? 'kept: no k near it was clearly more stable' : 'moved: it was clearly less stable';
        process.stderr.write(`k = ${result.fitted.k}: the size prior ${prior} (0.3·√n), ${how} (mean ARI between clusterings of subsamples: ${scores})\n`);
      }
      const r = result.read;
      const skipped = skippedCounts(r);
      process.stderr.write(
        `read ${r.read}, analysed ${r.kept}, skipped ${skipped}; ${result.model.topics.length} topics` +
          (result.model.quality ? ` (coherence ${result.model.quality.coherence}, diversity ${result.model.quality.diversity}); ` : '; ') +
          `${result.trends.warnings.length} mix-shift warning(s); peak RSS ${result.peakRssMb} MB\n`,
      );
      writeIssues(issues);
      const noTerms = noTermsWarning(documentsWithoutTerms(result.model.docTerms).map((i) => result.model.papers[i].id));
      const warnings = result.trends.warnings.map((w) => w.message);
      if (noTerms) warnings.push(noTerms);
      for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
      const { reportTrendSkips } = await import('./model-options.js');
      reportTrendSkips(result.trends);
      if (!flags.json) return void process.stdout.write(`${flags.out}\n`);
      const summary = {
        out: flags.out,
        read: r.read,
        kept: r.kept,
        skipped: r.skipped,
        filtered: r.filtered,
        files: r.files,
        issues: issues.map((i) => ({ ...i, where: locate(i.file, i.line) })),
        topics: result.model.topics.length,
        k: result.fitted.k,
        warnings,
      };
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });
}
