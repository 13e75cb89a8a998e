import { parseArgs, type ParseArgsConfig } from 'node:util';

/*
 * Command-line parsing for the developer scripts (seed, bench): `--help` prints the usage, and a
 * mistyped option or a bad value prints one line saying what is wrong, then the usage, and exits
 * with 2 — never a stack trace, and nothing is written before the arguments are all checked.
 */

/** A wrong argument: its message is printed as is, with the usage. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCli<O extends Options>(usage: string, options: O) {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n\n${usage}\n`);
    process.exit(2);
  };
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  let values;
  try {
    ({ values } = parseArgs({ options, allowNegative: true, strict: true }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  return {
    values: values!,
    /** Runs the checks that turn the values into settings; a UsageError becomes the usage. */
    check<T>(read: () => T): T {
      try {
        return read();
      } catch (error) {
        if (error instanceof UsageError) return fail(error.message);
        throw error;
      }
    },
  };
}

/** A whole number option, at least `min`. */
export function intOption(name: string, raw: string | undefined, min = 0): number {
  const n = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number of at least ${min}, got ${raw ?? 'nothing'}`);
  return n;
}
