import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { classifyRecordStream } from '../../../lambdas/classify/core.js';
import { classifySource } from '../../../lambdas/classify/stream.js';
import {
  csvColumnNames,
  detectCsvDelimiter,
  firstCsvLine,
  formatOf,
  readRecords,
  sniffEncoding,
} from '../../../lambdas/classify/sources.js';
import { NotFoundError, TransientDependencyError, ValidationError } from '../../../lambdas/shared/errors.js';

/** Categories and people only (the additive confidence fields are tested on their own). */
const countsOf = (classification: { categories: Array<{ category: string; subjects: number }> }) =>
  classification.categories.map(({ category, subjects }) => ({ category, subjects }));

const FIXTURES = fileURLToPath(new URL('../../fixtures/records/', import.meta.url));
const fixture = (name: string) => path.join(FIXTURES, name);

const scratch = mkdtempSync(path.join(tmpdir(), 'breachclock-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

async function collect(records: AsyncIterable<Record<string, unknown>>): Promise<Array<Record<string, unknown>>> {
  const all: Array<Record<string, unknown>> = [];
  for await (const record of records) all.push(record);
  return all;
}

async function failureOf(records: AsyncIterable<Record<string, unknown>>): Promise<Error> {
  try {
    await collect(records);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected reading to fail');
}

const s3Body = (...chunks: string[]) => Readable.from(chunks.map((chunk) => Buffer.from(chunk))) as unknown as GetObjectCommandOutput['Body'];

describe('CSV', () => {
  it('detects the ; delimiter and keeps quoted delimiters, quotes and newlines in fields', async () => {
    const records = await collect(readRecords(fixture('customers-semicolon.csv')));

    expect(records).toHaveLength(4);
    expect(Object.keys(records[0] ?? {})).toEqual(['customer_id', 'Vorname', 'E-Mail', 'Telefon', 'Land', 'notes', 'card_number']);
    expect(records[0]?.notes).toBe('called twice;\nasked about a refund');
    expect(records[1]?.Vorname).toBe('Bob "Bobby"');
    expect(records[3]?.Vorname).toBe('Chloé');
  });

  it('classifies the fixture end to end', async () => {
    const { classification, notificationAddresses } = await classifyRecordStream(readRecords(fixture('customers-semicolon.csv')));

    expect(classification.subjectCount).toBe(3);
    expect(countsOf(classification)).toEqual([
      { category: 'contact', subjects: 3 },
      { category: 'identity', subjects: 3 },
      { category: 'financial', subjects: 1 },
      { category: 'payment-card', subjects: 2 },
    ]);
    expect(classification.jurisdictions).toEqual(['DE', 'FR', 'US']);
    expect(notificationAddresses.map(({ email }) => email)).toEqual(['anna.schmidt@example.com', 'bob@example.org', 'chloe@example.fr']);
  });

  it.each([
    ['comma', 'id,email,note\n1,a@example.com,"x, y"\n', ','],
    ['tab', 'id\temail\tnote\n1\ta@example.com\tx, y; z\n', '\t'],
    ['pipe', 'id|email|note\n1|a@example.com|x, y\n', '|'],
  ])('reads %s-separated files', async (_name, content, delimiter) => {
    const file = scratchFile(`sep-${delimiter.charCodeAt(0)}.csv`, content);

    const records = await collect(readRecords(file));

    expect(records).toEqual([{ id: '1', email: 'a@example.com', note: content.includes('z') ? 'x, y; z' : 'x, y' }]);
  });

  it('strips a byte-order mark, names blank headers and numbers duplicates', async () => {
    const file = scratchFile('bom.csv', '\uFEFFemail;;email\r\na@example.com;x;b@example.com\r\n');

    const records = await collect(readRecords(file));

    expect(records).toEqual([{ email: 'a@example.com', column_2: 'x', email_2: 'b@example.com' }]);
  });

  it('picks the delimiter outside quotes from the header line', () => {
    expect(detectCsvDelimiter('"a,b,c";"d";"e"')).toBe(';');
    expect(detectCsvDelimiter('single')).toBe(',');
    expect(firstCsvLine('"multi\nline";b\nrest')).toBe('"multi\nline";b');
    expect(csvColumnNames([' id ', '', 'id'])).toEqual(['id', 'column_2', 'id_2']);
  });

  it('reports malformed CSV by line, without its content', async () => {
    const file = scratchFile('broken.csv', 'id,note\n1,"secret-value-never-shown\n');

    const error = await failureOf(readRecords(file));

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/not valid CSV/);
    expect(error.message).not.toContain('secret-value-never-shown');
  });
});

describe('JSON Lines', () => {
  it('reads one object per line, skipping blank lines, nested objects intact', async () => {
    const records = await collect(readRecords(fixture('users.jsonl')));

    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ user_id: 1, name: { first: 'Dana', last: 'Lee' }, address: { state: 'TX' } });
  });

  it('classifies the fixture end to end', async () => {
    const { classification } = await classifyRecordStream(readRecords(fixture('users.jsonl')));

    expect(classification.subjectCount).toBe(2);
    expect(countsOf(classification)).toEqual([
      { category: 'contact', subjects: 2 },
      { category: 'identity', subjects: 2 },
      { category: 'government-id', subjects: 1 },
      { category: 'credentials', subjects: 1 },
      { category: 'location', subjects: 1 },
      { category: 'online-identifier', subjects: 1 },
    ]);
    expect(classification.jurisdictions).toEqual(['US', 'US-TX']);
  });

  it('reads .ndjson and gzip-compressed files', async () => {
    const file = scratchFile('users.ndjson.gz', gzipSync('{"email":"a@example.com"}\r\n{"email":"b@example.com"}'));

    expect(await collect(readRecords(file))).toEqual([{ email: 'a@example.com' }, { email: 'b@example.com' }]);
  });

  it('reads a gzip file whatever its name says', async () => {
    const file = scratchFile('export.jsonl', gzipSync('{"email":"a@example.com"}\n{"email":"b@example.com"}\n'));

    expect(await collect(readRecords(file))).toEqual([{ email: 'a@example.com' }, { email: 'b@example.com' }]);
  });

  describe('text encodings', () => {
    // Excel's "Unicode text" (UTF-16LE with a byte-order mark, tabs), the same without a mark,
    // big-endian, and Excel's "CSV" on Western-European Windows (Windows-1252).
    const text = 'name\temail\tcountry\r\nAnna Müller\tanna@example.de\tÖsterreich\r\nJosé Pérez\tjose@example.es\tEspaña\r\n';
    const bigEndian = (le: Buffer): Buffer => Buffer.from(le).swap16();
    it.each([
      ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['UTF-16LE without one', Buffer.from(text, 'utf16le')],
      ['UTF-16BE with a byte-order mark', bigEndian(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))],
      ['Windows-1252', Buffer.from(text, 'latin1')],
      ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ])('reads %s', async (_, bytes) => {
      const file = scratchFile('encoded.csv', bytes);

      expect(await collect(readRecords(file))).toEqual([
        { name: 'Anna Müller', email: 'anna@example.de', country: 'Österreich' },
        { name: 'José Pérez', email: 'jose@example.es', country: 'España' },
      ]);
      const { classification } = await classifySource(file);
      expect(classification.jurisdictions).toEqual(['AT', 'ES']);
    });

    it('tells the encodings apart by their first bytes', () => {
      expect(sniffEncoding(Buffer.from('id,e-mail\n1,a@example.com\n'))).toBe('utf-8');
      expect(sniffEncoding(Buffer.from('Zoë,Ärzte\n'))).toBe('utf-8');
      // A chunk that ends inside a UTF-8 character is still UTF-8.
      expect(sniffEncoding(Buffer.from('Zoë', 'utf8').subarray(0, 3))).toBe('utf-8');
      expect(sniffEncoding(Buffer.from('Zoë,Ärzte\n', 'latin1'))).toBe('windows-1252');
      expect(sniffEncoding(Buffer.from('id,email\n', 'utf16le'))).toBe('utf-16le');
      expect(sniffEncoding(Buffer.from('id,email\n', 'utf16le').swap16())).toBe('utf-16be');
    });
  });

  it('refuses a subject key that no record has, naming the columns there are', async () => {
    const csv = scratchFile('typo.csv', 'customer_id,email\nC-1,a@example.com\n');
    const jsonl = scratchFile('typo.jsonl', '{"customer_id":"C-1","email":"a@example.com"}\n');

    const errors = [
      await classifySource(csv, { subjectKey: 'emial' }).catch((e: unknown) => e), // CSV: at the header
      await classifyRecordStream(readRecords(jsonl), { subjectKey: 'emial' }).catch((e: unknown) => e), // JSON: at the end
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toBe('The subject key column "emial" is in none of the records (their columns: customer_id, email)');
    }
  });

  it('names the bad line without echoing it', async () => {
    const file = scratchFile('bad.jsonl', '{"email":"a@example.com"}\n{"email": "leak@example.com"\n');

    const error = await failureOf(readRecords(file));

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/line 2 is not valid JSON/);
    expect(error.message).not.toContain('leak@example.com');
  });

  it('rejects lines that are not objects', async () => {
    const file = scratchFile('array-line.jsonl', '[1,2]\n');

    expect(await failureOf(readRecords(file))).toBeInstanceOf(ValidationError);
  });
});

