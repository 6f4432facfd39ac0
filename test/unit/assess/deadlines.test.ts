import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, isBusinessDay } from '../../../lambdas/shared/deadlines.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const offsets = fc.integer({ min: -12 * 60, max: 14 * 60 }); // minutes east of UTC

/** The same instant written as an RFC 3339 local time with the given offset. */
function withOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('computeDeadline', () => {
  it('hours: the deadline is exactly value hours after the start', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 10_000 }), (start, value) => {
        expect(computeDeadline(start, { value, unit: 'hours' }).getTime() - start.getTime()).toBe(value * HOUR);
      }),
    );
  });

  it('hours: the offset the start was written in (and so any DST rule) does not matter', () => {
    fc.assert(
      fc.property(instants, offsets, offsets, fc.integer({ min: 1, max: 2_000 }), (instant, a, b, value) => {
        const fromA = computeDeadline(new Date(withOffset(instant, a)), { value, unit: 'hours' });
        const fromB = computeDeadline(new Date(withOffset(instant, b)), { value, unit: 'hours' });
        expect(fromA.toISOString()).toBe(fromB.toISOString());
      }),
    );
  });

  it('GDPR 72 hours across the EU spring DST change', () => {
    const deadline = computeDeadline(new Date('2026-03-27T10:00:00+01:00'), { value: 72, unit: 'hours' });
    expect(deadline.toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it('calendar days: whole UTC days later, same time of day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 400 }), (start, value) => {
        expect(computeDeadline(start, { value, unit: 'calendar-days' }).getTime() - start.getTime()).toBe(value * DAY);
      }),
    );
  });

  it('business days: lands on a weekday after exactly value weekdays, same time of day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 60 }), (start, value) => {
        const deadline = computeDeadline(start, { value, unit: 'business-days' });
        expect(isBusinessDay(deadline)).toBe(true);
        expect((deadline.getTime() - start.getTime()) % DAY).toBe(0);
        let counted = 0;
        for (let t = start.getTime() + DAY; t <= deadline.getTime(); t += DAY) if (isBusinessDay(new Date(t))) counted += 1;
        expect(counted).toBe(value);
      }),
    );
  });

  it('business days: Friday + 1 is Monday, and a holiday calendar is skipped', () => {
    const friday = new Date('2026-04-03T15:00:00Z');
    expect(computeDeadline(friday, { value: 1, unit: 'business-days' }).toISOString()).toBe('2026-04-06T15:00:00.000Z');
    const easterMonday = (day: string) => day === '2026-04-06';
    expect(computeDeadline(friday, { value: 1, unit: 'business-days' }, { isHoliday: easterMonday }).toISOString()).toBe('2026-04-07T15:00:00.000Z');
  });

  it('months: same day of month, or the last day of a shorter month', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 36 }), (start, value) => {
        const deadline = computeDeadline(start, { value, unit: 'months' });
        const months = (deadline.getUTCFullYear() - start.getUTCFullYear()) * 12 + deadline.getUTCMonth() - start.getUTCMonth();
        expect(months).toBe(value);
        expect(deadline.getUTCDate()).toBeLessThanOrEqual(start.getUTCDate());
        expect(deadline.toISOString().slice(11)).toBe(start.toISOString().slice(11));
      }),
    );
    expect(computeDeadline(new Date('2026-01-31T08:00:00Z'), { value: 1, unit: 'months' }).toISOString()).toBe('2026-02-28T08:00:00.000Z');
  });

  it('rejects fractional days and negative spans', () => {
    expect(() => computeDeadline(new Date(), { value: 1.5, unit: 'calendar-days' })).toThrow(RangeError);
    expect(() => computeDeadline(new Date(), { value: -1, unit: 'hours' })).toThrow(RangeError);
    expect(() => computeDeadline(new Date('nope'), { value: 1, unit: 'hours' })).toThrow(RangeError);
  });
});
