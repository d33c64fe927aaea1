import type { Command } from 'commander';
import { registerFetch } from './fetch.js';
import { registerInspect } from './inspect.js';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  void program;
  registerFetch(program);
  registerInspect(program);
}
