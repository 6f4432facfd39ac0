// The public API contract (v1) of ../shared/DESIGN.md as zod schemas: the one source for
// validation, types and the API Gateway request model. Extend, never rename.
import { z } from 'zod';

export const CATEGORIES = [
  'contact', 'identity', 'government-id', 'financial', 'payment-card', 'credentials', 'health',
  'genetic', 'biometric', 'special-category', 'criminal', 'location', 'communications',
  'online-identifier',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const REGIMES = [
  'eu-gdpr', 'uk-gdpr', 'eu-nis2', 'eu-dora', 'eu-eprivacy', 'us-hipaa', 'us-sec-8k', 'us-nydfs',
  'us-ca', 'us-ny', 'us-tx', 'us-fl', 'us-wa', 'us-co', 'us-ma', 'ca-pipeda', 'br-lgpd', 'au-ndb',
  'sg-pdpa', 'in-dpdp', 'jp-appi', 'kr-pipa', 'ch-fadp', 'cn-pipl',
] as const;
export const RegimeId = z.enum(REGIMES);
export type RegimeId = z.infer<typeof RegimeId>;

export const RECIPIENTS = [
  'authority', 'individuals', 'media', 'credit-agencies', 'controller', 'internal-record',
] as const;
export const Recipient = z.enum(RECIPIENTS);
export type Recipient = z.infer<typeof Recipient>;

export const INCIDENT_STATUSES = [
  'triage', 'assessing', 'awaiting-approval', 'notifying', 'monitoring', 'closed',
] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const OBLIGATION_STATUSES = [
  'pending', 'awaiting-approval', 'fulfilled', 'not-required', 'overdue', 'waived',
] as const;
export const ObligationStatus = z.enum(OBLIGATION_STATUSES);
export type ObligationStatus = z.infer<typeof ObligationStatus>;

/** The events a regulator clock can start from (DESIGN.md, "Clocks start from different events").
 *  The report gives discoveredAt (awareness, discovery); legal records the others as decisions. */
export const START_EVENTS = [
  'awareness', 'discovery', 'determination', 'classification', 'detection', 'assessment', 'materiality',
  'ransom-payment',
] as const;
export const StartEventName = z.enum(START_EVENTS);
export type StartEventName = z.infer<typeof StartEventName>;

/** RFC 3339 with an explicit offset (Z or ±hh:mm): a deadline is meaningless without one. */
export const Instant = z.iso.datetime({ offset: true });
// A code the ISO 3166 maintenance agency assigned: ICU names it ("ZZ", "QQ" name no country).
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const isAssignedCountry = (code: string): boolean => !/^[A-Z]{2}$/.test(code) || (!['ZZ', 'EU', 'UN', 'UK'].includes(code) && REGION_NAMES.of(code) !== code);
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. "DE"').refine(isAssignedCountry, 'no country has this ISO 3166-1 code (the United Kingdom is "GB")');
export const JurisdictionCode = z
  .string()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'ISO 3166-1 or 3166-2 code, e.g. "DE" or "US-CA"');

export const MAX_INLINE_RECORDS = 1000;

