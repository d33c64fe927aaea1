/**
 * A deliberately crude tokenizer for the numeric tests (the real one lives in
 * src/text): lowercase, split on non-letters, drop a few stop words, map words to ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedData } from '../helpers/cli.js';

const STOP = new Set(
  'the of and a an in to for on with by is are we our this that from as at be or it its can which these their using use based than also into has have been not such via over more both new show results paper propose proposed method methods approach'.split(' '),
);

export interface Tokenized {
  docs: Int32Array[];
  vocabulary: string[];
}

export function crudeTokenize(texts: string[]): Tokenized {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const docs = texts.map((text) => {
    const out: number[] = [];
    for (const w of text.toLowerCase().split(/[^a-z]+/)) {
      if (w.length < 2 || STOP.has(w)) continue;
      let id = ids.get(w);
      if (id === undefined) {
        id = vocabulary.push(w) - 1;
        ids.set(w, id);
      }
      out.push(id);
    }
    return Int32Array.from(out);
  });
  return { docs, vocabulary };
}

export interface LabeledPaper {
  id: string;
  title: string;
  abstract: string;
  label: string;
}

/** The first `limit` papers of ../shared/data/labeled.jsonl. */
export function readLabeled(limit: number): LabeledPaper[] {
  const lines = fs.readFileSync(path.join(sharedData, 'labeled.jsonl'), 'utf8').split('\n');
  const out: LabeledPaper[] = [];
  for (const line of lines) {
    if (out.length >= limit) break;
    if (line.trim()) out.push(JSON.parse(line) as LabeledPaper);
  }
  return out;
}
