// The record of a breach that Art. 33(5) GDPR asks every controller to keep: "the facts relating
// to the personal data breach, its effects and the remedial action taken", which lets the
// authority verify compliance. Built from the incident, its obligations and notices, and its
// timeline (every decision with its reason and author); rendered as JSON or PDF (pdf.ts).
import type { Notice, Obligation } from '../shared/contract.js';
import type { IncidentRecord } from '../shared/store.js';
import { verifyTimeline, type TimelineEvent, type Verification } from '../shared/timeline.js';
import { organizationTimeZone, type OrganizationTimeZone } from '../get-incident/time-zone.js';
import { INCIDENT_UPDATED } from '../update-incident/core.js';

export interface RecordEntry {
  at: string;
  by: string;
  role: string;
  text: string;
  /** When the action was taken, if the responder said (else: when it was recorded). */
  occurredAt?: string;
}

export interface DecisionEntry {
  seq: number;
  at: string;
  by: string;
  role: string;
  action: string;
  noticeId?: string;
  obligationId?: string;
  reason?: string;
  reference?: string;
  submittedAt?: string;
  /** What a decision on the incident itself changed: a risk override's levels, a start event's time. */
  change?: string;
  late?: boolean;
}

export interface BreachRecord {
  generatedAt: string;
  generatedBy: string;
  incident: { id: string; title: string; status: string; origin: string; recordedAt: string; closedAt: string | null };
  timeZone: OrganizationTimeZone;
  facts: {
    organization?: { name: string; country: string; role: string; sectors?: string[]; contact?: string };
    reportedBy?: string;
    discoveredAt?: string;
    occurredAt?: string;
    description?: string;
    breach?: Record<string, unknown>;
    recordsSource?: string;
    inlineRecordCount?: number;
    alert?: { source: string; findingType: string; severity: string; occurrences: number };
  };
  effects: {
    subjectCount?: number;
    subjectTypes?: string[];
    categories: { category: string; subjects: number }[];
    jurisdictions: string[];
    severity?: { score: number; level: string; dpc: number; ei: number; cb: number; rationale: string[] };
    riskToIndividuals?: string;
    recorded: RecordEntry[];
  };
  remedialAction: RecordEntry[];
  notes: RecordEntry[];
  obligations: (Omit<Obligation, 'remindBeforeHours' | 'channel'> & { channel?: string })[];
  notices: { id: string; obligationId: string; recipient: string; channel: string; status: string; subject: string; recipientCount?: number; sentCount?: number; sentAt?: string; reference?: string; decidedBy?: string }[];
  decisions: DecisionEntry[];
  refusals: number;
  timeline: { verification: Verification; head?: { seq: number; hash: string }; events: { seq: number; at: string; type: string; by: string }[] };
}

const actorName = (e: TimelineEvent) => e.actor.id;
const actorRole = (e: TimelineEvent) => e.actor.role || e.actor.kind;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

function updates(events: TimelineEvent[], field: 'remedialAction' | 'effects' | 'note'): RecordEntry[] {
  return events
    .filter((e) => e.type === INCIDENT_UPDATED && text(e.details[field]))
    .map((e) => ({ at: e.at, by: actorName(e), role: actorRole(e), text: String(e.details[field]), occurredAt: text(e.details.occurredAt) }));
}

/** The report's breach.measures, as recorded when the report was filed (an alert's incident gets its report later). */
function reportMeasures(incident: IncidentRecord, events: TimelineEvent[]): RecordEntry[] {
  const measures = text(incident.report?.breach.measures);
  if (!measures) return [];
  const filed = [...events].reverse().find((e) => e.type === 'incident.filed');
  return [{ at: filed?.at ?? incident.createdAt, by: filed ? actorName(filed) : 'report', role: filed ? actorRole(filed) : 'responder', text: measures }];
}