export const IncidentReport = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(10_000).optional(),
  discoveredAt: Instant,
  occurredAt: Instant.optional(),
  reporter: z.strictObject({ name: z.string().trim().min(1).max(200), email: z.email() }),
  organization: z.strictObject({
    name: z.string().trim().min(1).max(200),
    country: CountryCode,
    role: z.enum(['controller', 'processor']).default('controller'),
    sectors: z
      .array(z.enum(['health', 'financial', 'telecom', 'essential-entity', 'important-entity',
        'listed-company', 'public-sector']))
      .optional(),
    smallEnterprise: z.boolean().optional(),
    contact: z
      .strictObject({ name: z.string().min(1).max(200), email: z.email(), phone: z.string().max(40).optional() })
      .optional(),
  }),
  breach: z.strictObject({
    types: z.array(z.enum(['confidentiality', 'integrity', 'availability'])).min(1),
    cause: z
      .enum(['ransomware', 'hacking', 'malware', 'credential-stuffing', 'phishing', 'insider',
        'misdelivery', 'lost-device', 'stolen-device', 'misconfiguration', 'software-error', 'other'])
      .optional(),
    malicious: z.boolean().optional(),
    exfiltration: z.enum(['confirmed', 'suspected', 'none', 'unknown']).optional(),
    encryption: z.enum(['none', 'weak', 'strong']).optional(),
    keyCompromised: z.boolean().optional(),
    backupAvailable: z.boolean().optional(),
    recipientTrusted: z.boolean().optional(),
    publiclyExposed: z.boolean().optional(),
    ongoing: z.boolean().optional(),
    /** What was done or is proposed about it (GDPR Art. 33(3)(d), 34(2)): the notices say it; without it they ask for it before approval. */
    measures: z.string().trim().min(1).max(4000).optional(),
  }),
  affected: z.strictObject({
    subjectCount: z.int().min(0),
    subjectTypes: z
      .array(z.enum(['customers', 'employees', 'patients', 'children', 'students', 'applicants', 'users', 'other']))
      .optional(),
    jurisdictions: z.array(JurisdictionCode).optional(),
    /** People per jurisdiction, where known, e.g. {"US-CA": 1200, "US-TX": 40}: thresholds such as
     *  "more than 500 California residents" use it (additive; else the total is an upper bound). */
    subjectsByJurisdiction: z.record(JurisdictionCode, z.int().min(0)).optional(),
    dataCategories: z.array(Category).optional(),
    records: z.array(z.record(z.string(), z.unknown())).max(MAX_INLINE_RECORDS).optional(),
    recordsSource: z.string().min(1).max(1024).optional(),
    /** The column of `records` and `recordsSource` that identifies a person (default: chosen from the column names), as `--subject-key` (additive). */
    recordsSubjectKey: z.string().min(1).max(200).optional(),
    /** The column names, in order, of a recordsSource CSV without a header row (a MySQL OUTFILE), as `--columns` (additive). */
    recordsColumns: z.array(z.string().trim().min(1).max(200)).min(1).max(1000).optional(),
  }),
});
export type IncidentReport = z.infer<typeof IncidentReport>;
export type IncidentReportInput = z.input<typeof IncidentReport>;

/** What is kept of a report: everything but the raw records (data minimisation). */
export const StoredReport = IncidentReport.extend({
  affected: IncidentReport.shape.affected.omit({ records: true }).extend({ inlineRecordCount: z.int().min(0).optional() }),
});
export type StoredReport = z.infer<typeof StoredReport>;

export const Severity = z.object({
  score: z.number(),
  level: z.enum(['low', 'medium', 'high', 'very-high']),
  dpc: z.number(),
  ei: z.number(),
  cb: z.number(),
  rationale: z.array(z.string()),
});
export type Severity = z.infer<typeof Severity>;

export const RiskToIndividuals = z.enum(['unlikely', 'risk', 'high']);
export type RiskToIndividuals = z.infer<typeof RiskToIndividuals>;

export const CategoryCount = z.object({ category: Category, subjects: z.int().min(0) });
export type CategoryCount = z.infer<typeof CategoryCount>;

/** How sure the classifier is that a category is present: 0..1 (1 = declared or checksum-validated). */
const Confidence = z.number().min(0).max(1);

/** A category found by classification: CategoryCount plus how sure the finding is (optional, additive). */
export const ClassifiedCategory = CategoryCount.extend({ confidence: Confidence.optional() });
export type ClassifiedCategory = z.infer<typeof ClassifiedCategory>;

/** Distinct people placed in one jurisdiction (ISO 3166-1 country or 3166-2 US state), per category. */
export const JurisdictionCount = z.object({
  jurisdiction: z.string(),
  subjects: z.int().min(0),
  categories: z.array(CategoryCount),
});
export type JurisdictionCount = z.infer<typeof JurisdictionCount>;

