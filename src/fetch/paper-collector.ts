import type { Paper } from '../corpus/index.js';

/** Version and timestamps the collector uses to merge duplicates; stored in `Paper.extra`. */
interface Provenance {
  version?: number;
  updated?: string;
}

/**
 * Papers of one fetch, deduplicated by id (version suffix already stripped).
 * When an id comes back twice (arXiv pages can shift while we crawl, and a
 * revised paper may appear as a new version), the latest version's title,
 * abstract and categories win and the earliest date is kept, since the
 * trend analysis wants when the work first appeared.
 */
export class PaperCollector {
  private readonly byId = new Map<string, Paper>();
  /** How many incoming records were merged into an earlier one. */
  duplicates = 0;

  add(paper: Paper): void {
    const prev = this.byId.get(paper.id);
    if (!prev) {
      this.byId.set(paper.id, paper);
      return;
    }
    this.duplicates++;
    const newer = isNewer(provenance(paper), provenance(prev)) ? paper : prev;
    const older = newer === paper ? prev : paper;
    const date = earliest(prev.date, paper.date);
    const published = earliest(str(prev.extra?.published), str(paper.extra?.published));
    this.byId.set(paper.id, {
      ...newer,
      date,
      extra: { ...older.extra, ...newer.extra, ...(published ? { published } : {}) },
    });
  }

  get size(): number {
    return this.byId.size;
  }

  /** The papers, sorted by date then id like the shared corpora. */
  papers(): Paper[] {
    return [...this.byId.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function provenance(p: Paper): Provenance {
  const v = p.extra?.version;
  return { version: typeof v === 'number' ? v : undefined, updated: str(p.extra?.updated) };
}

function isNewer(a: Provenance, b: Provenance): boolean {
  if (a.version !== undefined && b.version !== undefined && a.version !== b.version) return a.version > b.version;
  if (a.updated && b.updated) return Date.parse(a.updated) > Date.parse(b.updated);
  return false;
}

/** The earlier of two ISO dates/timestamps (ISO strings of one format sort chronologically). */
function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}
