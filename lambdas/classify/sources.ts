// Where affected records come from: a local file (embedded) or an S3 object (AWS), streamed
// record by record so that an export of millions of rows never sits in memory. The format
// follows the extension: delimited text (.csv/.tsv/.tab/.psv/.txt/.dat), .jsonl/.ndjson, .json
// (optionally .gz); a .json is an array, JSON Lines or an object wrapping an array of records,
// told apart by its content, and streamed item by item too. Errors name the source and the
// line, never a value.
import { createReadStream, realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { S3Client } from '@aws-sdk/client-s3';
import { BreachClockError, NotFoundError, TransientDependencyError, ValidationError } from '../shared/errors.js';
import { CsvParser, csvTable, cutShort, detectDelimiter, firstCsvLine, HEAD_BYTES, HEAD_ROWS, headerless, outfileEscapes, preamble, sepLine, startsWithHeader, tableColumns, type CsvOptions } from './csv.js';
import { comboLayout } from './combos.js';
import { sniffEncoding } from './encodings.js';
import { logLayout } from './logs.js';
import { dsnTable, looksLikeDsn } from './dsn.js';
import { gedcomTable, looksLikeGedcom } from './gedcom.js';
import { looksLikePnrDisplay, pnrTable } from './pnr.js';
import { generalLogTable, looksLikeGeneralLog, looksLikeSqlDump, sqlDumpTable } from './sql.js';
import { jsonDocumentTable, jsonLinesTable, looksLikeStampedJsonLines } from './json.js';
import type { SourceIncomplete } from '../shared/contract.js';
import { bothIncomplete, type TableBatch } from './table.js';
import { Utf8Text } from './utf8.js';

/** `sniffed`: a log or an object without a telling name (access.log, an S3 key without a dot), read as JSON or as delimited text by its first character. */
export type RecordFormat = 'csv' | 'jsonl' | 'json' | 'sql' | 'sniffed';

export interface ReadRecordsOptions {
  /** S3 client for `s3://` sources; a default one is created on first use. */
  s3?: S3Client;
  /**
   * When set, local paths must resolve inside this directory (the embedded data directory); null
   * refuses local paths (the workflow on AWS, where only s3:// sources make sense).
   */
  baseDir?: string | null;
}


// ---------------------------------------------------------------------------------------------
// Locating a source

type Location =
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string }
  | { readonly kind: 'file'; readonly path: string; /** As the caller wrote it, for messages (not the server's absolute path). */ readonly given: string };

function locate(source: string, baseDir: string | null | undefined): Location {
  if (source.startsWith('s3://')) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(source);
    if (!match?.[1] || !match[2]) {
      throw new ValidationError('recordsSource is not a valid s3://bucket/key address', [
        { field: 'affected.recordsSource', message: 'expected s3://bucket/key' },
      ]);
    }
    return { kind: 's3', bucket: match[1], key: match[2] };
  }
  if (baseDir === null) {
    throw new ValidationError('recordsSource must be an s3://bucket/key address here', [
      { field: 'affected.recordsSource', message: 'expected s3://bucket/key' },
    ]);
  }
  const filePath = path.resolve(source.startsWith('file://') ? fileURLToPath(source) : source);
  if (baseDir !== undefined) {
    // Compared as the disk resolves them: a link inside the directory to a file outside is outside.
    const real = (target: string): string => {
      try {
        return realpathSync(target);
      } catch {
        return target; // not there (yet): reported as missing where it is opened
      }
    };
    const root = real(path.resolve(baseDir));
    const resolved = real(filePath);
    if (resolved !== root && !resolved.startsWith(root + path.sep)) {
      throw new ValidationError('recordsSource is outside the directory records may be read from', [
        { field: 'affected.recordsSource', message: `must be inside ${root}` },
      ]);
    }
  }
  return { kind: 'file', path: filePath, given: source };
}

/**
 * Checks what can be checked of a records source when a report names it, so that a bad one is
 * refused with the report (400, nothing filed) instead of failing the workflow later: its address,
 * its format, and for a local file that it exists. An S3 object is checked when it is read.
 */
