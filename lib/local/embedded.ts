// The embedded default: the whole system on one machine with real stand-ins. dynalite (DynamoDB
// API, on disk under the data directory), aws-ses-v2-local (SES API with a page of sent mail),
// aws-local-stepfunctions running the definition synthesized from the CDK construct, and the
// same handler modules Lambda runs, reached through the standard AWS_ENDPOINT_URL_* variables.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import sesLocalModule from 'aws-ses-v2-local';
import type { Role } from '../../lambdas/shared/contract.js';
import type { AcceleratedClockSettings } from '../../lambdas/shared/clock.js';
import { ALERT_INTAKE, API_ROUTES } from '../functions.js';
import { TABLE_SCHEMA } from '../table-schema.js';
import { buildWebFiles, configFile, securityHeaders } from '../web/assets.js';
import { LocalApi, type ProxyHandler } from './api-gateway.js';
import { LOCAL_ACCOUNT, LOCAL_REGION, synthesizeWorkflowDefinition } from './definition.js';
import { LocalStepFunctions, type TaskHandler } from './step-functions.js';

export interface EmbeddedOptions {
  /** Where state persists across restarts; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** API port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Port of the SES stand-in (its page of sent mail); 0 picks a free one. */
  sesPort?: number;
  /** Regulator time per wall time, e.g. 3600 = one hour of regulator time per second. */
  clockSpeed?: number;
  senderAddress?: string;
  /** Regime id → authority address (for demos: a mailbox you control). */
  contactOverrides?: Record<string, string>;
  /** Local `recordsSource` files must lie under this directory (default: the working directory). */
  recordsDir?: string;
  log?: (line: string) => void;
}

export interface EmbeddedSystem {
  apiUrl: string;
  /** Legal's desk, the web page (same origin as the API). */
  pageUrl: string;
  sesUrl: string;
  dynamoUrl: string;
  keys: Record<Role, string>;
  clock: AcceleratedClockSettings;
  stepFunctions: LocalStepFunctions;
  resumed: string[];
  stop(): Promise<void>;
}

interface PersistedSettings {
  keys: Record<Role, string>;
  clock: AcceleratedClockSettings;
}

// aws-ses-v2-local is CommonJS with an `exports.default`: unwrap it under ESM.
type StartSesLocal = (config: { host: string; port: number }) => Promise<Server>;
const sesLocal = ((sesLocalModule as unknown as { default?: StartSesLocal }).default ?? sesLocalModule) as unknown as StartSesLocal;

const TABLE_NAME = 'breachclock';
const STATE_MACHINE_ARN = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:breachclock-incident-workflow`;

const listening = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const newKey = (role: Role) => `bc_${role}_${randomBytes(18).toString('base64url')}`;

/**
 * Keys and the regulator clock survive restarts: an accelerated clock keeps running while the
 * system is stopped (regulator time does not pause), from the same origin.
 */
function settings(dataDir: string | null, speed: number): PersistedSettings {
  const file = dataDir ? join(dataDir, 'settings.json') : undefined;
  const now = Date.now();
  const saved = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PersistedSettings) : undefined;
  let clock: AcceleratedClockSettings = { speed, wallOrigin: now, regulatorOrigin: now };
  if (saved?.clock) {
    const regulatorNow = saved.clock.regulatorOrigin + (now - saved.clock.wallOrigin) * saved.clock.speed;
    clock = saved.clock.speed === speed ? saved.clock : { speed, wallOrigin: now, regulatorOrigin: regulatorNow };
  }
  const result = { keys: saved?.keys ?? { responder: newKey('responder'), legal: newKey('legal'), admin: newKey('admin') }, clock };
  if (file) writeFileSync(file, JSON.stringify(result, null, 2), { mode: 0o600 });
  return result;
}

const lambdaContext = (functionName: string) => ({
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${functionName}`,
  memoryLimitInMB: '512',
  awsRequestId: randomBytes(16).toString('hex'),
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: 'embedded',
  callbackWaitsForEmptyEventLoop: false,
  getRemainingTimeInMillis: () => 900_000,
  done: () => {},
  fail: () => {},
  succeed: () => {},
});

