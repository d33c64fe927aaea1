import type { SkipReason } from '../errors.js';

/** What a reader yields per row: a raw record, or the reason the row could not be read. */
export type RawRow =
  | { line: number; record: Record<string, unknown> }
  | { line: number; reason: SkipReason; message: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Bytes that are only spaces, tabs and carriage returns: a blank line, which is not a paper. */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/** JSON.parse's message without the V8 preamble, short enough for one line of a report. */
export function jsonErrorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.length > 120 ? `${msg.slice(0, 117)}...` : msg;
}