export async function checkRecordsSource(source: string, baseDir: string | null | undefined): Promise<void> {
  const location = locate(source, baseDir);
  formatOf(location.kind === 's3' ? location.key : location.path);
  if (location.kind === 'file') {
    const { stat } = await import('node:fs/promises');
    const found = await stat(location.path).catch(() => undefined);
    if (!found?.isFile()) {
      throw new ValidationError('recordsSource names no readable file', [{ field: 'affected.recordsSource', message: `no file at ${location.given}` }]);
    }
  }
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
  if (extension === '.sql' || extension === '.dump') return { format: 'sql', gzip };
  if (!BINARY_EXTENSIONS.has(extension)) return { format: 'sniffed', gzip };
  throw new ValidationError(`The records source has an unsupported format: ${extension} is no text export (export it as .csv, .tsv, .txt, .jsonl or .json, optionally .gz)`, [
    { field: 'affected.recordsSource', message: 'unsupported file extension' },
  ]);
}

/**
 * Whether the first lines are columns aligned by runs of spaces and nothing else: no comma, semicolon, tab
 * or pipe in them, three or more runs of two spaces or more in each, starting at the same places.
 */
function looksFixedWidth(start: string): boolean {
  const lines = start.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 6).filter((line) => line.trim() !== '');
  if (lines.length < 3 || lines.some((line) => /[,;\t|{}]/.test(line))) return false;
  const starts = (line: string): number[] => [...line.matchAll(/ {2,}(?=\S)/g)].map((match) => (match.index ?? 0) + match[0].length);
  const first = starts(lines[0] ?? '');
  if (first.length < 3) return false;
  return lines.slice(1).every((line) => {
    const mine = starts(line);
    return mine.length >= 3 && first.filter((at) => mine.includes(at)).length >= Math.min(3, first.length);
  });
}

/** Text of at least `words` words with a sentence's or a title's spaces (not a column's name, not a value). */
function isProse(text: string, words: number): boolean {
  return text.trim().split(/\s+/).length >= words;
}

/** An export that holds no records (see readTable), read whole or in ranges (see parallel.ts). */
export function noRecords(describe: string): ValidationError {
  return new ValidationError(`${describe} holds no records (it is empty, or a header alone)`, [
    { field: 'affected.recordsSource', message: 'the export holds no records' },
  ]);
}

/**
 * The first bytes of content that is no text table: a ZIP (xlsx, docx), a PDF, an XML or HTML
 * document; an encrypted file (OpenSSL's "Salted__", PGP's armour, age), a 7-Zip or RAR archive,
 * a SQLite database, an Excel 97-2003 workbook (OLE2). Read as text, each would be "no personal data".
 */
const NOT_TEXT = /^(PK\u0003\u0004|%PDF-|\s*<\?xml|\s*<!doctype html|\s*<html|Salted__|-----BEGIN PGP MESSAGE-----|age-encryption\.org\/v1|7z\u00bc\u00af|7z\ufffd\ufffd|Rar!\u001a\u0007|SQLite format 3\u0000|\ufffd\ufffd\u0011\u0871\u001a|\u00d0\u00cf\u0011\u00e0)/i;

/** Names of files that are no text: spreadsheets, documents, archives, columnar and database files. */
// Not .xls: web applications' "Excel" downloads are often text under that name (Blackboard's Grade Center: UTF-16, tab-separated);
// a workbook of Excel 97-2003 is told by its content (NOT_TEXT).
const BINARY_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.ods', '.numbers', '.pdf', '.doc', '.docx', '.odt', '.zip', '.7z', '.rar',
  '.tar', '.tgz', '.bz2', '.xz', '.zst', '.parquet', '.avro', '.orc', '.db', '.sqlite', '.sqlite3', '.mdb', '.accdb', '.bak', '.png',
  '.jpg', '.jpeg', '.gif', '.bin', '.exe', '.dll', '.so']);

/**
 * Text that is not JSON by its name: SQL statements (a dump, whatever its name; MySQL's general
 * query log), else delimited text, else (a name that says nothing) JSON when it starts with "{" or "[".
 */
