// Deadline arithmetic for regulator clocks. Every computation is in UTC: an hour-based deadline
// (GDPR's 72 hours) is a fixed span of elapsed time, so a daylight-saving change in the
// organisation's time zone must not move it. Day-based units count UTC calendar days for now;
// jurisdictions whose laws count local calendar days or local business days get a time zone and
// a holiday calendar through DeadlineOptions when their runbooks arrive.

export const DEADLINE_UNITS = ['hours', 'calendar-days', 'business-days', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export interface DeadlineSpan {
  value: number;
  unit: DeadlineUnit;
}

export interface DeadlineOptions {
  /**
   * Public holidays to skip when counting business days, asked per UTC date ("YYYY-MM-DD").
   * Saturdays and Sundays are always skipped. Default: no holidays (a calendar per jurisdiction
   * comes with the regimes that count business days, e.g. SEC 8-K, Brazil).
   */
  isHoliday?: (utcDate: string) => boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The instant a span ends, counted from `start`. */
export function computeDeadline(start: Date, span: DeadlineSpan, options: DeadlineOptions = {}): Date {
  const startMs = start.getTime();
  if (!Number.isFinite(startMs)) throw new RangeError('Deadline start is not a valid date');
  if (!Number.isFinite(span.value) || span.value < 0) {
    throw new RangeError(`Deadline value must be a finite number >= 0, got ${span.value}`);
  }
  switch (span.unit) {
    case 'hours':
      return new Date(startMs + span.value * HOUR_MS);
    case 'calendar-days':
      return new Date(startMs + wholeNumber(span) * DAY_MS);
    case 'business-days':
      return addBusinessDays(startMs, wholeNumber(span), options.isHoliday ?? (() => false));
    case 'months':
      return addMonths(start, wholeNumber(span));
  }
}

function wholeNumber(span: DeadlineSpan): number {
  if (!Number.isInteger(span.value)) {
    throw new RangeError(`A deadline in ${span.unit} must be a whole number, got ${span.value}`);
  }
  return span.value;
}

/** Same time of day, N business days later: each step forward lands on a day that counts. */
function addBusinessDays(startMs: number, days: number, isHoliday: (utcDate: string) => boolean): Date {
  let instant = startMs;
  let counted = 0;
  while (counted < days) {
    instant += DAY_MS;
    if (isBusinessDay(new Date(instant), isHoliday)) counted += 1;
  }
  return new Date(instant);
}

export function isBusinessDay(day: Date, isHoliday: (utcDate: string) => boolean = () => false): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !isHoliday(day.toISOString().slice(0, 10));
}

/** Same day of the month, N months later; a day the target month lacks becomes its last day. */
function addMonths(start: Date, months: number): Date {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(start.getUTCDate(), lastDayOfTarget),
      start.getUTCHours(),
      start.getUTCMinutes(),
      start.getUTCSeconds(),
      start.getUTCMilliseconds(),
    ),
  );
}
