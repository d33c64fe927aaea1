/**
 * A context whose model can be replaced while the server runs. Routes hold a
 * proxy that forwards every property read to the current context, so a swap is
 * one assignment: requests started before it finish on the old model's
 * structures they already read, requests after it see only the new model, and
 * nobody ever sees a half-loaded model (the new context is built completely first).
 */
import type { TopicModel } from '../model/index.js';
import { ServerContext, type ContextOptions, type Segment } from './context.js';

export interface LiveContext {
  /** What routes are given: always reads through to the current context. */
  readonly view: ServerContext;
  readonly current: ServerContext;
  /** Build a context for `model` (warming its trend tables) and switch to it. */
  swap(model: TopicModel): ServerContext;
  /** Times the model was replaced since start. */
  readonly generation: number;
}

export function liveContext(model: TopicModel, options: ContextOptions & { warm?: Segment[] } = {}): LiveContext {
  const build = (m: TopicModel) => {
    const ctx = new ServerContext(m, options);
    for (const segment of options.warm ?? [{ bin: 'auto' as const }]) {
      ctx.trendTables(segment);
      ctx.termCounts(segment);
    }
    return ctx;
  };
  let current = build(model);
  let generation = 0;
  const view = new Proxy({} as ServerContext, {
    get: (_target, key) => {
      const value = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  return {
    view,
    get current() {
      return current;
    },
    get generation() {
      return generation;
    },
    swap(m: TopicModel) {
      const next = build(m);
      current = next;
      generation++;
      return next;
    },
  };
}