describe('JSON array', () => {
  it('reads an array of objects', async () => {
    const records = await collect(readRecords(fixture('patients.json')));

    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ patient_id: 'P-17', diagnosis: 'E11.9' });
  });

  it('classifies the fixture end to end', async () => {
    const { classification } = await classifyRecordStream(readRecords(fixture('patients.json')));

    expect(classification.subjectCount).toBe(2);
    expect(countsOf(classification)).toEqual([
      { category: 'identity', subjects: 2 },
      { category: 'health', subjects: 2 },
    ]);
    expect(classification.jurisdictions).toEqual(['US', 'US-CA']);
    expect(classification.evidence).toContainEqual(expect.objectContaining({ category: 'health', detector: 'icd10-code', columns: ['diagnosis'] }));
  });

  it('rejects a document that is not an array of objects', async () => {
    expect(await failureOf(readRecords(scratchFile('object.json', '{"email":"a@example.com"}')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('mixed.json', '[{"a":1}, 2]')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('broken.json', '[{"a":')))).toBeInstanceOf(ValidationError);
  });

  it('streams the array item by item, across chunk boundaries, strings holding brackets and escapes', async () => {
    const text = '[ {"note": "a ] b, \\"c\\" {", "email": "a@example.com"} ,\n {"list": [1, {"x": "]"}], "email": "b@example.com"} ]';
    const file = scratchFile('tricky.json.gz', gzipSync(text));

    const records = await collect(readRecords(file));

    expect(records).toEqual([
      { note: 'a ] b, "c" {', email: 'a@example.com' },
      { list: [1, { x: ']' }], email: 'b@example.com' },
    ]);
  });
});

