// The workflow's clock step: send the reminders and escalations that are due (once each), mark
// missed deadlines overdue, and say when to wake next (in wall time, for the Wait state).
import type { Clock } from '../shared/clock.js';
import type { Config } from '../shared/config.js';
import type { Mailer } from '../shared/mailer.js';
import type { IncidentRecord, IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import { MAX_SLEEP_HOURS, planClocks, type ClockSignal } from './core.js';

export interface ClockPorts {
  config: Pick<Config, 'escalationAddress'>;
  store: IncidentStore;
  clock: Clock;
  mailer: Pick<Mailer, 'send'>;
}

const HOUR = 3_600_000;

export async function checkClocks(incidentId: string, ports: ClockPorts): Promise<{ done: boolean; wakeAt: string }> {
  const now = ports.clock.now();
  const [incident, obligations] = await Promise.all([
    ports.store.requireIncident(incidentId),
    ports.store.getObligations(incidentId),
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
  for (const signal of plan.due) {
    if (!(await ports.store.claimReminder(incidentId, signal.id, now))) continue;
    const to = incident.report?.organization.contact?.email ?? ports.config.escalationAddress ?? incident.report?.reporter.email;
    const messageId = to ? await ports.mailer.send({ to, ...reminderEmail(incident, signal) }) : undefined;
    await ports.store.appendEvent(incidentId, {
      type: signal.kind === 'overdue' ? 'clock.escalated' : 'clock.reminder',
      actor: system('check-clocks'),
      details: {
        obligationId: signal.obligationId,
        deadline: signal.deadline,
        hoursLeft: signal.hoursLeft,
        sentTo: to ? 'organization-contact' : 'nobody (no contact point in the report)',
        messageId,
      },
    }, now);
  }

  const cap = new Date(now.getTime() + MAX_SLEEP_HOURS * HOUR);
  const next = plan.nextCheckAt && plan.nextCheckAt < cap ? plan.nextCheckAt : cap;
  return { done: plan.done, wakeAt: ports.clock.wallTime(next).toISOString() };
}

function reminderEmail(incident: IncidentRecord, signal: ClockSignal) {
  const overdue = signal.kind === 'overdue';
  const subject = overdue
    ? `[BreachClock] OVERDUE: ${signal.obligationId} for incident ${incident.id}`
    : `[BreachClock] ${signal.hoursLeft} h left: ${signal.obligationId} for incident ${incident.id}`;
  const text = [
    `Incident: ${incident.id} (${incident.title})`,
    `Obligation: ${signal.obligationId}`,
    `Deadline: ${signal.deadline}`,
    overdue
      ? `The deadline has passed${signal.hoursLeft < 0 ? ` ${-signal.hoursLeft} h ago` : ''}. A late notice must give the reasons for the delay (e.g. GDPR Art. 33(1)).`
      : `Time left: ${signal.hoursLeft} hours.`,
    `Status when this reminder was sent: ${incident.status} (drafting and approval may have moved on since).`,
    `Review and decide: GET /incidents/${incident.id}`,
  ].join('\n');
  return { subject, text };
}
