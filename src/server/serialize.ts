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
  /** Source page (arXiv abstract page when the id is an arXiv id), else null. */
  url: string | null;
  /** Added by `update` and far from every topic (absent on models without updates). */
  novel?: boolean;
}

/** New-style (2401.00642, 2401.00642v2) and old-style (hep-th/9901001, cs.CL/0101001) arXiv ids. */
const ARXIV_ID = /^(\d{4}\.\d{4,5}(v\d+)?|[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?)$/;

export const paperUrl = (id: string): string | null => (ARXIV_ID.test(id) ? `https://arxiv.org/abs/${id}` : null);

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
    url: paperUrl(p.id),
    ...(p.novel ? { novel: true } : {}),
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
