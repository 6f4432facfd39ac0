// The BreachClock command line. Each command is a module under lib/cli/ exporting `run`.
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  assess: { summary: 'assess a breach report without a server (severity, obligations, deadlines)', load: () => import('../lib/cli/assess.js') },
  classify: { summary: 'classify an export of affected records (CSV, JSON Lines, JSON)', load: () => import('../lib/cli/classify.js') },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const list = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`).join('\n');
    (name && name !== '--help' && name !== '-h' ? console.error : console.log)(`Usage: breachclock <command> [options]\n\nCommands:\n${list}\n\nRun "breachclock <command> --help" for its options.`);
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  return (await command.load()).run(args);
}
