import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReckonError } from '@reckon/schema';
import { COMMANDS, type Command } from './commands.js';
import { CommandError, EXIT } from './exit-codes.js';
import { createOutput } from './output.js';

const GLOBAL_HELP = `reckon: turn source texts about enforcement actions into versioned statistical datasets

Usage: reckon <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`).join('\n')}

Run \`reckon <command> --help\` for a command's options and examples.

Global options:
  --quiet      only errors and results
  --json       machine-readable result on stdout (logs stay on stderr)
  --debug      print stack traces of errors
  -h, --help   this help

Exit codes:
  0   success
  1   a gate failed: a check, a verification, extraction quality below its floor, a rejected source,
      or a decision in decisions.yaml that no longer matches its fact
  2   the command line or an input file is wrong (the message names the file and line)
  3   another run holds the pipeline's lock
  70  internal error in reckon (please report it with the --debug output)
`;

/** Parses the command line, runs one command, maps every error to an exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(GLOBAL_HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    process.stdout.write('reckon 0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  const debug = rest.includes('--debug');
  if (!command) {
    process.stderr.write(`reckon: unknown command "${name}"\n\n${GLOBAL_HELP}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, ...GLOBAL_OPTIONS }, allowPositionals: true, strict: true } as ParseArgsConfig);
  } catch (error) {
    process.stderr.write(`reckon ${name}: ${(error as Error).message}\n\n${commandHelp(name, command)}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name, command));
    return EXIT.ok;
  }
  const out = createOutput({ quiet: Boolean(parsed.values.quiet), json: Boolean(parsed.values.json) });
  try {
    const implementation = await command.load();
    return await implementation(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, out);
  } catch (error) {
    return report(error, name, debug, out.color.red);
  }
}

const GLOBAL_OPTIONS = {
  quiet: { type: 'boolean' }, json: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

function report(error: unknown, name: string, debug: boolean, red: (s: string) => string): number {
  if (error instanceof ReckonError) {
    process.stderr.write(`${red('error')}: ${error.located}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
    if (debug) process.stderr.write(`${error.stack}\n${error.cause ? `cause: ${(error.cause as Error).stack ?? String(error.cause)}\n` : ''}`);
    return error instanceof CommandError ? error.exitCode : EXIT.usage;
  }
  process.stderr.write(`${red('internal error')} in reckon ${name}: ${(error as Error)?.message ?? String(error)}\n`);
  process.stderr.write(debug ? `${(error as Error)?.stack}\n` : '  rerun with --debug for the stack trace, and please report it\n');
  return EXIT.internal;
}

function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([flag, o]) => `  --${flag}${o.type === 'string' ? ` <${o.placeholder ?? 'value'}>` : ''}`.padEnd(30) + o.help);
  return `reckon ${name}: ${command.summary}\n\nUsage: reckon ${name} ${command.usage}\n\n${command.description}\n\nOptions:\n${options.join('\n')}\n  --quiet, --json, --debug, -h/--help (see reckon --help)\n\nExamples:\n${command.examples.map((e) => `  ${e}`).join('\n')}\n`;
}
