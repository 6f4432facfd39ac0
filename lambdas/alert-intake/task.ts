// Security alerts open incidents in triage, one per finding: the same finding again (EventBridge
// delivers at least once; findings are re-published when updated) updates the open incident.
// An alert is not yet awareness of a personal-data breach: no regulator clock starts here.
import type { Clock } from '../shared/clock.js';
import type { IncidentStore } from '../shared/store.js';
import { alertIncidentTitle, interpretAlert, type Alert } from '../alerts/core.js';
import { newIncidentId } from '../file-incident/core.js';

export interface AlertPorts {
  store: IncidentStore;
  clock: Clock;
  newIncidentId?: () => string;
}

export type AlertOutcome =
  | { outcome: 'opened' | 'updated'; incidentId: string; dedupeKey: string }
  | { outcome: 'ignored'; reason: string; findingId?: string };

export async function takeAlert(event: unknown, ports: AlertPorts): Promise<AlertOutcome[]> {
  const outcomes: AlertOutcome[] = [];
  for (const item of interpretAlert(event)) {
    if (item.kind === 'ignored') outcomes.push({ outcome: 'ignored', reason: item.reason, findingId: item.findingId });
    else outcomes.push(await openOrUpdate(item.alert, ports));
  }
  return outcomes;
}

async function openOrUpdate(alert: Alert, ports: AlertPorts): Promise<AlertOutcome> {
  const now = ports.clock.now();
  const actor = { kind: 'alert' as const, id: alert.source };
  const candidate = (ports.newIncidentId ?? newIncidentId)();
  const existing = await ports.store.claimAlert(alert.dedupeKey, candidate, now);
  const incidentId = existing ?? candidate;
  const summary = {
    dedupeKey: alert.dedupeKey, source: alert.source, findingType: alert.findingType, severity: alert.severity,
    resources: alert.resources, dataCategories: alert.dataCategories, occurrences: 1, lastSeenAt: alert.observedAt,
  };
  // A claim without an incident is a crash between the two writes: create it now.
  const created = await ports.store.createIncident({
    id: incidentId, title: alertIncidentTitle(alert), status: 'triage', version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(),
    origin: 'alert', alert: summary,
  });
  if (created) {
    await ports.store.appendEvent(incidentId, { type: 'alert.received', actor, details: { ...summary, summary: alert.summary } }, now);
    return { outcome: 'opened', incidentId, dedupeKey: alert.dedupeKey };
  }
  const updated = await ports.store.mutateIncident(incidentId, (c) => ({
    alert: { ...summary, occurrences: (c.alert?.occurrences ?? 1) + 1 },
  }), now);
  await ports.store.appendEvent(incidentId, {
    type: 'alert.repeated', actor, details: { dedupeKey: alert.dedupeKey, severity: alert.severity, occurrences: updated.alert?.occurrences },
  }, now);
  return { outcome: 'updated', incidentId, dedupeKey: alert.dedupeKey };
}
