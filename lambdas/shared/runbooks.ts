// The regulatory rules are data that legal reviews (runbooks/*.yaml). This module is their
// schema, their loader, and the small condition language the rules are written in, so that a
// new regime is a new YAML file, not new code.
//
// Every rule carries `citation` (the law or guideline it rests on) and `confidence`:
//   primary     the cited text itself was read (the official text or a verbatim reproduction);
//   secondary   known only from material that quotes or summarises it, or from an authority's
//               web page without the underlying statute; check before relying on it;
//   unverified  not backed by a source in our research (background knowledge, or a policy
//               choice no source settles); legal must confirm.
// `basis: our-policy` marks a decision that is ours (a mapping, a threshold, an internal target),
// informed by the citation but not stated in it. The default is `basis: source`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  Category,
  Recipient,
  RegimeId,
  RiskToIndividuals,
  START_EVENTS as CONTRACT_START_EVENTS,
  type Classification,
  type StoredReport,
} from './contract.js';
import { DEADLINE_UNITS } from './deadlines.js';
import { ValidationError, type FieldIssue } from './errors.js';
import { loadCalendars, type BusinessCalendar } from './holidays.js';

// ---------------------------------------------------------------------------------------------
// Provenance, shared by every rule

export const CONFIDENCES = ['primary', 'secondary', 'unverified'] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

const sourced = {
  citation: z.string().trim().min(1),
  confidence: Confidence,
  basis: z.enum(['source', 'our-policy']).default('source'),
  note: z.string().optional(),
};

/** A documented statement that drives nothing by itself (what we chose not to model, and why). */
const SourcedNote = z.strictObject({ id: z.string().min(1), text: z.string().min(1), ...sourced });

// ---------------------------------------------------------------------------------------------
// Facts and conditions: what a rule may ask about an incident

/** The facts a condition can test, derived from the stored report, the classification and
 *  (for obligations) the risk assessment. A typo in a runbook is a load error, not a silent miss. */
export const FACT_NAMES = [
  'organization.country', 'organization.role', 'organization.sectors', 'organization.smallEnterprise',
  'breach.types', 'breach.cause', 'breach.malicious', 'breach.exfiltration', 'breach.encryption',
  'breach.keyCompromised', 'breach.backupAvailable', 'breach.recipientTrusted', 'breach.publiclyExposed',
  'breach.ongoing',
  'affected.subjectCount', 'affected.subjectTypes', 'affected.jurisdictions', 'affected.countries',
  // Countries some of whose affected people are placed in none of its subdivisions while others are ("US": Americans
  // without a state next to Californians): those may live in any of them.
  'affected.unplaced',
  'data.categories',
  // The report's records source could not be read: its categories are unknown, not absent.
  'data.unread',
  'assessment.severity', 'assessment.risk',
  // The start events recorded so far (awareness and discovery always: the report's discoveredAt).
  'events.recorded',
  // This regime's own risk test outcome (the runbook's riskTest), for its obligations' decisions.
  'regime.risk',
  // The country whose authority is looked up: the main establishment, or, for an obligation
  // repeated per member state (fanOut), that state.
  'authority.country',
] as const;
export const FactName = z.enum(FACT_NAMES);
export type FactName = z.infer<typeof FactName>;

type Scalar = string | number | boolean;
type FactValue = Scalar | readonly Scalar[] | undefined;
export type IncidentFacts = Partial<Record<FactName, FactValue>> & {
  /** People per jurisdiction where known (declared in the report, or counted by classification). */
  residentCounts?: Readonly<Record<string, number>>;
};

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const OPERATORS = ['is', 'in', 'inSet', 'prefix', 'gte', 'gt', 'lte', 'lt', 'present'] as const;

/**
 * One test on one fact. Exactly one operator:
 * - `is: v`     scalar fact equals v; list fact contains v
 * - `in: [..]`  scalar fact is one of them; list fact shares one with them
 * - `inSet: s`  like `in`, with the runbook's named set s (e.g. the EEA countries)
 * - `prefix: p` a value starts with p (e.g. "US-": a US state is named)
 * - `gte|gt|lte|lt: n`  numeric comparisons
 * - `present: b` the fact is known (a list: non-empty)
 * An unknown fact matches nothing but `present: false`: unknown is never read as reassuring.
 */
const FactTest = z
  .strictObject({
    fact: FactName,
    is: Scalar.optional(),
    in: z.array(Scalar).min(1).optional(),
    inSet: z.string().min(1).optional(),
    prefix: z.string().min(1).optional(),
    gte: z.number().optional(),
    gt: z.number().optional(),
    lte: z.number().optional(),
    lt: z.number().optional(),
    present: z.boolean().optional(),
  })
  .refine((test) => OPERATORS.filter((op) => test[op] !== undefined).length === 1, {
    message: `give exactly one of: ${OPERATORS.join(', ')}`,
  });
type FactTest = z.infer<typeof FactTest>;

const COUNT_OPERATORS = ['gte', 'gt', 'lte', 'lt'] as const;

