import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
import { csvColumnNames, detectCsvDelimiter, firstCsvLine } from '../../../lambdas/classify/csv.js';
import { JsonObjectsScanner } from '../../../lambdas/classify/json.js';
import { sniffEncoding } from '../../../lambdas/classify/encodings.js';
import { formatOf, inspectCsv, readRecords } from '../../../lambdas/classify/sources.js';
import { MAX_RECORD_BYTES } from '../../../lambdas/classify/table.js';
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

  it('reports malformed CSV by line, without its content: a quote left open for many lines is no cut', async () => {
    const file = scratchFile('broken.csv', `id,note\n1,"secret-value-never-shown\n${'2,x\n'.repeat(30)}`);

    const error = await failureOf(readRecords(file));

    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/not valid CSV/);
    expect(error.message).not.toContain('secret-value-never-shown');
  });

  it.each([
    ['a dollar sign', 'Email,Last Name,Religion,Amount ($)\n', ['Email', 'Last Name', 'Religion', 'Amount ($)']],
    ['brackets (Google Workspace)', 'First Name [Required],Last Name [Required],Email Address [Required]\n', ['First Name [Required]', 'Last Name [Required]', 'Email Address [Required]']],
    ['a quoted comma', '"Name, last",Religion,Amount\n', ['Name, last', 'Religion', 'Amount']],
  ])('reads a header row whose names hold %s', async (_, header, names) => {
    const file = scratchFile('punctuated-header.csv', `${header}a@example.com,Smith,Catholic,7.00\nb@example.com,Jones,Jewish,14.00\n`);

    const records = await collect(readRecords(file));

    expect(records).toHaveLength(2);
    expect(Object.keys(records[0] ?? {}).slice(0, names.length)).toEqual(names);
  });

  it('reads the header of a French Excel export (Windows-1252, °, apostrophes, €)', async () => {
    const text = "N° adhérent;Nom;Prénom;Date d'adhésion;Cotisation annuelle (€)\r\nA20000;Faure;Hélène;18/01/2023;141,00\r\nA20001;Roux;Léa;02/03/2021;98,50\r\n";
    // Windows-1252 is Latin-1 but for 0x80-0x9f, where € is 0x80.
    const file = scratchFile('adherents.csv', Buffer.from(text.replace('€', '\x80'), 'latin1'));

    const records = await collect(readRecords(file));

    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({ 'N° adhérent': 'A20001', Nom: 'Roux', Prénom: 'Léa', "Date d'adhésion": '02/03/2021', 'Cotisation annuelle (€)': '98,50' });
  });

  it.each([
    ['sep=;', ';'],
    ['"sep=;"', ';'],
    ['sep=|', '|'],
    ['sep=\t', '\t'],
  ])('takes the delimiter from an Excel "%s" first line, which is neither header nor data', async (line, delimiter) => {
    // Commas in the values would win the detection without the sep= line.
    const rows = [['E-Mail', 'Betrag', 'Notiz'], ['a@example.com', '1,50', 'a, b, c'], ['b@example.com', '2,75', 'd, e, f']];
    const file = scratchFile('sepline.csv', `${line}\r\n${rows.map((row) => row.join(delimiter)).join('\r\n')}\r\n`);

    const records = await collect(readRecords(file));

    expect(records).toEqual([
      { 'E-Mail': 'a@example.com', Betrag: '1,50', Notiz: 'a, b, c' },
      { 'E-Mail': 'b@example.com', Betrag: '2,75', Notiz: 'd, e, f' },
    ]);
  });

  it('skips a title and blank lines above the header, as Excel reports have them, in the stream and in the parallel reader', async () => {
    const text = 'Customer Report - generated 2026-11-18,,,\r\n,,,\r\nCustomer Name,Email,Country,Amount\r\nPierre Lefevre,pierre@example.fr,France,120.50\r\nTotal,,,120.50\r\n';
    const file = scratchFile('report.csv', text);

    expect(await collect(readRecords(file))).toEqual([
      { 'Customer Name': 'Pierre Lefevre', Email: 'pierre@example.fr', Country: 'France', Amount: '120.50' },
      { 'Customer Name': 'Total', Email: '', Country: '', Amount: '120.50' },
    ]);
    const head = await inspectCsv(file);
    expect(head.names).toEqual(['Customer Name', 'Email', 'Country', 'Amount']);
    expect(text.slice(head.bodyStart)).toMatch(/^Pierre Lefevre/);
    // The totals row is no one; MySQL's \N is no value.
    const { classification } = await classifySource(file, { collectEmails: false });
    expect(classification.subjectCount).toBe(1);
    const nulls = scratchFile('outfile.csv', 'id,first_name,email\n1,Ada,ada@example.com\n2,\\N,\\N\n');
    expect((await classifySource(nulls, { collectEmails: false })).classification.subjectCount).toBe(1);
  });

  it('skips a group row of people\'s words over a header that names every column (QA round 56)', async () => {
    const file = scratchFile('trip.csv', 'Pupil,,,Parent/Carer,,Medical\nChild name,Child DOB,Postcode,Parent name,Parent phone,Allergies / medical\nHarry King,28/11/2017,LS11 1TX,Charlie King,07502 867564,asthma\n');
    expect((await inspectCsv(file)).names).toEqual(['Child name', 'Child DOB', 'Postcode', 'Parent name', 'Parent phone', 'Allergies / medical']);
    const { classification } = await classifySource(file, { collectEmails: false, asOf: new Date('2026-11-24T00:00:00Z') });
    expect(classification.children).toMatchObject({ under13: 1 });
  });

  it('skips a title line of a few cells above a wider header, but not a header over wider rows', async () => {
    const titled = scratchFile('titled.csv', 'Customer export,generated 2026-11-20,confidential\nname,email,country,date_of_birth\nAnna Schmidt,anna@example.org,DE,1980-01-02\n');
    expect(await collect(readRecords(titled))).toEqual([{ name: 'Anna Schmidt', email: 'anna@example.org', country: 'DE', date_of_birth: '1980-01-02' }]);
    expect((await inspectCsv(titled)).names).toEqual(['name', 'email', 'country', 'date_of_birth']);
    const even = scratchFile('even.csv', 'Customer export,generated 2026-11-20,confidential\nname,email,country\nTara Thiel,tara@example.org,DE\n');
    expect((await inspectCsv(even)).names).toEqual(['name', 'email', 'country']);
    const narrow = scratchFile('narrow.csv', 'name,email\nAnna Schmidt,anna@example.org,DE\nBob Stone,bob@example.org,US\n');
    expect((await inspectCsv(narrow)).names).toEqual(['name', 'email', 'column_3']); // a header, its extra column named by position
    const notes = scratchFile('notes.csv', 'employee_id,name,department,manager_notes\nE100,Anna Kohl,Oncology,On sick leave since March\n');
    expect((await inspectCsv(notes)).names).toEqual(['employee_id', 'name', 'department', 'manager_notes']);
    // A report's title, its name, a run date and a blank line over the header (QA round 103: read headerless, its states lost).
    const report = scratchFile('billing.csv', ['City of Springfield - Utility Billing', 'Customer Account Listing', 'Run Date: 11/20/2026 08:14 AM,,User: JMARTINEZ', '',
      'Account No,Customer Name,Service State,Service Zip,Email', '01-4000-01,"CAMPBELL, NICOLE K",IL,62704,nicole.campbell@example.org', ''].join('\r\n'));
    expect((await inspectCsv(report)).names).toEqual(['Account No', 'Customer Name', 'Service State', 'Service Zip', 'Email']);
    expect(await collect(readRecords(report))).toEqual([{ 'Account No': '01-4000-01', 'Customer Name': 'CAMPBELL, NICOLE K', 'Service State': 'IL', 'Service Zip': '62704', Email: 'nicole.campbell@example.org' }]);
  });

  it('reads a sep= line with --no-header as no row at all', async () => {
    const file = scratchFile('sepline-noheader.csv', 'sep=;\na@example.com;x\nb@example.com;y\n');

    expect(await collect(readRecords(file, { header: false }))).toEqual([
      { column_1: 'a@example.com', column_2: 'x' },
      { column_1: 'b@example.com', column_2: 'y' },
    ]);
  });
});

