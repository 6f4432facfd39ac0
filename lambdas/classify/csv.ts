// Delimited text (CSV, TSV and the like; RFC 4180): any single-character delimiter, quoted fields
// with delimiters, doubled quotes and newlines, CRLF or LF, with or without a header row.
import { ValidationError } from '../shared/errors.js';
import { describeColumn, detectValue, emailKeyColumn, passwordHashKind, subjectKeyRank } from './detectors.js';
import { BATCH_ROWS, MAX_RECORD_BYTES, type TableBatch } from './table.js';
import { comboLayout } from './combos.js';
import { logLayout, type LogLayout } from './logs.js';
import { emailOfOthers, unnamedColumnNames } from './unnamed.js';
import { toolReadings } from './tools.js';
import { Utf8Text } from './utf8.js';

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

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

/** Header names as record keys: trimmed, blanks named by position, duplicates numbered (a tool's names are read in setColumns: see toolReadings). */
export function csvColumnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return continuedLabels(header).map((raw, index) => {
    // A header cell Excel wrapped onto two lines ("Date of\nbirth") is one name.
    const base = unwrapped(raw).trim() || `column_${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}

// A label starts with a letter, or with a number followed by a word ("504 Plan", "2fa_enabled").
const NAME_LIKE = /^(?:\d+[ _.-]?)?[\p{L}_#][\p{L}\p{N} _.\-()#/?]{0,63}$/u;
/**
 * A label as exports write them, wider than NAME_LIKE: currency (any: $ € ¤ ₹) and unit signs, apostrophes,
 * square brackets, commas, % & + * ("Amount ($)", "N° adhérent", "Date d'adhésion",
 * "Cotisation annuelle (€)", "First Name [Required]", "Name, first", "E-Mail*"), a colon before a
 * space ("Primary Address: City", as ADP's reports name fields) or before a last lower-case name
 * (AWS Cognito's "custom:tenant_id", "cognito:username"); CJK punctuation and full-width brackets, slash and colon
 * ("姓（カナ）", "丁目・番地・建物名", Rakuten's "注文者住所：都道府県"); the numero sign ("№ п/п"). Still led by a letter (after the asterisk
 * that marks a required column, Xero's "*ContactName"), and without @ = or
 * line breaks, so no email address, number, date, phone number, email:password pair or key=value pair is one (a colon or an
 * equals sign before Japanese or Chinese words is a note's: Rakuten's "消費税(-99999=無効値)", "ギフトチェック（0:なし/1:あり）"). A number
 * with a letter in brackets after it names a US retirement plan ("401(k)", "403(b)"). A percent sign may lead (a Spanish payroll's
 * "% IRPF", the withholding rate). A double quote (or the gershayim it stands for) before a Hebrew letter marks a Hebrew
 * abbreviation ("דוא"ל", e-mail; "ת"ז", identity number).
 */
const LABEL_LIKE = /^\*?(?:% ?)?(?:\d+(?:[ _.-]|\((?=\p{L}))?)?[\p{L}_#№](?:[\p{L}\p{M}\p{N}\p{Sc} _.\-()#№/?°%&'’,+*[\]\u3000-\u303f\u30fb\uff08\uff09\uff0f\uff1a\uff3b\uff3d\uff3f\uff0d\uff0e]|:(?= |[a-z_][a-z0-9_]*$)|[:=](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|["\u05f3\u05f4](?=\p{Script=Hebrew})){0,99}$/u;
const NEUTRAL = describeColumn('');
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A cell's line breaks as spaces (a header cell Excel wrapped: "Password\n(hash)"). */
const unwrapped = (cell: string): string => (cell.includes('\n') || cell.includes('\r') ? cell.replace(/\s*[\r\n]+\s*/g, ' ') : cell);

/**
 * MYOB's labels that continue the one before ("Addr 1 - Line 1", then "           - Line 2", "           - City"): whole,
 * "Addr 1 - Line 2", "Addr 1 - City".
 */
function continuedLabels(cells: readonly string[]): readonly string[] {
  if (!cells.some((cell) => /^\s*- \S/.test(cell))) return cells;
  let prefix: string | undefined;
  return cells.map((cell) => {
    const continued = /^\s*- (\S.*)$/.exec(cell);
    if (continued && prefix !== undefined) return `${prefix} - ${continued[1]}`;
    prefix = / - /.test(cell) ? cell.slice(0, cell.indexOf(' - ')).trim() : undefined;
    return cell;
  });
}

/**
 * Whether the first row is a header: every cell is a non-empty, distinct, label-like name that
 * holds no personal data itself, and either some label names a known kind of column or the next
 * row holds a value that no such label would be (a number, a date, an email address...). When
 * the labels use only letters, digits and `_ . - ( ) # / ?`, so must the next row's values to be
 * labels too; when they use the wider punctuation of LABEL_LIKE, the next row is judged by it.
 */
export function looksLikeHeader(first: readonly string[], second: readonly string[] | undefined): boolean {
  // Judged as read (an X12 claim's "2010BA_NM104_SubscriberFirstName", Dynamics' "(Do Not Modify) Contact": see toolReadings).
  const whole = continuedLabels(first).map((cell) => unwrapped(cell).trim());
  const readings = toolReadings(whole);
  const cells = readings.size === 0 ? whole : whole.map((cell) => readings.get(cell) ?? cell);
  const labels = cells.filter((cell) => cell !== '');
  if (labels.length === 0 || labels.some((cell) => !LABEL_LIKE.test(cell))) return false;
  if (labels.some((cell) => detectValue(cell, NEUTRAL).length > 0)) return false;
  // A digest or a token is no column's name (a combo list's first hash): read as a header, it would print a value.
  if (labels.some((cell) => cell.length >= 16 && /\d/.test(cell) && /^[A-Za-z0-9+/=$._-]+$/.test(cell) && passwordHashKind(cell, true) !== undefined)) return false;
  // A label led by a number ("12 Main St" reads like one) does not say the row is a header on its own.
  const worded = labels.filter((cell) => !isDigit(cell.charCodeAt(0)));
  if (worded.some((cell) => describeColumn(cell).hint !== undefined || subjectKeyRank(cell) !== undefined)) return true;
  // A label repeated side by side is one field of several values (Jira's "Watchers", "Watchers", "Comment", "Comment"); repeated apart, no header.
  if (new Set(labels).size !== labels.filter((cell, i) => cell !== labels[i - 1]).length) return false;
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

/** The first `count` rows of CSV text, by default read with the delimiter its lines agree on. */
function firstRows(text: string, count: number, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  new CsvParser(delimiter, 'preamble').push(text.slice(0, 64 * 1024), (row) => void (rows.length < count && rows.push(row)));
  return rows;
}

const filledCells = (row: readonly string[]): number => row.filter((cell) => cell.trim() !== '').length;

/**
 * Lines above the header that an export put there for people: a title ("Customer Report", or
 * "Customer Report,,," as Excel pads it), a date, blank lines. At most three, each with at most one
 * non-empty cell whatever the delimiter, followed by a line that looksLikeHeader; or one title line
 * of a few cells ("Customer export,generated 2026-11-20,confidential") that is no header itself,
 * or a group row of a few labels over a header that names every column, over a header of as many or more. Returns the characters and lines to skip, or undefined when
 * `text` does not start with such lines.
 */
export function preamble(text: string): { length: number; lines: number } | undefined {
  // A download's comment lines above a tab-separated header (AncestryDNA's raw data: "#AncestryDNA raw data download", and a
  // dozen more lines of prose), however many: skipped where the line after them is the header. Not a commented header
  // ("# rsid<tab>chromosome", 23andMe's), which holds tabs.
  // Prose: a quote in it opens no field.
  // Illumina GenomeStudio's Final Report: a "[Header]" block of its settings ("GSGT Version", "Num Samples"), then "[Data]" above the header.
  const sections = /^\[Header\][^\n]*\n(?:[^\n[]*\n){0,40}\[Data\][^\n]*\n/.exec(text);
  if (sections) return { length: sections[0].length, lines: sections[0].split('\n').length - 1 };
  let comments = 0;
  let commentLines = 0;
  for (; commentLines < 100 && text.startsWith('#', comments); commentLines++) {
    const end = text.indexOf('\n', comments);
    if (end < 0 || text.slice(comments, end).includes('\t')) break;
    comments = end + 1;
  }
  if (comments > 0) {
    const [header = [], data] = firstRows(text.slice(comments), 2);
    if (header.length > 1 && looksLikeHeader(header, data)) return { length: comments, lines: commentLines };
  }
  let offset = 0;
  for (let lines = 0; lines <= 5; lines++) {
    const line = firstCsvLine(text.slice(offset));
    if (line === undefined) return undefined;
    const lineEnd = offset + line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
    const cells = Math.max(...CSV_DELIMITERS.map((delimiter) => line.split(delimiter).filter((cell) => cell.replace(/"/g, '').trim() !== '').length));
    if (cells >= 2) {
      if (lines > 0) {
        // A group row over the header below the title (Mercado Libre's "Vendas,,,Anúncios,,,Compradores"): see grouping below.
        const [header = [], data = [], first] = firstRows(text.slice(offset), 3);
        if (filledCells(header) * 2 <= filledCells(data) && filledCells(data) === data.length && looksLikeHeader(data, first)) return { length: lineEnd, lines: lines + 1 };
        if (looksLikeHeader(header, data)) return { length: offset, lines };
        // A report's line of a label or two under its title ("Run Date: 11/20/2026 08:14 AM,,User: JMARTINEZ"): the header is below.
        if (cells >= 4) return undefined;
        offset = lineEnd;
        continue;
      }
      const below = text.slice(lineEnd);
      const delimiter = detectDelimiter(below);
      const [header = [], data] = firstRows(below, 2, delimiter);
      const [title = []] = firstRows(`${line}\n`, 1, delimiter);
      // A group row over the header ("Pupil,,,,Parent/Carer,,,Medical" above every column's name), as a spreadsheet's merged
      // cells save: at most half as many labels as the header below it, which names every column.
      const grouping = filledCells(title) * 2 <= filledCells(header) && filledCells(header) === header.length;
      const titled = filledCells(title) <= filledCells(header) && (grouping || !looksLikeHeader(title, header)) && looksLikeHeader(header, data);
      // A statement's first line is a label and a value or two (see statementHead); a header of four names or more is none.
      return titled ? { length: lineEnd, lines: 1 } : cells < 4 ? statementHead(text) : undefined;
    }
    offset = lineEnd;
  }
  return undefined;
}

/**
 * A bank's account statement above its table: the account's facts as short lines of a label and a value or two
 * ("Umsätze Girokonto;Zeitraum: 01.10.2026 - 31.10.2026", "Neuer Kontostand;;;;2.345,67;EUR", ING's "IBAN;DE12...",
 * "Kunde;Anna Weber"), blank lines, then the header: at most twelve lines of at most three values each, over a header of
 * four or more names.
 */
function statementHead(text: string): { length: number; lines: number } | undefined {
  const delimiter = detectDelimiter(text);
  let offset = 0;
  for (let lines = 0; lines <= 12; lines++) {
    const line = firstCsvLine(text.slice(offset));
    if (line === undefined) return undefined;
    const [row = []] = firstRows(`${line}\n`, 1, delimiter);
    if (filledCells(row) >= 4) {
      if (lines === 0) return undefined;
      const [header = [], data] = firstRows(text.slice(offset), 2, delimiter);
      return looksLikeHeader(header, data) ? { length: offset, lines } : undefined;
    }
    offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
  }
  return undefined;
}

/** Where an unquoted field (or a quoted one's trailing text) starting at `from` ends: the next delimiter or line end, else the text's end. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let end = from;
  for (const n = text.length; end < n; end++) {
    const code = text.charCodeAt(end);
    if (code === delimiter || code === 10 || code === 13) break;
  }
  return end;
}

/**
 * Whether the character at `at` is escaped by the backslashes before it (an odd run), as MySQL's
 * `SELECT ... INTO OUTFILE` writes a newline or a tab inside a field of its tab-separated text.
 */
function isEscapedAt(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && text.charCodeAt(k) === 92; k--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Whether a file's start is MySQL OUTFILE text, whose backslash escapes the reader must undo: tab-separated,
 * with a NULL written \N. Not any tab-separated text: a Windows path ends in a backslash ("C:\Users\").
 */
export function outfileEscapes(head: string, delimiter: string): boolean {
  return delimiter === '\t' && /(?:^|\t)\\N(?=\t|\r?\n|$)/m.test(head);
}

/** A MySQL OUTFILE line's fields: a tab after a backslash is its field's own, and a backslash before a backslash, a tab or a newline stands for that character. */
function outfileFields(line: string): string[] {
  const fields: string[] = [];
  let start = 0;
  for (let tab = line.indexOf('\t'); ; tab = line.indexOf('\t', tab + 1)) {
    if (tab !== -1 && isEscapedAt(line, tab)) continue;
    const field = line.slice(start, tab === -1 ? line.length : tab);
    fields.push(field.includes('\\') ? field.replace(/\\([\\\t\n])/g, '$1') : field);
    if (tab === -1) return fields;
    start = tab + 1;
  }
}

/** Most lines a quoted field still open at the end of the input may hold to be read as cut short (see CsvParser.end). */
const OPEN_QUOTE_LINES = 20;

function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Incremental RFC 4180 parser over string chunks; rows come out as arrays of field strings. */
export class CsvParser {
  private pending = '';
  private readonly delimiterCode: number;
  readonly delimiter: string;
  /** MySQL OUTFILE text (see outfileEscapes) is read with its backslash escapes: a backslash before a newline or a tab keeps it in its field. */
  private readonly escapes: boolean;
  /** Lines consumed (for error messages). */
  line = 1;

  constructor(delimiter: string, private readonly describe: string, escapes = false) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new ValidationError(`CSV delimiter must be one character other than a quote or newline`);
    }
    this.delimiterCode = delimiter.charCodeAt(0);
    this.delimiter = delimiter;
    this.escapes = escapes && delimiter === '\t';
  }

  /** Parses `chunk` (appended to what is pending); complete rows go to `emit`. */
  push(chunk: string, emit: (row: string[]) => void): void {
    if (this.skipping) {
      const at = this.skipTo(chunk);
      if (at < 0) return;
      chunk = chunk.slice(at);
    }
    // A record ends only at a line end: a chunk without one adds to a record in progress, not read again (a long cell
    // would otherwise be read from its start at every chunk).
    if (this.pending.length > 0 && chunk.indexOf('\n') === -1 && chunk.indexOf('\r') === -1) this.pending += chunk;
    else {
      const text = this.pending.length > 0 ? this.pending + chunk : chunk;
      const consumed = this.parse(text, false, emit);
      this.pending = text.slice(consumed);
    }
    if (this.pending.length > MAX_RECORD_BYTES) {
      // A record longer than any person's (an attachment's base64 in a cell): skipped to its end and
      // counted (see skipped), the file's other records read. Its quotes so far say whether its end is in a field.
      this.skipped.records++;
      this.skipped.firstLine ??= this.line;
      this.skipping = { inQuotes: countQuotes(this.pending) % 2 === 1 };
      this.line += countNewlines(this.pending);
      this.pending = '';
    }
  }

  /** Records skipped for their length (see push), and the line the first began on. */
  readonly skipped: { records: number; firstLine?: number } = { records: 0 };
  private skipping: { inQuotes: boolean } | undefined;

  /** Where in `chunk` the record being skipped ends (after its line end), or -1 when it goes on. */
  private skipTo(chunk: string): number {
    const state = this.skipping as { inQuotes: boolean };
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (code === 34) state.inQuotes = !state.inQuotes;
      else if (code === 10) {
        this.line++;
        if (!state.inQuotes) {
          this.skipping = undefined;
          return i + 1;
        }
      }
    }
    return -1;
  }

  /**
   * The end of input: the last row, unterminated, goes to `emit`. Says whether there was one, and
   * whether the input ended inside one of its quoted fields (see OPEN_QUOTE_LINES).
   */
  end(emit: (row: string[]) => void): { unterminated: boolean; openQuote: boolean } {
    this.skipping = undefined; // a skipped record that runs to the end is counted already
    const unterminated = this.pending.length > 0;
    if (unterminated) this.parse(this.pending, true, emit);
    this.pending = '';
    return { unterminated, openQuote: this.openQuote };
  }

  /** Whether the input ended inside a quoted field (read as far as it goes). */
  private openQuote = false;

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
        let lineEnd = text.indexOf('\n', i);
        let escaped = 0; // newlines inside the row's fields (MySQL OUTFILE)
        while (this.escapes && lineEnd !== -1 && isEscapedAt(text, lineEnd)) {
          escaped++;
          lineEnd = text.indexOf('\n', lineEnd + 1);
        }
        if (escaped > 0 && lineEnd === -1) {
          if (!last) return rowStart; // the row goes on in the next chunk
          emit(outfileFields(text.slice(i)));
          this.line += escaped;
          return n;
        }
        if (lineEnd !== -1 && lineEnd < nextQuote) {
          const end = lineEnd > i && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
          if (end > i) {
            const line = text.slice(i, end);
            emit(this.escapes && (escaped > 0 || line.includes('\\')) ? outfileFields(line) : line.split(this.delimiter));
          }
          i = lineEnd + 1;
          rowStart = i;
          this.line += 1 + escaped;
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
          // A file cut inside a quoted field (its last lines): the field as far as it goes. An
          // opening quote with many lines after it is a stray quote, not a cut: refused.
          const rest = text.slice(segmentStart);
          if (countNewlines(rest) > OPEN_QUOTE_LINES) {
            throw new ValidationError(`${this.describe} is not valid CSV (line ${this.line + newlines}): a quoted field is not closed`);
          }
          this.openQuote = true;
          row.push(value + rest);
          emit(row);
          return n;
        }
        for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === 10) newlines++;
        // Text after the closing quote (relaxed): kept, up to the next delimiter or line end.
        if (i < n) {
          const code = text.charCodeAt(i);
          if (code !== delimiter && code !== 10 && code !== 13) {
            const end = fieldEnd(text, i, delimiter);
            if (end === n && !last) return rowStart;
            value += text.slice(i, end);
            i = end;
          }
        }
      } else {
        const end = fieldEnd(text, i, delimiter);
        if (end === n && !last) return rowStart;
        value = text.slice(i, end);
        i = end;
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
  /** The names of the columns of a file without a header row (a MySQL OUTFILE): the first row is then data. */
  columns?: readonly string[];
}

/** Whether the options say the first row is data, not names. */
export const headerless = (options: CsvOptions): boolean => options.header === false || options.columns !== undefined;

/** Whether the first rows start with a header, as the options say or the rows show. */
export const startsWithHeader = (options: CsvOptions, first: readonly string[][]): boolean =>
  !headerless(options) && (options.header ?? looksLikeHeader(first[0] ?? [], first[1]));


/** The rows at a table's start (a header and a hundred rows) that its columns' names are told from, found in its first HEAD_BYTES. */
export const HEAD_ROWS = 101;
export const HEAD_BYTES = 256 * 1024;

/**
 * The column names of a table from its first rows: the header's, or positional ones
 * (`column_1`...), and the column of email addresses that is the key when no name says one.
 * Rows wider than the header get positional names for their extra fields. A domain controller's
 * dumped hashes get their names (see secretsdumpColumns). Names the caller gives (`given`), or a
 * layout (a combo list's `email` and `password`: see comboLayout), stand for a header.
 */
export function tableColumns(head: readonly string[][], header: boolean, delimiter: string, given?: readonly string[]): { names: string[]; emailColumn?: string } {
  const first = head.slice(0, HEAD_ROWS);
  const width = Math.max(0, ...first.map((row) => row.length));
  const body = header ? first.slice(1) : first;
  const names = header ? csvColumnNames(first[0] ?? []) : given ? csvColumnNames(given) : [];
  for (let index = names.length; index < width; index++) names.push(`column_${index + 1}`);
  const emailColumn = emailKeyColumn(names, body);
  if (!header && !given) {
    // Names that the values say (see unnamed.ts); the email key keeps its positional name.
    const email = emailColumn === undefined ? undefined : names.indexOf(emailColumn);
    const named = unnamedColumnNames(body, width, email);
    names.splice(0, names.length, ...named);
    // A parent's email on their children's rows keys no one: the rows are their people.
    if (email !== undefined && emailOfOthers(body, email, named)) return { names };
  }
  if (!header && !given) {
    const dump = secretsdumpColumns(body, delimiter, width);
    if (dump) return { names: dump };
  }
  return emailColumn ? { names, emailColumn } : { names };
}

const NT_HASH = /^[0-9a-fA-F]{32}$/;

/**
 * The columns of a domain controller's password hashes as impacket's secretsdump and pwdump write them
 * (DOMAIN\\user:rid:lmhash:nthash:::), a header-less colon-delimited table. Combo lists and infostealer logs are
 * read by their own layout (see comboLayout).
 */
function secretsdumpColumns(body: readonly string[][], delimiter: string, width: number): string[] | undefined {
  if (delimiter !== ':' || width !== 7 || body.length === 0) return undefined;
  return body.every((row) => /^\d+$/.test(row[1] ?? '') && NT_HASH.test(row[2] ?? '') && NT_HASH.test(row[3] ?? '') && row[4] === '')
    ? ['username', 'rid', 'lm_hash', 'nt_hash', 'column_5', 'column_6', 'column_7'] : undefined;
}

export async function* csvTable(bytes: AsyncIterable<Buffer | string>, describe: string, options: CsvOptions): AsyncGenerator<TableBatch> {
  const decoder = new Utf8Text();
  let parser: CsvParser | undefined;
  let head = '';
  let rows: string[][] = [];
  let firstRows: string[][] | undefined = [];
  let started = false;
  const widths = { last: 0, before: 0 };
  const emit = (parsed: string[]): void => {
    const row = log ? log.fields(parsed) : parsed;
    widths.before = widths.last;
    widths.last = parsed.length;
    if (firstRows) firstRows.push(row);
    else rows.push(row);
  };

  /** The layout of an access log (see logLayout) or of a list of leaked credentials (see comboLayout), when the text starts with one. */
  let log: LogLayout | undefined;

  function* startTable(): Generator<TableBatch> {
    const first = firstRows ?? [];
    firstRows = undefined;
    const given = options.columns ?? log?.names;
    const header = startsWithHeader(given ? { ...options, columns: given } : options, first);
    started = true;
    const body = header ? first.slice(1) : first;
    const { names, emailColumn } = tableColumns(first, header, parser?.delimiter ?? ',', given);
    yield { kind: 'columns', names, ...(emailColumn ? { emailColumn } : {}), ...(log?.subjectColumn ? { subjectColumn: log.subjectColumn } : {}) };
    if (body.length > 0) yield { kind: 'rows', rows: body };
  }

  /** The parser for the file's start (`head`), and that start without a byte-order mark or a `sep=` line. */
  const start = (head: string): { parser: CsvParser; text: string } => {
    let text = head.replace(/^\uFEFF/, '');
    const sep = sepLine(text);
    if (sep) text = text.slice(sep.length);
    log = options.columns ? undefined : logLayout(text) ?? (options.header === true ? undefined : comboLayout(text));
    if (log) text = text.slice(log.length);
    const title = headerless(options) || log ? undefined : preamble(text);
    if (title) text = text.slice(title.length);
    const delimiter = options.delimiter ?? sep?.delimiter ?? log?.delimiter ?? detectDelimiter(text);
    const started = new CsvParser(delimiter, describe, outfileEscapes(text, delimiter));
    started.line += (sep ? 1 : 0) + (title?.lines ?? 0) + (log?.lines ?? 0);
    return { parser: started, text };
  };

  for await (const chunk of bytes) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!parser) {
      head += text;
      if (head.length < HEAD_BYTES && sampleLines(head, HEAD_ROWS + 1).length < HEAD_ROWS + 1) continue;
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
  const ending = parser.end(emit);
  if (!started) yield* startTable();
  if (rows.length > 0) yield { kind: 'rows', rows };
  const { records: skipped, firstLine } = parser.skipped;
  if (skipped > 0 || cutShort(ending, widths)) {
    yield { kind: 'incomplete', skippedLines: skipped, ...(firstLine === undefined ? {} : { firstSkippedLine: firstLine }), cutShort: cutShort(ending, widths) };
  }
}

/**
 * Whether a CSV ends inside its last record: inside a quoted field, or without a line end on a
 * row narrower than the one before it (a file without a last line end is common; a short last row after full ones is a cut).
 */
export function cutShort(ending: { unterminated: boolean; openQuote: boolean }, widths: { last: number; before: number }): boolean {
  return ending.openQuote || (ending.unterminated && widths.before > 0 && widths.last < widths.before);
}

