import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GENERATED, withRegion, marks } from '../../src/cli/docs.js';
import { buildProgram } from '../../src/cli/main.js';
import { TOPIC_TRENDS } from '../../src/tables/index.js';

describe('generated docs', () => {
  for (const [file, { region, make }] of Object.entries(GENERATED)) {
    it(`${file} is in sync with the code (node scripts/docs.js rewrites it)`, () => {
      const text = readFileSync(file, 'utf8');
      expect(withRegion(text, region, make())).toBe(text);
    });
  }

  it('the command reference lists every command and option the CLI has', () => {
    const text = readFileSync('docs/cli.md', 'utf8');
    for (const cmd of buildProgram().commands) {
      expect(text).toContain(`topictrends ${cmd.name()}`);
      for (const opt of cmd.options) expect(text).toContain(opt.long!);
    }
  });

  it('the outputs reference lists every trend column in order', () => {
    const text = readFileSync('docs/outputs.md', 'utf8');
    const section = text.slice(text.indexOf('### topic_trends.csv'));
    const names = [...section.matchAll(/^\| \d+ \| `([^`]+)`/gm)].map((m) => m[1]);
    expect(names.slice(0, TOPIC_TRENDS.columns.length)).toEqual(TOPIC_TRENDS.columns.map((c) => c.name));
  });

  it('a region without its markers is an error, not a silent skip', () => {
    expect(() => withRegion('no markers here', 'commands', 'x')).toThrow(marks('commands')[0]);
  });
});
