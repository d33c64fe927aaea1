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
  /** The name shown: a person's curated name (`curate --rename`), else the machine label. */
  label: string;
  /** The c-TF-IDF label from 3-4 distinct top terms ("distillation, teacher, student"), kept here when a person renamed the topic. */
  machineLabel?: string;
  /** Hidden by `curate --hide`: out of the charts and topic shares, still in documents.csv. */
  hidden?: boolean;
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
