/**
 * A curation carried through a refit (`run --align-to OLD`): the lineage says
 * what became of each old topic. A topic matched as `same` keeps its id, name
 * and hidden flag. Where a curated topic (renamed, merged or split by a person)
 * splits or merges in the refit, the new topics get its old name marked
 * "(split)" or "(merged)", and a note says what needs a person's look. Merge
 * and split records stay as history; timestamps are the old ones, so the
 * refit's files stay a function of its input and seed.
 */
import type { LineageRow } from '../topics/index.js';
import { MAX_NAME_LENGTH, emptyCuration, type Curation } from './curation.js';
import type { TopicModel } from './model.js';

const marked = (name: string, mark: string) => `${[...name].slice(0, MAX_NAME_LENGTH - mark.length - 1).join('')} ${mark}`;

export function carryCuration(old: Curation, earlier: TopicModel, lineage: readonly LineageRow[]): Curation {
  const labelOf = new Map(earlier.topics.map((t) => [t.id, t.label]));
  const renamed = new Map(old.renames.map((r) => [r.topic, r]));
  const hidden = new Map(old.hidden.map((h) => [h.topic, h]));
  const reshaped = new Set([...old.merges.map((m) => m.into), ...old.splits.flatMap((s) => s.into)]);
  const at = (topic: number) => renamed.get(topic)?.at ?? old.merges.find((m) => m.into === topic)?.at ?? old.splits.find((s) => s.into.includes(topic))?.at ?? '';
  const curated = (topic: number) => renamed.has(topic) || reshaped.has(topic);
  const out: Curation = { ...emptyCuration(), merges: old.merges, splits: old.splits, notes: [] };
  const named = new Map<number, string>();
  for (const row of lineage) {
    if (row.relation !== 'same' || row.oldTopic === null) continue;
    const r = renamed.get(row.oldTopic);
    if (r) named.set(row.oldTopic, r.name);
    const h = hidden.get(row.oldTopic);
    if (h) out.hidden.push(h);
  }
  for (const row of lineage) {
    if ((row.relation !== 'split' && row.relation !== 'merge') || row.oldTopic === null || row.newTopic === null || !curated(row.oldTopic)) continue;
    const oldName = renamed.get(row.oldTopic)?.name ?? labelOf.get(row.oldTopic) ?? `#${row.oldTopic}`;
    const mark = row.relation === 'split' ? '(split)' : '(merged)';
    const base = named.get(row.newTopic);
    named.set(row.newTopic, marked(base ?? oldName, mark));
    const what = row.relation === 'split' ? `split off from curated topic #${row.oldTopic} "${oldName}"` : `absorbed curated topic #${row.oldTopic} "${oldName}"`;
    out.notes!.push(`refit: topic #${row.newTopic} ${what}; it is named "${named.get(row.newTopic)}" until a person checks it (curate --rename ${row.newTopic}=…)`);
  }
  for (const row of lineage) {
    if ((row.relation === 'split' || row.relation === 'merge') && row.oldTopic !== null && hidden.has(row.oldTopic)) {
      out.notes!.push(`refit: hidden topic #${row.oldTopic} "${labelOf.get(row.oldTopic) ?? ''}" ${row.relation === 'split' ? 'split into' : 'merged into'} topic #${row.newTopic}, which is not hidden; hide it again if it is junk`);
    }
    if (row.relation === 'retired' && row.oldTopic !== null && (curated(row.oldTopic) || hidden.has(row.oldTopic))) {
      out.notes!.push(`refit: curated topic #${row.oldTopic} "${labelOf.get(row.oldTopic) ?? ''}" has no successor; its papers went to several topics`);
    }
  }
  out.renames = [...named].sort((a, b) => a[0] - b[0]).map(([topic, name]) => ({ topic, name, at: at(topic) || at(lineage.find((r) => r.newTopic === topic)?.oldTopic ?? -1) }));
  if (!out.notes!.length) delete out.notes;
  return out;
}

/**
 * A curation through `reduce` (topics renumbered; `members` lists the earlier ids in each reduced
 * topic): a reduced topic that is one earlier topic keeps its name and hidden flag; a curated topic
 * merged with others loses its name, and a note says so. Merge and split records refer to the
 * earlier numbering and stay with the earlier folder.
 */
export function reduceCuration(old: Curation, members: ReadonlyMap<number, readonly number[]>): Curation {
  const out: Curation = { ...emptyCuration(), notes: [] };
  for (const [topic, ids] of members) {
    for (const r of old.renames.filter((x) => ids.includes(x.topic))) {
      if (ids.length === 1) out.renames.push({ ...r, topic });
      else out.notes!.push(`reduce: curated topic #${r.topic} "${r.name}" was merged with ${ids.length - 1} other topic(s) into #${topic}; its name is not carried`);
    }
    for (const h of old.hidden.filter((x) => ids.includes(x.topic))) {
      if (ids.length === 1) out.hidden.push({ ...h, topic });
      else out.notes!.push(`reduce: hidden topic #${h.topic} was merged into #${topic}, which is not hidden`);
    }
  }
  if (!out.notes!.length) delete out.notes;
  return out;
}
