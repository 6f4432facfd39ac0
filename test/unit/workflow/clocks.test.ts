import { describe, expect, it } from 'vitest';
import { planClocks } from '../../../lambdas/check-clocks/core.js';
import type { Obligation } from '../../../lambdas/shared/contract.js';

const HOUR = 3_600_000;
const discovered = Date.parse('2026-03-27T09:00:00Z');
const authority = (over: Partial<Obligation> = {}): Obligation => ({
  id: 'eu-gdpr-authority', regime: 'eu-gdpr', recipient: 'authority', required: true, reason: 'risk', citation: 'GDPR Art. 33(1)',
  startsFrom: 'awareness', deadline: new Date(discovered + 72 * HOUR).toISOString(), status: 'pending',
  remindBeforeHours: [48, 24, 6, 1], ...over,
});
const at = (h: number) => new Date(discovered + h * HOUR);

describe('regulator clocks', () => {
  it('sleeps until the first reminder (24 h after awareness)', () => {
    const plan = planClocks([authority()], at(0));
    expect(plan).toMatchObject({ due: [], becameOverdue: [], done: false });
    expect(plan.nextCheckAt).toEqual(at(24));
  });

  it('sends the reminder that is due, then sleeps until the next one', () => {
    const plan = planClocks([authority()], at(48));
    expect(plan.due.map((s) => s.id)).toEqual(['eu-gdpr-authority#reminder-24h']);
    expect(plan.nextCheckAt).toEqual(at(66));
  });

  it('after sleeping through several reminders sends only the most urgent', () => {
    const plan = planClocks([authority()], at(71.5));
    expect(plan.due.map((s) => s.id)).toEqual(['eu-gdpr-authority#reminder-1h']);
    expect(plan.nextCheckAt).toEqual(at(72));
  });

  it('marks the obligation overdue at the deadline and escalates daily after', () => {
    const plan = planClocks([authority()], at(72));
    expect(plan.becameOverdue).toEqual(['eu-gdpr-authority']);
    expect(plan.due.map((s) => s.id)).toEqual(['eu-gdpr-authority#overdue-0d']);
    expect(plan.nextCheckAt).toEqual(at(96));
    const later = planClocks([authority({ status: 'overdue' })], at(97));
    expect(later.becameOverdue).toEqual([]);
    expect(later.due.map((s) => s.id)).toEqual(['eu-gdpr-authority#overdue-1d']);
  });

  it('stops when nothing with a deadline is open', () => {
    for (const status of ['fulfilled', 'waived', 'not-required'] as const) {
      expect(planClocks([authority({ status })], at(10))).toMatchObject({ done: true, nextCheckAt: null, due: [] });
    }
    expect(planClocks([authority({ required: false, status: 'not-required' }), authority({ id: 'x', deadline: null, recipient: 'individuals' })], at(1)).done).toBe(true);
  });

  it('runs an internal target like a deadline, without ever making the duty overdue (black-box QA w3: an Art. 34 notice forgotten)', () => {
    const individuals = authority({ id: 'eu-gdpr-individuals', recipient: 'individuals', deadline: null, target: at(72).toISOString(), remindBeforeHours: [24] });
    expect(planClocks([individuals], at(1))).toMatchObject({ done: false, due: [], nextCheckAt: at(48) });
    expect(planClocks([individuals], at(48)).due).toEqual([expect.objectContaining({ id: 'eu-gdpr-individuals#target-reminder-24h', kind: 'reminder', target: true })]);
    const passed = planClocks([individuals], at(73));
    expect(passed.becameOverdue).toEqual([]);
    expect(passed.due).toEqual([expect.objectContaining({ id: 'eu-gdpr-individuals#target-overdue-0d', kind: 'overdue', target: true })]);
    expect(planClocks([{ ...individuals, status: 'fulfilled' }], at(73)).done).toBe(true);
  });
});
