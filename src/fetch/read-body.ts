/**
 * A response body read with a size cap: an API answers with a few megabytes at
 * most (2,000 arXiv entries ≈ 5 MB), so a body past the cap is a wrong URL or a
 * hostile server, and stops before it fills memory.
 */
import { FetchError } from './errors.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The whole body, or a `too-large` FetchError naming the URL as soon as it passes `maxBytes`. */
export async function readCapped(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge(url, maxBytes, `it announces ${declared} bytes`);
  }
  if (!res.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes, `more than that arrived`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function tooLarge(url: string, maxBytes: number, why: string): FetchError {
  return new FetchError('too-large', `response from ${url} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit (${why})`, url);
}
