/**
 * curation.json: what a person decided about a run's topics — renames, merges,
 * splits and hidden topics, each with the time it was made. It is readable data
 * a person may edit by hand; model.json holds the structure the merges and
 * splits produced, and the names and hidden flags are re-applied from this file
 * by every `curate`. Timestamps live only here, never in model.json or the
 * tables, so the same input and seed still give identical run files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { EXIT, UserError, writeFileAtomic } from '../util/index.js';

export const CURATION_FILE = 'curation.json';
/** Longest curated name: a topic name is a heading, not a sentence (the report's topic cards fit ~80 characters on two lines). */
export const MAX_NAME_LENGTH = 80;

/** Why a curated name is unusable, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (!name.trim()) return 'the name is empty';
  if ([...name].length > MAX_NAME_LENGTH) return `the name has ${[...name].length} characters (at most ${MAX_NAME_LENGTH})`;
  // C0, DEL and C1 controls (tabs and newlines included) would break CSV rows and chart titles.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'the name holds a control character (tab, newline or similar)';
  return undefined;
}

const id = z.number().int().nonnegative();
const at = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO timestamp');
const name = z.string().superRefine((s, ctx) => {
  const problem = nameProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const schema = z.object({
  format: z.literal('topictrends-curation'),
  version: z.literal(1),
  renames: z.array(z.object({ topic: id, name, at }).strict()),
  merges: z.array(z.object({ topics: z.array(id).min(2), into: id, at }).strict()),
  splits: z.array(z.object({ topic: id, into: z.array(id).min(2), at }).strict()),
  hidden: z.array(z.object({ topic: id, at }).strict()),
  /** What needs a person's look after a refit carried the curation over (`run --align-to`). */
  notes: z.array(z.string()).optional(),
}).strict();

export type Curation = z.infer<typeof schema>;

export const emptyCuration = (): Curation => ({ format: 'topictrends-curation', version: 1, renames: [], merges: [], splits: [], hidden: [] });

/** A curation.json that cannot be used (broken by hand, foreign): bad input data, exit 3, naming the file and what is wrong. */
export class CurationError extends UserError {
  override name = 'CurationError';
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`, EXIT.data);
  }
}

/** Validate parsed JSON as a curation; `file` names it in errors. */
export function parseCuration(json: unknown, file: string): Curation {
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CurationError(file, `invalid field "${issue.path.join('.') || '(top level)'}": ${issue.message}`);
  }
  return r.data;
}

/** The run folder's curation, or an empty one when it has none. */
export async function readCuration(dir: string): Promise<Curation> {
  const file = path.join(dir, CURATION_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyCuration();
    throw new CurationError(file, `cannot read (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CurationError(file, `not valid JSON (${(err as Error).message})`);
  }
  return parseCuration(json, file);
}

export const isEmptyCuration = (c: Curation) => !c.renames.length && !c.merges.length && !c.splits.length && !c.hidden.length && !c.notes?.length;

/** Write DIR/curation.json (nothing when the curation is empty); returns the file names written. */
export async function writeCuration(dir: string, curation: Curation): Promise<string[]> {
  if (isEmptyCuration(curation)) return [];
  await writeFileAtomic(path.join(dir, CURATION_FILE), JSON.stringify(curation, null, 2) + '\n');
  return [CURATION_FILE];
}

/** Every topic id the curation mentions (ids it used are never given again to a new topic). */
export function curationIds(c: Curation): number[] {
  return [
    ...c.renames.map((r) => r.topic), ...c.hidden.map((h) => h.topic),
    ...c.merges.flatMap((m) => [...m.topics, m.into]), ...c.splits.flatMap((s) => [s.topic, ...s.into]),
  ];
}
