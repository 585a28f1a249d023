/**
 * The command line of every `npm run` command, read one way: `--help` (or `-h`) prints the
 * command's usage and exits 0; an unknown option, a missing value or any other usage mistake
 * prints one line on stderr, naming the command, and exits 2. Failures of the work itself are
 * the command's own (exit 1, or its documented codes).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<O extends Options> {
  /** How the command is run, as its messages name it: `npm run token --`. */
  command: string;
  /** What `--help` prints: the commands, every option, the exit codes. */
  usage: string;
  options: O;
  /** Whether the command takes positional arguments (sub-commands, files). */
  positionals?: boolean;
  /** Options people reach for that the command does not take, each with what to do instead. */
  notOptions?: Record<string, string>;
}

/** A usage mistake found after parsing (a bad value, a missing argument): one line, exit 2. */
export class UsageError extends Error {}

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Asking for help wins over anything else on the line, up to a bare `--`. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** parseArgs's messages, shortened to what was wrong. */
function describe(err: { code?: string; message: string }, notOptions: Record<string, string>): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = quoted.replace(/^-+/, '').split('=')[0];
    const hint = notOptions[name];
    return hint ? `--${name} is not an option: ${hint}` : `unknown option ${quoted}`;
  }
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${quoted}"`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--?[\w-]+)/.exec(err.message)?.[1];
    return /argument missing/.test(err.message) ? `${option} needs a value` : `${option} does not take a value`;
  }
  return err.message;
}

/** Prints one line for a usage mistake and exits 2. */
export function exitWithUsageError(command: string, message: string): never {
  const name = command.replace(/\s+--$/, '');
  process.stderr.write(`${name}: ${message.replace(/\s*\n\s*/g, ' ')} (${command} --help for usage)\n`);
  process.exit(2);
}

/**
 * Reads the command line against the command's options. `--help` prints the usage and exits 0;
 * anything the options do not allow exits 2 with one line.
 */
export function parseCommandLine<const O extends Options>(spec: CommandLine<O>, args: string[] = process.argv.slice(2)): Parsed<O> {
  if (asksForHelp(args)) {
    process.stdout.write(`${spec.usage.trimEnd()}\n`);
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
    if (!spec.positionals && parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    return parsed as Parsed<O>;
  } catch (err) {
    const e = err as { code?: string; message: string };
    exitWithUsageError(spec.command, err instanceof UsageError ? e.message : describe(e, spec.notOptions ?? {}));
  }
}

/**
 * Runs a command's work: a UsageError it throws exits 2 with one line, any other error exits 1
 * with its message (no stack trace: the reader is an operator, not the code's author).
 */
export async function runCommand(command: string, work: () => Promise<number | void> | number | void): Promise<never> {
  let code: number;
  try {
    code = (await work()) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) exitWithUsageError(command, err.message);
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    code = 1;
  }
  process.exit(code);
}
