// Security alerts open incidents in triage, one per finding: the same finding again (EventBridge
// delivers at least once; findings are re-published when updated) updates the open incident, and
// one seen again after its incident closed opens a new one.
// An alert is not yet awareness of a personal-data breach: no regulator clock starts here.
import type { Clock } from '../shared/clock.js';
import type { IncidentStore } from '../shared/store.js';
import { alertDedupeKey, alertIncidentTitle, interpretAlert, type Alert, type AlertInterpretation } from '../alerts/core.js';
import { newIncidentId } from '../file-incident/core.js';

export interface AlertPorts {
  store: IncidentStore;
  clock: Clock;
  newIncidentId?: () => string;
}

export type AlertOutcome =
  | { outcome: 'opened' | 'updated'; incidentId: string; dedupeKey: string }
  | { outcome: 'ignored'; reason: string; findingId?: string; incidentId?: string };

export async function takeAlert(event: unknown, ports: AlertPorts): Promise<AlertOutcome[]> {
  const outcomes: AlertOutcome[] = [];
  for (const item of interpretAlert(event)) {
    if (item.kind === 'ignored') outcomes.push(await noteClosedAtSource(item, ports));
    else outcomes.push(await openOrUpdate(item.alert, ports));
  }
  return outcomes;
}

async function openOrUpdate(alert: Alert, ports: AlertPorts): Promise<AlertOutcome> {
  const now = ports.clock.now();
  const actor = { kind: 'alert' as const, id: alert.source };
  const candidate = (ports.newIncidentId ?? newIncidentId)();
  const existing = await ports.store.claimAlert(alert.dedupeKey, candidate, now);
  let incidentId = existing ?? candidate;
  const summary = {
    dedupeKey: alert.dedupeKey, source: alert.source, findingType: alert.findingType, severity: alert.severity,
    resources: alert.resources, dataCategories: alert.dataCategories, occurrences: 1, lastSeenAt: alert.observedAt,
  };
  // The finding seen again after its incident closed is new activity: a new incident in triage, which its
  // later deliveries update (the closed one keeps its record). Not a late copy of what the incident already saw.
  let reopenedFrom: string | undefined;
  if (existing !== undefined) {
    const previous = await ports.store.getIncident(existing);
    if (previous?.status === 'closed' && Date.parse(alert.observedAt) > Date.parse(previous.alert?.lastSeenAt ?? previous.updatedAt)
      && (await ports.store.moveAlert(alert.dedupeKey, existing, candidate, now))) {
      reopenedFrom = existing;
      incidentId = candidate;
    }
  }
  // A claim without an incident is a crash between the two writes: create it now.
  const created = await ports.store.createIncident({
    id: incidentId, title: alertIncidentTitle(alert), status: 'triage', version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(),
    origin: 'alert', alert: summary,
  });
  if (created) {
    await ports.store.appendEvent(incidentId, { type: 'alert.received', actor, details: { ...summary, summary: alert.summary, ...(reopenedFrom && { after: reopenedFrom }) } }, now);
    if (reopenedFrom) {
      await ports.store.appendEvent(reopenedFrom, { type: 'alert.repeated', actor, details: { dedupeKey: alert.dedupeKey, severity: alert.severity, reopenedAs: incidentId } }, now);
    }
    return { outcome: 'opened', incidentId, dedupeKey: alert.dedupeKey };
  }
  // A late copy of an older state of the finding (EventBridge does not keep order) counts as a delivery, and changes nothing else.
  const updated = await ports.store.mutateIncident(incidentId, (c) => {
    const newer = c.alert === undefined || Date.parse(alert.observedAt) >= Date.parse(c.alert.lastSeenAt);
    const occurrences = (c.alert?.occurrences ?? 1) + 1;
    if (!newer) return { alert: { ...(c.alert ?? summary), occurrences } };
    // A newer copy that leaves out what an earlier one named (a Macie finding without its resourcesAffected) does not unsay it.
    const resources = summary.resources.length > 0 ? summary.resources : (c.alert?.resources ?? []);
    const dataCategories = summary.dataCategories.length > 0 ? summary.dataCategories : ((c.alert?.dataCategories ?? []) as Alert['dataCategories']);
    return { alert: { ...summary, resources, dataCategories, occurrences }, ...(c.status === 'triage' && { title: alertIncidentTitle({ ...alert, resources, dataCategories }) }) };
  }, now);
  await ports.store.appendEvent(incidentId, {
    type: 'alert.repeated', actor, details: { dedupeKey: alert.dedupeKey, severity: alert.severity, occurrences: updated.alert?.occurrences },
  }, now);
  return { outcome: 'updated', incidentId, dedupeKey: alert.dedupeKey };
}

/**
 * A finding archived, resolved or suppressed where it was raised opens nothing; when it has an open
 * incident, that incident's timeline says so (archiving findings is also how an intruder hides), and
 * nothing else changes: only legal closes an incident (dismiss).
 */
async function noteClosedAtSource(item: Extract<AlertInterpretation, { kind: 'ignored' }>, ports: AlertPorts): Promise<AlertOutcome> {
  const outcome = { outcome: 'ignored' as const, reason: item.reason, findingId: item.findingId };
  if (!item.closedAtSource || item.findingId === undefined) return outcome;
  const dedupeKey = alertDedupeKey(item.source, item.findingId);
  const incidentId = await ports.store.alertIncident(dedupeKey);
  const incident = incidentId === undefined ? undefined : await ports.store.getIncident(incidentId);
  if (!incident || incident.status === 'closed') return outcome;
  await ports.store.appendEvent(incident.id, {
    type: 'alert.closed-at-source', actor: { kind: 'alert', id: item.source }, details: { dedupeKey, reason: item.reason },
  }, ports.clock.now());
  return { ...outcome, incidentId: incident.id };
}