/**
 * The number of affected people residing in some jurisdictions, compared with a threshold, e.g.
 * "more than 500 California residents": `{ residents: { in: [US-CA] }, gt: 500 }`.
 * - `residents.in` / `residents.inSet`: the jurisdictions; a country code covers its subdivisions
 *   (US covers US-CA), and a report that names only the country may concern any of them;
 * - `per: total` (default) counts them together; `per: each` takes the largest single
 *   jurisdiction ("more than 500 residents of a State").
 * Counts come from the report's affected.subjectsByJurisdiction or from classification. Where a
 * count is not known, or no jurisdiction at all, the total number of affected people stands in for it: an upper bound, so a
 * threshold errs toward notifying, never away from it. A country's own entry ("US" next to
 * "US-CA") adds only the people it placed in no subdivision (see residentCount's `unplaced`).
 */
const ResidentsTest = z
  .strictObject({
    residents: z
      .strictObject({ in: z.array(z.string().min(2)).min(1).optional(), inSet: z.string().min(1).optional() })
      .refine((r) => (r.in === undefined) !== (r.inSet === undefined), { message: 'give exactly one of: in, inSet' }),
    per: z.enum(['total', 'each']).default('total'),
    gte: z.number().optional(),
    gt: z.number().optional(),
    lte: z.number().optional(),
    lt: z.number().optional(),
  })
  .refine((test) => COUNT_OPERATORS.filter((op) => test[op] !== undefined).length === 1, {
    message: `give exactly one of: ${COUNT_OPERATORS.join(', ')}`,
  });
type ResidentsTest = z.infer<typeof ResidentsTest>;

export type Condition = FactTest | ResidentsTest | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition, unknown> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    ResidentsTest,
    FactTest,
  ]),
);

export type NamedSets = Record<string, { members: readonly string[] }>;

export function evaluateCondition(condition: Condition, facts: IncidentFacts, sets: NamedSets = {}): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts, sets));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts, sets));
  if ('not' in condition) return !evaluateCondition(condition.not, facts, sets);
  if ('residents' in condition) return compare(condition, residentCount(condition, facts, sets));
  return testFact(condition, facts[condition.fact], sets);
}

function compare(test: { gte?: number; gt?: number; lte?: number; lt?: number }, n: number): boolean {
  if (test.gte !== undefined) return n >= test.gte;
  if (test.gt !== undefined) return n > test.gt;
  if (test.lte !== undefined) return n <= test.lte;
  if (test.lt !== undefined) return n < test.lt;
  return false;
}

/** Does an affected jurisdiction (possibly) lie within a member jurisdiction? */
function within(jurisdiction: string, member: string): boolean {
  if (jurisdiction === member) return true;
  if (member.length === 2 && jurisdiction.startsWith(`${member}-`)) return true; // US-CA within US
  return jurisdiction.length === 2 && member.startsWith(`${jurisdiction}-`); // "US" may be US-CA
}

/** The number of residents a ResidentsTest counts, or an upper bound of it (see ResidentsTest). */
export function residentCount(test: ResidentsTest, facts: IncidentFacts, sets: NamedSets = {}): number {
  const members = test.residents.in ?? sets[test.residents.inSet!]?.members ?? [];
  const total = typeof facts['affected.subjectCount'] === 'number' ? facts['affected.subjectCount'] : 0;
  const jurisdictions = (facts['affected.jurisdictions'] ?? []) as readonly string[];
  // Nowhere known (a first report of a US business, before its states are): any of them may be in the jurisdictions.
  if (jurisdictions.length === 0) return total;
  const affected = jurisdictions.filter((j) => members.some((m) => within(j, m)));
  if (affected.length === 0) return 0;
  const known = facts.residentCounts ?? {};
  const countOf = (j: string): number => known[j] ?? total;
  /**
   * A country's people placed in none of its subdivisions ("US" beyond US-CA and US-TX): they may
   * live in any of them. Its count less its subdivisions' (when the country's is not known, the
   * people not counted anywhere else); the total when a subdivision's count is not known.
   */
  const unplaced = (country: string): number => {
    const subdivisions = jurisdictions.filter((k) => k.startsWith(`${country}-`));
    if (subdivisions.some((k) => known[k] === undefined)) return total;
    const placed = subdivisions.reduce((sum, k) => sum + (known[k] ?? 0), 0);
    const elsewhere = jurisdictions.filter((k) => k !== country && !k.startsWith(`${country}-`) && k.length === 2).reduce((sum, k) => sum + (known[k] ?? 0), 0);
    return Math.max(0, (known[country] ?? total - elsewhere) - placed);
  };
  const countries = affected.filter((j) => j.length === 2);
  const subdivisions = affected.filter((j) => j.length > 2);
  // "Residents of a State": the largest subdivision, with the people its country placed in none (they may all live there).
  if (test.per === 'each') return Math.min(total, Math.max(0, ...subdivisions.map(countOf)) + countries.reduce((sum, c) => sum + unplaced(c), 0));
  let count = 0;
  // A member country's count holds its subdivisions' people; a member subdivision's country adds only its people placed in none.
  for (const country of countries) count += members.includes(country) ? countOf(country) : unplaced(country);
  for (const j of subdivisions) if (!(members.includes(j.slice(0, 2)) && countries.includes(j.slice(0, 2)))) count += countOf(j);
  return Math.min(total, count);
}

