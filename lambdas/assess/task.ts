// The workflow's assess step: severity, risk, and the obligations of every applicable regime.
// Obligations are written once; on a re-run the stored ones (with their statuses) stand.
import type { Clock } from '../shared/clock.js';
import type { Config } from '../shared/config.js';
import type { Runbook, SeverityModel } from '../shared/runbooks.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import { assessIncident } from './core.js';

export interface AssessPorts {
  store: IncidentStore;
  clock: Clock;
  config: Pick<Config, 'contactOverrides'>;
  runbooks: Runbook[];
  severityModel: SeverityModel;
}

export async function assessAndRecord(incidentId: string, ports: AssessPorts) {
  const now = ports.clock.now();
  const incident = await ports.store.requireIncident(incidentId);
  if (!incident.report || !incident.classification) throw new Error(`Incident ${incidentId} is not classified yet`);
  const { assessment, obligations } = assessIncident(
    { incidentId, report: incident.report, classification: incident.classification },
    ports.runbooks,
    ports.severityModel,
    ports.config.contactOverrides,
  );
  let added = 0;
  for (const obligation of obligations) {
    // The duty to document the breach (e.g. GDPR Art. 33(5)) is met by this very record: the
    // incident, its assessment and its audit timeline, kept whether or not anyone is notified.
    // An internal duty with a stage (e.g. the NDB's 30-day assessment) is work still to do.
    const stored = obligation.recipient === 'internal-record' && obligation.required && !obligation.stage
      ? { ...obligation, status: 'fulfilled' as const, fulfilledAt: now.toISOString(), note: `${obligation.note ? `${obligation.note} ` : ''}Documented in this incident's record and audit timeline.` }
      : obligation;
    if (await ports.store.putObligationIfAbsent(incidentId, stored)) added++;
  }
  // Recorded once: also when a run stopped between storing the assessment and recording it.
  const recorded = incident.assessment && (await ports.store.getTimeline(incidentId)).some((e) => e.type === 'risk.assessed');
  if (!recorded) {
    if (!incident.assessment) await ports.store.mutateIncident(incidentId, (current) => (current.assessment ? undefined : { assessment }), now);
    await ports.store.appendEvent(incidentId, {
      type: 'risk.assessed',
      actor: system('assess'),
      details: {
        severity: assessment.severity,
        riskToIndividuals: assessment.riskToIndividuals,
        obligations: obligations.map((o) => ({
          id: o.id, regime: o.regime, recipient: o.recipient, required: o.required, deadline: o.deadline, reason: o.reason, citation: o.citation,
        })),
      },
    }, now);
  }
  return { assessment, obligationsAdded: added };
}