export function breachRecord(
  input: { incident: IncidentRecord; obligations: Obligation[]; notices: Notice[]; events: TimelineEvent[] },
  context: { now: Date; generatedBy: string },
): BreachRecord {
  const { incident, obligations, notices, events } = input;
  const report = incident.report;
  const assessment = incident.assessment;
  const decisions: DecisionEntry[] = events
    .filter((e) => e.type.startsWith('decision.'))
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      by: actorName(e),
      role: actorRole(e),
      action: e.type.slice('decision.'.length),
      noticeId: text(e.details.noticeId),
      obligationId: text(e.details.obligationId),
      reason: text(e.details.reason),
      reference: text(e.details.reference),
      submittedAt: text(e.details.submittedAt),
      late: typeof e.details.late === 'boolean' ? e.details.late : undefined,
      change: decisionChange(e),
    }));

  return {
    generatedAt: context.now.toISOString(),
    generatedBy: context.generatedBy,
    incident: {
      id: incident.id, title: incident.title, status: incident.status, origin: incident.origin,
      recordedAt: incident.createdAt, closedAt: closedAt(incident, events),
    },
    timeZone: organizationTimeZone(report?.organization.country),
    facts: {
      organization: report && {
        name: report.organization.name,
        country: report.organization.country,
        role: report.organization.role,
        sectors: report.organization.sectors,
        contact: report.organization.contact && `${report.organization.contact.name} <${report.organization.contact.email}>`,
      },
      reportedBy: report && `${report.reporter.name} <${report.reporter.email}>`,
      discoveredAt: report?.discoveredAt,
      occurredAt: report?.occurredAt,
      description: report?.description,
      breach: report?.breach,
      recordsSource: report?.affected.recordsSource ? 'given (location kept, records not copied)' : undefined,
      inlineRecordCount: report?.affected.inlineRecordCount,
      alert: incident.alert && { source: incident.alert.source, findingType: incident.alert.findingType, severity: incident.alert.severity, occurrences: incident.alert.occurrences },
    },
    effects: {
      subjectCount: assessment?.subjectCount ?? report?.affected.subjectCount,
      subjectTypes: report?.affected.subjectTypes,
      categories: assessment?.categories ?? [],
      jurisdictions: assessment?.jurisdictions ?? report?.affected.jurisdictions ?? [],
      severity: assessment?.severity,
      riskToIndividuals: assessment?.riskToIndividuals,
      recorded: updates(events, 'effects'),
    },
    // The measures the report gave (which the notices state), then the responders' updates.
    remedialAction: [...reportMeasures(incident, events), ...updates(events, 'remedialAction')],
    notes: updates(events, 'note'),
    obligations: obligations.map(({ remindBeforeHours: _r, channel, ...o }) => ({
      ...o,
      channel: channel ? [channel.kind, channel.name, channel.address].filter(Boolean).join(': ') : undefined,
    })),
    notices: notices.map((n) => ({
      id: n.id, obligationId: n.obligationId, recipient: n.recipient, channel: n.channel, status: n.status, subject: n.subject,
      recipientCount: n.recipientCount, sentCount: n.sentCount, sentAt: n.sentAt, reference: n.reference, decidedBy: n.decidedBy,
    })),
    decisions,
    refusals: events.filter((e) => e.type === 'access.refused').length,
    timeline: {
      verification: verifyTimeline(events, incident.timelineHead),
      head: incident.timelineHead,
      events: events.map((e) => ({ seq: e.seq, at: e.at, type: e.type, by: `${actorName(e)} (${actorRole(e)})` })),
    },
  };
}

/** A decision's effect on the incident itself, in words (legal's risk override, a recorded start event). */
export function decisionChange(e: TimelineEvent): string | undefined {
  const d = e.details as { before?: unknown; after?: unknown; assessed?: unknown; event?: unknown; at?: unknown };
  if (e.type === 'decision.override-risk' && typeof d.after === 'string') {
    return `risk to individuals ${String(d.before)} -> ${d.after}${d.assessed !== d.before ? ` (as assessed: ${String(d.assessed)})` : ''}`;
  }
  if (e.type === 'decision.record-start-event' && typeof d.event === 'string') return `${d.event} at ${String(d.at)}`;
  return undefined;
}

/** When the incident closed: its last closing, while it is closed (a reopened incident is open). */
export const closedAt = (incident: IncidentRecord, events: readonly TimelineEvent[]): string | null =>
  (incident.status === 'closed' ? [...events].reverse().find((e) => e.type === 'incident.closed')?.at : undefined) ?? null;
