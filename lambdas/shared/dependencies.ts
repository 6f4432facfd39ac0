// The composition root of every handler: config and clients, built once per cold start.
import { readConfig, type Config } from './config.js';
import { clockFromEnvironment, type Clock } from './clock.js';
import { dynamo, ses, stepFunctions } from './aws.js';
import { IncidentStore } from './store.js';
import { Mailer } from './mailer.js';
import { Workflow } from './workflow.js';

export interface Dependencies {
  config: Config;
  clock: Clock;
  store: IncidentStore;
  mailer: Mailer;
  workflow: Workflow;
}

let cached: Dependencies | undefined;

/** Forget the clients (the embedded runtime calls it after changing endpoints, e.g. on restart). */
export function resetDependencies(): void {
  cached = undefined;
}

export function dependencies(): Dependencies {
  if (!cached) {
    const config = readConfig();
    cached = {
      config,
      clock: clockFromEnvironment(),
      store: new IncidentStore(dynamo(), config.tableName),
      mailer: new Mailer(ses(), config.senderAddress, config.sesConfigurationSet),
      workflow: new Workflow(stepFunctions(), config.stateMachineArn),
    };
  }
  return cached;
}
