// Workflow task: record a workflow failure on the incident's timeline, so people see it.
import { z } from 'zod';
import { dependencies } from '../shared/dependencies.js';
import { logger } from '../shared/logger.js';
import { NoOutput, system, task } from '../shared/task.js';

const Input = z.object({
  incidentId: z.string().min(1),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).passthrough().optional(),
});

// Errors about the incident's own input (a records source that is missing or unreadable): their
// messages name the field, the source and the line, never a value, and say what to fix.
const INPUT_ERRORS: ReadonlySet<string> = new Set(['ValidationError', 'NotFoundError']);
const MAX_MESSAGE = 500;

/** The message of an input error: Lambda's Cause is JSON ({errorType, errorMessage, trace}), a local runtime's the message. */
export function inputErrorMessage(name: string, cause: string | undefined): string | undefined {
  if (!INPUT_ERRORS.has(name) || !cause) return undefined;
  let message = cause;
  try {
    const parsed: unknown = JSON.parse(cause);
    if (parsed && typeof parsed === 'object' && 'errorMessage' in parsed && typeof parsed.errorMessage === 'string') message = parsed.errorMessage;
  } catch {
    // Not JSON: the message itself.
  }
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

export const handler = task({ input: Input, output: NoOutput }, async ({ incidentId, error }) => {
  const { store, clock } = dependencies();
  const now = clock.now();
  const name = error?.Error ?? 'Unknown';
  // Other causes can carry text from inputs or stack traces: only their name is kept.
  const message = inputErrorMessage(name, error?.Cause);
  logger.error('workflow failed', { error: name });
  await store.mutateIncident(incidentId, () => ({ failure: { error: name, ...(message ? { message } : {}), at: now.toISOString() } }), now);
  await store.appendEvent(incidentId, { type: 'workflow.failed', actor: system('record-failure'), details: { error: name, ...(message ? { message } : {}) } }, now);
  return {};
});
