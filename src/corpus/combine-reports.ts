import { MAX_ISSUES, type ReadReport } from './report.js';

/**
 * The reading statistics of a model and of papers added to it later, as one
 * report: `already` papers the model held were read again and count as
 * duplicate ids, so `read = kept + skipped + filtered` still holds overall.
 */
export function combineReports(a: ReadReport, b: ReadReport, already: number): ReadReport {
  const add = <K extends string>(x: Record<K, number>, y: Record<K, number>) =>
    Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, (x[k as K] ?? 0) + (y[k as K] ?? 0)])) as Record<K, number>;
  const skipped = add(a.skipped, b.skipped);
  skipped['duplicate-id'] = (skipped['duplicate-id'] ?? 0) + already;
  const issues = [...a.issues, ...b.issues];
  return {
    files: [...a.files, ...b.files],
    read: a.read + b.read,
    kept: a.kept + b.kept - already,
    skipped,
    filtered: add(a.filtered, b.filtered),
    issues: issues.slice(0, MAX_ISSUES),
    issuesOmitted: a.issuesOmitted + b.issuesOmitted + Math.max(0, issues.length - MAX_ISSUES),
  };
}
