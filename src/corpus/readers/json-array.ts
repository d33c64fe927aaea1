import { decodeUtf8, readAllBytes, type ByteCounter } from '../source.js';
import { describeJsonValue, isRecord, jsonErrorMessage, type RawRow } from './row.js';

const [SPACE, TAB, CR, LF] = [0x20, 0x09, 0x0d, 0x0a];
const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

/**
 * A JSON array of paper objects. The array is split into its elements by a small
 * scanner before parsing, so each element gets its own line number, and one bad
 * element (bad JSON, invalid UTF-8) is skipped rather than losing the whole file.
 */
export async function* readJsonArray(path: string, onBytes?: ByteCounter): AsyncGenerator<RawRow> {
  const buf = await readAllBytes(path, onBytes);
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < buf.length && (buf[i] === SPACE || buf[i] === TAB || buf[i] === CR || buf[i] === LF)) {
      if (buf[i] === LF) line++;
      i++;
    }
  };
  skipSpace();
  if (i >= buf.length) return;
  if (buf[i] !== OPEN_ARRAY) {
    yield { line, reason: 'malformed', message: 'expected a JSON array starting with "["' };
    return;
  }
  i++;
  for (;;) {
    skipSpace();
    if (i >= buf.length) {
      yield { line, reason: 'malformed', message: 'JSON array is not closed (file truncated?)' };
      return;
    }
    if (buf[i] === CLOSE_ARRAY) break;
    const startLine = line;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < buf.length; i++) {
      const c = buf[i];
      if (c === LF) line++;
      if (inString) {
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 0) break;
        depth--;
      } else if (c === COMMA && depth === 0) break;
    }
    const row = parseElement(buf.subarray(start, i), startLine);
    yield row;
    if (i >= buf.length) {
      // A cut-off file usually ends inside an element, which is already reported as bad JSON.
      if (!('reason' in row)) yield { line, reason: 'malformed', message: 'JSON array is not closed (file truncated?)' };
      return;
    }
    if (buf[i] === COMMA) i++;
    else if (buf[i] === CLOSE_ARRAY) break;
  }
  i++;
  skipSpace();
  if (i < buf.length) yield { line, reason: 'malformed', message: 'unexpected content after the JSON array' };
}

function parseElement(bytes: Buffer, line: number): RawRow {
  const text = decodeUtf8(bytes);
  if (text === undefined) return { line, reason: 'invalid-utf8', message: 'invalid UTF-8 bytes' };
  if (text.trim() === '') return { line, reason: 'malformed', message: 'empty array element (stray comma?)' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line, reason: 'malformed', message: `bad JSON: ${jsonErrorMessage(err)}` };
  }
  if (isRecord(value)) return { line, record: value };
  return { line, reason: 'malformed', message: `expected a JSON object, found ${describeJsonValue(value)}` };
}
