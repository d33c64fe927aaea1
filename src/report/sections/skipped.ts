import { html, type SafeHtml } from '../escape.js';
import type { ReportData, ReportSkip } from '../types.js';

/**
 * The note a section shows in place of a statistic the corpus could not
 * support (one month, one date, no dates): what is missing and why, so an
 * absent chart or an empty table is never read as "nothing happened".
 */
export function skipNote(data: ReportData, id: ReportSkip['id']): SafeHtml | '' {
  const s = data.skipped?.find((x) => x.id === id);
  if (!s) return '';
  return html`<div class="warning skipped" data-skipped="${id}"><strong>Not computed: ${s.what}.</strong> Reason: ${s.reason}.</div>`;
}
