// The Downloads menu's links for the current view: CSV and Parquet of the same filters.
import { apiUrl } from './api.js';
import { segment, state } from './state.js';

const $ = (id) => document.getElementById(id);

/** A download's CSV and Parquet links: one address each, the same filters. */
function links(id, path, params) {
  $(id).href = apiUrl(`${path}.csv`, params);
  $(`${id}-pq`).href = apiUrl(`${path}.parquet`, params);
}

export function updateDownloads() {
  const filters = { category: state.category || undefined };
  links('dl-documents', '/api/export/documents', { ...filters, topic: state.topic ?? undefined, q: state.paperQuery || state.term || undefined });
  links('dl-topics', '/api/export/topics', {});
  links('dl-topic-trends', '/api/export/topic_trends', segment());
  links('dl-theme-trends', '/api/export/theme_trends', segment());
  links('dl-term-trends', '/api/export/term_trends', { ...segment(), q: state.terms.join(',') || undefined });
  for (const id of ['dl-term-trends', 'dl-term-trends-pq']) $(id).hidden = state.terms.length === 0;
}
