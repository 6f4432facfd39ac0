// Legal's decisions: approve, edit or reject a draft notice; record a submission made through a
// regulator's portal; waive an obligation; record when a clock's start event happened; override
// the assessed risk. Each is conditional on the state it was taken from, recorded on the timeline
// with its author, and resumes the workflow once nothing awaits legal. The last two (and a
// submission, which may start the next stage's clock) re-assess the obligations still open.
import type { Decision, Notice, Obligation } from '../shared/contract.js';
import { CLOCK_SKEW_MS, type Clock } from '../shared/clock.js';
import type { Config } from '../shared/config.js';
import { reassessObligations, regulatoryData, type RegulatoryData } from '../assess/reassess.js';
import { ConflictError, NotFoundError, invalidFields } from '../shared/errors.js';
import { sha256, type IncidentStore } from '../shared/store.js';
import type { Actor } from '../shared/timeline.js';
import type { Workflow } from '../shared/workflow.js';
import { closeIfSettled, openObligations } from '../close-incident/core.js';
import { findRule } from '../draft-notices/core.js';

export interface DecisionPorts {
  store: IncidentStore;
  clock: Clock;
  workflow: Pick<Workflow, 'resume' | 'start'>;
  /** For re-assessment: the runbooks' directory and the deployment's authority addresses. */
  config?: Partial<Pick<Config, 'runbooksDir' | 'contactOverrides'>>;
  /** The runbooks and severity model themselves (tests); else loaded from config.runbooksDir. */
  regulatory?: RegulatoryData;
}

/** Decisions after which the open obligations are decided again. */
const REASSESSING = new Set<Decision['action']>(['record-start-event', 'override-risk', 'record-submission']);

/** Start events that may come before the report's discoveredAt (legal finds the organisation knew earlier), not before the breach. */
const EARLY_EVENTS: ReadonlySet<string> = new Set(['awareness', 'discovery', 'detection']);

/** The drafts' marker of what only legal can write (see runbooks/templates). */
const TO_COMPLETE = /\[To complete before approval:([^\]]*)\]/g;

/** A late notice's reasons, as the templates label them ("Reasons for the delay (Art. 33(1)): ..."), with some text. */
const DELAY_REASONS = /reasons for the delay[^:\n]*:[ \t]*\S/i;

const OPEN_OBLIGATION = ['pending', 'awaiting-approval', 'overdue'] as const;
const UNSENT_NOTICE = ['awaiting-approval', 'approved', 'rejected', 'ready-to-file'] as const;

