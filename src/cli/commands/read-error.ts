import { CorpusError } from '../../corpus/index.js';
import { CliError, EXIT } from '../errors.js';

/** Bad input data (missing file, first bad row under --strict) exits with code 3. */
export function readErrorToCli(err: unknown): never {
  if (err instanceof CorpusError) throw new CliError(err.message, EXIT.data);
  throw err;
}
