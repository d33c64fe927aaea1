/**
 * Finds occurrences of known phrases in unigram-id sequences. Every phrase
 * occurrence counts, overlapping ones included ("large language model" also
 * yields "language model" when both are phrases): each is evidence for its term.
 */
export class PhraseMatcher {
  /** (first word, second word) -> node; a node is a bigram phrase and/or a trigram prefix. */
  private readonly pairNodes = new Map<number, number>();
  /** node -> phrase index of the bigram itself, or -1 when it is only a trigram prefix. */
  private readonly nodePhrase: number[] = [];
  /** (node, third word) -> phrase index. */
  private readonly triples = new Map<number, number>();
  /** Words that start some phrase: skips the map lookup for all others. */
  private readonly starts: Uint8Array;

  /** @param phrases phrase word-id lists; the phrase at index k gets the id `firstId + k`. */
  constructor(
    phrases: readonly (readonly number[])[],
    private readonly nUnigrams: number,
    private readonly firstId: number,
  ) {
    this.starts = new Uint8Array(nUnigrams);
    phrases.forEach((words, k) => {
      const node = this.node(words[0], words[1]);
      if (words.length === 2) this.nodePhrase[node] = k;
      else this.triples.set(node * nUnigrams + words[2], k);
      this.starts[words[0]] = 1;
    });
  }

  private node(a: number, b: number): number {
    const key = a * this.nUnigrams + b;
    let node = this.pairNodes.get(key);
    if (node === undefined) {
      node = this.nodePhrase.length;
      this.nodePhrase.push(-1);
      this.pairNodes.set(key, node);
    }
    return node;
  }

  /** Call `found(termId, position)` for each phrase occurrence in `seq` (BREAK = -1 is never crossed). */
  forEach(seq: Int32Array, found: (termId: number, position: number) => void): void {
    const n = seq.length;
    for (let i = 0; i + 1 < n; i++) {
      const a = seq[i];
      if (a < 0 || this.starts[a] === 0) continue;
      const b = seq[i + 1];
      if (b < 0) continue;
      const node = this.pairNodes.get(a * this.nUnigrams + b);
      if (node === undefined) continue;
      const bigram = this.nodePhrase[node];
      if (bigram >= 0) found(this.firstId + bigram, i);
      if (i + 2 < n && seq[i + 2] >= 0) {
        const tri = this.triples.get(node * this.nUnigrams + seq[i + 2]);
        if (tri !== undefined) found(this.firstId + tri, i);
      }
    }
  }
}
