// Workflow task: assess the risk and the obligations.
import { dependencies } from '../shared/dependencies.js';
import { loadRunbooks, loadSeverityModel } from '../shared/runbooks.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { assessAndRecord } from './task.js';

const runbooksDir = dependencies().config.runbooksDir;
const runbooks = loadRunbooks(runbooksDir);
const severityModel = loadSeverityModel(runbooksDir);

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  await assessAndRecord(incidentId, { ...dependencies(), runbooks, severityModel });
  return {};
});
