import { CorpusError } from '../../corpus/index.js';
import { CliError, EXIT } from '../errors.js';
import { ModelError } from '../../pipeline/errors.js';

/** Bad input data (missing file, first bad row under --strict, an unusable model.json) exits with code 3. */
export function readErrorToCli(err: unknown): never {
  if (err instanceof CorpusError || err instanceof ModelError) throw new CliError(err.message, EXIT.data);
  throw err;
}
