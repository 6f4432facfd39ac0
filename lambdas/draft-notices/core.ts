// Drafts the notices that required obligations call for, from the runbooks' Markdown templates.
// A draft always waits for legal's decision. It is built only from the stored report (which has
// no records) and from counts, so no record value can reach a notice; the individuals' notice
// also leaves out the free-text description, which could name other people.
import type { Assessment, Notice, Obligation, StoredReport } from '../shared/contract.js';
import { peopleCovered, type AudienceContext } from '../shared/audience.js';
import { ValidationError } from '../shared/errors.js';
import { renderTemplate, type ObligationRule, type Runbook, type TemplateValue } from '../shared/runbooks.js';

export { renderTemplate };

export interface DraftNoticesInput {
  incidentId: string;
  report: StoredReport;
  assessment: Assessment;
  obligations: readonly Obligation[];
  runbooks: readonly Runbook[];
  now: Date;
  /** Approximate number of personal data records concerned (e.g. classification.recordsScanned),
   *  when known; Art. 33(3)(a) asks for it "where possible". */
  recordCount?: number;
  /** The people the examined records name (classification.subjectCount): fewer than the report counts when they were a sample. */
  recordsPeople?: number;
  /** Who each regime covers (see shared/audience.ts): a state's notice counts that state's residents, not the incident's people. */
  audience?: AudienceContext;
}

const NOTICE_RECIPIENTS = new Set<Obligation['recipient']>(['authority', 'individuals']);
/** Obligations already settled need no draft; a re-run drafts the same ids for the rest. */
const SETTLED = new Set<Obligation['status']>(['fulfilled', 'waived', 'not-required']);

export function draftNotices(input: DraftNoticesInput): Notice[] {
  return input.obligations
    .filter((o) => o.required && NOTICE_RECIPIENTS.has(o.recipient) && !SETTLED.has(o.status))
    .map((obligation) => draftNotice(input, obligation));
}

function draftNotice(input: DraftNoticesInput, obligation: Obligation): Notice {
  const { runbook, rule } = findRule(input.runbooks, obligation);
  if (!rule.notice) {
    throw new ValidationError(`${runbook.file}: obligation ${rule.id} requires a notice but names no template`, [
      { field: `obligations.${rule.id}.notice`, message: 'required for a notice recipient' },
    ]);
  }
  const template = runbook.templates[rule.notice.template];
  if (template === undefined) throw new Error(`${runbook.file}: template ${rule.notice.template} was not loaded`);
  const vars = noticeVars(input, obligation, withSharedWording(runbook, input.runbooks), rule);
  const notice: Notice = {
    id: `${obligation.id}-notice`,
    obligationId: obligation.id,
    recipient: obligation.recipient,
    channel: obligation.channel?.kind === 'email' ? 'email' : 'portal',
    status: 'awaiting-approval',
    subject: renderTemplate(rule.notice.subject, vars),
    body: renderTemplate(template, vars),
  };
  if (obligation.recipient === 'individuals') notice.recipientCount = input.assessment.subjectCount;
  return notice;
}

/**
 * A runbook without its own wording, consequences or recommendations borrows them from the first
 * loaded runbook that has them (the plain-language texts are about the data, not the law), so a
 * new regime needs only its rules to draft readable notices.
 */
function withSharedWording(runbook: Runbook, runbooks: readonly Runbook[]): Runbook {
  const hasWording = (r: Runbook) => Object.keys(r.wording.categories).length > 0;
  const wording = hasWording(runbook) ? runbook.wording : (runbooks.find(hasWording)?.wording ?? runbook.wording);
  const consequences = runbook.consequences ?? runbooks.find((r) => r.consequences)?.consequences;
  const recommendations = runbook.recommendations ?? runbooks.find((r) => r.recommendations)?.recommendations;
  return {
    ...runbook,
    wording,
    ...(consequences && { consequences }),
    ...(recommendations && { recommendations }),
  };
}

export function findRule(runbooks: readonly Runbook[], obligation: Obligation): { runbook: Runbook; rule: ObligationRule } {
  const runbook = runbooks.find((r) => r.regime === obligation.regime);
  // An obligation repeated per member state carries the country as a suffix of its id.
  const ruleKey = obligation.jurisdiction ? obligation.id.slice(0, -(obligation.jurisdiction.length + 1)) : obligation.id;
  const rule = runbook?.obligations.find((r) => `${runbook.regime}-${r.id}` === ruleKey);
  if (!runbook || !rule) {
    throw new ValidationError(`Obligation ${obligation.id} matches no rule in the loaded runbooks`, [
      { field: 'obligations', message: `unknown obligation ${obligation.id}` },
    ]);
  }
  return { runbook, rule };
}

