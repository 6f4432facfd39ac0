// Workflow task plumbing: the input and output of every task are validated (Step Functions
// passes them on unchecked), and the incident id is on every log line.
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { ValidationError, zodIssues } from './errors.js';
import { logger } from './logger.js';

export const TaskInput = z.object({ incidentId: z.string().min(1).max(100) });
export type TaskInput = z.infer<typeof TaskInput>;

export function task<I extends z.ZodType, O extends z.ZodType>(
  schemas: { input: I; output: O },
  fn: (input: z.infer<I>, context: Context) => Promise<z.infer<O>>,
) {
  return middy<unknown, z.infer<O>>().handler(async (event, context) => {
    const input = schemas.input.safeParse(event);
    if (!input.success) throw new ValidationError('Invalid task input', zodIssues(input.error));
    const incidentId = (input.data as { incidentId?: string }).incidentId;
    logger.appendKeys({ incidentId });
    try {
      const output = await fn(input.data, context);
      const checked = schemas.output.safeParse(output);
      if (!checked.success) throw new ValidationError('Invalid task output', zodIssues(checked.error));
      return checked.data;
    } finally {
      logger.removeKeys(['incidentId']);
    }
  });
}

export const NoOutput = z.object({}).strict();
export const system = (id: string) => ({ kind: 'system' as const, id });
