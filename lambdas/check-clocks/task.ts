// The workflow's clock step: send the reminders and escalations that are due (once each), mark
// missed deadlines overdue, and say when to wake next (in wall time, for the Wait state).
import type { Notice } from '../shared/contract.js';
import type { Clock } from '../shared/clock.js';
import type { Config } from '../shared/config.js';
import type { Mailer } from '../shared/mailer.js';
import type { IncidentRecord, IncidentStore, ReminderClaim, StoredReminder } from '../shared/store.js';
import type { TimelineEvent } from '../shared/timeline.js';
import { system } from '../shared/task.js';
import { MAX_SLEEP_HOURS, planClocks, type ClockSignal } from './core.js';

export interface ClockPorts {
  config: Pick<Config, 'escalationAddress'>;
  store: IncidentStore;
  clock: Clock;
  mailer: Pick<Mailer, 'send'>;
}

const HOUR = 3_600_000;

/**
 * A run of this step lasts at most 90 s (its Lambda's timeout): a reminder still 'sending' this
 * long after its claim (wall time) was left by a run that stopped, and is sent again.
 */
export const REMINDER_CLAIM_EXPIRES_AFTER_MS = 2 * 60_000;

export async function checkClocks(incidentId: string, ports: ClockPorts): Promise<{ done: boolean; wakeAt: string }> {
  const now = ports.clock.now();
  const wallNow = ports.clock.wallTime(now);
  const [incident, obligations, reminders] = await Promise.all([
    ports.store.requireIncident(incidentId),
    ports.store.getObligations(incidentId),
    ports.store.getReminders(incidentId),
  ]);
  const plan = planClocks(obligations, now);

  for (const id of plan.becameOverdue) {
    if (await ports.store.updateObligation(incidentId, id, ['pending', 'awaiting-approval'], { status: 'overdue' })) {
      const o = obligations.find((x) => x.id === id)!;
      await ports.store.appendEvent(incidentId, {
        type: 'clock.overdue',
        actor: system('check-clocks'),
        details: { obligationId: id, regime: o.regime, recipient: o.recipient, deadline: o.deadline, citation: o.citation },
      }, now);
    }
  }

  const record = async (reminder: ReminderClaim, sentTo: string, messageId: string | undefined, late = false) => {
    await ports.store.appendEvent(incidentId, {
      type: reminder.kind === 'overdue' ? 'clock.escalated' : 'clock.reminder',
      actor: system('check-clocks'),
      details: {
        reminderId: reminder.id,
        obligationId: reminder.obligationId,
        deadline: reminder.deadline,
        hoursLeft: reminder.hoursLeft,
        // To an internal target, not a legal deadline (see planClocks).
        ...(reminder.id.includes('#target-') && { target: true }),
        sentTo,
        messageId,
        ...(late && { recordedAfterStop: true }),
      },
    }, now);
    await ports.store.markReminder(incidentId, reminder.id, { status: 'recorded' });
  };

  // A claim older than a run can last: its run stopped (see REMINDER_CLAIM_EXPIRES_AFTER_MS).
  const expired = (held: StoredReminder) =>
    held.claimedWall !== undefined && wallNow.getTime() - Date.parse(held.claimedWall) >= REMINDER_CLAIM_EXPIRES_AFTER_MS;

  // A run that stopped after a reminder's mail and before its event: the event is recorded now, once.
  let timeline: Promise<TimelineEvent[]> | undefined;
  for (const held of reminders) {
    if (held.status !== 'sent' || !isClaim(held) || !expired(held)) continue;
    const events = await (timeline ??= ports.store.getTimeline(incidentId));
    if (events.some((e) => e.details.reminderId === held.id)) await ports.store.markReminder(incidentId, held.id, { status: 'recorded' });
    else await record(held, held.sentTo ?? 'organization-contact', held.messageId, true);
  }

  // What the duty waits for now, in words: a reminder says what to do, not only how long is left.
  let notices: Promise<Notice[]> | undefined;
  const nextStepOf = async (obligationId: string): Promise<string> => {
    const notice = (await (notices ??= ports.store.getNotices(incidentId))).find((n) => n.obligationId === obligationId);
    switch (notice?.status) {
      case 'ready-to-file':
        return `The notice is approved: file it through the authority's portal, then record the reference: POST /incidents/${incidentId}/decisions {"action":"record-submission","obligationId":"${obligationId}",...}`;
      case 'awaiting-approval':
        return `The draft awaits legal's decision: review, edit and approve it: GET /incidents/${incidentId}`;
      case 'rejected':
        return `The draft was rejected: redraft it (action "edit"), file it another way and record the submission, or waive the duty with a reason.`;
      case 'sent':
        return `The notice was sent, but the duty is still open (people without an address: record how they were told, e.g. a public communication).`;
      default:
        return `Review and decide: GET /incidents/${incidentId}`;
    }
  };

  // The wall instant to look again at a reminder another run holds, in case that run stopped before sending it.
  let recheckAt = Infinity;
  const byId = new Map(reminders.filter(isClaim).map((r) => [r.id, r]));
  for (const signal of plan.due) {
    const held = byId.get(signal.id);
    const claim: ReminderClaim = { id: signal.id, kind: signal.kind, obligationId: signal.obligationId, deadline: signal.deadline, hoursLeft: signal.hoursLeft };
    const claimed = held === undefined
      ? await ports.store.claimReminder(incidentId, claim, now, wallNow)
      : held.status === 'sending' && expired(held) && (await ports.store.retakeReminder(incidentId, signal.id, held.claimedWall as string, now, wallNow));
    if (!claimed) {
      // A claim that was not there when this run read them is a live run's, which looks again itself if it stops.
      if (held?.claimedWall !== undefined && held.status !== 'recorded') recheckAt = Math.min(recheckAt, Date.parse(held.claimedWall) + REMINDER_CLAIM_EXPIRES_AFTER_MS);
      continue;
    }
    const to = incident.report?.organization.contact?.email ?? ports.config.escalationAddress ?? incident.report?.reporter.email;
    const sentTo = to ? 'organization-contact' : 'nobody (no contact point in the report)';
    let messageId: string | undefined;
    try {
      messageId = to ? await ports.mailer.send({ to, ...reminderEmail(incident, signal, now, await nextStepOf(signal.obligationId)) }) : undefined;
    } catch (error) {
      // Given back, so that the step's retry sends it (else it is retaken once the claim expires).
      await ports.store.releaseReminder(incidentId, signal.id, wallNow.toISOString()).catch(() => undefined);
      throw error;
    }
    await ports.store.markReminder(incidentId, signal.id, { status: 'sent', sentTo, ...(messageId && { messageId }) });
    await record(claim, sentTo, messageId);
  }

  const cap = new Date(now.getTime() + MAX_SLEEP_HOURS * HOUR);
  const next = ports.clock.wallTime(plan.nextCheckAt && plan.nextCheckAt < cap ? plan.nextCheckAt : cap);
  const wakeAt = recheckAt < next.getTime() ? new Date(Math.max(recheckAt, wallNow.getTime())) : next;
  return { done: plan.done, wakeAt: wakeAt.toISOString() };
}

