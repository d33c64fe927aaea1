import type { Command } from 'commander';
import { SCALE_SPECS } from '../../model/index.js';
import { addSpecOptions, specOptionsFrom } from './specs.js';

export type ScaleFlags = Record<string, unknown>;

/** Flags of `run` on large corpora (declared in pipeline/scale-specs.ts; see docs/scaling.md). */
export function addScaleOptions(cmd: Command): Command {
  return addSpecOptions(cmd, SCALE_SPECS);
}

/** Only the flags given: runScaled applies the defaults. */
export function scaleOptionsFrom(flags: ScaleFlags): { threshold?: number; fitSample?: number; workers?: number } {
  return specOptionsFrom(flags, SCALE_SPECS);
}
