import { CorpusError } from '../../corpus/index.js';
import { TooManyBinsError } from '../../trends/index.js';
import { OutDirError } from '../../util/index.js';
import { NoAnalysableTermsError } from '../../text/index.js';
import { CliError, EXIT } from '../errors.js';
import { ModelError } from '../../model/index.js';
import { EmbeddingError } from '../../vectorize/index.js';

/**
 * Library errors as CLI exits: bad input data (missing file, first bad row
 * under --strict, an unusable model.json, embeddings not matching the corpus, no analysable text at all) is 3; an `--out` that must not be
 * replaced and a `--bin` giving too many bins are usage errors (2) naming the
 * flag. Write failures keep exit 1 with the path in the message.
 */
export function readErrorToCli(err: unknown): never {
  if (err instanceof CorpusError || err instanceof ModelError || err instanceof EmbeddingError || err instanceof NoAnalysableTermsError) throw new CliError(err.message, EXIT.data);
  if (err instanceof OutDirError) throw new CliError(`--out ${err.message}`, EXIT.usage);
  if (err instanceof TooManyBinsError) throw new CliError(`--bin ${err.unit}: ${err.message}`, EXIT.usage);
  throw err;
}