const isClaim = (reminder: StoredReminder): reminder is StoredReminder & ReminderClaim =>
  reminder.id !== undefined && reminder.kind !== undefined && reminder.obligationId !== undefined && reminder.deadline !== undefined && reminder.hoursLeft !== undefined;

/** The hours between now and the deadline as the mail is sent: a reminder sent late (at filing, after a restart) says what is left then. */
const hoursTo = (deadline: string, now: Date): number => (Date.parse(deadline) - now.getTime()) / HOUR;

function reminderEmail(incident: IncidentRecord, signal: ClockSignal, now: Date, nextStep: string) {
  const overdue = signal.kind === 'overdue';
  const left = hoursTo(signal.deadline, now);
  const leftText = left >= 1 ? `${Math.round(left)} h` : `${Math.max(0, Math.round(left * 60))} min`;
  const late = Math.floor(-left);
  const subject = signal.target
    ? overdue
      ? `[BreachClock] Internal target passed: ${signal.obligationId} for incident ${incident.id}`
      : `[BreachClock] ${leftText} to the internal target: ${signal.obligationId} for incident ${incident.id}`
    : overdue
      ? `[BreachClock] OVERDUE: ${signal.obligationId} for incident ${incident.id}`
      : `[BreachClock] ${leftText} left: ${signal.obligationId} for incident ${incident.id}`;
  const text = [
    `Incident: ${incident.id} (${incident.title})`,
    `Obligation: ${signal.obligationId}`,
    signal.target
      ? `Internal target: ${signal.deadline} (BreachClock policy from the runbook: the law says "without undue delay" and sets no deadline)`
      : `Deadline: ${signal.deadline}`,
    signal.target
      ? overdue
        ? `The internal target passed${late >= 1 ? ` ${late} h ago` : ''}: the duty is still open. Decide the notice, or record why it waits.`
        : `Time left to the internal target: ${leftText}.`
      : overdue
        ? `The deadline has passed${late >= 1 ? ` ${late} h ago` : ''}. A late notice must give the reasons for the delay (e.g. GDPR Art. 33(1)).`
        : `Time left: ${leftText}.`,
    `Status when this reminder was sent: ${incident.status} (drafting and approval may have moved on since).`,
    nextStep,
  ].join('\n');
  return { subject, text };
}
