// Classifying a large local file on several cores: the file is cut at record boundaries into one
// byte range per thread; this thread classifies the first range and worker threads the others,
// all with the same fingerprint salt, and the workers' states are merged into this thread's
// classifier (people unioned by fingerprint, counts added, evidence joined). Used by the CLI and the benchmark for local CSV and JSON Lines files; S3 objects,
// JSON arrays, compressed files and the Lambda handler take the single-threaded stream.
import { createHash, randomBytes } from 'node:crypto';
import { access, open, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BreachClockError, NotFoundError, TransientDependencyError, ValidationError } from '../shared/errors.js';
import { KEY_SEARCH_RECORDS, RecordClassifier, type StreamClassification } from './core.js';
import { sniffEncoding } from './encodings.js';
import { formatOf, inspectCsv, isGzip, noRecords, readJsonLinesRange, splitPoints, type CsvHead } from './sources.js';
import { classifyRange, classifySource, type ClassifySourceOptions } from './stream.js';
import type { RangeJob, WorkerMessage } from './worker.js';

export interface ClassifyFileOptions extends ClassifySourceOptions {
  /** Threads classifying the file: this one and workers; 1 is this thread alone. Default: the cores available, at most 4. */
  workers?: number;
  /** Below this size a file is classified in this thread (starting workers costs ~0.3 s). */
  parallelFromBytes?: number;
}

const DEFAULT_PARALLEL_FROM = 16 * 1024 * 1024;
/** How much more than an equal share this thread's piece is (measured: on 1M rows a worker ended 0.6-1.2 s after it). */
const FIRST_SHARE_FACTOR = 1.08;
const WORKER_HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 } as const;

let workerScript: Promise<{ url: URL; execArgv: string[] }> | undefined;

/**
 * The worker's code. From source (tsx), the worker is bundled with esbuild so that each thread
 * does not load a TypeScript compiler: one file per version of the code in the system's temporary
 * directory, named by its content's hash, reused by the next run (not one file per run left
 * behind); without esbuild it runs through tsx. A built copy (worker.js next to this file) is used
 * as it is.
 */
