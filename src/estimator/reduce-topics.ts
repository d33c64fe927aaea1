/**
 * `topictrends reduce`: merge a model's topics along its tree down to n topics
 * (BERTopic's `reduce_topics`, but following the saved hierarchy, so that
 * reducing to n is the same as cutting hierarchy.csv at n). Papers keep their
 * sub-topic; the new topics are numbered by size and labelled by c-TF-IDF over
 * their papers; the tree above the cut becomes the new model's tree.
 * Each paper's confidence stays that of its sub-topic assignment: model.json
 * holds no clustering space to measure distances to merged centroids in.
 */
import { classTfidf, describeTopics, roundRobin, type Topic } from '../topics/index.js';
import { cutTree, type Merge } from '../topics/index.js';
import { labelVocab } from '../topics/index.js';
import { labelledTree, qualityOf } from '../estimator/structure.js';
import { ModelError, OptionError, type TopicModel } from '../model/index.js';

export function reduceTopics(model: TopicModel, n: number): TopicModel {
  const tree = model.hierarchy;
  const k = model.topics.length;
  if (!tree || tree.length !== 2 * k - 1) throw new ModelError('the model has no topic hierarchy; re-run `topictrends run` to build one.');
  if (!Number.isInteger(n) || n < 1 || n > k) throw new OptionError('--to', `must be an integer from 1 to ${k} (the model has ${k} topics); got ${n}.`);
  const { tops, groupOfLeaf } = cutTree(tree, n);
  const groups = Int32Array.from(model.papers, (p) => groupOfLeaf[p.topic]);

  const described = describeTopics({
    docIds: model.papers.map((p) => p.id),
    labels: groups,
    nTopics: n,
    docTerms: model.docTerms,
    vocab: labelVocab(model.surfaces, model.labelTerms),
    topTerms: model.topics[0]?.terms.length || 10,
  });
  const topics: Topic[] = described.topics.map((t) => ({ ...t, representativeIds: representativesOf(model, groupOfLeaf, described.newId, t.id) }));
  const papers = model.papers.map((p, i) => ({ ...p, topic: described.labels[i], subtopic: p.subtopic ?? p.topic }));
  const reduced: TopicModel = { ...model, params: { ...model.params, k: n, reducedFrom: k }, papers, topics, hierarchy: undefined, lineage: undefined };

  // The merges above the cut, renumbered: tops → new topic ids, later merged nodes → n, n+1, …
  const firstKept = k + (k - n);
  const newNodeId = new Map<number, number>(tops.map((top, g) => [top, described.newId[g]]));
  const merges: Merge[] = [];
  const byId = new Map(tree.map((x) => [x.id, x]));
  for (const node of tree.slice(firstKept)) {
    const id = n + merges.length;
    newNodeId.set(node.id, id);
    const [a, b] = node.children.map((c) => newNodeId.get(c)!);
    merges.push({ a, b, node: id, distance: byId.get(node.children[0])!.distance });
  }
  const docTopic = described.labels;
  const ctfidf = classTfidf(model.docTerms, docTopic, n, model.surfaces.length);
  reduced.hierarchy = labelledTree(reduced, docTopic, ctfidf, merges);
  reduced.quality = qualityOf(ctfidf, model.docTerms);
  return reduced;
}

/** Representatives of a merged topic: those of its sub-topics, largest sub-topic first. */
function representativesOf(model: TopicModel, groupOfLeaf: Int32Array, newId: Int32Array, topic: number): string[] {
  const subs = model.topics.filter((t) => newId[groupOfLeaf[t.id]] === topic).sort((a, b) => b.size - a.size || a.id - b.id);
  return roundRobin(subs.map((s) => s.representativeIds));
}