async function* textTable(text: AsyncIterable<Buffer | string>, format: RecordFormat, describe: string, options: ReadTableOptions): AsyncGenerator<TableBatch> {
  const iterator = text[Symbol.asyncIterator]();
  const head: Array<Buffer | string> = [];
  let start = '';
  while (start.length < 4096) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    start += String(next.value);
  }
  async function* replayed(): AsyncGenerator<Buffer | string> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  // A spreadsheet, a document or an archive whatever its name (an .xlsx saved as .csv), and an XML or HTML page (an S3 error, a login page).
  const binary = NOT_TEXT.exec(start.replace(/^\uFEFF/, ''))?.[1];
  if (binary !== undefined) {
    const kind = binary.startsWith('PK') ? 'a ZIP archive (an .xlsx, .docx or .zip)' : binary.startsWith('%PDF') ? 'a PDF'
      : /^(?:Salted__|-----BEGIN PGP|age-)/i.test(binary) ? 'encrypted (OpenSSL, PGP or age); decrypt it first'
        : binary.startsWith('7z') || binary.startsWith('Rar') ? 'a 7-Zip or RAR archive; extract it first'
          : binary.startsWith('SQLite') ? 'a SQLite database; export its tables (sqlite3 -csv, or .dump for SQL)'
            : binary.startsWith('\ufffd') || binary.startsWith('\u00d0') ? 'an Excel 97-2003 workbook; save it as CSV (UTF-8) or Unicode text'
            : 'an XML or HTML document, no table (an error page?)';
    throw new ValidationError(`${describe} is ${kind}, whatever its name: the records are read from .csv, .tsv, .txt, .jsonl or .json`, [
      { field: 'affected.recordsSource', message: 'the content is no text table' },
    ]);
  }
  // Contacts as vCards or LDAP entries as LDIF are no table: read as one, each line would be a "person" or a column.
  const card = /^\uFEFF?\s*(?:(BEGIN:VCARD)|(?:version:\s*1\s*\r?\n)?(dn:\s))/i.exec(start);
  if (card !== null) {
    const what = card[1] !== undefined ? 'vCards (BEGIN:VCARD...), which are not read: export the contacts as .csv' : 'LDIF entries (dn: ...), which are not read: export the directory as .csv (ldapsearch with a CSV writer, csvde)';
    throw new ValidationError(`${describe} holds ${what}`, [{ field: 'affected.recordsSource', message: 'vCard and LDIF are not read; export them as a table' }]);
  }
  // Columns aligned by spaces (a mainframe's or a bank's fixed-width export): no delimiter to read them by, and read as one
  // column each line would be free text, its names and dates lost.
  if (format !== 'sql' && looksFixedWidth(start)) {
    throw new ValidationError(`${describe} looks like fixed-width columns aligned by spaces, which are not read: export it with a delimiter (.csv or .tsv)`, [
      { field: 'affected.recordsSource', message: 'fixed-width text is not read; export it with a delimiter' },
    ]);
  }
  // HL7 v2 messages (an ADT feed: MSH, PID, PV1 segments, perhaps in MLLP frames) are no table: read as one, each message
  // would be a "person" with a phone number and nothing else.
  if (/^[\x0b\s]*(?:MSH|FHS|BHS)\|\^~\\&/.test(start)) {
    throw new ValidationError(`${describe} holds HL7 v2 messages (MSH|^~\\&...), which are not read: export the patients as .csv, or as FHIR JSON`, [
      { field: 'affected.recordsSource', message: 'HL7 v2 messages are not read; export them as a table or FHIR JSON' },
    ]);
  }
  // pg_dump's custom format is binary: pg_restore turns it into SQL.
  if (start.startsWith('PGDMP')) {
    throw new ValidationError(`${describe} is a pg_dump archive in its custom format, which is not read: turn it into SQL with pg_restore -f dump.sql FILE`, [
      { field: 'affected.recordsSource', message: 'pg_dump custom-format archives are not read; convert them with pg_restore -f' },
    ]);
  }
  if (looksLikeConcordance(start)) yield* csvTable(concordanceAsCsv(replayed()), describe, { ...options, delimiter: ',' });
  else if (TOOL_STATUS_OUTPUT.test(start)) yield* csvTable(withoutStatusLines(replayed()), describe, options);
  else if (looksLikeGeneralLog(start)) yield* generalLogTable(replayed());
  else if (looksLikePnrDisplay(start)) yield* pnrTable(replayed(), describe);
  else if (looksLikeDsn(start)) yield* dsnTable(replayed(), describe);
  else if (looksLikeGedcom(start)) yield* gedcomTable(replayed(), describe, options.asOf);
  else if (format === 'sql' || looksLikeSqlDump(start)) yield* sqlDumpTable(replayed(), describe);
  // JSON under a delimited text's name (an API's response saved as .csv): read as the JSON it is; no CSV starts so.
  else if (format === 'csv' && !/^\uFEFF?\s*(?:\[\s*\{|\{\s*")/.test(start)) yield* csvTable(replayed(), describe, options);
  else yield* sniffedTable(replayed(), describe, options);
}

/**
 * An e-discovery load file as Concordance and Relativity write it (.dat): each field quoted with þ (U+00FE) and separated by
 * DC4 (U+0014, which Concordance shows as ¶); a line break inside a field written as ® (U+00AE).
 */
export const looksLikeConcordance = (head: string): boolean => /^\uFEFF?\u00FE[^\u00FE\n]*\u00FE\u0014\u00FE/.test(head);

/** A Concordance load file's text as CSV: þ becomes the quote (a quote in a field doubled), DC4 the comma, ® a line break. */
async function* concordanceAsCsv(text: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new Utf8Text();
  const converted = (chunk: string): string => chunk.replace(/"/g, '""').replace(/\u00FE/g, '"').replace(/\u0014/g, ',').replace(/\u00AE/g, '\n');
  for await (const chunk of text) yield converted(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  const rest = decoder.end();
  if (rest !== '') yield converted(rest);
}

/** A credential dumper's saved output: impacket's banner, or its "[*] Dumping Domain Credentials" (secretsdump). */
const TOOL_STATUS_OUTPUT = /^(?:\uFEFF)?Impacket v\d|^\[\*\] Dumping (?:Domain Credentials|local SAM hashes)/m;
/** Such a tool's status lines ("[*] Searching for pekList", "[-] ..."), its banner, and blank lines: no records. */
const STATUS_LINE = /^(?:\uFEFF)?(?:Impacket v\d.*|\[[*+!-]\] .*|\s*)$/;

/** The text without a tool's status lines (see STATUS_LINE), so that the rest reads as the table it is (pwdump lines: see csv.ts). */
async function* withoutStatusLines(text: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new Utf8Text();
  let partial = '';
  const kept = (lines: string[]): string => lines.filter((line) => !STATUS_LINE.test(line.replace(/\r$/, ''))).map((line) => `${line}\n`).join('');
  for await (const chunk of text) {
    const lines = (partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    partial = lines.pop() ?? '';
    const out = kept(lines);
    if (out !== '') yield out;
  }
  const out = kept([partial + decoder.end()]);
  if (out !== '') yield out;
}

/** Text whose name says nothing of its format: JSON when it starts with "{" or "[", else delimited text. */
async function* sniffedTable(text: AsyncIterable<Buffer | string>, describe: string, options: ReadTableOptions): AsyncGenerator<TableBatch> {
  const iterator = text[Symbol.asyncIterator]();
  const head: Array<Buffer | string> = [];
  let first: string | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    first = /\S/.exec(String(next.value).replace(/^\uFEFF/, ''))?.[0];
  }
  async function* replayed(): AsyncGenerator<Buffer | string> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (first === '{' || first === '[') yield* jsonDocumentTable(replayed(), describe);
  else if (looksLikeStampedJsonLines(head.map(String).join('').slice(0, HEAD_BYTES))) yield* jsonLinesTable(replayed(), describe, true);
  else yield* csvTable(replayed(), describe, options);
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
// Entry points

export interface ReadTableOptions extends ReadRecordsOptions, CsvOptions {
  /** Called with the bytes read so far (as stored, compressed for .gz) and the total when known. */
  onBytes?: (read: number, total: number | undefined) => void;
  /** The day ages are judged at, as the classifier's: who in a family tree is living (see gedcom.ts). Default: today. */
  asOf?: Date;
}

/**
 * Streams the contents of `source` (a local path, file:// URL or s3://bucket/key) in batches:
 * CSV as column names then rows of strings; JSON Lines and JSON arrays as records. Throws
 * ValidationError (bad address, format or content), NotFoundError (no such file or object) or
 * TransientDependencyError (S3 or the disk failed in a way a retry may fix).
 */
export async function* readTable(source: string, options: ReadTableOptions = {}): AsyncGenerator<TableBatch> {
  const location = locate(source, options.baseDir);
  const { format } = formatOf(location.kind === 's3' ? location.key : location.path);
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
    // Compressed when the bytes say so, whatever the name (a .csv that is really gzip, a .csv.gz that is not).
    const gzip = { cut: false };
    const bytes = asText(await sniffedGzip(counted, gzip));
    const table = format === 'jsonl' ? jsonLinesTable(bytes, opened.describe) : format === 'json' ? jsonDocumentTable(bytes, opened.describe)
      : textTable(bytes, format, opened.describe, options);
    let records = 0;
    let incomplete: SourceIncomplete | undefined;
    /** Whether the text so far is prose (a title line, then sentences), not a table: see isProse. */
    let prose = false;
    for await (const batch of table) {
      if (batch.kind === 'incomplete') {
        const { kind: _kind, ...missed } = batch;
        incomplete = missed;
        continue;
      }
      if (batch.kind === 'columns') prose = batch.names.length === 1 && isProse(batch.names[0] ?? '', 3);
      if (batch.kind === 'rows') {
        records += batch.rows.length;
        // Sentences end with their stop: a one-column list of addresses or names does not.
        prose &&= batch.rows.every((row) => row.length === 1 && isProse(row[0] ?? '', 5) && /[.!?]$/.test((row[0] ?? '').trim()));
      } else if (batch.kind === 'records') records += batch.records.length;
      yield batch;
    }
    // An empty file, a header alone or blank lines: nothing to assess, which is no "no personal data".
    if (records === 0) throw noRecords(opened.describe);
    // Nor are meeting notes saved as .csv (a title, then sentences): the wrong file, not an export without personal data.
    if (prose) throw new ValidationError(`${opened.describe} is prose (a title line, then sentences), not a table of records`, [
      { field: 'affected.recordsSource', message: 'the file is text, not records' },
    ]);
    incomplete = bothIncomplete(incomplete, gzip.cut ? { skippedLines: 0, cutShort: true } : undefined);
    if (incomplete) yield { kind: 'incomplete', ...incomplete };
  } catch (error) {
    throw asSourceError(error, opened.describe);
  } finally {
    // The consumer may stop early: release the file handle or HTTP connection.
    opened.bytes.destroy();
  }
}

/** Decompressed bytes. A stream that stops short (a cut download) ends where it stops, and `ending.cut` says so. */
async function* gunzipped(compressed: AsyncIterable<Buffer>, ending: { cut: boolean }): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  pipeline(Readable.from(compressed), gunzip, () => {
    // Errors surface through the iteration; see asSourceError.
  });
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'Z_BUF_ERROR') throw error;
    ending.cut = true;
  }
}

/** The stream as is, or decompressed when it starts with gzip's magic bytes (see gunzipped for `ending`). */
async function sniffedGzip(stream: AsyncIterable<Buffer>, ending: { cut: boolean }): Promise<AsyncIterable<Buffer>> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* whole(): AsyncGenerator<Buffer> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return !first.done && isGzip(first.value) ? gunzipped(whole(), ending) : whole();
}

/** Whether bytes start like a gzip member (RFC 1952: 1f 8b, deflate). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;
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
    } else if (batch.kind === 'rows') {
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
  /** An access log (see logLayout) or a combo list (see comboLayout): read as one stream, its lines cut by their layout. */
  readonly log?: true;
  /** MySQL OUTFILE text, read with its backslash escapes (see outfileEscapes). */
  readonly escapes?: true;
}

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
  // Logs and SQL text are read as one stream: each line or statement needs the ones before it.
  if (!options.columns && (logLayout(text) || looksLikeGeneralLog(text) || looksLikePnrDisplay(text) || looksLikeDsn(text) || looksLikeGedcom(text) || looksLikeConcordance(text) || looksLikeSqlDump(text) || (options.header !== true && comboLayout(text)))) {
    return { delimiter: ' ', header: false, names: [], bodyStart, log: true };
  }
  const title = headerless(options) ? undefined : preamble(text);
  if (title) {
    bodyStart += Buffer.byteLength(text.slice(0, title.length));
    text = text.slice(title.length);
  }
  const delimiter = options.delimiter ?? sep?.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  const escapes = outfileEscapes(text, delimiter);
  const parser = new CsvParser(delimiter, `records file ${filePath}`, escapes);
  const collect = (row: string[]): void => void (rows.length < HEAD_ROWS && rows.push(row));
  parser.push(text, collect);
  if (whole) parser.end(collect);
  const given = options.columns;
  const header = startsWithHeader(given ? { ...options, columns: given } : options, rows);
  const { names, emailColumn } = tableColumns(rows, header, delimiter, given);
  if (header) {
    const line = firstCsvLine(text) ?? text;
    const ending = text.startsWith('\r\n', line.length) ? 2 : 1;
    bodyStart += Buffer.byteLength(text.slice(0, line.length + ending));
  }
  return { delimiter, header, names, bodyStart, ...(emailColumn ? { emailColumn } : {}), ...(escapes ? { escapes: true as const } : {}) };
}

