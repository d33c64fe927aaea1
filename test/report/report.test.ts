import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { VIEW_NAMES, renderSvg, topicSizesSpec } from '../../src/charts/index.js';
import { buildReportHtml, escapeHtml, html, prepareSvg, writeReport, type ReportData } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';
import { realRun } from '../charts/realData.js';
import { fixtureReport } from './fixture.js';

const tmp = path.join(repoRoot, 'test/.tmp/report-unit');

describe('escaping', () => {
  test('escapeHtml and the html template', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner} ${'&'} ${['<', inner]} ${null} ${42}</p>`.value).toBe('<p><b>&lt;i&gt;</b> &amp; &lt;<b>&lt;i&gt;</b>  42</p>');
  });
});

describe('prepareSvg', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200"><defs><clipPath id="clip1"><rect/></clipPath><linearGradient id="gradient_0"/></defs><g clip-path="url(#clip1)"><path fill="url(#gradient_0)"/><use href="#clip1"/></g></svg>';

  test('prefixes every id and reference, and makes the chart shrink to fit', () => {
    const out = prepareSvg(svg, 'c-map');
    expect(out).toContain('id="c-map-clip1"');
    expect(out).toContain('url(#c-map-clip1)');
    expect(out).toContain('url(#c-map-gradient_0)');
    expect(out).toContain('href="#c-map-clip1"');
    expect(out).not.toMatch(/id="clip1"|#clip1\b/);
    // Shrinks with the window, but not below 90% (270 px), past which its figure scrolls instead.
    expect(out).toMatch(/^<svg[^>]*style="max-width:300px;width:100%;min-width:270px;height:auto"/);
    expect(out).toContain('viewBox="0 0 300 200"');
  });

  test('refuses markup that could run code', () => {
    for (const bad of ['<svg><script>x</script></svg>', '<svg onload="x()"></svg>', '<svg><a href="javascript:x"></a></svg>', '<svg><foreignObject/></svg>', '<div></div>']) {
      expect(() => prepareSvg(bad, 'c', 'chart x')).toThrow(/chart x/);
    }
  });
});

describe('buildReportHtml', () => {
  const { data, specs } = fixtureReport();
  const charts: ReportData['charts'] = {};
  const ready = (async () => {
    for (const view of VIEW_NAMES) charts[view] = await renderSvg(specs[view]);
    return buildReportHtml({ ...data, charts });
  })();

  test('escapes all corpus and user text', async () => {
    const page = await ready;
    expect(page).not.toMatch(/<script|<img|<b>&|<i>not/i);
    expect(page).not.toMatch(/<[^>]*\son\w+=/i); // no raw tag with an event handler
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;');
    expect(page).toContain('<title>Fixture run &lt;b&gt;&amp;&lt;/b&gt; &quot;friends&quot;</title>');
    expect(page).toContain('odd &lt;name&gt;.csv');
    expect(page).toContain('duplicate id &lt;x&gt;');
    expect(page).toContain('&lt;i&gt;not italic&lt;/i&gt;');
    expect(page).toContain('to &lt;daily-arXiv&gt;');
  });

  test('is self-contained: no external resource, no script, a CSP that forbids loading', async () => {
    const page = await ready;
    expect(page).not.toMatch(/<link\b|<script\b|<iframe\b|@import|<[^>]*\ssrc=|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/href="(?!#)/); // only in-page anchors
    expect(page).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  test('has every chart, a working table of contents, unique ids', async () => {
    const page = await ready;
    for (const view of VIEW_NAMES) expect(page).toContain(`data-view="${view}"`);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...page.matchAll(/<nav class="toc"[\s\S]*?<\/nav>/g)][0][0].match(/href="#([^"]+)"/g)!.map((h) => h.slice(7, -1));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const id of links) expect(ids).toContain(id);
  });

  test('change tables give the statistics and mark every non-significant row', async () => {
    const page = await ready;
    const nonSignificant = data.changes.filter((c) => !c.significant).length;
    expect(page.match(/<span class="tag ns">not significant<\/span>/g)!.length).toBe(nonSignificant + 1); // +1 in the explanation
    const top = [...data.changes].filter((c) => c.direction === 'emerging').sort((a, b) => b.change - a.change)[0];
    expect(page).toContain(`${(top.share_before * 100).toFixed(2)}%`);
    expect(page).toContain(`+${(top.change * 100).toFixed(2)} pp`);
  });

  test('topic table and data-quality section', async () => {
    const page = await ready;
    for (const t of data.topics) expect(page).toContain(`<tr id="topic-${t.id}">`);
    expect(page).toMatch(/2026-05 \(2026-05-01 to 2026-05-29, 108 papers\)/);
    expect(page).toContain('3 papers have no date');
    expect(page).toContain('Source mix changed in 2025-03');
  });

  test('leaves out charts it was not given', () => {
    const page = buildReportHtml({ ...data, charts: {} });
    expect(page).not.toContain('<figure');
    expect(page).not.toContain('href="#map"');
    expect(page).toContain('id="quality"');
  });
});

describe('writeReport', () => {
  test('writes specs, SVGs and the HTML; keeps charts it was given', async () => {
    rmSync(tmp, { recursive: true, force: true });
    const { data, specs } = fixtureReport();
    const given = await renderSvg(topicSizesSpec(data.topics.slice(0, 2)));
    const written = await writeReport(tmp, { ...data, charts: { 'topic-sizes': given } }, specs);
    expect(written.warnings).toEqual([]);
    for (const view of VIEW_NAMES) {
      expect(JSON.parse(readFileSync(path.join(tmp, 'charts', `${view}.vl.json`), 'utf8'))).toEqual(specs[view]);
      expect(readFileSync(path.join(tmp, 'charts', `${view}.svg`), 'utf8')).toMatch(/^<svg/);
    }
    expect(readFileSync(path.join(tmp, 'charts', 'topic-sizes.svg'), 'utf8')).toBe(given);
    expect(existsSync(written.html)).toBe(true);
    expect(readFileSync(written.html, 'utf8')).toContain('data-view="topic-map"');
  });
});

describe('real titles', () => {
  test('ampersands and LaTeX in real arXiv titles are escaped in the topic table', () => {
    const real = realRun();
    const { data } = fixtureReport();
    const withAmp = real.papers.filter((p) => p.title.includes('&')).slice(0, 3);
    expect(withAmp.length).toBe(3);
    const page = buildReportHtml({ ...data, charts: {}, representativeTitles: { 0: withAmp.map((p) => p.title) } });
    for (const p of withAmp) expect(page).toContain(escapeHtml(p.title));
    expect(page).not.toContain(withAmp[0].title);
  });
});
