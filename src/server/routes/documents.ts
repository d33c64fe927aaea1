import { Router } from 'express';
import type { ServerContext } from '../context.js';
import { ParamError, documentsQuery, paperIndexParam, parseParams, suggestQuery } from '../params.js';
import { buildSuggester, type Suggester } from '../suggest.js';
import { paperJson } from '../serialize.js';
import { snippet } from '../snippet.js';
import { sendCached } from '../cached-body.js';
import { openAbstracts, type AbstractStore } from '../../store/index.js';
import { topicsOf } from '../topic-page.js';
import type { DocumentFilter } from '../../analysis/index.js';

/** Check what zod cannot know: that the topic and category exist in this model, and from <= to. */
export function checkFilter(ctx: ServerContext, filter: DocumentFilter): void {
  if (filter.topic !== undefined && !ctx.labels.has(filter.topic) && !ctx.model.hierarchy?.some((n) => n.id === filter.topic)) {
    throw new ParamError('topic', `no topic ${filter.topic} (topics are 0 to ${ctx.model.topics.length - 1})`);
  }
  checkCategory(ctx, filter.category);
  if (filter.from && filter.to && filter.from > filter.to) throw new ParamError('from', `${filter.from} is after to=${filter.to}`);
}

export function checkCategory(ctx: ServerContext, category: string | undefined): void {
  if (category !== undefined && !ctx.categories.has(category)) throw new ParamError('category', `no paper has primary category ${category}`);
}

/**
 * Papers matching a filter, newest first; `topic` may also be a merged node of
 * the topic tree (its topics' papers together, in the same order).
 */
export function matching(ctx: ServerContext, filter: DocumentFilter): number[] {
  if (filter.topic === undefined || ctx.labels.has(filter.topic)) return ctx.documents.all(filter);
  const date = (i: number) => ctx.model.papers[i].date?.slice(0, 10) ?? '';
  return topicsOf(ctx, filter.topic)
    .flatMap((t) => ctx.documents.all({ ...filter, topic: t }))
    .sort((a, b) => (date(a) === date(b) ? a - b : date(a) < date(b) ? 1 : -1));
}

/** GET /api/documents: papers by topic, text, dates and category, newest first, paged. */
export function documentRoutes(ctx: ServerContext, options: { runDir?: string } = {}): Router {
  const router = Router();
  // The run folder's abstracts (store/abstracts.ts), reopened when serve's reload swaps the model (update rewrites both).
  let opened: { model: object; store: Promise<AbstractStore | null> } | undefined;
  const abstractsOf = (model: object) => {
    if (opened?.model !== model) {
      void opened?.store.then((s) => s?.close());
      opened = { model, store: options.runDir ? openAbstracts(options.runDir).catch(() => null) : Promise.resolve(null) };
    }
    return opened.store;
  };
  // A page of papers depends only on its parameters: prepared once (abstracts read, snippets cut).
  router.get('/api/documents', async (req, res) => {
    const { limit, offset, ...filter } = parseParams(documentsQuery, req.query);
    checkFilter(ctx, filter);
    const { model } = ctx;
    const store = await abstractsOf(model);
    sendCached(req, res, ctx.cached(`documents\u0000${JSON.stringify([filter, limit, offset])}`, () => {
      const all = matching(ctx, filter);
      const documents = all.slice(offset, offset + limit).map((i) => {
        const text = store?.get(model.papers[i].id);
        return { ...paperJson(ctx, i), ...(text ? { snippet: snippet(text, filter.q) } : {}) };
      });
      return JSON.stringify({ total: all.length, limit, offset, documents });
    }));
  });
  // Term box suggestions: the model's words and phrases starting with ?prefix, most papers first.
  const suggesters = new WeakMap<object, Suggester>();
  router.get('/api/terms/suggest', (req, res) => {
    const { prefix, limit } = parseParams(suggestQuery, req.query);
    const model = ctx.model;
    if (!suggesters.has(model)) suggesters.set(model, buildSuggester(model.surfaces, model.docTerms));
    res.setHeader('Cache-Control', 'max-age=300');
    res.json({ prefix, suggestions: suggesters.get(model)!(prefix, limit) });
  });
  // One paper by its index in the model (the map's hover asks for titles one at a time).
  router.get('/api/papers/:index', (req, res) => {
    const index = parseParams(paperIndexParam, req.params.index, 'index');
    if (index >= ctx.model.papers.length) throw new ParamError('index', `no paper ${index} (the model has ${ctx.model.papers.length})`, 404);
    res.json(paperJson(ctx, index));
  });
  return router;
}
