import { describe, expect, test } from 'vitest';
import { buildReportHtml } from '../../src/report/index.js';
import { fixtureReport } from './fixture.js';

describe('the report as a handout', () => {
  const { data, run } = fixtureReport();
  const page = buildReportHtml({ ...data, charts: {} });

  test('key findings open it: the largest topic and the strongest significant rises and falls, with q', () => {
    const first = page.indexOf('<section id="');
    expect(page.slice(first, first + 44)).toContain('id="key-findings"');
    const findings = page.slice(page.indexOf('id="key-findings"'), page.indexOf('</section>', page.indexOf('id="key-findings"')));
    const largest = [...run.topics].sort((a, b) => b.size - a.size)[0];
    expect(findings).toContain(`#${largest.id} `);
    const rising = run.changes.filter((c) => c.direction === 'emerging').sort((a, b) => b.change - a.change);
    if (rising.length) expect(findings).toContain(rising[0].name.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    else expect(findings).toContain('No topic or theme rose significantly');
    expect(findings).toMatch(/q = /);
  });

  test('the corpus is named by its file name, not the path it was read from', () => {
    const corpus = page.slice(page.indexOf('<dt>Corpus</dt>'), page.indexOf('</dd>', page.indexOf('<dt>Corpus</dt>')));
    expect(corpus).toContain('papers.jsonl');
    expect(corpus).not.toContain('../shared/data/');
  });
});
