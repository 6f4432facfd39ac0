// The pure core of alert intake: an EventBridge event from GuardDuty, Macie, Security Hub or a
// CloudWatch alarm becomes zero or more alerts (one per finding) or reasons to ignore it.
// Nothing here keeps personal data: finding descriptions, principals, IP addresses and Macie's
// occurrence locators are never read into an alert; only types, resources, counts and times.
import { z } from 'zod';
import { Category, Instant } from '../shared/contract.js';
import { ValidationError, type FieldIssue } from '../shared/errors.js';
import {
  AlarmStateChangeDetail,
  EVENT_KINDS,
  EventBridgeEnvelope,
  GuardDutyFinding,
  MacieFinding,
  SecurityHubImportedDetail,
  type AsffFinding,
  type AsffSeverityLabel,
} from './events.js';

/** The incident title limit of the API contract. */
const MAX_TITLE_LENGTH = 200;
const MAX_SUMMARY_LENGTH = 2000;

export const ALERT_SOURCES = ['guardduty', 'macie', 'securityhub', 'cloudwatch'] as const;
export const AlertSource = z.enum(ALERT_SOURCES);
export type AlertSource = z.infer<typeof AlertSource>;

export const ALERT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const AlertSeverity = z.enum(ALERT_SEVERITIES);
export type AlertSeverity = z.infer<typeof AlertSeverity>;

export const SensitiveDetection = z.object({ type: z.string().min(1), count: z.int().min(0) });
export type SensitiveDetection = z.infer<typeof SensitiveDetection>;

/** One finding, reduced to what an incident needs. The output contract of this core. */
export const Alert = z.object({
  source: AlertSource,
  /** Dedupe key within the source: the same finding (or open alarm) always gives the same id. */
  findingId: z.string().min(1),
  /** `${source}:${findingId}`: unique across sources. */
  dedupeKey: z.string().min(1),
  /** The provider's title, clipped. GuardDuty titles can name the IAM principal involved. */
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  /** Finding type, resources, counts and times only: no personal data. */
  summary: z.string().min(1),
  severity: AlertSeverity,
  findingType: z.string().min(1),
  /** When the provider last observed the activity (RFC 3339, UTC). */
  observedAt: Instant,
  account: z.string().optional(),
  region: z.string().optional(),
  /** ARNs (or, where AWS gives none, resource ids) of what was affected, never of the actor. */
  resources: z.array(z.string()),
  /** Categories of personal data the provider found (Macie only). */
  dataCategories: z.array(Category),
  /** Macie detections: type names and counts, never values or locations. */
  sensitiveDetections: z.array(SensitiveDetection).optional(),
  /** Detection types with no category mapping, kept by name so nobody assumes they were nothing. */
  unmappedDetectionTypes: z.array(z.string()).optional(),
  /**
   * The largest per-type detection count: at least this many records hold personal data, if each
   * record holds one value of a type (true of the tabular exports Macie mostly finds).
   */
  minAffectedRecords: z.int().min(0).optional(),
});
export type Alert = z.infer<typeof Alert>;

export type AlertInterpretation =
  | { kind: 'alert'; alert: Alert }
  | { kind: 'ignored'; source: AlertSource; findingId?: string; reason: string; closedAtSource?: true };

export interface InterpretOptions {
  securityHub?: {
    /** Drop findings labelled INFORMATIONAL (mostly passed posture checks). Default true. */
    ignoreInformational?: boolean;
    /**
     * Drop findings Security Hub re-publishes from GuardDuty and Macie, whose own events open the
     * incident; otherwise one finding opens two incidents under two dedupe keys. Default true.
     */
    ignoreForwardedFindings?: boolean;
  };
  cloudWatch?: {
    /** Severity of an alarm in ALARM. Default medium: an alarm says something, not how bad. */
    alarmSeverity?: AlertSeverity;
    /** Per-alarm severities, keyed by alarm name or alarm ARN. */
    severityByAlarm?: Readonly<Record<string, AlertSeverity>>;
  };
}


const MAX_LISTED = 10;

