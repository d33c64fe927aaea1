/**
 * Themes: named groups of words and phrases whose papers are tracked over
 * time, kept in a user-editable JSON file (default data/themes.json):
 *
 *   { "themes": [ { "name": "distillation", "terms": ["distillation", "distill*"] } ] }
 *
 * - `name`: unique, shown in tables and charts.
 * - `terms`: words or phrases, matched case-insensitively by the term index; a
 *   paper mentions the theme when it contains any term. A trailing `*` is a
 *   prefix wildcard (`mamba*` matches mamba, mamba2, mambaout); `*` anywhere
 *   else is an error.
 * - `exclude` (optional): phrases whose occurrences do not count, e.g. the
 *   streaming theme excludes "dual-stream" so a dual-stream architecture is not
 *   counted as streaming (a paper with another, free mention still is).
 * - `description` (optional, on the file or on a theme): free text for people.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Theme } from './types.js';

const term = z
  .string()
  .trim()
  .min(1, 'a term must not be empty')
  .refine((t) => !t.slice(0, -1).includes('*') && t !== '*', 'only a trailing * (prefix wildcard) is allowed, after at least one character');

const themeSchema = z.object({
  name: z.string().trim().min(1, 'a theme needs a name'),
  terms: z.array(term).min(1, 'a theme needs at least one term'),
  exclude: z.array(term).optional(),
  description: z.string().optional(),
});

const fileSchema = z.object({
  description: z.string().optional(),
  themes: z.array(themeSchema),
});

/** `themes[3] ("agents").terms[1]`: where in the file a problem is, in words people can find. */
function locate(path: readonly PropertyKey[], data: unknown): string {
  let where = '';
  path.forEach((key, k) => {
    where += typeof key === 'number' ? `[${key}]` : `${k === 0 ? '' : '.'}${String(key)}`;
    if (k === 1 && path[0] === 'themes' && typeof key === 'number') {
      const name = (data as { themes?: { name?: unknown }[] }).themes?.[key]?.name;
      if (typeof name === 'string') where += ` ("${name}")`;
    }
  });
  return where || '(top level)';
}

/** Validate parsed JSON as a themes file; `source` names the file in errors. */
export function parseThemes(data: unknown, source = 'themes'): Theme[] {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${locate(i.path, data)}: ${i.message}`);
    throw new Error(`${source}: invalid themes file: ${problems.join('; ')}`);
  }
  const seen = new Set<string>();
  parsed.data.themes.forEach((t, i) => {
    if (seen.has(t.name)) throw new Error(`${source}: themes[${i}] ("${t.name}"): duplicate theme name`);
    seen.add(t.name);
  });
  return parsed.data.themes.map((t) => ({
    name: t.name,
    terms: t.terms,
    ...(t.exclude?.length ? { exclude: t.exclude } : {}),
    ...(t.description ? { description: t.description } : {}),
  }));
}

/** Read and validate a themes file; errors name the file (and line for bad JSON). */
export function loadThemes(path: string): Theme[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read themes file (${(err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, +at[1]).split('\n').length : undefined;
    throw new Error(`${path}${line ? `:${line}` : ''}: not valid JSON (${message})`);
  }
  return parseThemes(data, path);
}
