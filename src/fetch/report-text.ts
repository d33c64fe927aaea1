import type { FetchReport } from './session.js';

/** The one-paragraph summary the CLI prints on stderr. */
export function formatFetchReport(r: FetchReport): string {
  const skipped = Object.entries(r.skipped).map(([reason, n]) => `${n} ${reason}`);
  const lines = [
    `${r.source}: ${r.fetched} fetched, ${r.new} new, ${skipped.length ? `skipped ${skipped.join(', ')}` : 'none skipped'}; ${r.totalInOutput} papers in ${r.out}`,
    `requests: ${r.requests} sent, ${r.cachedResponses} served from cache${r.resumedAfter ? ` (resumed after ${r.resumedAfter})` : ''}`,
    ...r.warnings.map((w) => `warning: ${w}`),
  ];
  return lines.join('\n');
}
