// Where affected records come from: a local file (embedded) or an S3 object (AWS), streamed
// record by record so that an export of millions of rows never sits in memory. The format
// follows the extension: delimited text (.csv/.tsv/.tab/.psv/.txt/.dat), .jsonl/.ndjson, .json
// (optionally .gz); a .json is an array, JSON Lines or an object wrapping an array of records,
// told apart by its content, and streamed item by item too. Errors name the source and the
// line, never a value.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { S3Client } from '@aws-sdk/client-s3';
import { BreachClockError, NotFoundError, TransientDependencyError, ValidationError } from '../shared/errors.js';
import { describeColumn, detectValue, emailKeyColumn, subjectKeyRank } from './detectors.js';

export type RecordFormat = 'csv' | 'jsonl' | 'json';

export interface ReadRecordsOptions {
  /** S3 client for `s3://` sources; a default one is created on first use. */
  s3?: S3Client;
  /** When set, local paths must resolve inside this directory (the embedded data directory). */
  baseDir?: string;
}

/** Longest record accepted (a CSV record, a JSON line, a JSON array item), to keep one bad record from eating memory. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

// ---------------------------------------------------------------------------------------------
// Locating a source

type Location =
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string }
  | { readonly kind: 'file'; readonly path: string; /** As the caller wrote it, for messages (not the server's absolute path). */ readonly given: string };

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
  return { kind: 'file', path: filePath, given: source };
}

/**
 * Names read as delimited text (the CSV family, delimiter detected): besides .csv, tab-separated
 * .tsv/.tab, pipe-separated .psv, and the .txt/.dat of MySQL's SELECT ... INTO OUTFILE, Excel's
 * "Unicode text" and combo lists (email:password).
 */
const DELIMITED_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.psv', '.txt', '.dat']);

