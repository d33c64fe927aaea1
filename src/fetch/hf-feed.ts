import { FetchError } from './errors.js';
import { parseArxivId } from './arxiv-id.js';
import { collapse } from './xml-text.js';
import type { RejectedEntry } from './arxiv-feed.js';

/** One Hugging Face daily-papers item, normalized. */
export interface HfDailyItem {
  /** arXiv id without version. */
  id: string;
  title: string;
  abstract: string;
  /** arXiv publication timestamp of the paper, when given. */
  publishedAt?: string;
  /** When it was submitted to the daily list, when given. */
  submittedOnDailyAt?: string;
  authors: string[];
  upvotes?: number;
}

/** One day's listing. */
export interface HfDailyListing {
  items: HfDailyItem[];
  rejected: RejectedEntry[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Parse `GET /api/daily_papers?date=YYYY-MM-DD`: a JSON array of items.
 * Current responses nest the paper (`{ paper: { id, title, summary,
 * publishedAt, authors: [{name}] , upvotes }, title, publishedAt, ... }`);
 * older and mirrored ones are flat (`{ id, title, summary, publishedAt }`).
 * Each field is read from `paper` first, then from the item itself.
 * Throws FetchError `malformed` for non-JSON or a non-array, and `api` for
 * an `{ "error": ... }` document.
 */
export function parseHfDailyPapers(text: string, url: string): HfDailyListing {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FetchError('malformed', `malformed JSON from ${url} (${(err as Error).message}); the response may be truncated`, url);
  }
  if (isObject(data) && typeof data.error === 'string') throw new FetchError('api', `Hugging Face API error for ${url}: ${data.error}`, url);
  if (!Array.isArray(data)) throw new FetchError('malformed', `expected a JSON array of papers from ${url}, got ${data === null ? 'null' : typeof data}`, url);
  const listing: HfDailyListing = { items: [], rejected: [] };
  for (const raw of data) {
    const item = toItem(isObject(raw) ? raw : {});
    if ('reason' in item) listing.rejected.push(item);
    else listing.items.push(item);
  }
  return listing;
}

function toItem(raw: Json): HfDailyItem | RejectedEntry {
  const paper = isObject(raw.paper) ? raw.paper : {};
  const pick = (name: string) => str(paper[name]) ?? str(raw[name]);
  const rawId = pick('id') ?? '';
  const parsed = parseArxivId(rawId);
  if (!parsed) return { reason: 'bad-id', id: rawId || undefined };
  const title = collapse(pick('title') ?? '');
  const abstract = collapse(pick('summary') ?? '');
  if (!title) return { reason: 'missing-title', id: parsed.id };
  if (!abstract) return { reason: 'missing-abstract', id: parsed.id };
  const authorList = Array.isArray(paper.authors) ? paper.authors : Array.isArray(raw.authors) ? raw.authors : [];
  const authors = authorList.map((a) => (isObject(a) ? str(a.name) : str(a))).filter((a): a is string => !!a);
  const upvotes = typeof paper.upvotes === 'number' ? paper.upvotes : typeof raw.upvotes === 'number' ? raw.upvotes : undefined;
  const publishedAt = pick('publishedAt');
  return {
    id: parsed.id,
    title,
    abstract,
    ...(publishedAt && !Number.isNaN(Date.parse(publishedAt)) ? { publishedAt } : {}),
    ...(pick('submittedOnDailyAt') ? { submittedOnDailyAt: pick('submittedOnDailyAt') } : {}),
    authors,
    ...(upvotes !== undefined ? { upvotes } : {}),
  };
}
