import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Compact storage of token sequences: each document as varint(length) followed by
 * varint(token + 1) (BREAK -1 becomes 0), the whole deflated and base64-encoded.
 * Term ids are ordered by frequency, so most tokens take one or two bytes before deflate.
 */
export function encodeSequences(seqs: readonly Int32Array[]): string {
  return encodeSequenceBytes(seqs).toString('base64');
}

/** `encodeSequences` without the base64: the deflated varints, for binary files (transform parts' `.terms`). */
export function encodeSequenceBytes(seqs: readonly Int32Array[]): Buffer {
  let size = 0;
  for (const s of seqs) size += 5 + 5 * s.length;
  let bytes = new Uint8Array(Math.min(size, 1 << 20));
  let at = 0;
  const put = (value: number) => {
    if (at + 5 > bytes.length) {
      const grown = new Uint8Array(bytes.length * 2);
      grown.set(bytes);
      bytes = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      bytes[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    bytes[at++] = v;
  };
  for (const s of seqs) {
    put(s.length);
    for (let i = 0; i < s.length; i++) put(s[i] + 1);
  }
  return deflateSync(bytes.subarray(0, at));
}

/** Inverse of `encodeSequences`; the sequences are views into one shared buffer. */
export function decodeSequences(encoded: string, count: number): Int32Array[] {
  return decodeSequenceBytes(Buffer.from(encoded, 'base64'), count);
}

/** Inverse of `encodeSequenceBytes`. */
export function decodeSequenceBytes(deflated: Uint8Array, count: number): Int32Array[] {
  const bytes = inflateSync(deflated);
  const values = new Int32Array(bytes.length);
  const seqs: Int32Array[] = [];
  let at = 0;
  let written = 0;
  const get = (): number => {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      if (at >= bytes.length) throw new Error('TermIndex: token data is truncated');
      b = bytes[at++];
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return v;
  };
  const starts = new Uint32Array(count + 1);
  for (let d = 0; d < count; d++) {
    const len = get();
    starts[d] = written;
    for (let i = 0; i < len; i++) values[written++] = get() - 1;
  }
  starts[count] = written;
  // One value per byte was reserved; the values take about 1.3 bytes each, so keep an exact copy
  // (999,967 served papers: 1.85 GB of typed arrays before, see docs/scaling.md).
  const exact = written < values.length ? values.slice(0, written) : values;
  for (let d = 0; d < count; d++) seqs.push(exact.subarray(starts[d], starts[d + 1]));
  if (at !== bytes.length) throw new Error('TermIndex: token data has trailing bytes (document count mismatch)');
  return seqs;
}
