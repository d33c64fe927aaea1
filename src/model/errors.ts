/**
 * Errors the library raises for a user's input rather than for a bug. Each
 * carries the exit code the README gives it, so any shell (the CLI, a
 * notebook, a script) can report it the same way without a table of classes.
 */

/** A saved model that cannot be used (missing, truncated, foreign, older format): bad input data, exit code 3. */
export class ModelError extends Error {
  override name = 'ModelError';
  readonly exitCode = 3;
}

/** A corpus the engine cannot analyse (no papers, too few, no usable terms): bad input data, exit code 3. */
export class DataError extends Error {
  override name = 'DataError';
  readonly exitCode = 3;
}

/** An option value that is invalid, alone or for this corpus: bad usage, exit code 2, naming the option's flag. */
export class OptionError extends Error {
  override name = 'OptionError';
  readonly exitCode = 2;
  constructor(readonly flag: string, message: string) {
    super(`${flag}: ${message}`);
  }
}
