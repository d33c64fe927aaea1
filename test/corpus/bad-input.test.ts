import { describe, expect, it } from 'vitest';
import { CorpusError, formatReadReport, MAX_ISSUES, readCorpus, type ReadReport } from '../../src/corpus/index.js';
import { csvField, expectBalanced, jsonl, tempFiles } from './helpers.js';

const ok = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Title ${id}`, abstract: `Abstract of ${id}.`, date: '2024-05-01', ...extra });
const where = (r: ReadReport) => r.issues.map((i) => [i.line, i.reason]);

async function rejects(promise: Promise<unknown>): Promise<CorpusError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(CorpusError);
  return err as CorpusError;
}

describe('JSON Lines with every kind of bad row', () => {
  const t = tempFiles();
  const lines = [
    JSON.stringify(ok('2401.00001')), //                                   1 kept
    '{"id": "2401.00002", "title": "Broken", ', //                       2 malformed
    '', //                                                                 3 blank: not a row
    JSON.stringify({ ...ok('2401.00003'), title: '   ' }), //             4 missing title
    JSON.stringify({ ...ok('2401.00004'), abstract: undefined }), //      5 missing abstract
    JSON.stringify({ title: 'No id', abstract: 'Text.' }), //             6 missing id
    JSON.stringify(ok('2401.00006', { date: '2024-13-45' })), //          7 bad date
    JSON.stringify(ok('2401.00001v2')), //                                8 duplicate (after version strip)
    '[1, 2, 3]', //                                                        9 malformed: not an object
    '   \t', //                                                           10 blank
    JSON.stringify(ok('2401.00010', { label: 'cs.CL' })), //            11 kept, label in extra
  ];
  const body = Buffer.concat([
    Buffer.from(lines.join('\n') + '\n'),
    Buffer.from('{"id": "2401.00012", "title": "Bad \xff\xfe bytes", "abstract": "x"}\n', 'latin1'), // 12 invalid UTF-8
    Buffer.from(JSON.stringify(ok('2401.00013')) + '\r\n'), //          13 kept (CRLF)
  ]);
  const file = t.write('bad.jsonl', body);

  it('skips each bad row with its reason and 1-based line, and keeps the rest', async () => {
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00010', '2401.00013']);
    expect(papers[1].extra).toEqual({ label: 'cs.CL' });
    expect(report.read).toBe(11);
    expect(report.skipped).toEqual({
      malformed: 2, 'invalid-utf8': 1, 'missing-id': 1, 'missing-title': 1, 'missing-abstract': 1, 'bad-date': 1, 'date-out-of-range': 0, 'duplicate-id': 1, 'truncated-file': 0,
    });
    expect(where(report)).toEqual([
      [2, 'malformed'], [4, 'missing-title'], [5, 'missing-abstract'], [6, 'missing-id'],
      [7, 'bad-date'], [8, 'duplicate-id'], [9, 'malformed'], [12, 'invalid-utf8'],
    ]);
    expect(report.issues.every((i) => i.file === file)).toBe(true);
    expect(report.issues.find((i) => i.reason === 'bad-date')!.message).toContain('2024-13-45');
    expect(report.issues.find((i) => i.reason === 'malformed')!.message).toMatch(/bad JSON/);
    const text = formatReadReport(report);
    expect(text).toContain(`${file}:2: malformed`);
    expect(text).toContain(`${file}:12: invalid-utf8`);
  });

  it('under strict, the first bad row throws a CorpusError naming file and line', async () => {
    const err = await rejects(readCorpus([file], { strict: true }));
    expect(err).toMatchObject({ file, line: 2, reason: 'malformed' });
    expect(err.message.startsWith(`${file}:2: bad JSON`)).toBe(true);
  });

  it('reports the issue to onIssue as it is found', async () => {
    const seen: number[] = [];
    await readCorpus([file], { onIssue: (i) => seen.push(i.line) });
    expect(seen).toEqual([2, 4, 5, 6, 7, 8, 9, 12]);
  });

  it('lists the first issues verbatim and still counts all of them', async () => {
    const many = t.write('many.jsonl', Array.from({ length: MAX_ISSUES + 10 }, (_, i) => `{bad ${i}`).join('\n'));
    const { report } = await readCorpus([many]);
    expectBalanced(report);
    expect(report.skipped.malformed).toBe(MAX_ISSUES + 10);
    expect(report.issues).toHaveLength(MAX_ISSUES);
    expect(report.issuesOmitted).toBe(10);
    expect(formatReadReport(report, { maxIssues: MAX_ISSUES })).toContain('... and 10 more issue(s)');
    const short = formatReadReport(report, { maxIssues: 3 });
    expect(short).toContain(`${many}:3: malformed`);
    expect(short).not.toContain(`${many}:4: malformed`);
    expect(short).toContain(`... and ${MAX_ISSUES + 7} more issue(s)`);
  });
});

describe('file-level problems', () => {
  const t = tempFiles();

  it('a missing file is fatal and named', async () => {
    const missing = `${t.dir}/nope.jsonl`;
    const err = await rejects(readCorpus([t.write('fine.jsonl', jsonl([ok('1')])), missing]));
    expect(err).toMatchObject({ file: missing, reason: 'missing-file' });
    expect(err.message).toBe(`${missing}: file not found`);
  });

  it('an empty file is reported (and fatal under strict)', async () => {
    const empty = t.write('empty.jsonl', '');
    const blank = t.write('blank.jsonl', '\n  \n\n');
    const { papers, report } = await readCorpus([empty, blank, t.write('one.jsonl', jsonl([ok('1')]))]);
    expectBalanced(report);
    expect(papers).toHaveLength(1);
    expect(report.issues.map((i) => [i.file, i.line, i.reason])).toEqual([[empty, 0, 'empty-file'], [blank, 0, 'empty-file']]);
    const err = await rejects(readCorpus([empty], { strict: true }));
    expect(err).toMatchObject({ file: empty, reason: 'empty-file' });
    expect(err.message).toContain(empty);
  });

  it('a CSV without the needed columns is fatal, naming the missing and the found columns', async () => {
    const csv = t.write('cols.csv', 'paper,name,text\n1,A,B\n');
    const err = await rejects(readCorpus([csv]));
    expect(err).toMatchObject({ file: csv, line: 1, reason: 'missing-columns' });
    expect(err.message).toMatch(/id \(looked for "id", "arxiv_id", "paper_id"\); title/);
    expect(err.message).toContain('Columns found: "paper", "name", "text"');
    // ...and configurable column names make the same file readable
    const { papers } = await readCorpus([csv], { fields: { id: 'paper', title: 'name', abstract: 'text' } });
    expect(papers).toEqual([{ id: '1', title: 'A', abstract: 'B' }]);
  });
});

describe('CSV bad rows', () => {
  const t = tempFiles();
  it('counts lines across quoted newlines and skips bad records with their line', async () => {
    const row = (id: string, abstract: string, date = '2024-01-02') => [id, `Title ${id}`, abstract, date].map(csvField).join(',');
    const body = Buffer.concat([
      Buffer.from(
        [
          'id,title,abstract,date,extra_col', //                 1 header (extra_col ends up in extra)
          row('a', 'two\r\nlines') + ',x', //                   2-3 kept
          '', //                                                  4 blank
          row('b', 'fine', 'someday') + ',x', //                 5 bad date
          '"c","Title c"', //                                    6 wrong field count
          row('d', 'three\nline\nabstract') + ',x', //           7-9 kept
          row('', 'no id') + ',x', //                            10 missing id
        ].join('\r\n') + '\r\n',
      ),
      Buffer.from('"e","T\xff","abs","2024-01-01","x"\r\n', 'latin1'), // 11 invalid UTF-8
      Buffer.from(row('f', 'ok') + ',y\r\n"g","unclosed quote,'), //      12 kept, 13 malformed (quote not closed)
    ]);
    const file = t.write('bad.csv', body);
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map((p) => p.id)).toEqual(['a', 'd', 'f']);
    expect(papers[0]).toMatchObject({ abstract: 'two lines', extra: { extra_col: 'x' } });
    expect(where(report)).toEqual([[5, 'bad-date'], [6, 'malformed'], [10, 'missing-id'], [11, 'invalid-utf8'], [13, 'malformed']]);
    expect(report.issues[1].message).toBe('expected 5 fields (as in the header), found 2');
    expect(report.issues[4].message).toMatch(/quoted field is not closed/);
    const err = await rejects(readCorpus([file], { strict: true }));
    expect(err.message.startsWith(`${file}:5: unparseable date "someday"`)).toBe(true);
  });
});

describe('JSON array bad elements', () => {
  const t = tempFiles();
  it('skips bad elements by the line they start on', async () => {
    const body = Buffer.concat([
      Buffer.from(`[\n  ${JSON.stringify(ok('1'))},\n  {"id": "2", "title": }, \n  "just a string",\n`),
      Buffer.from(`  {"id": "4", "title": "\xff", "abstract": "a"},\n`, 'latin1'),
      Buffer.from(`  {\n    "id": "5",\n    "title": "Has } and ] and , in it",\n    "abstract": "A [bracketed] \\"quoted\\" text"\n  }\n]\n`),
    ]);
    const file = t.write('bad.json', body);
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map((p) => [p.id, p.title])).toEqual([['1', 'Title 1'], ['5', 'Has } and ] and , in it']]);
    expect(where(report)).toEqual([[3, 'malformed'], [4, 'malformed'], [5, 'invalid-utf8']]);
    expect(report.issues[1].message).toBe('expected a JSON object, found a string');
  });

  it('reports a truncated array and a file that is not an array', async () => {
    const truncated = t.write('cut.json', `[${JSON.stringify(ok('1'))},\n{"id": "2", "ti`);
    const { papers, report } = await readCorpus([truncated], { format: 'json' });
    expectBalanced(report);
    expect(papers).toHaveLength(1);
    expect(where(report)).toEqual([[2, 'malformed']]);
    const notArray = t.write('obj.json', '"hello"');
    const r2 = (await readCorpus([notArray], { format: 'json' })).report;
    expect(where(r2)).toEqual([[1, 'malformed']]);
  });
});

