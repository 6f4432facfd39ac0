// Workflow task: send the approved notices.
import { dependencies } from '../shared/dependencies.js';
import { loadRunbooks } from '../shared/runbooks.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { sendApprovedNotices } from './core.js';

// The runbooks decide who each individuals notice is for (their applicability rules).
const runbooks = loadRunbooks(dependencies().config.runbooksDir);

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  const deps = dependencies();
  await sendApprovedNotices(incidentId, { ...deps, contactOverrides: deps.config.contactOverrides, runbooks });
  return {};
});
