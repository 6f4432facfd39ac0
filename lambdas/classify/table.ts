// A table read in batches, whatever its format: column names once, then rows (delimited text)
// or records (JSON), and last what could not be read; and the bounds every reader keeps.
import type { SourceIncomplete } from '../shared/contract.js';
import { ValidationError } from '../shared/errors.js';
import { textLines } from './utf8.js';

/** Longest record accepted (a CSV record, a JSON line, a JSON array item), to keep one bad record from eating memory. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** One batch of a table: column names once, then rows (CSV) or records (JSON). */
export type TableBatch =
  | {
    readonly kind: 'columns';
    readonly names: string[];
    /** A column whose first values are nearly all email addresses: the subject key when no name says one (see emailKeyColumn). */
    readonly emailColumn?: string;
    /** The column that is the subject key whatever the names say: a log line's person (see logLayout). */
    readonly subjectColumn?: string;
  }
  | { readonly kind: 'rows'; readonly rows: string[][] }
  | { readonly kind: 'records'; readonly records: Array<Record<string, unknown>> }
  /** At the end, when the table was not read whole: skipped lines, a last record cut short. */
  | ({ readonly kind: 'incomplete' } & SourceIncomplete);

/** What two readings of parts of one source missed together (line numbers: the first known). */
export function bothIncomplete(a: SourceIncomplete | undefined, b: SourceIncomplete | undefined): SourceIncomplete | undefined {
  if (!a || !b) return a ?? b;
  const first = a.firstSkippedLine === undefined ? b.firstSkippedLine : b.firstSkippedLine === undefined ? a.firstSkippedLine : Math.min(a.firstSkippedLine, b.firstSkippedLine);
  return { skippedLines: a.skippedLines + b.skippedLines, ...(first === undefined ? {} : { firstSkippedLine: first }), cutShort: a.cutShort || b.cutShort };
}

export const BATCH_ROWS = 2_000;

/** A format read line by line (a PNR display, a DSN, a GEDCOM file): told its lines, then its end; its records taken as they come. */
export interface LineReader {
  readonly records: Array<Record<string, unknown>>;
  line(text: string): void;
  finish(): void;
}

/** The records a line reader makes of a text, in batches; `format` names it where a line runs too long ("a DSN"). */
export async function* lineRecords(text: AsyncIterable<Buffer | string>, describe: string, format: string, reader: LineReader): AsyncGenerator<TableBatch> {
  for await (const line of textLines(text, MAX_RECORD_BYTES, () => new ValidationError(`${describe} has a line longer than ${MAX_RECORD_BYTES} characters: it is no ${format}`))) {
    reader.line(line);
    if (reader.records.length >= BATCH_ROWS) yield { kind: 'records', records: reader.records.splice(0) };
  }
  reader.finish();
  if (reader.records.length > 0) yield { kind: 'records', records: reader.records.splice(0) };
}
