/** Exit codes, documented in the README's CLI reference. */
export const EXIT = {
  ok: 0,
  /** Unexpected failure (a bug, an I/O error). */
  failure: 1,
  /** Bad usage: unknown option, invalid value. */
  usage: 2,
  /** Bad input data: unreadable file, or the first bad row under --strict. */
  data: 3,
} as const;

/** An error the CLI reports as one line on stderr, with a chosen exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.failure) {
    super(message);
    this.name = 'CliError';
  }
}