function testFact(test: FactTest, value: FactValue, sets: NamedSets): boolean {
  const values: readonly Scalar[] = value === undefined ? [] : Array.isArray(value) ? value : [value as Scalar];
  if (test.present !== undefined) return (values.length > 0) === test.present;
  if (test.is !== undefined) return values.includes(test.is);
  if (test.prefix !== undefined) return values.some((v) => String(v).startsWith(test.prefix!));
  const options = test.in ?? (test.inSet !== undefined ? sets[test.inSet]?.members : undefined);
  if (options !== undefined) return values.some((v) => options.includes(v as string));
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return false;
  if (test.gte !== undefined) return numbers.some((n) => n >= test.gte!);
  if (test.gt !== undefined) return numbers.some((n) => n > test.gt!);
  if (test.lte !== undefined) return numbers.some((n) => n <= test.lte!);
  if (test.lt !== undefined) return numbers.some((n) => n < test.lt!);
  return false;
}

/** The facts of one incident, as conditions see them. */
export function incidentFacts(
  report: StoredReport,
  classification: Pick<Classification, 'categories' | 'subjectCount' | 'jurisdictions'> & Partial<Pick<Classification, 'jurisdictionCounts' | 'children' | 'sourceUnreadable'>>,
  assessment: { severity?: string; risk?: string } = {},
  recordedEvents: readonly string[] = [],
): IncidentFacts {
  const jurisdictions = affectedJurisdictions(report, classification);
  const { breach, organization } = report;
  // Classification that found children by their dates of birth counts as children among the subjects.
  const children = (classification.children?.under16 ?? 0) > 0 ? ['children' as const] : [];
  const subjectTypes = [...new Set([...(report.affected.subjectTypes ?? []), ...children])];
  return {
    residentCounts: residentCounts(report, classification),
    'events.recorded': [...new Set(['awareness', 'discovery', ...recordedEvents])],
    'authority.country': organization.country,
    'organization.country': organization.country,
    'organization.role': organization.role,
    'organization.sectors': organization.sectors,
    'organization.smallEnterprise': organization.smallEnterprise,
    'breach.types': breach.types,
    'breach.cause': breach.cause,
    'breach.malicious': breach.malicious,
    'breach.exfiltration': breach.exfiltration,
    'breach.encryption': breach.encryption,
    'breach.keyCompromised': breach.keyCompromised,
    'breach.backupAvailable': breach.backupAvailable,
    'breach.recipientTrusted': breach.recipientTrusted,
    'breach.publiclyExposed': breach.publiclyExposed,
    'breach.ongoing': breach.ongoing,
    'affected.subjectCount': affectedSubjectCount(report, classification),
    'affected.subjectTypes': subjectTypes.length > 0 ? subjectTypes : undefined,
    'affected.jurisdictions': jurisdictions,
    'affected.countries': [...new Set(jurisdictions.map((code) => code.slice(0, 2)))],
    'affected.unplaced': unplacedCountries(jurisdictions, residentCounts(report, classification)),
    'data.categories': classification.categories.map((c) => c.category),
    'data.unread': classification.sourceUnreadable !== undefined,
    'assessment.severity': assessment.severity,
    'assessment.risk': assessment.risk,
  };
}

/** People per jurisdiction: the larger of the declared and the classified count of each. */
export function residentCounts(
  report: StoredReport,
  classification: Partial<Pick<Classification, 'jurisdictionCounts'>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [j, n] of Object.entries(report.affected.subjectsByJurisdiction ?? {})) counts[j.toUpperCase()] = n;
  for (const { jurisdiction, subjects } of classification.jurisdictionCounts ?? []) {
    const j = jurisdiction.toUpperCase();
    counts[j] = Math.max(counts[j] ?? 0, subjects);
  }
  return counts;
}

/**
 * The countries whose people are counted beyond their subdivisions' (US: 900 next to 600 in states),
 * where some subdivision is named: people placed in the country but in none of its subdivisions.
 * A country named without any subdivision is not listed: the runbooks' "not reported" rules cover it.
 */
export function unplacedCountries(jurisdictions: readonly string[], counts: Readonly<Record<string, number>>): string[] {
  return jurisdictions.filter((country) => {
    if (country.length !== 2 || counts[country] === undefined) return false;
    const subdivisions = jurisdictions.filter((j) => j.startsWith(`${country}-`));
    if (subdivisions.length === 0 || subdivisions.some((j) => counts[j] === undefined)) return false;
    return (counts[country] ?? 0) > subdivisions.reduce((sum, j) => sum + (counts[j] ?? 0), 0);
  });
}

/** Declared and detected jurisdictions together, sorted: either source alone may be partial. */
export function affectedJurisdictions(
  report: StoredReport,
  classification: Pick<Classification, 'jurisdictions'>,
): string[] {
  const all = [
    ...(report.affected.jurisdictions ?? []),
    ...Object.keys(report.affected.subjectsByJurisdiction ?? {}),
    ...classification.jurisdictions,
  ].map((j) => j.toUpperCase());
  return [...new Set(all)].sort();
}

/** Facts whose values are places: a runbook that tests them names the jurisdictions it covers. */
const PLACE_FACTS: ReadonlySet<string> = new Set(['affected.jurisdictions', 'affected.countries', 'affected.unplaced']);

/**
 * The jurisdictions a runbook's applicability names (`is`, `in`, a named set, a residents test):
 * the places whose people it can find obligations for. Another runbook may apply by sector alone
 * (HIPAA), but no runbook assesses the breach law of a place none of them names.
 */
