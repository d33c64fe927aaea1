/**
 * The one place where a user's mistake becomes an exit code. Every error the library raises for the
 * user's input rather than for a bug extends {@link UserError} and carries its code, so the CLI, a
 * notebook or a script reports it the same way, routed by class and never by message text.
 */

/** Exit codes, as docs/cli.md gives them. */
export const EXIT = {
  ok: 0,
  /** Unexpected failure: a bug, an I/O error, the network after retries. */
  failure: 1,
  /** Bad usage: unknown option, invalid value; the message names the flag. */
  usage: 2,
  /** Bad input data: unreadable file, bad row under --strict, unusable model; the message names the file. */
  data: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error caused by what the user gave us, with the exit code it maps to. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(message: string, readonly exitCode: ExitCode = EXIT.data) {
    super(message);
  }
}

/** Bad usage (exit 2): the message starts with the flag at fault. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(readonly flag: string, message: string) {
    super(`${flag}: ${message}`, EXIT.usage);
  }
}

/** The exit code for any thrown value: a {@link UserError}'s own, else 1. */
export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof UserError ? err.exitCode : EXIT.failure;
}
