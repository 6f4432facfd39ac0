// Where affected records come from: a local file (embedded) or an S3 object (AWS), streamed
// record by record so that an export of millions of rows never sits in memory. The format
// follows the extension: .csv, .jsonl/.ndjson, .json (optionally .gz). Errors name the source
// and the line, never a value.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CsvError, parse } from 'csv-parse';
import { BreachClockError, NotFoundError, TransientDependencyError, ValidationError } from '../shared/errors.js';

export type RecordFormat = 'csv' | 'jsonl' | 'json';

export interface ReadRecordsOptions {
  /** S3 client for `s3://` sources; a default one is created on first use. */
  s3?: S3Client;
  /** When set, local paths must resolve inside this directory (the embedded data directory). */
  baseDir?: string;
}

/** A plain JSON array is parsed whole; beyond this size JSON Lines is the way. */
export const MAX_JSON_ARRAY_BYTES = 50 * 1024 * 1024;
/** Longest JSON Lines record or CSV record accepted, to keep one bad line from eating memory. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** How much of a CSV file is read to find its header line and delimiter. */
const CSV_HEADER_PEEK_BYTES = 1024 * 1024;

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

// ---------------------------------------------------------------------------------------------
// Locating a source

type Location =
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string }
  | { readonly kind: 'file'; readonly path: string };

function locate(source: string, baseDir: string | undefined): Location {
  if (source.startsWith('s3://')) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(source);
    if (!match?.[1] || !match[2]) {
      throw new ValidationError('recordsSource is not a valid s3://bucket/key address', [
        { field: 'affected.recordsSource', message: 'expected s3://bucket/key' },
      ]);
    }
    return { kind: 's3', bucket: match[1], key: match[2] };
  }
  const filePath = path.resolve(source.startsWith('file://') ? fileURLToPath(source) : source);
  if (baseDir !== undefined) {
    const root = path.resolve(baseDir);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) {
      throw new ValidationError('recordsSource is outside the directory records may be read from', [
        { field: 'affected.recordsSource', message: `must be inside ${root}` },
      ]);
    }
  }
  return { kind: 'file', path: filePath };
}