/** How an export was read short of whole (see Classification.sourceIncomplete). */
export const SourceIncomplete = z.object({
  /** Records skipped unread: JSON Lines lines that are not JSON, CSV records and JSON Lines lines longer than 16 MiB (an attachment's base64 in a cell). */
  skippedLines: z.int().min(0),
  /** The first skipped line's number, when known (a part of a file read by another thread does not know its line numbers). */
  firstSkippedLine: z.int().min(1).optional(),
  /** The file ends inside a record: the last line stops mid-record, or the compressed stream stops short. */
  cutShort: z.boolean(),
});
export type SourceIncomplete = z.infer<typeof SourceIncomplete>;

/** Output of classification: counts and categories only, never values. */
export const Classification = z.object({
  categories: z.array(ClassifiedCategory),
  subjectCount: z.int().min(0),
  jurisdictions: z.array(z.string()),
  recordsScanned: z.int().min(0),
  /** Which detector and which columns justified each category (names only, no values). */
  evidence: z.array(z.object({
    category: Category,
    detector: z.string(),
    columns: z.array(z.string()),
    /** How sure this detector is in these columns (optional, additive). */
    confidence: Confidence.optional(),
    /** Values that this detector matched (a count, never the values). */
    matches: z.int().min(0).optional(),
  })),
  /** People per jurisdiction, with the categories each jurisdiction's people have (optional, additive). */
  jurisdictionCounts: z.array(JurisdictionCount).optional(),
  /** People with no jurisdiction found in their records (no country, state, postcode or phone country). */
  subjectsWithoutJurisdiction: z.int().min(0).optional(),
  /** People whose date of birth makes them younger than 13 / 16 at `asOf` (the discovery time). */
  children: z.object({ under13: z.int().min(0), under16: z.int().min(0), withBirthDate: z.int().min(0), asOf: z.string() }).optional(),
  /** People whose passwords were exposed in plain text, and people whose passwords were hashed (both if both). */
  credentials: z.object({ plain: z.int().min(0), hashed: z.int().min(0), tokens: z.int().min(0) }).optional(),
  /**
   * How people were counted: by a subject-key column (hashed), by name and date of birth together where no column
   * identifies people (additive), or one per record that holds personal data; exactly, or, past
   * the exact limit, estimated by HyperLogLog with the given relative standard error.
   */
  subjectCounting: z.object({
    basis: z.enum(['subject-key', 'record', 'name-and-birth-date']),
    exact: z.boolean(),
    relativeStandardError: z.number().min(0).optional(),
  }).optional(),
  /**
   * The report's recordsSource could not be read (gone, or not what its name says): the counts are
   * the report's own and the inline sample's, and the clocks run on them (optional, additive).
   */
  sourceUnreadable: z.object({ error: z.string(), message: z.string() }).optional(),
  /**
   * The export was read, but not whole (optional, additive): lines of JSON Lines that are not JSON
   * or records longer than 16 MiB were skipped, or the file ends inside its last record (cut short
   * in a copy or a download: it is read as far as it goes). The counts are of what was read: at least these.
   */
  sourceIncomplete: SourceIncomplete.optional(),
});
export type Classification = z.infer<typeof Classification>;

/** Legal's override of the assessed risk, with its reason (decision `override-risk`). */
export const RiskOverride = z.object({
  /** The risk as assessed before the override. */
  assessed: RiskToIndividuals,
  riskToIndividuals: RiskToIndividuals,
  reason: z.string(),
  by: z.string(),
  at: Instant,
});
export type RiskOverride = z.infer<typeof RiskOverride>;

/** One regime that applies: why, and the outcome of its own risk test (e.g. PIPEDA's real risk of
 *  significant harm), each with its citation and confidence (optional, additive). */
