import { rm } from 'node:fs/promises';
import path from 'node:path';
import { renderSvg } from '../charts/index.js';
import { VIEW_NAMES, type VegaLiteSpec, type ViewName } from '../charts/index.js';
import { writeFileAtomic } from '../util/index.js';
import { buildReportHtml } from './buildReport.js';
import type { ReportData } from './types.js';

/** Paths written by `writeReport`. */
export interface WrittenReport {
  html: string;
  specs: string[];
  svgs: string[];
  /** Vega-Lite compile warnings, as "view: message" (e.g. a dropped sort); empty for the built-in views. */
  warnings: string[];
}

/**
 * Write a run's report to `dir`: each spec as `charts/<view>.vl.json`
 * (reusable in notebooks and the dashboard), its rendering as
 * `charts/<view>.svg`, and `report.html` with those SVGs inline. Charts
 * already present in `data.charts` are kept; specs fill in the rest. Each
 * file is written atomically (`report` rewrites a folder others may read),
 * and chart files of views not drawn this time (skipped on a one-bin corpus)
 * are removed so no stale chart contradicts the report.
 */
export async function writeReport(
  dir: string,
  data: Omit<ReportData, 'charts'> & { charts?: ReportData['charts'] },
  specs: Partial<Record<ViewName, VegaLiteSpec>>,
  /** Views drawn so far out of all (the progress bar on stderr: charts took 3.5 s on the seed, longer at 52,852 papers). */
  onProgress?: (done: number, total: number) => void,
): Promise<WrittenReport> {
  const chartDir = path.join(dir, 'charts');
  const charts: ReportData['charts'] = { ...data.charts };
  const written: WrittenReport = { html: path.join(dir, 'report.html'), specs: [], svgs: [], warnings: [] };

  // One at a time: rendering is CPU-bound, parallel renders would only contend.
  const entries = Object.entries(specs) as [ViewName, VegaLiteSpec][];
  onProgress?.(0, entries.length);
  for (const [k, [view, spec]] of entries.entries()) {
    const specPath = path.join(chartDir, `${view}.vl.json`);
    await writeFileAtomic(specPath, JSON.stringify(spec, null, 2) + '\n');
    written.specs.push(specPath);
    let svg = charts[view];
    if (svg === undefined) {
      try {
        svg = await renderSvg(spec, { onWarning: (message) => written.warnings.push(`${view}: ${message}`) });
      } catch (err) {
        throw new Error(`rendering chart ${view} (${specPath}): ${(err as Error).message}`);
      }
      charts[view] = svg;
    }
    const svgPath = path.join(chartDir, `${view}.svg`);
    await writeFileAtomic(svgPath, svg);
    written.svgs.push(svgPath);
    onProgress?.(k + 1, entries.length);
  }
  for (const view of VIEW_NAMES.filter((v) => !(v in specs))) {
    for (const ext of ['.vl.json', '.svg']) await rm(path.join(chartDir, view + ext), { force: true });
  }
  await writeFileAtomic(written.html, buildReportHtml({ ...data, charts }));
  return written;
}