const SOURCE_LABELS: Record<AlertSource, string> = {
  guardduty: 'GuardDuty',
  macie: 'Macie',
  securityhub: 'Security Hub',
  cloudwatch: 'CloudWatch',
};

/**
 * Reads one EventBridge event. Returns one entry per finding it carries (an alert, or why it is
 * ignored). Throws ValidationError for a malformed event or an unsupported source/detail-type.
 */
export function interpretAlert(event: unknown, opts: InterpretOptions = {}): AlertInterpretation[] {
  const envelope = parseOrThrow(EventBridgeEnvelope, event, [], 'Malformed EventBridge event');
  const { source, 'detail-type': detailType } = envelope;

  if (matches(envelope, EVENT_KINDS.guardduty)) return [interpretGuardDuty(envelope)];
  if (matches(envelope, EVENT_KINDS.macie)) return [interpretMacie(envelope)];
  if (matches(envelope, EVENT_KINDS.securityhub)) return interpretSecurityHub(envelope, opts.securityHub ?? {});
  if (matches(envelope, EVENT_KINDS.cloudwatch)) return [interpretAlarm(envelope, opts.cloudWatch ?? {})];
  // Alarm configuration changes and the like come from the same source as alarm state
  // changes, so a source-wide rule delivers them: they are expected, not errors.
  if (source === EVENT_KINDS.cloudwatch.source) {
    return [{ kind: 'ignored', source: 'cloudwatch', reason: `"${detailType}" events do not open incidents` }];
  }
  throw new ValidationError(`Unsupported alert: source "${source}", detail-type "${detailType}"`, [
    { field: 'source', message: `"${source}" with detail-type "${detailType}" is not a supported alert` },
  ]);
}

/** A human-readable incident title built from structured fields only (no provider free text). */
export function alertIncidentTitle(alert: Alert): string {
  const primary = alert.resources[0];
  const where = primary === undefined ? '' : ` on ${shortResourceName(primary)}`;
  return clip(`${SOURCE_LABELS[alert.source]} ${alert.severity}: ${alert.findingType}${where}`, MAX_TITLE_LENGTH);
}

// ---------------------------------------------------------------------------------------------
// GuardDuty

function interpretGuardDuty(envelope: EventBridgeEnvelope): AlertInterpretation {
  const finding = parseOrThrow(GuardDutyFinding, envelope.detail, ['detail'], 'Malformed GuardDuty finding');
  // GuardDuty's "Generate sample findings" produces realistic-looking findings with this flag.
  if (finding.service?.additionalInfo?.sample === true) {
    return ignored('guardduty', finding.id, 'GuardDuty sample finding (generated for testing)');
  }
  if (finding.service?.archived === true) {
    return ignored('guardduty', finding.id, 'GuardDuty finding is archived', true);
  }
  const severity = guardDutySeverity(finding.severity);
  const resources = guardDutyResources(finding, envelope);
  const count = finding.service?.count;
  const firstSeen = finding.service?.eventFirstSeen;
  const lastSeen = finding.service?.eventLastSeen;
  const summary = [
    `GuardDuty finding ${finding.type}, severity ${finding.severity} (${severity})`,
    activitySpan(count, firstSeen, lastSeen),
    finding.resource?.resourceType ? `resource type ${finding.resource.resourceType}` : undefined,
    listed('resources', resources),
  ];
  return alert({
    source: 'guardduty',
    findingId: finding.id,
    title: finding.title,
    summary: sentence(summary),
    severity,
    findingType: finding.type,
    observedAt: lastSeen ?? finding.updatedAt ?? envelope.time,
    account: finding.accountId ?? envelope.account,
    region: finding.region ?? envelope.region,
    resources,
    dataCategories: [],
  });
}

function activitySpan(count: number | null | undefined, firstSeen?: string | null, lastSeen?: string | null): string | undefined {
  const times = count == null ? 'seen' : `seen ${count} time(s)`;
  if (!firstSeen || !lastSeen) return count == null ? undefined : times;
  return firstSeen === lastSeen ? `${times} at ${lastSeen}` : `${times} from ${firstSeen} to ${lastSeen}`;
}

