import { EXIT, UserError, type ExitCode } from '../util/index.js';

/** Exit codes live in util/errors.ts; re-exported for the command modules. */
export { EXIT };

/** An error the CLI reports as one line on stderr, with a chosen exit code. */
export class CliError extends UserError {
  constructor(message: string, exitCode: ExitCode = EXIT.failure) {
    super(message, exitCode);
    this.name = 'CliError';
  }
}