export function namedJurisdictions(runbook: Pick<Runbook, 'applicability' | 'sets'>): Set<string> {
  const named = new Set<string>();
  const add = (values: readonly unknown[] | undefined): void => {
    for (const value of values ?? []) if (typeof value === 'string') named.add(value.toUpperCase());
  };
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else if ('not' in condition) visit(condition.not);
    else if ('residents' in condition) add(condition.residents.in ?? runbook.sets[condition.residents.inSet ?? '']?.members);
    else if (PLACE_FACTS.has(condition.fact)) add([condition.is, ...(condition.in ?? []), ...(condition.inSet !== undefined ? runbook.sets[condition.inSet]?.members ?? [] : [])]);
  };
  for (const rule of runbook.applicability.rules) visit(rule.when);
  return named;
}

/** The larger of the declared count and the classified count: the sample may be partial, and
 *  the declaration may be an early estimate. Notices say "approximately" either way. */
export function affectedSubjectCount(report: StoredReport, classification: Pick<Classification, 'subjectCount'>): number {
  return Math.max(report.affected.subjectCount, classification.subjectCount);
}

// ---------------------------------------------------------------------------------------------
// Runbook schema (one file per regime)

export const START_EVENTS = CONTRACT_START_EVENTS;
export const StartEvent = z.enum(START_EVENTS);
export type StartEvent = z.infer<typeof StartEvent>;

const DeadlineUnit = z.enum(DEADLINE_UNITS);
const RuleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');
const Span = {
  value: z.number().positive(),
  unit: DeadlineUnit,
  /** The business-day calendar (runbooks/calendars/<id>.yaml) whose weekend, holidays and time
   *  zone count the days. Without one, days are counted in the organisation's time zone and only
   *  Saturdays and Sundays are skipped. */
  calendar: z.string().optional(),
};

const Deadline = z.discriminatedUnion('kind', [
  /** A hard limit, e.g. 72 hours after awareness. */
  z.strictObject({
    kind: z.literal('fixed'),
    ...Span,
    startEvent: StartEvent,
    /** Counted from the submission of another obligation of this runbook (a staged report, e.g.
     *  NIS2's final report one month after the incident notification). Until that submission is
     *  recorded, counted from `startEvent` (earlier, so conservative). */
    after: RuleId.optional(),
    /** Count from the end of the calendar year of the start event (e.g. HIPAA's annual log). */
    anchor: z.enum(['end-of-calendar-year']).optional(),
    /** A second limit: whichever ends first, unless the start event itself comes after it (e.g.
     *  DORA: 4 hours from classification, but no later than 24 hours from awareness). */
    backstop: z.strictObject({ value: z.number().positive(), unit: DeadlineUnit, startEvent: StartEvent, ...sourced }).optional(),
    qualifier: z.string().optional(),
    ...sourced,
  }),
  /** "Without undue delay" and no number in the law: no legal deadline, but an internal target. */
  z.strictObject({
    kind: z.literal('without-undue-delay'),
    startEvent: StartEvent,
    after: RuleId.optional(),
    internalTarget: z.strictObject({ ...Span, ...sourced }),
    ...sourced,
  }),
  /** Not time-bound (e.g. keeping a record). */
  z.strictObject({ kind: z.literal('none'), startEvent: StartEvent.optional(), ...sourced }),
]);
export type Deadline = z.infer<typeof Deadline>;

const Decision = z.strictObject({
  /** What kind of rule decided: a role (processor/controller), a safe harbour, a risk or count
   *  threshold, or the default when nothing before it matched. */
  kind: z.enum(['role', 'safe-harbour', 'threshold', 'default']),
  when: Condition.optional(),
  required: z.boolean(),
  /** Shown to the reader as the obligation's reason; may use the REASON_PLACEHOLDERS below. */
  reason: z.string().min(1),
  ...sourced,
});
export type Decision = z.infer<typeof Decision>;

const FixedChannel = z.strictObject({
  kind: z.enum(['email', 'portal', 'none']),
  name: z.string().min(1),
  address: z.string().optional(),
  website: z.string().optional(),
  ...sourced,
});
const ChannelSpec = z.union([
  /** Use the runbook's authority table (first entry whose condition matches). */
  z.strictObject({ lookup: z.literal('authorities') }),
  FixedChannel,
]);

const ContentItem = z.strictObject({ id: z.string().min(1), text: z.string().min(1), ...sourced });

const NoticeSpec = z.strictObject({
  /** Path of the Markdown template, relative to the runbooks directory. */
  template: z.string().regex(/^[\w./-]+\.md$/, 'a relative path to a .md file'),
  /** Subject line; may use the template's placeholders. */
  subject: z.string().min(1),
});

const ObligationRule = z.strictObject({
  /** Stable id; the obligation's id is `<regime>-<id>` (`<regime>-<id>-<country>` when fanned out). */
  id: RuleId,
  recipient: Recipient,
  summary: z.string().min(1),
  ...sourced,
  /** When the obligation is considered at all (e.g. the processor's duty to tell the controller).
   *  Authority and individuals obligations should omit it: they are always listed, even when not
   *  required, so a reader sees what was considered. */
  listedWhen: Condition.optional(),
  /** First match decides; the last one has no `when` (the default). */
  decisions: z.array(Decision).min(1),
  deadline: Deadline,
  /** Other deadlines for some cases (e.g. LGPD's doubled period for small agents): the first
   *  whose condition matches replaces `deadline`. */
  alternativeDeadlines: z
    .array(z.strictObject({ id: z.string().min(1), when: Condition, reason: z.string().min(1), deadline: Deadline, ...sourced }))
    .default([]),
  /** Repeat the obligation once per affected country of a set, each with that country's authority
   *  (e.g. a controller outside the EU notifies the authority of every member state concerned). */
  fanOut: z.strictObject({ when: Condition, countriesIn: z.string().min(1), reason: z.string().min(1), ...sourced }).optional(),
  stage: z.string().optional(),
  reminders: z.strictObject({ beforeHours: z.array(z.number().positive()).min(1), ...sourced }).optional(),
  channel: ChannelSpec.optional(),
  /** The content the notice must carry. */
  content: z.array(ContentItem).default([]),
  /** Exemptions that the report cannot establish; legal applies them by a recorded decision. */
  exemptions: z.array(z.strictObject({ id: z.string().min(1), text: z.string().min(1), howToApply: z.string().min(1), ...sourced })).default([]),
  lateNotice: z.strictObject({ text: z.string().min(1), ...sourced }).optional(),
  phasedNotice: z.strictObject({ text: z.string().min(1), ...sourced }).optional(),
  notice: NoticeSpec.optional(),
});
export type ObligationRule = z.infer<typeof ObligationRule>;

