/**
 * Where the page and the browser libraries live. The page is served from
 * `src/server/static` under the package root whether the code runs from `src/`
 * (tests) or `dist/` (after `npm run build`), so nothing needs copying.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding this package's package.json, found by walking up from this file. */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`topictrends: no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const staticDir = (root = packageRoot()) => path.join(root, 'src/server/static');

/** URL prefix → build folder of each browser library (UMD builds, no CDN). */
export function vendorDirs(root = packageRoot()): Record<string, string> {
  return {
    '/vendor/vega': path.join(root, 'node_modules/vega/build'),
    '/vendor/vega-lite': path.join(root, 'node_modules/vega-lite/build'),
    '/vendor/vega-embed': path.join(root, 'node_modules/vega-embed/build'),
  };
}

/**
 * vega-interpreter ships only as an ES module importing 'vega-util'; the page
 * gets it with that import pointed at a shim over the UMD vega global.
 */
export function vegaInterpreterSource(root = packageRoot()): string {
  const source = readFileSync(path.join(root, 'node_modules/vega-interpreter/build/vega-interpreter.js'), 'utf8');
  return source.replace(/from\s+['"]vega-util['"]/g, "from '/vega-util-shim.js'");
}

/**
 * The run folder's own outputs, and nothing else: the files `topictrends run`
 * writes (top-level CSVs, report.html, run.json, charts/*.svg|*.vl.json). The
 * folder around model.json may be a home directory, so a generic static handler
 * would expose every file in it; model.json itself (all abstracts) is not listed.
 */
const RUN_FILES = [/^\/[a-z][a-z0-9_]*\.csv$/, /^\/report\.html$/, /^\/run\.json$/, /^\/charts\/[a-z0-9][a-z0-9-]*\.(?:svg|vl\.json)$/];

export function isRunFile(urlPath: string): boolean {
  return RUN_FILES.some((re) => re.test(urlPath));
}
