// The OpenAPI 3.1 description of the API, generated from the zod schemas (zod's JSON Schema
// 2020-12 output is OpenAPI 3.1's schema dialect) and the route table (lib/functions.ts). The
// page's client reads it to find its operations and which roles may call them.
import { z } from 'zod';
import { Decision, IncidentReport, IncidentStatus, ROLES, type Role } from '../shared/contract.js';
import { IncidentUpdate } from '../update-incident/core.js';
import {
  BreachRecord, Caller, DecisionResult, ErrorBody, Filed, Incident, IncidentList, Register, Timeline, UpdateResult,
} from './schemas.js';

export interface RouteDescription {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly Role[];
  readonly operationId: string;
  readonly summary: string;
}

type JsonObject = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });

/** Request bodies (their input side: defaults are optional) and responses (their output side). */
const REQUEST_SCHEMAS = { IncidentReport, Decision, IncidentUpdate } satisfies Record<string, z.ZodType>;
const RESPONSE_SCHEMAS = {
  Error: ErrorBody, Filed, Incident, IncidentList, Timeline, DecisionResult, UpdateResult, Caller, Register, BreachRecord,
} satisfies Record<string, z.ZodType>;

function componentSchemas(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    // A response object may gain fields (the contract grows): only strict objects forbid others.
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string; catchall?: unknown } } })._zod.def;
      if (io === 'output' && def.type === 'object' && def.catchall === undefined) delete ctx.jsonSchema.additionalProperties;
    },
  });
  return Object.fromEntries(Object.entries(generated).map(([id, schema]) => {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
    return [id, rest];
  }));
}

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/${s}` }]));
const formatParameter = (formats: string[]) => ({
  name: 'format', in: 'query', required: false, schema: { type: 'string', enum: formats, default: formats[0] },
});

/** What each operation takes and returns, beyond its route. */
const OPERATIONS: Record<string, JsonObject> = {
  fileIncident: {
    parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Same key, same report: one incident', schema: { type: 'string', minLength: 1, maxLength: 255 } }],
    requestBody: { required: true, content: jsonContent('IncidentReport') },
    responses: { 201: { description: 'Filed; assessment under way', content: jsonContent('Filed') }, ...errors(400, 401, 403, 409) },
  },
  listIncidents: {
    parameters: [
      { name: 'status', in: 'query', required: false, schema: z.toJSONSchema(IncidentStatus, { target: 'draft-2020-12' }) },
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
      { name: 'cursor', in: 'query', required: false, schema: { type: 'string' } },
    ],
    responses: { 200: { description: 'Incidents, newest first', content: jsonContent('IncidentList') }, ...errors(400, 401, 403) },
  },
  getIncident: { responses: { 200: { description: 'The incident', content: jsonContent('Incident') }, ...errors(401, 403, 404) } },
  recordDecision: {
    requestBody: { required: true, content: jsonContent('Decision') },
    responses: { 200: { description: 'Recorded on the timeline', content: jsonContent('DecisionResult') }, ...errors(400, 401, 403, 404, 409) },
  },
  getTimeline: {
    parameters: [formatParameter(['json', 'csv', 'html'])],
    responses: {
      200: {
        description: 'Every event in order, and whether the hash chain verifies (CSV: header x-timeline-verified)',
        content: { ...jsonContent('Timeline'), 'text/csv': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } },
      },
      ...errors(400, 401, 403, 404),
    },
  },
  fileReport: {
    requestBody: { required: true, content: jsonContent('IncidentReport') },
    responses: { 200: { description: 'Filed; assessment under way', content: jsonContent('Filed') }, ...errors(400, 401, 403, 404, 409) },
  },
  updateIncident: {
    requestBody: { required: true, content: jsonContent('IncidentUpdate') },
    responses: { 201: { description: 'Recorded on the timeline', content: jsonContent('UpdateResult') }, ...errors(400, 401, 403, 404) },
  },
  getBreachRecord: {
    parameters: [formatParameter(['pdf', 'json'])],
    responses: {
      200: {
        description: 'The record of the breach: facts, effects, remedial action, every decision with its reason and author',
        content: { 'application/pdf': {}, ...jsonContent('BreachRecord') },
      },
      ...errors(400, 401, 403, 404),
    },
  },
  getRegister: {
    parameters: [formatParameter(['csv', 'json'])],
    responses: {
      200: { description: 'Every incident, notified or not', content: { 'text/csv': { schema: { type: 'string' } }, ...jsonContent('Register') } },
      ...errors(400, 401, 403),
    },
  },
  getOpenApi: { responses: { 200: { description: 'This document', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors(401, 403) } },
  getCaller: { responses: { 200: { description: 'The caller', content: jsonContent('Caller') }, ...errors(401, 403) } },
};

/** Embedded only: POST /alerts takes an EventBridge event (in AWS, EventBridge rules feed the same function). */
const EMBEDDED_ALERTS = {
  post: {
    operationId: 'postAlert',
    summary: 'An EventBridge security event (GuardDuty, Macie, Security Hub, CloudWatch alarm), as AWS delivers it (embedded only)',
    tags: ['alerts'],
    'x-breachclock-roles': ['admin'],
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
    responses: { 200: { description: 'One outcome per finding: opened, updated or ignored' }, ...errors(400, 401, 403) },
  },
};

export function openApiDocument(routes: readonly RouteDescription[], options: { serverUrl: string; embedded: boolean }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    // A route added without a description here still appears, marked (a test looks for the mark).
    const operation = OPERATIONS[route.operationId] ?? { 'x-breachclock-undescribed': true, responses: { 200: { description: 'OK' }, ...errors(401, 403) } };
    const pathParameters = [...route.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
      name, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 },
    }));
    const forbidden = route.path.includes('{id}') ? 'Refused: this role may not do this (recorded on the incident\'s timeline)' : undefined;
    const { responses, parameters, ...rest } = operation as { responses: JsonObject; parameters?: unknown[] };
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: {
        operationId: route.operationId,
        summary: route.summary,
        tags: [route.path.startsWith('/incidents') ? 'incidents' : route.path.slice(1).replace(/\..*$/, '')],
        'x-breachclock-roles': [...route.roles],
        description: `Roles: ${route.roles.join(', ')}.`,
        parameters: [...pathParameters, ...(parameters ?? [])],
        ...rest,
        responses: forbidden && responses['403'] ? { ...responses, 403: { description: forbidden, content: jsonContent('Error') } } : responses,
      },
    };
  }
  if (options.embedded) paths['/alerts'] = EMBEDDED_ALERTS;

  const response = (description: string) => ({ description, content: jsonContent('Error') });
  return {
    openapi: '3.1.0',
    info: {
      title: 'BreachClock API',
      version: '1',
      summary: 'Personal-data breach response: incidents, regulator clocks, notices, the audit timeline',
      description: `Roles: ${ROLES.join(', ')}. responder files and updates incidents; legal reads everything, decides and exports; admin manages. Each operation lists its roles in x-breachclock-roles.`,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: options.serverUrl }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'incidents', description: 'Incidents, decisions, timelines, records' },
      { name: 'register', description: 'The breach register' },
      { name: 'me', description: 'The caller' },
      { name: 'openapi', description: 'This description' },
      ...(options.embedded ? [{ name: 'alerts', description: 'Security alerts (embedded)' }] : []),
    ],
    paths,
    components: {
      schemas: { ...componentSchemas(REQUEST_SCHEMAS, 'input'), ...componentSchemas(RESPONSE_SCHEMAS, 'output') },
      responses: {
        400: response('Bad input: every bad field is named; nothing was changed'),
        401: response('No credentials, or unknown ones'),
        403: response('This role may not do this'),
        404: response('No such incident, notice or obligation'),
        409: response('The state changed: the request no longer applies (e.g. a notice already decided)'),
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Embedded: the API key of your role (npm start prints them). AWS: the Cognito ID token (the groups claim gives the role).',
        },
      },
    },
  };
}
