import type { Command } from 'commander';
import type { EmbeddingSource } from '../../estimator/index.js';
import { usage } from './parse.js';

export interface EmbeddingFlags {
  embeddings?: string;
  embeddingIds?: string;
}

/** `--embeddings` / `--embedding-ids` of run and eval. */
export function addEmbeddingOptions(cmd: Command): Command {
  return cmd
    .option('--embeddings <file>', 'cluster on your own paper vectors: a float32 .npy n×d matrix (ids in FILE.ids.txt) or JSON Lines {"id", "vector"}; labels stay c-TF-IDF on the text')
    .option('--embedding-ids <file>', 'ids of the .npy rows, one per line (default: <embeddings>.ids.txt)');
}

export function embeddingSourceFrom(flags: EmbeddingFlags): EmbeddingSource | undefined {
  if (flags.embeddingIds !== undefined && flags.embeddings === undefined) usage('--embedding-ids needs --embeddings');
  if (flags.embeddings === undefined) return undefined;
  if (!flags.embeddings.trim()) usage('--embeddings must name a file');
  return { file: flags.embeddings, ids: flags.embeddingIds };
}
