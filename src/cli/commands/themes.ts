import { CliError, EXIT } from '../errors.js';

/** Read a themes file; a bad one is bad input data (exit 3). */
export function loadThemesOrFail<T>(load: (path: string) => T, path: string): T {
  try {
    return load(path);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.data);
  }
}
