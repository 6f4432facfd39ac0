// The error taxonomy. Names are matched by the state machine (Retry: transient only; Catch: all)
// and mapped to HTTP statuses by the API middleware, so never rename them.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the bad field, e.g. "reporter.email". */
  field: string;
  message: string;
}

export class BreachClockError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input: nothing was changed. */
export class ValidationError extends BreachClockError {
  readonly statusCode = 400;
  constructor(message: string, readonly issues: FieldIssue[] = []) {
    super(message);
  }
}

/** The issues of a zod refusal, each named by its dotted path. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    // An unknown key is named itself ("breach.severty"), not its object.
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ field: [...i.path.map(String), key].join('.'), message: 'is not a known field (a typo?)' }))
      : [{ field: i.path.map(String).join('.') || '(body)', message: i.message }]);
}

/** A refused request, naming every bad field. */
export function invalidFields(issues: FieldIssue[]): ValidationError {
  return new ValidationError(`The request has ${issues.length} invalid field${issues.length === 1 ? '' : 's'}`, issues);
}

export class UnauthorizedError extends BreachClockError {
  readonly statusCode = 401;
}

export class ForbiddenError extends BreachClockError {
  readonly statusCode = 403;
}

export class NotFoundError extends BreachClockError {
  readonly statusCode = 404;
}

/** A state conflict: a concurrent writer won, or the request contradicts what is stored. */
export class ConflictError extends BreachClockError {
  readonly statusCode = 409;
}

/** A dependency failed in a way that a retry may fix (throttling, timeouts, 5xx). */
export class TransientDependencyError extends BreachClockError {
  readonly statusCode = 503;
}

/** Error names the workflow retries. Everything else goes straight to the failure path. */
export const TRANSIENT_ERRORS = ['TransientDependencyError'] as const;
