'use strict';
// Tables for notebook cells: HTML survives `nbconvert --to html`, and every
// value is escaped because titles and abstracts carry LaTeX, `<`, `&`.

function escapeHtml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function formatCell(value, digits) {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(digits);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Rows of a danfojs DataFrame (from the library's `toDataFrame`), or the rows as given. */
function tableRows(table) {
  if (Array.isArray(table)) return { rows: table };
  const columns = table.columns;
  return { rows: table.values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]]))), columns };
}

/** An HTML table of a danfojs DataFrame or of plain rows; columns default to the frame's (or the first row's keys). */
exports.htmlTable = function htmlTable(table, options = {}) {
  const { rows, columns: frameColumns } = tableRows(table);
  if (frameColumns && !options.columns) options = { ...options, columns: frameColumns };
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
