// An incident closes when every obligation is fulfilled, waived or not required.
import type { Obligation } from '../shared/contract.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';

const SETTLED = new Set(['fulfilled', 'waived', 'not-required']);
export const openObligations = (obligations: readonly Obligation[]) => obligations.filter((o) => !SETTLED.has(o.status));

export async function closeIfSettled(
  incidentId: string,
  ports: { store: IncidentStore; now: Date },
): Promise<{ closed: boolean; open: Obligation[] }> {
  const open = openObligations(await ports.store.getObligations(incidentId));
  if (open.length > 0) return { closed: false, open };
  let closedNow = false;
  await ports.store.mutateIncident(incidentId, (current) => {
    if (current.status === 'closed' || current.status === 'triage') return undefined;
    closedNow = true;
    return { status: 'closed' };
  }, ports.now);
  if (closedNow) {
    await ports.store.appendEvent(incidentId, { type: 'incident.closed', actor: system('close-incident'), details: { openObligations: 0 } }, ports.now);
  }
  return { closed: closedNow, open };
}

/** The workflow's last step: close, or leave the incident monitored with what is still open. */
export async function closeIncident(incidentId: string, ports: { store: IncidentStore; now: Date }) {
  await ports.store.mutateIncident(incidentId, (c) => (c.workflowEndedAt ? undefined : { workflowEndedAt: ports.now.toISOString() }), ports.now);
  const result = await closeIfSettled(incidentId, ports);
  if (!result.closed && result.open.length > 0) {
    let changed = false;
    await ports.store.mutateIncident(incidentId, (c) => (c.status === 'monitoring' || c.status === 'closed' ? undefined : ((changed = true), { status: 'monitoring' })), ports.now);
    if (changed) {
      await ports.store.appendEvent(incidentId, {
        type: 'incident.obligations-open',
        actor: system('close-incident'),
        details: { open: result.open.map((o) => ({ id: o.id, status: o.status })) },
      }, ports.now);
    }
  }
  return result;
}
