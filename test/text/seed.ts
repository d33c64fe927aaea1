import fs from 'node:fs';
import path from 'node:path';
import { sharedData } from '../helpers/cli.js';

export interface RawPaper {
  id: string;
  title: string;
  abstract: string;
}

/** The 89-paper seed corpus, as `title + ". " + abstract` texts. */
export function loadSeed(): { papers: RawPaper[]; texts: string[] } {
  const papers = fs
    .readFileSync(path.join(sharedData, 'seed.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawPaper);
  return { papers, texts: papers.map((p) => `${p.title}. ${p.abstract}`) };
}

/** Indices of texts matching a regex: an independent check on the analyzer's matching. */
export function regexDocs(texts: string[], re: RegExp): number[] {
  return texts.flatMap((t, i) => (re.test(t) ? [i] : []));
}
