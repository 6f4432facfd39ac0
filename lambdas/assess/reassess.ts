// Re-assessment after one of legal's decisions: a start event recorded (e.g. the materiality
// determination), a portal submission that starts the next stage's clock, or a risk override.
// The obligations are computed again by the same pure assessment, with the recorded facts; those
// still open (not fulfilled or waived) take the new `required`, `status`, `reason` and deadline.
// A notice that no longer has a duty behind it is withdrawn; one that a newly required duty needs
// is drafted while the workflow still waits for legal's approvals.
import type { Notice, Obligation } from '../shared/contract.js';
import { draftNotices } from '../draft-notices/core.js';
import { audienceContext, noticeAudience } from '../shared/audience.js';
import {
  loadRunbooks,
  loadSeverityModel,
  type Runbook,
  type SeverityModel,
  type StartEvent,
} from '../shared/runbooks.js';
import type { IncidentRecord, IncidentStore } from '../shared/store.js';
import { assessIncident } from './core.js';

export interface RegulatoryData {
  runbooks: readonly Runbook[];
  severityModel: SeverityModel;
}

const loaded = new Map<string, RegulatoryData>();

/** The runbooks and the severity model of a directory, loaded once per process. */
export function regulatoryData(runbooksDir: string): RegulatoryData {
  let data = loaded.get(runbooksDir);
  if (!data) {
    data = { runbooks: loadRunbooks(runbooksDir), severityModel: loadSeverityModel(runbooksDir) };
    loaded.set(runbooksDir, data);
  }
  return data;
}

export interface ReassessPorts extends RegulatoryData {
  store: IncidentStore;
  now: Date;
  contacts: Record<string, string>;
}

/** What a re-assessment changed, for the timeline: ids, decisions, deadlines; no personal data. */
export interface ObligationChange {
  id: string;
  before: { required: boolean; status: string; deadline: string | null };
  after: { required: boolean; status: string; deadline: string | null };
  reason: string;
}

export interface ReassessResult {
  changed: ObligationChange[];
  added: string[];
  withdrawnNotices: string[];
  draftedNotices: string[];
  /** Newly required obligations that need a notice, when the workflow has passed the approval
   *  step: legal files them through the authority's portal and records the submission. */
  undrafted: string[];
}

const SETTLED = new Set<Obligation['status']>(['fulfilled', 'waived']);
const UNSENT: readonly Notice['status'][] = ['awaiting-approval', 'approved', 'rejected'];
const NOTICE_RECIPIENTS = new Set<Obligation['recipient']>(['authority', 'individuals']);

