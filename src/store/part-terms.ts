/**
 * The term sequences of a transform part, beside it (`part-000.parquet` →
 * `part-000.terms`): per paper, in the part's row order, its term ids (unigrams
 * and phrases, for c-TF-IDF) and its unigram tokens (for the term index). With
 * them a server can rebuild a model's text features over every transformed
 * paper without the abstracts. Written one batch at a time, so a worker never
 * holds more than a batch of them:
 *
 *   "TTS1", then per batch: uint32 papers, uint32 bytes, deflated varints (codec.ts)
 *   of 2 × papers sequences (terms, tokens, terms, tokens, …)   (little-endian)
 *
 * 1,000 papers of papers.jsonl take about 170 KB (terms and tokens).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { decodeSequenceBytes, encodeSequenceBytes } from '../text/index.js';
import { besidePart } from './parts.js';

const MAGIC = 'TTS1';

/** The `.terms` file beside a part. */
export function termsFileOf(part: string): string {
  return besidePart(part, '.terms');
}

export class PartTermsWriter {
  private readonly fd: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
    writeSync(this.fd, Buffer.from(MAGIC, 'latin1'));
  }

  append(terms: readonly Int32Array[], tokens: readonly Int32Array[]): void {
    if (terms.length !== tokens.length) throw new Error(`PartTermsWriter: ${terms.length} term rows but ${tokens.length} token rows`);
    const body = encodeSequenceBytes(terms.flatMap((t, i) => [t, tokens[i]]));
    const head = Buffer.alloc(8);
    head.writeUInt32LE(terms.length, 0);
    head.writeUInt32LE(body.length, 4);
    writeSync(this.fd, head);
    writeSync(this.fd, body);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Every paper's terms and tokens of one `.terms` file, in row order (views into one buffer per batch). */
export function readPartTerms(file: string): { terms: Int32Array[]; tokens: Int32Array[] } {
  const buf = readFileSync(file);
  if (buf.subarray(0, 4).toString('latin1') !== MAGIC) throw new Error(`${file}: not a topictrends terms file (no ${MAGIC} header)`);
  const terms: Int32Array[] = [];
  const tokens: Int32Array[] = [];
  let at = 4;
  while (at < buf.length) {
    if (at + 8 > buf.length) throw new Error(`${file}: truncated at byte ${at}`);
    const count = buf.readUInt32LE(at);
    const bytes = buf.readUInt32LE(at + 4);
    if (at + 8 + bytes > buf.length) throw new Error(`${file}: truncated at byte ${at}`);
    const seqs = decodeSequenceBytes(buf.subarray(at + 8, at + 8 + bytes), 2 * count);
    for (let i = 0; i < count; i++) {
      terms.push(seqs[2 * i]);
      tokens.push(seqs[2 * i + 1]);
    }
    at += 8 + bytes;
  }
  return { terms, tokens };
}
