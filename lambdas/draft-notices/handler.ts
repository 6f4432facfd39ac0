// Workflow task: draft the notices.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { loadRunbooks } from '../shared/runbooks.js';
import { TaskInput, task } from '../shared/task.js';
import { draftAndRecord } from './task.js';

const runbooks = loadRunbooks(dependencies().config.runbooksDir);
const Output = z.object({ awaitingApproval: z.int().min(0) });

export const handler = task({ input: TaskInput, output: Output }, ({ incidentId }) => draftAndRecord(incidentId, { ...dependencies(), runbooks }));
