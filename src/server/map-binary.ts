/**
 * The topic map as bytes for the browser:
 *
 *   uint32 n, uint32 flags, float32 xMin, xMax, yMin, yMax,
 *   int16 x[n], int16 y[n], topic[n] (uint8 when flags & 2, else uint16),
 *   [pad to 4 bytes, uint32 paperIndex[n] when flags & 1]   (little-endian)
 *
 * Without a filter the paper index is the position itself and is left out;
 * topic ids below 256 take one byte: 5 bytes a paper (52,852 papers: 264 KB,
 * 236 KB gzipped, against 317 KB and 242 KB with two-byte topics; coordinates are
 * close to random bytes, so gzip and brotli (233 KB) gain little), 9-10 with a category filter.
 * Coordinates are quantised to 16 bits over the bounding box: on a 2,000 px
 * wide map one step is 0.03 px, far below what can be seen. The paper index
 * lets the page ask for a paper's title on hover without shipping every title.
 * flags & 4 marks a sample (see `mapSample`): the page says so under the map.
 */
export interface MapPoint {
  x: number;
  y: number;
  topic: number;
}

/**
 * At most `max` of `indices` (ascending), evenly spaced. Models are sorted by id, and arXiv ids
 * follow submission order, so an even stride keeps every month and every topic in proportion.
 * 60,000 points are 540 KB with their indices; 999,967 points would be 9 MB a map, and 50
 * concurrent loads of them cannot stay under 100 ms on this machine (250 MB/s through loopback).
 */
export function mapSample(indices: readonly number[], max: number): number[] {
  if (indices.length <= max) return [...indices];
  return Array.from({ length: max }, (_, k) => indices[Math.floor((k * indices.length) / max)]);
}

export function encodeMap(papers: readonly MapPoint[], indices?: readonly number[], options: { sampled?: boolean } = {}): Buffer {
  const idx = indices ?? papers.map((_, i) => i);
  const n = idx.length;
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (const i of idx) {
    const { x, y } = papers[i];
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  if (n === 0) xMin = xMax = yMin = yMax = 0;
  const withIndex = indices !== undefined;
  const byteTopics = idx.every((i) => papers[i].topic < 256);
  const header = 24;
  const topicBytes = byteTopics ? 1 : 2;
  const indexAt = align4(header + n * (4 + topicBytes));
  const buf = Buffer.alloc(withIndex ? indexAt + 4 * n : header + n * (4 + topicBytes));
  buf.writeUInt32LE(n, 0);
  buf.writeUInt32LE((withIndex ? 1 : 0) | (byteTopics ? 2 : 0) | (options.sampled ? 4 : 0), 4);
  [xMin, xMax, yMin, yMax].forEach((v, k) => buf.writeFloatLE(v, 8 + 4 * k));
  const q = (v: number, lo: number, hi: number) => (hi > lo ? Math.round(((v - lo) / (hi - lo)) * 65534) - 32767 : 0);
  idx.forEach((i, k) => {
    const p = papers[i];
    buf.writeInt16LE(q(p.x, xMin, xMax), header + 2 * k);
    buf.writeInt16LE(q(p.y, yMin, yMax), header + 2 * n + 2 * k);
    if (byteTopics) buf.writeUInt8(p.topic, header + 4 * n + k);
    else buf.writeUInt16LE(p.topic, header + 4 * n + 2 * k);
    if (withIndex) buf.writeUInt32LE(i, indexAt + 4 * k);
  });
  return buf;
}

/** The inverse, for tests and notebooks. */
export function decodeMap(buf: Buffer): { n: number; sampled: boolean; bounds: number[]; x: number[]; y: number[]; topic: number[]; index: number[] } {
  const n = buf.readUInt32LE(0);
  const flags = buf.readUInt32LE(4);
  const withIndex = (flags & 1) === 1;
  const topicBytes = flags & 2 ? 1 : 2;
  const indexAt = align4(24 + n * (4 + topicBytes));
  const bounds = [0, 1, 2, 3].map((k) => buf.readFloatLE(8 + 4 * k));
  const at = (f: (k: number) => number) => Array.from({ length: n }, (_, k) => f(k));
  return {
    n, sampled: (flags & 4) === 4, bounds,
    x: at((k) => buf.readInt16LE(24 + 2 * k)),
    y: at((k) => buf.readInt16LE(24 + 2 * n + 2 * k)),
    topic: at((k) => (topicBytes === 1 ? buf.readUInt8(24 + 4 * n + k) : buf.readUInt16LE(24 + 4 * n + 2 * k))),
    index: at((k) => (withIndex ? buf.readUInt32LE(indexAt + 4 * k) : k)),
  };
}

const align4 = (offset: number) => Math.ceil(offset / 4) * 4;
