/**
 * A curation's names and hidden flags laid over a model: each topic's `label`
 * becomes the curated name (so every table, chart, report and API shows it) and
 * the c-TF-IDF label moves to `machineLabel` beside it. Applying twice gives the
 * same model, and removing a rename from curation.json by hand brings the
 * machine label back at the next `curate`.
 */
import type { Topic } from '../topics/index.js';
import type { TopicModel } from './model.js';
import { CurationError, type Curation } from './curation.js';

/** The c-TF-IDF label of a topic, whether or not a person renamed it. */
export const machineLabelOf = (t: Topic) => t.machineLabel ?? t.label;

/** Topics a person hid (`curate --hide`). */
export const hiddenTopicIds = (model: TopicModel) => new Set(model.topics.filter((t) => t.hidden).map((t) => t.id));

/** What a refit's carried-over curation left for a person to look at (curation.json `notes`, copied into the model's params). */
export const curationNotes = (model: TopicModel): string[] => model.params.curationNotes ?? [];

/** The topics the charts and shares show: all but the hidden ones. */
export const visibleTopics = (model: TopicModel) => model.topics.filter((t) => !t.hidden);

export function applyCuratedNames(model: TopicModel, curation: Curation, file: string): TopicModel {
  const ids = new Set(model.topics.map((t) => t.id));
  const check = (topic: number, where: string) => {
    if (!ids.has(topic)) throw new CurationError(file, `${where}: topic ${topic} is not among the model's topics (${[...ids].join(', ')})`);
  };
  curation.renames.forEach((r, i) => check(r.topic, `renames.${i}.topic`));
  curation.hidden.forEach((h, i) => check(h.topic, `hidden.${i}.topic`));
  // The latest rename of a topic wins (entries are kept in the order they were made).
  const names = new Map(curation.renames.map((r) => [r.topic, r.name]));
  const hidden = new Set(curation.hidden.map((h) => h.topic));
  const topics = model.topics.map((t) => {
    const { machineLabel: _m, hidden: _h, ...rest } = t;
    const machine = machineLabelOf(t);
    const name = names.get(t.id);
    return {
      ...rest,
      label: name ?? machine,
      ...(name !== undefined && name !== machine ? { machineLabel: machine } : {}),
      ...(hidden.has(t.id) ? { hidden: true } : {}),
    };
  });
  const byId = new Map(topics.map((t) => [t.id, t.label]));
  // Leaves of the tree are the topics (ids 0..k-1 when the tree exists): they show the same names.
  const hierarchy = model.hierarchy?.map((n) => (n.children.length === 0 && byId.has(n.id) ? { ...n, label: byId.get(n.id)! } : n));
  const { curationNotes: _n, ...params } = model.params;
  return { ...model, params: { ...params, ...(curation.notes?.length ? { curationNotes: curation.notes } : {}) }, topics, ...(hierarchy ? { hierarchy } : {}) };
}
