import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FetchError } from './errors.js';
import { parseArxivId } from './arxiv-id.js';
import { asArray, attrOf, textOf } from './xml-text.js';

/** One `<entry>` of an arXiv Atom feed, normalized. */
export interface ArxivEntry {
  /** Without version suffix. */
  id: string;
  version?: number;
  /** v1 submission timestamp (arXiv's `published` is always v1's). */
  published: string;
  /** This version's timestamp. */
  updated?: string;
  title: string;
  abstract: string;
  authors: string[];
  /** Primary category first. */
  categories: string[];
}

/** An entry that could not become a paper, and why. */
export interface RejectedEntry {
  reason: 'bad-id' | 'missing-title' | 'missing-abstract' | 'missing-date';
  id?: string;
}

/** One page of results. */
export interface ArxivPage {
  /** `opensearch:totalResults`: how many results the whole query has. */
  totalResults: number;
  entries: ArxivEntry[];
  rejected: RejectedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // `arxiv:primary_category` -> `primary_category`, `opensearch:totalResults` -> `totalResults`.
  removeNSPrefix: true,
  // Keep ids like 2501.01230 as strings, not numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'entry' || name === 'author' || name === 'category',
});

/**
 * Parse an arXiv API Atom response. Throws FetchError `malformed` if it is not
 * well-formed Atom, and `api` if arXiv answered with its error entry
 * (`<id>http://arxiv.org/api/errors#...</id>`).
 */
export function parseArxivFeed(xml: string, url: string): ArxivPage {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FetchError('malformed', `malformed XML from ${url} (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}); the response may be truncated`, url);
  }
  const feed = (parser.parse(xml) as Record<string, unknown>).feed as Record<string, unknown> | undefined;
  if (!feed || typeof feed !== 'object') throw new FetchError('malformed', `response from ${url} is XML but not an Atom <feed>`, url);
  const rawEntries = asArray(feed.entry as Record<string, unknown>[] | undefined);
  const apiError = rawEntries.find((e) => textOf(e.id).includes('arxiv.org/api/errors'));
  if (apiError) throw new FetchError('api', `arXiv API error for ${url}: ${textOf(apiError.summary) || textOf(apiError.title)}`, url);
  const total = Number(textOf(feed.totalResults));
  if (textOf(feed.totalResults) === '' || !Number.isInteger(total) || total < 0) {
    throw new FetchError('malformed', `Atom feed from ${url} lacks a valid <opensearch:totalResults>`, url);
  }
  const page: ArxivPage = { totalResults: total, entries: [], rejected: [] };
  for (const raw of rawEntries) {
    const entry = toEntry(raw);
    if ('reason' in entry) page.rejected.push(entry);
    else page.entries.push(entry);
  }
  return page;
}

function toEntry(raw: Record<string, unknown>): ArxivEntry | RejectedEntry {
  const parsed = parseArxivId(textOf(raw.id));
  if (!parsed) return { reason: 'bad-id', id: textOf(raw.id) || undefined };
  const title = textOf(raw.title);
  const abstract = textOf(raw.summary);
  const published = textOf(raw.published);
  if (!title) return { reason: 'missing-title', id: parsed.id };
  if (!abstract) return { reason: 'missing-abstract', id: parsed.id };
  if (Number.isNaN(Date.parse(published))) return { reason: 'missing-date', id: parsed.id };
  const primary = attrOf(raw.primary_category, 'term');
  const terms = asArray(raw.category as unknown[]).map((c) => attrOf(c, 'term')).filter((t): t is string => !!t);
  const categories = [...new Set(primary ? [primary, ...terms] : terms)];
  const authors = asArray(raw.author as unknown[]).map((a) => textOf((a as Record<string, unknown>)?.name)).filter(Boolean);
  const updated = textOf(raw.updated) || undefined;
  return { id: parsed.id, version: parsed.version, published, updated, title, abstract, authors, categories };
}