const AuthorityEntry = z.strictObject({
  id: z.string().min(1),
  /** First match wins; the last entry has no `when` (the fallback). */
  when: Condition.optional(),
  name: z.string().min(1),
  channel: z.strictObject({ kind: z.enum(['email', 'portal', 'none']), address: z.string().optional() }),
  /** The authority's web site (a starting point when the notification form itself is not confirmed). */
  website: z.string().optional(),
  ...sourced,
});
export type AuthorityEntry = z.infer<typeof AuthorityEntry>;

/** A regime's own risk test (PIPEDA's real risk of significant harm, HIPAA's low probability of
 *  compromise, ...), decided from the facts and the assessed risk by the first matching rule. Its
 *  outcome is the fact `regime.risk` that the obligations' decisions test. */
const RiskTest = z.strictObject({
  name: z.string().min(1),
  outcomes: z.array(RuleId).min(2),
  rules: z.array(z.strictObject({ when: Condition.optional(), outcome: RuleId, reason: z.string().min(1), ...sourced })).min(1),
  ...sourced,
});
export type RiskTest = z.infer<typeof RiskTest>;

const Wording = z.strictObject({
  categories: z.partialRecord(Category, z.string()).default({}),
  breachTypes: z.partialRecord(z.enum(['confidentiality', 'integrity', 'availability']), z.string()).default({}),
  /** The same, in the plain words the individuals' notice needs (Art. 34(2): clear and plain language). */
  plainBreachTypes: z.partialRecord(z.enum(['confidentiality', 'integrity', 'availability']), z.string()).default({}),
  causes: z.record(z.string(), z.string()).default({}),
});

const PerCategoryText = z.strictObject({
  byCategory: z.partialRecord(Category, z.string()).default({}),
  default: z.string().min(1),
  ...sourced,
});

export const RunbookFile = z.strictObject({
  regime: RegimeId,
  name: z.string().min(1),
  instrument: z.string().min(1),
  /** Version of this runbook (not of the law). */
  version: z.string().min(1),
  review: z.strictObject({
    status: z.enum(['draft', 'reviewed']),
    by: z.string().optional(),
    on: z.string().optional(),
    note: z.string().optional(),
  }),
  sets: z.record(z.string(), z.strictObject({ members: z.array(z.string().min(1)).min(1), ...sourced })).default({}),
  applicability: z.strictObject({
    summary: z.string().min(1),
    /** The regime applies when any rule matches. */
    rules: z.array(z.strictObject({ id: z.string().min(1), when: Condition, reason: z.string().min(1), ...sourced })).min(1),
  }),
  riskTest: RiskTest.optional(),
  obligations: z.array(ObligationRule).min(1),
  authorities: z.array(AuthorityEntry).default([]),
  /** Likely consequences per data category, for the notices (Art. 33(3)(c)-style content). */
  consequences: PerCategoryText.optional(),
  /** What affected people can do, per data category, for the individuals' notice. */
  recommendations: PerCategoryText.optional(),
  wording: Wording.default({ categories: {}, breachTypes: {}, plainBreachTypes: {}, causes: {} }),
  notes: z.array(SourcedNote).default([]),
});
export type RunbookFile = z.infer<typeof RunbookFile>;

/** A loaded runbook: the validated file plus its notice templates' text, keyed by path, and the
 *  business-day calendars (all of them, shared between runbooks). */
export type Runbook = RunbookFile & {
  file: string;
  templates: Record<string, string>;
  calendars: Readonly<Record<string, BusinessCalendar>>;
};

// ---------------------------------------------------------------------------------------------
// Severity model schema (runbooks/severity.yaml)

export const DATA_TYPES = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
export const DataType = z.enum(DATA_TYPES);
export const EI_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export const EiLevel = z.enum(EI_LEVELS);
export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'very-high'] as const;
export const SeverityLevel = z.enum(SEVERITY_LEVELS);
export type SeverityLevel = z.infer<typeof SeverityLevel>;

const ScoredRule = z.strictObject({ when: Condition.optional(), score: z.number().min(0), reason: z.string().min(1), ...sourced });