type LambdaModule = { handler: (event: unknown, context: unknown) => Promise<unknown> };
const loadHandler = async (folder: string) => {
  const mod = (await import(`../../lambdas/${folder}/handler.ts`)) as LambdaModule;
  return (event: unknown) => mod.handler(event, lambdaContext(`breachclock-${folder}`));
};

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedSystem> {
  const log = options.log ?? (() => {});
  const dataDir = options.dataDir ? resolve(options.dataDir) : null;
  if (dataDir) mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
  const { keys, clock } = settings(dataDir, options.clockSpeed ?? 1);
  const closers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
  };

  try {
    // DynamoDB: dynalite, on disk under the data directory (or in memory).
    const db = dynalite({ path: dataDir ? join(dataDir, 'dynamodb') : undefined, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((res) => db.listen(0, '127.0.0.1', () => res()));
    closers.push(() => new Promise((res) => db.close(() => res())));
    const dynamoUrl = listening(db);

    // SES: aws-ses-v2-local, with its page of sent mail at GET /.
    const ses = await sesLocal({ host: '127.0.0.1', port: options.sesPort ?? 0 });
    closers.push(() => new Promise((res) => { ses.closeAllConnections?.(); ses.close(() => res()); }));
    const sesUrl = listening(ses);

    // What the handlers read, exactly as Lambda would give it to them.
    Object.assign(process.env, {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: 'embedded',
      AWS_SECRET_ACCESS_KEY: 'embedded',
      AWS_ENDPOINT_URL_DYNAMODB: dynamoUrl,
      AWS_ENDPOINT_URL_SESV2: sesUrl,
      TABLE_NAME,
      STATE_MACHINE_ARN,
      SENDER_ADDRESS: options.senderAddress ?? 'breachclock@example.com',
      CONTACT_OVERRIDES: JSON.stringify(options.contactOverrides ?? {}),
      RECORDS_DIR: resolve(options.recordsDir ?? process.cwd()),
      BREACHCLOCK_CLOCK: JSON.stringify(clock),
      POWERTOOLS_SERVICE_NAME: 'breachclock',
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    });
    const admin = new DynamoDBClient({ endpoint: dynamoUrl });
    try {
      await admin.send(new CreateTableCommand({ TableName: TABLE_NAME, ...TABLE_SCHEMA }));
    } catch (e) {
      if (!(e instanceof ResourceInUseException)) throw e;
    }
    admin.destroy();

    // The workflow: the definition synthesized from the CDK construct, the same handler modules.
    const { definition, taskHandlers } = synthesizeWorkflowDefinition();
    const handlers: Record<string, TaskHandler> = {};
    for (const [state, folder] of Object.entries(taskHandlers)) handlers[state] = await loadHandler(folder);
    const stepFunctions = new LocalStepFunctions({
      definition,
      taskHandlers: handlers,
      stateMachineArn: STATE_MACHINE_ARN,
      onExecutionEnd: (name, outcome) => log(`workflow ${name}: ${outcome.ok ? 'finished' : `failed (${outcome.error})`}`),
    });
    const sfnUrl = await stepFunctions.listen(0);
    process.env.AWS_ENDPOINT_URL_SFN = sfnUrl;
    closers.push(() => stepFunctions.stop());
    const { resetDependencies } = await import('../../lambdas/shared/dependencies.js');
    resetDependencies();

    // The API, with the alert intake EventBridge would feed at POST /alerts.
    const routes = [];
    for (const r of API_ROUTES) routes.push({ method: r.method, path: r.path, handler: (await loadHandler(r.handler)) as ProxyHandler });
    const alertIntake = await loadHandler(ALERT_INTAKE);
    const roles = Object.fromEntries(Object.entries(keys).map(([role, key]) => [key, role as Role]));
    // Legal's desk: the page and the API share this origin; the page signs in with a role's key.
    const pageFiles = [...buildWebFiles(), configFile({ auth: 'api-key', apiBase: '' })];
    const api = new LocalApi({
      routes,
      keys: roles,
      site: { files: new Map(pageFiles.map((f) => [f.path, f])), headers: securityHeaders() },
      rawRoutes: { '/alerts': { roles: ['admin'], handle: (event) => alertIntake(event) } },
      info: () => ({
        name: 'BreachClock (embedded)',
        routes: [...API_ROUTES.map((r) => `${r.method} ${r.path}`), 'POST /alerts'],
        page: '/ (legal\'s desk, in a browser)',
        openapi: '/openapi.json',
        sentMail: sesUrl,
      }),
    });
    const apiUrl = await api.listen(options.port ?? 8787);
    closers.push(() => api.stop());

    // Open incidents carry on: their workflow is re-entrant, so it finishes what is left.
    const { dependencies } = await import('../../lambdas/shared/dependencies.js');
    const open = await dependencies().store.listOpenIncidents();
    for (const incident of open) stepFunctions.start(incident.id, { incidentId: incident.id });

    return { apiUrl, pageUrl: `${apiUrl}/`, sesUrl, dynamoUrl, keys, clock, stepFunctions, resumed: open.map((i) => i.id), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