describe('HF listing bad rows', () => {
  const t = tempFiles();
  it('skips a paper whose lines are not UTF-8 and a title without abstract', async () => {
    const header = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nApr 11\n\n';
    const body = Buffer.concat([
      Buffer.from(`${header}First paper\n\nFirst abstract.\n\n`), //   11, 13
      Buffer.from('Second \xff paper\n\nSecond abstract.\n\n', 'latin1'), // 15
      Buffer.from('Third paper\n\nThird abstract.\n\nDangling title\n'), // 19, 23
    ]);
    const file = t.write('listing.txt', body);
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map((p) => p.title)).toEqual(['First paper', 'Third paper']);
    expect(papers[0].id).toBe('first-paper');
    expect(where(report)).toEqual([[15, 'invalid-utf8'], [23, 'missing-abstract']]);
  });

  it('reports bad rows of the dates table without failing the read', async () => {
    const listing = t.write('l.txt', 'My Paper\n\nIts abstract.\n'); // a paste without the page header
    const dates = t.write('d.csv', 'title,arxiv_id,date,date_precision\r\nMy paper,2301.00001v1,2023-01-01,month\r\nOther,2301.00002,not a date,day\r\n');
    const { papers, report } = await readCorpus([listing], { dates });
    expect(papers).toEqual([{ id: '2301.00001', title: 'My Paper', abstract: 'Its abstract.', date: '2023-01-01', datePrecision: 'month', source: 'hf-papers-listing' }]);
    expect(report.issues).toEqual([{ file: dates, line: 3, reason: 'bad-date', message: 'unparseable date "not a date"' }]);
  });
});
