// The breach register: every incident, notified or not, one row each. Art. 33(5) GDPR asks the
// controller to document every breach, including those it did not have to notify, and why not:
// the register says, per regime, whether the authority and the people had to be told, why, when
// they were, and what was done. Rows hold counts, categories and decisions: no personal data of
// the people affected.
import { unassessedPlaces, type Notice, type Obligation } from '../shared/contract.js';
import type { IncidentRecord } from '../shared/store.js';
import { verifyTimeline, type TimelineEvent } from '../shared/timeline.js';
import { isOverdue, nextDeadline } from '../get-incident/core.js';
import { INCIDENT_UPDATED } from '../update-incident/core.js';
import { closedAt, decisionChange } from '../get-record/core.js';
import { CSV_BOM, csvCell } from '../get-timeline/core.js';

export const REGISTER_COLUMNS = [
  ['incident', 'Incident reference'],
  ['title', 'Title'],
  ['status', 'Status now'],
  ['origin', 'Opened by a report (api) or a security alert (alert)'],
  ['organization', 'Controller (or processor) and country'],
  ['discovered_at', 'When the organisation became aware (UTC)'],
  ['occurred_at', 'When the breach occurred (UTC), if known'],
  ['recorded_at', 'When it was recorded here (UTC)'],
  ['nature', 'Breach types (confidentiality, integrity, availability)'],
  ['cause', 'Cause'],
  ['people_affected', 'Number of people affected'],
  ['data_categories', 'Categories of personal data, with the number of people concerned'],
  ['jurisdictions', 'Jurisdictions of the people affected'],
  ['severity', 'ENISA severity: level (score)'],
  ['risk_to_individuals', 'Risk to the rights and freedoms of individuals'],
  ['authority_notification', 'Per regime: authority notification required or not, and why'],
  ['authority_notified', 'Per regime: when the authority was notified, how, and the reference'],
  ['individuals_notification', 'Per regime: communication to the people required or not, and why'],
  ['individuals_notified', 'Per regime: when the people were told, and how many messages went out'],
  ['waived', 'Obligations waived, with the reason'],
  ['overdue_obligations', 'Required obligations past their deadline and still open'],
  ['next_deadline', 'Next open deadline (UTC)'],
  ['remedial_action', 'Remedial action recorded by the responders'],
  ['decisions', 'Decisions recorded by legal'],
  ['closed_at', 'When the incident closed (UTC)'],
  ['timeline_events', 'Events on the audit timeline'],
  ['timeline_verified', 'Whether the audit timeline hash chain verifies'],
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number][0];
export type RegisterRow = Record<RegisterColumn, string | number | boolean | null>;

const join = (parts: (string | undefined | null | false)[]) => parts.filter(Boolean).join('; ') || null;

function notificationColumns(obligations: Obligation[], notices: Notice[], recipient: 'authority' | 'individuals', unassessed: string | undefined) {
  const relevant = obligations.filter((o) => o.recipient === recipient);
  // Assessed, and no regime at all: say why, and which places' laws were not assessed (a register must say why no one was told).
  const none = unassessed === undefined ? null : unassessed !== '' ? `none: not assessed, ${unassessed}` : 'none: no regime applies';
  const required = relevant.length === 0 ? none : join(relevant.map((o) => `${o.regime}: ${o.required ? 'required' : 'not required'} (${o.reason})`));
  const done = join(relevant.map((o) => {
    const sent = notices.filter((n) => n.obligationId === o.id && (n.status === 'sent' || n.status === 'filed' || n.status === 'ready-to-file'));
    if (o.status === 'fulfilled') {
      const how = sent.map((n) => (n.recipient === 'individuals' ? `${n.sentCount ?? 0} message(s) by ${n.channel}` : `${n.channel}${n.reference ? ` ref ${n.reference}` : ''}`));
      const late = o.deadline && o.fulfilledAt && Date.parse(o.fulfilledAt) > Date.parse(o.deadline) ? ', LATE' : '';
      return `${o.regime}: ${o.fulfilledAt ?? 'done'}${how.length ? ` (${how.join(', ')})` : o.note ? ` (ref ${o.note})` : ''}${late}`;
    }
    if (o.status === 'waived') return `${o.regime}: waived${o.note ? ` (${o.note})` : ''}`;
    return o.required ? `${o.regime}: not yet (${o.status})` : undefined;
  }));
  return { required, done };
}

export function registerRow(incident: IncidentRecord, obligations: Obligation[], notices: Notice[], events: TimelineEvent[], now: Date): RegisterRow {
  const report = incident.report;
  const assessment = incident.assessment;
  const unassessed = assessment ? unassessedPlaces(assessment) : undefined;
  const authority = notificationColumns(obligations, notices, 'authority', unassessed);
  const individuals = notificationColumns(obligations, notices, 'individuals', unassessed);
  const verification = verifyTimeline(events, incident.timelineHead);
  return {
    incident: incident.id,
    title: incident.title,
    status: incident.status,
    origin: incident.origin,
    organization: report ? `${report.organization.name} (${report.organization.country}, ${report.organization.role})` : null,
    discovered_at: report ? new Date(report.discoveredAt).toISOString() : null,
    occurred_at: report?.occurredAt ? new Date(report.occurredAt).toISOString() : null,
    recorded_at: incident.createdAt,
    nature: report?.breach.types.join(', ') ?? null,
    cause: report?.breach.cause ?? null,
    people_affected: assessment?.subjectCount ?? report?.affected.subjectCount ?? null,
    data_categories: join((assessment?.categories ?? []).map((c) => `${c.category}: ${c.subjects}`)),
    jurisdictions: (assessment?.jurisdictions ?? report?.affected.jurisdictions ?? []).join(', ') || null,
    severity: assessment ? `${assessment.severity.level} (${assessment.severity.score})` : null,
    risk_to_individuals: assessment?.riskToIndividuals ?? null,
    authority_notification: authority.required,
    authority_notified: authority.done,
    individuals_notification: individuals.required,
    individuals_notified: individuals.done,
    waived: join(obligations.filter((o) => o.status === 'waived').map((o) => `${o.id}: ${o.note ?? ''}`)),
    overdue_obligations: obligations.filter((o) => isOverdue(o, now.getTime())).length,
    next_deadline: nextDeadline(obligations),
    remedial_action: join([report?.breach.measures && `report: ${report.breach.measures}`, ...events.filter((e) => e.type === INCIDENT_UPDATED && typeof e.details.remedialAction === 'string').map((e) => `${e.at} ${e.actor.id}: ${String(e.details.remedialAction)}`)]),
    decisions: join(events.filter((e) => e.type.startsWith('decision.')).map((e) => `${e.at} ${e.actor.id} ${e.type.slice('decision.'.length)} ${String(e.details.noticeId ?? e.details.obligationId ?? decisionChange(e) ?? '')}${e.details.reason ? ` (${String(e.details.reason)})` : ''}`)),
    closed_at: closedAt(incident, events),
    timeline_events: events.length,
    timeline_verified: verification.verified,
  };
}

export function registerCsv(rows: RegisterRow[]): string {
  const names = REGISTER_COLUMNS.map(([name]) => name);
  const lines = rows.map((row) => names.map((name) => csvCell(row[name] ?? '')).join(','));
  return CSV_BOM + [names.join(','), ...lines].join('\r\n') + '\r\n';
}
