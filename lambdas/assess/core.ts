// The assessment: severity, the GDPR-style risk level, and for every regime that applies the
// obligations its runbook defines. Pure: the runbooks and the severity model come in as data,
// so the same input always yields the same obligations (ids, deadlines, reasons). Legal's later
// decisions (a start event, a portal submission, a risk override) come in as input too, so that a
// re-assessment after a decision is this same function with more facts.
import type {
  Assessment,
  Classification,
  Obligation,
  RegimeAssessment,
  RiskOverride,
  RiskToIndividuals,
  StoredReport,
} from '../shared/contract.js';
import { computeDeadline, formatInZone, startOfNextYear, type DeadlineOptions } from '../shared/deadlines.js';
import {
  affectedJurisdictions,
  affectedSubjectCount,
  evaluateCondition,
  incidentFacts,
  namedJurisdictions,
  renderTemplate,
  type AuthorityEntry,
  type Decision,
  type Deadline,
  type IncidentFacts,
  type ObligationRule,
  type Runbook,
  type SeverityModel,
  type StartEvent,
} from '../shared/runbooks.js';
import { organizationTimeZone } from '../get-incident/time-zone.js';
import { riskFromSeverity, scoreSeverity } from './severity.js';

export interface AssessInput {
  incidentId: string;
  report: StoredReport;
  /** Categories already merged with the declared ones by the caller. */
  classification: Classification;
  /** Start events legal recorded (event → RFC 3339 time). Awareness and discovery default to the
   *  report's discoveredAt; the others, until recorded, count conservatively from it. */
  startEvents?: Partial<Record<StartEvent, string>>;
  /** When obligations were fulfilled (obligation id → time), for staged deadlines (`after`). */
  submissions?: Readonly<Record<string, string>>;
  /** Legal's override of the assessed risk (decision `override-risk`); its `assessed` is recomputed. */
  riskOverride?: Omit<RiskOverride, 'assessed'> & { assessed?: RiskOverride['assessed'] };
}

export interface AssessOutput {
  assessment: Assessment;
  obligations: Obligation[];
}

/**
 * @param contacts regime id → e-mail address of the authority, overriding the runbook's channel
 *   (a deployment's own arrangement, e.g. a test inbox or an agreed address).
 */
export function assessIncident(
  input: AssessInput,
  runbooks: readonly Runbook[],
  model: SeverityModel,
  contacts: Record<string, string> = {},
): AssessOutput {
  const { report, classification } = input;
  const severity = scoreSeverity(report, classification, model);
  const assessed = riskFromSeverity(severity.level, model, incidentFacts(report, classification));
  // The assessed level is always this assessment's own; the override says what legal put instead.
  const override = input.riskOverride && { ...input.riskOverride, assessed: assessed.risk };
  const risk: RiskToIndividuals = override?.riskToIndividuals ?? assessed.risk;
  const rationale = [...severity.rationale, assessed.rationale];
  if (override) {
    rationale.push(`Risk to individuals overridden by legal (${override.by}, ${override.at}): ${override.assessed} → ${override.riskToIndividuals}. Reason: ${override.reason}`);
  }
  const timeZone = organizationTimeZone(report.organization.country).id;
  const recorded = Object.keys(input.startEvents ?? {});
  const facts = incidentFacts(report, classification, { severity: severity.level, risk }, recorded);
  const context: Context = { input, facts, contacts, timeZone };

  const regimes: RegimeAssessment[] = [];
  const obligations = [...runbooks]
    .sort((a, b) => a.regime.localeCompare(b.regime))
    .flatMap((runbook) => {
      const result = regimeObligations(runbook, context);
      if (result) regimes.push(result.regime);
      return result?.obligations ?? [];
    });

  const assessment: Assessment = {
    severity: { ...severity, rationale },
    riskToIndividuals: risk,
    categories: classification.categories,
    subjectCount: affectedSubjectCount(report, classification),
    jurisdictions: affectedJurisdictions(report, classification),
    regimes,
    timeZone,
  };
  const covered = new Set(runbooks.flatMap((runbook) => [...namedJurisdictions(runbook)]));
  // The organisation's own country's law may apply by its establishment, wherever its people live (South Africa's POPIA, s. 3).
  const places = [...new Set([...assessment.jurisdictions, report.organization.country.toUpperCase()])].sort();
  const uncovered = places.filter((jurisdiction) => !covered.has(jurisdiction));
  if (uncovered.length > 0) assessment.uncoveredJurisdictions = uncovered;
  // People placed nowhere where the report names no place: the laws of where they live cannot have been assessed.
  const declared = (report.affected.jurisdictions?.length ?? 0) > 0 || Object.keys(report.affected.subjectsByJurisdiction ?? {}).length > 0;
  const unplaced = declared ? 0 : classification.subjectsWithoutJurisdiction ?? 0;
  if (unplaced > 0) assessment.unplacedSubjects = unplaced;
  if (override) assessment.riskOverride = override;
  return { assessment, obligations };
}