/**
 * Byte offsets that cut a local file into `parts` pieces of about equal size, each starting at a
 * record: after a newline that is outside quotes (CSV; found by counting quotes from the start)
 * or after any newline (JSON Lines).
 */
export async function splitPoints(filePath: string, format: 'csv' | 'jsonl', start: number, parts: number, firstShare = 1 / parts, escapes = false): Promise<number[]> {
  const { size } = await stat(filePath);
  // The first piece takes `firstShare` of the bytes, the others the rest in equal parts.
  const first = (size - start) * firstShare;
  const targets = Array.from({ length: parts - 1 }, (_, index) => start + Math.floor(first + ((size - start - first) * index) / (parts - 1)));
  const cuts: number[] = [start];
  let quotes = 0;
  let offset = 0;
  let next = 0; // the target being looked for
  /** Whether the previous chunk ended in an odd run of backslashes (`escapes`: MySQL OUTFILE text, see isEscapedAt). */
  let carried = false;
  /** Whether the newline at `at` of `chunk` is a field's own, escaped by a backslash before it. */
  const escapedNewline = (chunk: Buffer, at: number): boolean => {
    let backslashes = 0;
    let k = at - 1;
    for (; k >= 0 && chunk[k] === 0x5c; k--) backslashes++;
    return (k < 0 && carried ? backslashes + 1 : backslashes) % 2 === 1;
  };
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
        if (quotes % 2 === 0 && !(escapes && escapedNewline(chunk, newline))) break;
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
    if (next >= targets.length) break; // every cut found: the rest need not be read
    countQuotes(chunk.length);
    if (escapes) carried = escapedNewline(chunk, chunk.length);
    offset += chunk.length;
  }
  cuts.push(size);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Rows of a byte range [start, end) of a local CSV file that starts at a record, and last whether the file ends inside its last one. */