export async function recordDecision(incidentId: string, decision: Decision, actor: Actor, ports: DecisionPorts) {
  const now = ports.clock.now();
  const incident = await ports.store.requireIncident(incidentId);
  const [notices, obligations] = await Promise.all([ports.store.getNotices(incidentId), ports.store.getObligations(incidentId)]);
  const details: Record<string, unknown> = { reason: 'reason' in decision ? decision.reason : undefined };
  // Whether this decision needs a run of the workflow: one to ask legal, draft or run the clocks.
  let followUp = false;
  // What legal records happened cannot have happened yet: a typed 2027 for 2026 would move a
  // deadline a year on and stop its escalations.
  const instant = decision.action === 'record-start-event' ? (['at', decision.at] as const) : decision.action === 'record-submission' ? (['submittedAt', decision.submittedAt] as const) : undefined;
  if (instant && Date.parse(instant[1]) > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidFields([{ field: instant[0], message: `is in the future (now is ${now.toISOString()}): record it when it has happened` }]);
  }
  // Nor before what it follows (a year typed 2025 for 2026 would fulfil a duty before the breach, or move a deadline years back):
  // a submission or a determination comes after the breach was discovered; a corrected awareness, after the breach began.
  const earliest = !instant ? undefined
    : decision.action === 'record-start-event' && EARLY_EVENTS.has(decision.event) ? (incident.report?.occurredAt && (['occurredAt', incident.report.occurredAt] as const))
      : incident.report?.discoveredAt && (['discoveredAt', incident.report.discoveredAt] as const);
  if (instant && earliest && Date.parse(instant[1]) < Date.parse(earliest[1]) - CLOCK_SKEW_MS) {
    throw invalidFields([{ field: instant[0], message: `is before the breach ${earliest[0] === 'occurredAt' ? 'began' : 'was discovered'} (the report's ${earliest[0]} is ${earliest[1]})` }]);
  }

  const noticeOf = (id: string): Notice => {
    const n = notices.find((x) => x.id === id);
    if (!n) throw new NotFoundError(`Notice ${id} does not exist on incident ${incidentId}`);
    return n;
  };
  const obligationOf = (id: string): Obligation => {
    const o = obligations.find((x) => x.id === id);
    if (!o) throw new NotFoundError(`Obligation ${id} does not exist on incident ${incidentId}`);
    return o;
  };
  const moveNotice = async (n: Notice, from: readonly string[], changes: Partial<Notice>) => {
    if (!(await ports.store.updateNotice(incidentId, n.id, from, { ...changes, decidedBy: actor.id }))) {
      // Its status now, not as read before: another decision may have just moved it (two approvals at once).
      const current = (await ports.store.getNotices(incidentId)).find((x) => x.id === n.id)?.status ?? n.status;
      throw new ConflictError(`Notice ${n.id} is ${current}: it cannot be ${decision.action === 'approve' ? 'approved' : decision.action === 'edit' ? 'edited' : 'rejected'} now`);
    }
  };
  const closeObligation = async (o: Obligation, changes: Partial<Obligation>) => {
    if (!(await ports.store.updateObligation(incidentId, o.id, OPEN_OBLIGATION, changes))) {
      throw new ConflictError(`Obligation ${o.id} is ${o.status}: it cannot be changed now`);
    }
    for (const n of notices.filter((x) => x.obligationId === o.id && (UNSENT_NOTICE as readonly string[]).includes(x.status))) {
      await ports.store.updateNotice(incidentId, n.id, UNSENT_NOTICE, {
        status: changes.status === 'fulfilled' ? 'filed' : 'withdrawn',
        reference: changes.note,
        decidedBy: actor.id,
      });
    }
  };

  switch (decision.action) {
    case 'approve': {
      const n = noticeOf(decision.noticeId);
      // A draft's gap (the measures taken, a late notice's reasons for the delay) never reaches an authority or a person.
      const gaps = [...`${n.subject}\n${n.body}`.matchAll(TO_COMPLETE)].map((m) => m[1]?.trim());
      if (gaps.length > 0 && n.status === 'awaiting-approval') {
        throw new ConflictError(`Notice ${n.id} still has text to complete before approval (${gaps.join('; ')}): edit it first (action "edit"), then approve it`);
      }
      const late = n.status === 'awaiting-approval' ? lateNoticeRule(n, obligations, now, ports) : undefined;
      if (late && !DELAY_REASONS.test(n.body)) {
        throw new ConflictError(`Notice ${n.id} is late (its deadline ended at ${late.deadline}) and does not state the reasons for the delay, which ${late.citation} requires: `
          + `edit it to add a line "Reasons for the delay: ..." (action "edit"), then approve it`);
      }
      await moveNotice(n, ['awaiting-approval'], { status: 'approved' });
      Object.assign(details, { noticeId: n.id, obligationId: n.obligationId });
      break;
    }
    case 'edit': {
      const n = noticeOf(decision.noticeId);
      // Editing a rejected draft redrafts it: it awaits approval again, while its duty is open.
      const redraft = n.status === 'rejected';
      const duty = redraft ? obligationOf(n.obligationId).status : undefined;
      if (duty !== undefined && !(OPEN_OBLIGATION as readonly string[]).includes(duty)) {
        throw new ConflictError(`Notice ${n.id} was rejected and its obligation is ${duty}: there is nothing to redraft`);
      }
      await moveNotice(n, redraft ? ['rejected'] : ['awaiting-approval'], { subject: decision.subject ?? n.subject, body: decision.body, ...(redraft && { status: 'awaiting-approval' as const }) });
      if (redraft) {
        await ports.store.updateObligation(incidentId, n.obligationId, ['pending'], { status: 'awaiting-approval' });
        // A workflow waiting for legal takes the redraft with the rest; else a run must ask for it.
        followUp = !incident.approvalToken;
      }
      // The texts carry no personal data of affected people, but hashes keep the timeline small.
      Object.assign(details, {
        noticeId: n.id, before: sha256(n.body), after: sha256(decision.body), subjectChanged: decision.subject !== undefined && decision.subject !== n.subject,
        ...(redraft && { redrafted: true }),
      });
      break;
    }
    case 'reject': {
      const n = noticeOf(decision.noticeId);
      await moveNotice(n, ['awaiting-approval'], { status: 'rejected' });
      // The obligation stands: legal files it another way (portal), redrafts, or waives it.
      await ports.store.updateObligation(incidentId, n.obligationId, ['awaiting-approval'], { status: 'pending' });
      Object.assign(details, { noticeId: n.id, obligationId: n.obligationId });
      break;
    }
    case 'record-submission': {
      const o = obligationOf(decision.obligationId);
      await closeObligation(o, { status: 'fulfilled', fulfilledAt: new Date(decision.submittedAt).toISOString(), note: decision.reference });
      Object.assign(details, { obligationId: o.id, reference: decision.reference, submittedAt: decision.submittedAt, late: o.deadline ? Date.parse(decision.submittedAt) > Date.parse(o.deadline) : false });
      break;
    }
    case 'waive': {
      const o = obligationOf(decision.obligationId);
      await closeObligation(o, { status: 'waived', note: decision.reason });
      Object.assign(details, { obligationId: o.id });
      break;
    }
    case 'record-start-event': {
      const at = new Date(decision.at).toISOString();
      await ports.store.putStartEvent(incidentId, {
        event: decision.event, at, recordedBy: actor.id, recordedAt: now.toISOString(),
        ...(decision.reason !== undefined && { reason: decision.reason }),
      });
      Object.assign(details, { event: decision.event, at });
      break;
    }
    case 'dismiss': {
      let was: string = incident.status;
      await ports.store.mutateIncident(incidentId, (current) => {
        was = current.status;
        return current.status === 'triage' ? { status: 'closed' } : undefined;
      }, now);
      if (was !== 'triage') throw new ConflictError(`Incident ${incidentId} is ${was}: only an incident in triage (an alert not yet confirmed as a breach) can be dismissed`);
      Object.assign(details, { dismissed: true });
      break;
    }
    case 'close': {
      const unsettled = openObligations(obligations);
      if (unsettled.length > 0) {
        throw new ConflictError(`Incident ${incidentId} has ${unsettled.length} open obligation(s) (${unsettled.map((o) => `${o.regime} ${o.recipient}: ${o.status}`).join('; ')}): fulfil or waive them first`);
      }
      let was: string = incident.status;
      await ports.store.mutateIncident(incidentId, (current) => {
        was = current.status;
        return current.status === 'triage' || current.status === 'closed' ? undefined : { status: 'closed' };
      }, now);
      if (was === 'triage') throw new ConflictError(`Incident ${incidentId} is in triage: an alert not confirmed as a breach is dismissed (action "dismiss")`);
      if (was === 'closed') throw new ConflictError(`Incident ${incidentId} is already closed`);
      Object.assign(details, { uncoveredJurisdictions: incident.assessment?.uncoveredJurisdictions ?? [] }, incident.assessment?.unplacedSubjects ? { unplacedSubjects: incident.assessment.unplacedSubjects } : {});
      break;
    }
    case 'override-risk': {
      if (!incident.assessment) throw new ConflictError(`Incident ${incidentId} has not been assessed yet: there is no risk to override`);
      let before = incident.assessment.riskToIndividuals;
      let assessed = before;
      await ports.store.mutateIncident(incidentId, (current) => {
        if (!current.assessment) return undefined;
        before = current.assessment.riskToIndividuals;
        assessed = current.assessment.riskOverride?.assessed ?? before;
        const riskOverride = { assessed, riskToIndividuals: decision.riskToIndividuals, reason: decision.reason, by: actor.id, at: now.toISOString() };
        return { assessment: { ...current.assessment, riskToIndividuals: decision.riskToIndividuals, riskOverride } };
      }, now);
      Object.assign(details, { assessed, before, after: decision.riskToIndividuals });
      break;
    }
  }
  if (REASSESSING.has(decision.action)) {
    const regulatory = regulatoryOf(ports);
    if (regulatory) {
      const reassessed = await reassessObligations(await ports.store.requireIncident(incidentId), {
        ...regulatory, store: ports.store, now, contacts: ports.config?.contactOverrides ?? {},
      });
      if (reassessed.changed.length + reassessed.added.length + reassessed.draftedNotices.length + reassessed.withdrawnNotices.length > 0 || decision.action !== 'record-submission') {
        details.reassessed = reassessed;
      }
      // New duties to draft, or new or moved deadlines, need a run of the workflow: the one
      // running may be past drafting or its clock loop may have ended.
      followUp ||= reassessed.undrafted.length > 0 || reassessed.added.length > 0 || reassessed.changed.length > 0;
    }
  }
  const event = await ports.store.appendEvent(incidentId, { type: `decision.${decision.action}`, actor, details }, now);
  if (decision.action === 'dismiss' || decision.action === 'close') {
    const why = decision.action === 'dismiss' ? { dismissed: decision.reason } : { closedByLegal: decision.reason };
    await ports.store.appendEvent(incidentId, { type: 'incident.closed', actor, details: { openObligations: 0, ...why } }, now);
  }

  // Resume the workflow to send an approved notice at once, and when nothing awaits legal any more.
  const stillAwaiting = (await ports.store.getNotices(incidentId)).filter((n) => n.status === 'awaiting-approval').length;
  if ((stillAwaiting === 0 || decision.action === 'approve') && incident.approvalToken) {
    const token = incident.approvalToken;
    await ports.store.mutateIncident(incidentId, (c) => (c.approvalToken === token ? { approvalToken: undefined, status: 'notifying' } : undefined), now);
    await ports.workflow.resume(token, { decided: true });
  }
  if (followUp) {
    // Every step is re-entrant and every send claimed, so a follow-up run beside a running one
    // repeats nothing; it is named after this decision, so a retry of it starts no other.
    let reopenedFrom: string | undefined;
    await ports.store.mutateIncident(incidentId, (c) => {
      reopenedFrom = c.status === 'closed' || c.status === 'monitoring' ? c.status : undefined;
      return { workflowEndedAt: undefined, ...(reopenedFrom && { status: 'assessing' as const }) };
    }, now);
    // A closed incident that has work again says so, rather than being closed twice in a row.
    if (reopenedFrom === 'closed') await ports.store.appendEvent(incidentId, { type: 'incident.reopened', actor, details: { after: event.type } }, now);
    const execution = `${incidentId}-r${event.seq}`;
    await ports.workflow.start(incidentId, execution);
    await ports.store.appendEvent(incidentId, { type: 'workflow.follow-up', actor, details: { execution, after: event.type } }, now);
  }
  // A waiver or portal submission may settle the last open obligation: close now, rather than
  // when the clock loop next wakes (it then finds nothing running and ends).
  await closeIfSettled(incidentId, { store: ports.store, now });
  return { event: { seq: event.seq, type: event.type, at: event.at }, awaitingApproval: stillAwaiting };
}

/**
 * The rule a notice breaks if it goes out now without the reasons for its delay: its deadline has
 * passed and its regime asks a late notice for them (GDPR Art. 33(1)). A notice drafted in time and
 * approved after the deadline has no such line yet; one where legal deleted it has lost it.
 */
function lateNoticeRule(notice: Notice, obligations: readonly Obligation[], now: Date, ports: DecisionPorts): { deadline: string; citation: string } | undefined {
  const obligation = obligations.find((o) => o.id === notice.obligationId);
  if (!obligation?.deadline || now.getTime() <= Date.parse(obligation.deadline)) return undefined;
  const regulatory = regulatoryOf(ports);
  const rule = regulatory ? findRule(regulatory.runbooks, obligation).rule : undefined;
  return rule?.lateNotice ? { deadline: obligation.deadline, citation: rule.lateNotice.citation } : undefined;
}

/** The runbooks and severity model the ports give, or load from the configured directory; none in a test without them. */
const regulatoryOf = (ports: DecisionPorts): RegulatoryData | undefined =>
  ports.regulatory ?? (ports.config?.runbooksDir ? regulatoryData(ports.config.runbooksDir) : undefined);
