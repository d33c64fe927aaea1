/**
 * Which URLs the fetcher may touch. Only http(s): a `file://` base URL used to
 * be retried five times with backoff instead of refused. Redirects stay on the
 * host they start from, so the User-Agent (with the contact address) is never
 * sent to a third party and a mirror cannot bounce us anywhere.
 */
import { FetchError } from './errors.js';

export const MAX_REDIRECTS = 5;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A base URL the user gave: an http(s) origin, or a RangeError (the CLI's exit 2) naming it. */
export function checkBaseUrl(url: string, flag = '--base-url'): string {
  const u = parse(url);
  if (!u) throw new RangeError(`${flag} must be an http(s) URL, got '${url}'`);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new RangeError(`${flag} must be an http(s) URL, got '${url}' (${u.protocol} is not fetched)`);
  return url;
}

/** An http(s) URL to request, or a non-retryable FetchError. */
export function checkRequestUrl(url: string): URL {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) throw new FetchError('http', `refusing to fetch ${url}: only http and https URLs are fetched`, url);
  return u;
}

/** Where a redirect from `from` to `location` may go: the same host over http(s), else a FetchError. */
export function redirectTarget(from: URL, location: string | null, status: number): URL {
  if (!location) throw new FetchError('redirect', `HTTP ${status} from ${from.href} without a Location header`, from.href, status);
  const to = parse(new URL(location, from).href)!;
  if (to.protocol !== 'http:' && to.protocol !== 'https:') {
    throw new FetchError('redirect', `${from.href} redirects to ${to.href}: only http and https are followed`, from.href, status);
  }
  if (to.host !== from.host) {
    throw new FetchError('redirect', `${from.href} redirects to another host (${to.host}); not followed, so the User-Agent stays with ${from.host}`, from.href, status);
  }
  return to;
}
