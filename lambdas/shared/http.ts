// API route plumbing: who is calling (Cognito groups in AWS; the embedded API puts the same
// claims on the event), role checks, JSON bodies validated with zod, and errors mapped to HTTP.
// A refusal (403) on a route about one incident is recorded on that incident's timeline.
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { z } from 'zod';
import { ROLES, type Role } from './contract.js';
import { dependencies } from './dependencies.js';
import { BreachClockError, ForbiddenError, UnauthorizedError, ValidationError, invalidFields, zodIssues } from './errors.js';
import { logger } from './logger.js';
import type { Actor, TimelineEntry } from './timeline.js';

export interface Caller {
  user: string;
  roles: Role[];
}

export function callerOf(event: APIGatewayProxyEvent): Caller {
  const claims = (event.requestContext?.authorizer?.claims ?? {}) as Record<string, unknown>;
  const user = String(claims['cognito:username'] ?? claims.username ?? claims.sub ?? '');
  // API Gateway passes the groups claim as a string: "legal" or "[legal, admin]" or "legal,admin".
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[\s,[\]]+/);
  const roles = groups.filter((g): g is Role => (ROLES as readonly string[]).includes(g));
  if (!user) throw new UnauthorizedError('No authenticated caller');
  return { user, roles };
}

export const actorOf = (caller: Caller): Actor => ({ kind: 'user', id: caller.user, role: caller.roles.join(',') });

/** A request's JSON body, not yet validated. */
export function jsonBody(body: string | null): unknown {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    throw new ValidationError('The request body is not valid JSON', [{ field: '(body)', message: 'invalid JSON' }]);
  }
  if (json === undefined) throw new ValidationError('The request body is empty', [{ field: '(body)', message: 'required' }]);
  return json;
}

/** Parses and validates a JSON body; every bad field is named in the error. */
export function parseBody<S extends z.ZodType>(schema: S, body: string | null): z.infer<S> {
  const parsed = schema.safeParse(jsonBody(body));
  if (!parsed.success) throw invalidFields(zodIssues(parsed.error));
  return parsed.data;
}

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

/** A binary body (PDF): API Gateway decodes it when the request's Accept is a binary media type of the API. */
export const binary = (statusCode: number, body: Uint8Array, headers: Record<string, string>): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'cache-control': 'no-store', ...headers },
  body: Buffer.from(body).toString('base64'),
  isBase64Encoded: true,
});

/** A text download (CSV), with a file name. */
export const attachment = (body: string, contentType: string, filename: string, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode: 200,
  headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store', ...headers },
  body,
});

/** Where a refusal goes: the timeline of the incident the request was about. */
export interface RefusalLog {
  /** False when there is no such incident (nothing is written for an id that does not exist). */
  record(incidentId: string, entry: TimelineEntry): Promise<boolean>;
}

const timelineRefusalLog: RefusalLog = {
  async record(incidentId, entry) {
    const { store, clock } = dependencies();
    if (!(await store.getIncident(incidentId))) return false;
    await store.appendEvent(incidentId, entry, clock.now());
    return true;
  },
};

/**
 * Records that `caller` was refused `event` on the incident's timeline. A failure to record is
 * logged and does not turn the 403 into a 500: the refusal itself is what protects the data.
 */
async function recordRefusal(event: APIGatewayProxyEvent, caller: Caller, allowed: readonly Role[], log: RefusalLog) {
  const incidentId = event.pathParameters?.id;
  if (!incidentId) return;
  try {
    await log.record(incidentId, {
      type: 'access.refused',
      actor: actorOf(caller),
      details: { method: event.httpMethod, route: event.resource, callerRoles: caller.roles, allowedRoles: [...allowed] },
    });
  } catch (e) {
    logger.warn('could not record a refusal on the timeline', { incidentId, error: (e as Error).name });
  }
}

export type RouteHandler = (event: APIGatewayProxyEvent, caller: Caller, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * A route: middy with the role check first, the error mapping last, the handler in between.
 * `refusals` is where a refusal on an incident is recorded (tests may pass their own).
 */
export function route(allowed: readonly Role[], handler: RouteHandler, refusals: RefusalLog = timelineRefusalLog) {
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use({
      onError: async (request) => {
        const error = request.error;
        if (error instanceof BreachClockError && 'statusCode' in error) {
          const statusCode = (error as BreachClockError & { statusCode: number }).statusCode;
          if (statusCode >= 500) logger.warn('dependency failure', { error: error.name, message: error.message });
          request.response = json(statusCode, {
            error: error.name,
            message: error.message,
            ...(error instanceof ValidationError ? { issues: error.issues } : {}),
          });
          return;
        }
        // Not the message: some (JSON.parse's, for one) quote the input, which may be personal data.
        logger.error('unhandled error', { error: error?.name, stack: error?.stack?.split('\n').slice(1, 6).join('\n') });
        request.response = json(500, { error: 'InternalError', message: 'Internal error' });
      },
    })
    .handler(async (event, context) => {
      const caller = callerOf(event);
      if (!caller.roles.some((r) => allowed.includes(r))) {
        await recordRefusal(event, caller, allowed, refusals);
        throw new ForbiddenError(`This action needs one of the roles: ${allowed.join(', ')}`);
      }
      return handler(event, caller, context);
    });
}
