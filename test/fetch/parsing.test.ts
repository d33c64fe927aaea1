import { describe, expect, it } from 'vitest';
import {
  arxivPageUrl,
  arxivSearchQuery,
  FetchError,
  parseArxivFeed,
  parseArxivId,
  parseHfDailyPapers,
  parseRetryAfter,
  PaperCollector,
  arxivEntryToPaper,
  hfItemToPaper,
} from '../../src/fetch/index.js';
import { eachDay } from '../../src/fetch/dates.js';
import { fixture } from './fixture-server.js';

const catchError = (fn: () => unknown): FetchError => {
  try {
    fn();
  } catch (err) {
    return err as FetchError;
  }
  throw new Error('expected a throw');
};

describe('arXiv query and URL', () => {
  it('ANDs the user query with an inclusive GMT submittedDate window', () => {
    expect(arxivSearchQuery('cat:cs.CL OR cat:cs.LG', '2025-01-01', '2025-03-31')).toBe(
      '(cat:cs.CL OR cat:cs.LG) AND submittedDate:[202501010000 TO 202503312359]',
    );
  });
  it('builds the documented /api/query URL, oldest first', () => {
    const url = arxivPageUrl('https://export.arxiv.org/', 'cat:cs.CL AND submittedDate:[202501010000 TO 202501012359]', 200, 100);
    expect(url).toBe(
      'https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20submittedDate%3A%5B202501010000%20TO%20202501012359%5D&start=200&max_results=100&sortBy=submittedDate&sortOrder=ascending',
    );
  });
  it('rejects impossible dates, reversed windows and empty queries', () => {
    expect(() => arxivSearchQuery('cat:cs.CL', '2025-02-30', '2025-03-01')).toThrow(/--from must be a calendar date/);
    expect(() => arxivSearchQuery('cat:cs.CL', '2025-03-02', '2025-03-01')).toThrow(/after --to/);
    expect(() => arxivSearchQuery('  ', '2025-03-01', '2025-03-01')).toThrow(/--query/);
  });
  it('lists every day of a window across a month end', () => {
    expect(eachDay('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
});

describe('parseArxivId', () => {
  it('strips URLs and version suffixes, old and new style', () => {
    expect(parseArxivId('http://arxiv.org/abs/2501.01234v2')).toEqual({ id: '2501.01234', version: 2 });
    expect(parseArxivId('2503.00808')).toEqual({ id: '2503.00808' });
    expect(parseArxivId('http://arxiv.org/abs/hep-th/9901001v1')).toEqual({ id: 'hep-th/9901001', version: 1 });
    expect(parseArxivId('http://arxiv.org/api/errors#bad')).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 3, 1, 12, 0, 0);
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 01 Apr 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Apr 2025 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('parseArxivFeed', () => {
  it('reads totalResults and normalized entries from an Atom page', () => {
    const page = parseArxivFeed(fixture('arxiv/jan-0.xml'), 'u');
    expect(page.totalResults).toBe(6);
    expect(page.entries.map((e) => [e.id, e.version])).toEqual([['2501.00101', 1], ['2501.00102', 2]]);
    const moe = page.entries[1];
    expect(moe.title).toBe('Scaling Laws for Mixture-of-Experts Language Models');
    expect(moe.categories).toEqual(['cs.LG', 'cs.CL', 'stat.ML']);
    expect(moe.published).toBe('2025-01-03T23:59:59Z');
    expect(page.entries[0].authors).toEqual(['Ana Ruiz', 'Tomas Berg']);
    expect(page.entries[0].abstract).not.toMatch(/\n|^ /);
  });
  it('decodes entities and rejects entries without an abstract', () => {
    const page = parseArxivFeed(fixture('arxiv/jan-4.xml'), 'u');
    expect(page.entries[0].title).toBe('Retrieval & Reasoning: A Benchmark for Multi-Hop Questions');
    expect(page.entries[0].abstract).toContain('<b>and</b>');
    expect(page.rejected).toEqual([{ reason: 'missing-abstract', id: '2501.00105' }]);
  });
  it('maps a paper to the corpus shape: v1 day as date (UTC), timestamps in extra', () => {
    const paper = arxivEntryToPaper(parseArxivFeed(fixture('arxiv/jan-0.xml'), 'u').entries[1]);
    expect(paper).toMatchObject({ id: '2501.00102', date: '2025-01-03', source: 'arxiv-api', categories: ['cs.LG', 'cs.CL', 'stat.ML'] });
    expect(paper.extra).toMatchObject({ published: '2025-01-03T23:59:59Z', updated: '2025-02-10T09:12:44Z', version: 2 });
  });
  it('says where malformed XML breaks', () => {
    const err = catchError(() => parseArxivFeed(fixture('arxiv/malformed.xml'), 'http://x/api/query'));
    expect(err).toBeInstanceOf(FetchError);
    expect(err.kind).toBe('malformed');
    expect(err.message).toMatch(/malformed XML from http:\/\/x\/api\/query \(line \d+/);
  });
  it('turns the arXiv error entry into an api error with its text', () => {
    const err = catchError(() => parseArxivFeed(fixture('arxiv/api-error.xml'), 'u'));
    expect(err.kind).toBe('api');
    expect(err.message).toContain('max_results must be non-negative');
  });
  it('refuses a feed without totalResults', () => {
    expect(catchError(() => parseArxivFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'u')).kind).toBe('malformed');
  });
});

describe('parseHfDailyPapers', () => {
  it('reads the nested format, preferring paper.* fields', () => {
    const { items, rejected } = parseHfDailyPapers(fixture('hf/2025-03-03.json'), 'u');
    expect(rejected).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['2502.21321', '2503.00808', '2503.01001']);
    expect(items[0]).toMatchObject({ title: 'Reasoning Models Can Be Effective Without Long Chains', publishedAt: '2025-02-28T18:59:54.000Z', upvotes: 57, authors: ['Hana Sato', 'Omar Haddad'] });
    expect(items[2].publishedAt).toBeUndefined();
  });
  it('tolerates flat items and reports items without a summary', () => {
    const { items, rejected } = parseHfDailyPapers(fixture('hf/2025-03-04.json'), 'u');
    expect(items[0]).toMatchObject({ id: '2503.01500', title: 'Graph Transformers for Molecule Property Prediction', upvotes: 4 });
    expect(rejected).toEqual([{ reason: 'missing-abstract', id: '2503.01600' }]);
  });
  it('dates a paper by arXiv publication, or by listing day on request or when unknown', () => {
    const { items } = parseHfDailyPapers(fixture('hf/2025-03-03.json'), 'u');
    expect(hfItemToPaper(items[0], '2025-03-03').date).toBe('2025-02-28');
    expect(hfItemToPaper(items[0], '2025-03-03', 'listed').date).toBe('2025-03-03');
    expect(hfItemToPaper(items[2], '2025-03-03').date).toBe('2025-03-03');
    expect(hfItemToPaper(items[0], '2025-03-03').extra).toMatchObject({ listedOn: '2025-03-03' });
  });
  it('fails clearly on truncated JSON, non-arrays and error documents', () => {
    expect(catchError(() => parseHfDailyPapers(fixture('hf/malformed.json'), 'http://h/api')).message).toMatch(/malformed JSON from http:\/\/h\/api/);
    expect(catchError(() => parseHfDailyPapers('{"papers":[]}', 'u')).message).toMatch(/expected a JSON array/);
    expect(catchError(() => parseHfDailyPapers(fixture('hf/api-error.json'), 'u')).kind).toBe('api');
  });
});

describe('PaperCollector', () => {
  const paper = (id: string, version: number, date: string, title: string) => ({
    id, title, abstract: 'a', date, extra: { version, published: `${date}T00:00:00Z` },
  });
  it('keeps the latest version text and the earliest date', () => {
    const c = new PaperCollector();
    c.add(paper('1', 2, '2025-01-05', 'new title'));
    c.add(paper('1', 1, '2025-01-02', 'old title'));
    c.add(paper('2', 1, '2025-01-01', 'other'));
    expect(c.duplicates).toBe(1);
    const out = c.papers();
    expect(out.map((p) => p.id)).toEqual(['2', '1']);
    expect(out[1]).toMatchObject({ title: 'new title', date: '2025-01-02' });
    expect(out[1].extra).toMatchObject({ version: 2, published: '2025-01-02T00:00:00Z' });
  });
});