/** Everything a template may use. Add a value here before using it in a template. */
function noticeVars(input: DraftNoticesInput, obligation: Obligation, runbook: Runbook, rule: ObligationRule): Record<string, TemplateValue> {
  const { report, assessment, now } = input;
  const { breach, organization } = report;
  const contact = organization.contact ?? { name: report.reporter.name, email: report.reporter.email, phone: undefined };
  const late = obligation.deadline !== null && now.getTime() > new Date(obligation.deadline).getTime();
  const sampled = input.recordsPeople !== undefined && input.recordsPeople < report.affected.subjectCount;
  // The people this notice is about: a state's residents for its Attorney General, everyone for a regime that covers everyone.
  const concerned = input.audience ? peopleCovered(obligation, input.audience, assessment.subjectCount) : assessment.subjectCount;
  const categories = assessment.categories.map((c) => c.category);
  const label = (category: string) => runbook.wording.categories[category as keyof typeof runbook.wording.categories] ?? category;

  return {
    incidentId: input.incidentId,
    draftedAt: now.toISOString(),
    organizationName: organization.name,
    organizationCountry: organization.country,
    authorityName: obligation.channel?.name ?? 'the competent supervisory authority',

    // What the regime and the rule say, for the templates shared between regimes.
    regimeName: runbook.name,
    instrument: runbook.instrument,
    obligationSummary: rule.summary,
    citation: obligation.citation,
    ruleCitation: rule.citation,
    stage: obligation.stage ?? '',
    jurisdiction: obligation.jurisdiction ?? '',
    deadlineText: obligation.deadline
      ? `${obligation.deadline}${obligation.deadlineLocal ? ` (${obligation.deadlineLocal} local time)` : ''}`
      : 'no fixed deadline (without undue delay / as soon as practicable)',
    contentChecklist: bullets(rule.content.map((c) => `${c.text} (${c.citation})`), 'no content is prescribed; describe the breach, its likely consequences, the measures taken and a contact point'),
    lateNoticeText: rule.lateNotice?.text ?? '',
    phasedNoticeText: rule.phasedNotice?.text ?? '',
    organizationContactLine: [contact.name, contact.email, contact.phone].filter(Boolean).join(', '),

    late,
    deadline: obligation.deadline ?? '',
    delayReasons: '[To complete before approval: the reasons for the delay.]',
    measures: breach.measures ?? '',

    discoveredAt: readableTime(report.discoveredAt),
    // The calendar date as the reporter wrote it (their offset), which is what people recognise.
    discoveredDate: report.discoveredAt.slice(0, 10),
    occurredAt: report.occurredAt === undefined ? 'not yet known' : readableTime(report.occurredAt),
    // The calendar dates people read: of the breach (when known) and of the notice.
    occurredDate: report.occurredAt?.slice(0, 10) ?? '',
    noticeDate: now.toISOString().slice(0, 10),
    breachTypes: breach.types.map((t) => runbook.wording.breachTypes[t] ?? t).join('; '),
    plainNature: bullets(breach.types.map((t) => runbook.wording.plainBreachTypes[t] ?? runbook.wording.breachTypes[t] ?? t), ''),
    cause: breach.cause ? (runbook.wording.causes[breach.cause] ?? breach.cause) : 'a cause not yet established',
    ongoing: breach.ongoing === true,
    contained: breach.ongoing === false,
    containmentUnknown: breach.ongoing === undefined,
    description: report.description ?? '',

    subjectCount: formatCount(concerned),
    subjectTypes: report.affected.subjectTypes?.join(', ') || 'not specified',
    // From a sample of the records, a category's count is of the sample: the report's total bounds it, which is what the notice can say.
    categoryList: bullets(assessment.categories.map((c) => `${label(c.category)}: ${sampled && c.subjects < assessment.subjectCount
      ? `up to ${formatCount(concerned)} people (${formatCount(c.subjects)} of the ${formatCount(input.recordsPeople ?? 0)} people in the records examined so far)`
      : concerned < assessment.subjectCount ? `up to ${formatCount(Math.min(c.subjects, concerned))} people` : `approximately ${formatCount(c.subjects)} people`}`), 'not yet determined'),
    categoryNames: bullets(categories.map(label), 'not yet determined'),
    recordCount: input.recordCount === undefined ? 'not yet determined' : sampled ? `at least ${formatCount(input.recordCount)} (a sample of the records was examined so far)` : `approximately ${formatCount(input.recordCount)}`,

    contactName: contact.name,
    contactEmail: contact.email,
    contactPhone: contact.phone ?? '',

    severityLevel: assessment.severity.level,
    severityScore: assessment.severity.score,
    riskToIndividuals: assessment.riskToIndividuals,
    consequenceList: bullets(perCategory(runbook.consequences, categories), 'to be assessed'),
    recommendationList: bullets(perCategory(runbook.recommendations, categories), 'no specific action is needed from you at this time'),

    encrypted: breach.encryption === 'strong' && breach.keyCompromised === false,
    restorable: breach.backupAvailable === true,
    recipientTrusted: breach.recipientTrusted === true,
    individualsInformed: input.obligations.some((o) => o.regime === obligation.regime && o.recipient === 'individuals' && o.required),
  };
}

/** One line per category that has its own text, else the default; duplicates removed. */
function perCategory(texts: Runbook['consequences'], categories: readonly string[]): string[] {
  if (!texts) return [];
  const lines = categories.map((c) => texts.byCategory[c as keyof typeof texts.byCategory]).filter((t): t is string => !!t);
  return [...new Set(lines.length > 0 ? lines : [texts.default])];
}

function bullets(lines: readonly string[], whenEmpty: string): string {
  return (lines.length > 0 ? lines : [whenEmpty]).map((line) => `- ${line}`).join('\n');
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A time as the reporter wrote it, for people to read: its date, hours and minutes, and its offset ("2026-11-24T08:12:30.156000Z"
 * reads "2026-11-24 08:12 UTC", "2026-11-24T09:12:00+01:00" reads "2026-11-24 09:12 UTC+01:00"); anything else as it is.
 */
function readableTime(iso: string): string {
  const parts = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(iso.trim());
  if (!parts) return iso;
  const zone = parts[3] === undefined ? '' : parts[3].toUpperCase() === 'Z' || /^[+-]00:?00$/.test(parts[3]) ? ' UTC' : ` UTC${parts[3]}`;
  return `${parts[1]} ${parts[2]}${zone}`;
}
