/**
 * The curation record on its own: names laid over a model (and taken off
 * again), a hand-broken file refused naming the field, and a curation carried
 * through a refit's lineage — `same` keeps the name, a curated topic's split
 * or merge marks the new topics and leaves a note.
 */
import { describe, expect, it } from 'vitest';
import {
  CurationError, MAX_NAME_LENGTH, applyCuratedNames, carryCuration, emptyCuration, parseCuration, reduceCuration,
  type Curation, type TopicModel,
} from '../../src/model/index.js';
import type { LineageRow } from '../../src/topics/index.js';

const AT = '2026-12-07T00:00:00.000Z';
const topic = (id: number, label: string) => ({ id, size: 10, label, terms: [], representativeIds: [] });
const model = (labels: Record<number, string>) => ({ params: {}, topics: Object.entries(labels).map(([id, l]) => topic(Number(id), l)) }) as unknown as TopicModel;
const row = (oldTopic: number | null, newTopic: number | null, relation: LineageRow['relation']): LineageRow => ({ oldTopic, newTopic, relation, similarity: 0.5, sharedPapers: 5 });

describe('curation.json', () => {
  it('names go over the machine labels, hidden flags too; taking a rename out restores the machine label', () => {
    const curation: Curation = { ...emptyCuration(), renames: [{ topic: 1, name: 'Agents', at: AT }], hidden: [{ topic: 2, at: AT }] };
    const named = applyCuratedNames(model({ 1: 'agents, tools', 2: 'junk' }), curation, 'c.json');
    expect(named.topics).toEqual([
      { ...topic(1, 'Agents'), machineLabel: 'agents, tools' },
      { ...topic(2, 'junk'), hidden: true },
    ]);
    expect(applyCuratedNames(named, curation, 'c.json')).toEqual(named);
    expect(applyCuratedNames(named, emptyCuration(), 'c.json').topics).toEqual([topic(1, 'agents, tools'), topic(2, 'junk')]);
    expect(() => applyCuratedNames(named, { ...curation, hidden: [{ topic: 7, at: AT }] }, 'c.json')).toThrow(/c\.json: hidden\.0\.topic: topic 7 is not among/);
  });

  it('a file broken by hand is refused naming the field', () => {
    const bad = (json: unknown) => () => parseCuration(json, 'run/curation.json');
    expect(bad({ ...emptyCuration(), renames: [{ topic: 1, name: 'a\tb', at: AT }] })).toThrow(/run\/curation\.json: invalid field "renames\.0\.name": .*control character/);
    expect(bad({ ...emptyCuration(), renames: [{ topic: 1, name: 'x'.repeat(MAX_NAME_LENGTH + 1), at: AT }] })).toThrow(/renames\.0\.name.*at most 80/);
    expect(bad({ ...emptyCuration(), hidden: [{ topic: 1, at: 'yesterday' }] })).toThrow(/hidden\.0\.at/);
    expect(bad({ ...emptyCuration(), extra: 1 })).toThrow(CurationError);
    expect(parseCuration(emptyCuration(), 'x')).toEqual(emptyCuration());
  });

  it('a refit keeps names of `same` topics and marks splits and merges of curated topics, with notes', () => {
    const old: Curation = {
      ...emptyCuration(),
      renames: [{ topic: 1, name: 'Agents', at: AT }, { topic: 6, name: 'Speech', at: AT }],
      merges: [{ topics: [2, 5], into: 2, at: AT }],
      hidden: [{ topic: 3, at: AT }],
    };
    const lineage = [row(1, 1, 'same'), row(2, 2, 'same'), row(3, 3, 'same'), row(1, 9, 'split'), row(6, 1, 'merge'), row(4, 4, 'same'), row(2, 10, 'split')];
    const carried = carryCuration(old, model({ 1: 'Agents', 2: 'b, c', 3: 'junk', 4: 'd', 6: 'Speech' }), lineage);
    expect(carried.renames.map((r) => [r.topic, r.name])).toEqual([[1, 'Agents (merged)'], [9, 'Agents (split)'], [10, 'b, c (split)']]);
    expect(carried.hidden).toEqual([{ topic: 3, at: AT }]);
    expect(carried.merges).toEqual(old.merges);
    expect(carried.notes).toHaveLength(3);
    expect(carried.notes!.join('\n')).toContain('topic #9 split off from curated topic #1 "Agents"');
    expect(carried.renames.every((r) => r.at === AT)).toBe(true);
    // A name near the limit is shortened so the mark fits.
    const long = 'x'.repeat(MAX_NAME_LENGTH);
    const marked = carryCuration({ ...emptyCuration(), renames: [{ topic: 1, name: long, at: AT }] }, model({ 1: long }), [row(1, 5, 'split')]);
    expect([...marked.renames[0].name].length).toBe(MAX_NAME_LENGTH);
    expect(marked.renames[0].name.endsWith(' (split)')).toBe(true);
  });

  it('reduce keeps names of topics that come through whole and notes the others', () => {
    const old: Curation = { ...emptyCuration(), renames: [{ topic: 4, name: 'Vision', at: AT }, { topic: 6, name: 'Speech', at: AT }], hidden: [{ topic: 7, at: AT }] };
    const reduced = reduceCuration(old, new Map([[0, [4]], [1, [6, 7]]]));
    expect(reduced.renames).toEqual([{ topic: 0, name: 'Vision', at: AT }]);
    expect(reduced.hidden).toEqual([]);
    expect(reduced.notes).toHaveLength(2);
  });
});
