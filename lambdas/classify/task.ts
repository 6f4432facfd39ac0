// The workflow's classify step: the inline sample (classified at intake), the export at
// `recordsSource` (streamed, never stored) and the categories the reporter declared, merged.
import type { Classification } from '../shared/contract.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import { RecordClassifier, mergeClassifications, withDeclaredCategories } from './core.js';
import type { TableBatch } from './table.js';

export interface ClassifyPorts {
  store: IncidentStore;
  clock: Clock;
  /** Records of a source, one by one (any reader of `sources.ts` shape). */
  readRecords: (source: string) => AsyncIterable<Record<string, unknown>>;
  /** Batches of a source (CSV rows under their header): faster than records when given. */
  readTable?: (source: string) => AsyncIterable<TableBatch>;
}

const empty = (): Classification => ({ categories: [], subjectCount: 0, jurisdictions: [], recordsScanned: 0, evidence: [] });

async function classifyExport(source: string, asOf: Date, subjectKey: string | undefined, ports: ClassifyPorts): Promise<RecordClassifier> {
  const classifier = new RecordClassifier({ asOf, ...(subjectKey !== undefined ? { subjectKey } : {}) });
  if (ports.readTable) {
    for await (const batch of ports.readTable(source)) {
      if (batch.kind === 'columns') classifier.setColumns(batch.names, batch.emailColumn);
      else if (batch.kind === 'rows') for (const row of batch.rows) classifier.addRow(row);
      else for (const record of batch.records) classifier.add(record);
    }
  } else {
    for await (const record of ports.readRecords(source)) classifier.add(record);
  }
  return classifier;
}

export async function classifyIncident(incidentId: string, ports: ClassifyPorts): Promise<Classification> {
  const incident = await ports.store.requireIncident(incidentId);
  if (incident.classification) return incident.classification; // re-entrant: done before
  const report = incident.report!;
  let classification = incident.inlineClassification ?? empty();

  const source = report.affected.recordsSource;
  let sourceUnreadable: Classification['sourceUnreadable'];
  if (source) {
    try {
      // Ages (children under 13/16) are counted at the time the organisation became aware.
      const classifier = await classifyExport(source, new Date(report.discoveredAt), report.affected.recordsSubjectKey, ports);
      await ports.store.putNotificationAddresses(incidentId, classifier.notificationAddresses());
      classification = mergeClassifications(classification, classifier.result());
    } catch (error) {
      // An export that is gone or not what its name says must not stop the clocks: the assessment
      // goes on with the report's own figures, and the incident says the export was not read.
      // (Its messages name the source and the line, never a value.) Anything else fails the workflow.
      if (!(error instanceof ValidationError || error instanceof NotFoundError)) throw error;
      sourceUnreadable = { error: error.name, message: error.message };
    }
  }
  // The reporter's figures stand where they are larger than what the sample shows.
  classification = withDeclaredCategories(classification, report.affected.dataCategories ?? [], report.affected.subjectCount);
  classification = {
    ...classification,
    subjectCount: Math.max(classification.subjectCount, report.affected.subjectCount),
    jurisdictions: [...new Set([...(report.affected.jurisdictions ?? []), ...classification.jurisdictions])].sort(),
    ...(sourceUnreadable ? { sourceUnreadable } : {}),
  };

  const now = ports.clock.now();
  await ports.store.mutateIncident(incidentId, (current) => (current.classification ? undefined : { classification }), now);
  await ports.store.appendEvent(incidentId, {
    type: 'records.classified',
    actor: system('classify'),
    details: {
      recordsScanned: classification.recordsScanned,
      subjectCount: classification.subjectCount,
      categories: classification.categories,
      jurisdictions: classification.jurisdictions,
      evidence: classification.evidence,
      ...(classification.children ? { children: classification.children } : {}),
      ...(classification.credentials ? { credentials: classification.credentials } : {}),
      ...(classification.subjectCounting ? { subjectCounting: classification.subjectCounting } : {}),
      source: source ? (source.startsWith('s3://') ? 's3' : 'file') : 'inline',
      ...(sourceUnreadable ? { sourceUnreadable } : {}),
    },
  }, now);
  return classification;
}