export async function reassessObligations(incident: IncidentRecord, ports: ReassessPorts): Promise<ReassessResult> {
  const result: ReassessResult = { changed: [], added: [], withdrawnNotices: [], draftedNotices: [], undrafted: [] };
  if (!incident.report || !incident.classification || !incident.assessment) return result;
  const { store, now } = ports;
  const [stored, notices, recordedEvents] = await Promise.all([
    store.getObligations(incident.id),
    store.getNotices(incident.id),
    store.getStartEvents(incident.id),
  ]);
  const startEvents: Partial<Record<StartEvent, string>> = {};
  for (const e of recordedEvents) startEvents[e.event] = e.at;
  const submissions: Record<string, string> = {};
  for (const o of stored) if (o.status === 'fulfilled' && o.fulfilledAt) submissions[o.id] = o.fulfilledAt;

  const { obligations: fresh } = assessIncident(
    {
      incidentId: incident.id,
      report: incident.report,
      classification: incident.classification,
      startEvents,
      submissions,
      ...(incident.assessment.riskOverride && { riskOverride: incident.assessment.riskOverride }),
    },
    ports.runbooks,
    ports.severityModel,
    ports.contacts,
  );

  const byId = new Map(stored.map((o) => [o.id, o]));
  const current: Obligation[] = [];
  for (const next of fresh) {
    const before = byId.get(next.id);
    if (!before) {
      if (await store.putObligationIfAbsent(incident.id, next)) result.added.push(next.id);
      current.push(next);
      continue;
    }
    if (SETTLED.has(before.status)) {
      current.push(before);
      continue;
    }
    const status: Obligation['status'] = !next.required
      ? 'not-required'
      : before.status === 'awaiting-approval' && before.required
        ? 'awaiting-approval'
        : next.deadline !== null && Date.parse(next.deadline) <= now.getTime()
          ? 'overdue'
          : 'pending';
    const changes: Partial<Obligation> = {
      required: next.required,
      status,
      reason: next.reason,
      citation: next.citation,
      startsFrom: next.startsFrom,
      deadline: next.deadline,
      remindBeforeHours: next.remindBeforeHours ?? [],
      target: next.target,
      note: next.note,
      ...(next.startEvent && { startEvent: next.startEvent }),
      ...(next.deadlineLocal && { deadlineLocal: next.deadlineLocal }),
      ...(next.confidence && { confidence: next.confidence }),
    };
    const differs =
      before.required !== next.required || before.status !== status || before.deadline !== next.deadline || before.target !== next.target ||
      before.reason !== next.reason || before.startsFrom !== next.startsFrom;
    if (differs && (await store.updateObligation(incident.id, before.id, [before.status], changes))) {
      result.changed.push({
        id: before.id,
        before: { required: before.required, status: before.status, deadline: before.deadline },
        after: { required: next.required, status, deadline: next.deadline },
        reason: next.reason,
      });
      current.push({ ...before, ...changes });
    } else {
      current.push(before);
    }
  }

  // A draft whose duty is gone is withdrawn; the duty's own status already says why.
  for (const change of result.changed.filter((c) => c.before.required && !c.after.required)) {
    for (const notice of notices.filter((n) => n.obligationId === change.id && UNSENT.includes(n.status))) {
      if (await store.updateNotice(incident.id, notice.id, UNSENT, { status: 'withdrawn', reference: 'no longer required after re-assessment' })) {
        result.withdrawnNotices.push(notice.id);
      }
    }
  }

  // A duty that became required needs its draft. While the workflow waits for legal (a task
  // token), the draft joins the ones awaiting approval; afterwards nothing would send it.
  const needDraft = current.filter(
    (o) => o.required && NOTICE_RECIPIENTS.has(o.recipient) && (o.status === 'pending' || o.status === 'overdue') &&
      !notices.some((n) => n.obligationId === o.id && n.status !== 'withdrawn'),
  );
  if (needDraft.length > 0 && incident.approvalToken) {
    const addresses = await store.getNotificationAddresses(incident.id);
    const audience = audienceContext(incident, ports.runbooks);
    const drafts = draftNotices({
      incidentId: incident.id,
      report: incident.report,
      assessment: incident.assessment,
      obligations: current,
      runbooks: ports.runbooks,
      now,
      recordCount: incident.classification?.recordsScanned || undefined,
      ...(incident.classification && incident.classification.recordsScanned > 0 && { recordsPeople: incident.classification.subjectCount }),
      audience,
    }).filter((d) => needDraft.some((o) => o.id === d.obligationId));
    for (const draft of drafts) {
      // An individuals notice counts the addresses its regime covers (shared/audience.ts).
      const obligation = current.find((o) => o.id === draft.obligationId)!;
      const notice = draft.recipient === 'individuals'
        ? { ...draft, recipientCount: noticeAudience(obligation, addresses, audience).covered.length }
        : draft;
      // A draft withdrawn earlier (the duty was not required for a while) is reopened with the new text.
      const reopened = async () => store.updateNotice(incident.id, notice.id, ['withdrawn'], { status: 'awaiting-approval', subject: notice.subject, body: notice.body });
      if ((await store.putNoticeIfAbsent(incident.id, notice)) || (await reopened())) {
        result.draftedNotices.push(notice.id);
        // An overdue duty stays overdue (its escalations go on) while its draft awaits approval.
        await store.updateObligation(incident.id, notice.obligationId, ['pending'], { status: 'awaiting-approval' });
      }
    }
  } else {
    result.undrafted.push(...needDraft.map((o) => o.id));
  }
  return result;
}
