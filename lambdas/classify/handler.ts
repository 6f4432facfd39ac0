// Workflow task: classify the affected records.
import { dependencies } from '../shared/dependencies.js';
import { NoOutput, TaskInput, task } from '../shared/task.js';
import { readTable } from './sources.js';
import { classifyIncident } from './task.js';

export const handler = task({ input: TaskInput, output: NoOutput }, async ({ incidentId }) => {
  const deps = dependencies();
  // Local files only from the embedded data directory; on AWS (no RECORDS_DIR) only S3 objects.
  const baseDir = deps.config.recordsDir ?? null;
  await classifyIncident(incidentId, {
    ...deps,
    readTable: (source, options) => readTable(source, { ...options, baseDir }),
  });
  return {};
});
