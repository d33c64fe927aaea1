/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The report as a handout on real models (issue #26): every topic legible in the terms grid at any k,
// map labels that do not collide, topics over time as small multiples, and charts that stay readable
// at a phone's 390 px. Two models fitted here on a 3% slice of papers.jsonl: k = 14 (as the 52,852-paper
// model) and k = 40 (fine topics).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { compile, type TopLevelSpec } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSvg } from '../../src/charts/index.js';
import { labelBox, overlaps, type Box } from '../../src/charts/labelPlacement.js';
import { MIN_SCALE } from '../../src/report/svg.js';
import { haveShared, writeSlice } from '../estimator/slices.js';
import { launchChromium } from '../helpers/browser.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const dir = path.join(repoRoot, 'test/.tmp/report-handout');
const KS = [14, 40] as const;
/** The report's text column: main's 1,080 px less its padding (styles.ts); a wider chart is drawn smaller. */
const COLUMN = 1032;
const MIN_FONT = 10;

type Spec = Record<string, any>;
const runDir = (k: number) => path.join(dir, `k${k}`);
const spec = (k: number, view: string): Spec => JSON.parse(readFileSync(path.join(runDir(k), 'charts', `${view}.vl.json`), 'utf8'));
const svg = (k: number, view: string) => readFileSync(path.join(runDir(k), 'charts', `${view}.svg`), 'utf8');
const svgWidth = (text: string) => Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(text)![1]);
const topicNames = (k: number): { id: number; name: string }[] =>
  (JSON.parse(readFileSync(path.join(runDir(k), 'model.json'), 'utf8')).topics as { id: number; label: string }[]).map((t) => ({ id: t.id, name: `#${t.id} ${t.label}` }));

/** Every font size a compiled Vega spec sets: `fontSize`, `labelFontSize`, … as numbers or `{ value }`. */
function fontSizes(node: unknown, out: number[] = []): number[] {
  if (Array.isArray(node)) node.forEach((n) => fontSizes(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/fontsize$/i.test(key)) {
        const v = typeof value === 'number' ? value : (value as { value?: unknown })?.value;
        if (typeof v === 'number') out.push(v);
      } else fontSizes(value, out);
    }
  }
  return out;
}