export const RegimeAssessment = z.object({
  regime: RegimeId,
  name: z.string(),
  grounds: z.array(z.string()),
  risk: z.object({
    test: z.string(),
    outcome: z.string(),
    reason: z.string(),
    citation: z.string(),
    confidence: z.enum(['primary', 'secondary', 'unverified']),
  }).optional(),
});
export type RegimeAssessment = z.infer<typeof RegimeAssessment>;

export const Assessment = z.object({
  severity: Severity,
  riskToIndividuals: RiskToIndividuals,
  categories: z.array(CategoryCount),
  subjectCount: z.int().min(0),
  jurisdictions: z.array(z.string()),
  /** Present when legal overrode the assessed risk (additive). */
  riskOverride: RiskOverride.optional(),
  /** Every regime that applies, with its grounds and risk test (additive). */
  regimes: z.array(RegimeAssessment).optional(),
  /** The zone deadlines are shown in (`deadlineLocal`), IANA id (additive). */
  timeZone: z.string().optional(),
  /**
   * Jurisdictions of affected people, and the organisation's own country, that no runbook of this deployment names: their own
   * breach laws are not assessed (additive).
   */
  uncoveredJurisdictions: z.array(z.string()).optional(),
  /**
   * People whose records place them nowhere (no country, state, postcode or phone country) in an incident whose report names
   * no jurisdiction: where they live, and so which breach laws apply to them, is not assessed (additive).
   */
  unplacedSubjects: z.int().min(1).optional(),
});
export type Assessment = z.infer<typeof Assessment>;

/** Whether an assessment leaves places' breach laws unassessed (see uncoveredJurisdictions, unplacedSubjects): counsel must check them. */
export function needsLegalReview(assessment: Pick<Assessment, 'uncoveredJurisdictions' | 'unplacedSubjects'> | undefined): boolean {
  return (assessment?.uncoveredJurisdictions?.length ?? 0) > 0 || (assessment?.unplacedSubjects ?? 0) > 0;
}

/** What an assessment left unassessed, in words ("no runbook covers ZA; 300 people placed nowhere by their records"), or '' (see needsLegalReview). */
export function unassessedPlaces(assessment: Pick<Assessment, 'uncoveredJurisdictions' | 'unplacedSubjects'> | undefined): string {
  const parts: string[] = [];
  if (assessment?.uncoveredJurisdictions?.length) parts.push(`no runbook covers ${assessment.uncoveredJurisdictions.join(', ')}`);
  if (assessment?.unplacedSubjects) parts.push(`${assessment.unplacedSubjects} ${assessment.unplacedSubjects === 1 ? 'person' : 'people'} placed nowhere by their records`);
  return parts.join('; ');
}

export const Obligation = z.object({
  id: z.string(),
  regime: RegimeId,
  recipient: Recipient,
  required: z.boolean(),
  reason: z.string(),
  citation: z.string(),
  stage: z.string().optional(),
  startsFrom: z.string(),
  deadline: Instant.nullable(),
  status: ObligationStatus,
  /** Reminder offsets before the deadline, in hours (from the runbook). */
  remindBeforeHours: z.array(z.number()).optional(),
  /** The authority (or other) address the notice goes to, when sent by email. */
  channel: z.object({
    kind: z.enum(['email', 'portal', 'none']),
    address: z.string().optional(),
    name: z.string().optional(),
    /** The authority's web site, where the channel itself is not confirmed (additive). */
    website: z.string().optional(),
  }).optional(),
  fulfilledAt: Instant.optional(),
  note: z.string().optional(),
  /** The start event the deadline counts from, machine-readable (additive). */
  startEvent: StartEventName.optional(),
  /** The deadline in the organisation's time zone, RFC 3339 with its offset (additive). */
  deadlineLocal: z.string().optional(),
  /** For an obligation per member state (e.g. a non-EU controller's GDPR notices): the country (additive). */
  jurisdiction: z.string().optional(),
  /** The confidence mark of the rule that decided `required` (additive). */
  confidence: z.enum(['primary', 'secondary', 'unverified']).optional(),
  /**
   * Where the law says "without undue delay" and sets no deadline: BreachClock's internal target
   * (runbook policy, not law), which reminders and escalations run to as they do to a deadline (additive).
   */
  target: Instant.optional(),
});
export type Obligation = z.infer<typeof Obligation>;

