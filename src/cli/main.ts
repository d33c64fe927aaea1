import { Command, CommanderError } from 'commander';
import { EXIT } from './errors.js';
import { registerCommands } from './commands/index.js';

/**
 * The CLI is a thin shell: each command parses its options and calls library
 * functions. Command modules import the heavy stages lazily, so `--help`
 * starts fast.
 */
export function buildProgram(): Command {
  const program = new Command('topictrends')
    .description('Find the topics in a corpus of research abstracts and how they rise and fall over time.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    throw err;
  }
}
