// A worker thread classifying one byte range of a local file (see parallel.ts). It reports
// progress and, at the end, its classifier's state: counts, evidence and fingerprints, no values
// (emails only when the caller collects them for the notice).
import { parentPort, workerData } from 'node:worker_threads';
import { RecordClassifier } from './core.js';
import { readCsvRange, readJsonLinesRange } from './sources.js';

export interface RangeJob {
  readonly file: string;
  readonly format: 'csv' | 'jsonl';
  readonly start: number;
  readonly end: number;
  readonly delimiter: string;
  readonly names: string[];
  readonly subjectKey: string | null | undefined;
  readonly salt: string;
  readonly asOf: string;
  readonly collectEmails: boolean;
}

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly bytes: number; readonly records: number }
  | { readonly kind: 'done'; readonly state: ReturnType<RecordClassifier['exportState']> }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };

async function run(job: RangeJob): Promise<void> {
  const classifier = new RecordClassifier({
    subjectKey: job.subjectKey,
    subjectHashSalt: job.salt,
    asOf: new Date(job.asOf),
    collectEmails: job.collectEmails,
    // Exact here: the merging classifier applies the limit to the union.
    exactSubjectLimit: Number.MAX_SAFE_INTEGER,
  });
  let records = 0;
  let bytes = 0;
  let lastReport = 0;
  const onBytes = (read: number): void => {
    bytes = read;
  };
  const report = (): void => {
    if (records - lastReport < 20_000) return;
    lastReport = records;
    parentPort?.postMessage({ kind: 'progress', bytes, records } satisfies WorkerMessage);
  };
  if (job.format === 'csv') {
    classifier.setColumns(job.names);
    for await (const rows of readCsvRange(job.file, job.start, job.end, job.delimiter, onBytes)) {
      for (const row of rows) classifier.addRow(row);
      records += rows.length;
      report();
    }
  } else {
    for await (const batch of readJsonLinesRange(job.file, job.start, job.end, onBytes)) {
      for (const record of batch) classifier.add(record);
      records += batch.length;
      report();
    }
  }
  classifier.finish();
  const state = classifier.exportState();
  const { hi, lo, masks, places } = state.people;
  parentPort?.postMessage({ kind: 'done', state } satisfies WorkerMessage, [hi.buffer as ArrayBuffer, lo.buffer as ArrayBuffer, masks.buffer as ArrayBuffer, places.buffer as ArrayBuffer]);
}

if (parentPort && workerData) {
  run(workerData as RangeJob).catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ kind: 'failed', name: failure.name, message: failure.message } satisfies WorkerMessage);
  });
}
