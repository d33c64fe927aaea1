import type { Command } from 'commander';
import type { EngineOptions } from '../../model/index.js';
import { ENGINE_SPECS } from '../../model/index.js';
import { integer, usage } from './parse.js';
import { addSpecOptions, specOptionsFrom } from './specs.js';
import { seedFrom } from './corpus.js';

/** Flags of the engine as commander hands them over (strings); the list itself is ENGINE_SPECS. */
export type EngineFlags = Record<string, unknown> & { seed?: string };

/** Flags of the topic engine, shared by run and eval. (`--seed` comes with the corpus flags.) */
export function addEngineOptions(cmd: Command): Command {
  return addSpecOptions(cmd, ENGINE_SPECS);
}

export function engineOptionsFrom(flags: EngineFlags): EngineOptions {
  const options = specOptionsFrom(flags, ENGINE_SPECS) as EngineOptions;
  const [kMin, kMax] = [options.kRange?.[0], options.kRange?.[1]];
  if (kMin !== undefined && kMax !== undefined && kMin > kMax) usage(`--k-min ${kMin} is larger than --k-max ${kMax}`);
  return { ...options, seed: seedFrom(flags) };
}
