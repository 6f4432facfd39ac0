// Filing a breach report: dedupe by Idempotency-Key, keep the report without its raw records,
// record it on the timeline, start the workflow (the execution is named after the incident).
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { IncidentReport, JurisdictionCode, type Category, type Classification, type StoredReport } from '../shared/contract.js';
import { ConflictError, ValidationError, invalidFields, zodIssues } from '../shared/errors.js';
import { CLOCK_SKEW_MS, type Clock } from '../shared/clock.js';
import type { IncidentStore } from '../shared/store.js';
import { sha256 } from '../shared/store.js';
import { canonicalJson, type Actor } from '../shared/timeline.js';
import type { Workflow } from '../shared/workflow.js';
import { RecordClassifier, classifyRecords } from '../classify/core.js';
import { isRecord } from '../classify/json.js';
import { formatOf } from '../classify/sources.js';

/** Whether a records source may be delimited text (a CSV or TSV, or a name that says nothing: see formatOf). */
function isDelimited(source: string | undefined): boolean {
  if (source === undefined) return false;
  try {
    const { format } = formatOf(source);
    return format === 'csv' || format === 'sniffed';
  } catch {
    return false;
  }
}
import { usStateOf } from '../classify/detectors.js';

export interface FileIncidentPorts {
  store: IncidentStore;
  workflow: Pick<Workflow, 'start'>;
  clock: Clock;
  newIncidentId?: () => string;
  /** Checks a report's recordsSource as far as it can be before it is read (see checkRecordsSource); throws ValidationError. */
  checkSource?: (source: string) => Promise<void>;
}

export interface FiledIncident {
  id: string;
  status: string;
  links: { self: string; timeline: string; decisions: string };
  /** True when an earlier request with the same Idempotency-Key already filed it. */
  replayed: boolean;
}

/** Time-ordered, unguessable: inc-<time base36>-<10 random base32 chars>. */
export const newIncidentId = () =>
  `inc-${Date.now().toString(36)}-${randomBytes(8).toString('base64url').replace(/[-_]/g, '').slice(0, 10).toLowerCase()}`;

export const linksOf = (id: string) => ({
  self: `/incidents/${id}`,
  timeline: `/incidents/${id}/timeline`,
  decisions: `/incidents/${id}/decisions`,
});

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes Intl knows that name no country (or, UK, not by its ISO code): a regime keyed by "GB" would not apply.
const NOT_COUNTRY_CODES: Readonly<Record<string, string>> = {
  UK: 'use GB, the ISO 3166-1 code of the United Kingdom', EU: 'name each member state', EZ: 'name each member state',
  UN: 'name the countries', ZZ: 'name the countries', QO: 'name the countries',
};

/**
 * What the schema cannot say of a report: that its records source can be read, its times against
 * each other and the clock, that its jurisdictions exist and its key column is one of its records'.
 * Every bad field is named at once.
 */
