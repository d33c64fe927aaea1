/**
 * What `curate` is asked to do, checked against the model before anything is
 * computed or written: every mistake is a UsageError naming its flag (exit 2).
 * Merges and splits apply first; --rename and --hide then name the topics as
 * they are after them (a merged topic keeps its first id).
 */
import { UsageError } from '../util/index.js';
import { nameProblem, type TopicModel } from '../model/index.js';
import { trainingRows, type EstimatorState } from '../estimator/index.js';

export interface CurateEdits {
  renames: { topic: number; name: string }[];
  /** Each: the ids merged, the first keeps its id. */
  merges: number[][];
  splits: { topic: number; n: number }[];
  hide: number[];
}

export const noEdits = (): CurateEdits => ({ renames: [], merges: [], splits: [], hide: [] });

export function checkEdits(model: TopicModel, state: EstimatorState, edits: CurateEdits): void {
  const size = new Map(model.topics.map((t) => [t.id, t.size]));
  const known = (flag: string, id: number) => {
    if (!size.has(id)) throw new UsageError(flag, `unknown topic id ${id} (the model's topics: ${[...size.keys()].join(', ')})`);
  };
  const retired = new Map<number, string>();
  for (const ids of edits.merges) {
    ids.forEach((id) => known('--merge', id));
    if (new Set(ids).size !== ids.length) throw new UsageError('--merge', `${ids.join(',')} merges a topic with itself`);
    if (ids.length < 2) throw new UsageError('--merge', `${ids.join(',')} names one topic; give two or more ids, e.g. --merge 3,5`);
    const twice = ids.find((id) => retired.has(id));
    if (twice !== undefined) throw new UsageError('--merge', `topic ${twice} is in two merges; list all its partners in one --merge`);
    ids.slice(1).forEach((id) => retired.set(id, 'merged'));
    retired.set(ids[0], 'kept');
  }
  for (const { topic, n } of edits.splits) {
    known('--split', topic);
    if (retired.has(topic)) throw new UsageError('--split', `topic ${topic} is also in a --merge; split and merge in separate curate commands`);
    if (!Number.isInteger(n) || n < 2) throw new UsageError('--split', `${topic}:${n}: N must be an integer of at least 2`);
    if (size.get(topic)! < 2 * n) throw new UsageError('--split', `topic ${topic} has ${size.get(topic)} papers, fewer than 2×${n} needed to split it into ${n}`);
    const { rows, missing } = trainingRows(model, state, topic);
    if (missing.length) throw new UsageError('--split', `topic ${topic} holds ${missing.length} papers added by \`update\` (e.g. ${missing[0]}) that have no place in the clustering space; refit with \`run --align-to\` to split it`);
    // A scaled run's split is fitted on the topic's papers in the fit sample (then every paper of the parts follows).
    if (rows.length < 2 * n) throw new UsageError('--split', `topic ${topic} has ${rows.length} papers in the fit sample (model.json), fewer than 2×${n} needed to split it into ${n}`);
    retired.set(topic, 'split');
  }
  const current = (flag: string, id: number) => {
    known(flag, id);
    if (retired.get(id) === 'merged' || retired.get(id) === 'split') throw new UsageError(flag, `topic ${id} is ${retired.get(id)} away by this command; name the topic it becomes`);
  };
  for (const { topic, name } of edits.renames) {
    current('--rename', topic);
    const problem = nameProblem(name);
    if (problem) throw new UsageError('--rename', `${topic}: ${problem}`);
  }
  edits.hide.forEach((id) => current('--hide', id));
}
