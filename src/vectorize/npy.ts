/**
 * A reader for NumPy `.npy` files holding a 2-D float matrix (what
 * `np.save('emb.npy', model.encode(texts).astype('float32'))` writes):
 * magic `\x93NUMPY`, version, header length (2 bytes LE in v1, 4 in v2/v3),
 * a Python-dict header, then the data. Little-endian float32 (`<f4`) is read
 * without copying when aligned; `<f8` is converted. Anything else is refused
 * with a message saying how to convert.
 */
export interface NpyMatrix {
  rows: number;
  cols: number;
  /** rows × cols, row-major. */
  data: Float32Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export function parseNpy(buf: Uint8Array, file = 'embeddings.npy'): NpyMatrix {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (buf.length < 10 || MAGIC.some((b, i) => buf[i] !== b)) fail('not a NumPy .npy file (no \\x93NUMPY magic)');
  const major = buf[6];
  if (major < 1 || major > 3) fail(`unsupported .npy version ${major}.${buf[7]}`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  if (start + headerLen > buf.length) fail('truncated header');
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(buf.subarray(start, start + headerLen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) fail(`malformed header ${JSON.stringify(header.trim())}`);
  if (fortran === 'True') fail('Fortran-ordered array; save it with np.ascontiguousarray(x) first');
  const shape = shapeText!.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (shape.length !== 2 || shape.some((s) => !Number.isInteger(s) || s < 0)) fail(`expected a 2-D matrix (n papers × d dimensions), got shape (${shapeText})`);
  const [rows, cols] = shape;
  const width = descr === '<f4' ? 4 : descr === '<f8' ? 8 : fail(`dtype '${descr}' is not supported; save float32 with x.astype('<f4')`);
  const offset = start + headerLen;
  const expected = rows * cols * (width as number);
  if (buf.length - offset < expected) fail(`truncated data: shape (${rows}, ${cols}) needs ${expected} bytes, file has ${buf.length - offset}`);
  if (buf.length - offset > expected) fail(`${buf.length - offset - expected} bytes after the data of shape (${rows}, ${cols})`);
  const data = new Float32Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = width === 4 ? view.getFloat32(offset + 4 * i, true) : view.getFloat64(offset + 8 * i, true);
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) fail(`row ${Math.floor(i / cols)} (0-based) holds a non-finite value`);
  }
  return { rows, cols, data };
}

/** A float32 .npy file (v1) for a row-major matrix; used by tests and by users converting JSONL to .npy. */
export function writeNpy(data: Float32Array, rows: number, cols: number): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`;
  // Total header (magic + version + length + dict + newline) padded to a multiple of 64.
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += ' '.repeat(pad % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.length * 4);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  const view = new DataView(out.buffer, 10 + header.length);
  for (let i = 0; i < data.length; i++) view.setFloat32(4 * i, data[i], true);
  return out;
}
