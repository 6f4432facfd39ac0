// The workflow's drafting step: one notice per required authority / individuals obligation,
// written once; the obligations they serve now wait for legal. An individuals notice counts the
// addresses it will go to: those its regime covers (shared/audience.ts).
import { audienceContext, noticeAudience } from '../shared/audience.js';
import type { Clock } from '../shared/clock.js';
import type { Runbook } from '../shared/runbooks.js';
import type { IncidentStore } from '../shared/store.js';
import type { TimelineEvent } from '../shared/timeline.js';
import { system } from '../shared/task.js';
import { draftNotices } from './core.js';

export interface DraftPorts {
  store: IncidentStore;
  clock: Clock;
  runbooks: Runbook[];
}

export async function draftAndRecord(incidentId: string, ports: DraftPorts): Promise<{ awaitingApproval: number }> {
  const now = ports.clock.now();
  const incident = await ports.store.requireIncident(incidentId);
  const [obligations, addresses] = await Promise.all([
    ports.store.getObligations(incidentId),
    ports.store.getNotificationAddresses(incidentId),
  ]);
  const audience = audienceContext(incident, ports.runbooks);
  const drafts = draftNotices({
    incidentId,
    report: incident.report!,
    assessment: incident.assessment!,
    obligations,
    runbooks: ports.runbooks,
    now,
    recordCount: incident.classification?.recordsScanned || undefined,
    ...(incident.classification && incident.classification.recordsScanned > 0 && { recordsPeople: incident.classification.subjectCount }),
    audience,
  });
  // A run stopped between storing a notice and recording it (a restart, a Lambda timeout) left a
  // notice the timeline does not show: the re-run records it, once. (Without transactions in the
  // local store the two writes cannot be one; a second run drafting at the same instant could
  // record a notice twice, which the timeline shows rather than hides.)
  let recorded: Set<string> | undefined;
  for (const draft of drafts) {
    const obligation = obligations.find((o) => o.id === draft.obligationId)!;
    const notice = draft.recipient === 'individuals'
      ? { ...draft, recipientCount: noticeAudience(obligation, addresses, audience).covered.length }
      : draft;
    // A draft withdrawn when its duty lapsed (legal overrode the risk down, then up again) is drafted anew, as re-assessment does
    // while the workflow waits for legal (assess/reassess.ts); a follow-up run is where it comes back after that.
    const stored = (await ports.store.putNoticeIfAbsent(incidentId, notice))
      || (await ports.store.updateNotice(incidentId, notice.id, ['withdrawn'], { status: 'awaiting-approval', subject: notice.subject, body: notice.body, recipientCount: notice.recipientCount }));
    if (!stored) {
      recorded ??= draftedOnTimeline(await ports.store.getTimeline(incidentId));
      if (recorded.has(notice.id)) continue;
    }
    await ports.store.appendEvent(incidentId, {
      type: 'notice.drafted',
      actor: system('draft-notices'),
      details: { noticeId: notice.id, obligationId: notice.obligationId, recipient: notice.recipient, channel: notice.channel, recipientCount: notice.recipientCount },
    }, now);
  }
  const notices = await ports.store.getNotices(incidentId);
  // An obligation waits for legal while its notice does (not after a rejection, on a re-run).
  for (const notice of notices.filter((n) => n.status === 'awaiting-approval')) {
    await ports.store.updateObligation(incidentId, notice.obligationId, ['pending'], { status: 'awaiting-approval' });
  }
  const awaitingApproval = notices.filter((n) => n.status === 'awaiting-approval').length;
  await ports.store.mutateIncident(incidentId, (current) => {
    const status = awaitingApproval > 0 ? 'awaiting-approval' : 'notifying';
    return current.status === 'assessing' ? { status } : undefined;
  }, now);
  return { awaitingApproval };
}

/** Notices whose drafting the timeline records: by this step, or by a decision's re-assessment. */
function draftedOnTimeline(events: readonly TimelineEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    const details = e.details as { noticeId?: string; reassessed?: { draftedNotices?: string[] } };
    if (e.type === 'notice.drafted' && details.noticeId) ids.add(details.noticeId);
    for (const id of details.reassessed?.draftedNotices ?? []) ids.add(id);
  }
  return ids;
}
