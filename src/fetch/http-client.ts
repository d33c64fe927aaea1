import { systemClock, type Clock } from './clock.js';
import { FetchError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';
import { RequestScheduler } from './scheduler.js';
import { DEFAULT_MAX_BYTES, readCapped } from './read-body.js';
import { checkRequestUrl, MAX_REDIRECTS, redirectTarget } from './url-rules.js';

/** Options of {@link PoliteHttpClient}. */
export interface HttpClientOptions {
  /** Sent on every request; required, since both APIs ask clients to identify themselves. */
  userAgent: string;
  /** Minimum gap between request starts, in ms. Default 3000 (arXiv's published limit). */
  delayMs?: number;
  /** Abort a request (headers and body) after this many ms. Default 30000. */
  timeoutMs?: number;
  /** Attempts per URL, counting the first, before giving up. Default 5. */
  maxAttempts?: number;
  /** First backoff after a 5xx/network error/timeout, doubled each attempt. Default 5000 ms. */
  backoffBaseMs?: number;
  /** Cap on one backoff wait. Default 120000 ms. */
  backoffMaxMs?: number;
  /** Longest Retry-After we agree to sleep; longer fails with kind `rate-limit`. Default 600000 ms. */
  maxRetryAfterMs?: number;
  /** Largest response body accepted, in bytes. Default 50 MB. */
  maxBytes?: number;
  /** Time source. Default the system clock. */
  clock?: Clock;
  /** Told about every wait and retry (for stderr progress). Default: silent. */
  log?: (message: string) => void;
}

/** A successful (2xx) response body. */
export interface HttpText {
  url: string;
  status: number;
  body: string;
}

/** An HTTP status error carrying the body, so an API layer can read its error document. */
export class HttpStatusError extends FetchError {
  constructor(url: string, status: number, readonly body: string) {
    super('http', `HTTP ${status} from ${url}${excerpt(body)}`, url, status);
  }
}

const excerpt = (body: string) => {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 200);
  return text ? `: ${text}` : '';
};

/**
 * GET with the manners both APIs ask for: one request at a time, spaced by a
 * delay, a descriptive User-Agent, retries with exponential backoff on 5xx,
 * timeouts, dropped connections and truncated bodies, and `Retry-After` on
 * 429/503. Redirects are followed by hand, at most 5, each hop spaced by the
 * same delay, and only on the same host over http(s). Bodies are capped at
 * `maxBytes`. Uses Node's global `fetch` (undici).
 */
export class PoliteHttpClient {
  /** Requests actually sent (attempts, including retries). */
  requestCount = 0;
  private readonly scheduler: RequestScheduler;
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly log: (message: string) => void;
  private readonly maxBytes: number;

  constructor(private readonly options: HttpClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.scheduler = new RequestScheduler(options.delayMs ?? 3000, this.clock);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffBaseMs = options.backoffBaseMs ?? 5000;
    this.backoffMaxMs = options.backoffMaxMs ?? 120_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 600_000;
    this.log = options.log ?? (() => {});
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
      throw new RangeError(`max attempts must be a positive integer, got ${options.maxAttempts}`);
    }
  }

  /** Fetch `url` as text, retrying what is worth retrying; throws {@link FetchError}. */
  async getText(url: string): Promise<HttpText> {
    let current = checkRequestUrl(url);
    let hops = 0;
    for (let attempt = 1; ; attempt++) {
      const target = current.href;
      const outcome = await this.scheduler.run(() => this.attempt(target));
      if (outcome.ok && 'redirect' in outcome) {
        // A hop is not a failed attempt; it waits its turn in the scheduler like any request.
        if (++hops > MAX_REDIRECTS) throw new FetchError('redirect', `more than ${MAX_REDIRECTS} redirects starting at ${url}`, url, outcome.status);
        current = redirectTarget(current, outcome.redirect, outcome.status);
        attempt--;
        continue;
      }
      if (outcome.ok) return { ...outcome.value, url };
      if (!outcome.retry) throw outcome.error;
      if (attempt === this.maxAttempts) {
        outcome.error.message += ` (gave up after ${attempt} attempt${attempt === 1 ? '' : 's'})`;
        throw outcome.error;
      }
      const backoff = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (attempt - 1));
      const wait = outcome.retryAfterMs ?? backoff;
      if (wait > this.maxRetryAfterMs) {
        throw new FetchError('rate-limit', `${url} asked us to wait ${Math.round(wait / 1000)} s (Retry-After), more than the allowed ${Math.round(this.maxRetryAfterMs / 1000)} s; try again later`, url, outcome.error.status);
      }
      this.log(`${outcome.error.message}; retry ${attempt + 1}/${this.maxAttempts} in ${(wait / 1000).toFixed(1)} s`);
      await this.clock.sleep(wait);
    }
  }

  private async attempt(url: string): Promise<Attempt> {
    this.requestCount++;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { 'User-Agent': this.options.userAgent, Accept: '*/*' },
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'manual',
      });
    } catch (err) {
      return { ok: false, retry: true, error: transportError(err, url, this.timeoutMs) };
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await res.body?.cancel().catch(() => {});
      return { ok: true, redirect: res.headers.get('location'), status: res.status };
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(res, url, this.maxBytes);
    } catch (err) {
      if (err instanceof FetchError) return { ok: false, retry: false, error: err };
      const declared = res.headers.get('content-length');
      if (isTimeout(err)) return { ok: false, retry: true, error: transportError(err, url, this.timeoutMs) };
      const what = declared ? `fewer than the ${declared} bytes announced by Content-Length` : 'an incomplete body';
      return { ok: false, retry: true, error: new FetchError('truncated', `truncated response from ${url}: the connection closed after ${what}`, url, res.status) };
    }
    // Content-Length counts encoded bytes; undici has already decoded gzip, so only compare identity bodies.
    const declared = res.headers.get('content-length');
    if (declared && !res.headers.get('content-encoding') && Number(declared) !== bytes.byteLength) {
      return { ok: false, retry: true, error: new FetchError('truncated', `truncated response from ${url}: got ${bytes.byteLength} bytes, Content-Length says ${declared}`, url, res.status) };
    }
    const body = new TextDecoder('utf-8').decode(bytes);
    if (res.ok) return { ok: true, value: { url, status: res.status, body } };
    const error = new HttpStatusError(url, res.status, body);
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
    const retry = res.status === 429 || res.status >= 500;
    return { ok: false, retry, error, retryAfterMs: retry ? retryAfterMs : undefined };
  }
}

type Attempt =
  | { ok: true; value: HttpText }
  | { ok: true; redirect: string | null; status: number }
  | { ok: false; retry: boolean; error: FetchError; retryAfterMs?: number };

function isTimeout(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function transportError(err: unknown, url: string, timeoutMs: number): FetchError {
  if (isTimeout(err)) return new FetchError('timeout', `no response from ${url} within ${timeoutMs} ms`, url);
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
  return new FetchError('network', `network error fetching ${url}: ${detail}`, url);
}
