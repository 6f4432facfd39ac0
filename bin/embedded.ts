// npm start: the whole of BreachClock on this machine (see lib/local/embedded.ts).
import { parseArgs } from 'node:util';
import { startEmbedded } from '../lib/local/embedded.js';

const [major] = process.versions.node.split('.').map(Number);
if (major! < 22) {
  console.error(`BreachClock needs Node 22 (Lambda's runtime); this is ${process.version}. Run it through npm (npm start), which uses the node@22 dev dependency.`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.BREACHCLOCK_PORT ?? '8787' },
    'ses-port': { type: 'string', default: process.env.BREACHCLOCK_SES_PORT ?? '8005' },
    'data-dir': { type: 'string', default: process.env.BREACHCLOCK_DATA_DIR ?? '.data' },
    memory: { type: 'boolean', default: false },
    'clock-speed': { type: 'string', default: process.env.BREACHCLOCK_CLOCK_SPEED ?? '1' },
    'authority-email': { type: 'string', multiple: true, default: [] },
    sender: { type: 'string', default: process.env.BREACHCLOCK_SENDER ?? 'breachclock@example.com' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm start -- [options]
  --port N                 API port on 127.0.0.1 (default 8787)
  --ses-port N             port of the SES stand-in and its page of sent mail (default 8005)
  --data-dir DIR           where state persists across restarts (default .data)
  --memory                 keep nothing on disk
  --clock-speed X          regulator time per wall time: 3600 = one hour per second (default 1)
  --authority-email R=ADDR send regime R's authority notices to ADDR (e.g. eu-gdpr=dpa@example.test)
  --sender ADDR            From: address of notices (default breachclock@example.com)`);
  process.exit(0);
}

const contactOverrides = Object.fromEntries(
  values['authority-email'].map((pair) => {
    const [regime, address] = pair.split('=');
    if (!regime || !address) throw new Error(`--authority-email takes REGIME=ADDRESS, got "${pair}"`);
    return [regime, address];
  }),
);
const clockSpeed = Number(values['clock-speed']);
if (!(clockSpeed > 0)) throw new Error('--clock-speed must be a positive number');

const system = await startEmbedded({
  dataDir: values.memory ? null : values['data-dir'],
  port: Number(values.port),
  sesPort: Number(values['ses-port']),
  clockSpeed,
  senderAddress: values.sender,
  contactOverrides,
  log: (line) => console.log(`[breachclock] ${line}`),
});

console.log(`
BreachClock is running (embedded).
  Legal's desk ${system.pageUrl}   (open it in a browser and paste a role's key)
  API          ${system.apiUrl}   (OpenAPI 3.1 at ${system.apiUrl}/openapi.json, with any key below)
  Sent mail    ${system.sesUrl}   (the SES stand-in's page; JSON at ${system.sesUrl}/store)
  DynamoDB     ${system.dynamoUrl}   (dynalite${values.memory ? ', in memory' : `, data in ${values['data-dir']}/`})
  Clock        ${clockSpeed === 1 ? 'real time' : `${clockSpeed}x (regulator time now ${new Date(system.clock.regulatorOrigin + (Date.now() - system.clock.wallOrigin) * clockSpeed).toISOString()})`}
  Authority    ${Object.keys(contactOverrides).length ? Object.entries(contactOverrides).map(([r, a]) => `${r} -> ${a}`).join(', ') : 'per runbook (portal-only authorities: file and record the reference)'}
  Resumed      ${system.resumed.length} open incident(s)

API keys (Authorization: Bearer <key>):
  responder    ${system.keys.responder}
  legal        ${system.keys.legal}
  admin        ${system.keys.admin}
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping: open incidents resume on the next start.');
    system.stop().then(() => process.exit(0));
  });
}
