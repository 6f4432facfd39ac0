// Workflow task: check the regulator clocks.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { TaskInput, task } from '../shared/task.js';
import { checkClocks } from './task.js';

const Output = z.object({ done: z.boolean(), wakeAt: z.iso.datetime() });

export const handler = task({ input: TaskInput, output: Output }, ({ incidentId }) => checkClocks(incidentId, dependencies()));
