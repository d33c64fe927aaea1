import { statSync } from 'node:fs';
import { CliError, EXIT } from '../errors.js';

/** A bad flag value: exit code 2 with a message naming the flag. */
export function usage(message: string): never {
  throw new CliError(message, EXIT.usage);
}

export function integer(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  // Plain decimal digits only: Number() would also take '1e1' and '0x5'.
  const n = /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    usage(`${flag} must be an integer ${max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`}, got '${value}'`);
  }
  return n;
}

export function decimal(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) usage(`${flag} must be a number from ${min} to ${max}, got '${value}'`);
  return n;
}

export function oneOf<T extends string>(value: string, flag: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) usage(`${flag} must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

/** An output folder flag that names an existing file is a usage error, found before any work. */
export function outputFolder(value: string, flag = '--out'): string {
  if (!value.trim()) usage(`${flag} must not be empty`);
  let st: import('node:fs').Stats | undefined;
  try {
    st = statSync(value);
  } catch {
    return value;
  }
  if (!st.isDirectory()) usage(`${flag} ${value} is a file, not a folder`);
  return value;
}
