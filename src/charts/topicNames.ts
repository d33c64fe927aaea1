import type { Topic } from '../topics/index.js';
import { OTHER_COLOR, OTHER_NAME, TOPIC_PALETTE } from './palette.js';

/**
 * The name a topic goes by in every chart: "#3 distillation, teacher, student".
 * The id keeps names unique when two topics share a label, and ties a legend
 * entry to the report's topic table.
 */
export function topicName(id: number, label: string): string {
  return `#${id} ${label}`;
}

/** Vega-Lite colour scale with one fixed colour per topic, the same in every view. */
export interface TopicColorScale {
  domain: string[];
  range: string[];
}

/**
 * The colour scale shared by all views: domain = topic names in topic id order,
 * so topic 0 is always the first palette colour whatever subset a view shows.
 * Pass `withOther` when the view groups the tail into "Other topics".
 */
export function topicColorScale(topics: Pick<Topic, 'id' | 'label'>[], withOther = false): TopicColorScale {
  const sorted = [...topics].sort((a, b) => a.id - b.id);
  const domain = sorted.map((t) => topicName(t.id, t.label));
  const range = sorted.map((t) => topicColor(t.id));
  if (withOther) {
    domain.push(OTHER_NAME);
    range.push(OTHER_COLOR);
  }
  return { domain, range };
}

/** The colour of a topic, by id: the same in every chart, the map, the list and the report. */
export function topicColor(id: number): string {
  return TOPIC_PALETTE[id % TOPIC_PALETTE.length];
}

/** Map from topic id to its display name; throws on a row naming an unknown topic. */
export function topicNameLookup(topics: Pick<Topic, 'id' | 'label'>[]): (id: number, where: string) => string {
  const names = new Map(topics.map((t) => [t.id, topicName(t.id, t.label)]));
  return (id, where) => {
    const name = names.get(id);
    if (name === undefined) throw new Error(`${where}: topic ${id} is not among the run's topics`);
    return name;
  };
}
