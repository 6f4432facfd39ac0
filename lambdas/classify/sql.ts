// SQL text: a dump (mysqldump, pg_dump, pg_dump --inserts, SQLite's .dump) and MySQL's general
// query log. Neither is rows: a dump is statements, and a general log is one statement an entry.
// Their rows are read from what the statements write and ask for:
//   INSERT / REPLACE INTO t [(columns)] VALUES (...), (...)   one record a row; without a column
//                                                             list, under the columns CREATE TABLE gave;
//   COPY t (columns) FROM stdin; ... \.                       pg_dump's rows, tab-separated;
//   UPDATE t SET a = 'x', ... WHERE k = 'y'                   one record of what it sets and finds by;
//   SELECT / DELETE ... FROM t WHERE k = 'y' AND ...          one record of what it looks up by.
// Each record's fields are named "table.column", so that one table's id is not another's. Other
// statements (SET, LOCK, a SELECT without a literal, a connection's database user) are no one's.
//
// A dump's tables are joined by their person's ids: a row is known by its table's primary key
// ("customer#3": the table's name made singular, then the key), and a column that names a
// person's id by its name (customer_id, user_id, patient_id: see subjectKeyRank) links it to that
// person's row ("customer#3"). The row's names go into a key field of their own, SQL_ROW, its own
// first, the people it belongs to after (see KEY_ALIASES in core.ts): an order with a shipping
// address is its customer's, and two of their orders are one person. A product's id links no
// one. Rows known by nothing (a general log's INSERT without its id) are keyed as any record.

import { ValidationError } from '../shared/errors.js';
import { subjectKeyRank } from './detectors.js';
import { BATCH_ROWS, MAX_RECORD_BYTES, type TableBatch } from './table.js';
import { Utf8Text } from './utf8.js';

type Value = string | null;
type SqlRecord = Record<string, Value>;

// WordPress, phpBB, MyBB, Joomla, Drupal, XenForo, vBulletin, SMF, Moodle, OpenCart, PrestaShop and Magento 1 installs.
const CMS_TABLE_PREFIX = /^(?:wp|phpbb|mybb|jos|drupal|xf|vb|smf|mdl|oc|ps|mage)_(?=[a-z])/;

/** The key field of a dump's rows: their names, one a line (see the file's comment). */
export const SQL_ROW = 'sql_row';

/** What CREATE TABLE said of a table: its columns and its primary key's column; its rows' kind and whether they are a person's. */
export interface TableShape {
  readonly columns: string[];
  readonly primary: string | undefined;
  /** The table's name made singular (see singular). */
  readonly kind: string;
  /** A column names a person's id (an appointment's patient_id): its rows belong to a person. */
  readonly owned: boolean;
}

