import type { Command } from 'commander';
import { integer } from './parse.js';

export interface ScaleFlags {
  fitSample?: string;
  scaleThreshold?: string;
  workers?: string;
}

/** Flags of `run` on large corpora (declared once here; see docs/scaling.md). */
export function addScaleOptions(cmd: Command): Command {
  return cmd
    .option('--scale-threshold <n>', 'corpora with more papers are fitted on a sample and transformed in parts', '150000')
    .option('--fit-sample <n>', 'papers in the seeded, date-stratified fit sample of a large corpus', '25000')
    .option('--workers <n>', 'transform worker threads (one Parquet part each) for a large corpus', '2');
}

export function scaleOptionsFrom(flags: ScaleFlags): { threshold: number; fitSample: number; workers: number } {
  return {
    threshold: integer(flags.scaleThreshold ?? '150000', '--scale-threshold', 1),
    fitSample: integer(flags.fitSample ?? '25000', '--fit-sample', 100),
    workers: integer(flags.workers ?? '2', '--workers', 1, 64),
  };
}
