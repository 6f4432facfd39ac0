// Response bodies of the API as zod schemas, built from the contract's own schemas, for the
// OpenAPI description. The request bodies are the contract's (IncidentReport, Decision) and the
// update route's (IncidentUpdate). Responses may gain fields (the contract is extended, never
// renamed): the description does not forbid extra properties on them.
import { z } from 'zod';
import {
  Assessment, Classification, IncidentStatus, Instant, Notice, Obligation, RiskToIndividuals, ROLES, Severity, StoredReport,
} from '../shared/contract.js';

export const ErrorBody = z.object({
  error: z.string().describe('Error name: ValidationError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError, ...'),
  message: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional().describe('Every bad field (400)'),
});

const Links = z.object({ self: z.string(), timeline: z.string(), decisions: z.string() });

export const Filed = z.object({ id: z.string(), status: IncidentStatus, links: Links });

export const TimeZone = z.object({
  id: z.string().describe('IANA time zone id'),
  source: z.enum(['country', 'country-capital-guess', 'default-utc']),
});


/** What the incident and its line in the list share. */
const IncidentHead = z.object({
  id: z.string(),
  title: z.string(),
  status: IncidentStatus,
  origin: z.enum(['api', 'alert']),
  createdAt: Instant,
  updatedAt: Instant,
  discoveredAt: Instant.optional(),
  failure: z.object({
    error: z.string(),
    message: z.string().optional().meta({ description: "What to fix, for errors in the incident's own input (a missing or unreadable records source)." }),
    at: Instant,
  }).optional().meta({ description: 'Set when the workflow stopped on an error: the incident needs a person (see the timeline).' }),
});

export const Incident = IncidentHead.extend({
  report: StoredReport.optional(),
  alert: z.object({}).optional().describe('The security alert that opened the incident'),
  classification: Classification.optional(),
  assessment: Assessment.optional(),
  obligations: z.array(Obligation.omit({ remindBeforeHours: true })),
  notices: z.array(Notice),
  nextDeadline: Instant.nullable(),
  timeZone: TimeZone,
  links: Links,
});

export const IncidentSummary = IncidentHead.extend({
  severity: Severity.shape.level.optional(),
  riskToIndividuals: RiskToIndividuals.optional(),
  nextDeadline: Instant.nullable(),
  overdueObligations: z.int().min(0),
  timeZone: TimeZone,
  links: z.object({ self: z.string() }),
});

export const IncidentList = z.object({
  incidents: z.array(IncidentSummary),
  nextCursor: z.string().optional().describe('Pass as ?cursor= for the next page'),
});

const Actor = z.object({ kind: z.enum(['user', 'system', 'alert']), id: z.string(), role: z.string().optional() });

export const TimelineEvent = z.object({
  incidentId: z.string(),
  seq: z.int().min(1),
  at: Instant,
  type: z.string(),
  actor: Actor,
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export const Verification = z.object({
  verified: z.boolean(),
  eventCount: z.int().min(0),
  brokenAt: z.object({ seq: z.int(), problem: z.enum(['altered', 'missing-before', 'chain-broken', 'truncated']) }).optional(),
});

export const Timeline = z.object({
  incidentId: z.string(),
  verification: Verification,
  head: z.object({ seq: z.number().int(), hash: z.string() }).optional().describe('The last event as the incident holds it: what a saved copy must end with (breachclock verify-timeline --head)'),
  events: z.array(TimelineEvent),
});

export const EventRef = z.object({ seq: z.int(), type: z.string(), at: Instant });
export const DecisionResult = z.object({ event: EventRef, awaitingApproval: z.int().min(0) });
export const UpdateResult = z.object({ event: EventRef });

export const Caller = z.object({
  user: z.string(),
  roles: z.array(z.enum(ROLES)),
  clock: z.object({
    now: Instant.describe('Regulator time now: the instant deadlines are counted against'),
    speed: z.number().positive().describe('Regulator time per wall time: 1 in AWS; a demo may run faster'),
  }),
});

const RegisterRow = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export const Register = z.object({
  generatedAt: Instant,
  columns: z.array(z.object({ name: z.string(), description: z.string() })),
  incidents: z.array(RegisterRow),
});

export const BreachRecord = z.object({
  generatedAt: Instant,
  generatedBy: z.string(),
  incident: z.object({ id: z.string(), title: z.string(), status: IncidentStatus, origin: z.enum(['api', 'alert']), recordedAt: Instant, closedAt: Instant.nullable() }),
  timeZone: TimeZone,
  facts: z.object({}).describe('The report: organisation, discovery, nature of the breach'),
  effects: z.object({}).describe('People and data concerned, severity, risk, effects recorded'),
  remedialAction: z.array(z.object({ at: Instant, by: z.string(), text: z.string() })),
  obligations: z.array(z.object({})),
  notices: z.array(z.object({})),
  decisions: z.array(z.object({ seq: z.int(), at: Instant, by: z.string(), role: z.string(), action: z.string() })),
  timeline: z.object({ verification: Verification, events: z.array(z.object({ seq: z.int(), at: Instant, type: z.string(), by: z.string() })) }),
});