/** The format and compression a source's name declares (a .json is sniffed further when read: see jsonDocumentTable). */
export function formatOf(source: string): { format: RecordFormat; gzip: boolean } {
  const name = source.replace(/[?#].*$/, '').toLowerCase();
  const gzip = name.endsWith('.gz');
  const bare = gzip ? name.slice(0, -3) : name;
  const extension = path.extname(bare);
  if (DELIMITED_EXTENSIONS.has(extension)) return { format: 'csv', gzip };
  if (extension === '.jsonl' || extension === '.ndjson') return { format: 'jsonl', gzip };
  if (extension === '.json') return { format: 'json', gzip };
  throw new ValidationError('The records source has an unsupported format: its name must end in .csv, .tsv, .tab, .psv, .txt, .dat, .jsonl, .ndjson or .json (optionally .gz)', [
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

// The S3 SDK is loaded on first use: local files (embedded runs, the CLI) never pay for it.
const s3Sdk = () => import('@aws-sdk/client-s3');

let defaultS3: S3Client | undefined;
async function defaultS3Client(): Promise<S3Client> {
  // Created on first use so local-only runs never build an S3 client; the endpoint comes from
  // AWS_ENDPOINT_URL_S3 like every other client.
  const { S3Client: Client } = await s3Sdk();
  defaultS3 ??= new Client({ requestHandler: { requestTimeout: 30_000, connectionTimeout: 3_000 } });
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
    const describe = `records file ${location.given}`;
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
    const client = options.s3 ?? (await defaultS3Client());
    const { GetObjectCommand } = await s3Sdk();
    const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
    return { bytes: toReadable(object.Body), size: object.ContentLength, describe };
  } catch (error) {
    throw asSourceError(error, describe);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): any single-character delimiter, quoted fields with delimiters, doubled quotes
// and newlines, CRLF or LF, with or without a header row.

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

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
  }
  return count;
}

/** The delimiter that splits the header line most, outside quotes; ties go to the comma. */
export function detectCsvDelimiter(headerLine: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = countOutsideQuotes(headerLine, delimiter);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Complete lines (quote-aware) at the start of `text`, at most `limit`. */
function sampleLines(text: string, limit: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (lines.length < limit) {
    const line = firstCsvLine(rest);
    if (line === undefined) break;
    if (line !== '') lines.push(line);
    rest = rest.slice(line.length + 1);
  }
  return lines;
}

/**
 * The delimiter that splits every sampled line into the same number (> 0) of fields; among
 * those, the one giving the most fields. Candidates: the usual four, then any other punctuation
 * seen in the header line. Falls back to the header-line count.
 */
export function detectDelimiter(sample: string): string {
  const lines = sampleLines(sample, 20);
  if (lines.length === 0) return detectCsvDelimiter(sample);
  const header = lines[0] ?? '';
  const others = [...new Set(header.replace(/"[^"]*"/g, '').match(/[^\p{L}\p{N}\s"'_.()\-/@+]/gu) ?? [])];
  let best: string | undefined;
  let bestFields = 0;
  for (const delimiter of [...CSV_DELIMITERS, ...others]) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0 || !counts.every((count) => count === first)) continue;
    if (first > bestFields) {
      best = delimiter;
      bestFields = first;
    }
  }
  return best ?? detectCsvDelimiter(header);
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

const NAME_LIKE = /^[\p{L}_#][\p{L}\p{N} _.\-()#/?]{0,63}$/u;
/**
 * A label as exports write them, wider than NAME_LIKE: currency and unit signs, apostrophes,
 * square brackets, commas, % & + * ("Amount ($)", "N° adhérent", "Date d'adhésion",
 * "Cotisation annuelle (€)", "First Name [Required]", "Name, first", "E-Mail*"). Still led by a
 * letter, and without @ : = or line breaks, so no email address, number, date, phone number,
 * email:password pair or key=value pair is one.
 */
const LABEL_LIKE = /^[\p{L}_#][\p{L}\p{M}\p{N} _.\-()#/?$€£¥°%&'’,+*[\]]{0,99}$/u;
const NEUTRAL = describeColumn('');

/**
 * Whether the first row is a header: every cell is a non-empty, distinct, label-like name that
 * holds no personal data itself, and either some label names a known kind of column or the next
 * row holds a value that no such label would be (a number, a date, an email address...). When
 * the labels use only letters, digits and `_ . - ( ) # / ?`, so must the next row's values to be
 * labels too; when they use the wider punctuation of LABEL_LIKE, the next row is judged by it.
 */
export function looksLikeHeader(first: readonly string[], second: readonly string[] | undefined): boolean {
  const cells = first.map((cell) => cell.trim());
  const labels = cells.filter((cell) => cell !== '');
  if (labels.length === 0 || labels.some((cell) => !LABEL_LIKE.test(cell))) return false;
  if (labels.some((cell) => detectValue(cell, NEUTRAL).length > 0)) return false;
  if (labels.some((cell) => describeColumn(cell).hint !== undefined || subjectKeyRank(cell) !== undefined)) return true;
  if (new Set(labels).size !== labels.length) return false;
  const label = labels.every((cell) => NAME_LIKE.test(cell)) ? NAME_LIKE : LABEL_LIKE;
  return second !== undefined && second.some((cell) => cell.trim() !== '' && !label.test(cell.trim()));
}

/**
 * Excel's first line `sep=;` (also written by exports meant for Excel, optionally quoted): it
 * declares the delimiter and is neither a header nor data. Returns the delimiter and the line's
 * length with its line end, or undefined when `text` does not start with one.
 */
export function sepLine(text: string): { delimiter: string; length: number } | undefined {
  const match = /^"?sep=([^\r\n"])"?\1*[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (!match?.[1]) return undefined;
  return { delimiter: match[1], length: match[0].length };
}

/** Incremental RFC 4180 parser over string chunks; rows come out as arrays of field strings. */
export class CsvParser {
  private pending = '';
  private readonly delimiterCode: number;
  readonly delimiter: string;
  /** Lines consumed (for error messages). */
  line = 1;

  constructor(delimiter: string, private readonly describe: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new ValidationError(`CSV delimiter must be one character other than a quote or newline`);
    }
    this.delimiterCode = delimiter.charCodeAt(0);
    this.delimiter = delimiter;
  }

  /** Parses `chunk` (appended to what is pending); complete rows go to `emit`. */
  push(chunk: string, emit: (row: string[]) => void): void {
    const text = this.pending.length > 0 ? this.pending + chunk : chunk;
    const consumed = this.parse(text, false, emit);
    this.pending = text.slice(consumed);
    if (this.pending.length > MAX_RECORD_BYTES) {
      throw new ValidationError(`${this.describe} is not valid CSV (line ${this.line}): a record is longer than ${MAX_RECORD_BYTES} characters`);
    }
  }

  /** The end of input: the last row, unterminated, goes to `emit`. */
  end(emit: (row: string[]) => void): void {
    if (this.pending.length > 0) this.parse(this.pending, true, emit);
    this.pending = '';
  }

  /** Returns how much of `text` was consumed by complete rows. */
  private parse(text: string, last: boolean, emit: (row: string[]) => void): number {
    const delimiter = this.delimiterCode;
    const n = text.length;
    let i = 0;
    let rowStart = 0;
    let row: string[] = [];
    let newlines = 0;
    let nextQuote = text.indexOf('"');
    if (nextQuote === -1) nextQuote = n;
    while (i < n) {
      // Fast path: a whole line without quotes, at a row's start, is split natively.
      if (row.length === 0 && nextQuote > i) {
        const lineEnd = text.indexOf('\n', i);
        if (lineEnd !== -1 && lineEnd < nextQuote) {
          const end = lineEnd > i && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
          if (end > i) emit(text.slice(i, end).split(this.delimiter));
          i = lineEnd + 1;
          rowStart = i;
          this.line++;
          continue;
        }
      } else if (nextQuote < i) {
        nextQuote = text.indexOf('"', i);
        if (nextQuote === -1) nextQuote = n;
        continue;
      }
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        // Quoted field: up to the closing quote; "" is a quote.
        let j = i + 1;
        let segmentStart = j;
        value = '';
        let closed = false;
        for (;;) {
          const quote = text.indexOf('"', j);
          if (quote === -1) break;
          if (text.charCodeAt(quote + 1) === 34) {
            value += text.slice(segmentStart, quote + 1);
            j = quote + 2;
            segmentStart = j;
            continue;
          }
          if (quote + 1 === n && !last) break; // a "" may continue in the next chunk
          value += text.slice(segmentStart, quote);
          i = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!last) return rowStart;
          throw new ValidationError(`${this.describe} is not valid CSV (line ${this.line + newlines}): a quoted field is not closed`);
        }
        for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === 10) newlines++;
        // Text after the closing quote (relaxed): kept, up to the next delimiter or line end.
        if (i < n) {
          const code = text.charCodeAt(i);
          if (code !== delimiter && code !== 10 && code !== 13) {
            let j2 = i;
            while (j2 < n) {
              const c = text.charCodeAt(j2);
              if (c === delimiter || c === 10 || c === 13) break;
              j2++;
            }
            if (j2 === n && !last) return rowStart;
            value += text.slice(i, j2);
            i = j2;
          }
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delimiter || c === 10 || c === 13) break;
          j++;
        }
        if (j === n && !last) return rowStart;
        value = text.slice(i, j);
        i = j;
      }
      row.push(value);
      if (i >= n) {
        if (!last) return rowStart;
        break;
      }
      const code = text.charCodeAt(i);
      if (code === delimiter) {
        i++;
        if (i >= n) {
          if (!last) return rowStart;
          row.push('');
          break;
        }
        continue;
      }
      // A line end: \n, \r\n or \r.
      if (code === 13) {
        if (i + 1 >= n && !last) return rowStart;
        i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else {
        i++;
      }
      newlines++;
      if (!(row.length === 1 && row[0] === '')) emit(row);
      row = [];
      rowStart = i;
      this.line += newlines;
      newlines = 0;
    }
    if (row.length > 0 && !(row.length === 1 && row[0] === '')) emit(row);
    return n;
  }
}

export interface CsvOptions {
  /** The field delimiter; detected from the first lines when not given. */
  delimiter?: string;
  /** Whether the first row names the columns; detected when not given. */
  header?: boolean;
}

/** One batch of a table: column names once, then rows (CSV) or records (JSON). */
export type TableBatch =
  | {
    readonly kind: 'columns';
    readonly names: string[];
    /** A column whose first values are nearly all email addresses: the subject key when no name says one (see emailKeyColumn). */
    readonly emailColumn?: string;
  }
  | { readonly kind: 'rows'; readonly rows: string[][] }
  | { readonly kind: 'records'; readonly records: Array<Record<string, unknown>> };

const BATCH_ROWS = 2_000;

/**
 * The column names of a table from its first rows: the header's, or positional ones
 * (`column_1`...), and the column of email addresses that is the key when no name says one.
 * Rows wider than the header get positional names for their extra fields. A header-less file of
 * `email:secret` lines is a combo list, the usual form of leaked credentials: its columns are
 * named `email` and `password`.
 */
function tableColumns(first: readonly string[][], header: boolean, delimiter: string): { names: string[]; emailColumn?: string } {
  const width = Math.max(0, ...first.map((row) => row.length));
  const body = header ? first.slice(1) : first;
  const names = header ? csvColumnNames(first[0] ?? []) : [];
  for (let index = names.length; index < width; index++) names.push(`column_${index + 1}`);
  const emailColumn = emailKeyColumn(names, body);
  if (!header && delimiter === ':' && width === 2 && emailColumn === 'column_1' && body.every((row) => !/\s/.test(row[1] ?? ''))) {
    return { names: ['email', 'password'] };
  }
  return emailColumn ? { names, emailColumn } : { names };
}

async function* csvTable(bytes: AsyncIterable<Buffer | string>, describe: string, options: CsvOptions): AsyncGenerator<TableBatch> {
  const decoder = new StringDecoder('utf8');
  let parser: CsvParser | undefined;
  let head = '';
  let rows: string[][] = [];
  let firstRows: string[][] | undefined = [];
  let started = false;
  const emit = (row: string[]): void => {
    if (firstRows) firstRows.push(row);
    else rows.push(row);
  };

  function* startTable(): Generator<TableBatch> {
    const first = firstRows ?? [];
    firstRows = undefined;
    const header = options.header ?? looksLikeHeader(first[0] ?? [], first[1]);
    started = true;
    const body = header ? first.slice(1) : first;
    const { names, emailColumn } = tableColumns(first, header, parser?.delimiter ?? ',');
    yield { kind: 'columns', names, ...(emailColumn ? { emailColumn } : {}) };
    if (body.length > 0) yield { kind: 'rows', rows: body };
  }

  /** The parser for the file's start (`head`), and that start without a byte-order mark or a `sep=` line. */
  const start = (head: string): { parser: CsvParser; text: string } => {
    let text = head.replace(/^\uFEFF/, '');
    const sep = sepLine(text);
    if (sep) text = text.slice(sep.length);
    const started = new CsvParser(options.delimiter ?? sep?.delimiter ?? detectDelimiter(text), describe);
    if (sep) started.line++;
    return { parser: started, text };
  };

  for await (const chunk of bytes) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!parser) {
      head += text;
      if (head.length < 64 * 1024 && sampleLines(head, 22).length < 22) continue;
      ({ parser, text } = start(head));
      head = '';
    }
    parser.push(text, emit);
    if (!started && (firstRows?.length ?? 0) >= 2) yield* startTable();
    // One batch per chunk read: rows die young, before the garbage collector promotes them.
    if (rows.length > 0 && started) {
      yield { kind: 'rows', rows };
      rows = [];
    }
  }
  const rest = decoder.end();
  if (!parser) {
    const started = start(head + rest);
    parser = started.parser;
    parser.push(started.text, emit);
  } else if (rest) {
    parser.push(rest, emit);
  }
  parser.end(emit);
  if (!started) yield* startTable();
  if (rows.length > 0) yield { kind: 'rows', rows };
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

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

