import type { Command } from 'commander';
import type { CurateEdits } from '../../pipeline/index.js';
import { usage } from './parse.js';

/** The curate flags as commander hands them over: each repeatable, in the order given. */
export interface CurateFlags {
  rename: string[];
  merge: string[];
  split: string[];
  hide: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** --rename, --merge, --split and --hide: the edits `curate` makes (each repeatable). */
export function addCurateOptions(cmd: Command): Command {
  return cmd
    .option('--rename <id=name>', 'give topic ID this name (at most 80 characters); repeatable', collect, [])
    .option('--merge <ids>', 'merge these comma-separated topics into the first id, e.g. 3,5; repeatable', collect, [])
    .option('--split <id[:n]>', 'split topic ID into N new topics (default 2) by k-means on its papers; repeatable', collect, [])
    .option('--hide <id>', 'hide topic ID from the charts and shares (its papers stay in documents.csv, flagged); repeatable', collect, []);
}

const topicId = (text: string, flag: string, whole: string): number => {
  if (!/^\d+$/.test(text.trim())) usage(`${flag} ${whole}: '${text}' is not a topic id (a whole number from topics.csv)`);
  return Number(text);
};

export function curateEditsFrom(flags: CurateFlags): CurateEdits {
  return {
    renames: flags.rename.map((r) => {
      const eq = r.indexOf('=');
      if (eq < 0) usage(`--rename ${r}: expected ID=NAME, e.g. --rename 3="Agents and tool use"`);
      return { topic: topicId(r.slice(0, eq), '--rename', r), name: r.slice(eq + 1) };
    }),
    merges: flags.merge.map((m) => m.split(',').map((id) => topicId(id, '--merge', m))),
    splits: flags.split.map((s) => {
      const [id, n, extra] = s.split(':');
      if (extra !== undefined) usage(`--split ${s}: expected ID or ID:N`);
      return { topic: topicId(id, '--split', s), n: n === undefined ? 2 : topicId(n, '--split', s) };
    }),
    hide: flags.hide.map((h) => topicId(h, '--hide', h)),
  };
}
