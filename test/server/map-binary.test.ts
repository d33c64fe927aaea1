import { describe, expect, it } from 'vitest';
import { decodeMap, encodeMap } from '../../src/server/map-binary.js';

// Points on a spiral: distinct coordinates, topics cycling through `topics` ids.
const points = (n: number, topics: number) => Array.from({ length: n }, (_, i) => ({ x: Math.cos(i) * i, y: Math.sin(i) * i, topic: (i * 37) % topics }));

describe('map bytes', () => {
  it.each([
    ['one-byte topics, no index', 11, 40, undefined, 24 + 5 * 11],
    ['two-byte topics, no index', 11, 300, undefined, 24 + 6 * 11],
    ['one-byte topics with an index (odd count: the index block is aligned)', 11, 40, [9, 2, 5], 24 + 3 * 5 + 1 + 4 * 3],
    ['two-byte topics with an index', 11, 300, [0, 8, 3], 44 + 4 * 3],
  ])('%s round-trips', (_name, n, topics, indices, bytes) => {
    const ps = points(n, topics);
    const buf = encodeMap(ps, indices);
    expect(buf.length).toBe(bytes);
    const back = decodeMap(buf);
    const idx = indices ?? ps.map((_, i) => i);
    expect(back.n).toBe(idx.length);
    expect(back.index).toEqual(idx);
    expect(back.topic).toEqual(idx.map((i) => ps[i].topic));
    // Quantised to 16 bits over the box: the order of points along x survives.
    const byX = (xs: number[]) => xs.map((x, k) => [x, k]).sort((a, b) => a[0] - b[0]).map((p) => p[1]);
    expect(byX(back.x)).toEqual(byX(idx.map((i) => ps[i].x)));
  });
});