async function loadWorkerScript(): Promise<{ url: URL; execArgv: string[] }> {
  const here = fileURLToPath(import.meta.url);
  const source = path.join(path.dirname(here), 'worker.ts');
  if (here.endsWith('.js')) return { url: new URL('./worker.js', import.meta.url), execArgv: [] };
  try {
    const { build } = await import('esbuild');
    const { outputFiles: [bundle] = [] } = await build({
      entryPoints: [source],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['@aws-sdk/*'],
      logLevel: 'silent',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    if (!bundle) throw new Error('esbuild wrote no bundle');
    const outfile = path.join(tmpdir(), `breachclock-worker-${createHash('sha256').update(bundle.contents).digest('hex').slice(0, 16)}.mjs`);
    try {
      await access(outfile);
    } catch {
      // Written aside and renamed: a run starting at the same moment never loads half a file.
      const partial = `${outfile}.${process.pid}.partial`;
      await writeFile(partial, bundle.contents);
      await rename(partial, outfile);
    }
    return { url: pathToFileURL(outfile), execArgv: [] };
  } catch {
    return { url: pathToFileURL(source), execArgv: ['--import', 'tsx'] };
  }
}

function failureOf(message: Extract<WorkerMessage, { kind: 'failed' }>): Error {
  switch (message.name) {
    case 'ValidationError':
      return new ValidationError(message.message);
    case 'NotFoundError':
      return new NotFoundError(message.message);
    case 'TransientDependencyError':
      return new TransientDependencyError(message.message);
    default:
      return new BreachClockError(message.message);
  }
}

/**
 * Whether a local file must be read as one stream whatever its name: gzip cannot be cut into
 * ranges, and text not in UTF-8 (see sniffEncoding) is decoded by the stream reader only.
 */
async function readAsOneStream(filePath: string): Promise<boolean> {
  try {
    const handle = await open(filePath, 'r');
    try {
      const head = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return isGzip(head) || sniffEncoding(head.subarray(0, bytesRead)) !== 'utf-8';
    } finally {
      await handle.close();
    }
  } catch {
    return true; // classifySource reports an unreadable file in the usual way
  }
}

/**
 * The subject key that a classifier reading a JSON Lines file from its start settles on: records
 * may name it until KEY_SEARCH_RECORDS have been read (a guest's order without the customer's id
 * first, then a customer's), so every part is read with the key the whole file would get.
 */
async function keyOfFirstRecords(filePath: string, size: number, options: ClassifyFileOptions): Promise<string | null> {
  const probe = new RecordClassifier({ ...options, collectEmails: false });
  for await (const batch of readJsonLinesRange(filePath, 0, size)) {
    if (!Array.isArray(batch)) continue;
    for (const record of batch) {
      if (probe.records >= KEY_SEARCH_RECORDS) return probe.chosenSubjectKey ?? null;
      probe.add(record);
    }
  }
  return probe.chosenSubjectKey ?? null;
}

/** Classifies a local file (or any source, single-threaded when parallel reading does not apply). */
export async function classifyFile(source: string, options: ClassifyFileOptions = {}): Promise<StreamClassification> {
  const workers = Math.max(1, Math.min(options.workers ?? Math.min(availableParallelism(), 4), 16));
  if (workers === 1 || source.startsWith('s3://')) return classifySource(source, options);
  const filePath = path.resolve(source.startsWith('file://') ? fileURLToPath(source) : source);
  const { format, gzip } = formatOf(filePath);
  if (gzip || format === 'json' || format === 'sql' || format === 'sniffed' || (await readAsOneStream(filePath))) return classifySource(source, options);
  if (options.baseDir === null) return classifySource(source, options); // refused there, with its message
  if (options.baseDir !== undefined) {
    const root = path.resolve(options.baseDir);
    if (!filePath.startsWith(root + path.sep)) return classifySource(source, options); // refused there, with its message
  }
  let size: number;
  try {
    size = (await stat(filePath)).size;
  } catch {
    return classifySource(source, options); // reports the missing file in the usual way
  }
  if (size < (options.parallelFromBytes ?? DEFAULT_PARALLEL_FROM)) return classifySource(source, options);

  // The worker's code is bundled while the file is inspected and cut.
  const script = (workerScript ??= loadWorkerScript());
  const head: CsvHead = format === 'csv' ? await inspectCsv(filePath, options) : { delimiter: ',', names: [], bodyStart: 0, header: false };
  if (head.log) return classifySource(source, options);
  // This thread starts at once; a worker ~0.3 s later and a little slower (its bundle, its smaller
  // heap): this thread's piece is a little larger, so that the threads end together.
  const cuts = await splitPoints(filePath, format, head.bodyStart, workers, Math.min(0.9, (1 / workers) * FIRST_SHARE_FACTOR), head.escapes === true);
  const salt = randomBytes(16).toString('hex');
  const asOf = (options.asOf ?? new Date()).toISOString();
  const collectEmails = options.collectEmails ?? true;
  const { url, execArgv } = await script;
  const merged = new RecordClassifier({ ...options, subjectHashSalt: salt });
  if (format === 'csv') merged.setColumns(head.names, head.emailColumn); // fixes the subject key from the header
  // The key this thread chose (null: none) holds for every part, with the fallbacks of a chosen key:
  // a blank key's own email, people by name and date of birth without any key (see subjectKeyChosen).
  // JSON Lines name it in their first records, which the parts after the first do not see.
  const chosen = format === 'csv' ? merged.chosenSubjectKey ?? null : await keyOfFirstRecords(filePath, size, options);
  const subjectKey = options.subjectKey !== undefined ? options.subjectKey : chosen;

  const progress = new Map<number, { bytes: number; records: number }>();
  const reportProgress = (): void => {
    let bytes = head.bodyStart;
    let records = 0;
    for (const entry of progress.values()) {
      bytes += entry.bytes;
      records += entry.records;
    }
    options.onProgress?.({ bytesRead: Math.min(bytes, size), totalBytes: size, records });
  };

  const ranges = cuts.slice(0, -1).map((start, index) => [start, cuts[index + 1] ?? size] as const);
  // The first range is classified here, by the classifier the others are merged into: one thread
  // fewer to start and warm up, one state fewer to pass and merge.
  const [first = [head.bodyStart, size] as const, ...others] = ranges;
  const here = classifyRange(merged, { file: filePath, format, start: first[0], end: first[1], delimiter: head.delimiter, escapes: head.escapes === true }, (bytes, records) => {
    progress.set(0, { bytes, records });
    reportProgress();
  });
  const started: Worker[] = [];
  const there = Promise.all(
    others.map(([start, end], offset) => {
      const index = offset + 1;
      return new Promise<Extract<WorkerMessage, { kind: 'done' }>['state']>((resolve, reject) => {
        const job: RangeJob = {
          file: filePath, format, start, end, delimiter: head.delimiter, escapes: head.escapes === true, names: head.names, subjectKey,
          subjectKeyChosen: options.subjectKey === undefined, subjectKeySettled: format === 'jsonl' && options.subjectKey === undefined, salt, asOf, collectEmails,
        };
        // Bounded heaps: a worker's garbage is short-lived rows, so a small young generation is
        // enough and keeps each thread's share of the process's memory small.
        const worker = new Worker(url, { workerData: job, execArgv, resourceLimits: WORKER_HEAP_LIMITS });
        started.push(worker);
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'progress') {
            progress.set(index, { bytes: message.bytes, records: message.records });
            reportProgress();
          } else if (message.kind === 'done') {
            resolve(message.state);
            void worker.terminate();
          } else {
            reject(failureOf(message));
            void worker.terminate();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`classification worker stopped with code ${code}`)));
      });
    }),
  );
  let states: Array<Extract<WorkerMessage, { kind: 'done' }>['state']>;
  try {
    [, states] = await Promise.all([here, there]);
  } catch (error) {
    for (const worker of started) void worker.terminate();
    throw error;
  }
  // Another export's header with other columns in a part: the parts after it were read under the first header.
  if (merged.reheaded || states.some((state) => state.reheaded === true)) return classifySource(source, options);
  for (const state of states) merged.merge(state);
  // A record skipped in a part read from the middle of the file has no line number there (its part does not know its
  // first line's): read again from the start, so that the responder is told where the unread record is. Rare (a record
  // over the parser's limit, a broken line), and the counts are the same either way.
  if (merged.skippedWithoutLine) return classifySource(source, options);
  if (merged.records === 0) throw noRecords(`records file ${source}`);
  options.onProgress?.({ bytesRead: size, totalBytes: size, records: merged.records });
  return { classification: merged.result(), notificationAddresses: merged.notificationAddresses(), peopleBytes: merged.peopleBytes };
}
