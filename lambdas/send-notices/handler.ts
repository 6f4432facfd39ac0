// Workflow task: send the approved notices.
import { dependencies } from '../shared/dependencies.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { sendApprovedNotices } from './core.js';

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  const deps = dependencies();
  await sendApprovedNotices(incidentId, { ...deps, contactOverrides: deps.config.contactOverrides });
  return {};
});