describe('delimited text files (.txt, .tab, .dat)', () => {
  it('reads a MySQL SELECT INTO OUTFILE dump named .txt: tabs, no header', async () => {
    const file = scratchFile('wp_users.txt', '1\tsjackson\tsj@example.com\t\\N\n2\teking\tek@example.com\t\\N\n');

    const records = await collect(readRecords(file));

    expect(records).toEqual([
      { column_1: '1', column_2: 'sjackson', column_3: 'sj@example.com', column_4: '\\N' },
      { column_1: '2', column_2: 'eking', column_3: 'ek@example.com', column_4: '\\N' },
    ]);
  });

  it('reads a combo list (email:password) named .txt by its delimiter', async () => {
    const file = scratchFile('combo.txt', 'a@example.com:pw-one\nb@example.com:pw-two\nc@example.com:pw-three\n');

    const records = await collect(readRecords(file));

    expect(records).toHaveLength(3);
    expect(records[0]).toEqual({ email: 'a@example.com', password: 'pw-one' });
    // Its secrets are passwords: plain ones are told from hashes.
    const { classification } = await classifySource(file);
    expect(classification.credentials).toMatchObject({ plain: 3, hashed: 0 });
  });

  it('reads combo lists with logins and pipes, and infostealer logs (url:login:password), a hash first included', async () => {
    const combo = scratchFile('combo-pipe.txt', 'kofi29|04148af1144a64173b3d50b76d7568c24276410b\nanna@example.com|Summer2023!\nbluefox254|qwerty123\nbob@example.org|Liverpool1\n');
    const records = await collect(readRecords(combo));
    // The first line is a login and its hash, not a header: no value becomes a column's name.
    expect(records).toHaveLength(4);
    expect(Object.keys(records[0] ?? {})).toEqual(['username', 'password']);
    expect((await classifySource(combo)).classification.credentials).toMatchObject({ plain: 3, hashed: 1 });
    const stealer = scratchFile('ulp.txt', 'https://www.example.com/login:anna@example.com:Summer2023!\nhttps://shop.example.org/signin:bluefox254:qwerty123\nandroid://app.example:anna@example.com:Liverpool1\n');
    const { classification } = await classifySource(stealer);
    expect(classification.subjectCount).toBe(2);
    expect(classification.credentials).toMatchObject({ plain: 2 });
  });

  it('cuts a combo list\'s lines at their first separator, a stealer\'s URL after its port, and a salted hash from its salt, quotes and all (QA round 82)', async () => {
    const emails = Array.from({ length: 29 }, (_, n) => `user${n}@example.com:Secret${n}!x`);
    // One password holds the separator: the list is still one, and that password whole.
    const combo = scratchFile('combo.txt', [...emails, 'zoe@example.com:Sum:mer2024!'].join('\n'));
    const records = await collect(readRecords(combo));
    expect(records.at(-1)).toEqual({ email: 'zoe@example.com', password: 'Sum:mer2024!' });
    expect((await classifySource(combo)).classification).toMatchObject({ subjectCount: 30, credentials: { plain: 30 } });
    const stealer = scratchFile('stealer.txt', [...Array.from({ length: 19 }, (_, n) => `https://site${n}.example.com/login:user${n}@example.com:Pw${n}!secret`),
      'https://192.168.1.1:8080/login:anna@example.com:Router:pw1', 'http://localhost:3000/admin/login:dev@example.com:devpass9'].join('\n'));
    expect((await collect(readRecords(stealer))).slice(-2)).toEqual([
      { url: 'https://192.168.1.1:8080/login', username: 'anna@example.com', password: 'Router:pw1' },
      { url: 'http://localhost:3000/admin/login', username: 'dev@example.com', password: 'devpass9' },
    ]);
    expect((await classifySource(stealer)).classification).toMatchObject({ subjectCount: 21, credentials: { plain: 21 } });
    // vBulletin's md5(md5(password) + salt) and its three-character salt, which may hold a quote or the separator.
    const salts = ['k9#', 'a"b', '"x:', 'Q1!'];
    const salted = scratchFile('vb.txt', Array.from({ length: 20 }, (_, n) => `member${n}@example.com:${n.toString(16).padStart(2, '0')}${'5f4dcc3b5aa765d61d8327deb882cf'}:${salts[n % 4]}`).join('\n'));
    expect((await collect(readRecords(salted)))[2]).toEqual({ email: 'member2@example.com', password: '025f4dcc3b5aa765d61d8327deb882cf', salt: '"x:' });
    expect((await classifySource(salted)).classification).toMatchObject({ subjectCount: 20, credentials: { hashed: 20, plain: 0 } });
  });

  it('reads a combo list of logins without emails, and a domain controller\'s hashes as secretsdump saves them (QA round 46)', async () => {
    const logins = scratchFile('logins.txt', 'anna.schmidt0:Liverpool29!\nj.smith1:Qwerty93!\nmkowalski2:dragon19\ntanaka.h3:monkey56\npierre.dubois4:sunshine74\n');
    expect((await classifySource(logins)).classification).toMatchObject({ subjectCount: 5, credentials: { plain: 5 } });
    // A key:value list is none: its values are not passwords (a host, a port, a word).
    const settings = scratchFile('settings.txt', 'host:db1.internal\nport:5432\nuser:app\nmode:readonly\ntimeout:30s\n');
    expect((await classifySource(settings)).classification.credentials ?? { plain: 0 }).toMatchObject({ plain: 0 });
    // impacket's banner and status lines around DOMAIN\\user:rid:lmhash:nthash::: lines; computers', services' and Windows' own accounts are no one.
    const lm = 'aad3b435b51404eeaad3b435b51404ee';
    const dump = scratchFile('dc01.txt', [
      'Impacket v0.11.0 - Copyright 2023 Fortra', '', '[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)', '[*] Searching for pekList, be patient',
      `Administrator:500:${lm}:a9dd68ee35eceb3bd92ba6bc4ed5e3c7:::`, `krbtgt:502:${lm}:9be36e096d2f12d8c76e2de80791b71a:::`,
      `ACME.LOCAL\\anna.berg:1104:${lm}:5c086107736d62eab7773e60f6a8aa24:::`, `ACME.LOCAL\\tom.lee:1105:${lm}:670d598e37c8614ec6e0df7b338423d4:::`,
      `ACME.LOCAL\\WS001$:2001:${lm}:df22d39dfec8040cc82f441a7e11403f:::`, `ACME.LOCAL\\svc_backup:1300:${lm}:0407c0f75e85ea46da586e4b815af61c:::`, '[*] Kerberos keys from ntds.dit', '[*] Cleaning up...', '',
    ].join('\n'));
    expect((await classifySource(dump)).classification).toMatchObject({ subjectCount: 2, credentials: { hashed: 2, plain: 0 } });
  });

  it('reads a Keycloak realm\'s users whatever the order of its keys, and a password policy as no one\'s (QA round 46)', async () => {
    const users = [1, 2, 3].map((n) => ({ username: `user${n}`, email: `user${n}@example.org`, firstName: 'Anna', credentials: [{ type: 'password', secretData: `{"value":"${'x'.repeat(43)}${n}=","salt":"c2FsdA=="}`, credentialData: '{"hashIterations":27500,"algorithm":"pbkdf2-sha256"}' }] }));
    const serviceAccount = { username: 'service-account-billing-api', serviceAccountClientId: 'billing-api' };
    // Sorted keys (jq -S): the OAuth clients come first; they are no people, and their service account is no one either.
    const realm = scratchFile('realm.json', JSON.stringify({ clients: [{ clientId: 'billing-api', secret: 'djAOCPXUg4lIWTL1sazvUppfIjoFSE1q' }], realm: 'acme', users: [...users, serviceAccount] }));
    expect((await classifySource(realm)).classification.subjectCount).toBe(3);
    const policy = scratchFile('policy.json', JSON.stringify({ password: { minLength: 12, bannedPasswords: ['password', '123456', 'qwerty'] }, session: { cookieName: '__Host-sid', idleTimeoutMinutes: 30 } }));
    expect((await classifySource(policy)).classification.subjectCount).toBe(0);
  });

  it('reads a GeoJSON layer\'s features with their points, an ad exchange\'s devices, a ride\'s driver (QA round 48)', async () => {
    // GDAL writes the layer's "name" beside its features: no record of its own. A Point is [longitude, latitude].
    const feature = (id: string, name: string, email: string) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [4.904139, 52.367573] }, properties: { customer_id: id, name, email, country: 'NL' } });
    const layer = scratchFile('customers.geojson', JSON.stringify({ type: 'FeatureCollection', name: 'customers', features: [feature('C1', 'Daan de Jong', 'daan@example.org'), feature('C2', 'Emma Visser', 'emma@example.org')] }));
    const geo = (await classifySource(layer)).classification;
    expect(geo).toMatchObject({ subjectCount: 2, jurisdictions: ['NL'] });
    expect(geo.categories.map((c) => c.category)).toEqual(expect.arrayContaining(['contact', 'identity', 'location']));
    // OpenRTB bid requests name no one but their device (device.ifa): one device, one person, whatever the request's id.
    const bid = (id: string, ifa: string) => JSON.stringify({ id, device: { ifa, ip: '73.12.34.56', geo: { lat: 37.774912, lon: -122.419415, country: 'USA', region: 'CA' } } });
    const bids = scratchFile('bids.jsonl', `${[bid('b1', '6D92078A-8246-4BA4-AE5B-76104861E7DC'), bid('b2', '6D92078A-8246-4BA4-AE5B-76104861E7DC'), bid('b3', '0B4C2A58-1B7F-4E0F-9C9A-3F1E2D4C5B6A')].join('\n')}\n`);
    expect((await classifySource(bids)).classification.subjectCount).toBe(2);
    // A trip names its rider and its driver: two people (a driver of two trips once).
    const trips = scratchFile('trips.csv', 'trip_id,rider_id,rider_name,rider_email,driver_id,driver_name,driver_phone\nT1,R1,Mary Johnson,mary@example.org,D1,Robert Smith,+14155870231\nT2,R2,Linda Brown,linda@example.org,D1,Robert Smith,+14155870231\n');
    expect((await classifySource(trips)).classification.subjectCount).toBe(3);
    // A chain's store locator: its branches by their numbers are no people.
    const store = (n: number, city: string) => ({ store_id: `ST${n}`, name: `Bean & Leaf Coffee - ${city} #${n}`, phone: `+1305662019${n}`, email: `store${n}@beanandleaf.example`, latitude: 25.761681, longitude: -80.191788, state: 'FL' });
    const locator = scratchFile('stores.json', JSON.stringify({ stores: [store(1, 'Miami'), store(2, 'Tampa')] }));
    expect((await classifySource(locator)).classification.subjectCount).toBe(0);
    // A kids' smartwatch: the child's ZIP places them in their state when their parents' numbers are American (20 records make an export a US one).
    const watch = Array.from({ length: 20 }, (_, n) => JSON.stringify({ watch_imei: '353325101234569', child_name: `Emily Garcia${n}`, child_dob: '2016-05-02', parent_name: `Maria Garcia${n}`, parent_email: `maria${n}@example.org`, parent_phone: '+14155230877', zip: n % 2 ? '94103' : '78701' }));
    const kids = (await classifySource(scratchFile('watch.jsonl', `${watch.join('\n')}\n`))).classification;
    expect(kids.children?.under13).toBe(20);
    expect(kids.jurisdictionCounts?.find((j) => j.jurisdiction === 'US-CA')?.subjects).toBeGreaterThanOrEqual(10);
    // Counts per map cell are no one's.
    const heatmap = scratchFile('heatmap.csv', 'geohash7,hour,device_count\nu173zq8,2026-10-01T08:00:00Z,412\nu173zq9,2026-10-01T08:00:00Z,57\n');
    expect((await classifySource(heatmap)).classification.subjectCount).toBe(0);
  });

  it('names no column "password" in other two-column files without a header', async () => {
    const names = async (content: string) => Object.keys((await collect(readRecords(scratchFile('two.txt', content))))[0] ?? {});
    // The second column is named for what its values are (see unnamed.ts), not "password".
    expect(await names('a@example.com;Anna Schmidt\nb@example.com;Bob Ray\nc@example.com;Chloé Dupont\n')).toEqual(['column_1', 'column_2 [name]']);
    expect(await names('a@example.com:Anna Schmidt\nb@example.com:Bob Ray\nc@example.com:Chloé Dupont\n')).toEqual(['column_1', 'column_2 [name]']);
    // Hosts and ports, keys and counts are no logins and passwords.
    expect(await names('db1.example.com:5432\ndb2.example.com:5433\nanna@example.com:25\n')).not.toContain('password');
    expect(await names('apples;12\npears;7\nplums;3\n')).not.toContain('password');
  });

  it('reads Excel "Unicode text" (UTF-16LE, tabs) named .txt', async () => {
    const text = 'name\temail\r\nAnna Müller\tanna@example.de\r\n';
    const file = scratchFile('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

    expect(await collect(readRecords(file))).toEqual([{ name: 'Anna Müller', email: 'anna@example.de' }]);
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

    // Excel's "CSV" on Japanese, Korean, simplified and traditional Chinese Windows (as Python encodes them).
    it.each([
      ['shift_jis', '8e8196bc2c8374838a834b83692c8381815b838b0d0a8e5293632091be98592c8384837d835f20835e838d83452c7461726f406578616d706c652e6a700d0a8db293a12089d48e712c83548367834520836e836983522c68616e616b6f406578616d706c652e6a700d0a', '山田 太郎'],
      // Names and addresses in kanji, hardly a kana (QA round 101: a clinic's patient list read as Windows-1252).
      ['shift_jis', '8ab38ed294d48d862c8e8196bc2c8f5a8f8a2c956196bc0d0a3030303030312c8fac97d1814090bd2c966b8a4393b98e4496798e739286899b8be6966b318ff090bc32929a96da2c967b91d490ab8d828c8c88b38fc70d0a3030303030322c97e996d8814097b22c88a4926d8ca796bc8cc389ae8e7392868be68968332d352d312c957396b08fc70d0a3030303030332c8d828bb4814096be2c91e58de3957b91e58de38e73966b8be6947e9363312d312d332c939c944195610d0a', '小林　誠'],
      ['euc-kr', 'c0ccb8a72cc1d6bcd22cc8deb4ebc6f90d0ab1e8b9cec1d82cbcadbfefc6afbab0bdc320b0adb3b2b1b82c3031302d313233342d353637380d0ac0ccbcadbfac2cbacebbeab1a4bfaabdc320c7d8bfeeb4ebb1b82c3031302d393837362d353433320d0a', '김민준'],
      ['gb18030', 'd0d5c3fb2cb5d8d6b72ccad6bbfabac5c2eb0d0ad5c5ceb02cd5e3bdadcaa1babcd6ddcad0cef7bafec7f82c31333831323334353637380d0acdf5b7bc2cb1b1bea9cad0b3afd1f4c7f82c31333938373635343332310d0a', '张伟'],
      ['big5', 'a96da6572ca661a77d2ca6e6b0cab971b8dc0d0ab3afa9c9a7672ca578a55fa5aba46aa677b0cf2c303931322d3334352d3637380d0aaa4ca7d3a9fa2cb0aab6afa5abab65c2edb0cf2c303933332d3232322d3131310d0a', '陳怡君'],
      // And on Arabic and Hebrew Windows (Windows-1256, Windows-1255).
      ['windows-1256', 'c7e1c7d3e32cd1dee320c7e1e5e6edc92cc7e1cce6c7e10d0ae3cde3cf20c7e1dacaedc8ed2c313031323334353637382c303530313233343536370d0adac8cfc7e1e1e520c7e1decdd8c7e4ed2c313032333435363738392c303535393837363534330d0ae4e6d1c920c7e1d4e3d1ed2c313033343536373839302c303534313131323233330d0a', 'محمد العتيبي'],
      ['windows-1255', 'f9ed20f4f8e8e92cf9ed20eef9f4e7e42ce8ecf4e5ef0d0ae9e5f1e92cebe4ef2c3035302d313233343536370d0aeee9ebec2cece5e92c3035322d373635343332310d0ae3f0e9e0ec2ceee6f8e7e92c3035342d313131323233330d0a', 'יוסי'],
    ])('reads an East Asian, Arabic or Hebrew Excel export: %s', async (encoding, hex, name) => {
      const bytes = Buffer.from(hex, 'hex');
      expect(sniffEncoding(bytes)).toBe(encoding);
      expect(Object.values((await collect(readRecords(scratchFile('encoded.csv', bytes))))[0] ?? {})).toContain(name);
    });

    it('tells UTF-8 from a chunk cut inside a character, whatever came before it (Chinese: three bytes each)', () => {
      const text = Buffer.from('姓名,地址\n张伟,浙江省杭州市西湖区\nΕπώνυμο,Όνομα\n', 'utf8');
      for (let cut = 1; cut <= text.length; cut++) expect(sniffEncoding(text.subarray(0, cut))).toBe('utf-8');
    });

    // Excel's "CSV" on Greek Windows (Windows-1253), the same in ISO-8859-7 (their Ά differs: 0xA2, 0xB6), and on Cyrillic
    // Windows (Windows-1251); written byte by byte, as Node has no encoder for them.
    const greekText = 'Επώνυμο;Όνομα;Email;Πόλη\r\nΠαπαδοπούλου;Άννα;anna@example.gr;Αθήνα\r\nΚυριακίδου;Ελένη;eleni@example.gr;Θεσσαλονίκη\r\n';
    const greek = (text: string, alpha: number): Buffer => Buffer.from([...text].map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code < 0x80 ? code : code === 0x386 ? alpha : code - 0x2d0;
    }));
    const cyrillicText = 'Фамилия;Имя;Email;Город\r\nИванова;Анна;anna@example.ru;Москва\r\nПетров;Олег;oleg@example.ru;Новосибирск\r\n';
    const cyrillic = (text: string): Buffer => Buffer.from([...text].map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code < 0x80 ? code : code - 0x350;
    }));
    it.each([
      ['Windows-1253', greek(greekText, 0xa2), 'windows-1253', greekText],
      ['ISO-8859-7', greek(greekText, 0xb6), 'iso-8859-7', greekText],
      ['Windows-1251', cyrillic(cyrillicText), 'windows-1251', cyrillicText],
    ])('reads Greek and Cyrillic Excel exports: %s', async (_, bytes, encoding, text) => {
      expect(sniffEncoding(bytes)).toBe(encoding);
      const rows = text.trim().split('\r\n').map((line) => line.split(';'));
      const expected = rows.slice(1).map((row) => Object.fromEntries(row.map((value, index) => [rows[0]?.[index] ?? '', value])));
      expect(await collect(readRecords(scratchFile('encoded.csv', bytes)))).toEqual(expected);
      // Western-European text keeps its few accented letters apart: still Windows-1252.
      expect(sniffEncoding(Buffer.from('Nom;Prénom;Ville\r\nLefèvre;Hélène;Orléans\r\nMüller;Jürgen;Düsseldorf\r\nSão João;Conceição;Açores\r\n'.repeat(3), 'latin1'))).toBe('windows-1252');
    });
  });

  it("reads Excel's CSV on Polish Windows (Windows-1250), not as Western European text; a unit's m³ and a Spanish ¿ stay Windows-1252", async () => {
    // QA round 104: Comarch Optima's "Imię ojca" read as "Imiê ojca", its people's names garbled.
    const polish = 'Nazwisko;Imię;Imię ojca;Miejscowość\r\nWiśniewski;Michał;Łukasz;Łódź\r\nLewandowska;Joanna;Paweł;Gdańsk\r\n';
    const table: Record<string, number> = { ę: 0xea, ś: 0x9c, ł: 0xb3, Ł: 0xa3, ó: 0xf3, ź: 0x9f, ń: 0xf1, ć: 0xe6 };
    const encoded = Buffer.from([...polish].map((char) => table[char] ?? char.charCodeAt(0)));
    expect(sniffEncoding(encoded)).toBe('windows-1250');
    expect((await collect(readRecords(scratchFile('optima.csv', encoded))))[0]).toEqual({ Nazwisko: 'Wiśniewski', 'Imię': 'Michał', 'Imię ojca': 'Łukasz', 'Miejscowość': 'Łódź' });
    expect(sniffEncoding(Buffer.from('Name;Verbrauch m³;Zähler\r\nMüller;12 m³;Straße 1\r\nKöhler;13 m³;Gärten\r\n', 'latin1'))).toBe('windows-1252');
    expect(sniffEncoding(Buffer.from('Nombre;Pregunta\r\nJosé;¿Qué tal?\r\nMaría;¿Dónde?\r\n', 'latin1'))).toBe('windows-1252');
  });

  it("reads an e-discovery load file (Concordance's and Relativity's .dat: fields quoted with þ, separated by DC4) as its fields", async () => {
    // QA round 106: the þ quotes were kept, the columns named "þFROMþ", the names and the mail export unread.
    const field = (values: string[]): string => values.map((value) => `\u00FE${value}\u00FE`).join('\u0014');
    const dat = `\uFEFF${field(['BEGBATES', 'FROM', 'TO', 'SUBJECT'])}\r\n${field(['NWL0000001', 'Samuel Meyer <samuel.meyer@example.com>', 'Oliver Murphy <oliver.murphy@example.com>; Aaron Gordon <aaron.gordon@example.com>', 'FW: "Invoice" 44821®second line'])}\r\n`;
    expect(await collect(readRecords(scratchFile('export.dat', dat)))).toEqual([{ BEGBATES: 'NWL0000001', FROM: 'Samuel Meyer <samuel.meyer@example.com>',
      TO: 'Oliver Murphy <oliver.murphy@example.com>; Aaron Gordon <aaron.gordon@example.com>', SUBJECT: 'FW: "Invoice" 44821\nsecond line' }]);
    const { classification } = await classifySource(scratchFile('export2.dat', dat), { collectEmails: false });
    expect(classification.subjectCount).toBe(3);
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

  it('names the first bad line without echoing it when more lines are bad than good: no JSON Lines', async () => {
    const file = scratchFile('bad.jsonl', '{"email":"a@example.com"}\n{"email": "leak@example.com"\nat leak@example.com\n');

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

  it('rejects a document that is not records', async () => {
    expect(await failureOf(readRecords(scratchFile('string.json', '"a@example.com"')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('empty.json', ' \n')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('mixed.json', '[{"a":1}, 2]')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('broken.json', '[{"a":')))).toBeInstanceOf(ValidationError);
    expect(await failureOf(readRecords(scratchFile('broken-object.json', '{"a":')))).toBeInstanceOf(ValidationError);
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

describe('JSON documents (.json) by their content', () => {
  const ticket = (n: number) => ({ id: n, requester: { name: `Req ${n}`, email: `r${n}@example.com` }, description: 'text' });

  it('reads JSON Lines named .json (mongoexport), blank lines and CRLF included', async () => {
    const lines = [
      '{"_id":{"$oid":"e6f7cb15617a66015c8bed7b"},"email":"a@example.com","dateOfBirth":{"$date":{"$numberLong":"1410739200000"}}}',
      '',
      '{"_id":{"$oid":"e6f7cb15617a66015c8bed7c"},"email":"b@example.com","tags":[{"x":1}]}',
    ];
    const file = scratchFile('members.json', `${lines.join('\r\n')}\r\n`);

    const records = await collect(readRecords(file));

    expect(records).toEqual([JSON.parse(lines[0] ?? ''), JSON.parse(lines[2] ?? '')]);
  });

  it('reads concatenated pretty-printed objects (mongoexport --pretty)', async () => {
    const file = scratchFile('pretty.json', `${JSON.stringify({ email: 'a@example.com' }, null, 2)}\n${JSON.stringify({ email: 'b@example.com' }, null, 2)}\n`);

    expect(await collect(readRecords(file))).toEqual([{ email: 'a@example.com' }, { email: 'b@example.com' }]);
  });

  it('refuses a spreadsheet or an error page whatever its name, and reads plain text named .gz as it is', async () => {
    await expect(collect(readRecords(scratchFile('saved-as.csv', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000'))))).rejects.toThrow(/ZIP archive/);
    await expect(collect(readRecords(scratchFile('page.csv', '<?xml version="1.0"?>\n<Error><Code>AccessDenied</Code></Error>\n')))).rejects.toThrow(/XML or HTML/);
    expect(await collect(readRecords(scratchFile('plain.csv.gz', 'email\nanna@example.com\n')))).toEqual([{ email: 'anna@example.com' }]);
    // An encrypted export or a database file, whatever its name (black-box QA w2: read as "no personal data").
    await expect(collect(readRecords(scratchFile('export.csv', Buffer.concat([Buffer.from('Salted__'), Buffer.from([0xe1, 0x9c, 0x8f, 0xeb, 0x6b, 0xc5, 0x70])]))))).rejects.toThrow(/encrypted/);
    await expect(collect(readRecords(scratchFile('users-as.csv', Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(32)]))))).rejects.toThrow(/SQLite database/);
    // An Excel 97-2003 workbook (OLE2) whatever its name; an .xls that is text is read.
    const workbook = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    await expect(collect(readRecords(scratchFile('users.xls', workbook)))).rejects.toThrow(/Excel 97-2003 workbook/);
    await expect(collect(readRecords(scratchFile('users-as.csv', workbook)))).rejects.toThrow(/Excel 97-2003 workbook/);
    // An airline reservation system's PNR display: its passengers, not a person per line with an email (see pnr.test.ts).
    const pnr = 'RP/PARAF08AA/PARAF08AA            AA/SU  12NOV26/1004Z   7XK2LM\n  1.DUPONT/JEAN MR   2.DUPONT/MARIE MRS\n  5 APE JEAN.DUPONT@ORANGE.EXAMPLE\n';
    expect(await collect(readRecords(scratchFile('pnr_dump.txt', pnr)))).toEqual([
      { surname: 'DUPONT', given_names: 'JEAN', title: 'MR', email: 'JEAN.DUPONT@ORANGE.EXAMPLE' }, { surname: 'DUPONT', given_names: 'MARIE', title: 'MRS' }]);
    // An HL7 v2 ADT feed is no table (QA round 54: each message read as a "person" with a phone number).
    const adt = 'MSH|^~\\&|EPIC|RIVERSIDE|LAB|RIVERSIDE|202608021015||ADT^A08|MSG00001|P|2.5.1\nPID|1||MRN1001^^^RIV^MR||Lopez^Maria||19850302|F|||12 Elm St^^Boston^MA^02110||(617)555-0101\n';
    await expect(collect(readRecords(scratchFile('adt.txt', adt)))).rejects.toThrow(/HL7 v2 messages/);
    // vCards, LDIF and fixed-width columns are no delimited table (QA round 72: each read as one free-text column, half counted).
    await expect(collect(readRecords(scratchFile('contacts.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nEMAIL:anna@example.org\nEND:VCARD\n')))).rejects.toThrow(/vCards/);
    await expect(collect(readRecords(scratchFile('people.ldif', 'version: 1\n\ndn: uid=anna,ou=people,dc=example,dc=org\nmail: anna@example.org\n')))).rejects.toThrow(/LDIF/);
    const fixed = ['CUSTNO  SURNAME       FORENAME    BIRTHDATE   COUNTRY', '000101  SCHMIDT       ANNA        1985-03-01  DE',
      '000102  WEBER         TOM         2014-07-12  DE', '000103  DUBOIS        CLAIRE      1979-11-30  FR'].join('\n');
    await expect(collect(readRecords(scratchFile('customers.dat', `${fixed}\n`)))).rejects.toThrow(/fixed-width/);
    // A header Excel wrapped onto two lines in its cells (QA round 72: read as a record, "Password (hash)" a plain password).
    expect(await collect(readRecords(scratchFile('wrapped.csv', 'customer_id,"Date of\nbirth","Password\n(hash)"\n1,1988-03-07,$2b$12$A8faz9a/tItK.O7i65lcLWvtvZ.x6tf50g5ViV7JtAnjBz0Ga5jwZ\n'))))
      .toEqual([{ customer_id: '1', 'Date of birth': '1988-03-07', 'Password (hash)': '$2b$12$A8faz9a/tItK.O7i65lcLWvtvZ.x6tf50g5ViV7JtAnjBz0Ga5jwZ' }]);
    expect(await collect(readRecords(scratchFile('syslog.txt', 'Nov  4 10:01:02 host sshd[123]: Accepted for anna from 10.0.0.1\nNov  4 10:01:03 host sshd[124]: x\nNov  4 10:01:04 host cron[1]: y\n')))).toHaveLength(3);
  });

  it('reads records kept by generated ids one of which has no digit, and Elasticsearch scroll pages saved one after another (QA round 44)', async () => {
    const users = { users: Object.fromEntries(['iK2ZWeqhFWCEPyYngFb51yBMWXaS', 'CrUZoL8g5ubbbPIa84yRnBUbHoWC', 'kHPZNcUUKqarrwNPPMwKuyjCnyxJ',
      'v5UTG79BG16QmtsL4F28GzL2cEpV', 'ZzAQlxJ4SXRVxfCQGgXkH1zxFUbE', 'Xq3RtYu8IoPaSdFgHjKlZxCvBnM1', 'Lp0OiKjUhYgTfRdEsWaQzXcVbN2m',
      'Mn7BvCxZaSdFgHjKlPoIuYtReWq4', 'Ab9CdEfGhIjKlMnOpQrStUvWxYz5', 'Pq1WeRtYuIoPaSdFgHjKlZxCvBn6'].map((uid, n) => [uid, { email: `p${n}@example.org` }])) };
    expect(await collect(readRecords(scratchFile('firebase.json', JSON.stringify(users))))).toHaveLength(10);
    // Sections of one person's export named by words are still one record.
    expect(await collect(readRecords(scratchFile('sections.json', JSON.stringify({ personalInformation: { email: 'a@example.org' }, loginHistory: { ip: '203.0.113.9' } }))))).toHaveLength(1);
    const page = (from: number) => JSON.stringify({ _scroll_id: 'FGluY2x1ZGVf', took: 3, hits: { total: { value: 6 }, hits: [0, 1, 2].map((n) => ({
      _index: 'customers', _id: `id${from + n}`, _source: { customer_id: `C${from + n}`, email: `p${from + n}@example.org` } })) } });
    expect(await collect(readRecords(scratchFile('scroll.json', `${page(0)}\n${page(3)}\n`)))).toHaveLength(6);
  });

  it('refuses prose saved as .csv (a title, then sentences): the wrong file, not records without personal data', async () => {
    const notes = 'Meeting notes 2026-11-20\n\nWe discussed the roadmap for Q1 and agreed to ship the new dashboard.\nAction items: update the docs; review the budget; plan the offsite.\n';
    await expect(collect(readRecords(scratchFile('notes.csv', notes)))).rejects.toThrow(/is prose/);
    // Nor is a one-column list of addresses under a title.
    expect(await collect(readRecords(scratchFile('addresses.csv', 'Customer mailing address\n12 Main Street Springfield IL 62704\n4 Elm Road Leeds LS11 5DR UK\n')))).toHaveLength(2);
    // One column of notes under a column's name is read, not refused.
    expect((await collect(readRecords(scratchFile('comments.csv', 'Customer comment\nThe parcel arrived late and damaged again\n')))).length).toBeGreaterThan(0);
  });

  it('reads JSON saved under a .csv name as the JSON it is', async () => {
    const people = [{ id: 'C1', email: 'anna@example.com' }, { id: 'C2', email: 'tom@example.com' }];
    expect(await collect(readRecords(scratchFile('api-response.csv', JSON.stringify(people, null, 2))))).toEqual(people);
  });

  it('reads a lone object without an array of objects as one record', async () => {
    expect(await collect(readRecords(scratchFile('object.json', '{"email":"a@example.com","tags":["x"]}')))).toEqual([{ email: 'a@example.com', tags: ['x'] }]);
  });

  it.each([
    ['pretty-printed', 2],
    ['on one line', undefined],
  ])('reads the array of records a wrapper object holds (Zendesk {"tickets":[...]}), %s', async (_, indent) => {
    const document = { tickets: [ticket(1), ticket(2), ticket(3)], next_page: null, previous_page: null, count: 3 };
    const file = scratchFile('tickets.json', JSON.stringify(document, null, indent));

    expect(await collect(readRecords(file))).toEqual(document.tickets);
  });

  it('reads a wrapper that says where its export is from ({"departement": "Nord", "enfants": [...]}) as its records', async () => {
    const children = [{ id_dossier: 'ASE-1', nom: 'MARTIN', prenom: 'Léa', date_naissance: '04/03/2016' }, { id_dossier: 'ASE-2', nom: 'PETIT', prenom: 'Hugo', date_naissance: '19/10/2012' }];
    const file = scratchFile('ase.json', JSON.stringify({ departement: 'Nord', export: '2026-11-19', enfants: children }));
    expect(await collect(readRecords(file))).toEqual(children);
  });

  it('reads a FHIR Bundle as its entries\' resources, and a bare array of entries alike', async () => {
    const patient = { resourceType: 'Patient', id: 'pat-1', name: [{ family: 'Lee', given: ['Dana'] }], birthDate: '2014-02-03' };
    const condition = { resourceType: 'Condition', id: 'cond-1', subject: { reference: 'Patient/pat-1' }, code: { coding: [{ code: 'E11.9' }] } };
    const entries = [{ fullUrl: 'urn:uuid:pat-1', resource: patient, search: { mode: 'match' } }, { fullUrl: 'urn:uuid:cond-1', resource: condition }];
    const bundle = { resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'self', url: 'https://example.org/fhir?x' }], total: 2, entry: entries };

    expect(await collect(readRecords(scratchFile('bundle.json', JSON.stringify(bundle, null, 1))))).toEqual([patient, condition]);
    expect(await collect(readRecords(scratchFile('entries.json', JSON.stringify(entries))))).toEqual([patient, condition]);
  });

  it('prefers an array with a usual name for records, else the longest, and refuses an empty one as holding no records', async () => {
    const tags = [{ tag: 'a' }, { tag: 'b' }, { tag: 'c' }];
    const named = { tags, users: [{ email: 'a@example.com' }] };
    const unnamed = { groups: [{ g: 1 }], staff: [{ email: 'a@example.com' }, { email: 'b@example.com' }] };
    const odata = { '@odata.context': 'https://graph.example/$metadata#users', value: [{ mail: 'a@example.com' }] };

    expect(await collect(readRecords(scratchFile('named.json', JSON.stringify(named))))).toEqual(named.users);
    expect(await collect(readRecords(scratchFile('unnamed.json', JSON.stringify(unnamed))))).toEqual(unnamed.staff);
    expect(await collect(readRecords(scratchFile('odata.json', JSON.stringify(odata))))).toEqual(odata.value);
    await expect(collect(readRecords(scratchFile('none.json', '{"users":[],"count":0}')))).rejects.toThrow(/holds no records/);
  });

  it('reads records kept in an object by id (a Firebase export), and a person\'s own object with a list in it as one record', async () => {
    const users = { uid_8f3a: { email: 'a@example.com' }, uid_9b2c: { email: 'b@example.com' }, uid_7d1e: { email: 'c@example.com' } };
    expect(await collect(readRecords(scratchFile('firebase.json', JSON.stringify({ users, settings: { theme: 'dark' } }))))).toEqual(Object.values(users));

    const person = { name: 'Ana Ruiz', email: 'ana@example.com', logins: [{ at: '2026-11-01T08:00:00Z', ip: '81.0.0.1' }, { at: '2026-11-02T08:00:00Z', ip: '81.0.0.2' }] };
    expect(await collect(readRecords(scratchFile('person.json', JSON.stringify(person))))).toEqual([person]);
    const takeout = { profile: { displayName: 'Rita Moreno', birthday: '1999-09-19' }, searches: [{ query: 'x', time: '2026-10-30T21:00:00Z' }] };
    expect(await collect(readRecords(scratchFile('takeout.json', JSON.stringify(takeout))))).toEqual([takeout]);
  });

  it('finds the records of database dumps wherever the response nests them', async () => {
    const anna = { email: 'anna@example.com', name: 'Anna Schmidt' };
    const bob = { email: 'bob@example.com', name: 'Bob Jones' };
    const documents: Array<[string, unknown]> = [
      ['elasticsearch.json', { took: 3, hits: { total: { value: 2 }, hits: [{ _index: 'users', _id: '1', _source: anna }, { _index: 'users', _id: '2', _source: bob }] } }],
      ['graphql.json', { data: { users: { edges: [{ node: anna, cursor: 'a' }, { node: bob, cursor: 'b' }] } } }],
      ['firestore.json', { __collections__: { users: { uid_8f3a: anna, uid_9b2c: bob } } }],
      ['firebase.json', { uid_8f3a: anna, uid_9b2c: bob }],
      ['redis.json', { 'user:1': anna, 'user:2': bob }],
      ['scan.json', { Items: [{ email: { S: anna.email } }, { email: { S: bob.email } }], Count: 2, ScannedCount: 2 }],
    ];
    for (const [name, document] of documents) {
      const records = await collect(readRecords(scratchFile(name, JSON.stringify(document))));
      expect(records, name).toHaveLength(2);
    }
    // DynamoDB's export to S3: one {"Item": {...}} per line.
    const lines = [{ Item: { email: { S: anna.email } } }, { Item: { email: { S: bob.email } } }].map((line) => JSON.stringify(line)).join('\n');
    expect(await collect(readRecords(scratchFile('export.json', lines)))).toEqual([{ email: { S: anna.email } }, { email: { S: bob.email } }]);
  });

  it('names the bad line of JSON Lines named .json without echoing it', async () => {
    const broken = await failureOf(readRecords(scratchFile('bad-lines.json', '{"email":"a@example.com"}\n{"email": "leak@example.com"\n{"email":"c@example.com"}\n')));
    const notObject = await failureOf(readRecords(scratchFile('array-line.json', '{"email":"a@example.com"}\n["leak@example.com"]\n')));

    for (const error of [broken, notObject]) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toMatch(/line 2/);
      expect(error.message).not.toContain('leak@example.com');
    }
  });

  describe('a wrapper larger than one record may be', () => {
    /** `{"meta":..., <before>, "<name>": [ items... ], <after>}` of about `bytes` characters, in 64 KiB chunks. */
    const item = (n: number) => `{"id":${n},"email":"user${n}@example.com","note":"${'x'.repeat(60)}"}`;
    const itemsOf = (count: number) => Array.from({ length: count }, (_, n) => item(n));
    const filler = `"${'f'.repeat(MAX_RECORD_BYTES + 1024)}"`;
    function read(text: string): { records: Array<Record<string, unknown>>; held: number } {
      const scanner = new JsonObjectsScanner('test');
      const records: Array<Record<string, unknown>> = [];
      let held = 0;
      for (let start = 0; start < text.length; start += 65_536) {
        scanner.push(text.slice(start, start + 65_536), (record) => records.push(record));
        held = Math.max(held, records.length > 10 ? scanner.held : 0);
      }
      scanner.end((record) => records.push(record));
      return { records, held };
    }

    it('streams the array that makes it large, holding one item at a time', () => {
      const count = Math.ceil((MAX_RECORD_BYTES * 1.3) / item(0).length);
      const text = `{"meta":{"page":1},"links":[{"rel":"next"}],\n"data":[\n${itemsOf(count).join(',\n')}\n],"count":${count}}\n`;

      const { records, held } = read(text);

      expect(records).toHaveLength(count);
      expect(records[0]).toEqual(JSON.parse(item(0)));
      expect(records[count - 1]).toEqual(JSON.parse(item(count - 1)));
      // After the first 16 MiB, only the item being read (and the chunk) is held.
      expect(read(text.replace('"data"', '"rows"')).records).toHaveLength(count);
      expect(held).toBeLessThan(200_000);
    });

    it('takes the array before or after a large value that is not records', () => {
      expect(read(`{"users":[${itemsOf(3).join(',')}],"blob":${filler}}`).records).toEqual(itemsOf(3).map((text) => JSON.parse(text)));
      expect(read(`{"blob":${filler},"tags":["a"],"users":[${itemsOf(3).join(',')}],"more":[{"a":1}]}`).records).toEqual(itemsOf(3).map((text) => JSON.parse(text)));
      expect(() => read(`{"blob":${filler},"n":1}`)).toThrow(/holding no array of records/);
    });

    it('streams records kept by id (Firebase), the document itself or its property, holding one at a time', () => {
      const count = Math.ceil((MAX_RECORD_BYTES * 1.3) / item(0).length);
      const byId = itemsOf(count).map((text, n) => `"-Nu${n}x":${text}`).join(',');

      for (const { records, held } of [read(`{${byId}}`), read(`{"meta":{"exported":"2026-11-20"},"users":{${byId}},"count":${count}}`)]) {
        expect(records.map(({ id }) => id)).toEqual(Array.from({ length: count }, (_, n) => n));
        expect(records[count - 1]).toEqual(JSON.parse(item(count - 1)));
        expect(held).toBeLessThan(200_000);
      }
      // A large object whose values are sections of one export, not records by id, is still refused.
      expect(() => read(`{"profile":{"a":1},"settings":{"b":2},"blob":{"x":${filler}}}`)).toThrow(/holding no array of records/);
    });
  });
});

describe('locating sources', () => {
  it('takes the format from the extension', () => {
    expect(formatOf('s3://bucket/exports/users.JSONL')).toEqual({ format: 'jsonl', gzip: false });
    expect(formatOf('/data/export.csv.gz')).toEqual({ format: 'csv', gzip: true });
    for (const name of ['/data/users.txt', '/data/users.TSV', '/data/users.tab', '/data/users.psv', '/data/users.dat', 's3://b/users.txt.gz']) {
      expect(formatOf(name).format).toBe('csv');
    }
    expect(formatOf('/data/members.json')).toEqual({ format: 'json', gzip: false });
    expect(() => formatOf('/data/export.xlsx')).toThrow(ValidationError);
    // A SQL dump's lines are statements, read as such (see sql.test.ts).
    expect(formatOf('s3://dumps/shop-2026-11-15.sql.gz')).toEqual({ format: 'sql', gzip: true });
    // Logs and S3 objects whose names say nothing are read by their first character.
    for (const name of ['/var/log/nginx/access.log', 's3://logs/AWSLogs/123/elasticloadbalancing/app.log.gz', 's3://logs/2026-11-15-08-00-00-ABCDEF1234567890', 's3://cf/E2ABC.2026-11-15-08.abcd.gz']) {
      expect(formatOf(name).format, name).toBe('sniffed');
    }
  });

  it('reads a log whose name says nothing as JSON lines or as delimited text, by its first character', async () => {
    const json = scratchFile('app.log', '{"level":"info","user":{"email":"anna@example.org"}}\n{"level":"info","user":{"email":"bob@example.org"}}\n');
    expect((await classifySource(json, { collectEmails: false })).classification.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2]]);
    const delimited = scratchFile('export-2026-11-15', 'email,phone\nanna@example.org,+49 30 901820\n');
    expect((await classifySource(delimited, { collectEmails: false })).classification.subjectCount).toBe(1);
  });

  it('reports a missing file as not found', async () => {
    expect(await failureOf(readRecords(path.join(scratch, 'missing.csv')))).toBeInstanceOf(NotFoundError);
  });

  it('refuses a path outside the allowed directory', async () => {
    const error = await failureOf(readRecords('/etc/passwd.csv', { baseDir: scratch }));

    expect(error).toBeInstanceOf(ValidationError);
    // A link inside the directory to a file outside it is outside.
    const outside = mkdtempSync(path.join(tmpdir(), 'breachclock-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.csv'), 'email\na@example.com\n');
      symlinkSync(path.join(outside, 'secret.csv'), path.join(scratch, 'link.csv'));
      expect(await failureOf(readRecords(path.join(scratch, 'link.csv'), { baseDir: scratch }))).toBeInstanceOf(ValidationError);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
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

describe('an export not read whole (a cut copy, a stray line)', () => {
  const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `{"customer_id":"C${from + i}","email":"p${from + i}@example.com","country":"DE"}`);
  const classified = async (name: string, content: string | Buffer) => (await classifySource(scratchFile(name, content), { collectEmails: false })).classification;

  it('skips a JSON Lines line that is not a record, counts it and names the first, quoting nothing', async () => {
    const lines = [...people(3), 'Exception in thread "main": leak@example.com', '  at Export.run(Export.java:42)', ...people(2, 3)];

    const classification = await classified('stack-trace.jsonl', `${lines.join('\n')}\n`);

    expect(classification.subjectCount).toBe(5);
    expect(classification.sourceIncomplete).toEqual({ skippedLines: 2, firstSkippedLine: 4, cutShort: false });
    expect(JSON.stringify(classification)).not.toContain('leak@example.com');
  });

  it('reads a JSON Lines file up to its half-written last line, and says it was cut short', async () => {
    const classification = await classified('half.jsonl', `${people(4).join('\n')}\n{"customer_id":"C4","email":"p4@exa`);

    expect(classification.subjectCount).toBe(4);
    expect(classification.sourceIncomplete).toEqual({ skippedLines: 1, firstSkippedLine: 5, cutShort: true });
  });

  it('reads a CSV up to the row it ends inside, and says so; a file merely without a last line end is whole', async () => {
    const rows = 'customer_id,email,country\nC1,a@example.com,DE\nC2,b@example.com,FR\nC3,c@exa';
    const cut = await classified('cut.csv', rows);
    const whole = await classified('whole.csv', 'customer_id,email,country\nC1,a@example.com,DE\nC2,b@example.com,FR');

    expect(cut.subjectCount).toBe(3);
    expect(countsOf(cut)).toEqual([{ category: 'contact', subjects: 2 }]);
    expect(cut.sourceIncomplete).toEqual({ skippedLines: 0, cutShort: true });
    expect(whole.sourceIncomplete).toBeUndefined();
  });

  it('reads a CSV cut inside a quoted field on its last lines as far as it goes', async () => {
    const classification = await classified('cut-quote.csv', 'customer_id,email,note\nC1,a@example.com,ok\nC2,b@example.com,"called about\nthe refund');

    expect(classification.subjectCount).toBe(2);
    expect(classification.sourceIncomplete).toEqual({ skippedLines: 0, cutShort: true });
  });

  it('reads a JSON array that is not closed, its last whole item too, and one with a trailing comma as whole', async () => {
    const unclosed = await classified('unclosed.json', `[\n${people(3).join(',\n')}\n`);
    const trailing = await classified('trailing.json', `[\n${people(3).join(',\n')},\n]`);

    expect(unclosed.subjectCount).toBe(3);
    expect(unclosed.sourceIncomplete).toEqual({ skippedLines: 0, cutShort: true });
    expect(trailing.subjectCount).toBe(3);
    expect(trailing.sourceIncomplete).toBeUndefined();
  });

  it('skips a CSV record longer than any person\'s to its end, quoted newlines and quotes and all, and reads the others', async () => {
    const huge = 'QUJD'.repeat(Math.ceil((MAX_RECORD_BYTES + 256 * 1024) / 4));
    const rows = ['id,email,country,attachment', 'C1,a@example.com,DE,x', `C2,b@example.com,DE,${huge}`, 'C3,c@example.com,FR,x',
      `C4,d@example.com,FR,"${huge.slice(0, 1000)}\n""quoted"", still the field\n${huge}"`, 'C5,e@example.com,IT,x'];

    const classification = await classified('attachments.csv', `${rows.join('\n')}\n`);

    expect(classification.recordsScanned).toBe(3);
    expect(classification.jurisdictions).toEqual(['DE', 'FR', 'IT']);
    expect(classification.sourceIncomplete).toEqual({ skippedLines: 2, firstSkippedLine: 3, cutShort: false });
  });

  it('skips a JSON Lines line longer than any record to its end, and reads the others', async () => {
    const huge = `{"customer_id":"C9","blob":"${'QUJD'.repeat(Math.ceil((MAX_RECORD_BYTES + 256 * 1024) / 4))}"}`;
    const classification = await classified('blobs.jsonl', `${[...people(2), huge, ...people(2, 2)].join('\n')}\n`);

    expect(classification.subjectCount).toBe(4);
    expect(classification.sourceIncomplete).toEqual({ skippedLines: 1, firstSkippedLine: 3, cutShort: false });
  });

  it('reads a gzip stream that stops short as far as it decompresses, and says it was cut short', async () => {
    const text = `customer_id,email,country\n${Array.from({ length: 2_000 }, (_, i) => `C${i},p${i}@example.com,DE`).join('\n')}\n`;
    const compressed = gzipSync(text);

    const classification = await classified('cut.csv.gz', compressed.subarray(0, Math.floor(compressed.length * 0.6)));

    expect(classification.recordsScanned).toBeGreaterThan(500);
    expect(classification.recordsScanned).toBeLessThan(2_000);
    expect(classification.sourceIncomplete?.cutShort).toBe(true);
  });
});

describe("a report's footer under its rows", () => {
  const classified = async (name: string, content: string) => (await classifySource(scratchFile(name, content), { collectEmails: false })).classification;

  it('is no one: one field, a phrase, under whole rows (a Salesforce report)', async () => {
    const report = ['"First Name","Last Name","Email","Country"', '"Brian","Green","brian.green@example.com","United States"',
      '"Ana","Silva","ana.silva@example.com","Portugal"', '', '"Grand Totals (2 records)"', '',
      '"Confidential Information - Do Not Distribute"', '"Generated By:  Dana Whitfield  11/20/2026 9:15 AM"', '"Tailwind Networks, Inc."'].join('\n');

    const classification = await classified('report.csv', `${report}\n`);

    expect(classification.subjectCount).toBe(2);
    expect(countsOf(classification)).toEqual([{ category: 'contact', subjects: 2 }, { category: 'identity', subjects: 2 }]);
  });

  it('leaves lines of text read as a table alone, and a name alone on its row', async () => {
    const chats = ['=== Chat #1 | 2026-11-16 15:00 | Visitor: Hugo <hugo@example.com> | Agent: Marta ===', '[15:02] Hugo: my card is 4111 1111 1111 1111',
      '[15:03] Marta: Thank you, I have noted that.', '=== Chat #2 | 2026-11-16 16:00 | Visitor: Laura <laura@example.com> | Agent: Marta ===',
      '[16:01] Laura: card 5500 0000 0000 0004 please'].join('\n');
    const names = 'full_name,email,phone\nAnna Schmidt,anna@example.com,+49 30 1234567\nMaria de la Cruz\n';

    expect(countsOf(await classified('chats.txt', `${chats}\n`)).find((entry) => entry.category === 'payment-card')?.subjects).toBeGreaterThan(0);
    expect((await classified('names.csv', names)).categories.find((entry) => entry.category === 'identity')?.subjects).toBe(2);
  });
});
