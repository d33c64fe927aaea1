import type { Command } from 'commander';
import { registerFetch } from './fetch.js';
import { registerInspect } from './inspect.js';
import { registerRun } from './run.js';
import { registerEval } from './eval.js';
import { registerTrends } from './trends.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';
import { registerReduce } from './reduce.js';
import { registerTransform } from './transform.js';
import { registerAggregate } from './aggregate.js';
import { registerUpdate } from './update.js';
import { registerCurate } from './curate.js';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerFetch(program);
  registerInspect(program);
  registerRun(program);
  registerUpdate(program);
  registerEval(program);
  registerTrends(program);
  registerReport(program);
  registerServe(program);
  registerReduce(program);
  registerCurate(program);
  registerTransform(program);
  registerAggregate(program);
}