async function* jsonLinesTable(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  let lineNumber = 0;
  let records: Array<Record<string, unknown>> = [];
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
    records.push(parsed);
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  if (records.length > 0) yield { kind: 'records', records };
}

// ---------------------------------------------------------------------------------------------
// JSON arrays, streamed element by element: a scanner finds where each top-level element ends
// (tracking nesting, strings and escapes), and only that element's text is parsed.

/** Splits a streamed `[ {...}, {...} ]` into its elements' JSON texts. */
export class JsonArrayScanner {
  private state: 'before' | 'between' | 'element' | 'after' = 'before';
  private buffer = '';
  private elementStart = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scanned = 0;
  index = 0;

  constructor(private readonly describe: string) {}

  push(chunk: string, emit: (elementText: string, index: number) => void): void {
    this.buffer += chunk;
    const text = this.buffer;
    let i = this.scanned;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === 92 /* \ */) this.escaped = true;
          else if (code === 34) this.inString = false;
          continue;
        }
        if (code === 34) this.inString = true;
        else if (code === 123 || code === 91) this.depth++;
        else if (code === 125 || code === 93) {
          if (this.depth === 0) {
            // The array's own closing bracket after a scalar element.
            this.finishElement(text, i, emit);
            this.state = 'after';
            continue;
          }
          this.depth--;
        } else if (code === 44 /* , */ && this.depth === 0) {
          this.finishElement(text, i, emit);
          this.state = 'between';
          continue;
        }
        continue;
      }
      if (code <= 32 || code === 0xfeff) continue;
      if (this.state === 'before') {
        if (code !== 91) throw new ValidationError(`${this.describe} is not a JSON array of records`);
        this.state = 'between';
      } else if (this.state === 'between') {
        if (code === 93 && this.index === 0) {
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.elementStart = i;
        this.depth = 0;
        i--; // re-read this character as part of the element
      } else {
        throw new ValidationError(`${this.describe} is not valid JSON: text after the array`);
      }
    }
    // Keep only the element being read.
    if (this.state === 'element') {
      this.buffer = text.slice(this.elementStart);
      this.scanned = i - this.elementStart;
      this.elementStart = 0;
      if (this.buffer.length > MAX_RECORD_BYTES) {
        throw new ValidationError(`${this.describe}: item ${this.index} is longer than ${MAX_RECORD_BYTES} characters`);
      }
    } else {
      this.buffer = '';
      this.scanned = 0;
    }
  }

  private finishElement(text: string, end: number, emit: (elementText: string, index: number) => void): void {
    emit(text.slice(this.elementStart, end), this.index++);
  }

  end(): void {
    if (this.state !== 'after') throw new ValidationError(`${this.describe} is not valid JSON`);
  }
}

