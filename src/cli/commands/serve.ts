import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { integer, usage } from '../options/parse.js';
import { loadThemesOrFail } from './themes.js';
import { bundledThemesPath } from '../options/trends.js';
import { addSpecOptions, specOptionsFrom } from '../options/specs.js';
import { TREND_SPECS, flagName, type TrendOptions } from '../../model/index.js';

/** The one trend option the dashboard takes from the command line (the others are per request). */
const ADJUST_SPECS = TREND_SPECS.filter((s) => flagName(s) === '--adjust-by');

interface ServeFlags {
  model?: string;
  input?: string[];
  out?: string;
  themes?: string;
  port: string;
  host: string;
  quiet?: boolean;
  adjustBy?: string;
  edit?: boolean;
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the interactive dashboard for a model (built first from --input when --out has none)')
    .option('-m, --model <file>', 'run folder, or its model.json, written by `topictrends run`')
    .option('-i, --input <files...>', 'corpus files to build a model from when --out holds no model.json yet')
    .option('-o, --out <dir>', 'run folder: its model.json is served (built there from --input if missing)')
    .option('--themes <file>', 'themes file used when building from --input (default: the bundled data/themes.json)')
    .option('-p, --port <n>', 'port (0 picks a free one)', '3000')
    .option('--host <addr>', 'interface to bind (loopback only by default)', '127.0.0.1')
    .option('-q, --quiet', 'no build progress on stderr')
    .option('--edit', 'allow renaming topics from their topic page (writes curation.json and rewrites the run folder); default: read-only');
  addSpecOptions(cmd, ADJUST_SPECS)
    .action(async (flags: ServeFlags) => {
      const { adjustBy } = specOptionsFrom(flags as unknown as Record<string, unknown>, ADJUST_SPECS) as TrendOptions;
      const port = integer(flags.port, '--port', 0, 65535);
      if (!flags.host.trim()) usage('--host must not be empty');
      if (flags.model && (flags.input || flags.out)) usage('give either --model, or --input/--out, not both');
      if (!flags.model && !flags.out) usage('give --model FILE, or --out DIR (with --input to build the model when DIR has none)');

      const [path, os, { existsSync, statSync }, { createApp, listen, closeOnSignals, warmFirstLoad }] = await Promise.all([
        import('node:path'), import('node:os'), import('node:fs'), import('../../server/index.js'),
      ]);
      const { openRun } = await import('../../pipeline/index.js');
      const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
      const modelFile = flags.model && !isDir(flags.model) ? flags.model : path.join(flags.model ?? flags.out!, 'model.json');
      // What serve is doing before it prints its URL (it was silent for 10 s at 52,852 papers): on a terminal, unless --quiet.
      const t0 = performance.now();
      const say = (text: string) => {
        if (process.stderr.isTTY && !flags.quiet) process.stderr.write(`serve: ${text} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
      };
      let model;
      if (existsSync(modelFile) || !flags.input) {
        say(`loading ${modelFile}`);
        model = await (await openRun(modelFile)).model();
        say(`loaded ${model.papers.length.toLocaleString('en-US')} papers and ${model.topics.length} topics`);
      } else {
        const [{ runPipeline }, { loadThemes }, { stderrProgress }] = await Promise.all([
          import('../../pipeline/index.js'), import('../../trends/index.js'), import('../progress.js'),
        ]);
        const themes = loadThemesOrFail(loadThemes, flags.themes ?? bundledThemesPath());
        process.stderr.write(`no model at ${modelFile}: building it from ${flags.input.join(', ')}\n`);
        const result = await runPipeline({ inputs: flags.input, themes, out: flags.out!, progress: stderrProgress(flags.quiet) });
        model = result.model;
      }

      const app = createApp(model, { runDir: path.dirname(modelFile), allowedHosts: servedHostNames(flags.host, os), adjustBy, editModel: flags.edit ? modelFile : undefined });
      let running: import('../../server/index.js').RunningServer | undefined;
      // An `update` (or rerun) writing this model.json is picked up without a restart.
      const { watchModelFile } = await import('../../server/index.js');
      const watcher = watchModelFile(modelFile, {
        onChange: async (file) => {
          app.locals.swapModel(await (await openRun(file)).model());
          if (running) await warmFirstLoad(running.url).catch(() => undefined);
          if (!flags.quiet) process.stderr.write(`reloaded ${file}\n`);
        },
      });
      running = await listen(app, { port, host: flags.host }).catch((err: Error) => {
        throw new CliError(err.message, EXIT.failure);
      });
      // The URL is printed once the first page load's answers are prepared (0.6 s at 52,852 papers).
      say('preparing the first page (trend tables, chart specs, map)');
      await warmFirstLoad(running.url).catch(() => undefined);
      say('ready');
      if (!['127.0.0.1', 'localhost', '::1'].includes(flags.host)) {
        process.stderr.write(`warning: listening on ${flags.host}, reachable from other machines; the dashboard has no login\n`);
      }
      process.stdout.write(`${running.url}\n`);
      // The action resolves only when the server has closed, so the CLI exits then.
      await new Promise<void>((resolve) => closeOnSignals(running, resolve));
      watcher.stop();
    });
}

/**
 * Host names the dashboard answers to besides the loopback ones: the `--host`
 * bound, and for a wildcard bind (0.0.0.0, ::) the machine's own name and
 * addresses, which is how other machines reach it then.
 */
export function servedHostNames(host: string, os: typeof import('node:os')): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return [host, os.hostname(), ...addresses];
}
