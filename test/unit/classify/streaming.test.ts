// Streaming large exports: CSV in any delimiter with or without a header, records split across
// read chunks, files cut into ranges for worker threads, and the CLI on top.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Classification } from '../../../lambdas/shared/contract.js';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { CsvParser, detectDelimiter, looksLikeHeader, outfileEscapes, sepLine } from '../../../lambdas/classify/csv.js';
import { JsonArrayScanner, JsonObjectsScanner } from '../../../lambdas/classify/json.js';
import { inspectCsv, readCsvRange, readRecords, splitPoints } from '../../../lambdas/classify/sources.js';
import { classifySource } from '../../../lambdas/classify/stream.js';
import { run } from '../../../lib/cli/classify.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'breachclock-streaming-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const scratchFile = (name: string, content: string): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** A CSV of `rows` synthetic customers, some notes quoted with delimiters, quotes and newlines. */
function customersCsv(rows: number): string {
  const lines = ['customer_id,email,country,notes'];
  for (let n = 0; n < rows; n++) {
    const note = n % 7 === 0 ? `"line one, ""quoted""\nline two"` : n % 5 === 0 ? '"a, b"' : 'plain';
    lines.push(`C-${n % 900},p${n % 900}@example.com,${n % 2 ? 'DE' : 'US'},${note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What an incremental reader (CsvParser, JsonObjectsScanner) emits for `text` pushed in pieces cut at `cuts`. */
function readInPieces<T>(reader: { push(text: string, emit: (item: T) => void): void; end(emit: (item: T) => void): void }, text: string, cuts: number[]): T[] {
  const items: T[] = [];
  let start = 0;
  for (const point of [...[...new Set(cuts)].sort((a, b) => a - b), text.length]) {
    reader.push(text.slice(start, point), (item) => items.push(item));
    start = point;
  }
  reader.end((item) => items.push(item));
  return items;
}

describe('CSV parsing', () => {
  it('parses the same rows however the text is cut into chunks', () => {
    const text = 'a;b;c\r\n1;"x;""y""\r\nz";3\n4;;"6"\n"7";8;9';
    const whole = readInPieces(new CsvParser(';', 'test'), text, []);
    expect(whole).toEqual([['a', 'b', 'c'], ['1', 'x;"y"\r\nz', '3'], ['4', '', '6'], ['7', '8', '9']]);

    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }), (cuts) => {
      expect(readInPieces(new CsvParser(';', 'test'), text, cuts)).toEqual(whole);
    }));
  });

  it('reads MySQL OUTFILE text: a backslash keeps a newline or a tab in its field, however the text is cut', async () => {
    const text = '1\tanna@example.com\tFlat 2\\\n140 Park Lane\tLondon\n2\tbob@example.com\tc/o Lee\\\tUnit 9\tLeeds\n3\tc@example.com\tC:\\\\temp\t\\N\n';
    const whole = readInPieces(new CsvParser('\t', 'test', true), text, []);
    expect(whole).toEqual([['1', 'anna@example.com', 'Flat 2\n140 Park Lane', 'London'], ['2', 'bob@example.com', 'c/o Lee\tUnit 9', 'Leeds'], ['3', 'c@example.com', 'C:\\temp', '\\N']]);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }), (cuts) => {
      expect(readInPieces(new CsvParser('\t', 'test', true), text, cuts)).toEqual(whole);
    }));
    // Only MySQL OUTFILE text, told by its \N: a Windows path in an ordinary TSV may end in a backslash.
    expect(outfileEscapes(text, '\t')).toBe(true);
    const paths = 'user\tfolder\nanna@example.com\tC:\\Users\\anna\\\nbob@example.com\tD:\\\n';
    expect(outfileEscapes(paths, '\t')).toBe(false);
    expect(readInPieces(new CsvParser('\t', 'test', outfileEscapes(paths, '\t')), paths, [])).toHaveLength(3);
    // A file cut for two threads is not cut at a field's own newline.
    const rows = Array.from({ length: 3000 }, (_, n) => `${n}\tu${n}@example.com\tline one\\\nline two\tLondon\t\\N`);
    const file = scratchFile('outfile-escapes.txt', `${rows.join('\n')}\n`);
    const cuts = await splitPoints(file, 'csv', 0, 2, 0.5, true);
    expect(cuts).toHaveLength(3);
    const cut = cuts[1] as number;
    expect(readFileSync(file, 'utf8').slice(cut - 10, cut)).toMatch(/London\t\\N\n$/);
  });

  it('joins a member\'s records under two numbers, and a guardian who is a member, across threads', async () => {
    const rows = Array.from({ length: 400 }, (_, n) => `M${n},Anna${n},Berg,1980-01-0${1 + (n % 9)},anna${n}@example.com,,`);
    rows[399] = 'M9000,Anna0,Berg,1980-01-01,anna0@example.com,,'; // the first member again, under a new number
    rows[398] = 'M9001,Lina,Berg,2015-05-05,,Anna1 Berg,anna1@example.com'; // a child whose guardian is member M1
    const file = scratchFile('members.csv', `member_id,first_name,last_name,date_of_birth,email,guardian_name,guardian_email\n${rows.join('\n')}\n`);
    const options = { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false };
    const one = (await classifyFile(file, { ...options, workers: 1 })).classification;
    const two = (await classifyFile(file, { ...options, workers: 2, parallelFromBytes: 0 })).classification;
    expect(one.subjectCount).toBe(399); // 398 members (M9000 is M0 again; the guardian is M1) and the child
    expect(two.subjectCount).toBe(one.subjectCount);
  });

  it('counts people by a column of email addresses when no column name says who a row is about', async () => {
    const lines = Array.from({ length: 12 }, (_, n) => `2026-11-0${1 + (n % 9)}T10:00:00Z,GET /cart,user${n % 4}@example.com,198.51.100.${n}`);
    const file = scratchFile('access-log.csv', `${lines.join('\n')}\n`);

    const { classification } = await classifySource(file);

    expect(classification.subjectCount).toBe(4);
    expect(classification.subjectCounting).toEqual({ basis: 'subject-key', exact: true });
  });

  it('detects uncommon delimiters from the agreement of the first lines', () => {
    expect(detectDelimiter('id^email^name\n1^a@example.com^Anna\n2^b@example.com^Bob\n')).toBe('^');
    expect(detectDelimiter('id;note\n1;"a, b, c"\n2;"d, e"\n')).toBe(';');
    expect(detectDelimiter('id\tname\n1\tAnna\n')).toBe('\t');
  });

  it('tells a header row from a first data row', () => {
    expect(looksLikeHeader(['customer_id', 'email'], ['C-1', 'a@example.com'])).toBe(true);
    expect(looksLikeHeader(['C-1', 'a@example.com'], ['C-2', 'b@example.com'])).toBe(false);
    // A label that names a sensitive kind of data is a label, not a note telling it.
    expect(looksLikeHeader(['Claim Number', 'Patient Name', 'Diagnosis 1', 'Criminal record'], ['CLM900000', 'Rivera, Anthony', 'F10.20', 'none'])).toBe(true);
    expect(looksLikeHeader(['Anna', 'Schmidt'], ['Bob', 'Stone'])).toBe(false);
  });

  it('tells a header whose names hold $ € ° \' [ ] or a comma from a first data row', () => {
    expect(looksLikeHeader(['Email', 'Last Name', 'Religion', 'Amount ($)'], ['user1@example.com', 'Smith1', 'Catholic', '7.00'])).toBe(true);
    expect(looksLikeHeader(['N° adhérent', 'Civilité', "Date d'adhésion", 'Cotisation annuelle (€)'], ['A20000', 'Mme', '18/01/2023', '141,00'])).toBe(true);
    expect(looksLikeHeader(['First Name [Required]', 'Org Unit Path [Required]', 'Recovery Phone [MUST BE IN THE E.164 FORMAT]'], ['Kim', '/Staff/Eng', '+14155550142'])).toBe(true);
    expect(looksLikeHeader(['Name, first', 'Name, last', 'Size (cm)'], ['Anna', 'Schmidt', '172'])).toBe(true);
    // Still data: text-only rows, names with apostrophes or commas, email:password pairs, ids.
    expect(looksLikeHeader(['Anna', "O'Neill", 'Dublin'], ['Bob', "D'Arcy", 'Cork'])).toBe(false);
    expect(looksLikeHeader(['Smith, John', 'Dublin'], ['Doe, Jane', 'Cork'])).toBe(false);
    expect(looksLikeHeader(['a@example.com:hunter2'], ['b@example.com:letmein'])).toBe(false);
    expect(looksLikeHeader(['C1001', 'Annelise', 'Vorberg', 'annelise@example.de'], ['C1002', 'Max', 'Roux', 'max@example.fr'])).toBe(false);
    expect(looksLikeHeader(['$5.00', 'Anna'], ['$7.00', 'Bob'])).toBe(false);
  });

  it('tells a header with a name that starts with a number ("504 Plan", "2fa_enabled")', () => {
    expect(looksLikeHeader(['email', 'dob', '504 Plan'], ['a@example.com', '2015-03-04', 'Y'])).toBe(true);
    expect(looksLikeHeader(['student', 'grade', '2fa_enabled'], ['Mia Hall', '4', 'yes'])).toBe(true);
    // Data rows whose cells start with numbers are still data.
    expect(looksLikeHeader(['12 Main St', 'Springfield'], ['4 Elm Rd', 'Shelbyville'])).toBe(false);
    expect(looksLikeHeader(['1', 'a@example.com'], ['2', 'b@example.com'])).toBe(false);
  });

  it('reads an Excel sep= first line as the delimiter', () => {
    expect(sepLine('sep=;\r\nid;email\r\n')).toEqual({ delimiter: ';', length: 7 });
    expect(sepLine('"sep=,"\nid,email\n')).toEqual({ delimiter: ',', length: 8 });
    expect(sepLine('SEP=\t\nid\temail\n')).toEqual({ delimiter: '\t', length: 6 });
    expect(sepLine('sep=3,Anna\n')).toBeUndefined();
    expect(sepLine('id;email\n')).toBeUndefined();
  });

  it('reads a file without a header by position, values deciding', async () => {
    const file = scratchFile('no-header.csv', 'anna@example.com|+49 30 1234567\nbob@example.com|+1 212 555 0142\n');

    const records = await collect(readRecords(file));
    const { classification } = await classifySource(file);

    expect(records[0]).toEqual({ column_1: 'anna@example.com', column_2: '+49 30 1234567' });
    expect(classification.subjectCount).toBe(2);
    expect(classification.categories.map((entry) => entry.category)).toEqual(['contact']);
  });
});

describe('JSON arrays', () => {
  it('finds each item across chunk boundaries', () => {
    const text = '[{"a":"]}\\"["},{"b":[1,{"c":2}]}, {"d":null}]';
    fc.assert(fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => {
      const items: string[] = [];
      const scanner = new JsonArrayScanner('test');
      scanner.push(text.slice(0, cut), (item) => items.push(item));
      scanner.push(text.slice(cut), (item) => items.push(item));
      expect(scanner.end((item) => items.push(item))).toBe(false);
      expect(items.map((item) => JSON.parse(item) as unknown)).toEqual([{ a: ']}"[' }, { b: [1, { c: 2 }] }, { d: null }]);
    }));
  });
});

describe('JSON objects', () => {
  it('finds the same records however the text is cut into chunks', () => {
    const texts = [
      // JSON Lines, a key and values holding braces, brackets, quotes and escapes
      '{"a":"}\\"{[","b":[1,{"c":"]"}]}\r\n\n{"d":null}\n',
      // a wrapper object: the array of records after a string value and an array of scalars
      '{ "note": "x\\\\", "tags": ["t"], "tickets" : [ {"id":1,"s":"a, b"}, {"id":2,"via":{"x":[{}]}} ], "count": 2 }',
      // a FHIR Bundle
      '{"resourceType":"Bundle","link":[{"relation":"self"}],"entry":[{"fullUrl":"u","resource":{"resourceType":"Patient","id":"p"}}]}',
    ];
    for (const text of texts) {
      const whole = readInPieces(new JsonObjectsScanner('test'), text, []);
      expect(whole.length).toBeGreaterThan(0);
      fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 5 }), (cuts) => {
        expect(readInPieces(new JsonObjectsScanner('test'), text, cuts)).toEqual(whole);
      }));
    }
  });
});

describe('files in ranges', () => {
  it('cuts a CSV only between records, so the ranges hold every row exactly once', async () => {
    const file = scratchFile('ranges.csv', customersCsv(2_000));
    const head = await inspectCsv(file);

    const cuts = await splitPoints(file, 'csv', head.bodyStart, 4);
    const parts = await Promise.all(cuts.slice(0, -1).map(async (start, i) => (await collect(readCsvRange(file, start, cuts[i + 1] ?? 0, head.delimiter))).filter((batch) => Array.isArray(batch)).flat()));

    expect(head).toMatchObject({ delimiter: ',', header: true, names: ['customer_id', 'email', 'country', 'notes'] });
    expect(cuts).toHaveLength(5);
    const rows = parts.flat();
    expect(rows).toHaveLength(2_000);
    expect(rows.every((row) => row.length === 4 && row[0]?.startsWith('C-'))).toBe(true);
  });

  it('classifies with worker threads exactly as in one thread', async () => {
    const file = scratchFile('parallel.csv', customersCsv(3_000));
    const asOf = new Date('2026-11-20T00:00:00Z');

    const single = await classifyFile(file, { workers: 1, asOf });
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf });

    expect(parallel.classification.subjectCount).toBe(900);
    expect(parallel.classification).toEqual(single.classification);
    expect(new Set(parallel.notificationAddresses.map((address) => JSON.stringify(address)))).toEqual(new Set(single.notificationAddresses.map((address) => JSON.stringify(address))));
  }, 30_000);

  it('reads two exports joined with their columns in another order alike in threads and in one', async () => {
    const row = (n: number) => [`C-${n}`, `p${n}@example.com`, n % 2 ? 'DE' : 'US', n % 3 ? '2016-05-04' : '1980-01-01'];
    const first = Array.from({ length: 1_500 }, (_, n) => row(n).join(','));
    const second = Array.from({ length: 1_500 }, (_, n) => row(1_500 + n).reverse().join(','));
    const file = scratchFile('joined.csv', `${['customer_id,email,country,date_of_birth', ...first, 'date_of_birth,country,email,customer_id', ...second].join('\n')}\n`);
    const asOf = new Date('2026-11-20T00:00:00Z');

    const single = await classifyFile(file, { workers: 1, asOf });
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf });

    expect(single.classification.recordsScanned).toBe(3_000);
    expect(single.classification.jurisdictions).toEqual(['DE', 'US']);
    expect(single.classification.children).toMatchObject({ under13: 2_000, withBirthDate: 3_000 });
    expect(parallel.classification).toEqual(single.classification);
  }, 30_000);

  it('says in threads as in one what was not read: skipped lines in any part with the first one\'s line, a cut at the end', async () => {
    const asOf = new Date('2026-11-20T00:00:00Z');
    const lines = Array.from({ length: 3_000 }, (_, n) => (n % 1_000 === 500 ? 'at Export.run(Export.java:42)' : `{"customer_id":"C${n % 900}","email":"p${n % 900}@example.com"}`));
    const jsonl = scratchFile('stray-lines.jsonl', `${lines.join('\n')}\n{"customer_id":"C9`);
    const csv = scratchFile('cut.csv', `${customersCsv(3_000).trimEnd()}\nC-9,p9@exa`);
    // A stray line in the second part alone, which does not know its lines' numbers.
    const late = scratchFile('late-stray.jsonl', `${lines.map((line, n) => (n === 2_500 ? line : `{"customer_id":"C${n % 900}","email":"p${n % 900}@example.com"}`)).join('\n')}\n`);

    for (const file of [jsonl, csv, late]) {
      const single = await classifyFile(file, { workers: 1, asOf });
      const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf });
      // The first skipped record's line too, which a part read from the file's middle does not know (r89).
      expect(parallel.classification).toEqual(single.classification);
    }
    expect((await classifyFile(jsonl, { workers: 1, asOf })).classification.sourceIncomplete).toEqual({ skippedLines: 4, firstSkippedLine: 501, cutShort: true });
    expect((await classifyFile(csv, { workers: 2, parallelFromBytes: 0, asOf })).classification.sourceIncomplete).toEqual({ skippedLines: 0, cutShort: true });
  }, 30_000);

  it('cuts after an Excel sep= line and a header with punctuated names, in threads as in one', async () => {
    // A .txt export with `sep=;`, a byte-order mark and names holding € ° ' and brackets.
    const lines = ['\uFEFFsep=;', "N° adhérent;E-Mail [Required];Date d'adhésion;Cotisation (€);Land"];
    for (let n = 0; n < 3_000; n++) lines.push(`A${n % 900};p${n % 900}@example.com;0${1 + (n % 9)}/02/2021;${n % 200},00;${n % 2 ? 'Deutschland' : 'Frankreich'}`);
    const file = scratchFile('adherents.txt', `${lines.join('\r\n')}\r\n`);
    const asOf = new Date('2026-11-20T00:00:00Z');

    const head = await inspectCsv(file);
    expect(head).toMatchObject({ delimiter: ';', header: true, names: ['N° adhérent', 'E-Mail [Required]', "Date d'adhésion", 'Cotisation (€)', 'Land'] });
    expect(head.bodyStart).toBe(Buffer.byteLength(`${lines[0]}\r\n${lines[1]}\r\n`));
    expect((await inspectCsv(file, { header: false })).bodyStart).toBe(Buffer.byteLength(`${lines[0]}\r\n`));

    for (const options of [{}, { header: false }]) {
      const single = await classifyFile(file, { workers: 1, asOf, ...options });
      const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf, ...options });

      expect(parallel.classification.recordsScanned).toBe('header' in options ? 3_001 : 3_000);
      expect(parallel.classification).toEqual(single.classification);
    }
    const { classification } = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf });
    expect(classification.subjectCount).toBe(900);
    expect(classification.jurisdictions).toEqual(['DE', 'FR']);
  }, 30_000);

  it('reads a last line without a newline as the stream does, and refuses a header-only file as holding no records', async () => {
    const file = scratchFile('header-only.csv', 'customer_id,email');

    const head = await inspectCsv(file);
    expect(head).toMatchObject({ header: true, names: ['customer_id', 'email'], bodyStart: 17 });
    // An empty export is no "no personal data": the workflow says it was not read, and the clocks run on the report's figures.
    await expect(classifyFile(file, { workers: 1 })).rejects.toThrow(/holds no records/);
    await expect(classifyFile(file, { workers: 2, parallelFromBytes: 0 })).rejects.toThrow(/holds no records/);
  });

  it('decides what waits on a whole column on every thread\'s rows: date order and shared state codes', async () => {
    // Day-first dates and Australian states only at the start; after them, dates that read either
    // way and "WA" (Washington or Western Australia) without a country or postcode.
    const lines = ['pupil_id,email,birth_date,state'];
    for (let n = 0; n < 200; n++) lines.push(`P${n},p${n}@example.com,25/03/1980,${['NSW', 'VIC', 'QLD'][n % 3]}`);
    for (let n = 200; n < 4_000; n++) lines.push(`P${n},p${n}@example.com,03/08/2015,WA`);
    const file = scratchFile('whole-column.csv', `${lines.join('\n')}\n`);
    const asOf = new Date('2026-11-20T00:00:00Z');

    const single = await classifyFile(file, { workers: 1, asOf });
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf });

    expect(single.classification.children?.under13).toBe(3_800); // 3 August 2015, day first as the column shows
    expect(single.classification.jurisdictions).toEqual(['AU']); // WA is not Washington in this column
    expect(parallel.classification).toEqual(single.classification);
  }, 30_000);

  it('reads every part of JSON Lines with the key its first records name (a guest\'s order first, then customers\')', async () => {
    // The first order is a guest's (no customer object): a part that starts with guests would key by email,
    // the whole file keys by the customer's id, and the same person would be counted twice.
    const lines: string[] = [];
    for (let n = 0; n < 6_000; n++) {
      const person = n % 2_000;
      const guest = n % 7 === 0;
      lines.push(JSON.stringify({ id: n, email: `p${person}@example.com`, customer: guest ? null : { id: 9_000 + person, email: `p${person}@example.com` } }));
    }
    const file = scratchFile('orders.jsonl', `${lines.join('\n')}\n`);
    const single = await classifyFile(file, { workers: 1 });
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0 });
    expect(parallel.classification.subjectCount).toBe(single.classification.subjectCount);
  }, 30_000);

  it('reads a file not in UTF-8 as one stream (its ranges could not be decoded apart)', async () => {
    const file = path.join(scratch, 'utf16.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(customersCsv(3_000), 'utf16le')]));

    const { classification } = await classifyFile(file, { workers: 2, parallelFromBytes: 0 });

    expect(classification.recordsScanned).toBe(3_000);
    expect(classification.subjectCount).toBe(900);
    expect(classification.jurisdictions).toEqual(['DE', 'US']);
  }, 30_000);
});

