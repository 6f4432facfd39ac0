// The workflow's classify step: the inline sample (classified at intake), the export at
// `recordsSource` (streamed, never stored) and the categories the reporter declared, merged.
import type { Classification } from '../shared/contract.js';
import type { Clock } from '../shared/clock.js';
import type { IncidentStore } from '../shared/store.js';
import { system } from '../shared/task.js';
import { RecordClassifier, mergeClassifications, withDeclaredCategories } from './core.js';

export interface ClassifyPorts {
  store: IncidentStore;
  clock: Clock;
  readRecords: (source: string) => AsyncIterable<Record<string, unknown>>;
}

const empty = (): Classification => ({ categories: [], subjectCount: 0, jurisdictions: [], recordsScanned: 0, evidence: [] });

export async function classifyIncident(incidentId: string, ports: ClassifyPorts): Promise<Classification> {
  const incident = await ports.store.requireIncident(incidentId);
  if (incident.classification) return incident.classification; // re-entrant: done before
  const report = incident.report!;
  let classification = incident.inlineClassification ?? empty();

  const source = report.affected.recordsSource;
  if (source) {
    const classifier = new RecordClassifier();
    for await (const record of ports.readRecords(source)) classifier.add(record);
    await ports.store.putNotificationAddresses(incidentId, classifier.notificationEmails());
    classification = mergeClassifications(classification, classifier.result());
  }
  // The reporter's figures stand where they are larger than what the sample shows.
  classification = withDeclaredCategories(classification, report.affected.dataCategories ?? [], report.affected.subjectCount);
  classification = {
    ...classification,
    subjectCount: Math.max(classification.subjectCount, report.affected.subjectCount),
    jurisdictions: [...new Set([...(report.affected.jurisdictions ?? []), ...classification.jurisdictions])].sort(),
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
      source: source ? (source.startsWith('s3://') ? 's3' : 'file') : 'inline',
    },
  }, now);
  return classification;
}
