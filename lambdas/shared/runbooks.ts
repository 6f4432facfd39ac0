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
  type Classification,
  type StoredReport,
} from './contract.js';
import { DEADLINE_UNITS } from './deadlines.js';
import { ValidationError, type FieldIssue } from './errors.js';

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
  'data.categories',
  'assessment.severity', 'assessment.risk',
] as const;
export const FactName = z.enum(FACT_NAMES);
export type FactName = z.infer<typeof FactName>;

type Scalar = string | number | boolean;
type FactValue = Scalar | readonly Scalar[] | undefined;
export type IncidentFacts = Partial<Record<FactName, FactValue>>;

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const OPERATORS = ['is', 'in', 'inSet', 'gte', 'gt', 'lte', 'lt', 'present'] as const;

/**
 * One test on one fact. Exactly one operator:
 * - `is: v`     scalar fact equals v; list fact contains v
 * - `in: [..]`  scalar fact is one of them; list fact shares one with them
 * - `inSet: s`  like `in`, with the runbook's named set s (e.g. the EEA countries)
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

export type Condition = FactTest | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    FactTest,
  ]),
);

export type NamedSets = Record<string, { members: readonly string[] }>;

export function evaluateCondition(condition: Condition, facts: IncidentFacts, sets: NamedSets = {}): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, facts, sets));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, facts, sets));
  if ('not' in condition) return !evaluateCondition(condition.not, facts, sets);
  return testFact(condition, facts[condition.fact], sets);
}

function testFact(test: FactTest, value: FactValue, sets: NamedSets): boolean {
  const values: readonly Scalar[] = value === undefined ? [] : Array.isArray(value) ? value : [value as Scalar];
  if (test.present !== undefined) return (values.length > 0) === test.present;
  if (test.is !== undefined) return values.includes(test.is);
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
  classification: Pick<Classification, 'categories' | 'subjectCount' | 'jurisdictions'>,
  assessment: { severity?: string; risk?: string } = {},
): IncidentFacts {
  const jurisdictions = affectedJurisdictions(report, classification);
  const { breach, organization } = report;
  return {
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
    'affected.subjectTypes': report.affected.subjectTypes,
    'affected.jurisdictions': jurisdictions,
    'affected.countries': [...new Set(jurisdictions.map((code) => code.slice(0, 2)))],
    'data.categories': classification.categories.map((c) => c.category),
    'assessment.severity': assessment.severity,
    'assessment.risk': assessment.risk,
  };
}

/** Declared and detected jurisdictions together, sorted: either source alone may be partial. */
export function affectedJurisdictions(
  report: StoredReport,
  classification: Pick<Classification, 'jurisdictions'>,
): string[] {
  const all = [...(report.affected.jurisdictions ?? []), ...classification.jurisdictions].map((j) => j.toUpperCase());
  return [...new Set(all)].sort();
}

/** The larger of the declared count and the classified count: the sample may be partial, and
 *  the declaration may be an early estimate. Notices say "approximately" either way. */
export function affectedSubjectCount(report: StoredReport, classification: Pick<Classification, 'subjectCount'>): number {
  return Math.max(report.affected.subjectCount, classification.subjectCount);
}

// ---------------------------------------------------------------------------------------------
// Runbook schema (one file per regime)

export const START_EVENTS = [
  'awareness', 'discovery', 'determination', 'classification', 'detection', 'assessment', 'materiality',
  'ransom-payment',
] as const;
export const StartEvent = z.enum(START_EVENTS);
export type StartEvent = z.infer<typeof StartEvent>;

const DeadlineUnit = z.enum(DEADLINE_UNITS);
const Span = { value: z.number().positive(), unit: DeadlineUnit };

const Deadline = z.discriminatedUnion('kind', [
  /** A hard limit, e.g. 72 hours after awareness. */
  z.strictObject({ kind: z.literal('fixed'), ...Span, startEvent: StartEvent, qualifier: z.string().optional(), ...sourced }),
  /** "Without undue delay" and no number in the law: no legal deadline, but an internal target. */
  z.strictObject({
    kind: z.literal('without-undue-delay'),
    startEvent: StartEvent,
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
  /** Shown to the reader as the obligation's reason; may use {{risk}}, {{severity}}, {{country}}. */
  reason: z.string().min(1),
  ...sourced,
});
export type Decision = z.infer<typeof Decision>;

const FixedChannel = z.strictObject({
  kind: z.enum(['email', 'portal', 'none']),
  name: z.string().min(1),
  address: z.string().optional(),
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
  /** Stable id; the obligation's id is `<regime>-<id>`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"'),
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
  ...sourced,
});
export type AuthorityEntry = z.infer<typeof AuthorityEntry>;

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

/** A loaded runbook: the validated file plus its notice templates' text, keyed by path. */
export type Runbook = RunbookFile & { file: string; templates: Record<string, string> };

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
  riskMapping: z.strictObject({ levels: z.record(SeverityLevel, RiskToIndividuals), ...sourced }),
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
  const runbooks = files.map((file) => loadRunbook(dir, file));
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

function loadRunbook(dir: string, file: string): Runbook {
  const runbook = validate(RunbookFile, readYaml(dir, file), file);
  const issues = [
    ...checkFirstMatchLists([
      ...runbook.obligations.map((o, i) => [`obligations.${i}.decisions`, o.decisions] as const),
      ['authorities', runbook.authorities],
    ]),
    ...checkSetReferences(runbook, runbook.sets),
    ...checkObligationIds(runbook),
    ...checkAuthorityLookups(runbook),
    ...checkNoticeObligations(runbook),
    ...checkReasonPlaceholders(runbook),
  ];
  if (issues.length > 0) throw invalid(file, issues);
  return { ...runbook, file, templates: readTemplates(dir, file, runbook) };
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

/** The placeholders an obligation's or applicability rule's reason may use (see assess/core.ts). */
export const REASON_PLACEHOLDERS = ['risk', 'severity', 'country'] as const;

function checkReasonPlaceholders(runbook: RunbookFile): FieldIssue[] {
  const reasons: Array<[string, string]> = [
    ...runbook.applicability.rules.map((r, i) => [`applicability.rules.${i}.reason`, r.reason] as [string, string]),
    ...runbook.obligations.flatMap((o, i) => o.decisions.map((d, j) => [`obligations.${i}.decisions.${j}.reason`, d.reason] as [string, string])),
  ];
  return reasons.flatMap(([field, reason]) =>
    [...reason.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)]
      .filter(([, name]) => !(REASON_PLACEHOLDERS as readonly string[]).includes(name!))
      .map(([placeholder]) => ({ field, message: `unknown placeholder ${placeholder} (use ${REASON_PLACEHOLDERS.join(', ')})` })),
  );
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
