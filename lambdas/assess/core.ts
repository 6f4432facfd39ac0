// The assessment: severity, the GDPR-style risk level, and for every regime that applies the
// obligations its runbook defines. Pure: the runbooks and the severity model come in as data,
// so the same input always yields the same obligations (ids, deadlines, reasons).
import type { Assessment, Classification, Obligation, StoredReport } from '../shared/contract.js';
import { computeDeadline } from '../shared/deadlines.js';
import {
  affectedJurisdictions,
  affectedSubjectCount,
  evaluateCondition,
  incidentFacts,
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
import { riskFromSeverity, scoreSeverity } from './severity.js';

export interface AssessInput {
  incidentId: string;
  report: StoredReport;
  /** Categories already merged with the declared ones by the caller. */
  classification: Classification;
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
  const { risk, rationale } = riskFromSeverity(severity.level, model);
  const assessment: Assessment = {
    severity: { ...severity, rationale: [...severity.rationale, rationale] },
    riskToIndividuals: risk,
    categories: classification.categories,
    subjectCount: affectedSubjectCount(report, classification),
    jurisdictions: affectedJurisdictions(report, classification),
  };
  const facts = incidentFacts(report, classification, { severity: severity.level, risk });
  const obligations = [...runbooks]
    .sort((a, b) => a.regime.localeCompare(b.regime))
    .flatMap((runbook) => regimeObligations(runbook, facts, report, contacts));
  return { assessment, obligations };
}

function regimeObligations(
  runbook: Runbook,
  facts: IncidentFacts,
  report: StoredReport,
  contacts: Record<string, string>,
): Obligation[] {
  const grounds = runbook.applicability.rules.filter((rule) => evaluateCondition(rule.when, facts, runbook.sets));
  if (grounds.length === 0) return [];
  const vars = {
    country: report.organization.country,
    risk: String(facts['assessment.risk']),
    severity: String(facts['assessment.severity']),
  };
  const appliesBecause = grounds.map((g) => `${renderTemplate(g.reason, vars)} (${g.citation})`).join('; ');
  return runbook.obligations
    .filter((rule) => rule.listedWhen === undefined || evaluateCondition(rule.listedWhen, facts, runbook.sets))
    .map((rule) => {
      const decision = decide(rule, facts, runbook);
      const awareness = new Date(report.discoveredAt);
      const deadline = decision.required ? legalDeadline(rule.deadline, awareness) : null;
      const { channel, channelNote } = obligationChannel(rule, runbook, facts, contacts);
      const obligation: Obligation = {
        id: `${runbook.regime}-${rule.id}`,
        regime: runbook.regime,
        recipient: rule.recipient,
        required: decision.required,
        reason: renderTemplate(decision.reason, vars),
        citation: decision.citation,
        startsFrom: startsFrom(rule.deadline),
        deadline: deadline?.toISOString() ?? null,
        status: decision.required ? 'pending' : 'not-required',
        note: [
          `${runbook.name} applies: ${appliesBecause}.`,
          deadlineNote(rule.deadline, awareness, decision.required),
          `Decided by the ${decision.kind} rule (confidence ${decision.confidence}${decision.basis === 'our-policy' ? ', our policy' : ''}).`,
          decision.note,
          channelNote,
        ]
          .filter(Boolean)
          .join(' '),
      };
      if (rule.stage) obligation.stage = rule.stage;
      if (deadline && rule.reminders) obligation.remindBeforeHours = [...rule.reminders.beforeHours];
      if (channel) obligation.channel = channel;
      return obligation;
    });
}

function decide(rule: ObligationRule, facts: IncidentFacts, runbook: Runbook): Decision {
  const decision = rule.decisions.find((d) => d.when === undefined || evaluateCondition(d.when, facts, runbook.sets));
  // Validated at load: the last decision has no condition.
  if (!decision) throw new Error(`${runbook.file}: no decision matched for obligation ${rule.id}`);
  return decision;
}

/**
 * Where each start event is recorded. The report records only discoveredAt; the other events
 * are recorded later on the timeline, and until then a clock runs conservatively from
 * discoveredAt (DESIGN.md, "Clocks start from different events").
 */
const START_EVENT_SOURCES: Record<StartEvent, string> = {
  awareness: 'discoveredAt',
  discovery: 'discoveredAt',
  determination: 'not recorded yet, counted conservatively from discoveredAt',
  classification: 'not recorded yet, counted conservatively from discoveredAt',
  detection: 'not recorded yet, counted conservatively from discoveredAt',
  assessment: 'not recorded yet, counted conservatively from discoveredAt',
  materiality: 'not recorded yet, counted conservatively from discoveredAt',
  'ransom-payment': 'not recorded yet, counted conservatively from discoveredAt',
};

function startsFrom(deadline: Deadline): string {
  if (!deadline.startEvent) return 'no start event (not time-bound)';
  return `${deadline.startEvent} (${START_EVENT_SOURCES[deadline.startEvent]})`;
}

function legalDeadline(deadline: Deadline, start: Date): Date | null {
  return deadline.kind === 'fixed' ? computeDeadline(start, deadline) : null;
}

function deadlineNote(deadline: Deadline, start: Date, required: boolean): string | undefined {
  if (deadline.kind === 'fixed') return `Deadline: ${deadline.qualifier ?? `${deadline.value} ${deadline.unit}`} (${deadline.citation}).`;
  if (deadline.kind === 'none') return `No deadline (${deadline.citation}).`;
  const target = deadline.internalTarget;
  const targetAt = required ? `: ${computeDeadline(start, target).toISOString()}` : '';
  return (
    `No fixed legal deadline: without undue delay (${deadline.citation}). ` +
    `Internal target ${target.value} ${target.unit} after ${deadline.startEvent}${targetAt} (${target.citation}).`
  );
}

function obligationChannel(
  rule: ObligationRule,
  runbook: Runbook,
  facts: IncidentFacts,
  contacts: Record<string, string>,
): { channel?: Obligation['channel']; channelNote?: string } {
  if (!rule.channel) return {};
  if (!('lookup' in rule.channel)) {
    const { kind, name, address } = rule.channel;
    return { channel: address === undefined ? { kind, name } : { kind, name, address } };
  }
  const authority = lookupAuthority(runbook, facts);
  const source = `Authority from the runbook table: ${authority.name} (${authority.citation}; confidence ${authority.confidence}).`;
  const override = contacts[runbook.regime];
  if (override) {
    return {
      channel: { kind: 'email', address: override, name: authority.name },
      channelNote: `${source} Address overridden by this deployment's contacts for ${runbook.regime}.`,
    };
  }
  const { kind, address } = authority.channel;
  return {
    channel: address === undefined ? { kind, name: authority.name } : { kind, address, name: authority.name },
    channelNote: [source, authority.note].filter(Boolean).join(' '),
  };
}

function lookupAuthority(runbook: Runbook, facts: IncidentFacts): AuthorityEntry {
  const entry = runbook.authorities.find((a) => a.when === undefined || evaluateCondition(a.when, facts, runbook.sets));
  // Validated at load: the table ends with a fallback.
  if (!entry) throw new Error(`${runbook.file}: the authority table has no fallback entry`);
  return entry;
}
