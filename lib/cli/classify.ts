// `breachclock classify FILE [--json]`: classify an export of affected records on this machine,
// without a server. Prints a summary table (or, with --json, the Classification exactly as the
// API returns it). A progress bar goes to stderr for large files. No record value is printed.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { Classification, type SourceIncomplete } from '../../lambdas/shared/contract.js';
import { BreachClockError } from '../../lambdas/shared/errors.js';
import { classifyFile } from '../../lambdas/classify/parallel.js';
import type { ClassifyProgress } from '../../lambdas/classify/stream.js';

const USAGE = `Usage: breachclock classify FILE [options]

Classifies the records in FILE (delimited text: .csv/.tsv/.txt/.tab/.psv/.dat; JSON Lines:
.jsonl/.ndjson; JSON: .json, an array of records, records one after another, or an object
wrapping an array of records; optionally .gz; UTF-8, UTF-16 or Windows-1252; a local path
or s3://bucket/key) and prints which categories of personal data it holds, for how many people,
where they live, how many are children and how credentials were stored. Values are never printed.

Options:
  --json                 print the classification as JSON (the API's shape) instead of a table
  --delimiter CHAR       CSV field delimiter (default: detected; "tab" for a tab)
  --header / --no-header whether the CSV's first row names the columns (default: detected)
  --columns A,B,...      the column names of a CSV without a header row (a MySQL OUTFILE):
                         its first row is data
  --subject-key COLUMN   the column that identifies a person (default: chosen from the names)
  --rows-are-people      count every record with personal data as a different person
  --as-of DATE           the date ages are computed at, e.g. the discovery date (default: today)
  --workers N            threads for large local files (default: the cores available, up to 4;
                         1 reads in one thread)
  --exact-limit N        people counted exactly before estimating (default: 3,000,000)
  --no-progress          no progress bar
  -h, --help             this help
`;

const LARGE_FILE_BYTES = 8 * 1024 * 1024;

interface Options {
  file: string;
  json: boolean;
  delimiter?: string;
  header?: boolean;
  columns?: string[];
  subjectKey?: string | null;
  asOf?: Date;
  workers: number | undefined;
  exactLimit?: number;
  progress: boolean;
}

