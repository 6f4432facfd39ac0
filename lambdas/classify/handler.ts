// Workflow task: classify the affected records.
import { dependencies } from '../shared/dependencies.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { readRecords } from './sources.js';
import { classifyIncident } from './task.js';

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  const deps = dependencies();
  await classifyIncident(incidentId, { ...deps, readRecords: (source) => readRecords(source, { baseDir: deps.config.recordsDir }) });
  return {};
});
