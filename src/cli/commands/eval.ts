import type { Command } from 'commander';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';
import { addEngineOptions, engineOptionsFrom, type EngineFlags } from '../options/engine.js';
import { addEmbeddingOptions, embeddingSourceFrom, type EmbeddingFlags } from '../options/embeddings.js';

interface EvalFlags extends CorpusFlags, EngineFlags, EmbeddingFlags {
  labelField: string;
  quiet?: boolean;
}

export function registerEval(program: Command): void {
  const cmd = program
    .command('eval')
    .description('cluster a labelled corpus and print NMI, ARI, homogeneity, completeness, V-measure, silhouette, topic coherence (NPMI) and diversity as JSON');
  addEmbeddingOptions(addEngineOptions(addCorpusOptions(cmd)))
    .option('--label-field <name>', 'field with the true class of each paper', 'label')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (flags: EvalFlags) => {
      const read = readOptionsFrom(flags);
      const engine = engineOptionsFrom(flags);
      const [{ evaluate }, { stderrProgress }] = await Promise.all([
        import('../../estimator/index.js'),
        import('../progress.js'),
      ]);
      const result = await evaluate({ inputs: flags.input, read, engine, embeddings: embeddingSourceFrom(flags), labelField: flags.labelField, progress: stderrProgress(flags.quiet) });
      // Timings vary run to run; stdout carries only the scores, so the same input and seed print the same bytes.
      const { seconds, peakRssMb, ...scores } = result;
      process.stderr.write(`total ${Object.values(seconds).reduce((a, b) => a + b, 0).toFixed(1)} s, peak RSS ${peakRssMb} MB\n`);
      process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
    });
}
