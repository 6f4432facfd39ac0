// Workflow task: send the approved notices.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { loadRunbooks } from '../shared/runbooks.js';
import { TaskInput, task } from '../shared/task.js';
import { sendApprovedNotices } from './core.js';

// The runbooks decide who each individuals notice is for (their applicability rules).
const runbooks = loadRunbooks(dependencies().config.runbooksDir);

/** Notices still awaiting legal's decision, and approved while this step sent: the workflow comes back while there are any. */
const Output = z.object({ awaitingApproval: z.int().min(0), approvedUnsent: z.int().min(0) });

export const handler = task({ input: TaskInput, output: Output }, async ({ incidentId }) => {
  const deps = dependencies();
  const { awaitingApproval, approvedUnsent } = await sendApprovedNotices(incidentId, { ...deps, contactOverrides: deps.config.contactOverrides, runbooks });
  return { awaitingApproval, approvedUnsent };
});
