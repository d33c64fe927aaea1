export type { ReportData, RunSummary, DataQuality } from './types.js';
export { buildReportHtml } from './buildReport.js';
export { writeReport, type WrittenReport } from './writeReport.js';
export { escapeHtml, html, trusted, SafeHtml } from './escape.js';
export { prepareSvg } from './svg.js';