export const SeverityModel = z.strictObject({
  id: z.string().min(1),
  source: z.strictObject({ title: z.string().min(1), version: z.string().min(1), ...sourced }),
  formula: z.string().min(1),
  dpc: z.strictObject({
    dataTypes: z.record(DataType, z.strictObject({ base: z.number().min(1).max(4), examples: z.string().min(1), ...sourced })),
    combine: z.strictObject({ rule: z.literal('highest'), ...sourced }),
    /** Our mapping of every contract category to an ENISA data type (exhaustive on purpose). */
    categories: z.record(Category, z.strictObject({ type: DataType, adjust: z.number().default(0), ...sourced })),
    whenNoCategory: z.strictObject({ type: DataType, ...sourced }),
    adjustments: z
      .array(
        z
          .strictObject({
            id: z.string().min(1),
            when: Condition,
            add: z.number().optional(),
            atLeast: z.number().optional(),
            reason: z.string().min(1),
            ...sourced,
          })
          .refine((a) => (a.add === undefined) !== (a.atLeast === undefined), { message: 'give exactly one of: add, atLeast' }),
      )
      .default([]),
    bounds: z.strictObject({ min: z.number(), max: z.number(), ...sourced }),
  }),
  ei: z.strictObject({
    levels: z.record(EiLevel, z.strictObject({ score: z.number().positive().max(1), description: z.string().min(1), ...sourced })),
    /** First match decides; the last one has no `when`. */
    rules: z.array(z.strictObject({ when: Condition.optional(), level: EiLevel, reason: z.string().min(1), ...sourced })).min(1),
  }),
  cb: z.strictObject({
    elements: z
      .array(
        z.strictObject({
          id: z.enum(['confidentiality', 'integrity', 'availability', 'malicious-intent']),
          description: z.string().min(1),
          ...sourced,
          /** First match decides; the last one has no `when`. */
          rules: z.array(ScoredRule).min(1),
        }),
      )
      .min(1),
  }),
  /** Ordered low to high; a level applies while SE < `below`; the last has no bound. */
  levels: z.array(z.strictObject({ level: SeverityLevel, below: z.number().optional(), description: z.string().min(1), ...sourced })).length(4),
  riskMapping: z.strictObject({
    levels: z.record(SeverityLevel, RiskToIndividuals),
    ...sourced,
    /** Facts that make the consequences unlikely to happen: the risk is at most `atMost` (first match). */
    caps: z
      .array(z.strictObject({ id: z.string().min(1), when: Condition, atMost: RiskToIndividuals, reason: z.string().min(1), ...sourced }))
      .default([]),
  }),
  notes: z.array(SourcedNote).default([]),
});
export type SeverityModel = z.infer<typeof SeverityModel>;

// ---------------------------------------------------------------------------------------------
// Loading

/** `<repo>/runbooks`, found from this module so that tsx, vitest and the embedded runner agree.
 *  A bundled Lambda has no repo around it: the stack ships the directory and sets RUNBOOKS_DIR. */
export const DEFAULT_RUNBOOKS_DIR = fileURLToPath(new URL('../../runbooks/', import.meta.url));

export function resolveRunbooksDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNBOOKS_DIR || DEFAULT_RUNBOOKS_DIR;
}

export const SEVERITY_FILE = 'severity.yaml';

/** Every `*.yaml` in `dir` but the severity model, validated; sorted by file name. */
export function loadRunbooks(dir: string): Runbook[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== SEVERITY_FILE).sort();
  const calendars = loadCalendars(dir);
  const runbooks = files.map((file) => loadRunbook(dir, file, calendars));
  const seen = new Map<string, string>();
  for (const runbook of runbooks) {
    const other = seen.get(runbook.regime);
    if (other) throw invalid(runbook.file, [{ field: 'regime', message: `regime ${runbook.regime} is also defined in ${other}` }]);
    seen.set(runbook.regime, runbook.file);
  }
  return runbooks;
}

export function loadSeverityModel(dir: string): SeverityModel {
  const model = validate(SeverityModel, readYaml(dir, SEVERITY_FILE), SEVERITY_FILE);
  const issues = [
    ...checkFirstMatchLists([
      ['ei.rules', model.ei.rules],
      ...model.cb.elements.map((e, i) => [`cb.elements.${i}.rules`, e.rules] as const),
    ]),
    ...checkSetReferences(model, {}),
    ...checkLevelBands(model),
  ];
  if (issues.length > 0) throw invalid(SEVERITY_FILE, issues);
  return model;
}

function loadRunbook(dir: string, file: string, calendars: Record<string, BusinessCalendar>): Runbook {
  const runbook = validate(RunbookFile, readYaml(dir, file), file);
  const issues = [
    ...checkFirstMatchLists([
      ...runbook.obligations.map((o, i) => [`obligations.${i}.decisions`, o.decisions] as const),
      ['authorities', runbook.authorities],
      ...(runbook.riskTest ? [['riskTest.rules', runbook.riskTest.rules] as const] : []),
    ]),
    ...checkSetReferences(runbook, runbook.sets),
    ...checkObligationIds(runbook),
    ...checkAuthorityLookups(runbook),
    ...checkNoticeObligations(runbook),
    ...checkReasonPlaceholders(runbook),
    ...checkDeadlineReferences(runbook, calendars),
    ...checkRiskTest(runbook),
  ];
  if (issues.length > 0) throw invalid(file, issues);
  return { ...runbook, file, templates: readTemplates(dir, file, runbook), calendars };
}

function readYaml(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (cause) {
    throw invalid(file, [{ field: '(file)', message: `cannot read ${join(dir, file)}: ${(cause as Error).message}` }]);
  }
  try {
    return parseYaml(text);
  } catch (cause) {
    throw invalid(file, [{ field: '(yaml)', message: (cause as Error).message }]);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(
    file,
    result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message })),
  );
}