/** GuardDuty's published bands: 1.0–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical. */
export function guardDutySeverity(score: number): AlertSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

// What was affected, not who acted: access-key details (user names, principal ids) are skipped.
function guardDutyResources(finding: GuardDutyFinding, envelope: EventBridgeEnvelope): string[] {
  const resource = finding.resource;
  if (!resource) return [];
  const partition = finding.partition ?? 'aws';
  const region = finding.region ?? envelope.region;
  const account = finding.accountId ?? envelope.account;
  const instanceId = resource.instanceDetails?.instanceId;
  return unique([
    ...(resource.s3BucketDetails ?? []).map((bucket) => bucket.arn ?? (bucket.name ? `arn:${partition}:s3:::${bucket.name}` : undefined)),
    instanceId ? `arn:${partition}:ec2:${region}:${account}:instance/${instanceId}` : undefined,
    resource.eksClusterDetails?.arn,
    resource.ecsClusterDetails?.arn,
    resource.lambdaDetails?.functionArn,
    resource.rdsDbInstanceDetails?.dbInstanceArn,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Macie

function interpretMacie(envelope: EventBridgeEnvelope): AlertInterpretation {
  const finding = parseOrThrow(MacieFinding, envelope.detail, ['detail'], 'Malformed Macie finding');
  if (finding.sample === true) return ignored('macie', finding.id, 'Macie sample finding (generated for testing)');
  if (finding.archived === true) return ignored('macie', finding.id, 'Macie finding is archived', true);

  const detections = macieDetections(finding);
  const { categories, unmapped } = categoriesOfDetections(detections.map((detection) => detection.type));
  const resources = macieResources(finding);
  const severity = macieSeverity(finding.severity.description, finding.severity.score);
  const total = detections.reduce((sum, detection) => sum + detection.count, 0);
  const minAffectedRecords = detections.length === 0 ? undefined : Math.max(...detections.map((detection) => detection.count));
  const summary = [
    `Macie finding ${finding.type}, severity ${finding.severity.description ?? finding.severity.score ?? 'unknown'} (${severity})`,
    listed('resources', resources),
    detections.length === 0
      ? undefined
      : `${total} detection(s) of ${detections.length} type(s): ${detections.map((detection) => `${detection.type} ${detection.count}`).join(', ')}`,
    categories.length === 0 ? undefined : `data categories: ${categories.join(', ')}`,
    unmapped.length === 0 ? undefined : `unmapped detection types: ${unmapped.join(', ')}`,
  ];
  return alert({
    source: 'macie',
    findingId: finding.id,
    title: finding.title,
    summary: sentence(summary),
    severity,
    findingType: finding.type,
    observedAt: finding.updatedAt ?? finding.createdAt ?? envelope.time,
    account: finding.accountId ?? envelope.account,
    region: finding.region ?? envelope.region,
    resources,
    dataCategories: categories,
    sensitiveDetections: detections,
    ...(unmapped.length > 0 ? { unmappedDetectionTypes: unmapped } : {}),
    ...(minAffectedRecords === undefined ? {} : { minAffectedRecords }),
  });
}

/** Managed detections by type, then custom data identifiers as `custom:<identifier name>`. */
function macieDetections(finding: MacieFinding): SensitiveDetection[] {
  const result = finding.classificationDetails?.result;
  const counts = new Map<string, number>();
  const add = (type: string, count: number) => counts.set(type, (counts.get(type) ?? 0) + count);
  for (const group of result?.sensitiveData ?? []) {
    for (const detection of group.detections ?? []) add(detection.type, detection.count);
  }
  for (const detection of result?.customDataIdentifiers?.detections ?? []) add(`custom:${detection.name}`, detection.count);
  return [...counts].map(([type, count]) => ({ type, count }));
}

// Object first: it is the most specific thing affected and what the incident title names.
function macieResources(finding: MacieFinding): string[] {
  const bucket = finding.resourcesAffected?.s3Bucket;
  const object = finding.resourcesAffected?.s3Object;
  const bucketArn = bucket?.arn ?? object?.bucketArn ?? (bucket?.name ? `arn:aws:s3:::${bucket.name}` : undefined);
  const objectArn = bucketArn && object?.key ? `${bucketArn}/${object.key}` : undefined;
  return unique([objectArn, bucketArn]);
}

/** Macie rates Low / Medium / High (scores 1 / 2 / 3); it has no critical. */
export function macieSeverity(description: string | null | undefined, score: number | null | undefined): AlertSeverity {
  switch (description?.toLowerCase()) {
    case 'low': return 'low';
    case 'medium': return 'medium';
    case 'high': return 'high';
    case 'critical': return 'critical';
  }
  if (score == null) return 'medium';
  if (score >= 3) return 'high';
  return score >= 2 ? 'medium' : 'low';
}

// Exact Macie managed-data-identifier ids first, then name patterns for the families that
// come in per-country variants (USA_PASSPORT_NUMBER, UK_DRIVING_LICENCE, ...).
const MACIE_TYPE_CATEGORIES: Readonly<Record<string, Category>> = {
  NAME: 'identity',
  DATE_OF_BIRTH: 'identity',
  ADDRESS: 'contact',
  PHONE_NUMBER: 'contact',
  EMAIL_ADDRESS: 'contact',
  LATITUDE_LONGITUDE: 'location',
  IP_ADDRESS: 'online-identifier',
  MAC_ADDRESS: 'online-identifier',
  AWS_CREDENTIALS: 'credentials',
  HTTP_BASIC_AUTH_HEADER: 'credentials',
  HTTP_COOKIE: 'credentials',
  JSON_WEB_TOKEN: 'credentials',
  PKCS: 'credentials',
};

const MACIE_TYPE_PATTERNS: ReadonlyArray<readonly [RegExp, Category]> = [
  [/^CREDIT_CARD_/, 'payment-card'],
  [/(^|_)(PRIVATE_KEY|CREDENTIALS|API_KEY|SECRET_KEY|ACCESS_TOKEN)(_|$)/, 'credentials'],
  // Before government ids: UK_NATIONAL_HEALTH_SERVICE_NUMBER is health data.
  [/(^|_)(HEALTH|MEDICAL|MEDICARE|MEDICAID|DRUG_CODE)(_|$)/, 'health'],
  [/(^|_)(SOCIAL_SECURITY|SOCIAL_INSURANCE|PASSPORT|DRIVERS?_LICEN[CS]E|DRIVING_LICEN[CS]E|NATIONAL_ID\w*|NATIONAL_INSURANCE|TAX_ID\w*|TAXPAYER\w*|TAX_IDENTIFICATION)(_|$)/, 'government-id'],
  [/(^|_)(BANK_ACCOUNT|IBAN|BBAN|SWIFT|ROUTING)(_|$)/, 'financial'],
];

/** The data category of one Macie detection type, or undefined if it has none. */
export function categoryOfMacieDetectionType(type: string): Category | undefined {
  const upper = type.toUpperCase();
  const exact = MACIE_TYPE_CATEGORIES[upper];
  if (exact) return exact;
  return MACIE_TYPE_PATTERNS.find(([pattern]) => pattern.test(upper))?.[1];
}

/** Distinct categories of the given detection types, and the type names that map to none. */
export function categoriesOfDetections(types: readonly string[]): { categories: Category[]; unmapped: string[] } {
  const categories = new Set<Category>();
  const unmapped = new Set<string>();
  for (const type of types) {
    const category = categoryOfMacieDetectionType(type);
    if (category) categories.add(category);
    else unmapped.add(type);
  }
  return { categories: [...categories], unmapped: [...unmapped] };
}

// ---------------------------------------------------------------------------------------------
// Security Hub

// Security Hub products that also publish their findings to EventBridge themselves.
const FORWARDED_PRODUCTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/:product\/aws\/guardduty$/, 'GuardDuty'],
  [/:product\/aws\/macie$/, 'Macie'],
];

function interpretSecurityHub(
  envelope: EventBridgeEnvelope,
  opts: NonNullable<InterpretOptions['securityHub']>,
): AlertInterpretation[] {
  const detail = parseOrThrow(SecurityHubImportedDetail, envelope.detail, ['detail'], 'Malformed Security Hub event');
  return detail.findings.map((finding) => interpretAsffFinding(finding, envelope, opts));
}

function interpretAsffFinding(
  finding: AsffFinding,
  envelope: EventBridgeEnvelope,
  opts: NonNullable<InterpretOptions['securityHub']>,
): AlertInterpretation {
  const findingId = securityHubFindingId(finding);
  if (finding.RecordState === 'ARCHIVED') return ignored('securityhub', findingId, 'Security Hub finding is archived', true);
  const workflow = finding.Workflow?.Status;
  if (workflow === 'SUPPRESSED' || workflow === 'RESOLVED') {
    return ignored('securityhub', findingId, `Security Hub finding workflow status is ${workflow}`, true);
  }
  const label = finding.Severity.Label ?? labelOfNormalizedSeverity(finding.Severity.Normalized ?? 0);
  if (label === 'INFORMATIONAL' && (opts.ignoreInformational ?? true)) {
    return ignored('securityhub', findingId, 'Security Hub finding is informational');
  }
  const forwardedFrom = FORWARDED_PRODUCTS.find(([pattern]) => pattern.test(finding.ProductArn))?.[1];
  if (forwardedFrom && (opts.ignoreForwardedFindings ?? true)) {
    return ignored('securityhub', findingId, `forwarded from ${forwardedFrom}, whose own event opens the incident`);
  }

  const severity = securityHubSeverity(label);
  // Actor resources (access keys, the calling role or user) identify who acted, not what was hit.
  const resources = unique(finding.Resources.filter((resource) => resource.ResourceRole?.toLowerCase() !== 'actor').map((resource) => resource.Id));
  const product = finding.ProductName ?? finding.ProductArn.split('/').slice(1).join('/');
  const summary = [
    `Security Hub finding from ${product}, types ${finding.Types.join('; ')}`,
    `severity ${label}${finding.Severity.Normalized === undefined ? '' : ` (${finding.Severity.Normalized})`}`,
    workflow ? `workflow ${workflow}` : undefined,
    listed('resources', resources),
  ];
  return alert({
    source: 'securityhub',
    findingId,
    title: finding.Title,
    summary: sentence(summary),
    severity,
    findingType: finding.Types[0]!,
    observedAt: finding.LastObservedAt ?? finding.UpdatedAt,
    account: finding.AwsAccountId,
    region: finding.Region ?? envelope.region,
    resources,
    dataCategories: [],
  });
}

// ASFF ids are unique per product only; Security Hub itself identifies a finding by
// product ARN + id (its "aws/securityhub/FindingId" product field), so do the same.
function securityHubFindingId(finding: AsffFinding): string {
  return `${finding.ProductArn}/${finding.Id}`;
}

/** ASFF's normalized bands: 0 informational, 1–39 low, 40–69 medium, 70–89 high, 90–100 critical. */
export function labelOfNormalizedSeverity(normalized: number): AsffSeverityLabel {
  if (normalized >= 90) return 'CRITICAL';
  if (normalized >= 70) return 'HIGH';
  if (normalized >= 40) return 'MEDIUM';
  return normalized >= 1 ? 'LOW' : 'INFORMATIONAL';
}

function securityHubSeverity(label: AsffSeverityLabel): AlertSeverity {
  // Informational findings only get here when configured to; they are the least severe.
  return label === 'INFORMATIONAL' ? 'low' : (label.toLowerCase() as AlertSeverity);
}

// ---------------------------------------------------------------------------------------------
// CloudWatch alarms

function interpretAlarm(
  envelope: EventBridgeEnvelope,
  opts: NonNullable<InterpretOptions['cloudWatch']>,
): AlertInterpretation {
  const detail = parseOrThrow(AlarmStateChangeDetail, envelope.detail, ['detail'], 'Malformed CloudWatch alarm event');
  const alarmArn = envelope.resources[0];
  if (alarmArn === undefined) {
    throw new ValidationError('CloudWatch alarm event names no alarm', [
      { field: 'resources', message: 'expected the alarm ARN as the first resource' },
    ]);
  }
  // Recovery (OK) or missing data does not close or create a breach incident.
  if (detail.state.value !== 'ALARM') {
    return ignored('cloudwatch', alarmArn, `alarm state is ${detail.state.value}; only a change into ALARM opens an incident`);
  }
  const severity = opts.severityByAlarm?.[alarmArn] ?? opts.severityByAlarm?.[detail.alarmName] ?? opts.alarmSeverity ?? 'medium';
  const composite = detail.configuration?.alarmRule !== undefined;
  const metrics = unique(
    (detail.configuration?.metrics ?? []).map(({ metricStat }) =>
      metricStat?.metric.name ? [metricStat.metric.namespace, metricStat.metric.name].filter(Boolean).join(' ') : undefined,
    ),
  );
  const observedAt = detail.state.timestamp ?? envelope.time;
  const summary = [
    `CloudWatch ${composite ? 'composite' : 'metric'} alarm ${detail.alarmName} changed from ${detail.previousState?.value ?? 'unknown'} to ALARM at ${observedAt}`,
    listed('metrics', metrics),
    `alarm ${alarmArn}`,
  ];
  return alert({
    source: 'cloudwatch',
    // One incident per alarm while it is open: a re-alarm updates it rather than opening another.
    findingId: alarmArn,
    title: `CloudWatch alarm ${detail.alarmName} is in ALARM`,
    summary: sentence(summary),
    severity,
    findingType: composite ? 'CompositeAlarm/ALARM' : 'MetricAlarm/ALARM',
    observedAt,
    account: envelope.account,
    region: envelope.region,
    resources: [alarmArn],
    dataCategories: [],
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function matches(envelope: EventBridgeEnvelope, kind: { source: string; detailType: string }): boolean {
  return envelope.source === kind.source && envelope['detail-type'] === kind.detailType;
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, at: PropertyKey[], message: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
    field: [...at, ...issue.path].map(String).join('.') || '(event)',
    message: issue.message,
  }));
  throw new ValidationError(message, issues);
}

function alert(fields: Omit<Alert, 'dedupeKey'>): AlertInterpretation {
  return {
    kind: 'alert',
    alert: {
      ...fields,
      dedupeKey: alertDedupeKey(fields.source, fields.findingId),
      title: clip(fields.title.trim() || fields.findingType, MAX_TITLE_LENGTH),
      summary: clip(fields.summary, MAX_SUMMARY_LENGTH),
    },
  };
}

/** `closedAtSource`: the finding was archived, resolved or suppressed where it was raised (see takeAlert). */
function ignored(source: AlertSource, findingId: string, reason: string, closedAtSource?: true): AlertInterpretation {
  return { kind: 'ignored', source, findingId, reason, ...(closedAtSource && { closedAtSource }) };
}

/** The key one finding's alerts share (see Alert.dedupeKey). */
export const alertDedupeKey = (source: AlertSource, findingId: string): string => `${source}:${findingId}`;

function unique(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.length > 0))];
}

function listed(what: string, values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  const more = values.length > MAX_LISTED ? ` and ${values.length - MAX_LISTED} more` : '';
  return `${what}: ${values.slice(0, MAX_LISTED).join(', ')}${more}`;
}

function sentence(parts: ReadonlyArray<string | undefined>): string {
  return `${parts.filter((part) => part !== undefined).join('; ')}.`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The readable tail of an ARN ("bucket/key", "alarm:Name", "instance/i-0abc"), else the id. */
function shortResourceName(resource: string): string {
  const parts = resource.split(':');
  return parts[0] === 'arn' && parts.length >= 6 ? parts.slice(5).join(':') : resource;
}
