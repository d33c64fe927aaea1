import type { Command } from 'commander';
import { CURATE_SPECS } from '../../model/index.js';
import { noEdits, type CurateEdits } from '../../pipeline/index.js';
import { addSpecOptions, specOptionsFrom } from './specs.js';

/** --rename, --merge, --split and --hide: the edits `curate` makes (each repeatable; declared in model/curate-specs.ts). */
export function addCurateOptions(cmd: Command): Command {
  return addSpecOptions(cmd, CURATE_SPECS);
}

/** The edits given on the command line, parsed and checked; a bad value is exit 2 naming the flag. */
export function curateEditsFrom(flags: Record<string, unknown>): CurateEdits {
  return { ...noEdits(), ...(specOptionsFrom(flags, CURATE_SPECS) as Partial<CurateEdits>) };
}
