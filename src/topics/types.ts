/** A term (or phrase) of a topic with its class-based TF-IDF weight. */
export interface TopicTerm {
  /** Surface form shown to people ("distillation", "knowledge distillation"). */
  term: string;
  weight: number;
}

/** One topic of a run. Topics are numbered by size, largest first, from 0. */
export interface Topic {
  id: number;
  size: number;
  /** Short label from 3-4 distinct top terms, e.g. "distillation, teacher, student". */
  label: string;
  /** Top terms by c-TF-IDF weight, most important first. */
  terms: TopicTerm[];
  /** Ids of the papers nearest the topic centroid, nearest first. */
  representativeIds: string[];
}

/** One paper as placed by a run: its topic and its 2-D map coordinates. */
export interface DocumentRow {
  id: string;
  title: string;
  date?: string;
  categories?: string[];
  source?: string;
  topic: number;
  topicLabel: string;
  x: number;
  y: number;
}