/** A table's name made singular, for the names of its rows ("customers" → "customer"). */
function singular(table: string): string {
  // A CMS's table prefix says whose tables they are, not what rows are ("wp_users" are users, whom "user_id" names).
  // Magento names its tables for their entities ("customer_entity", "customer_address_entity").
  const name = table.toLowerCase().replace(CMS_TABLE_PREFIX, '').replace(/_entity$/, '');
  if (name === 'people') return 'person';
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/** What a column named for an id refers to ("customer_id", "userId" → "customer", "user"), else undefined. */
function idKind(column: string): string | undefined {
  return /^(.+?)[_ ]?id$/i.exec(column)?.[1]?.replace(/[_ ]+$/, '').toLowerCase();
}

/** A column naming a person's id by its name ("customer_id", "userId"): the person's kind ("customer"). */
function personIdKind(column: string): string | undefined {
  return (subjectKeyRank(column) ?? 2) < 2 ? idKind(column) : undefined;
}

/** The person a part's "parent_id" names: a customer's address ("customer_address") is its customer's (Magento's). */
function parentKind(column: string, kind: string): string | undefined {
  if (column.toLowerCase() !== 'parent_id') return undefined;
  const owner = kind.slice(0, Math.max(0, kind.indexOf('_')));
  return owner !== '' && personIdKind(`${owner}_id`) !== undefined ? owner : undefined;
}

/** A created table's shape, with its rows' kind and whether they are a person's (see TableShape). */
function shapeOf(table: string, columns: string[], primary: string | undefined): TableShape {
  const kind = singular(table);
  return { columns, primary, kind, owned: columns.some((column) => (personIdKind(column) ?? parentKind(column, kind) ?? kind) !== kind) };
}

/**
 * Puts a row's names into SQL_ROW: its own (its table's primary key), then the people its columns
 * name, then the rows of people's tables it belongs to (a diagnosis's appointment_id, where
 * appointments name their patient: the diagnosis is the patient's). A reference to a table of
 * things (a clinic, a product) links no one: two patients of one clinic stay two.
 */
function withRowNames(table: string, tables: ReadonlyMap<string, TableShape>, columns: readonly string[], record: SqlRecord): SqlRecord {
  const shape = tables.get(table);
  const kind = shape?.kind ?? singular(table);
  const primary = shape?.primary ?? columns.find((column) => column.toLowerCase() === 'id')
    ?? columns.find((column) => column.toLowerCase().replace(/_/g, '') === `${kind}id`);
  const names: string[] = [];
  const own = primary === undefined ? undefined : record[`${table}.${primary}`];
  if (own !== undefined && own !== null && own !== '') names.push(`${kind}#${own}`);
  /** A person reference of 0: a guest's order (WooCommerce's customer_id 0), known by its own person's email, not by the order's id. */
  let guest = false;
  for (const column of columns) {
    if (column === primary) continue;
    const value = record[`${table}.${column}`];
    if (value === undefined || value === null || value === '') continue;
    const person = personIdKind(column) ?? parentKind(column, kind);
    if (person !== undefined) {
      if (person !== kind && /^0+$/.test(value)) guest = true;
      else if (person !== kind) names.push(`${person}#${value}`);
      continue;
    }
    const referenced = idKind(column);
    if (referenced === undefined || referenced === kind) continue;
    for (const other of tables.values()) {
      if (other.kind === referenced && other.owned) {
        names.push(`${referenced}#${value}`);
        break;
      }
    }
  }
  if (guest && own !== undefined && own !== null && own !== '') names.shift();
  if (names.length > 0) record[SQL_ROW] = names.join('\n');
  return record;
}

// Sticky patterns, matched where the cursor is (no copy of the text).
const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
// MySQL 8 writes a binary column's value with its introducer and a space: _binary 'x'.
const STRING_PREFIX = /(?:[NnEe]|_[A-Za-z0-9]+\s*)'/y;
// A hex literal (mysqldump --hex-blob: a binary UUID key 0x11EE...): kept as written, one value per row.
const HEX_NUMBER = /0[xX][0-9A-Fa-f]+/y;
const NUMBER = /[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+)/y;

/** The match of a sticky pattern at `at`, or undefined. */
function stickyAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Reads SQL statement text from `at`: its tokens, as a cursor. */
class Statement {
  at = 0;

  constructor(readonly text: string) {}

  /** Skips blanks and comments (`-- `, `#`, `/* *\/`, including MySQL's `/*!40101 ... *\/`). */
  skip(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.at);
      if (code === 32 || code === 9 || code === 10 || code === 13) this.at++;
      else if ((code === 45 && text.charCodeAt(this.at + 1) === 45) || code === 35) {
        const end = text.indexOf('\n', this.at);
        this.at = end < 0 ? text.length : end + 1;
      } else if (code === 47 && text.charCodeAt(this.at + 1) === 42) {
        const end = text.indexOf('*/', this.at + 2);
        this.at = end < 0 ? text.length : end + 2;
      } else return;
    }
  }

  /** The next character after blanks, without consuming it. */
  peek(): string {
    this.skip();
    return this.text.charAt(this.at);
  }

  /** Consumes `char` if it is next. */
  eat(char: string): boolean {
    if (this.peek() !== char) return false;
    this.at++;
    return true;
  }

  /** A keyword or bare word (letters, digits, _ and $), upper-cased; '' when none is next. */
  word(): string {
    this.skip();
    const word = stickyAt(WORD, this.text, this.at);
    if (word === undefined) return '';
    this.at += word.length;
    return word.toUpperCase();
  }

  /** A name, quoted (`x`, "x", [x]) or bare, and qualified (`shop`.`customers`, public.customers): its last part. */
  name(): string | undefined {
    let last: string | undefined;
    do {
      this.skip();
      const open = this.text.charAt(this.at);
      const close = open === '`' ? '`' : open === '"' ? '"' : open === '[' ? ']' : undefined;
      if (close) {
        const end = this.text.indexOf(close, this.at + 1);
        if (end < 0) return undefined;
        last = this.text.slice(this.at + 1, end);
        this.at = end + 1;
      } else {
        const word = stickyAt(WORD, this.text, this.at);
        if (word === undefined) return last;
        last = word;
        this.at += word.length;
      }
    } while (this.text.charAt(this.at) === '.' && ++this.at);
    return last;
  }

  /** A literal: a string (with \ escapes and ''), a number, a 0x hex literal as written, NULL, TRUE/FALSE; anything else (NOW(), X'..') is skipped as null. */
  value(): Value {
    this.skip();
    const text = this.text;
    let code = text.charCodeAt(this.at);
    // N'...', E'...', _utf8mb4'...': a string with a prefix.
    if (code !== 39) {
      const prefix = stickyAt(STRING_PREFIX, text, this.at);
      if (prefix !== undefined) {
        this.at += prefix.length - 1;
        code = 39;
      }
    }
    if (code === 39) return this.quoted();
    const hex = stickyAt(HEX_NUMBER, text, this.at);
    if (hex !== undefined) {
      this.at += hex.length;
      return hex;
    }
    const number = stickyAt(NUMBER, text, this.at);
    if (number !== undefined) {
      this.at += number.length;
      return number;
    }
    const word = this.word();
    if (word === 'TRUE' || word === 'FALSE') return word.toLowerCase();
    if (word === 'X' || word === 'B') this.quoted(); // a hex or bit string: no text
    else if (this.peek() === '(') {
      // A literal cast to its type (SSMS writes every date so: CAST(N'2013-12-05' AS Date)): the literal.
      const open = this.at;
      let literal: Value = null;
      if (word === 'CAST') {
        this.at++;
        literal = this.value();
        this.at = open;
      }
      this.skipGroup(); // a function's call: NOW(), UNHEX('...')
      return literal;
    }
    return null;
  }

  private quoted(): string {
    const text = this.text;
    let out = '';
    let from = ++this.at;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 92 /* \\ */) {
        out += text.slice(from, i) + unescaped(text.charAt(i + 1));
        from = ++i + 1;
      } else if (code === 39) {
        if (text.charCodeAt(i + 1) === 39) {
          out += text.slice(from, i + 1);
          from = ++i + 1;
          continue;
        }
        this.at = i + 1;
        return out + text.slice(from, i);
      }
    }
    throw new ValidationError('a SQL string is not closed');
  }

  /** Skips a parenthesised group, strings and nested groups included. */
  skipGroup(): void {
    let depth = 0;
    do {
      const char = this.peek();
      if (char === '') return;
      if (char === "'") this.quoted();
      else {
        if (char === '(') depth++;
        else if (char === ')') depth--;
        this.at++;
      }
    } while (depth > 0);
  }

  /** A parenthesised list of names: (`a`, `b`). */
  names(): string[] {
    const names: string[] = [];
    if (!this.eat('(')) return names;
    do {
      const name = this.name();
      if (name === undefined) break;
      names.push(name);
    } while (this.eat(','));
    this.eat(')');
    return names;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', 0: '\0', Z: '\x1a', b: '\b' };
const unescaped = (char: string): string => ESCAPES[char] ?? char;

/** Words that begin a CREATE TABLE's line that is no column. */
const NOT_COLUMNS = new Set(['PRIMARY', 'KEY', 'INDEX', 'UNIQUE', 'CONSTRAINT', 'FOREIGN', 'CHECK', 'FULLTEXT', 'SPATIAL', 'EXCLUDE', 'PERIOD']);

/** The columns and primary key of a CREATE TABLE's definitions (the statement's cursor is after its table's name). */
function createdTable(statement: Statement): { columns: string[]; primary: string | undefined } {
  const columns: string[] = [];
  let primary: string | undefined;
  if (!statement.eat('(')) return { columns, primary };
  for (;;) {
    const start = statement.at;
    const word = statement.word();
    let column: string | undefined;
    if (word === 'PRIMARY' && statement.word() === 'KEY') {
      const keys = statement.names();
      if (keys.length === 1) primary = keys[0];
    } else if (!NOT_COLUMNS.has(word)) {
      statement.at = start;
      column = statement.name();
      if (column !== undefined) columns.push(column);
    }
    // To the end of this definition: the next top-level comma, or the closing parenthesis.
    const from = statement.at;
    for (;;) {
      const char = statement.peek();
      if (char === '' || char === ')' || char === ',') {
        // "id integer PRIMARY KEY": a column's own primary key.
        if (column !== undefined && /\bPRIMARY\s+KEY\b/i.test(statement.text.slice(from, statement.at))) primary = column;
        if (char !== ',') return { columns, primary };
        statement.at++;
        break;
      }
      if (char === '(' || char === "'") statement.skipGroup();
      else if (char === '`' || char === '"' || char === '[') statement.name();
      else statement.at++;
    }
  }
}

/** `column = literal` comparisons joined by AND/OR/commas (a WHERE clause, a SET list), into `record`. */
function equalities(statement: Statement, table: string, record: SqlRecord): void {
  for (;;) {
    const char = statement.peek();
    if (char === '' || char === ';') return;
    if (char === '(' && statement.text.charAt(statement.at + 1) !== "'") {
      statement.at++;
      continue;
    }
    const start = statement.at;
    const name = /[A-Za-z_`"[]/.test(char) ? statement.name() : undefined;
    if (name !== undefined && statement.eat('=')) {
      const next = statement.peek();
      const value = next === "'" || /[-+.\dNEX_]/.test(next) ? statement.value() : undefined;
      if (value !== undefined && value !== null) record[`${table}.${name}`] = value;
    } else if (statement.at === start) {
      if (char === "'") statement.value();
      else statement.at++;
    }
  }
}

/** What one statement writes and looks up, as records (see the file's comment). */
export function statementRecords(text: string, tables: Map<string, TableShape>): SqlRecord[] {
  const statement = new Statement(text);
  const verb = statement.word();
  if (verb === 'CREATE') {
    let word = statement.word();
    while (word === 'TEMPORARY' || word === 'UNLOGGED' || word === 'OR' || word === 'REPLACE') word = statement.word();
    if (word !== 'TABLE') return [];
    const start = statement.at;
    if (statement.word() === 'IF' && statement.word() === 'NOT' && statement.word() === 'EXISTS') {
      // CREATE TABLE IF NOT EXISTS t
    } else statement.at = start;
    const table = statement.name();
    if (table !== undefined) {
      const { columns, primary } = createdTable(statement);
      tables.set(table, shapeOf(table, columns, primary));
    }
    return [];
  }
  if (verb === 'INSERT' || verb === 'REPLACE') {
    let mark = statement.at;
    let word = statement.word();
    while (word === 'IGNORE' || word === 'LOW_PRIORITY' || word === 'DELAYED' || word === 'HIGH_PRIORITY') {
      mark = statement.at;
      word = statement.word();
    }
    // INTO is optional in T-SQL and MySQL (SSMS writes INSERT [dbo].[Users] (...) VALUES ...).
    if (word !== 'INTO') statement.at = mark;
    const table = statement.name();
    if (table === undefined) return [];
    const shape = tables.get(table);
    const columns = statement.peek() === '(' ? statement.names() : shape?.columns ?? [];
    const values = statement.word();
    if (values !== 'VALUES' && values !== 'VALUE') return []; // INSERT ... SELECT: no literal rows
    const records: SqlRecord[] = [];
    while (statement.eat('(')) {
      const record: SqlRecord = {};
      let index = 0;
      do {
        if (statement.peek() === ')') break;
        const value = statement.value();
        record[`${table}.${columns[index] ?? `column_${index + 1}`}`] = value;
        index++;
      } while (statement.eat(','));
      statement.eat(')');
      records.push(withRowNames(table, tables, columns, record));
      if (!statement.eat(',')) break;
    }
    return records;
  }
  if (verb === 'UPDATE') {
    const table = statement.name();
    if (table === undefined || statement.word() !== 'SET') return [];
    const record: SqlRecord = {};
    equalities(statement, table, record);
    return Object.keys(record).length > 0 ? [record] : [];
  }
  if (verb === 'SELECT' || verb === 'DELETE') {
    // The first table after FROM, then what the WHERE clause compares with literals.
    const text = statement.text;
    const from = /\bFROM\s+/i.exec(text);
    if (!from) return [];
    statement.at = from.index + from[0].length;
    const table = statement.name();
    const where = /\bWHERE\b/i.exec(text.slice(statement.at));
    if (table === undefined || !where) return [];
    statement.at += where.index + where[0].length;
    const record: SqlRecord = {};
    equalities(statement, table, record);
    return Object.keys(record).length > 0 ? [record] : [];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Reading a stream of statements

/** Whether text starts like a SQL dump: its tool's banner, or a first statement that creates or fills a table. */
export function looksLikeSqlDump(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  if (/^-- (?:MySQL dump|MariaDB dump|PostgreSQL database dump)/m.test(text.slice(0, 2048))) return true;
  const first = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/;?)*(\w+)\s+(\w+)/.exec(text.slice(0, 8192));
  const [verb = '', object = ''] = [first?.[1]?.toUpperCase(), first?.[2]?.toUpperCase()];
  return (verb === 'CREATE' && /^(?:TABLE|TEMPORARY|SCHEMA|DATABASE)$/.test(object)) || (verb === 'INSERT' && object === 'INTO')
    || (verb === 'BEGIN' && object === 'TRANSACTION') || (verb === 'PRAGMA');
}

/** MySQL's general query log: its header line, under the server's banner. */
const GENERAL_LOG_HEADER = /^Time\s+Id\s+Command\s+Argument\s*$/m;
export const looksLikeGeneralLog = (head: string): boolean => GENERAL_LOG_HEADER.test(head.slice(0, 4096));

/** T-SQL's batch separator on a line of its own (SSMS's and sqlcmd's scripts end their statements so, without a `;`). */
const GO_LINE = /[ \t]*GO(?:[ \t]+\d+)?[ \t]*\r?\n/iy;

/** An INSERT at the start of a line (see statementEnd). */
const NEXT_INSERT = /[ \t]*INSERT\s/iy;

/** The end of the statement starting at `from`: the index after its `;`, its GO line or its line before the next INSERT, or -1 when the text ends first. */
function statementEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 59) return i + 1; // ;
    if (code === 10 || (i === from && i === 0)) {
      GO_LINE.lastIndex = code === 10 ? i + 1 : i;
      if (GO_LINE.test(text)) return GO_LINE.lastIndex;
      // SSMS's data scripts write one INSERT a line without a `;`: the next INSERT starts another statement.
      if (code === 10 && i > from) {
        NEXT_INSERT.lastIndex = i + 1;
        if (NEXT_INSERT.test(text)) return i + 1;
      }
    }
    if (code === 39 || code === 34 || code === 96) {
      // A quoted string or name: to its closing quote (\ escapes in strings, doubled quotes).
      for (i++; ; i++) {
        if (i >= text.length) return -1;
        const inner = text.charCodeAt(i);
        if (inner === 92 && code === 39) i++;
        else if (inner === code) {
          if (text.charCodeAt(i + 1) === code) i++;
          else break;
        }
      }
    } else if (code === 45 && text.charCodeAt(i + 1) === 45) {
      const end = text.indexOf('\n', i);
      if (end < 0) return -1;
      i = end;
    } else if (code === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return -1;
      i = end + 1;
    }
  }
  return -1;
}

/** What ends a statement: its `;`, or a GO line (see GO_LINE). */
const STATEMENT_TERMINATOR = /(?:;|(?:^|\n)[ \t]*GO(?:[ \t]+\d+)?[ \t]*\r?\n)$/i;

/** pg_dump's COPY ... FROM stdin: the table and its columns. */
const COPY = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*COPY\s+((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)\s*\(([^)]*)\)\s+FROM\s+stdin/i;
const unquotedName = (name: string): string => name.trim().replace(/^"|"$/g, '');
/** A COPY row's field: \N is NULL, backslash escapes as in the text format. */
const copyField = (field: string): Value => (field === '\\N' ? null : field.includes('\\') ? field.replace(/\\(.)/g, (_, char: string) => unescaped(char)) : field);

/** The records of a SQL dump, in batches (see the file's comment). */
export async function* sqlDumpTable(text: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  const decoder = new Utf8Text();
  const tables = new Map<string, TableShape>();
  let pending = '';
  let batch: SqlRecord[] = [];
  /** The table and columns of the COPY whose rows are being read. */
  let copying: { table: string; columns: string[] } | undefined;
  const take = (final: boolean): void => {
    let at = 0;
    for (;;) {
      if (copying) {
        const end = pending.indexOf('\n', at);
        if (end < 0) break;
        const line = pending.slice(at, end).replace(/\r$/, '');
        at = end + 1;
        if (line === '\\.') {
          copying = undefined;
          continue;
        }
        const fields = line.split('\t');
        const record: SqlRecord = {};
        for (let i = 0; i < fields.length; i++) record[`${copying.table}.${copying.columns[i] ?? `column_${i + 1}`}`] = copyField(fields[i] ?? '');
        batch.push(withRowNames(copying.table, tables, copying.columns, record));
        continue;
      }
      const end = statementEnd(pending, at);
      if (end < 0) break;
      const statement = pending.slice(at, end).replace(STATEMENT_TERMINATOR, '');
      at = end;
      const copy = COPY.exec(statement);
      if (copy) {
        const newline = pending.indexOf('\n', at);
        at = newline < 0 ? pending.length : newline + 1;
        copying = { table: unquotedName((copy[1] ?? '').split('.').pop() ?? ''), columns: (copy[2] ?? '').split(',').map(unquotedName) };
        continue;
      }
      try {
        for (const record of statementRecords(statement, tables)) batch.push(record);
      } catch (error) {
        throw new ValidationError(`${describe} is not valid SQL: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    pending = pending.slice(at);
    if (final && pending.trim() !== '') throw new ValidationError(`${describe} is not valid SQL: its last statement does not end (a string or a comment is not closed)`);
    if (pending.length > MAX_RECORD_BYTES) throw new ValidationError(`${describe} is not valid SQL: a statement is longer than ${MAX_RECORD_BYTES} characters`);
  };
  for await (const chunk of text) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    take(false);
    if (batch.length >= BATCH_ROWS) {
      yield { kind: 'records', records: batch };
      batch = [];
    }
  }
  pending += decoder.end();
  // A last statement without its ";", a last comment or COPY row without its line's end.
  pending += copying ? '\n' : '\n;';
  take(true);
  if (batch.length > 0) yield { kind: 'records', records: batch };
}

/** An entry of MySQL's general log: time (ISO, or the old "yymmdd hh:mm:ss", or none), thread id, command, argument. */
const GENERAL_LOG_ENTRY = /^(?:\d{4}-\d{2}-\d{2}T\S+|\d{6}\s+\d{1,2}:\d{2}:\d{2})?\t\s*\d+\s+([A-Za-z ]+?)\t(.*)$/;

/** The records of a MySQL general query log: what its Query and Execute entries' statements write and look up. */
export async function* generalLogTable(text: AsyncIterable<Buffer | string>): AsyncGenerator<TableBatch> {
  const decoder = new Utf8Text();
  const tables = new Map<string, TableShape>();
  let pending = '';
  let batch: SqlRecord[] = [];
  let statement: string | undefined;
  const finish = (): void => {
    if (statement !== undefined) {
      try {
        for (const record of statementRecords(statement, tables)) batch.push(record);
      } catch {
        // A statement the log cut or the client mistyped: no rows.
      }
    }
    statement = undefined;
  };
  const line = (text: string): void => {
    const entry = GENERAL_LOG_ENTRY.exec(text);
    if (entry) {
      finish();
      const command = (entry[1] ?? '').trim();
      if (command === 'Query' || command === 'Execute') statement = entry[2] ?? '';
    } else if (statement !== undefined) {
      statement += `\n${text}`; // a statement written over several lines
    }
  };
  for await (const chunk of text) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let at = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', at)) {
      line(pending.slice(at, end).replace(/\r$/, ''));
      at = end + 1;
    }
    pending = pending.slice(at);
    if (pending.length > MAX_RECORD_BYTES) throw new ValidationError(`a line of the general log is longer than ${MAX_RECORD_BYTES} characters`);
    if (batch.length >= BATCH_ROWS) {
      yield { kind: 'records', records: batch };
      batch = [];
    }
  }
  pending += decoder.end();
  if (pending !== '') line(pending);
  finish();
  if (batch.length > 0) yield { kind: 'records', records: batch };
}
