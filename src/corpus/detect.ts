import { extname } from 'node:path';
import type { InputFormat } from './options.js';
import { peekText } from './source.js';

const VERSIONS_ARRAY = /"versions"\s*:\s*\[/;

/**
 * Guess a file's format from its extension (ignoring `.gz`) and first bytes:
 * `.csv` is CSV, `.txt` the Hugging Face listing; JSON is told apart by its
 * first character (`[` array, `{` lines), and JSON Lines whose first record has
 * a `versions` array is the arXiv snapshot.
 */
export async function detectFormat(path: string): Promise<InputFormat> {
  const ext = extname(path.toLowerCase().replace(/\.gz$/, ''));
  if (ext === '.csv') return 'csv';
  if (ext === '.txt') return 'hf-listing';
  const head = (await peekText(path)).trimStart();
  const firstChar = head[0];
  if (firstChar === '[') return 'json';
  if (firstChar === '{') {
    const firstLine = head.split('\n', 1)[0];
    return VERSIONS_ARRAY.test(firstLine) ? 'arxiv' : 'jsonl';
  }
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson' || head === '') return 'jsonl';
  return head.split('\n', 1)[0].includes(',') ? 'csv' : 'hf-listing';
}
