import { Command, Option } from 'commander';
import { CliError, EXIT } from '../errors.js';

/** Options common to `fetch arxiv` and `fetch hf`, as commander hands them over. */
interface CommonFlags {
  out: string;
  baseUrl?: string;
  cacheDir?: string;
  cache: boolean;
  delayMs: string;
  timeoutMs: string;
  maxAttempts: string;
  backoffMs: string;
  maxRetryAfter: string;
  mailto?: string;
  json?: boolean;
  quiet?: boolean;
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--out <file>', 'JSON Lines output; new papers are appended to it')
    .option('--base-url <url>', 'API origin (for mirrors and tests)')
    .option('--cache-dir <dir>', 'raw-response cache and progress (default: <dir of --out>/.topictrends-cache)')
    .option('--no-cache', 'do not read or write the response cache')
    .option('--delay-ms <ms>', 'minimum gap between requests (arXiv asks for 3 s)', '3000')
    .option('--timeout-ms <ms>', 'per-request timeout', '30000')
    .option('--max-attempts <n>', 'attempts per request on 5xx, 429, timeouts and network errors', '5')
    .option('--backoff-ms <ms>', 'first retry backoff, doubled on each attempt', '5000')
    .option('--max-retry-after <s>', 'longest Retry-After (seconds) to wait before giving up', '600')
    .option('--mailto <address>', 'contact address added to the User-Agent')
    .option('--json', 'print the fetch report as JSON on stdout')
    .option('--quiet', 'no progress lines on stderr');
}

function int(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${flag} must be an integer >= ${min}, got '${value}'`, EXIT.usage);
  return n;
}

function commonOptions(flags: CommonFlags) {
  const log = flags.quiet ? undefined : (m: string) => process.stderr.write(`${m}\n`);
  return {
    out: flags.out,
    baseUrl: flags.baseUrl,
    cacheDir: flags.cache === false ? (false as const) : flags.cacheDir,
    delayMs: int(flags.delayMs, '--delay-ms', 0),
    timeoutMs: int(flags.timeoutMs, '--timeout-ms', 1),
    maxAttempts: int(flags.maxAttempts, '--max-attempts', 1),
    backoffBaseMs: int(flags.backoffMs, '--backoff-ms', 0),
    maxRetryAfterMs: int(flags.maxRetryAfter, '--max-retry-after', 0) * 1000,
    mailto: flags.mailto,
    log,
  };
}

/** Run a fetch, print its report, and turn library errors into CLI errors with fitting exit codes. */
async function runFetch(flags: CommonFlags, go: (lib: typeof import('../../fetch/index.js')) => Promise<import('../../fetch/index.js').FetchReport>) {
  const lib = await import('../../fetch/index.js');
  let report;
  try {
    report = await go(lib);
  } catch (err) {
    if (err instanceof RangeError) throw new CliError(err.message, EXIT.usage);
    if (err instanceof lib.FetchError) {
      const dataKinds = ['malformed', 'truncated', 'empty-page', 'api', 'too-large'];
      throw new CliError(`fetch failed, ${flags.out} left unchanged: ${err.message}`, dataKinds.includes(err.kind) ? EXIT.data : EXIT.failure);
    }
    throw err;
  }
  process.stderr.write(lib.formatFetchReport(report) + '\n');
  if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

/** `topictrends fetch arxiv|hf`: build a corpus from the live APIs, incrementally. */
export function registerFetch(program: Command): void {
  const fetch = program.command('fetch').description('download papers from the arXiv API or the Hugging Face daily-papers feed into JSON Lines');

  addCommonOptions(
    fetch
      .command('arxiv')
      .description('papers matching an arXiv query, submitted in a date window')
      .requiredOption('--query <query>', "arXiv search query, e.g. 'cat:cs.CL OR cat:cs.LG'")
      .requiredOption('--from <date>', 'first submission day, YYYY-MM-DD (UTC)')
      .requiredOption('--to <date>', 'last submission day, YYYY-MM-DD (UTC)')
      .option('--page-size <n>', 'results per request (max 2000)', '100')
      .option('--max-results <n>', 'stop after this many results'),
  ).action(async (flags: CommonFlags & { query: string; from: string; to: string; pageSize: string; maxResults?: string }) => {
    await runFetch(flags, (lib) =>
      lib.fetchArxiv({
        ...commonOptions(flags),
        query: flags.query,
        from: flags.from,
        to: flags.to,
        pageSize: int(flags.pageSize, '--page-size', 1),
        maxResults: flags.maxResults === undefined ? undefined : int(flags.maxResults, '--max-results', 1),
      }),
    );
  });

  addCommonOptions(
    fetch
      .command('hf')
      .description('the Hugging Face daily-papers listing of every day in a window')
      .requiredOption('--from <date>', 'first listing day, YYYY-MM-DD')
      .requiredOption('--to <date>', 'last listing day, YYYY-MM-DD')
      .addOption(new Option('--date <field>', "Paper.date: the paper's arXiv publication day, or the day it was listed").choices(['published', 'listed']).default('published')),
  ).action(async (flags: CommonFlags & { from: string; to: string; date: 'published' | 'listed' }) => {
    await runFetch(flags, (lib) => lib.fetchHfDailyPapers({ ...commonOptions(flags), from: flags.from, to: flags.to, dateField: flags.date }));
  });
}
