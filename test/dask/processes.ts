/**
 * A Dask scheduler and workers as separate OS processes on 127.0.0.1, as on a
 * real cluster, for the runner's `--scheduler` mode; and the runner itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

/** The first Python that imports distributed: pyenv's python3 may lack Debian's python3-distributed. */
export function pythonWithDask(): string | undefined {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
  return candidates.find((py) => spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** A process in its own group, so a kill takes its children (a worker's transform) with it. */
export interface Proc {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
}

export function start(cmd: string, args: string[]): Proc {
  const child = spawn(cmd, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, log: () => log, exited };
}

export function killGroup(proc: Proc, signal: NodeJS.Signals): void {
  try {
    process.kill(-proc.child.pid!, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM, then SIGKILL after `ms`: never leave a cluster behind. */
export async function stop(procs: Proc[], ms = 5000): Promise<void> {
  procs.forEach((p) => killGroup(p, 'SIGTERM'));
  const timer = setTimeout(() => procs.forEach((p) => killGroup(p, 'SIGKILL')), ms);
  await Promise.all(procs.map((p) => p.exited));
  clearTimeout(timer);
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `dask-scheduler` and `workers` one-thread `dask-worker`s (no nanny: a killed worker stays dead). */
export async function startCluster(python: string, workers: number) {
  const port = await freePort();
  const address = `tcp://127.0.0.1:${port}`;
  const scheduler = start(python, ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', String(port), '--no-dashboard']);
  await until('the scheduler', () => scheduler.log().includes('Scheduler at:'), 30_000);
  const procs = Array.from({ length: workers }, (_, i) => start(python, [
    '-m', 'distributed.cli.dask_worker', address, '--nthreads', '1', '--no-nanny', '--no-dashboard', '--host', '127.0.0.1', '--name', `w${i}`,
  ]));
  await until(`${workers} workers`, () => scheduler.log().split('Register worker').length - 1 >= workers, 30_000);
  return { address, scheduler, workers: procs, all: [scheduler, ...procs] };
}

/** The transform that runs under a worker's process group now, as its `--shard i/n`; undefined when idle. */
export function runningShard(worker: Proc): string | undefined {
  const ps = spawnSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' }).stdout;
  const line = ps.split('\n').find((l) => l.trim().startsWith(`${worker.child.pid} `) && l.includes('transform') && l.includes('--shard'));
  return line ? /--shard (\d+\/\d+)/.exec(line)![1] : undefined;
}

/** Run scripts/dask_transform.py; killed after `ms`. */
export async function runner(python: string, args: string[], ms = 150_000) {
  const t0 = Date.now();
  const proc = start(python, [path.join(repoRoot, 'scripts/dask_transform.py'), ...args]);
  let out = '';
  proc.child.stdout!.on('data', (d) => (out += d));
  const timer = setTimeout(() => killGroup(proc, 'SIGKILL'), ms);
  const code = await proc.exited;
  clearTimeout(timer);
  return { code, stdout: out, log: proc.log(), seconds: (Date.now() - t0) / 1000 };
}
