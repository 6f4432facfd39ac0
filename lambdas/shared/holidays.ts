// Business-day calendars: the weekend and the public holidays of a jurisdiction, as reviewed data
// (runbooks/calendars/*.yaml), and the rules that turn them into dates for any year: fixed dates
// (with the US federal "observed" shift), dates relative to Easter Sunday, and the n-th or last
// weekday of a month. A runbook deadline in business days names its calendar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { formatCivilDate, isValidTimeZone, weekdayOf, type CivilDate } from './deadlines.js';
import { ValidationError, type FieldIssue } from './errors.js';

const sourced = {
  citation: z.string().trim().min(1),
  confidence: z.enum(['primary', 'secondary', 'unverified']),
  basis: z.enum(['source', 'our-policy']).default('source'),
  note: z.string().optional(),
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const Weekday = z.enum(WEEKDAYS);
const Month = z.int().min(1).max(12);
const TimeZone = z.string().refine(isValidTimeZone, { message: 'an IANA time zone, e.g. "America/Sao_Paulo"' });

const common = {
  name: z.string().min(1),
  /** First and last year the holiday exists (inclusive). */
  from: z.int().optional(),
  until: z.int().optional(),
  ...sourced,
};

const HolidayRule = z.discriminatedUnion('rule', [
  z.strictObject({
    rule: z.literal('fixed'),
    month: Month,
    day: z.int().min(1).max(31),
    /** us-federal: a Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
    observed: z.enum(['as-is', 'us-federal']).default('as-is'),
    ...common,
  }),
  /** Days from Easter Sunday (Gregorian computus): -2 is Good Friday, +1 Easter Monday, +60 Corpus Christi. */
  z.strictObject({ rule: z.literal('easter'), offset: z.int().min(-60).max(70), ...common }),
  z.strictObject({ rule: z.literal('nth-weekday'), month: Month, weekday: Weekday, nth: z.int().min(1).max(5), ...common }),
  z.strictObject({ rule: z.literal('last-weekday'), month: Month, weekday: Weekday, ...common }),
]);
type HolidayRule = z.infer<typeof HolidayRule>;

export const CalendarFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The calendar's days are counted in this zone (e.g. Brasília time for the ANPD). */
  timeZone: TimeZone,
  weekend: z.array(Weekday).min(1),
  holidays: z.array(HolidayRule),
  /** Days people may take for a holiday that this calendar deliberately does NOT skip, and why. */
  notSkipped: z.array(z.strictObject({ name: z.string().min(1), text: z.string().min(1), ...sourced })).default([]),
  ...sourced,
});
export type CalendarFile = z.infer<typeof CalendarFile>;

export interface BusinessCalendar extends CalendarFile {
  /** Weekend days as numbers, 0 = Sunday. */
  weekendDays: number[];
  /** The holiday on a local date ("YYYY-MM-DD"), if any. */
  holidayOn(date: string): string | undefined;
  isHoliday(date: string): boolean;
}

export const CALENDARS_DIR = 'calendars';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function shift(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The date a rule gives in a year, or undefined when the holiday did not exist that year. */
export function holidayDate(rule: HolidayRule, year: number): CivilDate | undefined {
  if ((rule.from !== undefined && year < rule.from) || (rule.until !== undefined && year > rule.until)) return undefined;
  switch (rule.rule) {
    case 'fixed': {
      const date = { year, month: rule.month, day: rule.day };
      if (rule.observed === 'us-federal') {
        const weekday = weekdayOf(date);
        if (weekday === 6) return shift(date, -1);
        if (weekday === 0) return shift(date, 1);
      }
      return date;
    }
    case 'easter':
      return shift(easterSunday(year), rule.offset);
    case 'nth-weekday': {
      const target = WEEKDAYS.indexOf(rule.weekday);
      const first = { year, month: rule.month, day: 1 };
      const day = 1 + ((target - weekdayOf(first) + 7) % 7) + (rule.nth - 1) * 7;
      return day > new Date(Date.UTC(year, rule.month, 0)).getUTCDate() ? undefined : { year, month: rule.month, day };
    }
    case 'last-weekday': {
      const target = WEEKDAYS.indexOf(rule.weekday);
      const lastDay = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
      const last = { year, month: rule.month, day: lastDay };
      return { year, month: rule.month, day: lastDay - ((weekdayOf(last) - target + 7) % 7) };
    }
  }
}

/** Every holiday falling in a year (an observed date may come from the next year's rule). */
export function holidaysIn(calendar: Pick<CalendarFile, 'holidays'>, year: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const y of [year - 1, year, year + 1]) {
    for (const rule of calendar.holidays) {
      const date = holidayDate(rule, y);
      if (date && date.year === year) {
        const key = formatCivilDate(date);
        out.set(key, out.has(key) ? `${out.get(key)}; ${rule.name}` : rule.name);
      }
    }
  }
  return out;
}

export function businessCalendar(file: CalendarFile): BusinessCalendar {
  const byYear = new Map<number, Map<string, string>>();
  const holidayOn = (date: string): string | undefined => {
    const year = Number(date.slice(0, 4));
    let holidays = byYear.get(year);
    if (!holidays) byYear.set(year, (holidays = holidaysIn(file, year)));
    return holidays.get(date);
  };
  return {
    ...file,
    weekendDays: file.weekend.map((d) => WEEKDAYS.indexOf(d)),
    holidayOn,
    isHoliday: (date) => holidayOn(date) !== undefined,
  };
}

/** Every calendar in `<runbooks>/calendars/`, validated, by id. */
export function loadCalendars(runbooksDir: string): Record<string, BusinessCalendar> {
  const dir = join(runbooksDir, CALENDARS_DIR);
  if (!existsSync(dir)) return {};
  const calendars: Record<string, BusinessCalendar> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const calendar = validate(CalendarFile, readYaml(dir, file), `${CALENDARS_DIR}/${file}`);
    if (calendars[calendar.id]) throw invalid(`${CALENDARS_DIR}/${file}`, [{ field: 'id', message: `calendar ${calendar.id} is defined twice` }]);
    calendars[calendar.id] = businessCalendar(calendar);
  }
  return calendars;
}

function readYaml(dir: string, file: string): unknown {
  try {
    return parseYaml(readFileSync(join(dir, file), 'utf8'));
  } catch (cause) {
    throw invalid(`${CALENDARS_DIR}/${file}`, [{ field: '(yaml)', message: (cause as Error).message }]);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(file, result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(root)', message: i.message })));
}

function invalid(file: string, issues: FieldIssue[]): ValidationError {
  return new ValidationError(`Invalid calendar file ${file}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues);
}
