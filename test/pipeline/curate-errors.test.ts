/** Issue #25: every bad `curate` input gets a clear error naming the flag (exit 2) or the file (exit 3), and nothing is written. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAME, baseRun, cli, hashes, haveShared } from './curate-fixture.js';

let f: ReturnType<typeof baseRun>;

describe.skipIf(!haveShared)('curate refuses bad input', () => {
  beforeAll(() => {
    f = baseRun('curate-errors');
    const r = cli('curate', '-m', f.at('run/model.json'), ...f.curateArgs, '-o', f.at('cur'));
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('bad input: a clear error naming the flag or file, and nothing written', () => {
    const folder = f.at('cur');
    const tiny = f.topicsOf('cur').sort((a, b) => Number(a.size) - Number(b.size))[0];
    const cases: [string[], number, RegExp][] = [
      [['--rename', '999=Nope'], 2, /--rename: unknown topic id 999/],
      [['--hide', '999'], 2, /--hide: unknown topic id 999/],
      [['--merge', `${f.ids.rename},${f.ids.rename}`], 2, /--merge: .* merges a topic with itself/],
      [['--split', `${tiny.topic}:${Math.ceil(Number(tiny.size) / 2) + 1}`], 2, /--split: topic \d+ has \d+ papers, fewer than 2×/],
      [['--rename', `${f.ids.rename}=${'x'.repeat(81)}`], 2, /--rename: .*81 characters \(at most 80\)/],
      [['--rename', `${f.ids.rename}=tab\there`], 2, /--rename: .*control character/],
      [['--rename', 'nope'], 2, /--rename: expected ID=NAME.*\(got "nope"\)/],
      [['--merge', `${f.ids.rename},x`], 2, /--merge: not a topic id/],
      [['--split', `${f.ids.rename}:1`], 2, /--split: N must be at least 2/],
    ];
    const snapshot = hashes(folder);
    for (const [args, code, message] of cases) {
      const r = cli('curate', '-m', f.at('cur/model.json'), ...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(hashes(folder)).toEqual(snapshot);
    }
    // A curation.json broken by hand: exit 3 naming the file and the field.
    const file = f.at('cur/curation.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"renames": [', '"renames": [{"topic": "two"},'));
    const broken = hashes(folder);
    const r = cli('curate', '-m', f.at('cur/model.json'), '--hide', String(f.ids.rename));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}: invalid field "renames.0.topic"`);
    expect(hashes(folder)).toEqual(broken);
    writeFileSync(file, '{ not json');
    expect(cli('curate', '-m', f.at('cur/model.json')).stderr).toContain(`${file}: not valid JSON`);
    writeFileSync(file, good);
  }, 120_000);

  it('a scaled run whose parts are lost is refused naming the part (exit 3), untouched', () => {
    cpSync(f.at('run'), f.at('scaled'), { recursive: true });
    const runJson = JSON.parse(readFileSync(f.at('scaled/run.json'), 'utf8'));
    writeFileSync(f.at('scaled/run.json'), JSON.stringify({ ...runJson, counts: { ...runJson.counts, transformed: 10 }, files: [...runJson.files, 'parts/part-0.parquet'] }));
    const before = hashes(f.at('scaled'));
    const r = cli('curate', '-m', f.at('scaled/model.json'), '--hide', String(f.ids.hide));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`its part ${f.at('scaled/parts/part-0.parquet')} (listed in run.json) is missing`);
    expect(hashes(f.at('scaled'))).toEqual(before);
  });
});
