// The command line of a command taking one file: its options parsed, --help answered, bad usage
// told with the usage text. Returns the exit status when the command has nothing more to do.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function oneFileCommand<const O extends Options>(args: string[], options: O, usage: string, what: string):
  { values: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>['values']; file: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`Give exactly one ${what}.\n\n${usage}`);
    return 2;
  }
  return { values: parsed.values as never, file: parsed.positionals[0]! };
}