// ready-to-file: approved for an authority that takes notices only through its portal; the
// approved text went to the organisation's contact point, legal files it and records the reference.
export const NOTICE_STATUSES = ['awaiting-approval', 'approved', 'rejected', 'ready-to-file', 'filed', 'withdrawn', 'sending', 'sent'] as const;
export const NoticeStatus = z.enum(NOTICE_STATUSES);
export type NoticeStatus = z.infer<typeof NoticeStatus>;

export const Notice = z.object({
  id: z.string(),
  obligationId: z.string(),
  recipient: Recipient,
  channel: z.enum(['email', 'portal']),
  status: NoticeStatus,
  subject: z.string(),
  body: z.string(),
  /** For individuals: how many people it goes to (addresses are never returned). */
  recipientCount: z.int().min(0).optional(),
  sentCount: z.int().min(0).optional(),
  sentAt: Instant.optional(),
  messageId: z.string().optional(),
  reference: z.string().optional(),
  decidedBy: z.string().optional(),
});
export type Notice = z.infer<typeof Notice>;

export const Decision = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('approve'), noticeId: z.string().min(1), reason: z.string().max(2000).optional() }),
  z.strictObject({
    action: z.literal('edit'),
    noticeId: z.string().min(1),
    subject: z.string().min(1).max(300).optional(),
    // The whole text replaces the draft: a few words would replace a notice (the README's "...the completed text..." was sent so).
    body: z.string().max(50_000).refine((body) => body.trim().length >= 200, 'is the notice\'s whole text, which replaces the draft: edit the draft rather than replace it (at least 200 characters)'),
    reason: z.string().max(2000).optional(),
  }),
  z.strictObject({ action: z.literal('reject'), noticeId: z.string().min(1), reason: z.string().min(1).max(2000) }),
  z.strictObject({
    action: z.literal('record-submission'),
    obligationId: z.string().min(1),
    reference: z.string().min(1).max(200),
    submittedAt: Instant,
    reason: z.string().max(2000).optional(),
  }),
  z.strictObject({ action: z.literal('waive'), obligationId: z.string().min(1), reason: z.string().min(1).max(2000) }),
  /** When a clock's start event happened (e.g. the materiality determination for SEC 8-K): the
   *  deadlines counted from it are recomputed, and obligations that depend on it re-decided. */
  z.strictObject({
    action: z.literal('record-start-event'),
    event: StartEventName,
    at: Instant,
    reason: z.string().max(2000).optional(),
  }),
  /** An incident an alert opened (triage) that is no personal-data breach (a CPU alarm, a false positive): closed, with why. */
  z.strictObject({ action: z.literal('dismiss'), reason: z.string().trim().min(1).max(2000) }),
  /**
   * An incident whose obligations are all settled, kept open because some of its people live where no runbook covers
   * (the assessment's uncoveredJurisdictions): closed by legal once counsel has checked those places' laws, with what they found.
   */
  z.strictObject({ action: z.literal('close'), reason: z.string().trim().min(1).max(2000) }),
  /** Legal's own risk conclusion replaces the assessed one; open obligations are re-decided. */
  z.strictObject({
    action: z.literal('override-risk'),
    riskToIndividuals: RiskToIndividuals,
    reason: z.string().trim().min(1).max(2000),
  }),
]);
export type Decision = z.infer<typeof Decision>;

export const ROLES = ['responder', 'legal', 'admin'] as const;
export type Role = (typeof ROLES)[number];
