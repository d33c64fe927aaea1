import { coarsenDate, inWindow, isDatePrecision, parseDate, plausibleDates, type DateWindow } from './dates.js';
import type { SkipReason } from './errors.js';
import { collapseWhitespace, normalizeId } from './ids.js';
import type { FieldKeys, InputFormat } from './options.js';
import type { Paper } from './types.js';

export type Normalized = { paper: Paper } | { reason: SkipReason; message: string };

/** Fields of the arXiv snapshot that are dropped rather than kept in `extra`: bulky restatements of other fields. */
const ARXIV_DROPPED = new Set(['versions', 'authors_parsed']);
const PRECISION_KEYS = ['datePrecision', 'date_precision'];

/** Turns raw records into papers; built once per input so the key sets are not rebuilt per record. */
export class RecordNormalizer {
  private readonly known: Set<string>;

  constructor(
    private readonly keys: FieldKeys,
    private readonly format: InputFormat,
    private readonly window: DateWindow = plausibleDates(),
  ) {
    this.known = new Set([...keys.id, ...keys.title, ...keys.abstract, ...keys.date, ...keys.categories, 'source', ...PRECISION_KEYS]);
  }

  normalize(record: Record<string, unknown>): Normalized {
    const { keys } = this;
    const idValue = first(record, keys.id);
    if (idValue === undefined) return { reason: 'missing-id', message: `missing id (field ${names(keys.id)})` };
    if (typeof idValue !== 'string' && typeof idValue !== 'number') return { reason: 'missing-id', message: `id is not a string` };
    const id = normalizeId(String(idValue));
    if (!id) return { reason: 'missing-id', message: `empty id (field ${names(keys.id)})` };

    const title = text(first(record, keys.title));
    if (!title) return { reason: 'missing-title', message: `missing title (field ${names(keys.title)}) for id ${id}` };
    const abstract = text(first(record, keys.abstract));
    if (!abstract) return { reason: 'missing-abstract', message: `missing abstract (field ${names(keys.abstract)}) for id ${id}` };

    const paper: Paper = { id, title, abstract };
    let dateValue = first(record, keys.date);
    if (dateValue === undefined && Array.isArray(record.versions)) dateValue = firstVersionDate(record.versions);
    if (dateValue !== undefined) {
      const parsed = typeof dateValue === 'string' || typeof dateValue === 'number' ? parseDate(String(dateValue)) : undefined;
      if (!parsed) return { reason: 'bad-date', message: `unparseable date ${JSON.stringify(dateValue)} for id ${id}` };
      const hint = first(record, PRECISION_KEYS);
      const date = isDatePrecision(hint) ? coarsenDate(parsed, hint) : parsed;
      if (!inWindow(date.date, this.window)) {
        return { reason: 'date-out-of-range', message: `date ${JSON.stringify(dateValue)} for id ${id} is outside ${this.window.min} .. ${this.window.max}` };
      }
      paper.date = date.date;
      paper.datePrecision = date.precision;
    }

    const categories = splitCategories(first(record, keys.categories));
    if (categories) paper.categories = categories;
    if (typeof record.source === 'string' && record.source) paper.source = record.source;
    else if (this.format === 'arxiv') paper.source = 'arxiv';

    let extra: Record<string, unknown> | undefined;
    for (const key in record) {
      if (this.known.has(key) || (this.format === 'arxiv' && ARXIV_DROPPED.has(key))) continue;
      (extra ??= {})[key] = record[key];
    }
    if (extra) paper.extra = extra;
    return { paper };
  }
}

/** The first candidate key holding a value; empty strings and null count as absent. */
function first(record: Record<string, unknown>, keys: string[]): unknown {
  for (const k of keys) {
    const v = record[k];
    if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) return v;
  }
  return undefined;
}

function names(keys: string[]): string {
  return keys.map((k) => `"${k}"`).join(' or ');
}

function text(value: unknown): string {
  return typeof value === 'string' ? collapseWhitespace(value) : '';
}

/** The arXiv snapshot's v1 `created` stamp (RFC 2822), i.e. the first submission. */
function firstVersionDate(versions: unknown[]): unknown {
  const v1 = versions.find((v) => (v as { version?: unknown })?.version === 'v1') ?? versions[0];
  return (v1 as { created?: unknown } | undefined)?.created;
}

/** Categories as an array, or a string separated by spaces, commas or semicolons. */
export function splitCategories(value: unknown): string[] | undefined {
  let list: string[] = [];
  if (Array.isArray(value)) list = value.filter((c): c is string => typeof c === 'string').map((c) => c.trim());
  else if (typeof value === 'string') list = value.split(/[\s;,]+/);
  list = list.filter((c) => c.length > 0);
  return list.length > 0 ? list : undefined;
}