function invalid(file: string, issues: FieldIssue[]): ValidationError {
  const detail = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new ValidationError(`Invalid runbook file ${file}: ${detail}`, issues);
}

/** In a first-match list only the last entry may lack a condition, and it must lack one. */
function checkFirstMatchLists(lists: ReadonlyArray<readonly [string, ReadonlyArray<{ when?: Condition }>]>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [path, entries] of lists) {
    if (entries.length === 0) continue;
    entries.forEach((entry, i) => {
      const last = i === entries.length - 1;
      if (last && entry.when !== undefined) issues.push({ field: `${path}.${i}.when`, message: 'the last entry is the default: remove its condition' });
      if (!last && entry.when === undefined) issues.push({ field: `${path}.${i}.when`, message: 'only the last entry may have no condition (it would hide the ones after it)' });
    });
  }
  return issues;
}

function checkSetReferences(document: unknown, sets: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...path, String(i)]));
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'inSet' && typeof child === 'string' && !(child in sets)) {
        issues.push({ field: [...path, key].join('.'), message: `unknown set "${child}" (define it under sets)` });
      }
      visit(child, [...path, key]);
    }
  };
  visit(document, []);
  return issues;
}

function checkObligationIds(runbook: RunbookFile): FieldIssue[] {
  const seen = new Set<string>();
  return runbook.obligations.flatMap((o, i) => {
    if (seen.has(o.id)) return [{ field: `obligations.${i}.id`, message: `duplicate obligation id ${o.id}` }];
    seen.add(o.id);
    return [];
  });
}

function checkAuthorityLookups(runbook: RunbookFile): FieldIssue[] {
  const needsTable = runbook.obligations.some((o) => o.channel && 'lookup' in o.channel);
  return needsTable && runbook.authorities.length === 0
    ? [{ field: 'authorities', message: 'an obligation looks up the authority table, but it is empty' }]
    : [];
}

const NOTICE_RECIPIENTS: ReadonlySet<string> = new Set(['authority', 'individuals']);

/** Authority and individuals obligations are always listed (DESIGN.md: a reader sees what was
 *  considered), and one that can be required needs a notice template. */
function checkNoticeObligations(runbook: RunbookFile): FieldIssue[] {
  return runbook.obligations.flatMap((o, i) => {
    if (!NOTICE_RECIPIENTS.has(o.recipient)) return [];
    const issues: FieldIssue[] = [];
    if (o.listedWhen) issues.push({ field: `obligations.${i}.listedWhen`, message: `${o.recipient} obligations are always listed; decide "not required" in decisions instead` });
    if (!o.notice && o.decisions.some((d) => d.required)) issues.push({ field: `obligations.${i}.notice`, message: 'an obligation that can be required needs a notice template' });
    return issues;
  });
}

/** The placeholders an obligation's or applicability rule's reason may use (see assess/core.ts):
 *  the assessed risk and severity, the country of main establishment, this regime's risk-test
 *  outcome, the country whose authority is concerned, and the number of affected people. */
export const REASON_PLACEHOLDERS = ['risk', 'severity', 'country', 'regimeRisk', 'authorityCountry', 'subjects'] as const;

function checkReasonPlaceholders(runbook: RunbookFile): FieldIssue[] {
  const reasons: Array<[string, string]> = [
    ...runbook.applicability.rules.map((r, i) => [`applicability.rules.${i}.reason`, r.reason] as [string, string]),
    ...runbook.obligations.flatMap((o, i) => o.decisions.map((d, j) => [`obligations.${i}.decisions.${j}.reason`, d.reason] as [string, string])),
    ...runbook.obligations.flatMap((o, i) => o.alternativeDeadlines.map((d, j) => [`obligations.${i}.alternativeDeadlines.${j}.reason`, d.reason] as [string, string])),
    ...runbook.obligations.flatMap((o, i) => (o.fanOut ? [[`obligations.${i}.fanOut.reason`, o.fanOut.reason] as [string, string]] : [])),
    ...(runbook.riskTest?.rules ?? []).map((r, i) => [`riskTest.rules.${i}.reason`, r.reason] as [string, string]),
  ];
  return reasons.flatMap(([field, reason]) =>
    [...reason.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)]
      .filter(([, name]) => !(REASON_PLACEHOLDERS as readonly string[]).includes(name!))
      .map(([placeholder]) => ({ field, message: `unknown placeholder ${placeholder} (use ${REASON_PLACEHOLDERS.join(', ')})` })),
  );
}

