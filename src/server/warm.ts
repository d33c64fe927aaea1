/**
 * Ask a just-started server for what the page requests on its first load, so
 * the first visitor gets prepared answers. On the 52,852-paper model these
 * cost about 0.6 s together (trend tables for what-is-new, chart specs, the
 * map's bytes) and, all requested at once by the page, held the first chart
 * back to 1.2 s; warmed, the server answers each from its cache.
 */

/** The page's first-load requests (static/app.js `start`); the Chromium test checks the page asks for no other. */
export const FIRST_LOAD_PATHS: readonly string[] = [
  '/api/summary',
  '/api/topics',
  '/api/emerging?bin=auto',
  '/api/whatsnew?bin=auto&n=3',
  '/api/charts/topics-over-time?bin=auto&metric=share',
  '/api/charts/theme-trends?bin=auto&metric=share',
  '/api/lines?bin=auto',
  '/api/hierarchy',
  '/api/documents?limit=25&offset=0',
  '/api/map.bin',
  '/api/map/labels',
];

/** GET each first-load path from `baseUrl` in turn (gzip accepted, as a browser does); resolves to the milliseconds spent. */
export async function warmFirstLoad(baseUrl: string, paths: readonly string[] = FIRST_LOAD_PATHS): Promise<number> {
  const t0 = performance.now();
  for (const p of paths) {
    const res = await fetch(new URL(p, baseUrl), { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
  }
  return performance.now() - t0;
}
