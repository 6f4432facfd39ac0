// The BreachClock command line. Each command is a module under lib/cli/ exporting `run`.
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  assess: { summary: 'assess a breach report without a server (severity, obligations, deadlines)', load: () => import('../lib/cli/assess.js') },
  classify: { summary: 'classify an export of affected records (CSV, JSON Lines, JSON)', load: () => import('../lib/cli/classify.js') },
  'verify-timeline': { summary: 'verify an exported audit timeline (JSON or CSV) against its head', load: () => import('../lib/cli/verify-timeline.js') },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const list = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(16)} ${c.summary}`).join('\n');
    // Help asked for is an answer (exit 0); no command or an unknown one is a usage error (exit 2).
    const asked = name === '--help' || name === '-h' || name === 'help';
    (asked ? console.log : console.error)(`${name && !asked ? `Unknown command "${name}".\n\n` : ''}Usage: breachclock <command> [options]\n\nCommands:\n${list}\n\nRun "breachclock <command> --help" for its options.`);
    return asked ? 0 : 2;
  }
  return (await command.load()).run(args);
}
