// Schemas for the AWS security events that open incidents, as EventBridge delivers them.
// Only the fields the alert core reads are validated; every object is loose because AWS adds
// fields over time and an unknown field must never turn a real alert into a rejected one.
import { z } from 'zod';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

// AWS writes times in several shapes: RFC 3339 (EventBridge, Macie, Security Hub), ISO with a
// colon-less offset (CloudWatch: "2019-10-02T17:04:40.989+0000") and, in GuardDuty and
// Security Hub findings that went through log pipelines, "2025-02-25 20:40:06.721" with
// nanoseconds and no zone. Those are UTC, like every time AWS security services emit.
const AWS_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day <= monthDays;
}

/** An AWS timestamp as an RFC 3339 UTC instant with milliseconds, or undefined if it is not one. */
export function toRfc3339(raw: string): string | undefined {
  const match = AWS_TIME.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  // Date.parse rolls 30 February over into March, so check the calendar first.
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const millis = (fraction ?? '.000').slice(0, 4).padEnd(4, '0');
  const offset =
    zone === undefined || zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const instant = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${millis}${offset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** Any AWS timestamp shape, normalised to RFC 3339 UTC. */
export const AwsTimestamp = z.string().transform((raw, ctx) => {
  const instant = toRfc3339(raw);
  if (instant === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected an ISO 8601 / RFC 3339 timestamp' });
    return z.NEVER;
  }
  return instant;
});

/** Sample-finding flags arrive as a boolean, or as the string "true" in older GuardDuty data. */
const SampleFlag = z
  .union([z.boolean(), z.string()])
  .transform((flag) => flag === true || (typeof flag === 'string' && flag.toLowerCase() === 'true'));

/** The EventBridge envelope. `version` and `id` are not read, so not required. */
export const EventBridgeEnvelope = z.looseObject({
  'detail-type': z.string().min(1),
  source: z.string().min(1),
  account: z.string(),
  time: AwsTimestamp,
  region: z.string(),
  resources: z.array(z.string()),
  detail: z.looseObject({}),
});
export type EventBridgeEnvelope = z.infer<typeof EventBridgeEnvelope>;

// GuardDuty: `detail` is the finding in GetFindings' camelCase shape.
const Arned = z.looseObject({ arn: z.string().nullish() });

export const GuardDutyFinding = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  severity: z.number().min(0).max(10),
  title: z.string(),
  accountId: z.string().optional(),
  region: z.string().optional(),
  partition: z.string().optional(),
  updatedAt: AwsTimestamp.optional(),
  resource: z
    .looseObject({
      resourceType: z.string().nullish(),
      instanceDetails: z.looseObject({ instanceId: z.string().nullish() }).nullish(),
      s3BucketDetails: z.array(z.looseObject({ arn: z.string().nullish(), name: z.string().nullish() })).nullish(),
      eksClusterDetails: Arned.nullish(),
      ecsClusterDetails: Arned.nullish(),
      lambdaDetails: z.looseObject({ functionArn: z.string().nullish() }).nullish(),
      rdsDbInstanceDetails: z.looseObject({ dbInstanceArn: z.string().nullish() }).nullish(),
    })
    .nullish(),
  service: z
    .looseObject({
      additionalInfo: z.looseObject({ sample: SampleFlag.optional() }).nullish(),
      archived: z.boolean().nullish(),
      count: z.number().int().min(0).nullish(),
      eventFirstSeen: AwsTimestamp.nullish(),
      eventLastSeen: AwsTimestamp.nullish(),
    })
    .nullish(),
});
export type GuardDutyFinding = z.infer<typeof GuardDutyFinding>;

// Macie: `detail` is the finding (GetFindings shape). Occurrence locators (cells, records,
// line ranges) are deliberately not read: they point at the personal data itself.
const MacieDetection = z.looseObject({ type: z.string().min(1), count: z.number().int().min(0) });

export const MacieFinding = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  title: z.string(),
  accountId: z.string().optional(),
  region: z.string().optional(),
  archived: z.boolean().nullish(),
  sample: SampleFlag.nullish(),
  createdAt: AwsTimestamp.optional(),
  updatedAt: AwsTimestamp.optional(),
  severity: z.looseObject({ description: z.string().nullish(), score: z.number().nullish() }),
  resourcesAffected: z
    .looseObject({
      s3Bucket: z.looseObject({ arn: z.string().nullish(), name: z.string().nullish() }).nullish(),
      s3Object: z
        .looseObject({ bucketArn: z.string().nullish(), key: z.string().nullish(), path: z.string().nullish() })
        .nullish(),
    })
    .nullish(),
  classificationDetails: z
    .looseObject({
      result: z
        .looseObject({
          sensitiveData: z
            .array(z.looseObject({ category: z.string().nullish(), detections: z.array(MacieDetection).nullish() }))
            .nullish(),
          customDataIdentifiers: z
            .looseObject({
              detections: z
                .array(z.looseObject({ name: z.string().min(1), count: z.number().int().min(0) }))
                .nullish(),
            })
            .nullish(),
        })
        .nullish(),
    })
    .nullish(),
});
export type MacieFinding = z.infer<typeof MacieFinding>;

// Security Hub: `detail.findings` holds one or more ASFF findings.
export const ASFF_SEVERITY_LABELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type AsffSeverityLabel = (typeof ASFF_SEVERITY_LABELS)[number];

export const AsffFinding = z.looseObject({
  Id: z.string().min(1),
  ProductArn: z.string().min(1),
  ProductName: z.string().optional(),
  Types: z.array(z.string()).min(1),
  Title: z.string(),
  AwsAccountId: z.string(),
  Region: z.string().optional(),
  CreatedAt: AwsTimestamp,
  UpdatedAt: AwsTimestamp,
  LastObservedAt: AwsTimestamp.optional(),
  Severity: z
    .looseObject({ Label: z.enum(ASFF_SEVERITY_LABELS).optional(), Normalized: z.number().min(0).max(100).optional() })
    .refine((severity) => severity.Label !== undefined || severity.Normalized !== undefined, {
      message: 'Severity needs a Label or a Normalized score',
    }),
  Resources: z.array(
    z.looseObject({ Id: z.string().min(1), Type: z.string().optional(), ResourceRole: z.string().optional() }),
  ),
  Workflow: z.looseObject({ Status: z.string() }).optional(),
  RecordState: z.string().optional(),
});
export type AsffFinding = z.infer<typeof AsffFinding>;

export const SecurityHubImportedDetail = z.looseObject({ findings: z.array(AsffFinding).min(1) });

// CloudWatch: "Alarm State Change" detail.
export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;

export const AlarmStateChangeDetail = z.looseObject({
  alarmName: z.string().min(1),
  state: z.looseObject({ value: z.enum(ALARM_STATES), timestamp: AwsTimestamp.optional() }),
  previousState: z.looseObject({ value: z.string() }).optional(),
  configuration: z
    .looseObject({
      alarmRule: z.string().optional(),
      metrics: z
        .array(
          z.looseObject({
            metricStat: z
              .looseObject({ metric: z.looseObject({ name: z.string().optional(), namespace: z.string().optional() }) })
              .optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
export type AlarmStateChangeDetail = z.infer<typeof AlarmStateChangeDetail>;

/** The (source, detail-type) pairs that carry findings. */
export const EVENT_KINDS = {
  guardduty: { source: 'aws.guardduty', detailType: 'GuardDuty Finding' },
  macie: { source: 'aws.macie', detailType: 'Macie Finding' },
  securityhub: { source: 'aws.securityhub', detailType: 'Security Hub Findings - Imported' },
  cloudwatch: { source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm State Change' },
} as const;