/** The format and compression a source's name declares. */
export function formatOf(source: string): { format: RecordFormat; gzip: boolean } {
  const name = source.replace(/[?#].*$/, '').toLowerCase();
  const gzip = name.endsWith('.gz');
  const bare = gzip ? name.slice(0, -3) : name;
  const extension = path.extname(bare);
  if (extension === '.csv' || extension === '.tsv') return { format: 'csv', gzip };
  if (extension === '.jsonl' || extension === '.ndjson') return { format: 'jsonl', gzip };
  if (extension === '.json') return { format: 'json', gzip };
  throw new ValidationError('recordsSource has an unsupported format: use .csv, .jsonl, .ndjson or .json (optionally .gz)', [
    { field: 'affected.recordsSource', message: 'unsupported file extension' },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Opening a source as a byte stream

interface OpenedSource {
  readonly bytes: Readable;
  /** Size in bytes as stored (compressed, for .gz), when known. */
  readonly size: number | undefined;
  readonly describe: string;
}

const TRANSIENT_NAMES = new Set([
  'TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'SlowDown', 'ThrottlingException', 'Throttling',
  'TooManyRequestsException', 'InternalError', 'ServiceUnavailable', 'NetworkingError', 'ECONNRESET', 'ECONNREFUSED',
  'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EMFILE', 'ENFILE', 'EIO', 'EAGAIN', 'ERR_STREAM_PREMATURE_CLOSE',
]);

interface ErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

/** Maps a failure while opening or reading a source onto the error taxonomy. */
export function asSourceError(error: unknown, describe: string): Error {
  if (error instanceof BreachClockError) return error;
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    return new ValidationError(`${describe} is not valid CSV${line ? ` (line ${line})` : ''}: ${error.code}`);
  }
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const name = shape.name && shape.name !== 'Error' ? shape.name : (shape.code ?? shape.name ?? 'unknown error');
  const status = shape.$metadata?.httpStatusCode;
  if (['NoSuchKey', 'NoSuchBucket', 'NotFound', 'ENOENT', 'ENOTDIR'].includes(name) || shape.code === 'ENOENT' || status === 404) {
    return new NotFoundError(`${describe} does not exist`, { cause: error });
  }
  if (['AccessDenied', 'EACCES', 'EPERM', 'EISDIR'].includes(name) || shape.code === 'EACCES' || status === 403) {
    return new ValidationError(`${describe} cannot be read (${name}): check the path and the permission to read it`);
  }
  if (shape.code === 'Z_DATA_ERROR' || shape.code === 'Z_BUF_ERROR') {
    return new ValidationError(`${describe} is not valid gzip`);
  }
  if (
    TRANSIENT_NAMES.has(name) || TRANSIENT_NAMES.has(shape.code ?? '') || shape.$retryable ||
    (status !== undefined && (status >= 500 || status === 429))
  ) {
    return new TransientDependencyError(`Reading ${describe} failed (${name}); a retry may succeed`, { cause: error });
  }
  if (status !== undefined) return new ValidationError(`${describe} cannot be read (${name}, HTTP ${status})`);
  return error instanceof Error ? error : new Error(String(error));
}

let defaultS3: S3Client | undefined;
function defaultS3Client(): S3Client {
  // Created on first use so local-only runs never build an S3 client; the endpoint comes from
  // AWS_ENDPOINT_URL_S3 like every other client.
  defaultS3 ??= new S3Client({ requestHandler: { requestTimeout: 30_000, connectionTimeout: 3_000 } });
  return defaultS3;
}

function toReadable(body: unknown): Readable {
  if (body instanceof Readable) return body;
  if (body instanceof Uint8Array || typeof body === 'string') return Readable.from([body]);
  if (body instanceof ReadableStream) return Readable.fromWeb(body);
  throw new TransientDependencyError('S3 returned an object without a readable body');
}

async function openSource(location: Location, options: ReadRecordsOptions): Promise<OpenedSource> {
  if (location.kind === 'file') {
    const describe = `records file ${location.path}`;
    try {
      const info = await stat(location.path);
      if (!info.isFile()) throw new ValidationError(`${describe} is not a regular file`);
      return { bytes: createReadStream(location.path), size: info.size, describe };
    } catch (error) {
      throw asSourceError(error, describe);
    }
  }
  const describe = `records object s3://${location.bucket}/${location.key}`;
  try {
    const client = options.s3 ?? defaultS3Client();
    const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
    return { bytes: toReadable(object.Body), size: object.ContentLength, describe };
  } catch (error) {
    throw asSourceError(error, describe);
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

/** The first line of CSV text, where a newline inside double quotes does not end it. */
export function firstCsvLine(text: string): string | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) return text.slice(0, i);
  }
  return undefined;
}

/** The delimiter that splits the header line most, outside quotes; ties go to the comma. */
export function detectCsvDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Header names as record keys: trimmed, blanks named by position, duplicates numbered. */
export function csvColumnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const base = raw.trim() || `column_${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

async function* csvRecords(bytes: Readable): AsyncGenerator<Record<string, unknown>> {
  // Read just enough to see the header line, then hand the parser those bytes and the rest.
  const chunks = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  let headerLine: string | undefined;
  while (headerLine === undefined && headLength < CSV_HEADER_PEEK_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headLength += next.value.length;
    headerLine = firstCsvLine(Buffer.concat(head).toString('utf8'));
  }
  const headText = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '');
  const delimiter = detectCsvDelimiter(headerLine ?? headText);

  async function* replay(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const parser = parse({
    bom: true,
    delimiter,
    columns: (header: string[]) => csvColumnNames(header),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  pipeline(Readable.from(replay()), parser, () => {
    // Errors surface through the iteration below; pipeline only tears both streams down.
  });
  for await (const record of parser as AsyncIterable<Record<string, unknown>>) yield record;
}

/** Lines of a byte stream, decoded as UTF-8, each bounded in length. */
async function* linesOf(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  for await (const chunk of bytes) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let newline = pending.indexOf('\n', start); newline >= 0; newline = pending.indexOf('\n', start)) {
      lineNumber++;
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_RECORD_BYTES) {
      throw new ValidationError(`${describe}: line ${lineNumber + 1} is longer than ${MAX_RECORD_BYTES} bytes`);
    }
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function* jsonLinesRecords(bytes: Readable, describe: string): AsyncGenerator<Record<string, unknown>> {
  let lineNumber = 0;
  for await (const rawLine of linesOf(bytes, describe)) {
    lineNumber++;
    const line = (lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new ValidationError(`${describe}: line ${lineNumber} is not valid JSON`);
    }
    if (!isRecord(parsed)) throw new ValidationError(`${describe}: line ${lineNumber} is not a JSON object`);
    yield parsed;
  }
}

const JSON_TOO_LARGE =
  'is a JSON array larger than 50 MB; export it as JSON Lines (.jsonl, one object per line) so it can be streamed';

async function* jsonArrayRecords(bytes: Readable, size: number | undefined, gzip: boolean, describe: string): AsyncGenerator<Record<string, unknown>> {
  if (!gzip && size !== undefined && size > MAX_JSON_ARRAY_BYTES) throw new ValidationError(`${describe} ${JSON_TOO_LARGE}`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    total += chunk.length;
    // The size may be unknown (no Content-Length, or compressed): enforce it while reading.
    if (total > MAX_JSON_ARRAY_BYTES) {
      bytes.destroy();
      throw new ValidationError(`${describe} ${JSON_TOO_LARGE}`);
    }
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new ValidationError(`${describe} is not valid JSON`);
  }
  if (!Array.isArray(parsed)) throw new ValidationError(`${describe} is not a JSON array of records`);
  chunks.length = 0;
  for (const [index, item] of parsed.entries()) {
    if (!isRecord(item)) throw new ValidationError(`${describe}: item ${index} is not a JSON object`);
    yield item;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point

/**
 * Streams the records of `source`: a local path (or file:// URL) or `s3://bucket/key`.
 * Throws ValidationError (bad address, format or content), NotFoundError (no such file or
 * object) or TransientDependencyError (S3 or the disk failed in a way a retry may fix), at the
 * first iteration.
 */
export async function* readRecords(source: string, options: ReadRecordsOptions = {}): AsyncGenerator<Record<string, unknown>> {
  const location = locate(source, options.baseDir);
  const { format, gzip } = formatOf(location.kind === 's3' ? location.key : location.path);
  const opened = await openSource(location, options);
  let bytes = opened.bytes;
  if (gzip) {
    const gunzip = createGunzip();
    pipeline(opened.bytes, gunzip, () => {
      // Errors surface through the iteration; see asSourceError.
    });
    bytes = gunzip;
  }
  try {
    if (format === 'csv') yield* csvRecords(bytes);
    else if (format === 'jsonl') yield* jsonLinesRecords(bytes, opened.describe);
    else yield* jsonArrayRecords(bytes, opened.size, gzip, opened.describe);
  } catch (error) {
    throw asSourceError(error, opened.describe);
  } finally {
    // The consumer may stop early: release the file handle or HTTP connection.
    opened.bytes.destroy();
  }
}
