// Workflow task: record a workflow failure on the incident's timeline, so people see it.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { logger } from '../shared/logger.js';
import { NoOutput, system, task } from '../shared/task.js';

const Input = z.object({
  incidentId: z.string().min(1),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).passthrough().optional(),
});

export const handler = task({ input: Input, output: NoOutput }, async ({ incidentId, error }) => {
  const { store, clock } = dependencies();
  const now = clock.now();
  const name = error?.Error ?? 'Unknown';
  logger.error('workflow failed', { error: name });
  // Only the error name is kept: causes can carry text from inputs.
  await store.mutateIncident(incidentId, () => ({ failure: { error: name, at: now.toISOString() } }), now);
  await store.appendEvent(incidentId, { type: 'workflow.failed', actor: system('record-failure'), details: { error: name } }, now);
  return {};
});