export async function checkReport(report: ReportFacts, now: Date, checkSource?: (source: string) => Promise<void>): Promise<void> {
  const issues: Array<{ field: string; message: string }> = [];
  const source = report.affected.recordsSource;
  if (source !== undefined && checkSource !== undefined) {
    try {
      await checkSource(source);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
  }
  const discovered = report.discoveredAt === undefined ? Number.NaN : Date.parse(report.discoveredAt);
  if (discovered > now.getTime() + CLOCK_SKEW_MS) {
    issues.push({ field: 'discoveredAt', message: `is in the future (now is ${now.toISOString()}): the regulator clocks start from it` });
  }
  if (report.occurredAt !== undefined && Date.parse(report.occurredAt) > discovered) {
    issues.push({ field: 'occurredAt', message: 'is after discoveredAt: a breach is discovered when or after it occurs' });
  }
  const codes = [
    ...(report.affected.jurisdictions ?? []).map((code, index) => [`affected.jurisdictions.${index}`, code] as const),
    ...Object.keys(report.affected.subjectsByJurisdiction ?? {}).map((code) => [`affected.subjectsByJurisdiction.${code}`, code] as const),
  ];
  for (const [field, code] of codes) {
    if (code === undefined) continue; // refused by the schema
    const country = code.slice(0, 2);
    const problem = NOT_COUNTRY_CODES[country] ?? (REGION_NAMES.of(country) === undefined ? 'is no ISO 3166-1 country code' : undefined)
      ?? (country === 'US' && code.length > 2 && usStateOf(code.slice(3)) !== code ? 'is no US state, district or territory (ISO 3166-2:US)' : undefined);
    if (problem) issues.push({ field, message: `${code} ${problem}` });
  }
  // A place's people are some of the affected people, never more.
  const total = report.affected.subjectCount;
  for (const [code, count] of Object.entries(report.affected.subjectsByJurisdiction ?? {})) {
    if (typeof count === 'number' && total !== undefined && count > total) {
      issues.push({ field: `affected.subjectsByJurisdiction.${code}`, message: `${count} is more than affected.subjectCount (${report.affected.subjectCount})` });
    }
  }
  // Column names are for a delimited export without a header row.
  if (report.affected.recordsColumns !== undefined && !isDelimited(source)) {
    issues.push({ field: 'affected.recordsColumns', message: 'names the columns of a CSV recordsSource without a header row; the report gives no such source' });
  }
  // A key column named for the records must be one of the inline records' columns (checked by
  // classifying them with it, before anything is stored; the export's are checked when it is read).
  const { records, recordsSubjectKey } = report.affected;
  if (recordsSubjectKey !== undefined && records !== undefined && records.length > 0) {
    try {
      classifyRecords(records, { subjectKey: recordsSubjectKey, collectEmails: false });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push({ field: 'affected.recordsSubjectKey', message: error.message });
    }
  }
  if (issues.length > 0) throw invalidFields(issues);
}

/** The fields of a report that checkReport reads; in a refused request, those the schema accepted (see readReport). */
export interface ReportFacts {
  readonly discoveredAt?: string | undefined;
  readonly occurredAt?: string | undefined;
  readonly affected: {
    readonly subjectCount?: number | undefined;
    readonly jurisdictions?: ReadonlyArray<string | undefined> | undefined;
    readonly subjectsByJurisdiction?: Readonly<Record<string, unknown>> | undefined;
    readonly records?: IncidentReport['affected']['records'];
    readonly recordsSource?: string | undefined;
    readonly recordsSubjectKey?: string | undefined;
    readonly recordsColumns?: readonly string[] | undefined;
  };
}

/** What the schema accepts of each field checkReport reads (undefined where it refuses one). */
function acceptedFacts(input: unknown): ReportFacts {
  const accepted = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const body = isRecord(input) ? input : {};
  const affected = isRecord(body.affected) ? body.affected : {};
  const shape = IncidentReport.shape.affected.shape;
  const byJurisdiction = isRecord(affected.subjectsByJurisdiction) ? affected.subjectsByJurisdiction : {};
  return {
    discoveredAt: accepted(IncidentReport.shape.discoveredAt, body.discoveredAt),
    occurredAt: accepted(IncidentReport.shape.occurredAt, body.occurredAt),
    affected: {
      subjectCount: accepted(shape.subjectCount, affected.subjectCount),
      jurisdictions: Array.isArray(affected.jurisdictions) ? affected.jurisdictions.map((code) => accepted(JurisdictionCode, code)) : undefined,
      subjectsByJurisdiction: Object.fromEntries(Object.entries(byJurisdiction).filter(([code]) => accepted(JurisdictionCode, code) !== undefined)),
      records: accepted(shape.records, affected.records),
      recordsSource: accepted(shape.recordsSource, affected.recordsSource),
      recordsSubjectKey: accepted(shape.recordsSubjectKey, affected.recordsSubjectKey),
      recordsColumns: accepted(shape.recordsColumns, affected.recordsColumns),
    },
  };
}

/**
 * The report of a request (a parsed JSON body). When the schema refuses it, the error also names
 * what checkReport finds in the fields the schema accepted (a source that is not there, a
 * discovery in the future), so that one answer names every bad field. An accepted report is
 * checked as it is filed (fileIncident).
 */
export async function readReport(input: unknown, now: Date, checkSource?: (source: string) => Promise<void>): Promise<IncidentReport> {
  const parsed = IncidentReport.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error);
  try {
    await checkReport(acceptedFacts(input), now, checkSource);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const named = new Set(issues.map((issue) => issue.field));
    issues.push(...error.issues.filter((issue) => !named.has(issue.field)));
  }
  throw invalidFields(issues);
}

