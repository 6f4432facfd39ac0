// The regulator clocks, as a pure plan: given the obligations and the time, which reminders and
// escalations are due, which obligations just went overdue, and when to look again.
import type { Obligation } from '../shared/contract.js';

const HOUR = 3_600_000;
/** After a deadline is missed, escalate again every day until it is fulfilled or waived. */
export const OVERDUE_ESCALATION_EVERY_HOURS = 24;
/** Wake at least weekly, whatever the next reminder: long waits are cut into steps. */
export const MAX_SLEEP_HOURS = 24 * 7;

export interface ClockSignal {
  /** Stable id: a signal is sent once, whoever checks. */
  id: string;
  obligationId: string;
  kind: 'reminder' | 'overdue';
  deadline: string;
  /** The clock runs to an internal target, not a legal deadline (see Obligation.target): passing it is no breach of the law. */
  target?: true;
  /** Hours left at the scheduled time (negative once overdue). */
  hoursLeft: number;
}

export interface ClockPlan {
  due: ClockSignal[];
  becameOverdue: string[];
  /** The next instant a signal falls due; null when nothing is running. */
  nextCheckAt: Date | null;
  done: boolean;
}

const RUNNING = new Set(['pending', 'awaiting-approval', 'overdue']);

/** The instant an obligation's clock runs to: its legal deadline, else its internal target. */
const clockEnd = (o: Obligation): string | undefined => o.deadline ?? o.target;

export const isClockRunning = (o: Obligation) => o.required && clockEnd(o) !== undefined && RUNNING.has(o.status);

/** Every signal of an obligation scheduled at or before `until`. */
function signalsUntil(o: Obligation, until: number): { at: number; signal: ClockSignal }[] {
  const end = clockEnd(o)!;
  const deadline = Date.parse(end);
  // A target's signals have ids of their own: a legal deadline set later (a start event recorded) is reminded afresh.
  const target = o.deadline === null;
  const signal = (name: string, kind: ClockSignal['kind'], hoursLeft: number): ClockSignal =>
    ({ id: `${o.id}#${target ? 'target-' : ''}${name}`, obligationId: o.id, kind, deadline: end, hoursLeft, ...(target && { target: true as const }) });
  const out: { at: number; signal: ClockSignal }[] = [];
  for (const h of o.remindBeforeHours ?? []) out.push({ at: deadline - h * HOUR, signal: signal(`reminder-${h}h`, 'reminder', h) });
  for (let n = 0, at = deadline; at <= until; n++, at = deadline + n * OVERDUE_ESCALATION_EVERY_HOURS * HOUR) {
    out.push({ at, signal: signal(`overdue-${n}d`, 'overdue', -n * OVERDUE_ESCALATION_EVERY_HOURS) });
  }
  return out;
}

export function planClocks(obligations: readonly Obligation[], now: Date): ClockPlan {
  const t = now.getTime();
  const running = obligations.filter(isClockRunning);
  const due: ClockSignal[] = [];
  const becameOverdue: string[] = [];
  let next = Infinity;
  for (const o of running) {
    const deadline = Date.parse(clockEnd(o)!);
    // Only the latest signal of each kind that is due is sent: a clock that slept through
    // several reminders (e.g. a restart) sends the most urgent one, not a burst.
    const signals = signalsUntil(o, t + MAX_SLEEP_HOURS * HOUR + OVERDUE_ESCALATION_EVERY_HOURS * HOUR);
    const past = signals.filter((s) => s.at <= t).sort((a, b) => a.at - b.at);
    const latest = past.at(-1);
    if (latest) due.push(latest.signal);
    // Only a legal deadline makes a duty overdue; a missed internal target is escalated, not a breach of the law.
    if (o.deadline !== null && t >= deadline && o.status !== 'overdue') becameOverdue.push(o.id);
    const upcoming = signals.filter((s) => s.at > t).map((s) => s.at);
    next = Math.min(next, ...upcoming);
  }
  return {
    due,
    becameOverdue,
    nextCheckAt: Number.isFinite(next) ? new Date(next) : null,
    done: running.length === 0,
  };
}