describe.skipIf(!haveShared)('the report as a handout, on models of papers.jsonl', () => {
  let browser: Browser;
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeSlice(path.join(dir, 'slice.jsonl'), (_r, h) => h < 0.03);
    for (const k of KS) {
      const r = runCli(['run', '-i', path.join(dir, 'slice.jsonl'), '--k', String(k), '--seed', '1', '-o', runDir(k), '-q']);
      expect(r.code, r.stderr).toBe(0);
    }
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  test.each(KS)('k = %i: the terms grid shows every topic, at ≥ 10 px, no wider than the report column', (k) => {
    const terms = spec(k, 'topic-terms');
    const names = topicNames(k);
    expect(names).toHaveLength(k);
    expect(new Set(terms.data.values.map((v: { topic: string }) => v.topic))).toEqual(new Set(names.map((t) => t.name)));
    expect(terms.facet.sort).toEqual(names.map((t) => t.name));
    const compiled = compile(terms as TopLevelSpec).spec;
    expect(Math.min(...fontSizes(compiled))).toBeGreaterThanOrEqual(MIN_FONT);
    const drawn = svg(k, 'topic-terms');
    // Drawn at full size in the report: never wider than its column, whatever k.
    expect(svgWidth(drawn)).toBeLessThanOrEqual(COLUMN);
    expect(svgWidth(drawn)).toBe(svgWidth(svg(KS[0], 'topic-terms')));
    for (const size of drawn.matchAll(/font-size="([\d.]+)px"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(MIN_FONT);
    // Every topic has its panel header in the picture.
    for (const t of names) expect(drawn).toContain(`>#${t.id} `);
  });

  test.each(KS)('k = %i: no two placed map labels overlap, and each names its topic', (k) => {
    const map = spec(k, 'topic-map');
    const labels = map.layer.find((l: Spec) => l.mark.type === 'text' && l.mark.fill).data.values as { id: number; text: string; x: number; y: number }[];
    const [x0, x1] = map.layer[0].encoding.x.scale.domain;
    const [y0, y1] = map.layer[0].encoding.y.scale.domain;
    const boxes = labels.map((l) => labelBox(l.text, ((l.x - x0) / (x1 - x0)) * map.width, ((y1 - l.y) / (y1 - y0)) * map.height, map.layer.at(-1).mark.fontSize, true));
    for (const [i, a] of boxes.entries()) {
      expect(a.left >= 0 && a.top >= 0 && a.right <= map.width && a.bottom <= map.height, labels[i].text).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${labels[i].text} over another label`).toBe(false);
    }
    for (const l of labels) expect(l.text.startsWith(`#${l.id}`)).toBe(true);
    // Almost every topic keeps its label (a label with no room anywhere is left out, and the subtitle says so).
    expect(labels.length).toBeGreaterThanOrEqual(k - 2);
  });

  test.each(KS)('k = %i: topics over time are small multiples, one panel per topic, each with the shift rules', (k) => {
    const lines = spec(k, 'topics-over-time-lines');
    expect(lines.facet.field).toBe('topic');
    expect(lines.columns).toBeGreaterThan(1);
    expect(new Set(lines.data.values.map((v: { topic: string }) => v.topic)).size).toBe(k);
    expect(lines.spec.layer.filter((l: Spec) => l.mark.type === 'line')).toHaveLength(1);
    // The slice has mix shifts (the 2025-03-18 source switch among them): one labelled rule per date in every panel.
    const rules = lines.spec.layer.filter((l: Spec) => l.mark.type === 'rule');
    const dates = rules.map(({ encoding: { x: { datum: d } } }: Spec) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.date).padStart(2, '0')}`);
    expect(dates).toContain('2025-03-18');
    const drawn = svg(k, 'topics-over-time-lines');
    expect((drawn.match(/>shift<\/text>/g) ?? []).length).toBe(k * dates.length);
    // Each date is named in full once, in the subtitle.
    const subtitle = lines.title.subtitle.join(' ');
    for (const date of dates) expect(subtitle).toContain(`mix shift ${date}`);
    expect(svgWidth(drawn)).toBeLessThanOrEqual(COLUMN);
    for (const size of drawn.matchAll(/font-size="([\d.]+)px"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(MIN_FONT);
  });

  test('the three views compile without a Vega-Lite warning', async () => {
    const warnings: string[] = [];
    for (const view of ['topic-terms', 'topic-map', 'topics-over-time-lines']) {
      await renderSvg(spec(14, view) as TopLevelSpec, { onWarning: (w) => warnings.push(`${view}: ${w}`) });
    }
    expect(warnings).toEqual([]);
  });

  test('in Chromium at 1280 and 390 px: no sideways page, charts at ≥ 90% of their size, map labels apart on screen', async () => {
    const url = pathToFileURL(path.join(runDir(14), 'report.html')).href;
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(url, { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth > window.innerWidth,
        figures: [...document.querySelectorAll('figure.chart')].map((f) => {
          const s = f.querySelector('svg')!;
          return { view: f.getAttribute('data-view')!, scale: s.getBoundingClientRect().width / s.viewBox.baseVal.width, focusable: f.getAttribute('tabindex') === '0' };
        }),
        // The map's labels as drawn: the last text layer holds them (a white halo layer lies under it).
        boxes: [...[...document.querySelectorAll('figure[data-view="topic-map"] g.mark-text.role-mark')].at(-1)!.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: t.textContent };
        }),
      }));
      expect(seen.sideways, `page scrolls sideways at ${width} px`).toBe(false);
      await page.evaluate(readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
      const axe = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(axe, `axe at ${width} px`).toEqual([]);
      expect(seen.figures.length).toBeGreaterThanOrEqual(10);
      for (const f of seen.figures) {
        expect(f.scale, `${f.view} at ${width} px`).toBeGreaterThanOrEqual(MIN_SCALE - 0.01);
        expect(f.focusable).toBe(true);
      }
      if (width > COLUMN) for (const view of ['topic-map', 'topic-terms', 'topics-over-time-lines']) expect(seen.figures.find((f) => f.view === view)!.scale).toBeCloseTo(1, 2);
      expect(seen.boxes.length).toBeGreaterThanOrEqual(12);
      const boxes = seen.boxes as (Box & { text: string })[];
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `"${a.text}" over "${b.text}" at ${width} px`).toBe(false);
      await page.close();
    }
  });
});
