// The incident as the API shows it (contract: GET /incidents/{id}). Addresses of affected
// people are never part of it: individual notices show counts only.
import type { Notice, Obligation } from '../shared/contract.js';
import type { IncidentRecord } from '../shared/store.js';
import { linksOf } from '../file-incident/core.js';
import { organizationTimeZone } from './time-zone.js';

export function incidentView(incident: IncidentRecord, obligations: Obligation[], notices: Notice[]) {
  const { approvalToken: _token, inlineClassification: _inline, timelineHead: _head, version: _v, ...rest } = incident;
  return {
    ...rest,
    discoveredAt: incident.report?.discoveredAt,
    obligations: [...obligations].sort(byDeadline).map(({ remindBeforeHours: _r, ...o }) => o),
    notices: notices.map(({ body, subject, ...n }) => ({ ...n, subject, body })),
    nextDeadline: nextDeadline(obligations),
    /** The zone legal reads deadlines in (from the organisation's country). */
    timeZone: organizationTimeZone(incident.report?.organization.country),
    links: linksOf(incident.id),
  };
}

const byDeadline = (a: Obligation, b: Obligation) =>
  (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity) || a.id.localeCompare(b.id);

export function nextDeadline(obligations: Obligation[]): string | null {
  const open = obligations.filter((o) => o.required && o.deadline && ['pending', 'awaiting-approval', 'overdue'].includes(o.status));
  return open.sort(byDeadline)[0]?.deadline ?? null;
}

/** A required obligation whose deadline passed while it was still open (or that the clock marked overdue). */
export const isOverdue = (o: Obligation, now: number) =>
  o.required && (o.status === 'overdue' || (['pending', 'awaiting-approval'].includes(o.status) && o.deadline !== null && Date.parse(o.deadline) < now));
