import { Router } from 'express';
import { z } from 'zod';
import { runCurate, noEdits } from '../../pipeline/index.js';
import { UsageError } from '../../util/index.js';
import type { TopicModel } from '../../model/index.js';
import { parseParams, topicIdParam } from '../params.js';
import { CSRF_HEADER, editGuard, newCsrfToken } from '../edit-guard.js';

export interface EditOptions {
  /** model.json of the run the dashboard may curate (`serve --edit`); absent: read-only. */
  modelFile?: string;
}

const nameBody = z.strictObject({ name: z.string() });

/**
 * GET /api/edit (whether renaming is allowed, and the session's CSRF token) and,
 * with `serve --edit` only, POST /api/topics/:id/name {name}: a rename through
 * the same curation code as `topictrends curate --rename`, then the served model
 * is swapped for the rewritten one. Edits run one at a time. A scaled run's
 * model.json holds only its fit sample, while the served model has every paper
 * of the parts: there the renamed topics are laid over the served model (a
 * rename changes labels only), so the dashboard never drops to the fit sample.
 */
export function editRoutes(options: EditOptions, swap: (model: TopicModel) => void, served: () => TopicModel): Router {
  const router = Router();
  const token = newCsrfToken();
  router.get('/api/edit', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(options.modelFile ? { edit: true, token, header: CSRF_HEADER } : { edit: false });
  });
  if (!options.modelFile) return router;
  const modelFile = options.modelFile;
  let queue: Promise<unknown> = Promise.resolve();
  router.post('/api/topics/:id/name', editGuard(token), (req, res, next) => {
    const topic = parseParams(topicIdParam, req.params.id, 'id');
    const parsed = nameBody.safeParse(req.body ?? {});
    if (!parsed.success) return void res.status(400).json({ error: 'body must be JSON {"name": "..."}', parameter: 'name' });
    const edits = { ...noEdits(), renames: [{ topic, name: parsed.data.name }] };
    const work = queue.then(() => runCurate({ model: modelFile, edits }));
    queue = work.catch(() => undefined);
    work.then(
      (r) => {
        swap(r.scaled ? { ...served(), topics: r.model.topics, ...(r.model.hierarchy ? { hierarchy: r.model.hierarchy } : {}) } : r.model);
        const t = r.model.topics.find((x) => x.id === topic)!;
        res.json({ id: t.id, label: t.label, machineLabel: t.machineLabel ?? t.label });
      },
      (err) => (err instanceof UsageError ? res.status(400).json({ error: err.message, parameter: 'name' }) : next(err)),
    );
  });
  return router;
}