export async function* readCsvRange(
  filePath: string, start: number, end: number, delimiter: string, onBytes?: (read: number) => void, escapes = false,
): AsyncGenerator<string[][] | SourceIncomplete> {
  if (end <= start) return;
  const describe = `records file ${filePath}`;
  const decoder = new Utf8Text();
  const parser = new CsvParser(delimiter, describe, escapes);
  let rows: string[][] = [];
  const widths = { last: 0, before: 0 };
  const emit = (row: string[]): void => {
    widths.before = widths.last;
    widths.last = row.length;
    rows.push(row);
  };
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
    const ending = parser.end(emit);
    if (rows.length > 0) yield rows;
    // Line numbers only in the range at the file's start: the others do not know theirs (classifyFile then reads the file from its start).
    const { records: skipped, firstLine } = parser.skipped;
    if (skipped > 0 || cutShort(ending, widths)) {
      yield { skippedLines: skipped, ...(firstLine === undefined || start > 0 ? {} : { firstSkippedLine: firstLine }), cutShort: cutShort(ending, widths) };
    }
  } catch (error) {
    throw asSourceError(error, describe);
  }
}

/**
 * Records of a byte range [start, end) of a local JSON Lines file that starts at a line, and last
 * what of it was skipped (line numbers only in the range at the file's start: the others do not know theirs).
 */
export async function* readJsonLinesRange(
  filePath: string, start: number, end: number, onBytes?: (read: number) => void,
): AsyncGenerator<Array<Record<string, unknown>> | SourceIncomplete> {
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
      else if (batch.kind === 'incomplete') {
        const { kind: _kind, firstSkippedLine, ...incomplete } = batch;
        yield start === 0 && firstSkippedLine !== undefined ? { ...incomplete, firstSkippedLine } : incomplete;
      }
    }
  } catch (error) {
    throw asSourceError(error, describe);
  }
}