interface Context {
  input: AssessInput;
  facts: IncidentFacts;
  contacts: Record<string, string>;
  /** The organisation's zone: deadlines are shown in it, and days counted in it when no calendar is named. */
  timeZone: string;
}

function regimeObligations(runbook: Runbook, context: Context): { regime: RegimeAssessment; obligations: Obligation[] } | undefined {
  const grounds = runbook.applicability.rules.filter((rule) => evaluateCondition(rule.when, context.facts, runbook.sets));
  if (grounds.length === 0) return undefined;

  let facts = context.facts;
  const regime: RegimeAssessment = { regime: runbook.regime, name: runbook.name, grounds: [] };
  let riskNote: string | undefined;
  if (runbook.riskTest) {
    const test = runbook.riskTest;
    const rule = test.rules.find((r) => r.when === undefined || evaluateCondition(r.when, facts, runbook.sets));
    // Validated at load: the last rule has no condition.
    if (!rule) throw new Error(`${runbook.file}: no risk-test rule matched`);
    facts = { ...facts, 'regime.risk': rule.outcome };
    const reason = renderTemplate(rule.reason, reasonVars(context, facts));
    regime.risk = { test: test.name, outcome: rule.outcome, reason, citation: rule.citation, confidence: rule.confidence };
    riskNote = `${test.name}: ${rule.outcome}, because ${reason} (${rule.citation}; confidence ${rule.confidence}${rule.basis === 'our-policy' ? ', our policy' : ''}).`;
  }
  regime.grounds = grounds.map((g) => `${renderTemplate(g.reason, reasonVars(context, facts))} (${g.citation})`);
  const appliesBecause = `${runbook.name} applies: ${regime.grounds.join('; ')}.`;

  const obligations = runbook.obligations
    .filter((rule) => rule.listedWhen === undefined || evaluateCondition(rule.listedWhen, facts, runbook.sets))
    .flatMap((rule) => {
      if (rule.fanOut && evaluateCondition(rule.fanOut.when, facts, runbook.sets)) {
        const members = runbook.sets[rule.fanOut.countriesIn]?.members ?? [];
        const countries = ((facts['affected.countries'] ?? []) as readonly string[]).filter((c) => members.includes(c)).sort();
        return countries.map((country) =>
          buildObligation(runbook, rule, { ...context, facts: { ...facts, 'authority.country': country } }, [appliesBecause, riskNote], country),
        );
      }
      return [buildObligation(runbook, rule, { ...context, facts }, [appliesBecause, riskNote])];
    });
  return { regime, obligations };
}

function reasonVars(context: Context, facts: IncidentFacts): Record<string, string> {
  return {
    country: context.input.report.organization.country,
    risk: String(facts['assessment.risk']),
    severity: String(facts['assessment.severity']),
    regimeRisk: String(facts['regime.risk'] ?? 'not assessed'),
    authorityCountry: String(facts['authority.country']),
    subjects: String(facts['affected.subjectCount']),
  };
}

