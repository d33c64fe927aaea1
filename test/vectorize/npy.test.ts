import { describe, expect, it } from 'vitest';
import { parseNpy, writeNpy, parseEmbeddingsJsonl, alignEmbeddings } from '../../src/vectorize/index.js';

/** Bytes numpy 1.26 writes for np.save(f, np.array([[1, 2, 3], [4, 5, 6]], dtype='<f4')). */
function numpyBytes(descr = '<f4', shape = '(2, 3)', values: number[] = [1, 2, 3, 4, 5, 6], fortran = 'False'): Uint8Array {
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;
  header = header.padEnd(118 - 1, ' ') + '\n'; // numpy pads magic + header to a multiple of 64 (here 128)
  const width = descr === '<f8' ? 8 : 4;
  const out = new Uint8Array(10 + header.length + values.length * width);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(Buffer.from(header, 'latin1'), 10);
  const v = new DataView(out.buffer, 10 + header.length);
  values.forEach((x, i) => (width === 8 ? v.setFloat64(8 * i, x, true) : v.setFloat32(4 * i, x, true)));
  return out;
}

describe('parseNpy', () => {
  it('reads a little-endian float32 matrix as numpy writes it', () => {
    const m = parseNpy(numpyBytes());
    expect([m.rows, m.cols]).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('converts float64 and round-trips its own writer', () => {
    expect(Array.from(parseNpy(numpyBytes('<f8')).data)).toEqual([1, 2, 3, 4, 5, 6]);
    const data = Float32Array.from([0.5, -1.25, 3, 7]);
    const back = parseNpy(writeNpy(data, 2, 2));
    expect(back.rows).toBe(2);
    expect(Array.from(back.data)).toEqual(Array.from(data));
    expect(writeNpy(data, 2, 2).length % 16).toBe(0); // data aligned like numpy's
  });
  it('refuses what it cannot read, naming the file and the problem', () => {
    expect(() => parseNpy(Buffer.from('hello world'), 'x.npy')).toThrow(/x\.npy: not a NumPy/);
    expect(() => parseNpy(numpyBytes('<i8'), 'x.npy')).toThrow(/dtype '<i8'.*astype/);
    expect(() => parseNpy(numpyBytes('<f4', '(6,)'), 'x.npy')).toThrow(/2-D matrix/);
    expect(() => parseNpy(numpyBytes('<f4', '(2, 3)', [1, 2, 3, 4, 5, 6], 'True'), 'x.npy')).toThrow(/Fortran/);
    expect(() => parseNpy(numpyBytes('<f4', '(3, 3)'), 'x.npy')).toThrow(/truncated data/);
    expect(() => parseNpy(numpyBytes('<f4', '(2, 3)', [1, 2, 3, 4, 5, NaN]), 'x.npy')).toThrow(/non-finite/);
  });
});

describe('embeddings from JSON Lines and alignment to the corpus', () => {
  it('reads {id, vector} lines and names the line of a wrong dimension', () => {
    const e = parseEmbeddingsJsonl('{"id":"a","vector":[1,2]}\n\n{"id":"b","vector":[3,4]}\n', 'e.jsonl');
    expect(e.ids).toEqual(['a', 'b']);
    expect(e.dim).toBe(2);
    expect(() => parseEmbeddingsJsonl('{"id":"a","vector":[1,2]}\n{"id":"b","vector":[3]}\n', 'e.jsonl')).toThrow(/e\.jsonl:2: vector has 1 dimensions, earlier lines have 2/);
    expect(() => parseEmbeddingsJsonl('{"id":"a","vector":[1,"x"]}\n', 'e.jsonl')).toThrow(/e\.jsonl:1: "vector"/);
    expect(() => parseEmbeddingsJsonl('{"vector":[1]}\n', 'e.jsonl')).toThrow(/e\.jsonl:1: missing "id"/);
  });
  it('orders vectors as the papers and names the first missing, extra or duplicate id', () => {
    const e = parseEmbeddingsJsonl('{"id":"a","vector":[1,2]}\n{"id":"b","vector":[3,4]}\n', 'e.jsonl');
    expect(Array.from(alignEmbeddings(['b', 'a'], e, 'e.jsonl'))).toEqual([3, 4, 1, 2]);
    expect(() => alignEmbeddings(['a', 'b', 'c'], e, 'e.jsonl')).toThrow(/e\.jsonl: no vector for 1 of 3 papers \(first: c\)/);
    expect(() => alignEmbeddings(['a'], e, 'e.jsonl')).toThrow(/e\.jsonl: 1 vectors belong to no analysed paper \(first: b\)/);
    const dup = parseEmbeddingsJsonl('{"id":"a","vector":[1]}\n{"id":"a","vector":[2]}\n', 'e.jsonl');
    expect(() => alignEmbeddings(['a'], dup, 'e.jsonl')).toThrow(/id a has two vectors \(rows 1 and 2\)/);
  });
});
