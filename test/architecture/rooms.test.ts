import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';

// The import rules are dependency-cruiser's (.dependency-cruiser.cjs). These tests check that the rules
// file really refuses what docs/architecture.md forbids, on a small tree of rooms made for the purpose
// (npm test runs the same rules on the real tree before vitest: `npm run lint:rooms`).
const root = path.resolve('test/.tmp/rooms');
const depcruise = path.resolve('node_modules/.bin/depcruise');

function tree(files: Record<string, string>): void {
  rmSync(root, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  copyFileSync('.dependency-cruiser.cjs', path.join(root, '.dependency-cruiser.cjs'));
  writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }));
}

function cruise(): { status: number | null; out: string } {
  const r = spawnSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the one-way import rule', () => {
  beforeAll(() => execFileSync(depcruise, ['--version']));

  it('passes a downward import through index.ts', () => {
    tree({ 'src/pipeline/index.ts': "export * from './run.js';\n", 'src/pipeline/run.ts': "import { x } from '../util/index.js';\nexport const y = x;\n", 'src/util/index.ts': 'export const x = 1;\n' });
    expect(cruise().status).toBe(0);
  });

  it('refuses an upward import', () => {
    tree({ 'src/pipeline/index.ts': 'export const y = 1;\n', 'src/util/index.ts': "import { y } from '../pipeline/index.js';\nexport const x = y;\n" });
    const r = cruise();
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/floor-\d+-imports-down-only/);
  });

  it('refuses entering a room other than through its index.ts', () => {
    tree({ 'src/pipeline/index.ts': "import { x } from '../util/random.js';\nexport const y = x;\n", 'src/util/index.ts': "export * from './random.js';\n", 'src/util/random.ts': 'export const x = 1;\n' });
    expect(cruise().out).toMatch(/enter-rooms-through-index/);
  });

  it('refuses a cycle inside a room', () => {
    tree({ 'src/util/index.ts': "import { b } from './b.js';\nexport const a = b;\n", 'src/util/b.ts': "import { a } from './index.js';\nexport const b = () => a;\n" });
    expect(cruise().out).toMatch(/no-circular/);
  });

  it('refuses a room that has no floor', () => {
    tree({ 'src/pipeline/index.ts': "import { z } from '../attic/index.js';\nexport const y = z;\n", 'src/attic/index.ts': 'export const z = 1;\n' });
    expect(cruise().out).toMatch(/every-room-on-a-floor/);
  });
});
