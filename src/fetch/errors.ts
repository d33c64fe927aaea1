/** What went wrong, so the CLI can pick an exit code and a test can tell failures apart. */
export type FetchErrorKind =
  /** A non-retryable HTTP status, or a retryable one that never recovered. */
  | 'http'
  /** No response within the request timeout, on every attempt. */
  | 'timeout'
  /** Connection refused/reset, DNS failure... on every attempt. */
  | 'network'
  /** The body ended before its Content-Length, on every attempt. */
  | 'truncated'
  /** The body arrived but is not the documented XML/JSON. */
  | 'malformed'
  /** arXiv kept returning an empty page before the end of the results. */
  | 'empty-page'
  /** The API answered with an error document (e.g. arXiv's Atom error entry). */
  | 'api'
  /** Retry-After asked for a wait longer than we are allowed to sleep. */
  | 'rate-limit'
  /** A redirect to another host or scheme, a redirect without Location, or more than 5 in a row. */
  | 'redirect'
  /** The body is larger than the client's cap (50 MB by default). */
  | 'too-large';

/** A failed fetch, with the URL it concerns in the message. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}
