// An incident closes when every obligation is fulfilled, waived or not required, and no affected person lives where no
// runbook covers, or nowhere its records tell (those places' breach laws were not assessed: legal closes it, with a reason,
// once counsel has checked them).
import { needsLegalReview, type Obligation } from '../shared/contract.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';

const SETTLED = new Set(['fulfilled', 'waived', 'not-required']);
export const openObligations = (obligations: readonly Obligation[]) => obligations.filter((o) => !SETTLED.has(o.status));

export async function closeIfSettled(
  incidentId: string,
  ports: { store: IncidentStore; now: Date },
): Promise<{ closed: boolean; open: Obligation[]; review: boolean; uncovered: string[]; unplaced: number }> {
  const open = openObligations(await ports.store.getObligations(incidentId));
  if (open.length > 0) return { closed: false, open, review: false, uncovered: [], unplaced: 0 };
  let closedNow = false;
  let review = false;
  let uncovered: string[] = [];
  let unplaced = 0;
  await ports.store.mutateIncident(incidentId, (current) => {
    if (current.status === 'closed' || current.status === 'triage') return undefined;
    review = needsLegalReview(current.assessment);
    uncovered = current.assessment?.uncoveredJurisdictions ?? [];
    unplaced = current.assessment?.unplacedSubjects ?? 0;
    if (review) return undefined;
    closedNow = true;
    return { status: 'closed' };
  }, ports.now);
  if (closedNow) {
    await ports.store.appendEvent(incidentId, { type: 'incident.closed', actor: system('close-incident'), details: { openObligations: 0 } }, ports.now);
  }
  return { closed: closedNow, open, review, uncovered, unplaced };
}

/** The workflow's last step: close, or leave the incident monitored with what is still open. */
export async function closeIncident(incidentId: string, ports: { store: IncidentStore; now: Date }) {
  let ended = false;
  await ports.store.mutateIncident(incidentId, (c) => (c.workflowEndedAt ? undefined : ((ended = true), { workflowEndedAt: ports.now.toISOString() })), ports.now);
  const result = await closeIfSettled(incidentId, ports);
  if (!result.closed && (result.open.length > 0 || result.review)) {
    let changed = false;
    await ports.store.mutateIncident(incidentId, (c) => (c.status === 'monitoring' || c.status === 'closed' ? undefined : ((changed = true), { status: 'monitoring' })), ports.now);
    // Sending may have set it to monitoring already: the review still needs saying, once per run of the workflow.
    if (changed || (ended && result.open.length === 0)) {
      await ports.store.appendEvent(incidentId, result.open.length > 0
        ? { type: 'incident.obligations-open', actor: system('close-incident'), details: { open: result.open.map((o) => ({ id: o.id, status: o.status })) } }
        // Legal closes it (decision "close") once counsel has checked the breach laws of these places.
        : { type: 'incident.review-needed', actor: system('close-incident'), details: { uncoveredJurisdictions: result.uncovered, ...(result.unplaced > 0 ? { unplacedSubjects: result.unplaced } : {}) } }, ports.now);
    }
  }
  return result;
}
