// Workflow task (.waitForTaskToken): ask legal to decide on the drafted notices.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { NoOutput, task } from '../shared/task.js';
import { requestApproval } from './task.js';

const Input = z.object({ incidentId: z.string().min(1), taskToken: z.string().min(1) });

export const handler = task({ input: Input, output: NoOutput }, async ({ incidentId, taskToken }) => {
  await requestApproval(incidentId, taskToken, dependencies());
  return {};
});