export async function fileIncident(
  request: { report: IncidentReport; idempotencyKey?: string; actor: Actor },
  ports: FileIncidentPorts,
): Promise<FiledIncident> {
  const { report, idempotencyKey, actor } = request;
  const now = ports.clock.now();
  await checkReport(report, now, ports.checkSource);
  let id = (ports.newIncidentId ?? newIncidentId)();

  if (idempotencyKey !== undefined) {
    if (!/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
      throw new ValidationError('Invalid Idempotency-Key header', [{ field: 'Idempotency-Key', message: '1-255 visible ASCII characters' }]);
    }
    const requestHash = sha256(canonicalJson(report));
    const claim = await ports.store.claimIdempotencyKey(idempotencyKey, requestHash, id, now);
    if (!claim.claimed) {
      if (claim.requestHash !== requestHash) {
        throw new ConflictError('This Idempotency-Key was already used with a different report');
      }
      // Same request again: finish what the first attempt may have left undone, then answer the same.
      id = claim.incidentId;
      const existing = await ports.store.getIncident(id);
      if (existing) {
        await ports.workflow.start(id);
        return { id, status: existing.status, links: linksOf(id), replayed: true };
      }
    }
  }

  const created = await recordReport(id, report, actor, ports, now, (facts) =>
    ports.store.createIncident({
      id,
      title: report.title,
      status: 'assessing',
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      origin: 'api',
      ...facts,
    }),
  );
  await ports.workflow.start(id);
  return { id, status: 'assessing', links: linksOf(id), replayed: !created };
}

/**
 * Files the report of an incident an alert opened (status triage): the responder confirms a
 * personal-data breach, which is when the regulator clocks start.
 */
export async function fileReportForTriagedIncident(
  request: { incidentId: string; report: IncidentReport; actor: Actor },
  ports: FileIncidentPorts,
): Promise<FiledIncident> {
  const { incidentId: id, report, actor } = request;
  const now = ports.clock.now();
  await checkReport(report, now, ports.checkSource);
  const incident = await ports.store.requireIncident(id);
  if (incident.status !== 'triage') {
    throw new ConflictError(`Incident ${id} already has a report (status ${incident.status})`);
  }
  // What the alert found (Macie's sensitive data: cards, contact details) stays declared: the report confirms the breach, it does not unsay them.
  const found = (incident.alert?.dataCategories ?? []) as Category[];
  const declared = report.affected.dataCategories ?? [];
  const reported: IncidentReport = found.some((c) => !declared.includes(c))
    ? { ...report, affected: { ...report.affected, dataCategories: [...new Set([...declared, ...found])] } }
    : report;
  await recordReport(id, reported, actor, ports, now, async (facts) => {
    await ports.store.updateIncident(incident, { title: report.title, status: 'assessing', ...facts }, now);
    return true;
  });
  await ports.workflow.start(id);
  return { id, status: 'assessing', links: linksOf(id), replayed: false };
}

/**
 * Keeps the report without its raw records: the inline sample is classified here and only the
 * counts and the addresses needed for the Art. 34 notice are kept. `save` writes the incident.
 */
async function recordReport(
  id: string,
  report: IncidentReport,
  actor: Actor,
  ports: FileIncidentPorts,
  now: Date,
  save: (facts: { report: StoredReport; inlineClassification?: Classification }) => Promise<boolean>,
): Promise<boolean> {
  const { records, ...affected } = report.affected;
  // Ages (children under 13/16) are as of the discovery, as for a recordsSource.
  const subjectKey = affected.recordsSubjectKey;
  const classifier = new RecordClassifier({ asOf: new Date(report.discoveredAt), ...(subjectKey !== undefined ? { subjectKey } : {}) });
  for (const record of records ?? []) classifier.add(record);
  const inlineClassification = records?.length ? classifier.result() : undefined;
  const addresses = classifier.notificationAddresses();
  if (addresses.length > 0) await ports.store.putNotificationAddresses(id, addresses);
  const saved = await save({
    report: { ...report, affected: { ...affected, inlineRecordCount: records?.length ?? 0 } },
    inlineClassification,
  });
  if (saved) {
    await ports.store.appendEvent(id, {
      type: 'incident.filed',
      actor,
      details: {
        discoveredAt: report.discoveredAt,
        subjectCount: report.affected.subjectCount,
        inlineRecords: records?.length ?? 0,
        notificationAddresses: addresses.length,
        recordsSource: report.affected.recordsSource ? 'given' : 'none',
      },
    }, now);
  }
  return saved;
}
