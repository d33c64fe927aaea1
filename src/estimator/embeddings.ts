/** `--embeddings`: read the user's vectors and put them in corpus order for the engine. */
import { EmbeddingError, alignEmbeddings, readEmbeddings } from '../vectorize/index.js';
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
  const data = alignEmbeddings(papers.map((p) => p.id), emb, source.file);
  refuseZeroRows(papers, data, emb.dim, source.file);
  return { data, dim: emb.dim };
}

/**
 * A zero vector has no direction: cosine distances to it are undefined, and
 * all-zero vectors ended in one topic (k = 1, below --k-min) or a NaN k.
 */
function refuseZeroRows(papers: readonly Paper[], data: Float32Array, dim: number, file: string): void {
  const zero: string[] = [];
  for (let i = 0; i < papers.length; i++) {
    let any = false;
    for (let j = 0; j < dim && !any; j++) any = data[i * dim + j] !== 0;
    if (!any) zero.push(papers[i].id);
  }
  if (zero.length === 0) return;
  throw new EmbeddingError(`${file}: ${zero.length} of ${papers.length} vectors are all zeros (${zero.slice(0, 3).join(', ')}${zero.length > 3 ? ', ...' : ''}); a zero vector has no direction to cluster on`);
}
