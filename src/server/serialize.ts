/** JSON shapes of the API: papers and trend series as the page reads them. */
import type { ServerContext } from './context.js';
import type { Period } from '../trends/index.js';

export interface PaperJson {
  id: string;
  title: string;
  date: string | null;
  categories: string[];
  source: string | null;
  topic: number;
  topicLabel: string;
}

export function paperJson(ctx: ServerContext, index: number): PaperJson {
  const p = ctx.model.papers[index];
  return {
    id: p.id,
    title: p.title,
    date: p.date ?? null,
    categories: p.categories ?? [],
    source: p.source ?? null,
    topic: p.topic,
    topicLabel: ctx.labels.get(p.topic) ?? '',
  };
}

export interface PeriodJson {
  key: string;
  start: string;
  end: string;
  partial: boolean;
  total: number;
}

export const periodsJson = (periods: readonly Period[]): PeriodJson[] =>
  periods.map(({ key, start, end, partial, total }) => ({ key, start, end, partial, total }));
