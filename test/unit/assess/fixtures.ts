// Builders for assessment tests: a valid report (parsed by the contract, then stripped of its
// records exactly as the intake stores it), a classification, and the loaded runbooks.
import {
  IncidentReport,
  type Category,
  type Classification,
  type IncidentReportInput,
  type StoredReport,
} from '../../../lambdas/shared/contract.js';
import { DEFAULT_RUNBOOKS_DIR, loadRunbooks, loadSeverityModel } from '../../../lambdas/shared/runbooks.js';

export const runbooks = loadRunbooks(DEFAULT_RUNBOOKS_DIR);
export const severityModel = loadSeverityModel(DEFAULT_RUNBOOKS_DIR);

/** Optional fields, and lists that may be readonly (so cases can be written `as const`). */
type Loose<T> = { [K in keyof T]?: NonNullable<T[K]> extends (infer U)[] ? readonly U[] | undefined : T[K] };

type DeepPartialReport = Loose<Omit<IncidentReportInput, 'organization' | 'breach' | 'affected'>> & {
  organization?: Loose<IncidentReportInput['organization']>;
  breach?: Loose<IncidentReportInput['breach']>;
  affected?: Loose<IncidentReportInput['affected']>;
};

/** A German controller's hacking incident with customer contact data; override what a case needs. */
export function reportInput(overrides: DeepPartialReport = {}): IncidentReportInput {
  // The contract's parse (in storedReport) checks the result; the cast only relaxes readonly lists.
  return {
    title: 'Customer database accessed',
    description: 'An attacker used a stolen administrator session to query the customer table.',
    discoveredAt: '2026-03-27T10:00:00+01:00',
    reporter: { name: 'Sam Responder', email: 'sam.responder@example.org' },
    ...overrides,
    organization: {
      name: 'Example Shop GmbH',
      country: 'DE',
      contact: { name: 'Dana Privacy', email: 'dpo@example.org', phone: '+49 30 1234567' },
      ...overrides.organization,
    },
    breach: { types: ['confidentiality'], cause: 'hacking', ...overrides.breach },
    affected: { subjectCount: 1200, jurisdictions: ['DE', 'FR'], ...overrides.affected },
  } as IncidentReportInput;
}

/** What the intake keeps: the validated report without its inline records. */
export function storedReport(overrides: DeepPartialReport = {}): StoredReport {
  return toStored(IncidentReport.parse(reportInput(overrides)));
}

export function toStored(report: IncidentReport): StoredReport {
  const { records, ...affected } = report.affected;
  return { ...report, affected: records ? { ...affected, inlineRecordCount: records.length } : affected };
}

export function classification(
  categories: ReadonlyArray<readonly [Category, number]>,
  jurisdictions: string[] = [],
): Classification {
  return {
    categories: categories.map(([category, subjects]) => ({ category, subjects })),
    subjectCount: Math.max(0, ...categories.map(([, n]) => n)),
    jurisdictions,
    recordsScanned: 0,
    evidence: [],
  };
}
