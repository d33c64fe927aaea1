import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { ReadReport } from '../../src/corpus/index.js';

/** A fresh temp dir; `write(name, content)` puts a file in it and returns its path. */
export function tempFiles() {
  const dir = mkdtempSync(path.join(tmpdir(), 'topictrends-corpus-'));
  return {
    dir,
    write(name: string, content: string | Buffer): string {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);

/** The accounting invariant, overall and per file: every row read is kept, skipped or filtered. */
export function expectBalanced(report: ReadReport): void {
  expect(report.read).toBe(report.kept + sum(report.skipped) + sum(report.filtered));
  for (const f of report.files) expect(f.read, f.path).toBe(f.kept + f.skipped + f.filtered);
  expect(sum(Object.fromEntries(report.files.map((f) => [f.path, f.read])))).toBe(report.read);
  expect(sum(Object.fromEntries(report.files.map((f) => [f.path, f.kept])))).toBe(report.kept);
}

/** RFC 4180 field: always quoted, quotes doubled. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function jsonl(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