async function* jsonArrayTable(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  const decoder = new StringDecoder('utf8');
  const scanner = new JsonArrayScanner(describe);
  let records: Array<Record<string, unknown>> = [];
  const emit = (elementText: string, index: number): void => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(elementText);
    } catch {
      throw new ValidationError(`${describe} is not valid JSON (item ${index})`);
    }
    if (!isRecord(parsed)) throw new ValidationError(`${describe}: item ${index} is not a JSON object`);
    records.push(recordOf(parsed));
  };
  for await (const chunk of bytes) {
    scanner.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), emit);
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  scanner.push(decoder.end(), emit);
  scanner.end();
  if (records.length > 0) yield { kind: 'records', records };
}

// ---------------------------------------------------------------------------------------------
// JSON documents (.json). The first non-blank character says which shape the file has:
//   [ {...}, ... ]        an array of records, streamed item by item (JsonArrayScanner);
//   {...} {...} ...       objects one after another: JSON Lines named .json (mongoexport's
//                         default output) or concatenated pretty-printed objects (mongoexport
//                         --pretty); each object is a record;
//   { ... } alone         one object. When it holds arrays of objects (Zendesk's
//                         {"tickets":[...]}, a FHIR Bundle's "entry", {"data":[...]},
//                         {"results":[...]}, OData's {"value":[...]}...), the items of one of
//                         them are the records: the first whose name is a usual name for records
//                         (RECORD_ARRAY_NAMES), else the longest; the object's other properties
//                         (counts, links, paging) are not read. An object without one is a record.
// Items shaped like a FHIR Bundle entry ({"fullUrl", "resource": {"resourceType", ...}}) are read
// as their resource, in arrays and in wrappers alike.
//
// Memory: a lone object of up to MAX_RECORD_BYTES is held and parsed whole. A larger one cannot be
// a record, so it is read as a wrapper and streamed: the array of objects being read when the
// object passes that size (its items so far are taken from the text held, the rest streamed item
// by item); when that point is not inside an array of objects, the best complete one before it
// (same preference), else the first array of objects after it. Any other array in a wrapper that
// large is not read.

/** Property names under which an export wraps its array of records, lower-case. */
const RECORD_ARRAY_NAMES = new Set([
  'entry', 'entries', 'data', 'results', 'result', 'records', 'items', 'rows', 'value', 'values', 'list', 'objects',
  'documents', 'docs', 'resources', 'users', 'members', 'customers', 'contacts', 'people', 'persons', 'employees',
  'patients', 'accounts', 'tickets', 'subscribers', 'profiles', 'leads', 'clients', 'orders',
]);

/** The keys of a FHIR Bundle entry (`entry[]`), whose record is its `resource`. */
const BUNDLE_ENTRY_KEYS = new Set(['fullUrl', 'resource', 'search', 'request', 'response', 'link', 'id', 'extension', 'modifierExtension']);

/** An item as a record: a FHIR Bundle entry is read as its resource, anything else as it is. */
function recordOf(item: Record<string, unknown>): Record<string, unknown> {
  const resource = item.resource;
  if (isRecord(resource) && typeof resource.resourceType === 'string' && Object.keys(item).every((key) => BUNDLE_ENTRY_KEYS.has(key))) return resource;
  return item;
}

interface ArrayCandidate {
  readonly name: string | undefined;
  readonly known: boolean;
  readonly items: number;
}

/** Whether array `candidate` (all objects) holds a wrapper's records rather than `best`: a usual name first, then the most items. */
function betterRecordArray(candidate: ArrayCandidate, best: ArrayCandidate | undefined): boolean {
  if (!candidate.known && candidate.items === 0) return false;
  if (best === undefined) return true;
  if (candidate.known !== best.known) return candidate.known;
  return !candidate.known && candidate.items > best.items;
}