function buildObligation(
  runbook: Runbook,
  rule: ObligationRule,
  context: Context,
  preamble: Array<string | undefined>,
  country?: string,
): Obligation {
  const { facts } = context;
  const vars = reasonVars(context, facts);
  const decision = decide(rule, facts, runbook);
  const alternative = rule.alternativeDeadlines.find((d) => evaluateCondition(d.when, facts, runbook.sets));
  const deadlineRule = alternative?.deadline ?? rule.deadline;
  const clock = resolveClock(runbook, deadlineRule, context, country);
  const deadline = decision.required && clock.legal ? clock.legal : null;
  const { channel, channelNote } = obligationChannel(rule, runbook, facts, context.contacts);

  const obligation: Obligation = {
    id: `${runbook.regime}-${rule.id}${country ? `-${country.toLowerCase()}` : ''}`,
    regime: runbook.regime,
    recipient: rule.recipient,
    required: decision.required,
    reason: renderTemplate(decision.reason, vars),
    citation: decision.citation,
    startsFrom: clock.startsFrom,
    deadline: deadline?.toISOString() ?? null,
    status: decision.required ? 'pending' : 'not-required',
    confidence: decision.confidence,
    note: [
      ...preamble,
      country && rule.fanOut ? `${renderTemplate(rule.fanOut.reason, vars)} (${rule.fanOut.citation}): this one is for ${country}.` : undefined,
      alternative ? `Deadline rule "${alternative.id}": ${renderTemplate(alternative.reason, vars)} (${alternative.citation}).` : undefined,
      deadlineNote(runbook, deadlineRule, clock, decision.required, context.timeZone),
      `Decided by the ${decision.kind} rule (confidence ${decision.confidence}${decision.basis === 'our-policy' ? ', our policy' : ''}).`,
      decision.note,
      channelNote,
    ]
      .filter(Boolean)
      .join(' '),
  };
  if (clock.event) obligation.startEvent = clock.event;
  if (deadline) obligation.deadlineLocal = formatInZone(deadline, context.timeZone);
  if (country) obligation.jurisdiction = country;
  if (rule.stage) obligation.stage = rule.stage;
  if (deadline && rule.reminders) obligation.remindBeforeHours = [...rule.reminders.beforeHours];
  // "Without undue delay": the internal target keeps the duty in view (reminders before it, escalations after it).
  if (!deadline && decision.required && clock.target) {
    obligation.target = clock.target.toISOString();
    obligation.remindBeforeHours = rule.reminders ? [...rule.reminders.beforeHours] : targetReminders(clock.target.getTime() - (clock.start?.getTime() ?? clock.target.getTime()));
  }
  if (channel) obligation.channel = channel;
  return obligation;
}

function decide(rule: ObligationRule, facts: IncidentFacts, runbook: Runbook): Decision {
  const decision = rule.decisions.find((d) => d.when === undefined || evaluateCondition(d.when, facts, runbook.sets));
  // Validated at load: the last decision has no condition.
  if (!decision) throw new Error(`${runbook.file}: no decision matched for obligation ${rule.id}`);
  return decision;
}

// ---------------------------------------------------------------------------------------------
// Clocks: from which instant, to which deadline

interface Clock {
  event?: StartEvent;
  start?: Date;
  startsFrom: string;
  /** The legal deadline (fixed deadlines only). */
  legal?: Date;
  /** The internal target (without-undue-delay deadlines only). */
  target?: Date;
  backstopApplied?: boolean;
}

/** Awareness and discovery are the report's discoveredAt (DESIGN.md); the others are recorded by legal. */
const FROM_REPORT: ReadonlySet<StartEvent> = new Set(['awareness', 'discovery']);

function eventStart(event: StartEvent, input: AssessInput): { at: Date; source: string } {
  const recorded = input.startEvents?.[event];
  if (recorded) return { at: new Date(recorded), source: `recorded ${new Date(recorded).toISOString()}` };
  if (FROM_REPORT.has(event)) return { at: new Date(input.report.discoveredAt), source: 'discoveredAt' };
  return { at: new Date(input.report.discoveredAt), source: 'not recorded yet, counted conservatively from discoveredAt' };
}

function resolveClock(runbook: Runbook, deadline: Deadline, context: Context, country?: string): Clock {
  if (deadline.kind === 'none' || !deadline.startEvent) {
    return deadline.startEvent
      ? { event: deadline.startEvent, startsFrom: `${deadline.startEvent} (no deadline)` }
      : { startsFrom: 'no start event (not time-bound)' };
  }
  const { input } = context;
  let event = deadline.startEvent;
  let { at: start, source } = eventStart(event, input);
  let startsFrom = `${event} (${source})`;
  if (deadline.after) {
    const previous = `${runbook.regime}-${deadline.after}${country ? `-${country.toLowerCase()}` : ''}`;
    const submitted = input.submissions?.[previous];
    startsFrom = submitted
      ? `submission of ${previous} (recorded ${new Date(submitted).toISOString()})`
      : `submission of ${previous} (not recorded yet, counted conservatively from ${event}: ${source})`;
    if (submitted) start = new Date(submitted);
  }
  if (deadline.kind === 'without-undue-delay') {
    const target = deadline.internalTarget;
    return { event, start, startsFrom, target: computeDeadline(start, target, spanOptions(runbook, target.calendar, context)) };
  }
  let from = start;
  if (deadline.anchor === 'end-of-calendar-year') {
    const zone = spanOptions(runbook, deadline.calendar, context).timeZone ?? 'UTC';
    from = startOfNextYear(start, zone);
    startsFrom = `end of the calendar year of ${startsFrom}`;
  }
  let legal = computeDeadline(from, deadline, spanOptions(runbook, deadline.calendar, context));
  let backstopApplied = false;
  if (deadline.backstop) {
    const { at } = eventStart(deadline.backstop.startEvent, input);
    const limit = computeDeadline(at, deadline.backstop, spanOptions(runbook, undefined, context));
    // The backstop caps the deadline unless the start event itself came after it.
    if (legal > limit && start <= limit) {
      legal = limit;
      backstopApplied = true;
    }
  }
  return { event, start, startsFrom, legal, backstopApplied };
}

