'use strict';
// Tables for notebook cells: HTML survives `nbconvert --to html`, and every
// value is escaped because titles and abstracts carry LaTeX, `<`, `&`.

function escapeHtml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function formatCell(value, digits) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(digits);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** An HTML table of plain rows; columns default to the keys of the first row. */
exports.htmlTable = function htmlTable(rows, options = {}) {
  const { digits = 3, caption, limit = 50 } = options;
  if (rows.length === 0) return `<p>${caption ? `${escapeHtml(caption)}: ` : ''}<i>no rows.</i></p>`;
  const columns = options.columns ?? Object.keys(rows[0]);
  const shown = rows.slice(0, limit);
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = shown
    .map((r) => `<tr>${columns.map((c) => `<td style="text-align:${typeof r[c] === 'number' ? 'right' : 'left'}">${escapeHtml(formatCell(r[c], digits))}</td>`).join('')}</tr>`)
    .join('\n');
  const more = rows.length > shown.length ? `<p><i>${rows.length - shown.length} more rows not shown.</i></p>` : '';
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`;
};

exports.escapeHtml = escapeHtml;
