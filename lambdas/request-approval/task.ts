// The workflow waits here for legal (task token). The token is kept on the incident; the
// decisions route resumes the workflow when legal approves a notice (it is sent at once, then the
// workflow waits here again) and once no notice awaits a decision. If every notice was decided
// already (e.g. before a restart), or one was approved while the workflow was sending, or a stopped
// run left one half sent, it is resumed at once.
import type { Clock } from '../shared/clock.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import type { Workflow } from '../shared/workflow.js';

export interface ApprovalPorts {
  store: IncidentStore;
  clock: Clock;
  workflow: Pick<Workflow, 'resume'>;
}

export async function requestApproval(incidentId: string, taskToken: string, ports: ApprovalPorts): Promise<void> {
  const now = ports.clock.now();
  await ports.store.mutateIncident(incidentId, () => ({ approvalToken: taskToken }), now);
  const notices = await ports.store.getNotices(incidentId);
  const awaiting = notices.filter((n) => n.status === 'awaiting-approval');
  // Also one a stopped run was sending (a restart mid-way through 2,000 letters): the rest go now, not after legal's next decision.
  if (awaiting.length === 0 || notices.some((n) => n.status === 'approved' || n.status === 'sending')) {
    await ports.store.mutateIncident(incidentId, (c) => (c.approvalToken === taskToken ? { approvalToken: undefined } : undefined), now);
    await ports.workflow.resume(taskToken, { decided: true });
    return;
  }
  // Asked again for the same notices (a restart, the loop after another notice was sent) within a day: the timeline has it.
  const ids = awaiting.map((n) => n.id);
  const last = (await ports.store.getTimeline(incidentId)).findLast((e) => e.type === 'approval.requested');
  const same = last !== undefined && JSON.stringify(last.details.notices) === JSON.stringify(ids) && now.getTime() - Date.parse(last.at) < ASKED_AGAIN_AFTER_MS;
  if (same) return;
  await ports.store.appendEvent(incidentId, {
    type: 'approval.requested',
    actor: system('request-approval'),
    details: { notices: ids },
  }, now);
}

/** A request for the same notices is recorded again after a day without a decision (a daily "still waiting"). */
const ASKED_AGAIN_AFTER_MS = 24 * 3_600_000;
