/**
 * Parse an HTTP `Retry-After` header (RFC 9110 §10.2.3): either a number of
 * seconds or an HTTP date. Returns the wait in milliseconds (never negative),
 * or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
