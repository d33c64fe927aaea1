import type { Command } from 'commander';
import { addCorpusOptions, readOptionsFrom, type CorpusFlags } from '../options/corpus.js';
import { integer, oneOf, usage } from '../options/parse.js';
import { BIN_UNITS } from '../../trends/index.js';

interface TransformFlags extends CorpusFlags {
  model: string;
  out: string;
  bin?: string;
  shard?: string;
  batchSize?: string;
  quiet?: boolean;
}

/** More shards than this is a typo: at 52,852 papers, 1,024 shards already hold about 50 papers each. */
const MAX_SHARDS = 1024;

/** `--shard 2/4` → shard 2 of 4 (0-based). */
function parseShard(text: string | undefined) {
  if (text === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) usage(`--shard must look like 0/4 (index/count), got '${text}'`);
  const index = Number(m[1]), count = Number(m[2]);
  if (count < 1 || index >= count) usage(`--shard ${text}: the index must be below the count`);
  if (count > MAX_SHARDS) usage(`--shard ${text}: at most ${MAX_SHARDS} shards`);
  return { index, count };
}

export function registerTransform(program: Command): void {
  const cmd = program
    .command('transform')
    .description('place the papers of a corpus shard with a saved model; write one Parquet part (id, date, period, topic, confidence, x, y, category, categories, source, title, novel, subtopic) and its .terms and .abstracts.tsv files (for serve)');
  addCorpusOptions(cmd)
    .requiredOption('-m, --model <dir>', 'run folder (or its model.json) written by `topictrends run`')
    .requiredOption('-o, --out <file>', 'the part to write, e.g. parts/part-003.parquet')
    .option('--bin <unit>', "time bin of the part's period column: day, week, month, quarter, year (default: the model's auto bin)")
    .option('--shard <i/n>', 'keep only shard i of n (papers dealt by a hash of their id), e.g. 0/4')
    .option('--batch-size <n>', 'papers placed per batch', '2000')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (flags: TransformFlags) => {
      const read = readOptionsFrom(flags);
      if (read.sample !== undefined) usage('--sample does not apply to transform (every paper of the shard is placed)');
      const bin = flags.bin === undefined ? undefined : oneOf(flags.bin, '--bin', BIN_UNITS);
      const shard = parseShard(flags.shard);
      const batchSize = integer(flags.batchSize ?? '2000', '--batch-size', 1, 1_000_000);
      const [{ openRun }, { transformToPart, checkPartOut, modelFingerprint }, { chooseBin }, { stderrProgress }] = await Promise.all([
        import('../../pipeline/index.js'),
        import('../../store/index.js'),
        import('../../trends/index.js'),
        import('../progress.js'),
      ]);
      const run = await openRun(flags.model);
      const model = await run.estimator();
      // Only a new file or a part this same model wrote: never model.json or a user's file (exit 2, nothing written).
      const fingerprint = await modelFingerprint(run.modelFile);
      await checkPartOut(flags.out, fingerprint);
      const unit = bin ?? chooseBin(model.model!.papers.map((p) => p.date));
      const t0 = performance.now();
      const identity = { model: fingerprint, bin: unit, inputs: flags.input, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}) };
      // Papers are placed as they are read: the bytes read are the stage's progress (a bar with the time left on a terminal).
      const progress = stderrProgress(flags.quiet);
      progress.start('transform');
      const onProgress = (done: number, total: number) => progress.update(done, total);
      const { placed, read: report } = await transformToPart(flags.out, flags.input, model, { read: { ...read, onProgress }, bin: unit, shard, batchSize }, identity)
        .finally(() => progress.stop());
      const seconds = (performance.now() - t0) / 1000;
      process.stderr.write(`read ${report.read}, analysed ${report.kept}; placed ${placed} papers${shard ? ` (shard ${shard.index}/${shard.count})` : ''} in ${seconds.toFixed(1)} s, ${unit} bins\n`);
      if (placed === 0 && report.kept > 0) process.stderr.write(`warning: none of the ${report.kept} papers read fell in shard ${shard?.index}/${shard?.count}: the part is empty\n`);
      process.stdout.write(`${flags.out}\n`);
    });
}
