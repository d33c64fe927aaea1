/**
 * Download names that say what is in the file: documents_topic-3_cs.CL_q-distillation.csv,
 * not documents.csv whatever the filter (three exports in a downloads folder were
 * documents.csv, documents (1).csv and documents (2).csv).
 */

/** A filter value as a file-name part: letters, digits, dot and hyphen; at most 40 characters. */
function part(value: string): string {
  return value.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

/** `stem` plus each given filter as key-value (a bare value when the key is ''), then the extension. */
export function exportFileName(stem: string, filters: [string, string | number | undefined | null][], ext: 'csv' | 'parquet'): string {
  const parts = filters
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => (k ? `${k}-${part(String(v))}` : part(String(v))))
    .filter(Boolean);
  return `${[stem, ...parts].join('_')}.${ext}`;
}