/** The records of a lone JSON object's array of records (see above), or undefined when it has none. */
export function recordArrayOf(document: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
  let best: (ArrayCandidate & { readonly list: Array<Record<string, unknown>> }) | undefined;
  for (const [name, value] of Object.entries(document)) {
    if (!Array.isArray(value) || !value.every(isRecord)) continue;
    const candidate = { name, known: RECORD_ARRAY_NAMES.has(name.toLowerCase()), items: value.length, list: value };
    if (betterRecordArray(candidate, best)) best = candidate;
  }
  return best?.list.map(recordOf);
}

/**
 * Reads a streamed JSON text that starts with `{`: objects one after another (each a record), or
 * one object (see recordArrayOf), streamed when larger than MAX_RECORD_BYTES. Only the object
 * being read is held (or, past that size, the item being read).
 */
export class JsonObjectsScanner {
  /** The text held, from absolute offset `base`, in the chunks it came in (joined when a slice needs it). */
  private parts: string[] = [];
  private base = 0;
  /** The chunk being scanned and its absolute offset. */
  private chunk = '';
  private chunkBase = 0;
  /** Absolute offset of the next character to scan. */
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private mode: 'first' | 'afterFirst' | 'sequence' | 'wrapper' | 'skip' | 'end' = 'first';
  /** Absolute offset of the top-level object being read (-1 between objects), and its line. */
  private objectStart = -1;
  private objectLine = 1;
  private objects = 0;
  private firstEnd = -1;
  // Inside the first (or wrapping) object: its properties, and the array-valued one being read.
  private expectKey = false;
  private expectValue = false;
  private keyStart = -1;
  private key: string | undefined;
  private array: { name: string | undefined; start: number; items: number; objects: boolean } | undefined;
  private best: (ArrayCandidate & { readonly start: number; readonly end: number }) | undefined;
  private itemStart = -1;
  /** Wrapper mode: whether the array being read holds the records (streaming), or the next one will (awaiting). */
  private streaming = false;
  private awaiting = false;
  /** Records taken from a wrapper's array so far. */
  private items = 0;

  constructor(private readonly describe: string) {}

  /** Characters held: the object being read, or once a large wrapper streams, the item being read. */
  get held(): number {
    return this.parts.reduce((total, part) => total + part.length, 0);
  }

  private get tracking(): boolean {
    return this.mode === 'first' || this.mode === 'wrapper';
  }

  /** The text held between two absolute offsets. */
  private slice(from: number, to: number): string {
    if (from >= this.chunkBase) return this.chunk.slice(from - this.chunkBase, to - this.chunkBase);
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return (this.parts[0] ?? '').slice(from - this.base, to - this.base);
  }

