import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('topictrends CLI', () => {
  it('prints help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: topictrends');
  });
  it('exits 2 on an unknown option', () => {
    const r = runCli(['--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