/** Calendars exist; a staged deadline counts from another obligation of the same runbook; a fixed deadline has reminders. */
function checkDeadlineReferences(runbook: RunbookFile, calendars: Record<string, BusinessCalendar>): FieldIssue[] {
  const ids = new Set(runbook.obligations.map((o) => o.id));
  const issues: FieldIssue[] = [];
  runbook.obligations.forEach((o, i) => {
    const deadlines: Array<[string, Deadline]> = [
      [`obligations.${i}.deadline`, o.deadline],
      ...o.alternativeDeadlines.map((d, j) => [`obligations.${i}.alternativeDeadlines.${j}.deadline`, d.deadline] as [string, Deadline]),
    ];
    for (const [path, deadline] of deadlines) {
      const spans: Array<[string, string | undefined]> = [];
      if (deadline.kind === 'fixed') spans.push([path, deadline.calendar]);
      if (deadline.kind === 'without-undue-delay') spans.push([`${path}.internalTarget`, deadline.internalTarget.calendar]);
      for (const [where, calendar] of spans) {
        if (calendar !== undefined && !calendars[calendar]) issues.push({ field: `${where}.calendar`, message: `unknown calendar "${calendar}" (add runbooks/calendars/${calendar}.yaml)` });
      }
      if (deadline.kind === 'fixed' && deadline.unit === 'business-days' && deadline.calendar === undefined) {
        issues.push({ field: `${path}.calendar`, message: 'a deadline in business days needs the calendar of its jurisdiction' });
      }
      // A deadline in law is escalated before it passes: without reminders its first mail would say it is overdue.
      if (deadline.kind === 'fixed' && o.reminders === undefined) {
        issues.push({ field: `obligations.${i}.reminders`, message: 'a fixed deadline needs reminders (e.g. { beforeHours: [240, 72, 24], basis: our-policy, ... })' });
      }
      if (deadline.kind !== 'none' && deadline.after !== undefined && (deadline.after === o.id || !ids.has(deadline.after))) {
        issues.push({ field: `${path}.after`, message: `"${deadline.after}" is not another obligation of this runbook` });
      }
    }
  });
  return issues;
}

/** Decisions that test `regime.risk` need a risk test, and name only its outcomes. */
function checkRiskTest(runbook: RunbookFile): FieldIssue[] {
  const outcomes = new Set(runbook.riskTest?.outcomes ?? []);
  const issues: FieldIssue[] = [];
  runbook.riskTest?.rules.forEach((r, i) => {
    if (!outcomes.has(r.outcome)) issues.push({ field: `riskTest.rules.${i}.outcome`, message: `"${r.outcome}" is not one of riskTest.outcomes` });
  });
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${path}.${i}`));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.fact === 'regime.risk') {
      if (!runbook.riskTest) issues.push({ field: path, message: 'tests regime.risk, but the runbook has no riskTest' });
      for (const value of [record.is, ...((record.in as unknown[] | undefined) ?? [])].filter((v) => v !== undefined)) {
        if (runbook.riskTest && !outcomes.has(String(value))) issues.push({ field: path, message: `"${String(value)}" is not one of riskTest.outcomes` });
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(runbook.obligations, 'obligations');
  return issues;
}

function checkLevelBands(model: SeverityModel): FieldIssue[] {
  const issues: FieldIssue[] = [];
  model.levels.forEach((band, i) => {
    const last = i === model.levels.length - 1;
    if (band.level !== SEVERITY_LEVELS[i]) issues.push({ field: `levels.${i}.level`, message: `expected ${SEVERITY_LEVELS[i]} (ordered low to very-high)` });
    if (last !== (band.below === undefined)) issues.push({ field: `levels.${i}.below`, message: last ? 'the highest band has no upper bound' : 'an upper bound is required' });
    const previous = model.levels[i - 1]?.below;
    if (band.below !== undefined && previous !== undefined && band.below <= previous) {
      issues.push({ field: `levels.${i}.below`, message: 'bounds must increase' });
    }
  });
  return issues;
}

function readTemplates(dir: string, file: string, runbook: RunbookFile): Record<string, string> {
  const templates: Record<string, string> = {};
  runbook.obligations.forEach((obligation, i) => {
    const path = obligation.notice?.template;
    if (!path || path in templates) return;
    if (path.split('/').includes('..')) throw invalid(file, [{ field: `obligations.${i}.notice.template`, message: 'must stay inside the runbooks directory' }]);
    try {
      templates[path] = readFileSync(join(dir, path), 'utf8');
    } catch {
      throw invalid(file, [{ field: `obligations.${i}.notice.template`, message: `template ${path} not found in ${dir}` }]);
    }
  });
  return templates;
}

// ---------------------------------------------------------------------------------------------
// Templates (notices, and the placeholders in reasons)

export type TemplateValue = string | number | boolean | undefined;

/**
 * Mustache-like, deliberately small: `{{name}}` inserts a value; `{{#name}}...{{/name}}` keeps its
 * body when the value is truthy (non-empty string, true, non-zero), `{{^name}}...{{/name}}` when
 * it is not. Values are inserted once and never parsed again, so a value cannot open a section.
 * A placeholder without a value throws: a typo in a template must fail in review, not reach a
 * regulator as a blank.
 */
export function renderTemplate(text: string, vars: Record<string, TemplateValue>): string {
  const section = /\{\{([#^])([\w.-]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
  // A section tag alone on its line takes its line break with it, so that an omitted section
  // leaves no blank line behind (as in Mustache).
  let rendered = text.replace(/^[ \t]*(\{\{[#^/][\w.-]+\}\})[ \t]*\r?\n/gm, '$1');
  for (let previous = ''; previous !== rendered; ) {
    previous = rendered;
    rendered = rendered.replace(section, (_match, mode: string, name: string, body: string) =>
      isTruthy(vars[name]) === (mode === '#') ? body : '',
    );
  }
  const unmatched = /\{\{[#^/][^}]*\}\}/.exec(rendered);
  if (unmatched) throw new Error(`Template section ${unmatched[0]} is not closed or not opened`);
  return rendered.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_match, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Template placeholder {{${name}}} has no value`);
    return String(value);
  });
}

function isTruthy(value: TemplateValue): boolean {
  return value !== undefined && value !== '' && value !== false && value !== 0;
}
