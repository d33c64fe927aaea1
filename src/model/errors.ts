/**
 * The engine's user errors. Each extends util's UserError and so carries its exit code (util/errors.ts
 * is the one table of codes).
 */
import { EXIT, UserError, UsageError } from '../util/index.js';

/** A saved model that cannot be used (missing, truncated, foreign, older format): bad input data, exit 3. */
export class ModelError extends UserError {
  override name = 'ModelError';
  constructor(message: string) {
    super(message, EXIT.data);
  }
}

/** A corpus the engine cannot analyse (no papers, too few, no usable terms): bad input data, exit 3. */
export class DataError extends UserError {
  override name = 'DataError';
  constructor(message: string) {
    super(message, EXIT.data);
  }
}

/** An option value that is invalid, alone or for this corpus: bad usage, exit 2, naming the option's flag. */
export class OptionError extends UsageError {
  override name = 'OptionError';
}
