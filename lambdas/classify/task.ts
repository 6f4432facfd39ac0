// The workflow's classify step: the inline sample (classified at intake), the export at
// `recordsSource` (streamed, never stored) and the categories the reporter declared, merged.
import type { Classification, StoredReport } from '../shared/contract.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import { RecordClassifier, mergeClassifications, withDeclaredCategories } from './core.js';
import type { CsvOptions } from './csv.js';
import type { TableBatch } from './table.js';

/** Batches of a source (sources.ts's readTable: CSV rows under their header, JSON records). */
export type ReadTable = (source: string, options: CsvOptions & { asOf?: Date }) => AsyncIterable<TableBatch>;

export interface ClassifyPorts {
  store: IncidentStore;
  clock: Clock;
  readTable: ReadTable;
}

const empty = (): Classification => ({ categories: [], subjectCount: 0, jurisdictions: [], recordsScanned: 0, evidence: [] });

/** Classifies the export at a report's recordsSource as the report says to read it (its key column, the names of a headerless CSV's columns). */
export async function classifyExport(source: string, affected: StoredReport['affected'], asOf: Date, readTable: ReadTable): Promise<RecordClassifier> {
  const { recordsSubjectKey: subjectKey, recordsColumns: columns } = affected;
  const classifier = new RecordClassifier({ asOf, ...(subjectKey !== undefined ? { subjectKey } : {}) });
  for await (const batch of readTable(source, columns ? { columns, asOf } : { asOf })) {
    if (batch.kind === 'columns') classifier.setColumns(batch.names, batch.emailColumn, batch.subjectColumn);
    else if (batch.kind === 'rows') for (const row of batch.rows) classifier.addRow(row);
    else if (batch.kind === 'records') for (const record of batch.records) classifier.add(record);
    else classifier.readIncomplete(batch);
  }
  return classifier;
}

/**
 * What the records show, with the categories and jurisdictions the reporter declared. Its people are
 * the records' (500 order lines of 180 patients are 180), raised to the report's figure only for a
 * declared category the records do not show; the assessment weighs the report's figure itself
 * (the larger of the two: see affectedSubjectCount).
 */
export function withReportedFigures(classification: Classification, affected: StoredReport['affected']): Classification {
  const declared = withDeclaredCategories(classification, affected.dataCategories ?? [], affected.subjectCount);
  return { ...declared, jurisdictions: [...new Set([...(affected.jurisdictions ?? []), ...declared.jurisdictions])].sort() };
}

/**
 * An export read whole in which nothing personal was recognised, though the report counts people affected and declares
 * no categories: its columns are likely of a kind the classifier does not know (a police case list's own field names),
 * so "no personal data" would be read as reassuring. Said as unread, which the assessment scores conservatively.
 */
export function nothingRecognised(exported: Classification, affected: StoredReport['affected']): Classification['sourceUnreadable'] {
  if (exported.recordsScanned === 0 || exported.subjectCount > 0 || exported.categories.length > 0) return undefined;
  if (!(affected.subjectCount > 0) || (affected.dataCategories ?? []).length > 0) return undefined;
  return {
    error: 'NothingRecognised',
    message: `${exported.recordsScanned} records were read, but no personal data was recognised in them, though the report counts ${affected.subjectCount} people affected: `
      + 'their columns may be of a kind the classifier does not know. Declare the data categories in the report (affected.dataCategories), or classify the export with breachclock classify to see what it finds.',
  };
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
      const classifier = await classifyExport(source, report.affected, new Date(report.discoveredAt), ports.readTable);
      await ports.store.putNotificationAddresses(incidentId, classifier.notificationAddresses());
      const exported = classifier.result();
      classification = mergeClassifications(classification, exported);
      sourceUnreadable = nothingRecognised(exported, report.affected);
    } catch (error) {
      // An export that is gone or not what its name says must not stop the clocks: the assessment
      // goes on with the report's own figures, and the incident says the export was not read.
      // (Its messages name the source and the line, never a value.) Anything else fails the workflow.
      if (!(error instanceof ValidationError || error instanceof NotFoundError)) throw error;
      sourceUnreadable = { error: error.name, message: error.message };
    }
  }
  classification = { ...withReportedFigures(classification, report.affected), ...(sourceUnreadable ? { sourceUnreadable } : {}) };

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
      ...(classification.sourceIncomplete ? { sourceIncomplete: classification.sourceIncomplete } : {}),
    },
  }, now);
  return classification;
}
