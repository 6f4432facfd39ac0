// Deadline arithmetic for regulator clocks. Instants are UTC; what a day is depends on where it
// is counted:
// - hours are elapsed time: GDPR's 72 hours are 72 × 3,600 s whatever the clocks on the wall do,
//   so a daylight-saving change in the organisation's time zone never moves them;
// - calendar days, business days and months are counted on the local calendar of a time zone
//   (the jurisdiction's, or the organisation's) and end at the same local wall-clock time as the
//   start, so "60 days" across a DST change ends at 10:00 local, not 09:00 or 11:00;
// - business days skip the weekend and the public holidays of the jurisdiction's calendar.
// No date library: the offsets come from the platform's time-zone database (Intl).

export const DEADLINE_UNITS = ['hours', 'calendar-days', 'business-days', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export interface DeadlineSpan {
  value: number;
  unit: DeadlineUnit;
}

export interface DeadlineOptions {
  /**
   * Public holidays to skip when counting business days, asked per local date ("YYYY-MM-DD") in
   * `timeZone`. Default: none.
   */
  isHoliday?: (localDate: string) => boolean;
  /** IANA time zone whose calendar counts the days. Default: UTC. */
  timeZone?: string;
  /** Days of the week that are not business days (0 = Sunday ... 6 = Saturday). Default: [6, 0]. */
  weekend?: readonly number[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DEFAULT_WEEKEND: readonly number[] = [6, 0];

/** The instant a span ends, counted from `start`. */
export function computeDeadline(start: Date, span: DeadlineSpan, options: DeadlineOptions = {}): Date {
  const startMs = start.getTime();
  if (!Number.isFinite(startMs)) throw new RangeError('Deadline start is not a valid date');
  if (!Number.isFinite(span.value) || span.value < 0) {
    throw new RangeError(`Deadline value must be a finite number >= 0, got ${span.value}`);
  }
  if (span.unit === 'hours') return new Date(startMs + span.value * HOUR_MS);

  const zone = options.timeZone ?? 'UTC';
  const local = toLocal(startMs, zone);
  const days = wholeNumber(span);
  let date: CivilDate;
  switch (span.unit) {
    case 'calendar-days':
      date = addDays(local, days);
      break;
    case 'business-days':
      date = addBusinessDays(local, days, options.isHoliday ?? (() => false), options.weekend ?? DEFAULT_WEEKEND);
      break;
    case 'months':
      date = addMonths(local, days);
      break;
  }
  return new Date(fromLocal({ ...local, ...date }, zone));
}

function wholeNumber(span: DeadlineSpan): number {
  if (!Number.isInteger(span.value)) {
    throw new RangeError(`A deadline in ${span.unit} must be a whole number, got ${span.value}`);
  }
  return span.value;
}

/** Is this UTC calendar day a business day (weekend and `isHoliday` excluded)? */
export function isBusinessDay(day: Date, isHoliday: (date: string) => boolean = () => false): boolean {
  return isBusinessDate(civilOf(day.toISOString().slice(0, 10)), isHoliday, DEFAULT_WEEKEND);
}

/** Is the local date of `instant` in `options.timeZone` a business day? */
export function isLocalBusinessDay(instant: Date, options: DeadlineOptions = {}): boolean {
  const local = toLocal(instant.getTime(), options.timeZone ?? 'UTC');
  return isBusinessDate(local, options.isHoliday ?? (() => false), options.weekend ?? DEFAULT_WEEKEND);
}

// ---------------------------------------------------------------------------------------------
// Civil (local) dates and times

export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface CivilDateTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function formatCivilDate(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

function civilOf(isoDate: string): CivilDate {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Day of the week of a civil date, 0 = Sunday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** N business days later: each step forward lands on a day that counts. */
function addBusinessDays(
  date: CivilDate,
  days: number,
  isHoliday: (date: string) => boolean,
  weekend: readonly number[],
): CivilDate {
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addDays(current, 1);
    if (isBusinessDate(current, isHoliday, weekend)) counted += 1;
  }
  return current;
}

function isBusinessDate(date: CivilDate, isHoliday: (date: string) => boolean, weekend: readonly number[]): boolean {
  return !weekend.includes(weekdayOf(date)) && !isHoliday(formatCivilDate(date));
}

/** Same day of the month, N months later; a day the target month lacks becomes its last day. */
function addMonths(date: CivilDate, months: number): CivilDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

// ---------------------------------------------------------------------------------------------
// Time zones (Intl)

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local date and time of an instant in a time zone. */
export function toLocal(instantMs: number, timeZone: string): CivilDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal' && part.type !== 'era') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: ((instantMs % 1000) + 1000) % 1000,
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). */
export function offsetAt(instantMs: number, timeZone: string): number {
  const local = toLocal(instantMs, timeZone);
  return wallAsUtc(local) - instantMs;
}

function wallAsUtc(local: CivilDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
}

/**
 * The instant a local wall-clock time names in a zone. A time that occurs twice (the hour
 * repeated when DST ends) resolves to the earlier instant, the conservative one for a deadline;
 * a time that does not exist (skipped when DST starts) moves forward by the gap, as the wall
 * clock does. (The same rules as Temporal's "compatible" disambiguation.)
 */
export function fromLocal(local: CivilDateTime, timeZone: string): number {
  const wall = wallAsUtc(local);
  const offsets = [...new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone), offsetAt(wall, timeZone)])];
  const valid = offsets.map((o) => wall - o).filter((t) => offsetAt(t, timeZone) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: read the wall time with the offset before the change.
  return wall - offsetAt(wall - DAY_MS, timeZone);
}

/** RFC 3339 with the zone's offset at that instant, e.g. 2026-03-30T11:00:00+02:00. */
export function formatInZone(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const local = toLocal(ms, timeZone);
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 && timeZone === 'UTC' ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatCivilDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}${offset}`;
}

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  return formatCivilDate(toLocal(instant.getTime(), timeZone));
}

/** The first instant of the calendar year after the one `instant` falls in, in `timeZone`. */
export function startOfNextYear(instant: Date, timeZone: string): Date {
  const { year } = toLocal(instant.getTime(), timeZone);
  return new Date(fromLocal({ year: year + 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
