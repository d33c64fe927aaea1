import { describe, expect, it } from 'vitest';
import { decodeMap, encodeMap, mapSample } from '../../src/server/map-binary.js';

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

  it('samples a large map evenly and says so in its flags', () => {
    const all = Array.from({ length: 100_003 }, (_, i) => i * 2);
    const picked = mapSample(all, 60_000);
    expect(picked).toHaveLength(60_000);
    expect(picked[0]).toBe(0);
    expect(picked.every((v, k) => k === 0 || v > picked[k - 1])).toBe(true);
    // Even: any tenth of the input holds a tenth of the sample (±1).
    for (let part = 0; part < 10; part++) {
      const lo = all[Math.floor((part * all.length) / 10)], hi = all[Math.floor(((part + 1) * all.length) / 10) - 1];
      expect(Math.abs(picked.filter((v) => v >= lo && v <= hi).length - 6000)).toBeLessThanOrEqual(1);
    }
    expect(mapSample([5, 7], 10)).toEqual([5, 7]);
    const ps = points(500, 12);
    const back = decodeMap(encodeMap(ps, mapSample(Array.from(ps.keys()), 100), { sampled: true }));
    expect(back.sampled).toBe(true);
    expect(back.n).toBe(100);
    expect(back.index[1]).toBe(5);
    expect(decodeMap(encodeMap(ps)).sampled).toBe(false);
  });
});
