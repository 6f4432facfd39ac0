// An incident closes when every obligation is fulfilled, waived or not required, and no affected person lives where no
// runbook covers, or nowhere its records tell (those places' breach laws were not assessed: legal closes it, with a reason,
// once counsel has checked them).
import { needsLegalReview, type Assessment, type Obligation } from '../shared/contract.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';

type Unassessed = Required<Pick<Assessment, 'uncoveredJurisdictions'>> & Pick<Assessment, 'unplacedSubjects'>;

const SETTLED = new Set(['fulfilled', 'waived', 'not-required']);
export const openObligations = (obligations: readonly Obligation[]) => obligations.filter((o) => !SETTLED.has(o.status));

export async function closeIfSettled(
  incidentId: string,
  ports: { store: IncidentStore; now: Date },
): Promise<{ closed: boolean; open: Obligation[]; unassessed?: Unassessed }> {
  const open = openObligations(await ports.store.getObligations(incidentId));
  if (open.length > 0) return { closed: false, open };
  let closedNow = false;
  /** What the assessment left for counsel (see needsLegalReview), when it keeps the incident open. */
  let unassessed: Unassessed | undefined;
  await ports.store.mutateIncident(incidentId, (current) => {
    if (current.status === 'closed' || current.status === 'triage') return undefined;
    if (needsLegalReview(current.assessment)) {
      const { uncoveredJurisdictions = [], unplacedSubjects } = current.assessment ?? {};
      unassessed = { uncoveredJurisdictions, ...(unplacedSubjects !== undefined ? { unplacedSubjects } : {}) };
      return undefined;
    }
    closedNow = true;
    return { status: 'closed' };
  }, ports.now);
  if (closedNow) {
    await ports.store.appendEvent(incidentId, { type: 'incident.closed', actor: system('close-incident'), details: { openObligations: 0 } }, ports.now);
  }
  return { closed: closedNow, open, ...(unassessed !== undefined ? { unassessed } : {}) };
}

/** The workflow's last step: close, or leave the incident monitored with what is still open. */
export async function closeIncident(incidentId: string, ports: { store: IncidentStore; now: Date }) {
  let ended = false;
  await ports.store.mutateIncident(incidentId, (c) => (c.workflowEndedAt ? undefined : ((ended = true), { workflowEndedAt: ports.now.toISOString() })), ports.now);
  const result = await closeIfSettled(incidentId, ports);
  if (!result.closed && (result.open.length > 0 || result.unassessed !== undefined)) {
    let changed = false;
    await ports.store.mutateIncident(incidentId, (c) => (c.status === 'monitoring' || c.status === 'closed' ? undefined : ((changed = true), { status: 'monitoring' })), ports.now);
    // Sending may have set it to monitoring already: the review still needs saying, once per run of the workflow.
    if (changed || (ended && result.open.length === 0)) {
      await ports.store.appendEvent(incidentId, result.open.length > 0
        ? { type: 'incident.obligations-open', actor: system('close-incident'), details: { open: result.open.map((o) => ({ id: o.id, status: o.status })) } }
        // Legal closes it (decision "close") once counsel has checked the breach laws of these places.
        : { type: 'incident.review-needed', actor: system('close-incident'), details: { ...result.unassessed } }, ports.now);
    }
  }
  return result;
}
