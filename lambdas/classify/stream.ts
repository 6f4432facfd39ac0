// Classifying a whole export: read it as a stream (sources.ts) and feed the classifier batch by
// batch, reporting progress. Used by the workflow step, the CLI and the benchmark.
import { RecordClassifier, type ClassifierOptions, type StreamClassification } from './core.js';
import { readCsvRange, readJsonLinesRange, readTable, type ReadTableOptions } from './sources.js';

export interface ClassifyProgress {
  /** Bytes read from the source as stored (compressed, for .gz). */
  readonly bytesRead: number;
  /** The source's size, when known. */
  readonly totalBytes: number | undefined;
  readonly records: number;
}

export interface ClassifySourceOptions extends ClassifierOptions, Omit<ReadTableOptions, 'onBytes'> {
  /** Called after each batch of records (about every 2,000). */
  onProgress?: (progress: ClassifyProgress) => void;
}

/** Classifies the records at `source` (path, file:// URL or s3://) in one streaming pass. */
export async function classifySource(source: string, options: ClassifySourceOptions = {}): Promise<StreamClassification> {
  const classifier = new RecordClassifier(options);
  let bytesRead = 0;
  let totalBytes: number | undefined;
  const table = readTable(source, {
    ...options,
    onBytes: (read, total) => {
      bytesRead = read;
      totalBytes = total;
    },
  });
  for await (const batch of table) {
    if (batch.kind === 'columns') {
      classifier.setColumns(batch.names, batch.emailColumn, batch.subjectColumn);
      continue;
    }
    if (batch.kind === 'incomplete') {
      classifier.readIncomplete(batch);
      continue;
    }
    if (batch.kind === 'rows') for (const row of batch.rows) classifier.addRow(row);
    else for (const record of batch.records) classifier.add(record);
    options.onProgress?.({ bytesRead, totalBytes, records: classifier.records });
  }
  return { classification: classifier.result(), notificationAddresses: classifier.notificationAddresses(), peopleBytes: classifier.peopleBytes };
}

/** A byte range of a local CSV or JSON Lines file that starts at a record (see parallel.ts). */
export interface FileRange {
  readonly file: string;
  readonly format: 'csv' | 'jsonl';
  readonly start: number;
  readonly end: number;
  /** CSV only; the classifier's columns are set by the caller. */
  readonly delimiter: string;
  /** CSV only: MySQL OUTFILE text, read with its backslash escapes. */
  readonly escapes?: boolean;
}

/** Feeds a range's records to `classifier`, reporting the bytes read and records fed after each batch. */
export async function classifyRange(
  classifier: RecordClassifier, range: FileRange, onProgress: (bytes: number, records: number) => void,
): Promise<void> {
  let records = 0;
  let bytes = 0;
  const onBytes = (read: number): void => {
    bytes = read;
  };
  if (range.format === 'csv') {
    for await (const rows of readCsvRange(range.file, range.start, range.end, range.delimiter, onBytes, range.escapes)) {
      if (!Array.isArray(rows)) {
        classifier.readIncomplete(rows);
        continue;
      }
      for (const row of rows) classifier.addRow(row);
      records += rows.length;
      onProgress(bytes, records);
    }
  } else {
    for await (const batch of readJsonLinesRange(range.file, range.start, range.end, onBytes)) {
      if (!Array.isArray(batch)) {
        classifier.readIncomplete(batch);
        continue;
      }
      for (const record of batch) classifier.add(record);
      records += batch.length;
      onProgress(bytes, records);
    }
  }
}
