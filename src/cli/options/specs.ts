import type { Command } from 'commander';
import { flagName, optionsFromText, type OptionSpec } from '../../model/index.js';
import { OptionError } from '../../model/index.js';
import { usage } from './parse.js';

/** Commander's camel-cased key of a flag ('--max-df' → 'maxDf'). */
const keyOf = (spec: OptionSpec) => flagName(spec).slice(2).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Add declared options as flags. No default is handed to commander: a flag not
 * given stays undefined, so the library's default (which may depend on the
 * corpus) applies, and --help shows it in the text.
 */
export function addSpecOptions(cmd: Command, specs: readonly OptionSpec[]): Command {
  for (const spec of specs) {
    // A repeatable flag collects its values; given never, it stays undefined like any other.
    if (spec.repeatable) cmd.option(spec.flag, spec.help, (value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    else cmd.option(spec.flag, `${spec.help} (default: ${spec.shown})`);
  }
  return cmd;
}

/** The options given on the command line, parsed and validated; a bad value is exit 2 naming the flag. */
export function specOptionsFrom(flags: Record<string, unknown>, specs: readonly OptionSpec[]): Record<string, unknown> {
  const texts = Object.fromEntries(specs.map((s) => [flagName(s), flags[keyOf(s)] as string | string[] | undefined]));
  try {
    return optionsFromText(texts, specs);
  } catch (err) {
    if (err instanceof OptionError) usage(err.message);
    throw err;
  }
}
