/**
 * Validation of a model.json before it is used: a hand-edited, truncated or
 * foreign file gets an error that names the file and the field, never a
 * TypeError from deep inside the trends code.
 */
import { ModelError } from './errors.js';
import { z } from 'zod';

const column = <T extends z.ZodTypeAny>(item: T) => z.array(item);
const topic = z.object({
  id: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  label: z.string(),
  machineLabel: z.string().optional(),
  hidden: z.boolean().optional(),
  terms: z.array(z.object({ term: z.string(), weight: z.number() })),
  representativeIds: z.array(z.string()),
});

const schema = z.object({
  format: z.literal('topictrends-model'),
  version: z.literal(2),
  params: z.record(z.string(), z.unknown()),
  corpus: z.object({ inputs: z.array(z.string()) }).passthrough(),
  papers: z.object({
    id: column(z.string()),
    title: column(z.string()),
    date: column(z.string().nullable()),
    categories: column(z.string()),
    source: column(z.string().nullable()),
    topic: column(z.number().int()),
    x: column(z.number()),
    y: column(z.number()),
    confidence: column(z.number().nullable()).optional(),
    novel: column(z.number()).optional(),
    subtopic: column(z.number().int().nullable()).optional(),
  }),
  topics: z.array(topic),
  surfaces: z.array(z.string()),
  labelTerms: z.object({
    aliases: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
    cut: z.array(z.number().int().nonnegative()),
  }).optional(),
  docTerms: z.string(),
  termIndex: z.object({ format: z.literal('topictrends-term-index') }).passthrough(),
  themes: z.array(z.unknown()),
}).passthrough();

export function validateModelJson(json: unknown, source: string): unknown {
  const j = json as { format?: unknown; version?: unknown } | null;
  if (!j || typeof j !== 'object' || j.format !== 'topictrends-model') throw new ModelError(`${source}: not a topictrends model (no "format": "topictrends-model").`);
  if (j.version !== 2) {
    throw new ModelError(`${source}: model format version ${String(j.version)} was written by an older topictrends and cannot be used by this one (expects 2); re-run \`topictrends run\` to rebuild it.`);
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ModelError(`${source}: invalid model field "${issue.path.join('.')}": ${issue.message}.`);
  }
  const p = r.data.papers;
  const n = p.id.length;
  for (const [name, col] of Object.entries(p)) {
    if (Array.isArray(col) && col.length !== n) throw new ModelError(`${source}: invalid model field "papers.${name}": ${col.length} values for ${n} papers.`);
  }
  // Label terms are term ids: one past the vocabulary would fold or drop a label word that is not there.
  const nTerms = r.data.surfaces.length;
  for (const [name, ids] of Object.entries(r.data.labelTerms ?? {})) {
    const bad = ids.findIndex((v: number | number[]) => [v].flat().some((t) => t >= nTerms));
    if (bad >= 0) throw new ModelError(`${source}: invalid model field "labelTerms.${name}.${bad}": term id ${[ids[bad]].flat().join(', ')} is not below the ${nTerms} terms of "surfaces".`);
  }
  const ids = new Set(r.data.topics.map((t) => t.id));
  const bad = p.topic.findIndex((t) => !ids.has(t));
  if (bad >= 0) throw new ModelError(`${source}: invalid model field "papers.topic.${bad}": topic ${p.topic[bad]} is not among the model's topics.`);
  return json;
}
