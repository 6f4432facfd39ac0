// Business-day calendars (runbooks/calendars) and time-zone-aware deadline arithmetic: known
// dates, then properties (fast-check) that must hold for every start instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  formatInZone,
  fromLocal,
  isLocalBusinessDay,
  localDate,
  toLocal,
  type DeadlineOptions,
} from '../../../lambdas/shared/deadlines.js';
import { easterSunday, holidaysIn, loadCalendars } from '../../../lambdas/shared/holidays.js';
import { DEFAULT_RUNBOOKS_DIR } from '../../../lambdas/shared/runbooks.js';

const calendars = loadCalendars(DEFAULT_RUNBOOKS_DIR);
const br = calendars.br!;
const us = calendars['us-federal']!;
const optionsOf = (c: typeof br): DeadlineOptions => ({ timeZone: c.timeZone, weekend: c.weekendDays, isHoliday: c.isHoliday });
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });

describe('holiday rules', () => {
  it('Easter Sunday (Gregorian computus)', () => {
    expect([2024, 2025, 2026, 2027, 2038, 2285].map((y) => easterSunday(y))).toEqual([
      { year: 2024, month: 3, day: 31 },
      { year: 2025, month: 4, day: 20 },
      { year: 2026, month: 4, day: 5 },
      { year: 2027, month: 3, day: 28 },
      { year: 2038, month: 4, day: 25 },
      { year: 2285, month: 3, day: 22 },
    ]);
  });

  it('Brazil 2026: the national holidays, Good Friday from Easter, Consciência Negra (from 2024); Carnival is a working day', () => {
    expect([...holidaysIn(br, 2026).keys()].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-21', '2026-05-01', '2026-09-07', '2026-10-12', '2026-11-02', '2026-11-15', '2026-11-20', '2026-12-25',
    ]);
    expect(br.isHoliday('2023-11-20')).toBe(false);
    expect(br.isHoliday('2026-02-17')).toBe(false); // Carnival Tuesday: ponto facultativo, counted
  });

  it('US federal 2026, with holidays on a weekend observed on the Friday before or the Monday after', () => {
    expect([...holidaysIn(us, 2026).entries()].sort()).toEqual([
      ['2026-01-01', "New Year's Day"],
      ['2026-01-19', 'Birthday of Martin Luther King, Jr.'],
      ['2026-02-16', "Washington's Birthday"],
      ['2026-05-25', 'Memorial Day'],
      ['2026-06-19', 'Juneteenth National Independence Day'],
      ['2026-07-03', 'Independence Day'], // 4 July 2026 is a Saturday
      ['2026-09-07', 'Labor Day'],
      ['2026-10-12', 'Columbus Day'],
      ['2026-11-11', 'Veterans Day'],
      ['2026-11-26', 'Thanksgiving Day'],
      ['2026-12-25', 'Christmas Day'],
    ]);
    expect(us.holidayOn('2021-12-31')).toBe("New Year's Day"); // 1 January 2022 was a Saturday
    expect(us.isHoliday('2027-07-05')).toBe(true); // 4 July 2027 is a Sunday
    expect(us.isHoliday('2020-06-19')).toBe(false); // Juneteenth from 2021
  });
});

