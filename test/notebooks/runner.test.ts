import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/cli.js';

/** The runner needs Debian's nbclient and the tslab kernel (installed by `npm run notebooks`). */
const ready =
  existsSync(path.join(repoRoot, 'tools/tslab/node_modules/tslab/bin/tslab')) &&
  spawnSync('/usr/bin/python3', ['-c', 'import nbclient, nbformat'], { encoding: 'utf8' }).status === 0;

const dir = mkdtempSync(path.join(tmpdir(), 'tt-notebooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function notebook(name: string, cells: string[]): string {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells: cells.map((source, i) => ({ cell_type: 'code', id: `c${i}`, metadata: {}, execution_count: null, outputs: [], source })),
  };
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(nb));
  return file;
}

describe.skipIf(!ready)('scripts/run_notebooks.py', () => {
  it("keeps the failing cell's source and output on stderr and in <name>.error.txt, for an error and for a cell timeout", () => {
    const failing = notebook('failing.ipynb', [
      "console.log('first cell ok');",
      "console.log('about to fail');\nthrow new Error('deliberate failure in cell two');",
      "console.log('never runs');",
    ]);
    const slow = notebook('slow.ipynb', ["console.log('sleeping');\nawait new Promise((r) => setTimeout(r, 60_000));"]);
    const out = path.join(dir, 'out');
    const r = spawnSync('/usr/bin/python3', ['scripts/run_notebooks.py', failing, slow, '--out', out, '--timeout', '8'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('0 passed, 2 failed');
    const failReport = readFileSync(path.join(out, 'failing.error.txt'), 'utf8');
    for (const text of [r.stderr, failReport]) {
      expect(text).toContain('cell 2');
      expect(text).toContain("| throw new Error('deliberate failure in cell two');");
      expect(text).toContain('> about to fail');
      expect(text).toContain('Error: deliberate failure in cell two');
    }
    const slowReport = readFileSync(path.join(out, 'slow.error.txt'), 'utf8');
    expect(slowReport).toContain('| await new Promise((r) => setTimeout(r, 60_000));');
    expect(slowReport).toMatch(/CellTimeoutError|timed out/i);
    expect(r.stderr).toContain('FAIL slow.ipynb');
  }, 300_000);
});
