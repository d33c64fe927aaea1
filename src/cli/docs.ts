/**
 * The generated parts of docs/: the command reference from the CLI's own option tables (so docs/cli.md
 * says what `--help` says), and the output columns from the table specs. Hand-written prose stays
 * around marked regions; `node scripts/docs.js` rewrites the regions and a test fails when they are stale.
 */
import type { Command } from 'commander';
import { buildProgram } from './main.js';
import { EXIT } from '../util/index.js';
import {
  DOCUMENTS, TOPICS, TOPIC_TRENDS, THEME_TRENDS, TERM_TRENDS, EMERGING, BURSTS, CATEGORY_TRENDS, PART,
  type TableSpec,
} from '../tables/index.js';

/** Wide enough that option descriptions rarely wrap, fixed so the text does not follow the terminal. */
const HELP_WIDTH = 100;

function commandsOf(program: Command): Command[] {
  return program.commands.flatMap((c) => (c.commands.length ? [c, ...c.commands] : [c]));
}

function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Every command's `--help`, one section each, and the exit codes. */
export function cliReference(): string {
  const program = buildProgram();
  const sections = commandsOf(program).map((cmd) => {
    cmd.configureHelp({ helpWidth: HELP_WIDTH });
    return `### \`topictrends ${fullName(cmd)}\`\n\n\`\`\`\n${cmd.helpInformation().trimEnd()}\n\`\`\``;
  });
  const codes = [
    `| code | meaning |`,
    `| --- | --- |`,
    `| ${EXIT.ok} | success |`,
    `| ${EXIT.failure} | unexpected failure: I/O, the network after retries, a bug |`,
    `| ${EXIT.usage} | bad usage: unknown option, invalid value; the message names the flag |`,
    `| ${EXIT.data} | bad input data: missing or malformed file, bad row under \`--strict\`, unusable model; the message names the file |`,
  ];
  return [...sections, '### Exit codes', codes.join('\n')].join('\n\n');
}

const TABLES: { spec: TableSpec; file: string }[] = [
  { spec: DOCUMENTS, file: 'documents.csv' },
  { spec: TOPICS, file: 'topics.csv' },
  { spec: TOPIC_TRENDS, file: 'topic_trends.csv' },
  { spec: THEME_TRENDS, file: 'theme_trends.csv' },
  { spec: TERM_TRENDS, file: 'term_trends.csv' },
  { spec: EMERGING, file: 'emerging.csv' },
  { spec: BURSTS, file: 'bursts.csv' },
  { spec: CATEGORY_TRENDS, file: 'category_trends.csv' },
  { spec: PART, file: 'parts/part-NNN.parquet (transform)' },
];

/** One table per output file: its columns in order with their Parquet type. */
export function outputsReference(): string {
  return TABLES.map(({ spec, file }) => {
    const rows = spec.columns.map((c, i) => `| ${i + 1} | \`${c.name}\` | ${c.type} |`);
    return `### ${file}\n\n| # | column | type |\n| --- | --- | --- |\n${rows.join('\n')}`;
  }).join('\n\n');
}

/** Markers around a generated region of a markdown file. */
export const marks = (name: string) => [`<!-- generated:${name} (node scripts/docs.js) -->`, `<!-- /generated:${name} -->`] as const;

/** `text` with the region `name` replaced by `content`; an error when the markers are missing. */
export function withRegion(text: string, name: string, content: string): string {
  const [open, close] = marks(name);
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`no ${open} … ${close} region`);
  return `${text.slice(0, a + open.length)}\n\n${content}\n\n${text.slice(b)}`;
}

/** The generated regions, by docs file. */
export const GENERATED: Record<string, { region: string; make: () => string }> = {
  'docs/cli.md': { region: 'commands', make: cliReference },
  'docs/outputs.md': { region: 'columns', make: outputsReference },
};