function parseOptions(args: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        delimiter: { type: 'string' },
        header: { type: 'boolean' },
        'no-header': { type: 'boolean' },
        columns: { type: 'string' },
        'subject-key': { type: 'string' },
        'rows-are-people': { type: 'boolean' },
        'as-of': { type: 'string' },
        workers: { type: 'string' },
        'exact-limit': { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return '';
  if (positionals.length !== 1 || !positionals[0]) return 'Give exactly one FILE to classify.';
  const delimiter = values.delimiter === 'tab' || values.delimiter === '\\t' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) return '--delimiter takes one character (or "tab").';
  const columns = values.columns?.split(',').map((name) => name.trim());
  if (columns && (values.header || columns.some((name) => name === ''))) return '--columns takes the names of a headerless CSV, separated by commas (not with --header).';
  const asOf = values['as-of'] === undefined ? undefined : new Date(values['as-of']);
  if (asOf && Number.isNaN(asOf.getTime())) return '--as-of takes a date such as 2026-11-20.';
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 16)) return '--workers takes a whole number from 1 to 16.';
  const exactLimit = values['exact-limit'] === undefined ? undefined : Number(values['exact-limit'].replace(/[,_]/g, ''));
  if (exactLimit !== undefined && (!Number.isInteger(exactLimit) || exactLimit < 1)) return '--exact-limit takes a positive whole number.';
  return {
    file: positionals[0],
    json: values.json ?? false,
    delimiter,
    header: values['no-header'] ? false : values.header,
    ...(columns ? { columns } : {}),
    subjectKey: values['rows-are-people'] ? null : values['subject-key'],
    asOf,
    workers,
    exactLimit,
    progress: !values['no-progress'],
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const number = (value: number): string => value.toLocaleString('en-US');

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** What of the file was not read, said so that the counts above are read as at least these. */
function incompleteNote({ skippedLines, firstSkippedLine, cutShort }: SourceIncomplete): string {
  const said: string[] = [];
  if (skippedLines > 0) {
    said.push(`${number(skippedLines)} ${skippedLines === 1 ? 'record was' : 'records were'} skipped unread (a line that is no JSON record, a record longer than 16 MiB)`
      + (firstSkippedLine === undefined ? '' : ` (the first: line ${number(firstSkippedLine)})`));
  }
  if (cutShort) said.push('the file ends inside its last record (cut short?): it was read as far as it goes');
  return `incomplete: ${said.join('; ')}. The counts are of what was read: at least these.`;
}

/** The summary a responder reads: categories, places, children, credentials, how people were counted. */
export function summary(classification: Classification, file: string, seconds: number): string {
  const c = classification;
  const approx = c.subjectCounting?.exact === false ? '~' : '';
  const parts: string[] = [];
  parts.push(`${file}: ${number(c.recordsScanned)} records, ${approx}${number(c.subjectCount)} people ` +
    `(${c.subjectCounting?.basis === 'record' ? 'one per record with personal data: no column identifies people' : c.subjectCounting?.basis === 'name-and-birth-date' ? 'distinct by name and date of birth: no column identifies people' : 'distinct by subject key'}` +
    `${c.subjectCounting?.exact === false ? `, estimated ±${((c.subjectCounting.relativeStandardError ?? 0) * 100).toFixed(1)}%` : ''}), ${seconds.toFixed(1)} s`);
  parts.push('');
  if (c.categories.length === 0) {
    parts.push('No personal data found.');
  } else {
    parts.push(table(
      ['category', 'people', 'confidence', 'detectors (columns)'],
      c.categories.map(({ category, subjects, confidence }) => [
        category,
        approx + number(subjects),
        confidence === undefined ? '' : confidence.toFixed(2),
        c.evidence
          .filter((entry) => entry.category === category)
          .map((entry) => `${entry.detector} (${entry.columns.join(', ') || 'declared'})`)
          .join('; '),
      ]),
    ));
  }
  if (c.jurisdictionCounts && c.jurisdictionCounts.length > 0) {
    parts.push('');
    parts.push(table(
      ['jurisdiction', 'people', 'categories'],
      [
        ...c.jurisdictionCounts.map(({ jurisdiction, subjects, categories }) => [
          jurisdiction,
          approx + number(subjects),
          categories.map(({ category, subjects: people }) => `${category} ${approx}${number(people)}`).join(', '),
        ]),
        ...((c.subjectsWithoutJurisdiction ?? 0) > 0 ? [['(unknown)', approx + number(c.subjectsWithoutJurisdiction ?? 0), '']] : []),
      ],
    ));
  }
  const notes: string[] = [];
  if (c.children) {
    notes.push(`children: ${approx}${number(c.children.under13)} under 13, ${approx}${number(c.children.under16)} under 16 ` +
      `(of ${approx}${number(c.children.withBirthDate)} people with a date of birth, ages at ${c.children.asOf.slice(0, 10)})`);
  }
  if (c.credentials) {
    notes.push(`credentials: ${approx}${number(c.credentials.plain)} people with plain-text passwords, ` +
      `${approx}${number(c.credentials.hashed)} with password hashes, ${approx}${number(c.credentials.tokens)} with keys or tokens`);
  }
  // A file without a header row is read by its values alone (see unnamed.ts).
  if (c.evidence.some((entry) => entry.columns.some((column) => /^column_\d+(?: \[\w+\])?$/.test(column)))) {
    notes.push('columns: the file has no header row, so its columns were read by their values alone ([name], [date_of_birth], [street]... '
      + 'mark the kinds that their values showed): give the names with --columns first_name,last_name,email,... to read them by name');
  }
  if (c.sourceIncomplete) notes.push(incompleteNote(c.sourceIncomplete));
  if (notes.length > 0) parts.push('', ...notes);
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------

export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    if (options === '') {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stderr.write(`${options}\n\n${USAGE}`);
    return 2;
  }

  let size: number | undefined;
  if (!options.file.startsWith('s3://')) size = await stat(options.file).then((info) => info.size, () => undefined);
  const showBar = options.progress && process.stderr.isTTY === true && (size ?? 0) >= LARGE_FILE_BYTES;
  const bar = showBar
    ? new cliProgress.SingleBar(
      { stream: process.stderr, format: 'classifying [{bar}] {percentage}% | {records} records | {speed} records/s', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    )
    : undefined;
  const started = performance.now();
  bar?.start(size ?? 1, 0, { records: 0, speed: 0 });
  const onProgress = ({ bytesRead, records }: ClassifyProgress): void => {
    const seconds = (performance.now() - started) / 1000;
    bar?.update(bytesRead, { records: number(records), speed: number(Math.round(records / Math.max(seconds, 0.001))) });
  };

  try {
    const { classification } = await classifyFile(options.file, {
      delimiter: options.delimiter,
      header: options.header,
      columns: options.columns,
      subjectKey: options.subjectKey,
      asOf: options.asOf,
      workers: options.workers,
      exactSubjectLimit: options.exactLimit,
      collectEmails: false,
      onProgress,
    });
    bar?.update(size ?? 1);
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    // The same contract the API validates: what is printed is what a client would receive.
    const checked = Classification.parse(classification);
    process.stdout.write(options.json ? `${JSON.stringify(checked, null, 2)}\n` : `${summary(checked, options.file, seconds)}\n`);
    return 0;
  } catch (error) {
    bar?.stop();
    const message = error instanceof BreachClockError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`classify: ${message}\n`);
    return 1;
  }
}
