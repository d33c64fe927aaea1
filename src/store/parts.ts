/**
 * `--parts 'DIR/*.parquet'`: Node 20 has no fs.glob, and parts only ever
 * differ by file name, so a `*` or `?` in the last path segment is all that is
 * expanded (the shell usually expands it first anyway).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

function matcher(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** Files named by the patterns, sorted, each once; a pattern that matches nothing is an error naming it. */
export function expandParts(patterns: readonly string[]): string[] {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const dir = path.dirname(pattern);
    const base = path.basename(pattern);
    if (!/[*?]/.test(base)) {
      if (!existsSync(pattern)) throw new Error(`part ${pattern} does not exist`);
      files.add(pattern);
      continue;
    }
    if (/[*?]/.test(dir)) throw new Error(`parts pattern ${pattern}: wildcards only in the file name`);
    const re = matcher(base);
    const found = existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)) : [];
    if (found.length === 0) throw new Error(`parts pattern ${pattern} matches no file`);
    for (const f of found) files.add(path.join(dir, f));
  }
  return [...files].sort();
}

/** The transform parts of the scaled run in `dir`, as its run.json lists them; [] for an ordinary run. */
export function runParts(dir: string): string[] {
  const file = path.join(dir, 'run.json');
  if (!existsSync(file)) return [];
  let run: { counts?: { transformed?: number }; files?: unknown };
  try {
    run = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!run.counts?.transformed || !Array.isArray(run.files)) return [];
  return run.files.filter((f): f is string => typeof f === 'string' && /^parts\/.*\.parquet$/.test(f)).map((f) => path.join(dir, f));
}

/** A file beside a transform part: `part-000.parquet` with suffix `.terms` → `part-000.terms`. */
export function besidePart(part: string, suffix: string): string {
  return part.replace(/\.parquet$/i, '') + suffix;
}