  private parse(text: string, where: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new ValidationError(`${this.describe} is not valid JSON (${where})`);
    }
  }

  private noRecordArray(): ValidationError {
    return new ValidationError(`${this.describe} is one JSON object larger than ${MAX_RECORD_BYTES} characters (the longest record read) holding no array of records`);
  }

  private emitItem(item: unknown, emit: (record: Record<string, unknown>) => void): void {
    const index = this.items++;
    if (!isRecord(item)) throw new ValidationError(`${this.describe}: item ${index} of the array of records is not a JSON object`);
    emit(recordOf(item));
  }

  push(chunk: string, emit: (record: Record<string, unknown>) => void): void {
    this.parts.push(chunk);
    this.chunk = chunk;
    this.chunkBase = this.position;
    const base = this.chunkBase;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === 92 /* \ */) this.escaped = true;
        else if (code === 34 /* " */) {
          this.inString = false;
          if (this.keyStart >= 0) {
            const key = this.parse(this.slice(this.keyStart, base + i + 1), `line ${this.line}`);
            this.key = typeof key === 'string' ? key : undefined;
            this.keyStart = -1;
          }
        }
        continue;
      }
      if (code <= 32 || code === 0xfeff) {
        if (code === 10) this.line++;
        continue;
      }
      const at = base + i;
      if (this.depth === 0) {
        if (code !== 123 /* { */ || this.mode === 'end') {
          throw new ValidationError(
            this.mode === 'end'
              ? `${this.describe} is not valid JSON: text after the object (line ${this.line})`
              : `${this.describe} is not valid JSON Lines: line ${this.line} does not start a JSON object`,
          );
        }
        if (this.mode === 'afterFirst') {
          // A second object: the file is a sequence of records, the first one included.
          this.mode = 'sequence';
          const first = this.parse(this.slice(this.objectStart, this.firstEnd + 1), `the object on line ${this.objectLine}`);
          emit(recordOf(first as Record<string, unknown>));
        }
        this.objects++;
        this.objectStart = at;
        this.objectLine = this.line;
        this.depth = 1;
        this.expectKey = true;
        continue;
      }
      if (code === 34) {
        this.inString = true;
        if (this.tracking) {
          if (this.depth === 1) {
            if (this.expectKey) this.keyStart = at;
            this.expectKey = false;
            this.expectValue = false;
          } else if (this.depth === 2 && this.array) this.nonObjectItem();
        }
        continue;
      }
      if (code === 123 || code === 91 /* [ */) {
        if (this.tracking) {
          if (this.depth === 1 && this.expectValue) {
            this.expectValue = false;
            if (code === 91) this.startArray(at);
          } else if (this.depth === 2 && this.array) {
            if (code === 123) this.startItem(at);
            else this.nonObjectItem();
          }
        }
        this.depth++;
        continue;
      }
      if (code === 125 || code === 93 /* } ] */) {
        this.depth--;
        if (this.depth === 0) this.endObject(at, emit);
        else if (this.tracking && this.array) {
          if (this.depth === 2 && code === 125 && this.itemStart >= 0) this.endItem(at, emit);
          else if (this.depth === 1 && code === 93) this.endArray(at);
        }
        continue;
      }
      if (!this.tracking) continue;
      if (this.depth === 1) {
        if (code === 58 /* : */) this.expectValue = true;
        else if (code === 44 /* , */) this.expectKey = true;
        else this.expectValue = false; // a number, true, false or null
      } else if (this.depth === 2 && this.array && code !== 44) {
        this.nonObjectItem();
      }
    }
    this.position = base + chunk.length;
    this.afterChunk(emit);
  }

  private startArray(at: number): void {
    if (this.mode === 'wrapper' && !this.awaiting) return;
    this.array = { name: this.key, start: at, items: 0, objects: true };
  }

  private startItem(at: number): void {
    this.itemStart = at;
    if (this.mode === 'wrapper' && this.awaiting && this.array && this.array.items === 0 && this.array.objects) {
      this.awaiting = false;
      this.streaming = true;
    }
  }

  private nonObjectItem(): void {
    if (!this.array) return;
    if (this.streaming) throw new ValidationError(`${this.describe}: item ${this.items} of the array of records is not a JSON object`);
    this.array.objects = false;
  }

  private endItem(at: number, emit: (record: Record<string, unknown>) => void): void {
    if (this.array) this.array.items++;
    if (this.streaming) this.emitItem(this.parse(this.slice(this.itemStart, at + 1), `item ${this.items} of the array of records`), emit);
    this.itemStart = -1;
  }

  private endArray(at: number): void {
    const array = this.array;
    this.array = undefined;
    if (!array) return;
    if (this.mode === 'first') {
      if (!array.objects) return;
      const candidate = { name: array.name, known: array.name !== undefined && RECORD_ARRAY_NAMES.has(array.name.toLowerCase()), items: array.items };
      if (betterRecordArray(candidate, this.best)) this.best = { ...candidate, start: array.start, end: at };
    } else if (this.streaming) {
      this.streaming = false;
      this.mode = 'skip';
    }
  }

  private endObject(at: number, emit: (record: Record<string, unknown>) => void): void {
    if (this.mode === 'first') {
      this.firstEnd = at;
      this.mode = 'afterFirst';
    } else if (this.mode === 'sequence') {
      const record = this.parse(this.slice(this.objectStart, at + 1), `the object on line ${this.objectLine}`);
      emit(recordOf(record as Record<string, unknown>));
      this.objectStart = -1;
    } else {
      if (this.awaiting) throw this.noRecordArray();
      this.mode = 'end';
    }
  }

  /** A lone object past MAX_RECORD_BYTES: it is a wrapper; its records are found as described above. */
  private overflow(emit: (record: Record<string, unknown>) => void): void {
    this.mode = 'wrapper';
    const array = this.array;
    if (array?.objects) {
      // The items read so far are in the text held: close the array after the last whole one.
      const cut = this.itemStart >= 0 ? this.itemStart : this.position;
      const before = this.parse(`${this.slice(array.start, cut).replace(/[\s,]+$/, '')}]`, `the array of records`) as unknown[];
      this.streaming = true;
      for (const item of before) this.emitItem(item, emit);
      return;
    }
    this.array = undefined;
    this.itemStart = -1;
    if (this.best) {
      const items = this.parse(this.slice(this.best.start, this.best.end + 1), `the array of records`) as unknown[];
      for (const item of items) this.emitItem(item, emit);
      this.mode = 'skip';
      return;
    }
    this.awaiting = true;
  }

  /** Drops the text no longer needed (or fails when what must be held grows too long). */
  private afterChunk(emit: (record: Record<string, unknown>) => void): void {
    if (this.mode === 'first' && this.position - this.objectStart > MAX_RECORD_BYTES) this.overflow(emit);
    let keepFrom = this.position;
    if (this.mode === 'first' || this.mode === 'afterFirst') keepFrom = this.objectStart;
    else if (this.mode === 'sequence' && this.objectStart >= 0) {
      if (this.position - this.objectStart > MAX_RECORD_BYTES) {
        throw new ValidationError(`${this.describe}: the object on line ${this.objectLine} is longer than ${MAX_RECORD_BYTES} characters`);
      }
      keepFrom = this.objectStart;
    } else if (this.mode === 'wrapper') {
      if (this.keyStart >= 0) keepFrom = this.keyStart;
      else if (this.streaming && this.itemStart >= 0) keepFrom = this.itemStart;
      if (this.position - keepFrom > MAX_RECORD_BYTES) {
        throw new ValidationError(`${this.describe}: item ${this.items} of the array of records is longer than ${MAX_RECORD_BYTES} characters`);
      }
    }
    if (keepFrom === this.base) return;
    this.parts = [keepFrom >= this.chunkBase ? this.chunk.slice(keepFrom - this.chunkBase) : this.slice(keepFrom, this.position)];
    this.base = keepFrom;
  }

  end(emit: (record: Record<string, unknown>) => void): void {
    if (this.depth > 0 || this.inString || this.objects === 0) {
      throw new ValidationError(`${this.describe} is not valid JSON: the object on line ${this.objectLine} is not closed`);
    }
    if (this.mode !== 'afterFirst') return;
    const document = this.parse(this.slice(this.objectStart, this.firstEnd + 1), 'the object') as Record<string, unknown>;
    const records = recordArrayOf(document);
    if (records === undefined && this.firstEnd - this.objectStart >= MAX_RECORD_BYTES) throw this.noRecordArray();
    for (const record of records ?? [recordOf(document)]) emit(record);
  }
}

