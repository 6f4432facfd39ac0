#!/usr/bin/env node
// `npx breachclock <command>`: the CLI, written in TypeScript and run through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
