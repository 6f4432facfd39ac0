// A worker thread classifying one byte range of a local file (see parallel.ts). It reports
// progress and, at the end, its classifier's state: counts, evidence and fingerprints, no values
// (emails only when the caller collects them for the notice).
import { parentPort, workerData } from 'node:worker_threads';
import { RecordClassifier } from './core.js';
import { classifyRange, type FileRange } from './stream.js';

export interface RangeJob extends FileRange {
  readonly names: string[];
  readonly subjectKey: string | null | undefined;
  /** The key was chosen by the main thread, not named by the user (see ClassifierOptions.subjectKeyChosen). */
  readonly subjectKeyChosen: boolean;
  /** It was settled on the file's first records (see ClassifierOptions.subjectKeySettled). */
  readonly subjectKeySettled: boolean;
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
    subjectKeyChosen: job.subjectKeyChosen,
    subjectKeySettled: job.subjectKeySettled,
    subjectHashSalt: job.salt,
    asOf: new Date(job.asOf),
    collectEmails: job.collectEmails,
    // Exact here: the merging classifier applies the limit to the union.
    exactSubjectLimit: Number.MAX_SAFE_INTEGER,
  });
  if (job.format === 'csv') classifier.setColumns(job.names);
  let lastReport = 0;
  await classifyRange(classifier, job, (bytes, records) => {
    if (records - lastReport < 20_000) return;
    lastReport = records;
    parentPort?.postMessage({ kind: 'progress', bytes, records } satisfies WorkerMessage);
  });
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