async function* jsonObjectsTable(text: AsyncIterable<string>, describe: string): AsyncGenerator<TableBatch> {
  const scanner = new JsonObjectsScanner(describe);
  let records: Array<Record<string, unknown>> = [];
  const emit = (record: Record<string, unknown>): void => void records.push(record);
  for await (const chunk of text) {
    scanner.push(chunk, emit);
    if (records.length >= BATCH_ROWS) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  scanner.end(emit);
  for (let start = 0; start < records.length; start += BATCH_ROWS) yield { kind: 'records', records: records.slice(start, start + BATCH_ROWS) };
}

/** A .json file's records, whichever of the shapes above it has. */
async function* jsonDocumentTable(bytes: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  const decoder = new StringDecoder('utf8');
  const iterator = bytes[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  let first: string | undefined;
  while (first === undefined && !done) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      head += decoder.end();
    } else {
      head += typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    first = /[^\s\uFEFF]/.exec(head)?.[0];
    if (first === undefined && head.length > MAX_RECORD_BYTES) break;
  }
  async function* text(): AsyncGenerator<string> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  if (first === '[') yield* jsonArrayTable(text(), describe);
  else if (first === '{') yield* jsonObjectsTable(text(), describe);
  else if (first === undefined) throw new ValidationError(`${describe} is not valid JSON: it is empty`);
  else throw new ValidationError(`${describe} is not a JSON array of records, JSON Lines, or an object holding an array of records`);
}

// ---------------------------------------------------------------------------------------------
// Entry points

export interface ReadTableOptions extends ReadRecordsOptions, CsvOptions {
  /** Called with the bytes read so far (as stored, compressed for .gz) and the total when known. */
  onBytes?: (read: number, total: number | undefined) => void;
}

/**
 * Streams the contents of `source` (a local path, file:// URL or s3://bucket/key) in batches:
 * CSV as column names then rows of strings; JSON Lines and JSON arrays as records. Throws
 * ValidationError (bad address, format or content), NotFoundError (no such file or object) or
 * TransientDependencyError (S3 or the disk failed in a way a retry may fix).
 */
export async function* readTable(source: string, options: ReadTableOptions = {}): AsyncGenerator<TableBatch> {
  const location = locate(source, options.baseDir);
  const { format, gzip } = formatOf(location.kind === 's3' ? location.key : location.path);
  const opened = await openSource(location, options);
  let read = 0;
  const onBytes = options.onBytes;
  async function* counting(stream: Readable): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes?.(read, opened.size);
      yield chunk;
    }
  }
  const counted: AsyncIterable<Buffer> = onBytes ? counting(opened.bytes) : opened.bytes;
  try {
    // Compressed when named .gz, or when the bytes say so (a .csv that is really gzip).
    const bytes = asText(gzip ? gunzipped(counted) : await sniffedGzip(counted));
    if (format === 'csv') yield* csvTable(bytes, opened.describe, options);
    else if (format === 'jsonl') yield* jsonLinesTable(bytes, opened.describe);
    else yield* jsonDocumentTable(bytes, opened.describe);
  } catch (error) {
    throw asSourceError(error, opened.describe);
  } finally {
    // The consumer may stop early: release the file handle or HTTP connection.
    opened.bytes.destroy();
  }
}

function gunzipped(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const gunzip = createGunzip();
  pipeline(Readable.from(compressed), gunzip, () => {
    // Errors surface through the iteration; see asSourceError.
  });
  return gunzip;
}

/** The stream as is, or decompressed when it starts with gzip's magic bytes. */
async function sniffedGzip(stream: AsyncIterable<Buffer>): Promise<AsyncIterable<Buffer>> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* whole(): AsyncGenerator<Buffer> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return !first.done && isGzip(first.value) ? gunzipped(whole()) : whole();
}

/** Whether bytes start like a gzip member (RFC 1952: 1f 8b, deflate). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The text encoding of an export, from its first bytes: UTF-16 by its byte-order mark, or
 * without one by its zero bytes (Excel's "Unicode text", SQL Server and PowerShell exports);
 * UTF-8 when the bytes are valid UTF-8 (ASCII included); otherwise Windows-1252, the encoding
 * of Excel's "CSV" on Western-European Windows (a superset of Latin-1). Only the first bytes
 * are read: a file that turns invalid later is decoded as UTF-8 with replacement characters.
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = Math.min(head.length, 4096) & ~1;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < sample; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) zerosEven++;
    else zerosOdd++;
  }
  // ASCII text in UTF-16 has a zero in every other byte; UTF-8 text has none.
  if (sample >= 8 && zerosOdd > sample * 0.3 && zerosEven < zerosOdd / 10) return 'utf-16le';
  if (sample >= 8 && zerosEven > sample * 0.3 && zerosOdd < zerosEven / 10) return 'utf-16be';
  // A chunk may end inside a character: judge up to its last ASCII byte.
  let end = head.length;
  while (end > 0 && (head[end - 1] ?? 0) >= 0x80 && head.length - end < 4) end--;
  return isUtf8(head.subarray(0, end)) ? 'utf-8' : 'windows-1252';
}

/**
 * The stream's text: UTF-8 bytes pass through (the readers decode them), other encodings (see
 * sniffEncoding) are decoded here into strings. A byte-order mark is dropped.
 */
async function* asText(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer | string> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of stream) {
    if (first) {
      first = false;
      const encoding = sniffEncoding(chunk);
      if (encoding !== 'utf-8') decoder = new TextDecoder(encoding);
    }
    yield decoder ? decoder.decode(chunk, { stream: true }) : chunk;
  }
  if (decoder) yield decoder.decode();
}