describe('breachclock classify', () => {
  const output: string[] = [];
  const errors: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    output.length = 0;
    errors.length = 0;
  });
  const capture = () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => output.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => errors.push(String(chunk)) > 0);
  };

  it('prints the API\'s Classification with --json', async () => {
    const file = scratchFile('cli.csv', 'customer_id,email,password,date_of_birth\n1,a@example.com,hunter2,2015-01-01\n2,b@example.com,letmein,1980-01-01\n');
    capture();

    const code = await run([file, '--json', '--as-of', '2026-11-20']);

    expect(code).toBe(0);
    const printed = Classification.parse(JSON.parse(output.join('')));
    expect(printed.subjectCount).toBe(2);
    expect(printed.credentials).toEqual({ plain: 2, hashed: 0, tokens: 0 });
    expect(printed.children?.under13).toBe(1);
    expect(output.join('')).not.toContain('hunter2');
  });

  it('prints a summary table, and no values', async () => {
    const file = scratchFile('cli-table.csv', 'customer_id;E-Mail;Land\n1;a@example.com;Deutschland\n');
    capture();

    expect(await run([file])).toBe(0);
    const text = output.join('');
    expect(text).toMatch(/contact\s+1\s+0\.99\s+email \(E-Mail\)/);
    expect(text).toMatch(/DE\s+1\s+contact 1/);
    expect(text).not.toContain('a@example.com');
  });

  it('reads a headerless dump under the column names given with --columns, in one thread and in two', async () => {
    const lines = Array.from({ length: 400 }, (_, n) => `${n}\tAnna${n}\tSchmidt\tanna${n}@example.org\t${n % 2 ? '2015-06-07' : '1980-01-02'}\tDE`);
    const file = scratchFile('outfile.tsv', `${lines.join('\n')}\n`);
    capture();

    expect(await run([file, '--json', '--as-of', '2026-11-20', '--columns', 'customer_id,first_name,last_name,email,birth_date,country'])).toBe(0);
    const printed = Classification.parse(JSON.parse(output.join('')));
    expect(printed.subjectCount).toBe(400);
    expect(printed.recordsScanned).toBe(400);
    expect(printed.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 400], ['identity', 400]]);
    expect(printed.children?.under13).toBe(200);
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, columns: ['customer_id', 'first_name', 'last_name', 'email', 'birth_date', 'country'], asOf: new Date('2026-11-20') });
    expect(parallel.classification.categories).toEqual(printed.categories);
    expect(parallel.classification.recordsScanned).toBe(400);

    expect(await run([file, '--columns', 'a,,b'])).toBe(2);
    expect(await run([file, '--columns', 'a,b', '--header'])).toBe(2);
    // Without them, the summary says the file had no header row and how to name its columns.
    output.length = 0;
    expect(await run([file, '--no-progress'])).toBe(0);
    expect(output.join('')).toMatch(/no header row.*--columns/);
  });

  it('explains usage errors and missing files', async () => {
    capture();
    expect(await run([])).toBe(2);
    expect(await run([path.join(scratch, 'missing.csv')])).toBe(1);
    expect(errors.join('')).toMatch(/does not exist/);
    expect(await run(['--help'])).toBe(0);
  });
});