describe('deadlines on a business-day calendar', () => {
  it('LGPD: 3 business days from Thursday 19 Nov 2026 skip the holiday on Friday and the weekend', () => {
    const deadline = computeDeadline(new Date('2026-11-19T10:00:00-03:00'), { value: 3, unit: 'business-days' }, optionsOf(br));
    expect(deadline.toISOString()).toBe('2026-11-25T13:00:00.000Z');
    expect(formatInZone(deadline, br.timeZone)).toBe('2026-11-25T10:00:00-03:00');
  });

  it('SEC: 4 business days from Thursday 2 July 2026 skip the observed Independence Day and the weekend', () => {
    const deadline = computeDeadline(new Date('2026-07-02T14:00:00-04:00'), { value: 4, unit: 'business-days' }, optionsOf(us));
    expect(deadline.toISOString()).toBe('2026-07-09T18:00:00.000Z');
  });

  it('SEC: 4 business days across the end of US summer time keep the Eastern time of day', () => {
    // Thursday 29 Oct 2026 10:00 EDT; clocks go back on Sunday 1 Nov; Wednesday 4 Nov 10:00 EST.
    const deadline = computeDeadline(new Date('2026-10-29T10:00:00-04:00'), { value: 4, unit: 'business-days' }, optionsOf(us));
    expect(deadline.toISOString()).toBe('2026-11-04T15:00:00.000Z');
  });

  it('business days are counted on the calendar of the jurisdiction, not in UTC', () => {
    // Friday 23:30 in São Paulo is already Saturday in UTC: one business day later is Monday.
    const deadline = computeDeadline(new Date('2026-03-06T23:30:00-03:00'), { value: 1, unit: 'business-days' }, optionsOf(br));
    expect(formatInZone(deadline, br.timeZone)).toBe('2026-03-09T23:30:00-03:00');
  });

  it('property: N business days land on a business day, at the same local time, after exactly N business days', () => {
    for (const calendar of [br, us]) {
      fc.assert(
        fc.property(instants, fc.integer({ min: 1, max: 40 }), (start, value) => {
          const options = optionsOf(calendar);
          const deadline = computeDeadline(start, { value, unit: 'business-days' }, options);
          expect(isLocalBusinessDay(deadline, options)).toBe(true);
          const a = toLocal(start.getTime(), calendar.timeZone);
          const b = toLocal(deadline.getTime(), calendar.timeZone);
          // The same wall time, unless it does not exist that day (a DST gap moves it forward).
          if (fromLocal({ ...b, hour: a.hour, minute: a.minute, second: a.second }, calendar.timeZone) === deadline.getTime()) {
            expect([b.hour, b.minute, b.second]).toEqual([a.hour, a.minute, a.second]);
          }
          let counted = 0;
          for (let day = localDate(start, calendar.timeZone), t = start.getTime(); day < localDate(deadline, calendar.timeZone); ) {
            t += DAY;
            day = localDate(new Date(t), calendar.timeZone);
            if (isLocalBusinessDay(new Date(t), options)) counted += 1;
          }
          expect(counted).toBe(value);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('time zones and daylight saving', () => {
  const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Sydney', 'Asia/Kolkata', 'UTC');

  it('calendar days keep the local wall time across a DST change (HIPAA 60 days in New York)', () => {
    const deadline = computeDeadline(new Date('2026-03-01T10:00:00-05:00'), { value: 60, unit: 'calendar-days' }, { timeZone: 'America/New_York' });
    expect(formatInZone(deadline, 'America/New_York')).toBe('2026-04-30T10:00:00-04:00');
    expect(deadline.getTime() - Date.parse('2026-03-01T10:00:00-05:00')).toBe(60 * DAY - HOUR);
  });

  it('hours are elapsed time whatever the zone: 72 h across the EU change is 72 h', () => {
    fc.assert(
      fc.property(instants, zones, fc.integer({ min: 1, max: 2000 }), (start, timeZone, value) => {
        expect(computeDeadline(start, { value, unit: 'hours' }, { timeZone }).getTime() - start.getTime()).toBe(value * HOUR);
      }),
    );
  });

  it('a wall time skipped by DST moves forward; a repeated one resolves to the earlier instant', () => {
    const wall = (hour: number, day: number, month: number) => ({ year: 2026, month, day, hour, minute: 30, second: 0, millisecond: 0 });
    expect(new Date(fromLocal(wall(2, 29, 3), 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(new Date(fromLocal(wall(2, 25, 10), 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST, not CET
  });

  it('property: local time round-trips to the same instant (or the earlier of a repeated hour)', () => {
    fc.assert(
      fc.property(instants, zones, (instant, timeZone) => {
        const back = fromLocal(toLocal(instant.getTime(), timeZone), timeZone);
        expect(back).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime() - back).toBeLessThanOrEqual(HOUR);
        expect(toLocal(back, timeZone)).toEqual(toLocal(instant.getTime(), timeZone));
      }),
    );
  });

  it('property: months keep the local time and the day of month (or the last day of a shorter month)', () => {
    fc.assert(
      fc.property(instants, zones, fc.integer({ min: 1, max: 24 }), (start, timeZone, value) => {
        const a = toLocal(start.getTime(), timeZone);
        const b = toLocal(computeDeadline(start, { value, unit: 'months' }, { timeZone }).getTime(), timeZone);
        expect((b.year - a.year) * 12 + b.month - a.month).toBe(value);
        expect(b.day).toBeLessThanOrEqual(a.day);
      }),
    );
  });

  it('property: calendar days are N local days later, and never shorter than N × 24 h minus an hour', () => {
    fc.assert(
      fc.property(instants, zones, fc.integer({ min: 1, max: 400 }), (start, timeZone, value) => {
        const deadline = computeDeadline(start, { value, unit: 'calendar-days' }, { timeZone });
        const elapsed = deadline.getTime() - start.getTime();
        expect(Math.abs(elapsed - value * DAY)).toBeLessThanOrEqual(HOUR);
      }),
    );
  });
});