/** Streams the records of `source` one by one (CSV rows become objects keyed by column name). */
export async function* readRecords(source: string, options: ReadTableOptions = {}): AsyncGenerator<Record<string, unknown>> {
  let names: string[] = [];
  for await (const batch of readTable(source, options)) {
    if (batch.kind === 'columns') {
      names = batch.names;
    } else if (batch.kind === 'records') {
      yield* batch.records;
    } else {
      for (const row of batch.rows) {
        const record: Record<string, unknown> = {};
        for (let i = 0; i < row.length; i++) record[names[i] ?? `column_${i + 1}`] = row[i];
        yield record;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Local files in parts (one per worker thread)

export interface CsvHead {
  readonly delimiter: string;
  readonly header: boolean;
  readonly names: string[];
  readonly emailColumn?: string;
  /** Byte offset of the first data row (after a byte-order mark, a `sep=` line and the header row). */
  readonly bodyStart: number;
}

const HEAD_BYTES = 256 * 1024;

/** Reads the start of a local CSV file: its delimiter, whether it has a header, the column names. */
export async function inspectCsv(filePath: string, options: CsvOptions = {}): Promise<CsvHead> {
  const handle = await open(filePath, 'r');
  let text: string;
  let bom = 0;
  let whole = false;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    // Cut at the last newline so no character is split, unless the whole file was read: its last
    // line counts even without a newline, as in the stream reader (a header-only file, say).
    whole = bytesRead < HEAD_BYTES;
    const lastNewline = head.lastIndexOf(0x0a);
    text = head.subarray(bom, !whole && lastNewline > bom ? lastNewline + 1 : bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  let bodyStart = bom;
  const sep = sepLine(text);
  if (sep) {
    bodyStart += Buffer.byteLength(text.slice(0, sep.length));
    text = text.slice(sep.length);
  }
  const delimiter = options.delimiter ?? sep?.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  const parser = new CsvParser(delimiter, `records file ${filePath}`);
  const collect = (row: string[]): void => void (rows.length < 21 && rows.push(row));
  parser.push(text, collect);
  if (whole) parser.end(collect);
  const header = options.header ?? looksLikeHeader(rows[0] ?? [], rows[1]);
  const { names, emailColumn } = tableColumns(rows, header, delimiter);
  if (header) {
    const line = firstCsvLine(text) ?? text;
    const ending = text.startsWith('\r\n', line.length) ? 2 : 1;
    bodyStart += Buffer.byteLength(text.slice(0, line.length + ending));
  }
  return { delimiter, header, names, bodyStart, ...(emailColumn ? { emailColumn } : {}) };
}

/**
 * Byte offsets that cut a local file into `parts` pieces of about equal size, each starting at a
 * record: after a newline that is outside quotes (CSV; found by counting quotes from the start)
 * or after any newline (JSON Lines).
 */
export async function splitPoints(filePath: string, format: 'csv' | 'jsonl', start: number, parts: number): Promise<number[]> {
  const { size } = await stat(filePath);
  const targets = Array.from({ length: parts - 1 }, (_, index) => start + Math.floor(((size - start) * (index + 1)) / parts));
  const cuts: number[] = [start];
  let quotes = 0;
  let offset = 0;
  let next = 0; // the target being looked for
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let position = 0; // quotes are counted up to here
    const countQuotes = (to: number): void => {
      if (format === 'csv') for (let q = chunk.indexOf(0x22, position); q !== -1 && q < to; q = chunk.indexOf(0x22, q + 1)) quotes++;
      position = Math.max(position, to);
    };
    while (next < targets.length) {
      const target = (targets[next] ?? 0) - offset;
      if (target >= chunk.length) break;
      countQuotes(Math.max(target, position));
      let newline = chunk.indexOf(0x0a, position);
      while (newline !== -1) {
        countQuotes(newline);
        if (quotes % 2 === 0) break;
        newline = chunk.indexOf(0x0a, newline + 1);
      }
      if (newline === -1) {
        targets[next] = offset + chunk.length; // look on in the next chunk
        break;
      }
      cuts.push(offset + newline + 1);
      position = newline + 1;
      next++;
    }
    countQuotes(chunk.length);
    offset += chunk.length;
  }
  cuts.push(size);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Rows of a byte range [start, end) of a local CSV file that starts at a record. */
export async function* readCsvRange(
  filePath: string, start: number, end: number, delimiter: string, onBytes?: (read: number) => void,
): AsyncGenerator<string[][]> {
  if (end <= start) return;
  const describe = `records file ${filePath}`;
  const decoder = new StringDecoder('utf8');
  const parser = new CsvParser(delimiter, describe);
  let rows: string[][] = [];
  const emit = (row: string[]): void => void rows.push(row);
  let read = 0;
  try {
    for await (const chunk of createReadStream(filePath, { start, end: end - 1 }) as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes?.(read);
      parser.push(decoder.write(chunk), emit);
      if (rows.length > 0) {
        yield rows;
        rows = [];
      }
    }
    parser.push(decoder.end(), emit);
    parser.end(emit);
    if (rows.length > 0) yield rows;
  } catch (error) {
    throw asSourceError(error, describe);
  }
}

/** Records of a byte range [start, end) of a local JSON Lines file that starts at a line. */
export async function* readJsonLinesRange(
  filePath: string, start: number, end: number, onBytes?: (read: number) => void,
): AsyncGenerator<Array<Record<string, unknown>>> {
  if (end <= start) return;
  const describe = `records file ${filePath}`;
  let read = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of createReadStream(filePath, { start, end: end - 1 }) as AsyncIterable<Buffer>) {
      read += chunk.length;
      onBytes?.(read);
      yield chunk;
    }
  }
  try {
    for await (const batch of jsonLinesTable(counted(), describe)) {
      if (batch.kind === 'records') yield batch.records;
    }
  } catch (error) {
    throw asSourceError(error, describe);
  }
}
