// Workflow task: close the incident (or keep monitoring what is still open).
import { dependencies } from '../shared/dependencies.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { closeIncident } from './core.js';

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  const { store, clock } = dependencies();
  await closeIncident(incidentId, { store, now: clock.now() });
  return {};
});
