/**
 * The edits of `curate`, declared like the other options (option-specs.ts):
 * each flag is repeatable and its text parsed to the value a library caller
 * passes (`runCurate({ edits })`), so both are checked by the same rows. What
 * depends on the model (unknown ids, a merge of a topic with itself, a topic
 * too small to split, a bad name) is checked by pipeline/curate-checks.ts.
 */
import { z } from 'zod';
import type { OptionSpec } from './option-specs.js';

const id = z.number({ error: 'not a topic id (a whole number from topics.csv)' }).int().nonnegative();
/** A topic id's text as a number (NaN when it is not a whole number, which `id` refuses). */
const idOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

export const CURATE_SPECS: readonly OptionSpec[] = [
  {
    path: ['renames'], flag: '--rename <id=name>', help: 'give topic ID this name (at most 80 characters); repeatable', shown: 'none', repeatable: true,
    parse: (r) => (r.includes('=') ? { topic: idOf(r.slice(0, r.indexOf('='))), name: r.slice(r.indexOf('=') + 1) } : r),
    schema: z.object({ topic: id, name: z.string() }, { error: 'expected ID=NAME, e.g. --rename 3="Agents and tool use"' }),
  },
  {
    path: ['merges'], flag: '--merge <ids>', help: 'merge these comma-separated topics into the first id, e.g. 3,5; repeatable', shown: 'none', repeatable: true,
    parse: (r) => r.split(',').map(idOf), schema: z.array(id),
  },
  {
    path: ['splits'], flag: '--split <id[:n]>', help: 'split topic ID into N new topics (default 2) by k-means on its papers; repeatable', shown: 'none', repeatable: true,
    parse: (r) => (r.split(':').length <= 2 ? { topic: idOf(r.split(':')[0]), n: r.includes(':') ? idOf(r.split(':')[1]) : 2 } : r),
    schema: z.object({ topic: id, n: z.number({ error: 'N must be a whole number' }).int().min(2, 'N must be at least 2') }, { error: 'expected ID or ID:N, e.g. --split 4:3' }),
  },
  {
    path: ['hide'], flag: '--hide <id>', help: 'hide topic ID from the charts and shares (its papers stay in documents.csv, flagged); repeatable', shown: 'none', repeatable: true,
    parse: idOf, schema: id,
  },
];