describe('a file read by two threads (QA round 13-16 fallbacks)', () => {

  it('leaves one file of the worker\'s code in the temporary directory, reused by the next run (not one per run)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'breachclock-bundle-'));
    const temporary = path.join(dir, 'tmp');
    mkdirSync(temporary);
    const file = path.join(dir, 'people.csv');
    writeFileSync(file, `customer_id,email\n${Array.from({ length: 500 }, (_, n) => `${n},p${n}@example.org`).join('\n')}\n`);
    const parallel = pathToFileURL(path.resolve('lambdas/classify/parallel.ts')).href;
    const script = `import { classifyFile } from ${JSON.stringify(parallel)};
      const { classification } = await classifyFile(${JSON.stringify(file)}, { workers: 2, parallelFromBytes: 0, collectEmails: false });
      process.stdout.write(String(classification.subjectCount));`;
    for (let run = 0; run < 2; run++) {
      const printed = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: temporary } });
      expect(String(printed)).toBe('500');
    }
    // (tsx keeps its own cache there too.)
    expect(readdirSync(temporary).filter((name) => name.startsWith('breachclock-'))).toEqual([expect.stringMatching(/^breachclock-worker-[0-9a-f]{16}\.mjs$/)]);
    rmSync(dir, { recursive: true, force: true });
  });
  it('gives the same people as one thread when a blank key falls back to its own email', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'breachclock-parallel-'));
    const rows = Array.from({ length: 3_000 }, (_, n) => {
      const guest = n % 3 === 0;
      return `${guest ? '' : `cus_${n % 700}`},${guest ? `guest${n % 200}@example.org` : `c${n % 700}@example.org`},${n % 50}.00`;
    });
    const file = path.join(dir, 'charges.csv');
    writeFileSync(file, `Customer ID,Customer Email,Amount\n${rows.join('\n')}\n`);
    const one = await classifyFile(file, { workers: 1, collectEmails: false, asOf: new Date('2026-11-20') });
    const two = await classifyFile(file, { workers: 2, parallelFromBytes: 0, collectEmails: false, asOf: new Date('2026-11-20') });
    expect(two.classification.subjectCount).toBe(one.classification.subjectCount);
    expect(one.classification.subjectCount).toBe(700 + 200);
    rmSync(dir, { recursive: true, force: true });
  });
});
