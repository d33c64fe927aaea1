/**
 * Issue #26's remaining gaps in headless Chromium, on real papers (real-dashboard.ts): side by
 * side as effect sizes with intervals in neutral colours, by source as well as category, "what
 * is new" over two picked periods, every choice kept in the address (reload and Back); a
 * topic named in the terms box; legend clicks that hide and isolate; term colours beside the
 * mix-shift rules of the 2025-03-18 source switch.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { haveShared, realDashboard } from './real-dashboard.js';
import { axeViolations } from '../helpers/browser.js';

const dash = realDashboard('dashboard-real');
const idle = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
const api = (page: Page, url: string) => page.evaluate((u) => fetch(u).then((r) => r.json()), url);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`;

interface Row { topic: number; label: string; difference: number; ci_lo: number; ci_hi: number }

describe.skipIf(!haveShared)('comparisons with meaning (1,050 papers of papers.jsonl)', () => {
  test('side by side by source: each topic\'s difference with its interval, sorted, in neutral colours; kept in the address', async () => {
    const { page, problems } = await open();
    const sources = (await api(page, '/api/summary')).sources.map((s: { name: string }) => s.name);
    expect(sources.length).toBe(2); // the switch on 2025-03-18
    await page.selectOption('#cmp-by', 'source');
    await expect.poll(() => page.locator('#cmp-a option').count()).toBe(3); // "Choose…" and the two sources
    expect(page.url()).toContain('cmpby=source');
    await page.selectOption('#cmp-a', sources[0]);
    await page.selectOption('#cmp-b', sources[1]);
    await page.click('#compare-form button[type=submit]');
    await page.waitForSelector('#compare-headline');
    await idle(page);

    const c = await api(page, `/api/compare?by=source&a=${sources[0]}&b=${sources[1]}`);
    const rows = c.rows as Row[];
    const top = rows[0];
    // The headline leads with the largest difference and its interval, not "n of n differ significantly".
    const headline = (await page.textContent('#compare-headline'))!;
    expect(headline).toContain(`Largest difference: #${top.topic} ${top.label}, ${signed(top.difference)} points (95% interval ${signed(top.ci_lo)} to ${signed(top.ci_hi)})`);
    const large = rows.filter((r) => r.ci_lo > 0.02 || r.ci_hi < -0.02).length;
    expect(headline).toContain(`${large} of ${rows.length} topics ${large === 1 ? 'differs' : 'differ'} by more than 2 points`);
    expect(await page.textContent('#compare')).toMatch(/standardised to the same category mix/);
    // The chart: one point per topic, ordered by the difference, in the two neutral colours (no green, no red).
    const ys = await page.$$eval('#compare-chart svg g.role-axis[aria-label^="Y-axis"] g.role-axis-label text', (ts) => ts.map((t) => t.textContent ?? ''));
    const order = [...rows].sort((x, y) => y.difference - x.difference).map((r) => `#${r.topic} `);
    expect(ys.map((y) => y.slice(0, y.indexOf(' ') + 1))).toEqual(order);
    const fills = await page.$$eval('#compare-chart svg g.mark-symbol.role-mark path', (ps) => ps.map((p) => p.getAttribute('fill')));
    expect(fills.length).toBe(rows.length);
    expect(new Set(fills)).toEqual(new Set(rows.map((r) => (r.difference >= 0 ? '#0072b2' : '#e69f00'))));
    expect(await page.locator('#compare .up, #compare .down').count()).toBe(0);

    // A reload restores the comparison; Back returns to the sources not yet picked.
    const url = page.url();
    expect(new URLSearchParams(new URL(url).hash.slice(1)).get('compare')).toBe(`${sources[0]},${sources[1]}`);
    await page.reload();
    await page.waitForSelector('#compare-headline');
    expect(await page.inputValue('#cmp-by')).toBe('source');
    expect(await page.inputValue('#cmp-b')).toBe(sources[1]);
    await page.goBack();
    await expect.poll(() => page.inputValue('#cmp-a')).toBe('');
    expect(await page.inputValue('#cmp-by')).toBe('source');
    expect(page.url()).not.toContain('compare=');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('what is new over two picked periods; N and the periods live in the address', async () => {
    const { page, problems } = await open('#bin=month');
    await page.selectOption('#new-n', '6');
    await expect.poll(() => page.url()).toContain('new=6');
    await page.click('#periods-details summary');
    await page.fill('#before-from', '2024-01-01');
    await page.fill('#before-to', '2024-06-30');
    await page.fill('#after-from', '2025-06-01');
    await page.fill('#after-to', '2025-11-30');
    await page.click('#periods-form button[type=submit]');
    await expect.poll(() => page.textContent('#whatsnew-windows')).toMatch(/^Picked periods: 2025-06 to 2025-11 \(6 bins\) against 2024-01 to 2024-06 \(6 bins\)/);
    expect(page.url()).toContain('before=2024-01-01..2024-06-30');
    expect(page.url()).toContain('after=2025-06-01..2025-11-30');
    // The page shows what the API tested for those periods.
    const w = await api(page, '/api/whatsnew?bin=month&before=2024-01-01..2024-06-30&after=2025-06-01..2025-11-30');
    expect(w.after.keys).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11']);
    const words = await page.locator('#whatsnew h3:has-text("Words") + ul li button').allTextContents();
    expect(words).toEqual(w.terms.slice(0, 12).map((r: { name: string }) => r.name));

    await page.reload();
    await expect.poll(() => page.textContent('#whatsnew-windows')).toMatch(/^Picked periods: 2025-06 to 2025-11/);
    expect(await page.inputValue('#after-to')).toBe('2025-11-30');
    // Back to "the last N": the periods leave the address, N stays; Back brings the periods again.
    await page.click('#periods-clear');
    await expect.poll(() => page.textContent('#whatsnew-windows')).not.toMatch(/Picked/);
    expect(page.url()).toContain('new=6');
    expect(page.url()).not.toContain('before=');
    await page.goBack();
    await expect.poll(() => page.textContent('#whatsnew-windows')).toMatch(/^Picked periods: 2025-06 to 2025-11/);
    // A period without a bin is refused, naming the parameter, and the page says why.
    const bad = await fetch(new URL('/api/whatsnew?bin=month&before=2019-01-01..2019-02-01&after=2025-06-01..2025-11-30', dash.running.url));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: 'before' });
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** Stroke colour and opacity of each line of the terms chart. */
const termLines = (page: Page) => page.$$eval('#term-chart svg g.mark-line.role-mark path', (ps) => ps.map((p) => ({ color: p.getAttribute('stroke'), opacity: Number(p.getAttribute('opacity') ?? 1) })));
interface Line { name: string; label: string; shown: boolean; color: string }
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe.skipIf(!haveShared)('the terms chart on a corpus with a source switch', () => {
  test('with the mix-shift rules drawn, every term and theme line keeps its own colour, and the chips show the same ones', async () => {
    const { page, problems } = await open('#bin=month&terms=benchmark,speech');
    await idle(page);
    // The rules of the 2025-03-18 switch are drawn over the lines (the layer that once took the colour scale's place).
    const rules = await page.$$eval('#term-chart svg g.mark-rule.role-mark line', (ps) => ps.map((p) => p.getAttribute('stroke')));
    expect(rules.filter((c) => c === '#b3261e').length).toBeGreaterThan(0);
    expect(await page.textContent('#term-chart svg')).toContain('2025-03-18');
    const lines: Line[] = (await api(page, '/api/lines?bin=month&q=benchmark,speech')).lines.filter((l: Line) => l.shown);
    expect(lines.length).toBe(10);
    const drawn = new Set((await termLines(page)).map((l) => l.color));
    expect(drawn).toEqual(new Set(lines.map((l) => l.color)));
    expect(drawn.size).toBe(lines.length);
    const chips = await page.$$eval('#term-chips .chip', (cs) => cs.map((c) => (c as HTMLElement).style.borderColor));
    expect(new Set(chips).size).toBe(lines.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a click on a legend entry hides its line and the page says how to show it; a double-click shows only that line', async () => {
    const { page, problems } = await open('#bin=month&terms=benchmark');
    await idle(page);
    const lines: Line[] = (await api(page, '/api/lines?bin=month&q=benchmark')).lines.filter((l: Line) => l.shown);
    // A double-click isolates: that line at full strength, the others faded, nothing hidden.
    const labels = page.locator('#term-chart svg g.role-legend-label text');
    const one = lines[1];
    await labels.filter({ hasText: exactly(one.label) }).dblclick();
    await expect.poll(async () => (await termLines(page)).filter((l) => l.opacity > 0.5).map((l) => l.color)).toEqual([one.color]);
    await page.waitForTimeout(500); // past the single-click wait: the double-click hid nothing
    expect(page.url()).not.toContain('hide=');
    const victim = lines[2];
    await labels.filter({ hasText: exactly(victim.label) }).click();
    await expect.poll(() => page.url()).toContain(`hide=${encodeURIComponent(victim.label)}`);
    await idle(page);
    await expect.poll(async () => (await termLines(page)).map((l) => l.color)).not.toContain(victim.color);
    expect(await page.textContent('#line-note')).toContain(`Hidden: ${victim.label}. Choose "Draw"`);
    // "Draw" brings it back.
    await page.click('#lines-details summary');
    await page.locator(`#line-list tr[data-line="${victim.label}"] button`).click();
    await expect.poll(async () => (await termLines(page)).map((l) => l.color)).toContain(victim.color);
    expect(page.url()).not.toContain('hide=');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a topic\'s name typed into the terms box opens that topic, lit in "Topics over time", with its verdict', async () => {
    const { page, problems } = await open('#bin=month');
    const { topics } = await api(page, '/api/topics');
    const topic = topics[1] as { id: number; label: string; color: string };
    await page.fill('#term-input', topic.label.toUpperCase());
    await page.press('#term-input', 'Enter');
    await expect.poll(() => page.textContent('#topic-h')).toBe(`Topic #${topic.id}: ${topic.label}`);
    expect(page.url()).toContain(`topic=${topic.id}`);
    expect(page.url()).not.toContain('terms=');
    await idle(page);
    const change = (await api(page, `/api/topics/${topic.id}?bin=month`)).change;
    const word = { emerging: 'rising', declining: 'falling', stable: 'stable' }[change.direction as string];
    expect(await page.textContent('#topic-panel .facts')).toMatch(new RegExp(`; ${word}: \\d+\\.\\d+% → \\d+\\.\\d+% of papers \\([+−]\\d+\\.\\d points\\)`));
    const areas = await page.$$eval('#over-time svg g.mark-area.role-mark path', (ps) => ps.map((p) => ({ color: p.getAttribute('fill'), opacity: Number(p.getAttribute('opacity') ?? 1) })));
    expect(areas.filter((a) => a.opacity === 1).map((a) => a.color)).toEqual([topic.color]);
    expect(areas.filter((a) => a.color !== topic.color).every((a) => a.opacity < 0.5)).toBe(true);
    // "#id" works too.
    await page.fill('#term-input', `#${topics[2].id}`);
    await page.press('#term-input', 'Enter');
    await expect.poll(() => page.url()).toContain(`topic=${topics[2].id}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!haveShared)('the new controls at desktop and phone sizes', () => {
  const VIEW = '#bin=month&compare=arxiver,daily-arXiv-ai-enhanced&cmpby=source&before=2024-01-01..2024-06-30&after=2025-06-01..2025-11-30&terms=benchmark&hide=agents';
  test.each([[1280, 900], [390, 844]])('axe-core finds no serious or critical problem at %i px; the difference chart keeps 250 px', async (width, height) => {
    const { page, problems } = await dash.open(VIEW, { width, height });
    await page.waitForSelector('#compare-chart[data-state=drawn]');
    await idle(page);
    expect(await page.locator('#periods-details').getAttribute('open')).not.toBeNull();
    expect(await page.textContent('#line-note')).toContain('Hidden: agents.');
    expect(Number(await page.getAttribute('#compare-chart', 'data-plot-width'))).toBeGreaterThanOrEqual(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

const open = (hash?: string) => dash.open(hash);