function spanOptions(runbook: Runbook, calendarId: string | undefined, context: Context): DeadlineOptions {
  const calendar = calendarId ? runbook.calendars[calendarId] : undefined;
  if (!calendar) return { timeZone: context.timeZone };
  return { timeZone: calendar.timeZone, weekend: calendar.weekendDays, isHoliday: calendar.isHoliday };
}

function describeSpan(span: { value: number; unit: string; calendar?: string }, runbook?: Runbook): string {
  const calendar = span.calendar && runbook?.calendars[span.calendar];
  return `${span.value} ${span.unit}${calendar ? ` (${calendar.name}, counted in ${calendar.timeZone})` : ''}`;
}

function deadlineNote(runbook: Runbook, deadline: Deadline, clock: Clock, required: boolean, timeZone: string): string | undefined {
  if (deadline.kind === 'none') return `No deadline (${deadline.citation}).`;
  if (deadline.kind === 'fixed') {
    const backstop = deadline.backstop
      ? ` Not later than ${deadline.backstop.value} ${deadline.backstop.unit} after ${deadline.backstop.startEvent} (${deadline.backstop.citation}; confidence ${deadline.backstop.confidence})${clock.backstopApplied ? ', which applies here' : ''}.`
      : '';
    const when = required && clock.legal ? ` Due ${clock.legal.toISOString()} (${formatInZone(clock.legal, timeZone)} in ${timeZone}).` : '';
    return `Deadline: ${deadline.qualifier ?? describeSpan(deadline, runbook)} after ${clock.startsFrom} (${deadline.citation}; confidence ${deadline.confidence}).${backstop}${when}`;
  }
  const target = deadline.internalTarget;
  const targetAt = required && clock.target ? `: ${clock.target.toISOString()}` : '';
  return (
    `No fixed legal deadline: without undue delay (${deadline.citation}). ` +
    `Internal target ${describeSpan(target, runbook)} after ${deadline.startEvent}${targetAt} (${target.citation}).`
  );
}

// ---------------------------------------------------------------------------------------------
// Channels

function obligationChannel(
  rule: ObligationRule,
  runbook: Runbook,
  facts: IncidentFacts,
  contacts: Record<string, string>,
): { channel?: Obligation['channel']; channelNote?: string } {
  if (!rule.channel) return {};
  if (!('lookup' in rule.channel)) {
    const { kind, name, address, website } = rule.channel;
    return { channel: { kind, name, ...(address !== undefined && { address }), ...(website !== undefined && { website }) } };
  }
  const authority = lookupAuthority(runbook, facts);
  const source = `Authority from the runbook table: ${authority.name} (${authority.citation}; confidence ${authority.confidence}).`;
  const override = contacts[runbook.regime];
  if (override && rule.recipient === 'authority') {
    return {
      channel: { kind: 'email', address: override, name: authority.name },
      channelNote: `${source} Address overridden by this deployment's contacts for ${runbook.regime}.`,
    };
  }
  const { kind, address } = authority.channel;
  return {
    channel: {
      kind,
      name: authority.name,
      ...(address !== undefined && { address }),
      ...(authority.website !== undefined && { website: authority.website }),
    },
    channelNote: [source, authority.note].filter(Boolean).join(' '),
  };
}

function lookupAuthority(runbook: Runbook, facts: IncidentFacts): AuthorityEntry {
  const entry = runbook.authorities.find((a) => a.when === undefined || evaluateCondition(a.when, facts, runbook.sets));
  // Validated at load: the table ends with a fallback.
  if (!entry) throw new Error(`${runbook.file}: the authority table has no fallback entry`);
  return entry;
}

/** Reminders before an internal target a runbook gives none for (BreachClock policy): a day before a target days away, else a few hours. */
function targetReminders(spanMs: number): number[] {
  const hours = spanMs / 3_600_000;
  return hours >= 72 ? [24] : hours >= 24 ? [6] : hours >= 4 ? [1] : [];
}
