/** `--embeddings`: read the user's vectors and put them in corpus order for the engine. */
import { alignEmbeddings, readEmbeddings } from '../vectorize/index.js';
import type { Paper } from '../corpus/index.js';
import type { PaperVectors } from './fit.js';

export interface EmbeddingSource {
  /** `.npy` float32 n × d matrix, or JSON Lines `{id, vector}`. */
  file: string;
  /** Ids of the .npy rows, one per line. Default `<file>.ids.txt`. */
  ids?: string;
}

export async function loadPaperVectors(papers: readonly Paper[], source: EmbeddingSource): Promise<PaperVectors> {
  const emb = await readEmbeddings(source.file, source.ids);
  return { data: alignEmbeddings(papers.map((p) => p.id), emb, source.file), dim: emb.dim };
}