describe('locating sources', () => {
  it('takes the format from the extension', () => {
    expect(formatOf('s3://bucket/exports/users.JSONL')).toEqual({ format: 'jsonl', gzip: false });
    expect(formatOf('/data/export.csv.gz')).toEqual({ format: 'csv', gzip: true });
    expect(() => formatOf('/data/export.xlsx')).toThrow(ValidationError);
  });

  it('reports a missing file as not found', async () => {
    expect(await failureOf(readRecords(path.join(scratch, 'missing.csv')))).toBeInstanceOf(NotFoundError);
  });

  it('refuses a path outside the allowed directory', async () => {
    const error = await failureOf(readRecords('/etc/passwd.csv', { baseDir: scratch }));

    expect(error).toBeInstanceOf(ValidationError);
  });

  it('reads a file inside the allowed directory, also as a file:// URL', async () => {
    const file = scratchFile('inside.jsonl', '{"email":"a@example.com"}\n');

    expect(await collect(readRecords(`file://${file}`, { baseDir: scratch }))).toHaveLength(1);
  });

  it('rejects a malformed s3 address', async () => {
    expect(await failureOf(readRecords('s3://Bad_Bucket/x.csv'))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords('s3://bucket/'))).toBeInstanceOf(ValidationError);
  });
});

describe('S3', () => {
  const client = new S3Client({ region: 'eu-west-1' });
  const s3 = mockClient(client);
  afterEach(() => s3.reset());

  it('streams the object named by s3://bucket/key', async () => {
    // Prepare
    s3.on(GetObjectCommand).resolves({ Body: s3Body('id;email\n1;a@example', '.com\n2;b@example.com\n'), ContentLength: 43 });

    // Act
    const records = await collect(readRecords('s3://breach-exports/2026/users.csv', { s3: client }));

    // Assess
    expect(records).toEqual([{ id: '1', email: 'a@example.com' }, { id: '2', email: 'b@example.com' }]);
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'breach-exports', Key: '2026/users.csv' });
  });

  it.each([
    [{ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }, NotFoundError],
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, ValidationError],
    [{ name: 'SlowDown', $metadata: { httpStatusCode: 503 } }, TransientDependencyError],
    [{ name: 'InternalError', $metadata: { httpStatusCode: 500 } }, TransientDependencyError],
    [{ name: 'TimeoutError' }, TransientDependencyError],
  ])('maps %o onto the error taxonomy', async (failure, expected) => {
    s3.on(GetObjectCommand).rejects(Object.assign(new Error(failure.name), failure));

    expect(await failureOf(readRecords('s3://breach-exports/users.jsonl', { s3: client }))).toBeInstanceOf(expected);
  });

  it('treats a connection dropped mid-stream as transient', async () => {
    async function* dropping() {
      yield Buffer.from('{"email":"a@example.com"}\n');
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    s3.on(GetObjectCommand).resolves({ Body: Readable.from(dropping()) as unknown as GetObjectCommandOutput['Body'] });

    expect(await failureOf(readRecords('s3://breach-exports/users.jsonl', { s3: client }))).toBeInstanceOf(TransientDependencyError);
  });

  it('streams a JSON array from S3 whatever its declared size', async () => {
    s3.on(GetObjectCommand).resolves({ Body: s3Body('[{"email":', '"a@example.com"}', ']'), ContentLength: 200 * 1024 * 1024 });

    expect(await collect(readRecords('s3://breach-exports/users.json', { s3: client }))).toEqual([{ email: 'a@example.com' }]);
  });
});
