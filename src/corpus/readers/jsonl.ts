import { decodeUtf8, readLines, type ByteCounter } from '../source.js';
import { describeJsonValue, isBlank, isRecord, jsonErrorMessage, type RawRow } from './row.js';

/**
 * JSON Lines: one object per line, streamed. Also reads the arXiv bulk snapshot,
 * whose records differ only in their fields. Blank lines are not rows.
 */
export async function* readJsonLines(path: string, onBytes?: ByteCounter): AsyncGenerator<RawRow> {
  for await (const { line, bytes } of readLines(path, onBytes)) {
    if (isBlank(bytes)) continue;
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      yield { line, reason: 'invalid-utf8', message: 'invalid UTF-8 bytes' };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield { line, reason: 'malformed', message: `bad JSON: ${jsonErrorMessage(err)}` };
      continue;
    }
    if (isRecord(value)) yield { line, record: value };
    else yield { line, reason: 'malformed', message: `expected a JSON object, found ${describeJsonValue(value)}` };
  }
}
