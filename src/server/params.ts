/**
 * Every request parameter the API accepts, as zod schemas: type, range,
 * length and allowed values. Unknown parameters are rejected too, so a typo
 * (`?metirc=count`) is a 400 naming it rather than a silently ignored option.
 */
import { z } from 'zod';
import { VIEW_NAMES } from '../charts/index.js';
import { BIN_UNITS } from '../trends/index.js';

/** A client error answered as `400 {"error": message, "parameter": name}`. */
export class ParamError extends Error {
  constructor(readonly parameter: string, message: string, readonly status = 400) {
    super(`${parameter}: ${message}`);
    this.name = 'ParamError';
  }
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real day');
const intIn = (min: number, max: number) =>
  z.string().regex(/^\d{1,9}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
/** arXiv-style category codes (cs.CL, math.ST, q-bio.NC) and simple source names. */
export const categoryParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'must be a category code like cs.CL');

/** 'auto': the model's natural bin (see `chooseBin`). A bin giving more than 520 bins is a 400 naming `bin`. */
export const bin = z.enum(['auto', ...BIN_UNITS]).default('auto');
/** 'adjusted': the share standardised to the corpus-wide mix of strata (adjusted_share). */
export const metric = z.enum(['share', 'adjusted', 'count']).default('share');

/** Comma-separated words or phrases: 1 to 10 of them, each at most 80 characters. */
export const termList = z
  .string()
  .max(1000, 'is too long (at most 1000 characters)')
  .transform((s) => [...new Set(s.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))])
  .pipe(z.array(z.string().max(80, 'each term must be at most 80 characters')).max(10, 'at most 10 terms'));

/** Endpoints without parameters still reject any given, so `?bin=year` on /api/summary is a 400, not ignored. */
export const noQuery = z.strictObject({});

export const segmentQuery = z.strictObject({ bin, category: categoryParam.optional() });

export const topicTrendsQuery = z.strictObject({ bin, category: categoryParam.optional(), metric });

export const termTrendsQuery = z.strictObject({
  q: termList.pipe(z.array(z.string()).min(1, 'needs at least one term')),
  bin,
  category: categoryParam.optional(),
});

export const suggestQuery = z.strictObject({
  prefix: z.string().max(100, 'must be at most 100 characters'),
  limit: intIn(1, 50).default(8),
});

export const documentFilterQuery = z.strictObject({
  topic: intIn(0, 100_000).optional(),
  q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  from: day.optional(),
  to: day.optional(),
  category: categoryParam.optional(),
});

export const documentsQuery = documentFilterQuery.extend({
  limit: intIn(1, 500).default(50),
  offset: intIn(0, 10_000_000).default(0),
});

export const topicQuery = z.strictObject({ bin, category: categoryParam.optional(), papers: intIn(0, 50).default(8) });

export const topicIdParam = intIn(0, 100_000);

export const paperIndexParam = intIn(0, 100_000_000);

export const viewName = z.enum(VIEW_NAMES);

export const chartQuery = z.strictObject({
  bin,
  category: categoryParam.optional(),
  metric,
  /** Extra term series for theme-trends. */
  q: termList.optional(),
  /** Themes the reader removed from theme-trends. */
  hide: termList.optional(),
  /** Topics drawn by topics-over-time views. */
  top: intIn(1, 40).default(10),
  /** Points drawn on the topic map (a seeded sample above it). */
  points: intIn(100, 200_000).default(10_000),
});

/** The terms-and-themes lines with their verdicts: the chart's own q and hide. */
export const linesQuery = z.strictObject({ bin, category: categoryParam.optional(), q: termList.optional(), hide: termList.optional() });

export const exportName = z.enum(['documents', 'topics', 'topic_trends', 'theme_trends', 'term_trends']);

/** The reader's terms for term_trends: the term box's list. */
export const termExportQuery = z.strictObject({ bin, category: categoryParam.optional(), q: termList.pipe(z.array(z.string()).min(1, 'needs at least one term')) });

/** Parse with a schema; the first problem becomes a ParamError naming the parameter. */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown, name?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const allowed = allowedKeys(schema);
    throw new ParamError(key, `unknown parameter (${allowed.length ? `allowed: ${allowed.join(', ')}` : 'this endpoint takes none'})`);
  }
  const parameter = name ?? String(issue.path[0] ?? 'query');
  const message = issue.code === 'invalid_type' && typeof (value as Record<string, unknown>)?.[parameter] === 'object'
    ? 'must be given once'
    : issue.message;
  throw new ParamError(parameter, message);
}

function allowedKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Two days "FROM..TO" (inclusive, FROM not after TO): a period the reader picked. */
const dayRange = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/, 'must be two dates FROM..TO (YYYY-MM-DD..YYYY-MM-DD)')
  .transform((s) => ({ from: s.slice(0, 10), to: s.slice(12) }))
  .pipe(z.object({ from: day, to: day }).refine((r) => r.from <= r.to, 'FROM must not be after TO'));

/** "What is new": the last n full bins against the n before, or two periods the reader picked (`before` and `after`, both or neither). */
export const whatsNewQuery = z
  .strictObject({ bin, category: categoryParam.optional(), n: intIn(1, 24).default(3), before: dayRange.optional(), after: dayRange.optional() })
  .superRefine((q, ctx) => {
    if (!q.before !== !q.after) ctx.addIssue({ code: 'custom', path: [q.before ? 'after' : 'before'], message: 'is needed with the other period (give before and after, or neither)' });
  });

/** Two segments side by side: two categories, or two sources. */
export const compareQuery = z.strictObject({
  by: z.enum(['category', 'source']).default('category'),
  a: categoryParam,
  b: categoryParam,
});

export const mapQuery = z.strictObject({ category: categoryParam.optional() });
