import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { CorpusError } from './errors.js';
import { EXIT, UserError } from '../util/index.js';

/**
 * A `.gz` input that ends before its gzip stream does (a download cut short) or
 * holds corrupt data. The lines before the cut have been delivered; `line` is
 * the first line that could not be read whole.
 */
export class TruncatedInputError extends UserError {
  constructor(readonly file: string, readonly line: number, readonly gzipError: Error) {
    super(
      `${file}: ${(gzipError as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'the gzip data ends early (file truncated)' : `corrupt gzip data (${gzipError.message})`}; ` +
        `the rows before line ${line} were read, the rest is lost`,
      EXIT.data,
    );
    this.name = 'TruncatedInputError';
  }
}

/** zlib's errors for a cut (`unexpected end of file`) or damaged stream. */
export function isGzipDataError(err: unknown): err is Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR';
}

/** Called with the number of raw (possibly compressed) bytes just read. */
export type ByteCounter = (bytes: number) => void;

const CHUNK = 1 << 20;
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decoding: undefined for invalid bytes instead of U+FFFD, so bad lines can be skipped and reported. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The size of an input file; a missing or unreadable path is a fatal `CorpusError` naming it. */
export async function inputSize(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    return s.size;
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read file (${(err as Error).message})`;
    throw new CorpusError({ file: path, line: 0, reason: 'missing-file', message: why });
  }
}

/** gzip is recognised by its magic bytes, so a compressed file works whatever its name. */
async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** A stream of the file's decompressed bytes. `onBytes` sees raw bytes as they come off the disk. */
export async function openBytes(path: string, onBytes?: ByteCounter, end?: number): Promise<Readable> {
  const gz = await isGzip(path);
  const raw = createReadStream(path, { highWaterMark: CHUNK, end: gz ? undefined : end });
  if (onBytes) raw.on('data', (chunk) => onBytes((chunk as Buffer).length));
  if (!gz) return raw;
  const gunzip = createGunzip({ chunkSize: CHUNK });
  raw.on('error', (err) => gunzip.destroy(err));
  // Stopping early (format detection) must also close the file underneath.
  gunzip.on('close', () => raw.destroy());
  return raw.pipe(gunzip);
}

/** Up to `maxBytes` decoded characters from the start of the file (for format detection). */
export async function peekText(path: string, maxBytes = 64 * 1024): Promise<string> {
  const stream = await openBytes(path, undefined, maxBytes - 1);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      parts.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= maxBytes) break;
    }
  } catch (err) {
    // A cut .gz still has a detectable start; the reader reports the cut itself.
    if (!isGzipDataError(err)) throw err;
  }
  stream.destroy();
  return new TextDecoder('utf-8').decode(Buffer.concat(parts).subarray(0, maxBytes)).replace(/^\uFEFF/, '');
}

/** One physical line: its 1-based number and raw bytes, without the line ending. */
export interface RawLine {
  line: number;
  bytes: Buffer;
}

/**
 * The file's lines, streamed chunk by chunk so that a multi-gigabyte snapshot
 * never sits in memory. Bytes rather than strings, so each line can be checked
 * for invalid UTF-8 on its own; LF and CRLF endings and a leading BOM are handled.
 */
export async function* readLines(path: string, onBytes?: ByteCounter): AsyncGenerator<RawLine> {
  let carry: Buffer | undefined;
  let line = 0;
  const emit = (buf: Buffer): RawLine => {
    line++;
    let bytes = buf.length > 0 && buf[buf.length - 1] === 0x0d ? buf.subarray(0, -1) : buf;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return { line, bytes };
  };
  try {
    for await (const chunk of await openBytes(path, onBytes)) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let start = 0;
      let nl: number;
      while ((nl = buf.indexOf(0x0a, start)) !== -1) {
        yield emit(buf.subarray(start, nl));
        start = nl + 1;
      }
      carry = start < buf.length ? buf.subarray(start) : undefined;
    }
  } catch (err) {
    // The partial line at the cut is not a row anyone can trust: dropped, and counted by the caller.
    if (isGzipDataError(err)) throw new TruncatedInputError(path, line + 1, err);
    throw err;
  }
  if (carry) yield emit(carry);
}

/** The whole decompressed file (for JSON arrays, which have no line structure to stream on). */
export async function readAllBytes(path: string, onBytes?: ByteCounter): Promise<Buffer> {
  const parts: Buffer[] = [];
  try {
    for await (const chunk of await openBytes(path, onBytes)) parts.push(chunk as Buffer);
  } catch (err) {
    if (isGzipDataError(err)) throw new TruncatedInputError(path, 1, err);
    throw err;
  }
  const all = Buffer.concat(parts);
  return all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf ? all.subarray(3) : all;
}
