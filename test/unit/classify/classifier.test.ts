// What a classification reports beyond categories: people per jurisdiction, children, how
// credentials were stored, confidence, how people were counted; special categories and criminal
// data by column names in several languages; classifiers merged across threads. Synthetic
// records only (example.* domains, network test cards, numbers in unassigned or test ranges).
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Classification, type Category } from '../../../lambdas/shared/contract.js';
import { RecordClassifier, classifyRecords, mergeClassifications } from '../../../lambdas/classify/core.js';
import { looksLikeHeader } from '../../../lambdas/classify/csv.js';
import { describeColumn, detectValue, pickSubjectKey } from '../../../lambdas/classify/detectors.js';
import { usStateOfZip } from '../../../lambdas/classify/places.js';
import { classifySource } from '../../../lambdas/classify/stream.js';

const AS_OF = new Date('2026-11-20T09:15:00+01:00');
const subjectsOf = (c: Classification, category: Category) => c.categories.find((entry) => entry.category === category)?.subjects ?? 0;
const inJurisdiction = (c: Classification, jurisdiction: string) => c.jurisdictionCounts?.find((entry) => entry.jurisdiction === jurisdiction);
/** People per category, by category: { health: 3, ... }. */
const counts = (c: Classification) => Object.fromEntries(c.categories.map((entry) => [entry.category, entry.subjects]));
/** A file of this text in a scratch folder: its path. */
const scratchCsv = (name: string, text: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'classifier-')), name);
  writeFileSync(file, text);
  return file;
};
// The QA rounds' tests: their records as of the rounds' date, and people per category (undefined: none).
const asOf = new Date('2026-11-24T00:00:00Z');
const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf });
const subjects = (result: Classification, category: string) => result.categories.find((c) => c.category === category)?.subjects;
/** The classification of a file of this text, as of the rounds' date. */
const filePeople = async (name: string, text: string) => (await classifySource(scratchCsv(name, text), { asOf, collectEmails: false })).classification;
const csvPeople = async (name: string, lines: readonly string[]) => filePeople(name, lines.join('\n'));

describe('people per jurisdiction', () => {
  it('places people by country, US state, ZIP code and phone country, once per jurisdiction', () => {
    const result = classifyRecords([
      { customer_id: 1, email: 'a@example.com', country: 'Deutschland' },
      { customer_id: 1, email: 'a@example.com', country: 'DE', card: '4111 1111 1111 1111' },
      { customer_id: 2, email: 'b@example.com', country: 'USA', zip: '94105' },
      { customer_id: 3, email: 'c@example.com', state: 'New York' },
      { customer_id: 4, email: 'd@example.com', phone: '+33 6 12 34 56 78' },
      { customer_id: 5, email: 'e@example.com', address: '1 Main St, Springfield, IL 62704' },
      { customer_id: 6, email: 'f@example.com' },
    ], { asOf: AS_OF });

    expect(result.jurisdictions).toEqual(['DE', 'FR', 'US', 'US-CA', 'US-IL', 'US-NY']);
    expect(inJurisdiction(result, 'DE')).toEqual({
      jurisdiction: 'DE', subjects: 1, categories: [{ category: 'contact', subjects: 1 }, { category: 'payment-card', subjects: 1 }],
    });
    // Everyone in a US state is in the US too: customers 2 (ZIP), 3 (state) and 5 (address).
    expect(inJurisdiction(result, 'US')?.subjects).toBe(3);
    expect(inJurisdiction(result, 'US-CA')?.subjects).toBe(1);
    expect(inJurisdiction(result, 'FR')?.subjects).toBe(1);
    expect(result.subjectsWithoutJurisdiction).toBe(1);
    expect(Classification.parse(result)).toEqual(result);
  });

  it('reads US addresses that name the state in full, in lower case, or end in the country', () => {
    const placed = (record: Record<string, unknown>): string[] => classifyRecords([record]).jurisdictions;
    expect(placed({ id: 1, address: '1600 Amphitheatre Pkwy, Mountain View, California 94043' })).toEqual(['US', 'US-CA']);
    expect(placed({ id: 1, address: '400 Broad St, Seattle, wa 98109' })).toEqual(['US', 'US-WA']);
    expect(placed({ id: 1, address: '400 Broad St, Seattle, WA, 98109, USA' })).toEqual(['US', 'US-WA']);
    expect(placed({ id: 1, address: '10 Main St, New York, NY 10001-1234' })).toEqual(['US', 'US-NY']);
    // A state whose ZIP disagrees places nobody; a European address ending in a country, its country.
    expect(placed({ id: 1, address: '1 Main St, Springfield, IL 90210' })).toEqual([]);
    expect(placed({ id: 1, address: 'Hauptstraße 1, 10115 Berlin, Germany' })).toEqual(['DE']);
    // A ZIP code that lost its leading zero as a JSON number, for a record in the US.
    expect(placed({ id: 1, email: 'a@example.org', zip: 2116, country: 'US' })).toEqual(['US', 'US-MA']);
  });

  it('places records by their ZIP code alone in an export whose other records are in the US', () => {
    const zips = ['94105', '10001', '60601', '98101', '33101'];
    const placed = Array.from({ length: 25 }, (_, n) => ({ patient_id: `P${n}`, state: ['CA', 'NY', 'IL', 'WA', 'FL'][n % 5], zip: zips[n % 5] }));
    const stateless = [{ patient_id: 'Q1', state: '', zip: '94105' }, { patient_id: 'Q2', state: '', zip: '10001' }];
    const result = classifyRecords([...stateless, ...placed]);
    expect(result.subjectsWithoutJurisdiction).toBe(0);
    expect(inJurisdiction(result, 'US-CA')?.subjects).toBe(6);
    // Five-digit postcodes of an export not placed in the US stay unplaced; under a German name (PLZ), they are Germany's.
    const unnamed = classifyRecords(Array.from({ length: 30 }, (_, n) => ({ kunden_nr: `K${n}`, postcode: '10115' })));
    expect(unnamed.jurisdictions).toEqual([]);
    const german = classifyRecords(Array.from({ length: 30 }, (_, n) => ({ kunden_nr: `K${n}`, plz: '10115' })));
    expect(german.jurisdictions).toEqual(['DE']);
  });

  it('knows country and state columns by their usual names in several languages', () => {
    // Jurisdictions are where people with personal data are: each record has an email.
    const placed = (record: Record<string, unknown>): string[] => classifyRecords([{ email: 'a@example.org', ...record }]).jurisdictions;
    expect(placed({ id: 1, nazione: 'Italia' })).toEqual(['IT']);
    expect(placed({ id: 1, Wohnland: 'Deutschland' })).toEqual(['DE']);
    expect(placed({ id: 1, country_iso2: 'fr' })).toEqual(['FR']);
    expect(placed({ id: 1, ctry: 'ES' })).toEqual(['ES']);
    expect(placed({ id: 1, country: 'US', state_abbr: 'CA' })).toEqual(['US', 'US-CA']);
    expect(placed({ id: 1, country: 'US', st: 'tx' })).toEqual(['US', 'US-TX']);
    expect(placed({ id: 1, country: 'US', region: 'Texas' })).toEqual(['US', 'US-TX']);
    // A region is a US state only in the US.
    expect(placed({ id: 1, country: 'DE', region: 'BY' })).toEqual(['DE']);
    expect(placed({ id: 1, provincia: 'CA' })).toEqual([]); // Cagliari, not California
    expect(placed({ id: 1, estado: 'MA' })).toEqual([]); // Maranhão, not Massachusetts
    expect(placed({ id: 1, region: 'TX' })).toEqual(['US', 'US-TX']); // no other country's region is TX
    expect(placed({ id: 1, region: 'New York' })).toEqual(['US', 'US-NY']);
    expect(placed({ id: 1, phone: '+1 212 555 0142', province: 'NY' })).toEqual(['US', 'US-NY']);
    // Canadian and Australian state columns without a country.
    expect(placed({ id: 1, state: 'ON' })).toEqual(['CA']);
    expect(placed({ id: 1, state: 'Nova Scotia' })).toEqual(['CA']);
    expect(placed({ id: 1, state: 'NSW' })).toEqual(['AU']);
    expect(placed({ id: 1, province: 'Québec' })).toEqual(['CA']);
    expect(placed({ id: 1, state: 'WA' })).toEqual(['US', 'US-WA']);
  });

  it('does not read a German postcode as a US ZIP code', () => {
    const result = classifyRecords([{ customer_id: 1, postal_code: '10115', country: 'DE' }]);
    expect(result.jurisdictions).toEqual(['DE']);
  });
});

describe('children', () => {
  it('counts people under 13 and under 16 at the discovery date', () => {
    const result = classifyRecords([
      { user_id: 1, date_of_birth: '2014-01-01' }, // 12
      { user_id: 2, date_of_birth: '20.11.2013' }, // 13 on the day
      { user_id: 3, date_of_birth: '11/21/2010' }, // 15 (m/d/y)
      { user_id: 4, date_of_birth: '1980-05-05' },
      { user_id: 5, date_of_birth: 'unknown' },
      { user_id: 6, age: '9' },
    ], { asOf: AS_OF });

    expect(result.children).toEqual({ under13: 2, under16: 4, withBirthDate: 5, asOf: AS_OF.toISOString() });
  });

  it('reads an ambiguous slash date day first where the column or the record says so', () => {
    // 05/10/2014 is 5 October (12 on AS_OF) day first, 10 May (12 too) month first; 11/12/2013 is
    // 11 December (12) day first but 12 November (13) month first.
    const column = classifyRecords([
      { user_id: 1, dob: '25/10/1980' }, // shows the column is day first
      { user_id: 2, dob: '11/12/2013' },
    ], { asOf: AS_OF });
    expect(column.children?.under13).toBe(1);
    const byCountry = classifyRecords([{ user_id: 1, dob: '11/12/2013', country: 'DE' }, { user_id: 2, dob: '11/12/2013', country: 'US' }], { asOf: AS_OF });
    expect(byCountry.children?.under13).toBe(1); // the German record only
  });

  it('reads the ambiguous dates of a column by what it shows, whatever the order of the rows', () => {
    const ambiguous = Array.from({ length: 50 }, (_, n) => ({ user_id: n, dob: '11/12/2013' })); // 11 December: 12
    const showing = Array.from({ length: 10 }, (_, n) => ({ user_id: 100 + n, dob: '25/10/1980' }));
    for (const records of [[...ambiguous, ...showing], [...showing, ...ambiguous]]) {
      expect(classifyRecords(records, { asOf: AS_OF }).children?.under13).toBe(50);
    }
    // One person per row, and a US dashed column (12-25-1980 shows month first).
    const rows = [...Array.from({ length: 5 }, () => ({ dob: '11-12-2013' })), { dob: '12-25-1980' }];
    expect(classifyRecords(rows, { asOf: AS_OF, subjectKey: null }).children).toMatchObject({ under13: 0, under16: 5, withBirthDate: 6 });
  });

  it('reads a date of birth in parts, a birth year alone, and epoch milliseconds (QA round 47)', () => {
    // AS_OF is 2026-11-20. Day, month and year columns (an exam board's): 21 Nov 2013 is 12, 20 Nov 2013 is 13 on the day.
    const parts = classifyRecords([
      { candidate: 1, BirthDay: '21', BirthMonth: '11', BirthYear: '2013' },
      { candidate: 2, BirthDay: '20', BirthMonth: '11', BirthYear: '2013' },
      { candidate: 3, dob_day: '3', dob_month: 'feb', dob_year: '1988' },
    ], { asOf: AS_OF });
    expect(parts.children).toMatchObject({ under13: 1, under16: 2, withBirthDate: 3 });
    // A year alone gives the oldest age it allows: 2014 is certainly under 13; 2013 may be 13 already; 2011 is under 16.
    const years = classifyRecords([
      { user_id: 1, birth_year: '2014' }, { user_id: 2, birth_year: '2013' }, { user_id: 3, year_of_birth: '2011' }, { user_id: 4, birth_year: '1990' },
    ], { asOf: AS_OF });
    expect(years.children).toMatchObject({ under13: 1, under16: 3, withBirthDate: 4 });
    expect(years.categories.map((c) => c.category)).toContain('identity');
    // JavaScript's milliseconds (2013-11-25 is 12) and a birth before 1970 (negative); a 13-digit order number is no date of birth.
    const epochs = classifyRecords([
      { user_id: 1, birthDate: 1385337600000 }, { user_id: 2, birthDate: -86400000 * 365 }, { user_id: 3, order_ref: '1385337600000' },
    ], { asOf: AS_OF });
    expect(epochs.children).toMatchObject({ under13: 1, under16: 1, withBirthDate: 2 });
  });

  it('counts a hashed audience by its hashed emails, pseudonymous identifiers, and a phone number with its extension (QA rounds 32, 38, 46)', () => {
    // An ad platform's audience (email_sha256, phone_sha256): each hashed email one person, re-identifiable by whoever has the
    // address; no contact data (it reaches no one).
    const audience = classifyRecords([
      { email_sha256: 'd66f914a5ade0f6b8bfb19e97b30c7e4923f5f961fbcd7b73bee8a61ef7c7939', phone_sha256: '0a97b6a4c0d7fca4ee9929ea85469a4796436b5319b8e5170baae9fccef1717e', country: 'fr' },
      { email_sha256: '850260acfe60fe5cffa1055a8baf463087fb447b10f78a7d733173dc10413c04', phone_sha256: '5cefe32300f1d68ef51c22460511874ca4d37fd46c47bb6b2d8ce59722cb03cc', country: 'de' },
    ], { asOf: AS_OF });
    expect(audience.subjectCount).toBe(2);
    expect(audience.categories.map((c) => [c.category, c.subjects])).toEqual([['online-identifier', 2]]);
    expect(audience.evidence.map((e) => e.detector)).toEqual(['hashed-identifier']);
    const desk = classifyRecords([
      { email: 'n/a', name: 'Anna Berg', phone: '+44 20 7946 0958 ext 12' }, { email: 'n/a', name: 'Anna Berg', phone: '+44 20 7946 0958 ext 12' },
    ], { asOf: AS_OF });
    expect(desk.subjectCount).toBe(1);
  });

  it('reads Faker\'s exports: US numbers with an x extension, a ZIP code beside a state, a location pair, a table of ids (QA round 49)', () => {
    const phones = classifyRecords([
      { name: 'Mark Davis', phone_number: '212-685-9221x123' }, { name: 'Linda Clark', phone_number: '(415)392-4410x4567' },
    ], { asOf: AS_OF });
    expect(phones).toMatchObject({ jurisdictions: ['US'] });
    expect(subjectsOf(phones, 'contact')).toBe(2);
    // Faker draws state and ZIP code apart: the state column places each person once, whatever the number of rows.
    const zips = ['29325', '46731', '62514', '85118'];
    const customers = Array.from({ length: 40 }, (_, n) => ({ id: n + 1, email: `c${n}@example.org`, state: ['TX', 'CA', 'FL', 'GA'][n % 4], zipcode: zips[n % 4] }));
    const placed = classifyRecords(customers, { asOf: AS_OF });
    expect((placed.jurisdictionCounts ?? []).filter((j) => j.jurisdiction.startsWith('US-')).reduce((sum, j) => sum + j.subjects, 0)).toBe(40);
    // Faker's profile()["current_location"]: degrees, not an address.
    const located = classifyRecords([{ name: 'Susan Lee', mail: 'susan@example.org', current_location: ['41.878100', '-87.629800'] }], { asOf: AS_OF });
    expect(located.categories.map((c) => c.category)).toContain('location');
    // Row numbers, UUIDs and session ids: nobody's.
    const sessions = Array.from({ length: 20 }, (_, n) => ({ id: n, uuid: `824270d0-b07d-cd1f-9f3d-1c9f013dbf${String(n).padStart(2, '0')}`, session_id: `b6589fc6ab0dc8${String(n).padStart(2, '0')}`, value: n * 7 }));
    expect(classifyRecords(sessions, { asOf: AS_OF }).subjectCount).toBe(0);
  });

  it('reads banks\' exports: an ssn_itin column, a mandate\'s debtor by their IBAN, companies by their legal form in capitals, a BIN table (QA round 50)', () => {
    const loans = classifyRecords([
      { application_id: 'LA-1', first_name: 'Mary', last_name: 'Johnson', ssn_itin: '536-22-4187' },
      { application_id: 'LA-2', first_name: 'Robert', last_name: 'Smith', ssn_itin: '912-78-1234' },
    ], { asOf: AS_OF });
    expect(subjectsOf(loans, 'government-id')).toBe(2);
    // The creditor's IBAN is the same on every mandate: the debtors are known by theirs (two Anna Müllers).
    const mandate = (id: number, town: string, iban: string) => ({ mandate_id: `M${id}`, creditor_name: 'Stadtwerke Musterstadt GmbH', creditor_iban: 'DE89370400440532013000', debtor_name: 'Anna Müller', debtor_town: town, debtor_iban: iban });
    expect(classifyRecords([mandate(1, 'Berlin', 'DE02120300000000202051'), mandate(2, 'München', 'DE02500105170137075030')], { asOf: AS_OF }).subjectCount).toBe(2);
    const companies = classifyRecords([
      { account_id: 'C1', legal_entity_name: 'Dupont Holding SAS', iban: 'FR1420041010050500013M02606', treasury_email: 'treasury@dupont.example' },
      { account_id: 'C2', legal_entity_name: 'Schmidt Holding AG', iban: 'DE89370400440532013000', treasury_email: 'treasury@schmidt.example' },
    ], { asOf: AS_OF });
    expect(companies.subjectCount).toBe(0);
    const bins = classifyRecords([{ bin: '411111', scheme: 'VISA', issuer_name: 'BNP PARIBAS', issuer_country: 'FR' }, { bin: '545454', scheme: 'MASTERCARD', issuer_name: 'ING BANK', issuer_country: 'NL' }], { asOf: AS_OF });
    expect(bins.subjectCount).toBe(0);
    // Open banking: an account paid to a company is still its holder's; the PSU's id keys their accounts.
    const account = (psu: string, iban: string, owner: string) => ({ resourceId: `acc-${iban.slice(-4)}`, psuId: psu, iban, ownerName: owner, transactions: { booked: [{ transactionId: 'T1', creditorName: 'Deutsche Bahn AG' }, { transactionId: 'T2', creditorName: 'Rewe Markt GmbH' }] } });
    const banking = classifyRecords([account('PSU-1', 'FR7620041978040741060277139', 'Manon Richard'), account('PSU-1', 'DE89370400440532013000', 'Manon Richard'), account('PSU-2', 'DE02120300000000202051', 'Anna Schmidt')], { asOf: AS_OF });
    expect(banking.subjectCount).toBe(2);
    expect(subjectsOf(banking, 'financial')).toBe(2);
    // SWIFT MT103 fields: the ordering customer (50K) and the beneficiary (59) are two people, each placed in their country.
    const payment = (n: number, from: string, to: string, country: string) => ({ '20_senders_reference': `MT${n}`, '50K_ordering_customer_account': 'DE89370400440532013000', '50K_ordering_customer_name': 'Anna Schmidt', '50K_ordering_customer_address': 'Hauptstr. 1, 10115 Berlin', ordering_country: 'DE', '59_beneficiary_account': to, '59_beneficiary_name': from, '59_beneficiary_address': 'ul. Długa 5, 00-001 Warszawa', beneficiary_country: country });
    const payments = classifyRecords(Array.from({ length: 24 }, (_, n) => payment(n, n % 2 ? 'Piotr Nowak' : 'Jan Kowalski', n % 2 ? 'PL61109010140000071219812874' : 'PL27114020040000300201355387', 'PL')), { asOf: AS_OF });
    expect(payments.subjectCount).toBe(3);
    expect(payments.jurisdictions).toEqual(['DE', 'PL']);
  });

  it('counts a relative known by a birth date alone as no one, and a German guardian by the email after the role (QA round 47)', () => {
    // A registry's mother_dob beside the registrant's own name and email: two registrants, not a third person of that date.
    const registry = classifyRecords([
      { first_name: 'Megan', last_name: 'Hill', email: 'megan@example.org', mother_dob: '1988-09-30' },
      { first_name: 'Rachel', last_name: 'Torres', email: 'rachel@example.org', mother_dob: '1988-09-30' },
    ], { asOf: AS_OF });
    expect(registry.subjectCount).toBe(2);
    // Two guardians of one name with their own emails ("E-Mail Erziehungsberechtigter": the role after the field) are two people.
    const clinic = classifyRecords([
      { Patientennummer: 'PN-1', Vorname: 'Lena', Nachname: 'Schulz', Geburtsdatum: '04.05.2016', Erziehungsberechtigter: 'Lukas Schulz', 'E-Mail Erziehungsberechtigter': 'lukas.one@example.org' },
      { Patientennummer: 'PN-2', Vorname: 'Finn', Nachname: 'Schulz', Geburtsdatum: '11.08.2018', Erziehungsberechtigter: 'Lukas Schulz', 'E-Mail Erziehungsberechtigter': 'lukas.two@example.org' },
    ], { asOf: AS_OF });
    expect(clinic.subjectCount).toBe(4);
  });

  it('reads ages written with units or decimals, and an Italian "età" column', () => {
    const result = classifyRecords([
      { user_id: 1, age: '9 years' }, { user_id: 2, age: '12.5' }, { user_id: 3, Alter: '14 Jahre' }, { user_id: 4, 'età': '11' },
      { user_id: 5, eta: '3' }, // an arrival time in English, not an age
    ], { asOf: AS_OF });
    expect(result.children).toEqual({ under13: 3, under16: 4, withBirthDate: 4, asOf: AS_OF.toISOString() });
  });

  it("does not read a booking's \"Children's ages\" as its booker's age", () => {
    // Booking.com's reservations export: the children travelling are counted by age only, the booker is an adult.
    const result = classifyRecords([
      { 'Book number': '4169313269', 'Booked by': 'Claire Laurent', Adults: '2', Children: '2', "Children's ages": '12, 8', 'Phone number': '+33 6 79 50 52 13' },
      { 'Book number': '2183986944', 'Booked by': 'Charlotte Smith', Adults: '2', Children: '1', "Children's ages": '8', 'Phone number': '+44 7700 249561' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(2);
    expect(result.children).toBeUndefined();
  });

  it('reads written months in several languages and ignores placeholder dates', () => {
    const result = classifyRecords([
      { user_id: 1, dob: '2-Jun-2014' }, { user_id: 2, dob: '15 de marzo de 2015' }, { user_id: 3, dob: '15 maart 2015' },
      { user_id: 4, dob: '02-JUN-14' }, { user_id: 5, dob: '1900-01-01' },
    ], { asOf: AS_OF });
    expect(result.children).toEqual({ under13: 4, under16: 4, withBirthDate: 4, asOf: AS_OF.toISOString() });
  });
});

describe('credentials', () => {
  it('tells people with plain passwords from people with hashes and tokens', () => {
    const result = classifyRecords([
      { user_id: 1, password: 'hunter2' },
      { user_id: 2, password: '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy' },
      { user_id: 3, password_hash: '5f4dcc3b5aa765d61d8327deb882cf99' },
      { user_id: 3, api_key: 'AKIAIOSFODNN7EXAMPLE' },
      { user_id: 4, password: 'n/a' },
    ]);

    expect(result.credentials).toEqual({ plain: 1, hashed: 2, tokens: 1 });
    expect(subjectsOf(result, 'credentials')).toBe(3);
  });

  it.each([
    ['phpass', '$P$984478476IagS59wHZvyQMArzfx58u.'],
    ['yescrypt', '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7'],
    ['apr1', '$apr1$71850310$gh9m4xcAn3MGxogwX/ztb.'],
    ['LDAP SSHA', '{SSHA}DkMTwBl+a/3DQTxCYEApdUtNXGgdUac3'],
    ['LDAP SHA', '{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g='],
    ['MySQL 4.1', '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'],
    ['Django sha1', 'sha1$a1b2c3$2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
    ['base64 SHA-256', 'XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg='],
    ['hex with salt', '5f4dcc3b5aa765d61d8327deb882cf99:s4lt'],
  ])('counts a %s password hash as hashed', (_, hash) => {
    expect(classifyRecords([{ user_id: 1, password_hash: hash }]).credentials).toEqual({ plain: 0, hashed: 1, tokens: 0 });
  });

  it('does not count masked or redacted passwords', () => {
    const result = classifyRecords([
      { user_id: 1, password: '********' }, { user_id: 2, password: 'REDACTED' }, { user_id: 3, password: '<null>' },
      { user_id: 4, password: '[redacted]' }, { user_id: 5, password: 'n.a.' }, { user_id: 6, password: 'xxxxxxxx' },
    ]);
    expect(result.credentials).toBeUndefined();
  });
});

describe('special categories and criminal data by column name', () => {
  it.each([
    ['religion', 'Catholic'], ['Religionszugehörigkeit', 'evangelisch'], ['religione', 'cattolica'], ['ethnicity', 'Asian'],
    ['orientation_sexuelle', 'x'], ['partido_politico', 'x'], ['vakbond', 'FNV'], ['Gewerkschaft', 'ver.di'],
  ])('%s is a special category', (column, value) => {
    expect(subjectsOf(classifyRecords([{ [column]: value }]), 'special-category')).toBe(1);
  });

  it.each([['criminal_record', 'theft 2019'], ['Vorstrafen', 'ja'], ['casier_judiciaire', 'oui'], ['antecedentes_penales', 'sí'], ['strafblad', 'ja']])(
    '%s is criminal data',
    (column, value) => expect(subjectsOf(classifyRecords([{ [column]: value }]), 'criminal')).toBe(1),
  );

  it('does not count a "no" in a flag column', () => {
    const result = classifyRecords([{ criminal_record: 'no' }, { criminal_record: 'false' }, { religion: 'none' }, { Vorstrafen: 'nein' }]);
    expect(result.categories).toEqual([]);
  });

  it('does not count answers that say "none" in other languages and words', () => {
    const survey = classifyRecords([
      { id: 1, email: 'lucia@example.es', 'Origen étnico': 'Prefiero no contestar', 'Religión': 'Prefiero no contestar', Discapacidad: 'Prefiero no contestar' },
      { id: 2, email: 'lea@example.fr', 'Orientation sexuelle': 'Je ne souhaite pas répondre', Religion: 'Sans religion', 'Situation de handicap': 'Non' },
      { id: 3, email: 'sanne@example.nl', 'Culturele achtergrond': 'Zeg ik liever niet', Arbeidsbeperking: 'Nee' },
      { id: 4, email: 'noor@example.nl', 'Culturele achtergrond': 'Marokkaans', Arbeidsbeperking: 'Ja' },
    ]);
    expect(survey.categories.find((entry) => entry.category === 'special-category')?.subjects).toBe(1);
    expect(survey.categories.find((entry) => entry.category === 'health')?.subjects).toBe(1);
    const answers = ['néant', 'Aucune', 'Ninguna', 'Nessuna', 'Keine Vorstrafen', 'sin antecedentes', 'nicht vorbestraft', 'RAS', 'No record',
      'nulla', 'ingen', 'negativo', 'pulito'];
    expect(classifyRecords(answers.map((answer) => ({ criminal_record: answer }))).categories).toEqual([]);
    // A description that only starts like a negation is still criminal data.
    expect(subjectsOf(classifyRecords([{ criminal_record: 'non-violent offence, 2019' }]), 'criminal')).toBe(1);
  });

  it.each([
    ['fingerprint_template', 'AAECAwQF', 'biometric'], ['face_embedding_vector', '[0.12, 0.4]', 'biometric'],
    ['Schwerbehinderung', '50', 'health'], ['afiliacion_sindical', 'CCOO', 'special-category'],
    ['Schwerbehindert', 'ja', 'health'], ['union', 'Teamsters Local 705', 'special-category'],
    ['union_dues', '12.50', 'special-category'], ['Gewerkschaftsbeitrag', '15,00', 'special-category'],
    ['SV-Nummer', '15131063W390', 'government-id'], ['Medical Alerts', 'Peanut allergy (EpiPen)', 'health'], ['IEP', 'Y', 'health'],
    ['Student First', 'Mia', 'identity'], ['candidate_last', 'Hall', 'identity'],
    ['wallets.address', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'financial'], ['Renda Mensal (R$)', '8994,00', 'financial'],
  ] as const)('%s is %s', (column, value, category) => {
    expect(subjectsOf(classifyRecords([{ [column]: value }]), category)).toBe(1);
  });

  it('reads health data from names and values', () => {
    const result = classifyRecords([
      { patient_id: 'P1', diagnosis: 'E11.9', medikamente: 'Metformin', mrn: 'MRN-0042', nhs_number: '943 476 5919' },
    ]);
    expect(subjectsOf(result, 'health')).toBe(1);
    expect(result.evidence.filter((entry) => entry.category === 'health').map((entry) => entry.detector).sort())
      .toEqual(['health-column', 'icd10-code', 'medical-record-number', 'nhs-number']);
  });

  it('counts a customer who ordered a prescription medicine, not a catalogue that lists one', () => {
    const orders = classifyRecords([
      { order: '#1001', email: 'anna@example.org', line_items: [{ name: 'Sertraline 50mg tablets', quantity: 1 }, { name: 'Wool Socks', quantity: 2 }] },
      { order: '#1002', email: 'tom@example.net', line_items: [{ name: 'Blue Shirt', quantity: 1 }] },
      { order: '#1003', email: 'lea@example.com', note: 'Customer asked whether she can take metformin with it' },
    ], { asOf: AS_OF });
    expect(orders.subjectCount).toBe(3);
    expect(subjectsOf(orders, 'health')).toBe(2);
    expect(subjectsOf(orders, 'identity')).toBe(0); // the products are no one's names
    const catalogue = classifyRecords([
      { sku: 'RX-1', product: 'Sertraline 50mg tablets', price: '4.20' },
      { sku: 'RX-2', product: 'Ozempic 1 mg pen', price: '120.00' },
    ], { asOf: AS_OF });
    expect(catalogue.subjectCount).toBe(0);
  });
});

describe('other people in a record', () => {
  it('counts a gift recipient as a person of their own, placed by their own address', () => {
    const result = classifyRecords([
      { buyer_email: 'anna@example.com', buyer_name: 'Anna Smith', recipient_name: 'Bob Stone', recipient_address: '1 Main St, Austin, TX 78701' },
      { buyer_email: 'ANNA@example.com', buyer_name: 'Anna Smith', recipient_name: 'Cleo Ray', recipient_address: '2 Oak Ave, Seattle, WA 98101' },
      { buyer_email: 'dan@example.com', buyer_name: 'Dan Wu', recipient_name: 'Bob Stone', recipient_address: '1 Main St, Austin, TX 78701' },
    ]);
    expect(result.subjectCount).toBe(4); // Anna, Dan; Bob (twice the same), Cleo
    expect(inJurisdiction(result, 'US-TX')?.subjects).toBe(1);
    expect(inJurisdiction(result, 'US-WA')?.subjects).toBe(1);
  });

  it('counts a marketplace\'s sellers apart from its buyers, placed only where their own address says', () => {
    const result = classifyRecords([
      { tx: 't1', provider_name: 'Daniel Rodriguez', provider_email: 'daniel@example.co.uk', customer_name: 'Mason Kelly', customer_email: 'mason@example.com', customer_country: 'GB' },
      { tx: 't2', provider_name: 'Daniel Rodriguez', provider_email: 'daniel@example.co.uk', customer_name: 'Felix Lewis', customer_email: 'felix@example.com', customer_country: 'US' },
      { tx: 't3', provider_name: 'Hannah Jones', provider_email: 'hannah@example.com', customer_name: 'Mason Kelly', customer_email: 'mason@example.com', customer_country: 'GB' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(4);
    expect(result.subjectsWithoutJurisdiction).toBe(2); // the providers
    // A payout list names its sellers alone: they are its people.
    const payouts = classifyRecords([{ payout: 'p1', seller_name: 'Daniel Rodriguez', seller_email: 'daniel@example.co.uk', seller_country: 'GB' }], { asOf: AS_OF });
    expect(inJurisdiction(payouts, 'GB')?.subjects).toBe(1);
  });

  it('counts the addressee of a subscription\'s address object who is not its customer (a gift)', () => {
    const result = classifyRecords([
      { id: 1, customer: { id: 80, email: 'lukas@example.com', first_name: 'Lukas', last_name: 'Young' }, address: { first_name: 'Aoife', last_name: 'Nguyen', city: 'Austin', province: 'Texas', country_code: 'US' } },
      { id: 2, customer: { id: 81, email: 'nora@example.com', first_name: 'Nora', last_name: 'Visser' }, address: { first_name: 'Nora', last_name: 'Visser', city: 'Leeds', country_code: 'GB' } },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(3);
    // The rest of the address object is the addressee's: where they live, and their contact (Lukas is only known by his email).
    expect(inJurisdiction(result, 'US-TX')?.subjects).toBe(1);
    expect(result.categories.find((entry) => entry.category === 'contact')?.subjects).toBe(3);
    // A customer's own address object next to a shipping object (Stripe's): the address is the customer's, the shipping the recipient's.
    const stripe = classifyRecords([
      { id: 'cus_A1', name: 'Olivia Smith', email: 'olivia@example.com', address: { city: 'Austin', state: 'TX', country: 'US' }, shipping: { name: 'Grace Miller', address: { city: 'Denver', state: 'CO', country: 'US' } } },
    ], { asOf: AS_OF });
    expect(stripe.jurisdictions).toEqual(['US', 'US-CO', 'US-TX']);
    expect(inJurisdiction(stripe, 'US-CO')?.subjects).toBe(1);
  });

  it('finds no one in a shop\'s products: their handles are slugs, their options\' names are labels', () => {
    const products = classifyRecords([
      { id: 800, title: 'Ceramic Pour-Over Set', vendor: 'Hannah Berg Ceramics', handle: 'ceramic-pour-over-set', options: [{ name: 'Title', values: ['Default Title'] }] },
      { id: 801, title: 'Frida Kahlo Art Print', vendor: 'Studio Lena Fischer', handle: 'frida-kahlo-art-print-a3', options: [{ name: 'Size', values: ['A3'] }] },
    ], { asOf: AS_OF });
    expect(products.subjectCount).toBe(0);
    // A user's handle is their account.
    expect(classifyRecords([{ handle: 'anna_berg', email: 'anna@example.com' }], { asOf: AS_OF }).categories.map((entry) => entry.category)).toContain('online-identifier');
  });

  it('keys a guest order (customer_id 0, as WooCommerce and BigCommerce write it) by its own email', () => {
    const result = classifyRecords([
      { id: 1, customer_id: 301, billing: { first_name: 'Jonas', last_name: 'Weber', email: 'jonas@example.de', country: 'DE' } },
      { id: 2, customer_id: 0, billing: { first_name: 'Marie', last_name: 'Fischer', email: 'marie@example.de', country: 'DE' } },
      { id: 3, customer_id: 0, billing: { first_name: 'Claire', last_name: 'Martin', email: 'claire@example.fr', country: 'FR' } },
      { id: 4, customer_id: 0, billing: { first_name: 'Marie', last_name: 'Fischer', email: 'marie@example.de', country: 'DE' } },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(3);
    expect(inJurisdiction(result, 'DE')?.subjects).toBe(2);
  });

  it('gives an order report\'s recipient where the gift ships (Amazon\'s recipient-name next to ship-city)', () => {
    const result = classifyRecords([
      { 'order-id': '1', 'buyer-email': 'a1@marketplace.example', 'buyer-name': 'Mason Brown', 'recipient-name': 'Lily Clark', 'ship-address-1': '12 Pine St', 'ship-city': 'Portland', 'ship-state': 'OR', 'ship-country': 'US' },
      { 'order-id': '2', 'buyer-email': 'b2@marketplace.example', 'buyer-name': 'Ella Jackson', 'recipient-name': 'Ella Jackson', 'ship-address-1': '858 Cedar Lane', 'ship-city': 'Miami', 'ship-state': 'FL', 'ship-country': 'US' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(3);
    expect(result.categories.find((entry) => entry.category === 'contact')?.subjects).toBe(3);
    expect(inJurisdiction(result, 'US-OR')?.subjects).toBe(1); // Lily, not Mason, whose home the report does not say
  });

  it('counts no one for a customer known only by a role\'s mailbox, but a named person with one', () => {
    const result = classifyRecords([
      { id: 'SQ1', email_address: 'events@catering.example', company_name: 'Blue Bottle Catering Ltd', phone_number: '+442079460000' },
      { id: 'SQ2', email_address: 'info@yoga.example', given_name: 'Olivia', family_name: 'Hart' },
      { id: 'SQ3', email_address: 'liam@example.com' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(2);
  });

  it('counts a donor list without ids by name and ZIP code, placed by its ZIP+4 written without a hyphen', () => {
    const donors = classifyRecords([
      { committee_id: 'C1', contributor_name: 'MILLER, KAREN', contributor_city: 'SEATTLE', contributor_state: 'WA', contributor_zip: '981011234', amount: '250.00' },
      { committee_id: 'C1', contributor_name: 'MILLER, KAREN', contributor_city: 'SEATTLE', contributor_state: 'WA', contributor_zip: '981011234', amount: '250.00' },
      { committee_id: 'C1', contributor_name: 'NGUYEN, DAVID', contributor_city: 'PORTLAND', contributor_state: 'OR', contributor_zip: '972041111', amount: '100.00' },
    ], { asOf: AS_OF });
    expect(donors.subjectCount).toBe(2);
    expect(donors.jurisdictions).toEqual(['US', 'US-OR', 'US-WA']);
  });

  it('counts a parent once whose email spells the name of the emergency contact of the same row', () => {
    const register = classifyRecords([
      { 'First Name': 'Lily', Surname: 'Patel', 'Date of Birth': '14/02/2023', 'Emergency Contact 1': 'Aisha Patel', 'EC1 Phone': '07700 900111', 'Parent Email': 'aisha.patel@example.com', 'Emergency Contact 2': 'Omar Patel', 'EC2 Phone': '07700 900222' },
      { 'First Name': 'Ella', Surname: 'Jones', 'Date of Birth': '20/05/2024', 'Emergency Contact 1': 'Chloe Jones', 'EC1 Phone': '07911 333444', 'Parent Email': 'mum.ella@example.com', 'Emergency Contact 2': 'Joan Smith', 'EC2 Phone': '07911 555666' },
    ], { asOf: AS_OF });
    expect(register.subjectCount).toBe(7); // two children, Aisha (named and emailed), Omar, Chloe, Joan, and the mailbox that spells no one's name
  });

  it('counts a children\'s app account as its child, and the parent who consented apart', () => {
    const result = classifyRecords([
      { account_id: 'A1', child_first_name: 'Mia', child_birthdate: '2017-05-05', parent: { email: 'p1@example.com', first_name: 'Omar', last_name: 'Khan' } },
      { account_id: 'A2', child_first_name: 'Mia', child_birthdate: '2017-05-05', parent: { email: 'p2@example.com', first_name: 'Lena', last_name: 'Berg' } },
      { account_id: 'A3', child_first_name: 'Noah', child_birthdate: '2012-01-10', parent: { email: 'p1@example.com', first_name: 'Omar', last_name: 'Khan' } },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(5); // three children (two called Mia, born the same day), two parents
    expect(result.children).toMatchObject({ under13: 2, under16: 3, withBirthDate: 3 });
  });

  it('counts the guardians a club names after the field, in Dutch, German and French, and its members by their number', () => {
    for (const guardianEmail of ['E-mail ouder/verzorger', 'E-Mail der Eltern', 'Email du responsable légal']) {
      const result = classifyRecords([
        { Lidnummer: 'L1', Voornaam: 'Sem', Geboortedatum: '2014-03-02', [guardianEmail]: 'ouder1@example.nl', 'Medische bijzonderheden': 'ADHD, gebruikt Ritalin' },
        { Lidnummer: 'L2', Voornaam: 'Lotte', Geboortedatum: '2012-06-09', [guardianEmail]: 'ouder1@example.nl', 'Medische bijzonderheden': '' },
        { Lidnummer: 'L3', Voornaam: 'Daan', Geboortedatum: '2011-01-20', [guardianEmail]: 'ouder2@example.nl', 'Medische bijzonderheden': 'Diabetes type 1' },
      ], { asOf: AS_OF });
      expect(result.subjectCount).toBe(5); // three members, two parents
      expect(result.categories.find((entry) => entry.category === 'health')?.subjects).toBe(2);
    }
  });

  it('counts a law firm\'s opposing parties who are people, not companies', () => {
    const result = classifyRecords([
      { matter: '2026-1', client_name: 'David Young', client_email: 'david@example.com', opposing_party: 'Michael Mitchell' },
      { matter: '2026-2', client_name: 'Madison Nelson', client_email: 'madison@example.com', opposing_party: 'Andrew Nelson' },
      { matter: '2026-3', client_name: 'Olivia Martinez', client_email: 'olivia@example.com', opposing_party: 'Acme Insurance Ltd' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(5);
  });

  it('counts each guardian of a JSON list, with the record when they have no address of their own', () => {
    const result = classifyRecords([
      { student_id: 'S1', dob: '2015-01-01', state: 'CA', guardians: [{ email: 'g1@example.com', phone: '+1 415 555 0101' }, { email: 'g2@example.com' }] },
      { student_id: 'S2', dob: '2014-05-05', state: 'NY', guardians: [{ email: 'g1@example.com' }] },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(4); // two pupils, two guardians
    expect(result.children?.under13).toBe(2); // the guardians' rows do not count as children
    expect(inJurisdiction(result, 'US-CA')?.subjects).toBe(3);
  });

  it('checks a national id column against the record\'s country: a wrong check digit is no id, and a PESEL no Norwegian number', () => {
    const customers = classifyRecords([
      { customer_id: 'K-1', birth_date: '1980-05-17', country: 'PL', national_id: '80051741275' }, // a valid PESEL
      { customer_id: 'K-2', birth_date: '1975-02-03', country: 'PL', national_id: '75020383002' }, // its check digit is wrong
      { customer_id: 'K-3', birth_date: '1966-11-11', country: 'NL', national_id: '815908302' }, // fails the BSN's 11-test
      { customer_id: 'K-4', birth_date: '1990-06-21', country: 'ES', national_id: '21535642B' }, // the DNI's letter is wrong
      { customer_id: 'K-5', birth_date: '1965-01-16', country: 'PL', national_id: '65011691085' }, // a PESEL that Norway's check also passes
      { customer_id: 'K-6', birth_date: '2003-02-23', country: 'SE', national_id: '030223-7683' }, // no personnummer, and no Danish CPR in Sweden
    ], { asOf: AS_OF });
    expect(customers.evidence.find((entry) => entry.category === 'government-id')).toMatchObject({ detector: 'pl-pesel', matches: 2 });
    expect(customers.children?.under13).toBe(0);
    const payouts = classifyRecords([
      { payout_id: 'p1', country: 'US', tax_id: '072-31-1487' }, { payout_id: 'p2', country: 'US', tax_id: '412-00-3817' }, { payout_id: 'p3', country: 'US', tax_id: '931-27-5518' },
    ], { asOf: AS_OF });
    expect(payouts.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(1);
    // An identity document's number is any country's: a passenger's passport in a German booking.
    const documents = classifyRecords([{ booking: 'B1', country: 'DE', document_number: 'C01X00T47' }], { asOf: AS_OF });
    expect(documents.categories.map((entry) => entry.category)).toContain('government-id');
  });

  it('counts no service account as a person, and places a phone written as its calling code and number', () => {
    const users = classifyRecords([
      { id: '1', email: 'maria.lopez@example.com', full_name: 'Maria Lopez', is_service_account: 'false' },
      { id: '2', email: 'ci-bot7@example.io', full_name: 'CI Bot', is_service_account: 'true' },
      { id: '3', email: 'backupserviceaccount9@example.io', full_name: 'Backup Service Account', is_service_account: 'true' },
    ]);
    expect(users.subjectCount).toBe(1);
    const app = classifyRecords([
      { id: 'a1', email: 'lucas.lee@example.de', phone: { countryCode: '+61', number: '463126052' } },
      { id: 'a2', email: 'felix.gauthier@example.it', phone: { countryCode: '81', number: '9012345678' } },
    ]);
    expect(app.jurisdictionCounts?.map((entry) => entry.jurisdiction)).toEqual(['AU', 'JP']);
  });

  it('knows a keyed list\'s subscriber without the key by their phone number, however it is written', () => {
    const list = classifyRecords([
      { email: '', phone: '1-716-794-5104', list: 'Newsletter' }, { email: '', phone: '+1 716 794 5104', list: 'Spring Sale' },
      { email: '', phone: '+44 7400 512377', list: 'Newsletter' }, { email: 'nancy.taylor@example.com', phone: '', list: 'Newsletter' },
      { email: 'nancy.taylor@example.com', phone: '', list: 'Spring Sale' },
    ]);
    expect(list.subjectCount).toBe(3);
    // Colleagues who give their office's number are not one person.
    const contacts = classifyRecords([
      { email: '', name: 'Anna Kohl', phone: '+49 30 901820' }, { email: '', name: 'Ben Roth', phone: '+49 30 901820' }, { email: 'c@example.de', name: 'Carl Weber', phone: '' },
    ]);
    expect(contacts.subjectCount).toBe(3);
  });

  it('counts a league\'s players by their id and their parents as people of their own, not the parent\'s email as the key', () => {
    const player = (id: string, first: string, dob: string, parent: string, email: string) =>
      ({ 'Player ID': id, 'Player First Name': first, 'Player Last Name': 'Robinson', 'Player DOB': dob, 'Parent1 Name': parent, 'Parent1 Email': email, State: 'OR' });
    const league = classifyRecords([
      player('P1', 'Ethan', '02/17/2016', 'Patricia Robinson', 'patricia.robinson@example.com'),
      player('P2', 'Logan', '09/18/2012', 'Patricia Robinson', 'patricia.robinson@example.com'),
      player('P3', 'Ava', '01/05/2014', 'Mark Robinson', 'mark.robinson@example.com'),
    ], { asOf: AS_OF });
    expect(league.subjectCount).toBe(5); // three players, two parents
    expect(league.children).toMatchObject({ under13: 2, under16: 3, withBirthDate: 3 });
  });

  it('counts a legal guardian named before or after the field ("Legal Guardian Name", "DNI tutor") as a person with their own id', () => {
    const clinic = classifyRecords([
      { NHC: '641562', Nombre: 'Lucía', Apellidos: 'García Gómez', 'Fecha nacimiento': '01/06/2019', 'Tutor legal': 'Carmen Gómez Ruiz', 'DNI tutor': '53921847A' },
      { NHC: '641563', Nombre: 'Hugo', Apellidos: 'García Gómez', 'Fecha nacimiento': '11/02/2017', 'Tutor legal': 'Carmen Gómez Ruiz', 'DNI tutor': '53921847A' },
    ], { asOf: AS_OF });
    expect(clinic.subjectCount).toBe(3);
    expect(clinic.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(1);
    const patients = classifyRecords([{ MRN: '641562', 'Patient First Name': 'Lucy', DOB: '06/01/2019', 'Legal Guardian Name': 'Carmen Garcia', 'Guardian SSN': '412-68-3055' }], { asOf: AS_OF });
    expect(patients.subjectCount).toBe(2);
    expect(patients.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(1);
  });

  it('keeps namesakes who share an email apart, and a kennel\'s dogs\' health away from their owners', () => {
    const club = classifyRecords([
      { member_id: 'M1', first_name: 'John', last_name: 'Carter', date_of_birth: '1978-04-02', email: 'john.carter@example.com', guardian_name: '', guardian_email: '' },
      { member_id: 'M2', first_name: 'John', last_name: 'Carter', date_of_birth: '2015-09-13', email: 'john.carter@example.com', guardian_name: 'John Carter', guardian_email: 'john.carter@example.com' },
      { member_id: 'M3', first_name: 'Maria', last_name: 'Garcia', date_of_birth: '1961-02-11', email: 'maria.garcia@example.com', guardian_name: '', guardian_email: '' },
      { member_id: 'M4', first_name: 'Maria', last_name: 'Garcia', date_of_birth: '1992-07-30', email: 'maria.garcia@example.com', guardian_name: '', guardian_email: '' },
    ], { asOf: AS_OF });
    expect(club.subjectCount).toBe(4); // the father is his son's guardian; mother and daughter are two people
    expect(club.children?.under13).toBe(1);
    const kennel = classifyRecords([
      { booking_ref: 'K1', owner_name: 'Emma Hall', owner_email: 'emma.hall@example.com', dog_name: 'Bella', vaccinations: 'Kennel cough due', notes: 'Allergic to chicken' },
    ]);
    expect(kennel.categories.map((entry) => entry.category)).toEqual(['contact', 'identity']);
    // A wrapper named "doc" (CouchDB's _all_docs) is no identity document: its address's country places the record.
    const couch = classifyRecords([{ id: 'c1', doc: { email: 'anna@example.fr', address: { city: 'Lyon', country: 'FR' } } }]);
    expect(couch.jurisdictionCounts?.map((entry) => entry.jurisdiction)).toEqual(['FR']);
  });

  it('counts a member who is another member\'s guardian once, known by their id and their email', () => {
    const club = classifyRecords([
      { member_no: '1001', first_name: 'Karl', last_name: 'Moser', birth_date: '1980-02-02', email: 'karl.moser@example.at', guardian_name: '', guardian_email: '' },
      { member_no: '1002', first_name: 'Anna', last_name: 'Moser', birth_date: '2013-12-01', email: '', guardian_name: 'Karl Moser', guardian_email: 'karl.moser@example.at' },
      { member_no: '1003', first_name: 'Leo', last_name: 'Gruber', birth_date: '2014-03-03', email: '', guardian_name: 'Eva Gruber', guardian_email: 'eva.gruber@example.at' },
    ], { asOf: AS_OF });
    expect(club.subjectCount).toBe(4); // Karl, Anna, Leo and Eva
    expect(club.categories.find((entry) => entry.category === 'contact')?.subjects).toBe(2);
  });

  it('counts a hotel guest\'s companion as a person of their own', () => {
    const result = classifyRecords([
      { 'Confirmation No': '1', 'Guest Name': 'Jörg Patel', Email: 'jorg@example.com', 'Accompanying Guest': 'Mira Patel' },
      { 'Confirmation No': '2', 'Guest Name': 'Ana Silva', Email: 'ana@example.com', 'Accompanying Guest': '' },
    ]);
    expect(result.subjectCount).toBe(3);
    expect(subjectsOf(result, 'identity')).toBe(3);
  });

  it('counts the children a record lists as people of their own, with their ages', () => {
    const result = classifyRecords([
      { member_no: 'L1', name: 'Mary Smith', email: 'mary@example.com', country: 'GB', birthday: '1980-05-12', child_1_name: 'Tom', child_1_birthday: '2018-02-03', child_2_name: 'Ava', child_2_birthday: '2011-07-01' },
      { member_no: 'L2', name: 'John Brown', email: 'john@example.com', country: 'GB', birthday: '1975-01-01', child_1_name: '', child_1_birthday: '' },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(4);
    expect(result.children).toMatchObject({ under13: 1, under16: 2 });
    expect(inJurisdiction(result, 'GB')?.subjects).toBe(4);
  });

  it('counts each family member of an enrolment as a person, though they share the employee\'s id', () => {
    const row = (relationship: string, first: string, dob: string) => ({
      'Employee ID': 'E1', Relationship: relationship, 'Member First Name': first, 'Member Last Name': 'Hall', 'Member DOB': dob, State: 'NY',
    });
    const result = classifyRecords([
      row('Employee', 'Andrew', '06/01/1982'), row('Spouse', 'Liam', '10/28/1974'), row('Child', 'Mia', '03/14/2016'), row('Child', 'Noah', '09/09/2019'),
      { ...row('Employee', 'Andrew', '06/01/1982'), 'Dental Plan': 'Basic' }, // the same member again
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(4);
    expect(result.children).toMatchObject({ under13: 2 });
    expect(inJurisdiction(result, 'US-NY')?.subjects).toBe(4);
  });

  it('reads the employee\'s columns on a dependant\'s row as the employee\'s, not the dependant\'s', () => {
    const row = (relationship: string, first: string, memberSsn: string) => ({
      'Employee ID': 'E1', 'Employee SSN': '473-47-1601', Relationship: relationship, 'Member First Name': first, 'Member Last Name': 'Hall', 'Member SSN': memberSsn,
    });
    const result = classifyRecords([row('Employee', 'Andrew', '473-47-1601'), row('Spouse', 'Liam', '066-83-9587'), row('Child', 'Mia', ''), row('Dependent', 'Noah', '')]);
    expect(result.subjectCount).toBe(4);
    expect(subjectsOf(result, 'government-id')).toBe(2); // Andrew's and Liam's own numbers; the children have none
  });

  it('never takes another person\'s column as the key of the record\'s person', () => {
    expect(pickSubjectKey(['order_id', 'recipient_email', 'guardian2_email'])).toBeUndefined();
    expect(pickSubjectKey(['recipient_email', 'buyer_email'])).toBe('buyer_email');
  });
});

describe('keys and names in ticket and order exports', () => {
  it('reads a member id as a key, not as a health insurance number', () => {
    const result = classifyRecords([{ member_id: 'M1234567', email: 'a@example.com', plan: 'Gold' }, { member_id: 'M1234568', email: 'b@example.com', plan: 'Basic' }]);
    expect(result.categories.map((entry) => entry.category)).toEqual(['contact']);
    expect(result.subjectCount).toBe(2);
  });

  it('counts tickets by their requester and reads a line item\'s name as no person\'s', () => {
    const result = classifyRecords([
      { id: 1, requester_id: 'R1', 'Lineitem name': 'Poster', email: 'a@example.com' },
      { id: 2, requester_id: 'R1', 'Lineitem name': 'Mug', email: 'a@example.com' },
      { id: 3, requester_id: 'R2', 'Lineitem name': 'Mug', email: 'b@example.com' },
    ]);
    expect(result.subjectCount).toBe(2);
    expect(result.categories.map((entry) => entry.category)).toEqual(['contact']);
  });
});

describe('entity-attribute-value tables', () => {
  it('read WordPress\'s wp_usermeta as each person\'s fields, one per row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eav-'));
    const file = path.join(dir, 'wp_usermeta.csv');
    const rows = [['2', 'first_name', 'Olivia'], ['2', 'last_name', 'Smith'], ['2', 'billing_state', 'TX'], ['2', 'billing_country', 'US'],
      ['2', 'billing_email', 'olivia@example.com'], ['3', 'first_name', 'Lukas'], ['3', 'billing_country', 'DE'], ['3', 'rich_editing', 'true']];
    writeFileSync(file, `umeta_id,user_id,meta_key,meta_value\n${rows.map((row, n) => [n + 1, ...row].join(',')).join('\n')}\n`);
    const { classification } = await classifySource(file, { asOf: AS_OF });
    expect(classification.subjectCount).toBe(2);
    expect(classification.jurisdictions).toEqual(['DE', 'US', 'US-TX']);
    expect(subjectsOf(classification, 'identity')).toBe(2);
    expect(subjectsOf(classification, 'contact')).toBe(1);
  });
});

describe('catalogues and gazetteers', () => {
  it('find no one in products named like people, their suppliers\' role mailboxes, or regions', () => {
    const catalogue = classifyRecords([
      { sku: 'SKU-1', name: 'Harper Table Lamp', ean: '4006381333931', price: '49.00', supplier_email: 'sales@nordic-furniture.example' },
      { sku: 'SKU-2', name: 'Madison Velvet Sofa', ean: '4012345678901', price: '899.00', supplier_email: 'orders@lampworks.example' },
    ], { asOf: AS_OF });
    expect(catalogue.subjectCount).toBe(0);
    expect(catalogue.categories).toEqual([]);
    // An order's line item keeps its medicine (an online pharmacy's), and its customer stays a person.
    const order = classifyRecords([{ id: 1, email: 'anna@example.com', items: [{ sku: 'RX-1', name: 'Sertraline 50mg tablets' }] }], { asOf: AS_OF });
    expect(order.categories.map((entry) => entry.category)).toEqual(['contact', 'health']);
    const regions = classifyRecords([{ country_code: 'US', subdivision_code: 'US-TX', subdivision_name: 'Texas' }, { country_code: 'AU', subdivision_code: 'AU-WA', subdivision_name: 'Western Australia' }]);
    expect(regions.subjectCount).toBe(0);
  });
});

describe('Elasticsearch dumps', () => {
  it('key a customer by their id in the document, not by the document\'s id, even when the cluster\'s own documents come first', () => {
    const customer = { customer_id: 'C-1', first_name: 'Carter', last_name: 'Hussain', email: 'carter@example.com', address: { city: 'Berlin', country_code: 'DE' } };
    const result = classifyRecords([
      { _index: '.kibana_1', _id: 'config:7.10.2', _source: { config: { buildNum: 36059 }, type: 'config' } },
      { _index: 'crm-customers-v2', _id: '90627f0b-a802', _source: customer },
      { _index: 'crm-customers-v1', _id: 'C-1', _source: customer },
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(1);
  });
});

describe('MongoDB exports', () => {
  it('reads Extended JSON dates, those before 1970 as milliseconds included, and object ids', () => {
    const result = classifyRecords([
      { _id: { $oid: '65a1f0c2e4b0a1b2c3d4e5f6' }, email: 'a@example.com', dateOfBirth: { $date: { $numberLong: '1331078400000' } } },
      { _id: { $oid: '65a1f0c2e4b0a1b2c3d4e5f7' }, email: 'b@example.com', dateOfBirth: { $date: '2016-03-07T00:00:00Z' } },
      { _id: { $oid: '65a1f0c2e4b0a1b2c3d4e5f8' }, email: 'c@example.com', dateOfBirth: { $date: { $numberLong: '-152323200000' } }, points: { $numberLong: '120' } },
    ], { asOf: new Date('2025-06-01T00:00:00Z') });
    expect(result.children).toMatchObject({ under13: 1, under16: 2, withBirthDate: 3 });
    expect(result.evidence.find((entry) => entry.detector === 'date-of-birth')?.columns).toEqual(['dateOfBirth']);
    expect(result.categories.map((entry) => entry.category).sort()).toEqual(['contact', 'identity']);
  });
});

describe('FHIR resources', () => {
  it('counts each resource for the patient it references, its clinical code as health data', () => {
    const patient = (id: string, state: string) => ({
      resourceType: 'Patient', id, name: [{ family: 'Hall', given: ['Mia'] }], birthDate: '2016-03-14', address: [{ state, postalCode: '10001' }],
      identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: '536224417' }, { system: 'urn:example:mrn', value: '77' }],
    });
    const condition = (id: string, subject: string, code: string) => ({
      resourceType: 'Condition', id, subject: { reference: subject }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code, display: 'x' }] },
    });
    const result = classifyRecords([
      condition('c1', 'Patient/p1', 'E11.9'), patient('p1', 'NY'), condition('c2', 'Patient/p1', 'F32.9'),
      patient('p2', 'TX'), condition('c3', 'Patient/p2', 'B20'),
    ], { asOf: AS_OF });
    expect(result.subjectCount).toBe(2);
    expect(subjectsOf(result, 'health')).toBe(2);
    expect(subjectsOf(result, 'identity')).toBe(2);
    expect(subjectsOf(result, 'government-id')).toBe(2); // the identifier whose system is the US SSN
    expect(result.evidence.find((entry) => entry.detector === 'icd10-code')?.columns).toEqual(['code.coding.code']);
    expect(inJurisdiction(result, 'US-NY')?.subjects).toBe(1);
  });
});

describe('state codes other countries share', () => {
  it('reads a "region" column of countries\' codes as countries (DE Germany, NL the Netherlands) wherever in the file they show it, and ISO 3166-2 codes as theirs', async () => {
    const places = (c: { jurisdictionCounts?: Array<{ jurisdiction: string; subjects: number }> }) => Object.fromEntries((c.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]));
    // DE and NL come before the codes (FR, GB) that only a country has.
    const codes = ['DE', 'NL', 'FR', 'GB', 'NL', 'US-PA'];
    const records = codes.map((region, n) => ({ user_id: n + 1, email: `user${n}@example.com`, region }));
    expect(places(classifyRecords(records))).toEqual({ DE: 1, NL: 2, FR: 1, GB: 1, US: 1, 'US-PA': 1 });
    // The same in a file read by two threads, the codes that decide in the first part only.
    const rows = Array.from({ length: 400 }, (_, n) => `${n + 1},user${n}@example.com,${n < 200 ? ['FR', 'GB', 'IT'][n % 3] : n % 2 ? 'DE' : 'NL'}`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'breachclock-region-')), 'regions.csv');
    writeFileSync(file, ['user_id,email,region', ...rows].join('\n'));
    const { classifyFile } = await import('../../../lambdas/classify/parallel.js');
    const two = (await classifyFile(file, { workers: 2, parallelFromBytes: 0, collectEmails: false })).classification;
    expect(places(two)).toMatchObject({ DE: 100, NL: 100 });
    expect(places(two)['US-DE']).toBeUndefined();
    // A region column of US states alone: CA is California there; beside provinces (ON, BC) and no US state, Canada.
    expect(classifyRecords([{ id: 1, email: 'a@example.com', region: 'CA' }, { id: 2, email: 'b@example.com', region: 'TX' }]).jurisdictions).toEqual(['US', 'US-CA', 'US-TX']);
    expect(classifyRecords([{ id: 1, email: 'a@example.com', region: 'CA' }, { id: 2, email: 'b@example.com', region: 'ON' }, { id: 3, email: 'c@example.com', region: 'BC' }]).jurisdictions).toEqual(['CA']);
    // ISO 3166-2 in a state column; a Bundesland's BY beside a country column stays Bavaria.
    expect(places(classifyRecords([{ id: 1, email: 'a@example.com', state: 'DE-BY' }, { id: 2, email: 'b@example.com', state: 'US-NY' }]))).toEqual({ DE: 1, US: 1, 'US-NY': 1 });
    expect(classifyRecords([{ id: 1, email: 'a@example.com', country: 'DE', region: 'BY' }, { id: 2, email: 'b@example.com', region: 'FR' }]).jurisdictions).toEqual(['DE', 'FR']);
  });

  it('reads WA as Washington only when the ZIP code agrees or the column shows US states alone', () => {
    const australia = classifyRecords([
      { email: 'a@example.com', state: 'NSW', postcode: '2000' }, { email: 'b@example.com', state: 'WA', postcode: '6000' },
      { email: 'c@example.com', state: 'SA', postcode: '5000' },
    ]);
    expect(australia.jurisdictions).toEqual(['AU']);
    // WA with NSW and SA in its column: Western Australia (see SHARED_REGION_CODES).
    expect(inJurisdiction(australia, 'AU')?.subjects).toBe(3);

    // An Indian state by its name places in India; GA and TN beside it are no US states.
    const india = classifyRecords([{ email: 'a@example.com', state: 'Karnataka' }, { email: 'b@example.com', state: 'GA' }, { email: 'c@example.com', state: 'TN' }]);
    expect(india.jurisdictions).toEqual(['IN']);
    expect(inJurisdiction(india, 'IN')?.subjects).toBe(1);

    // Italian provinces that share a code with a Canadian or Australian one; in a Brazilian "UF" column, PE is Pernambuco.
    const italy = classifyRecords([{ email: 'a@example.com', provincia: 'SA' }, { email: 'b@example.com', provincia: 'PE' }]);
    expect(italy.jurisdictions).toEqual([]);
    expect(classifyRecords([{ email: 'c@example.com', UF: 'PE' }]).jurisdictions).toEqual(['BR']);
    expect(classifyRecords([{ email: 'a@example.com', province: 'ON' }]).jurisdictions).toEqual(['CA']);

    const us = classifyRecords([{ email: 'a@example.com', state: 'WA', zip: '98101' }, { email: 'b@example.com', state: 'TX' }, { email: 'c@example.com', state: 'GA' }]);
    expect(us.jurisdictions).toEqual(['US', 'US-GA', 'US-TX', 'US-WA']);
    // Swiss cantons: NE is Neuchâtel where a Swiss phone places the record.
    expect(classifyRecords([{ email: 'a@example.ch', Kanton: 'NE', Telefon: '+41 79 123 45 67' }]).jurisdictions).toEqual(['CH']);
  });

  it('reads a city\'s US state code as the state, and a country\'s code when the column writes countries so', () => {
    const located = (locations: string[]) => classifyRecords(locations.map((location, n) => ({ email: `p${n}@example.com`, location })));
    // An applicant system's "City, ST": CA is California, GA Georgia, whatever the countries spelled out.
    expect(located(['San Diego, CA', 'Atlanta, GA', 'Austin, TX', 'London, United Kingdom', 'Toronto, Canada']).jurisdictions)
      .toEqual(['CA', 'GB', 'US', 'US-CA', 'US-GA', 'US-TX']);
    // Codes of countries: DE is Germany where FR and ES say the column names countries.
    expect(located(['Berlin, DE', 'Paris, FR', 'Madrid, ES']).jurisdictions).toEqual(['DE', 'ES', 'FR']);
    // After a postcode the code is a country's (Mailchimp's address, its parts set apart by spaces).
    expect(located(['Hauptstraße 68    Berlin  Berlin  10115  DE', 'Lindenallee 3    Hamburg  Hamburg  20095  DE']).jurisdictions).toEqual(['DE']);
    expect(located(['12 Main St, Dover, DE', 'Austin, TX']).jurisdictions).toEqual(['US', 'US-DE', 'US-TX']);
  });
});

describe('database dumps', () => {
  it('read DynamoDB\'s and Firestore\'s typed values, and Firestore\'s timestamps, as the values they hold', () => {
    const dynamo = classifyRecords([
      { customerId: { S: 'c1' }, email: { S: 'anna@example.com' }, name: { S: 'Anna Schmidt' }, dob: { S: '2015-03-02' }, address: { M: { state: { S: 'TX' }, zip: { S: '78701' } } }, cards: { L: [{ M: { number: { S: '4111111111111111' } } }] } },
      { customerId: { S: 'c1' }, email: { S: 'anna@example.com' } },
    ], { asOf: AS_OF });
    expect(dynamo.subjectCount).toBe(1);
    expect(dynamo.categories.map((entry) => entry.category)).toEqual(['contact', 'identity', 'payment-card']);
    expect(dynamo.children).toMatchObject({ under13: 1 });
    expect(dynamo.jurisdictions).toEqual(['US', 'US-TX']);
    expect(dynamo.evidence.flatMap((entry) => entry.columns)).not.toContainEqual(expect.stringMatching(/\.S$|\.M\./));

    const firestore = classifyRecords([
      { email: 'a@example.com', birthDate: { _seconds: 1425254400, _nanoseconds: 0 } },
      { email: 'b@example.com', birthDate: { __datatype__: 'timestamp', value: { _seconds: 1425254400, _nanoseconds: 0 } } },
      { email: { stringValue: 'c@example.com' }, birthDate: { timestampValue: '2015-03-02T00:00:00Z' } },
    ], { asOf: AS_OF });
    expect(firestore.children).toMatchObject({ under13: 3, withBirthDate: 3 });
  });

  it('read a Salesforce record without the company it is related to, and cards in a list by their number', () => {
    const result = classifyRecords([{
      attributes: { type: 'Contact', url: '/services/data/v59.0/sobjects/Contact/0035g00000AAA1' }, Id: '0035g00000AAA1', FirstName: 'Anna', Email: 'anna@example.com', MailingState: 'Texas', MailingCountry: 'United States',
      Account: { attributes: { type: 'Account', url: '/services/data/v59.0/sobjects/Account/0015g00000X1' }, Name: 'Globex GmbH', BillingCity: 'Berlin', BillingCountry: 'Germany', Phone: '+49 30 901820' },
      cards: [{ number: '4111111111111111' }],
    }]);
    expect(result.jurisdictions).toEqual(['US', 'US-TX']);
    expect(subjectsOf(result, 'payment-card')).toBe(1);
  });
});

describe('people without a key column', () => {
  it('are told apart by name and date of birth together, unless the caller asks for a person per record', () => {
    const fills = [
      { customer: 'Anna Schmidt', date_of_birth: '1980-03-14', item: 'Sertraline 50mg' },
      { customer: 'Anna Schmidt', date_of_birth: '1980-03-14', item: 'Truvada 200/245mg' },
      { customer: 'Anna Schmidt', date_of_birth: '1991-07-01', item: 'Ibuprofen' }, // another Anna Schmidt
      { customer: 'Ben Jones', date_of_birth: '1975-01-02', item: 'Methadone 1mg/ml' },
      { customer: 'Ben Jones', item: 'Aspirin' }, // no birth date: a person of this record alone
    ];
    const result = classifyRecords(fills);
    expect(result.subjectCount).toBe(4);
    expect(result.subjectCounting).toEqual({ basis: 'name-and-birth-date', exact: true });
    expect(classifyRecords(fills, { subjectKey: null }).subjectCount).toBe(5);
  });

  it('are told apart by their valid national number when no birth date is given (a Swedish clinic\'s visits)', () => {
    const visits = [
      { Personnummer: '811228-9874', Efternamn: 'Andersson', Förnamn: 'Karin', Diagnoskod: 'I10' },
      { Personnummer: '811228-9874', Efternamn: 'Andersson', Förnamn: 'Karin', Diagnoskod: 'J45.9' },
      { Personnummer: '140101-2388', Efternamn: 'Lind', Förnamn: 'Elsa', Diagnoskod: 'H66.9' },
      { Personnummer: '140101-2385', Efternamn: 'Berg', Förnamn: 'Nils', Diagnoskod: 'H66.9' }, // not valid: a person of this record alone
    ];
    const result = classifyRecords(visits, { asOf: AS_OF });
    expect(result.subjectCount).toBe(3);
    expect(result.children).toMatchObject({ under13: 1, under16: 1 });
  });

  it('read a date of birth written two ways as one date, even when its writing leaves the day in doubt (QA round 56)', () => {
    const visits = [
      { patient: 'Anna Schmidt', dob: '1980-03-14' }, { patient: 'Anna Schmidt', dob: '14/03/1980' }, { patient: 'Anna Schmidt', dob: '14.03.1980' },
      { patient: 'Anna Schmidt', dob: 'March 14, 1980' },
      // January or May: one Ben Jones (namesakes born on 5 January and 1 May of one year are far rarer than one person written two ways).
      { patient: 'Ben Jones', dob: '05/01/1990' }, { patient: 'Ben Jones', dob: '05/01/1990' }, { patient: 'Ben Jones', dob: '1990-01-05' },
      // An Excel serial date is the date it stands for (41396 is 2013-05-02).
      { patient: 'Evie Brown', dob: '41396' }, { patient: 'Evie Brown', dob: '2013-05-02' },
    ];
    expect(classifyRecords(visits).subjectCount).toBe(3);
  });
});

describe('rules that must not go too far (QA round 10b)', () => {
  it('read a digest in a bare "fingerprint" column as a browser or device\'s, a template as a finger\'s', () => {
    const visitors = classifyRecords([{ email: 'a@example.org', fingerprint: '9f86d081884c7d659a2feaa0c55ad015' }, { email: 'b@example.org', 'client.fingerprint': 'SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8' }]);
    expect(visitors.categories.map((entry) => entry.category)).toEqual(['contact', 'online-identifier']);
    const staff = classifyRecords([{ email: 'a@example.org', fingerprint: 'Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAAAoJ0CEAD+TV0A' }, { email: 'b@example.org', fingerprint_template: '9f86d081884c7d659a2feaa0c55ad015' }]);
    expect(staff.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['biometric', 2]]);
  });

  it('read sensitive words in notes only, and only for records that are someone\'s', () => {
    const copy = classifyRecords([{ campaign: 'spring', headline: 'Kosher salt and prison break', notes: 'Support our cancer charity run' }]);
    expect(copy.subjectCount).toBe(0);
    const tickets = classifyRecords([{ email: 'a@example.org', product: 'Diabetic socks', message: 'Arrested at a protest and I am diabetic' }, { email: 'b@example.org', message: 'My phone was jail-broken' }]);
    expect(tickets.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['health', 1], ['criminal', 1]]);
  });

  it('read no condition into set phrases in a person\'s notes: a cancer charity, kosher salt, the Great Depression, a prison break', () => {
    const donors = classifyRecords([
      { email: 'a@example.org', notes: 'I donated to a cancer research charity' }, { email: 'b@example.org', notes: 'Ordered kosher salt twice' },
      { email: 'c@example.org', notes: 'Book club: the Great Depression; next month Prison Break' }, { email: 'd@example.org', notes: 'Walks for Cancer UK every May' },
    ]);
    expect(donors.categories.map((entry) => entry.category)).toEqual(['contact']);
    const patients = classifyRecords([{ email: 'a@example.org', notes: 'Skin cancer, treated 2019' }, { email: 'b@example.org', notes: 'Kosher meals only' }, { email: 'c@example.org', notes: 'Spent 2 years in prison' }]);
    expect(patients.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 3], ['health', 1], ['special-category', 1], ['criminal', 1]]);
    const abroad = classifyRecords([
      { email: 'a@example.org', bemerkung: 'Seit März schwanger' }, { email: 'b@example.org', commentaire: 'Casier judiciaire vérifié' },
      { email: 'c@example.org', notas: 'Pide menú para la mezquita' }, { email: 'd@example.org', bemerkung: 'Rückruf bei Herrn Krebs' },
    ]);
    expect(abroad.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 4], ['health', 1], ['special-category', 1], ['criminal', 1]]);
    const guests = classifyRecords([{ email: 'a@example.org', meal_pref: 'Halal' }, { email: 'b@example.org', meal_pref: 'Vegetarian' }, { email: 'c@example.org', dietary: 'Diabetic' }]);
    expect(guests.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 3], ['health', 1], ['special-category', 1]]);
    // A utility's Priority Services Register is read for its health needs, not as health whatever it says.
    const register = classifyRecords([{ email: 'a@example.org', priority_services: 'Dementia' }, { email: 'b@example.org', priority_services: 'Pensionable age' },
      { email: 'c@example.org', priority_services: 'Medical equipment dependent (electric)' }, { email: 'd@example.org', priority_services: 'Unable to communicate in English' }]);
    expect(register.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 4], ['health', 2]]);
  });

  it('count no one for the phones and addresses of stores, hotels and map points, but the people of a supplier list', () => {
    const stores = classifyRecords([
      { store_id: 'S1', store_name: 'Hotel Adlon Kempinski', street: 'Unter den Linden 77', city: 'Berlin', country: 'DE', phone: '+49 30 22610', notes: 'Halal breakfast' },
      { store_id: 'S2', store_name: 'Bank Street Deli', street: '1 Bank St', city: 'Ottawa', country: 'CA', phone: '+1 613 555 0100', notes: 'Kosher deli' },
    ]);
    expect(stores.subjectCount).toBe(0);
    // A store's email and a statistic of its customers make no store a person.
    const sales = classifyRecords([
      { date: '2026-10-01', state: 'NC', store_id: 'ST102', store_address: '9408 Sunset Blvd, Raleigh, NC 28049', store_phone: '(919) 314-5183', store_email: 'store102@retail.example', avg_customer_age: '35.9', pct_female: '55.4' },
      { date: '2026-10-01', state: 'VA', store_id: 'ST135', store_address: '8638 Washington Blvd, Arlington, VA 24601', store_phone: '(703) 708-8890', store_email: 'store135@retail.example', avg_customer_age: '40.5', pct_female: '45.4' },
    ]);
    expect(sales.subjectCount).toBe(0);
    const points = classifyRecords([{ properties: { name: 'Central Mosque', phone: '+49 30 1234567', amenity: 'place_of_worship' }, geometry: { type: 'Point', coordinates: [13.4, 52.52] } }]);
    expect(points.subjectCount).toBe(0);
    const suppliers = classifyRecords([
      { company_name: 'Nordlicht GmbH', contact_first_name: 'Anna', phone: '+49 30 901820' }, { company_name: 'Acme Ltd', email: 'bob.stone@acme.example', phone: '+44 20 7946 0958' },
    ]);
    expect(suppliers.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['identity', 1]]);
    // A person's employer is no sign that the records are about organisations.
    expect(classifyRecords([{ login: 'diaz27', name: 'Ravi Diaz', company: 'Acme Labs', email: null }]).subjectCount).toBe(1);
  });

  it('tell apart the people who share a device or a bank account by their names and birth dates', () => {
    const tablet = classifyRecords([
      { device_id: 'tab-01', profile_name: 'Mia Frank', profile_birth_date: '2017-04-02' }, { device_id: 'tab-01', profile_name: 'Eva Frank', profile_birth_date: '1986-02-02' },
      { device_id: 'tab-01', profile_name: 'Mia Frank', profile_birth_date: '2017-04-02' },
    ], { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(tablet.subjectCount).toBe(2);
    expect(tablet.children).toMatchObject({ under13: 1, under16: 1 });
    const joint = classifyRecords([{ iban: 'DE89370400440532013000', holder_name: 'Anna Kohl' }, { iban: 'DE89370400440532013000', holder_name: 'Ben Kohl' }]);
    expect(joint.subjectCount).toBe(2);
    const payments = classifyRecords([{ iban: 'GB29NWBK60161331926819', account_holder: 'Acme Ltd' }, { iban: 'FR1420041010050500013M02606', account_holder: 'Paul Martin' }]);
    expect(payments.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 1], ['financial', 1]]);
    const customers = classifyRecords([{ customer_id: 'C1', customer: 'Nordlicht Logistics GmbH', phone: '+49 30 901820' }, { customer_id: 'C2', customer: 'Anna Kohl', phone: '+49 30 901821' }]);
    expect(customers.subjectCount).toBe(1);
    // A utility's business account: its account name is a company's, and it has no person's name.
    const accounts = classifyRecords([{ customer_ref: 'CUS-1', account_name: 'Mrs Jane Smith', first_name: 'Jane', email: 'jane.smith@example.org' },
      { customer_ref: 'BUS-1', account_name: 'Oakridge Lettings Ltd', first_name: null, email: 'accounts@oakridge.example' }]);
    expect(accounts.subjectCount).toBe(1);
    // A company next to a person (the creditor of a debtor) leaves the record the person's.
    const debts = classifyRecords([{ debtor_name: 'Ava Brown', creditor_name: 'Vodafone Ltd', phone: '+44 7700 900123' }, { debtor_name: 'Oliver Green', creditor_name: 'Capital One (Europe) plc', phone: '+44 7700 900124' }]);
    expect(debts.subjectCount).toBe(2);
    const pings = classifyRecords([{ device_id: 'd-1', ip: '81.2.69.160' }, { device_id: 'd-1', ip: '81.2.69.161' }]);
    expect(pings.subjectCount).toBe(1);
  });

  it('count a genotype table by its sample, not by its rows', () => {
    const rows = ['S1', 'S2'].flatMap((sample) => ['rs4680', 'rs53576', 'rs429358'].map((rsid) => ({ sample_id: sample, rsid, chromosome: '22', genotype: 'AG' })));
    const result = classifyRecords(rows);
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['genetic', 2]]);
    // A raw DNA download: one person's genome, however many lines.
    const genome = classifyRecords(['rs4477212', 'rs3094315', 'rs3131972'].map((rsid) => ({ rsid, chromosome: '1', position: '752566', genotype: 'AG' })));
    expect(genome.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['genetic', 1]]);
    expect(genome.subjectCount).toBe(1);
  });

  it('count no one for a bare id and a city, and key a log by its user before its event id', () => {
    expect(classifyRecords([{ id: 1, city: 'Berlin' }, { id: 2, city: 'Paris' }]).subjectCount).toBe(0);
    expect(classifyRecords([{ id: 1, username: 'anna', ip: '81.2.69.160' }, { id: 2, username: 'anna', ip: '81.2.69.161' }]).subjectCount).toBe(1);
  });

  it('tell the same person by name and date of birth however the name is written, and a buyer by a title or a spelling', () => {
    const people = classifyRecords([{ customer: 'Anna Smith', birthdate: '1990-05-01' }, { customer: 'Anna  Smith', birthdate: '1990-05-01' }, { customer: 'Smith, Anna', birthdate: '1990-05-01' }, { customer: 'Mrs. Anna Smith', birthdate: '1990-05-01' }]);
    expect(people.subjectCount).toBe(1);
    const orders = classifyRecords([
      { Email: 'bob@example.org', 'Billing Name': 'Bob Lee', 'Shipping Name': 'Mr. Bob Lee' },
      { Email: 'hugo@example.org', 'Billing Name': 'Hugo Müller', 'Shipping Name': 'Hugo Mueller' },
      { Email: 'ian@example.org', 'Billing Name': 'Ian Cole', 'Shipping Name': 'Ian Cole c/o Reception' },
      { Email: 'anna@example.org', 'Billing Name': 'Anna Schmidt', 'Shipping Name': 'Anna Schmidt Weber' },
    ]);
    expect(orders.subjectCount).toBe(4);
    // Another family name both ways is another person, whatever their given name: a gift from Lucas Moreau to Lucas Rivera.
    const gift = classifyRecords([{ Email: 'lucas@example.org', 'Billing Name': 'Lucas Moreau', 'Shipping Name': 'Lucas Rivera', 'Shipping Province': 'CO', 'Shipping Country': 'US' }]);
    expect(gift.subjectCount).toBe(2);
  });

  it('count no one for a totals row whose email cell holds a count', () => {
    const result = classifyRecords([{ name: 'Anna Smith', email: 'anna@example.org', orders: '3' }, { name: 'Total', email: '1', orders: '3' }]);
    expect(result.subjectCount).toBe(1);
  });

  it('read the sections of one person\'s data export as one record', async () => {
    const sar = { 'Personal Info': { name: 'Anna Smith', email: 'anna@example.org' }, 'Login Activity': { last_ip: '81.2.69.160', device: 'Pixel' } };
    expect(classifyRecords([sar]).subjectCount).toBe(1);
  });
});

describe('exports about no one', () => {
  it.each([
    ['a postcode gazetteer', [{ code_postal: '75001', nom_commune: 'Paris', latitude: '48.8625', longitude: '2.3364' }, { code_postal: '69001', nom_commune: 'Lyon', latitude: '45.767', longitude: '4.8342' }]],
    ['bank branches', [{ bank: 'Barclays Bank UK PLC', bic: 'BUKBGB22', sort_code: '20-00-00', town: 'Leeds' }, { bank: 'Lloyds Bank', bic: 'LOYDGB2L', sort_code: '30-00-00', town: 'Bristol' }]],
    ['a company register', [{ company_id: 'C1', company_name: 'Nordlicht Logistics GmbH', city: 'Berlin', country: 'DE' }]],
    ['airports', [{ iata: 'FRA', name: 'Frankfurt am Main Airport', city: 'Frankfurt', country: 'DE', latitude: '50.0333', longitude: '8.5706' }, { iata: 'JFK', name: 'John F Kennedy Intl', city: 'New York', country: 'US', latitude: '40.6398', longitude: '-73.7789' }]],
    ['exchange rates', [{ date: '2026-11-02', pair: 'EUR/JPY', rate: '165.072000' }, { date: '2026-11-03', pair: 'EUR/JPY', rate: '164.981000' }]],
    ['events with an age rule', [{ event_id: 'EV1', title: 'Jazz Night', min_age: '18' }, { event_id: 'EV2', title: 'Kinderkonzert', min_age: '3' }]],
    ['token transfers', [{ tx: '0xabc', token: 'USDC', value: '412.583920' }]],
    ['a batch job log', [{ ts: '2026-11-01 02:00:01', host: 'etl-01', message: 'Loaded config (version 2.14.0.3)' }]],
    ['boards under test', [{ board: 'RPi4', gpio_pin: '17', qa_pass: 'true', wheel_balance: 'ok' }]],
    ['a configuration table', [{ id: 1, tenant_id: 't-001', key: 'log.level', value: 'info' }, { id: 2, tenant_id: 't-002', key: 'region', value: 'eu-west-1' }]],
    ['parcels', [{ tracking_number: '1Z999AA10123456784', carrier: 'UPS', dest_country: 'DE' }]],
    ['market data', [{ ticker: 'ACME', market_cap: '412345678901' }]],
  ])('report nothing: %s', (_, records) => {
    const result = classifyRecords(records as Array<Record<string, unknown>>, { asOf: AS_OF });
    expect(result.subjectCount).toBe(0);
    expect(result.categories).toEqual([]);
    expect(result.jurisdictions).toEqual([]);
    expect(result.evidence).toEqual([]);
    expect(result.children ?? { under13: 0 }).toMatchObject({ under13: 0 });
  });

  it('still count a city, a postcode or coordinates for a record that is about a person', () => {
    const result = classifyRecords([{ customer_id: 'C1', city: 'Berlin', postcode: '10115' }, { name: 'Anna Schmidt', town: 'Leeds', latitude: '53.8', longitude: '-1.55' }]);
    expect(result.subjectCount).toBe(2);
    expect(subjectsOf(result, 'contact')).toBe(2);
    expect(subjectsOf(result, 'location')).toBe(1);
  });
});

describe('national numbers that encode the birth date', () => {
  it('count children by them when no date of birth is given', () => {
    const swedish = classifyRecords([
      { kundnummer: 'K1', personnummer: '150312-1236' }, // born 2015
      { kundnummer: 'K2', personnummer: '19121212-1212' },
    ], { asOf: AS_OF });
    expect(swedish.children).toMatchObject({ under13: 1, under16: 1, withBirthDate: 2 });
    // Born 1944-05-14 and 2013-11-13 (month + 20: the 2000s): one child of 13.
    const polish = classifyRecords([{ id_pacjenta: 'P1', pesel: '44051401359' }, { id_pacjenta: 'P2', pesel: '13311300017' }], { asOf: AS_OF });
    expect(polish.children).toMatchObject({ under13: 0, under16: 1, withBirthDate: 2 });
  });
});

describe('orders shipped to someone else', () => {
  it('count a gift\'s recipient as a person of their own, placed by the shipping address, and the buyer\'s own shipping as the buyer\'s', () => {
    const order = (email: string, billing: string, shipping: string, state: string) => ({
      Email: email, 'Billing Name': billing, 'Billing Province': 'IL', 'Billing Country': 'US', 'Shipping Name': shipping, 'Shipping Street': '461 Washington Blvd', 'Shipping Province': state, 'Shipping Country': 'US',
    });
    const result = classifyRecords([
      order('sandra@example.com', 'Sandra Baker', 'Carol Clark', 'MA'), // a gift
      order('mark@example.com', 'Mark Lee', 'Mark Lee', 'IL'),
      order('ann@example.com', 'Ann Smith', 'Smith Ann', 'IL'), // her own name, the other way round
      { first_name: 'Tom', last_name: 'Hall', email: 'tom@example.com', shipping_first_name: 'Tom', shipping_last_name: 'Hall' },
      order('peter@example.com', 'Peter Hall', 'Emma Hall', 'TX'), // a relative's gift: another given name (QA round 18)
      order('bob@example.com', 'Bob Lee', 'Mr. Bob Lee', 'IL'),
    ]);
    expect(result.subjectCount).toBe(8);
    expect(inJurisdiction(result, 'US-MA')?.subjects).toBe(1);
    expect(inJurisdiction(result, 'US-TX')?.subjects).toBe(1);
    expect(inJurisdiction(result, 'US-IL')?.subjects).toBe(5);
  });
});

describe('call records', () => {
  it('count the subscriber by their number and each called party as a person of their own, with the traffic data', () => {
    const call = (a: string, b: string, type: string) => ({ record_id: `${a}${b}`, msisdn_a: a, imsi_a: a.endsWith('124') ? '262017813157866' : '262013947270134', msisdn_b: b, call_type: type, duration_s: '60' });
    const result = classifyRecords([
      call('+4915586865124', '+49892937741', 'MOC'), call('+4915586865124', '+49309862183', 'SMS-MO'), call('+4915595955949', '+49892937741', 'MOC'),
    ]);
    expect(result.subjectCount).toBe(4); // two subscribers, two called numbers
    expect(subjectsOf(result, 'contact')).toBe(4);
    expect(subjectsOf(result, 'online-identifier')).toBe(2);
    // That the one called the other, when and for how long, is both people's traffic data.
    expect(subjectsOf(result, 'communications')).toBe(4);
    expect(inJurisdiction(result, 'DE')?.subjects).toBe(4);
  });

  it('counts an analytics export\'s users by their distinct_id whatever comes first, and reads its devices\' ids and names (QA round 63)', () => {
    const identified = (n: number) => ({ event: '$identify', properties: { distinct_id: `b${n}`, $device_id: `2c7a1d3f-8e5b-4d2f-9a6b-00000000000${n}`, $email: `user${n}@example.jp`, $name: `Haruto Sato${n}`, mp_country_code: 'JP' } });
    const anonymous = (n: number) => ({ event: 'App Open', properties: { distinct_id: `a${n}`, $device_id: `1b6f0c2e-9d4a-4c1e-8f7a-00000000000${n}`, mp_country_code: 'JP' } });
    for (const events of [[identified(1), identified(2), anonymous(1), anonymous(2), anonymous(3)], [anonymous(1), anonymous(2), anonymous(3), identified(1), identified(2)]]) {
      const result = classifyRecords(events);
      expect(result.subjectCount).toBe(5);
      expect(subjectsOf(result, 'identity')).toBe(2);
    }
    // A mobile advertising id and a push token are devices' ids, not credentials.
    const fcm = `dQw4w9WgXcQ0123456789:APA91b${'Hx7Kq2ZpLm9VwT4rYs8Nd3Fg6Jb1Xc5Qe0Ua'.repeat(3)}`;
    const devices = classifyRecords([{ maid: '38400000-8cf0-11bd-b23e-10b96e40000d', segment: 'auto' }, { maid: '38400000-8cf0-11bd-b23e-10b96e40000d', segment: 'travel' }, { email: 'ana@example.com', fcmToken: fcm }]);
    expect(devices.credentials).toBeUndefined();
    expect(subjectsOf(devices, 'online-identifier')).toBe(2);
  });

  it('counts no one for a store locator or a company\'s fleet at its depots, and reads a GPS route\'s points as location (QA round 63)', () => {
    const stores = classifyRecords([
      { id_tienda: 'T001', nombre_tienda: 'MóvilPlus Valencia Centro 1', direccion: 'Calle Colón 106', codigo_postal: '46002', ciudad: 'Valencia', telefono: '+34 965067032', email_tienda: 'tienda001@movilplus.es' },
      { id_tienda: 'T002', nombre_tienda: 'MóvilPlus Bilbao Centro 2', direccion: 'Calle Alcalá 72', codigo_postal: '48001', ciudad: 'Bilbao', telefono: '+34 945422992', email_tienda: 'tienda002@movilplus.es' },
    ]);
    expect(stores.subjectCount).toBe(0);
    const fleet = classifyRecords([{ vin: '1GCLCA087TF762338', unit_number: 'NWL-1000', depot: 'Northwind Logistics Inc. - Reno Depot', depot_address: '900 Energy Way, Reno, NV 89502', registered_owner: 'Northwind Logistics Inc.' }]);
    expect(fleet.subjectCount).toBe(0);
    const runs = classifyRecords([
      { user: { user_id: 'u1', email: 'lachlan@example.com' }, runs: [{ distance_km: 16.06, route: [[-31.938645, 115.889774], [-31.937945, 115.890274]] }] },
      // A price range is no place.
      { user: { user_id: 'u2', email: 'mia@example.com' }, price_range: [9.99, 19.99] },
    ]);
    expect(subjectsOf(runs, 'location')).toBe(1);
  });

  it('reads a call record\'s parties by their letters (a_number, b_number) and an other party\'s number, with their traffic data (QA round 63)', () => {
    const calls = [['+4915138396720', '+33619703590'], ['+4915736582471', '+4915164267088'], ['+4915138396720', '+33612345678']];
    for (const [a, b] of [['a_number', 'b_number'], ['served_msisdn', 'other_party_msisdn'], ['calling_number', 'called_number']] as const) {
      const result = classifyRecords(calls.map(([from, to], n) => ({ call_id: `CDR${n}`, [a]: from, [b]: to, start_time: '2026-10-21 12:30:00', duration_s: '93' })));
      expect(result.subjectCount, a).toBe(5);
      expect(subjectsOf(result, 'communications'), a).toBe(5);
      expect(inJurisdiction(result, 'FR')?.subjects, a).toBe(2);
    }
  });
});

describe('a phone\'s country', () => {
  it('places only a record that nothing else places: a US state and ZIP beat a Canadian mobile', () => {
    const result = classifyRecords([
      { customer_id: 'C1', phone: '+1 604 681 2345', state: 'UT', zip: '84101' },
      { customer_id: 'C2', phone: '+1 416 979 2345', state: 'TX', zip: '78701' },
      { customer_id: 'C3', phone: '+1 416 979 2346' },
    ]);
    expect(result.jurisdictions).toEqual(['CA', 'US', 'US-TX', 'US-UT']);
    expect(inJurisdiction(result, 'CA')?.subjects).toBe(1);
  });
});

describe('phone numbers in prose', () => {
  it('place no one by a national number read in an assumed country', () => {
    const result = classifyRecords([{ ticket_id: 1, customer_email: 'kb@example.org', message_body: 'Order late. Please call me back on 0114 980 8278. Thanks' }]);
    expect(result.jurisdictions).toEqual([]);
    expect(subjectsOf(result, 'contact')).toBe(1);
    const international = classifyRecords([{ ticket_id: 1, customer_email: 'kb@example.org', message_body: 'Please call me back on +49 30 901820. Thanks' }]);
    expect(international.jurisdictions).toEqual(['DE']);
  });
});

describe('postcodes of one country\'s shape', () => {
  it('place a record that names no country: UK, Canadian, Irish and Dutch postcodes, in their column or ending an address', () => {
    const result = classifyRecords([
      { email: 'a@example.com', postcode: 'LS11 5DR' },
      { email: 'b@example.com', postal_code: 'K1A 0B1' },
      { email: 'c@example.com', eircode: 'D02 X285' },
      { email: 'd@example.com', postcode: '1012 AB' },
      { email: 'e@example.com', address: '73 Victoria Street, Bradford BD1 1AA' },
      { email: 'f@example.com', address: '290 Bremner Blvd, Toronto M5V3L9' },
    ]);
    expect(result.jurisdictions).toEqual(['CA', 'GB', 'IE', 'NL']);
    expect(inJurisdiction(result, 'GB')?.subjects).toBe(2);
    expect(inJurisdiction(result, 'CA')?.subjects).toBe(2);
  });

  it('do not override the record\'s country, and five-digit codes place no one', () => {
    const result = classifyRecords([
      { email: 'a@example.com', country: 'DE', postcode: 'LS11 5DR' },
      { email: 'b@example.com', postcode: '10115' },
      { email: 'c@example.com', postcode: 'ABC 123' },
    ]);
    expect(result.jurisdictions).toEqual(['DE']);
  });
});

describe('payment processor columns', () => {
  it('reads a card fingerprint as the processor\'s token and the card\'s issuing country as no place of the person', () => {
    const result = classifyRecords([
      { id: 'cus_1', Email: 'mark@example.com', 'Card Fingerprint': 'wMJFrCfZUEqkNksE', 'Card Address Country': 'US', 'Card Address State': 'CA', 'Card Issue Country': 'GB' },
    ]);
    expect(result.categories.map((entry) => entry.category)).not.toContain('biometric');
    expect(result.jurisdictions).toEqual(['US', 'US-CA']);
  });

  it('reads a column named CC as a country code or a card number, as its values say', () => {
    const mailchimp = classifyRecords([{ 'Email Address': 'a@example.com', CC: 'US', REGION: 'CA' }, { 'Email Address': 'b@example.com', CC: 'US', REGION: 'WA' }]);
    expect(mailchimp.jurisdictions).toEqual(['US', 'US-CA', 'US-WA']);
    expect(mailchimp.categories.map((entry) => entry.category)).toEqual(['contact']);
    const cards = classifyRecords([{ email: 'a@example.com', cc: '4111 1111 1111 1111' }]);
    expect(subjectsOf(cards, 'payment-card')).toBe(1);
    expect(cards.jurisdictions).toEqual([]);
  });

  it('places an address whose parts are set apart by runs of spaces (Mailchimp)', () => {
    const result = classifyRecords([{ 'Email Address': 'matt@example.com', Address: '8903 Main St  Hartford  CT  06510  US' }]);
    expect(result.jurisdictions).toEqual(['US', 'US-CT']);
  });
});

describe('placeholders', () => {
  it('does not count numbers and addresses that stand for none', () => {
    const result = classifyRecords([
      { id: 1, phone: '0000000000' }, { id: 2, phone: '555-555-5555' }, { id: 3, phone: '123-456-7890' },
      { id: 4, email: 'xxx@xxx.xxx' }, { id: 5, email: 'noemail@noemail.com' }, { id: 6, email: 'j***@example.com' },
      { id: 7, email: 'anna@example.com' }, { id: 8, phone: '+49 30 1234567' },
    ]);
    expect(subjectsOf(result, 'contact')).toBe(2);
  });

  it('keeps names that look like placeholders in a name column', () => {
    const result = classifyRecords([{ id: 1, first_name: 'Nan', last_name: 'Na' }, { id: 2, first_name: 'Nil' }, { id: 3, first_name: 'N/A' }]);
    expect(subjectsOf(result, 'identity')).toBe(2);
  });
});

describe('column names and keys from real exports', () => {
  it('reads national ids in document-number columns, and MD5 hashes in a password_md5 column', () => {
    const ids = classifyRecords([{ id: 1, num_documento: '12345678Z' }, { id: 2, document_number: 'RSSMRA85T10A562S' }]);
    expect(subjectsOf(ids, 'government-id')).toBe(2);
    expect(classifyRecords([{ user_id: 1, password_md5: '5f4dcc3b5aa765d61d8327deb882cf99' }]).credentials).toEqual({ plain: 0, hashed: 1, tokens: 0 });
  });

  it('counts people by keys named in other orders and languages, and by emails in any column case-insensitively', () => {
    const staff = classifyRecords([
      { Personalnummer: 'P1', 'E-Mail': 'team@example.com' }, { Personalnummer: 'P2', 'E-Mail': 'team@example.com' },
    ]);
    expect(staff.subjectCount).toBe(2);
    const byId = classifyRecords([{ id: 'Anna@Example.com' }, { id: 'anna@example.com' }, { id: 'bob@example.com' }]);
    expect(byId.subjectCount).toBe(2);
  });

  it('does not count a no, or an SMS consent flag, as health or communications data', () => {
    expect(subjectsOf(classifyRecords([{ id: 1, Schwerbehinderung: 'nein' }, { id: 2, Schwerbehinderung: 'ja, GdB 50' }]), 'health')).toBe(1);
    expect(classifyRecords([{ id: 1, OPTIN_SMS: 'yes' }, { id: 2, OPTIN_SMS: 'no' }]).categories).toEqual([]);
  });

  it('does not read part numbers as social security numbers, nor browser versions as IP addresses', () => {
    expect(classifyRecords([{ sku: 'A1', part_no: '536-22-1234' }]).categories).toEqual([]);
    expect(classifyRecords([{ id: 1, user_agent: 'Mozilla/5.0 Chrome/124.0.0.0 Safari/537.36' }]).evidence
      .filter((entry) => entry.detector === 'ip-address')).toEqual([]);
  });

  it('reads names in a column named for a person when most of its values are names', () => {
    // Ten orders of three customers known by their names alone: three people.
    const named = classifyRecords(Array.from({ length: 10 }, (_, n) => ({ order_id: `O${n}`, customer: ['Anna Schmidt', 'José de la Cruz', 'Bob Stone'][n % 3] })));
    expect(subjectsOf(named, 'identity')).toBe(3);
    const keys = classifyRecords(Array.from({ length: 10 }, (_, n) => ({ order_id: `O${n}`, customer: `C-${n}` })));
    expect(keys.categories).toEqual([]);
  });

  it('knows country names in the languages of the column names', () => {
    const records = [{ id: 1, pays: 'Italie' }, { id: 2, paese: 'Spagna' }, { id: 3, land: 'Niederlande' }];
    expect(classifyRecords(records.map((record) => ({ ...record, email: `p${record.id}@example.org` }))).jurisdictions).toEqual(['ES', 'IT', 'NL']);
    // A country on records without personal data places no one.
    expect(classifyRecords(records).jurisdictions).toEqual([]);
  });
});

describe('very wide records', () => {
  it('reports the categories of columns past the limit as evidence of "(further columns)"', () => {
    // A CSV export with 2,100 columns before the SSN.
    const names = ['customer_id', ...Array.from({ length: 2_100 }, (_, i) => `field_${i}`), 'ssn'];
    const classifier = new RecordClassifier();
    classifier.setColumns(names);
    classifier.addRow(names.map((name) => (name === 'ssn' ? '536-22-1234' : name === 'customer_id' ? 'C-1' : 'x')));
    const result = classifier.result();
    expect(subjectsOf(result, 'government-id')).toBe(1);
    expect(result.evidence.find((entry) => entry.category === 'government-id')).toMatchObject({ detector: 'us-ssn', columns: ['(further columns)'] });
  });
});

describe('confidence and counting', () => {
  it('gives each category and detector a confidence, and says how people were counted', () => {
    const result = classifyRecords([{ customer_id: 1, email: 'a@example.com', religion: 'x' }]);

    expect(result.categories).toEqual([
      { category: 'contact', subjects: 1, confidence: 0.99 },
      { category: 'special-category', subjects: 1, confidence: 0.8 },
    ]);
    expect(result.evidence[0]).toMatchObject({ detector: 'email', confidence: 0.99, matches: 1 });
    expect(result.subjectCounting).toEqual({ basis: 'subject-key', exact: true });
    expect(classifyRecords([{ note: 'x' }]).subjectCounting).toEqual({ basis: 'record', exact: true });
  });

  it('estimates past the exact limit, and says so', () => {
    const classifier = new RecordClassifier({ exactSubjectLimit: 1_000 });
    for (let n = 0; n < 30_000; n++) classifier.add({ customer_id: n, email: `p${n}@example.com`, country: n % 2 ? 'DE' : 'FR' });

    const result = classifier.result();

    expect(result.subjectCounting).toMatchObject({ basis: 'subject-key', exact: false });
    expect(Math.abs(result.subjectCount - 30_000) / 30_000).toBeLessThan(0.03);
    expect(Math.abs((inJurisdiction(result, 'DE')?.subjects ?? 0) - 15_000) / 15_000).toBeLessThan(0.06);
  });
});

describe('classifiers merged across threads', () => {
  it('gives the same result as one classifier over all records', () => {
    const records = Array.from({ length: 3_000 }, (_, n) => ({
      customer_id: `C-${n % 2_500}`, // some people in both halves
      email: `p${n % 2_500}@example.com`,
      country: ['DE', 'FR', 'US'][n % 3] ?? 'DE',
      dob: n % 10 === 0 ? '2015-06-01' : '1970-06-01',
      value: n % 50 === 0 ? '4111111111111111' : `order-${n}`,
    }));
    const salt = 'shared-salt';
    const whole = classifyRecords(records, { subjectHashSalt: salt, asOf: AS_OF });
    const halves = [records.slice(0, 1_400), records.slice(1_400)].map((part) => {
      const classifier = new RecordClassifier({ subjectHashSalt: salt, asOf: AS_OF, subjectKey: 'customer_id' });
      for (const record of part) classifier.add(record);
      classifier.finish();
      return classifier.exportState();
    });
    const merged = new RecordClassifier({ subjectHashSalt: salt, asOf: AS_OF });
    for (const state of halves) merged.merge(state);

    const result = merged.result();

    expect(result.subjectCount).toBe(whole.subjectCount);
    expect(result.categories).toEqual(whole.categories);
    expect(result.jurisdictionCounts).toEqual(whole.jurisdictionCounts);
    expect(result.children).toEqual(whole.children);
    expect(result.recordsScanned).toBe(3_000);
  });

  it('merges classifications of the sample and the export by maximum, new fields included', () => {
    const a = classifyRecords([{ customer_id: 1, password: 'x1' }, { customer_id: 1, dob: '2015-01-01' }], { asOf: AS_OF });
    const b = classifyRecords([{ customer_id: 1, password: 'y2' }, { customer_id: 2, password: 'z3', dob: '2015-01-01' }], { asOf: AS_OF });

    const merged = mergeClassifications(a, b);

    expect(merged.credentials).toEqual({ plain: 2, hashed: 0, tokens: 0 });
    expect(merged.children?.under13).toBe(1);
    expect(Classification.parse(merged)).toEqual(merged);
  });
});

describe('data minimisation', () => {
  it('keeps no value of these records in the result', () => {
    const records = [{ customer_id: 'C-77', email: 'zed@example.com', password: 'hunter2', phone: '+49 30 1234567', dob: '2014-03-03' }];
    const serialized = JSON.stringify(classifyRecords(records, { asOf: AS_OF })).toLowerCase();
    for (const value of ['c-77', 'zed@', 'hunter2', '1234567', '2014-03-03']) expect(serialized).not.toContain(value);
  });
});

describe('exports of HR, payroll and identity systems (QA round 11)', () => {
  it('read ADP\'s "Section: Field" labels and key its rows by the associate, placed by the home state, not the work state', async () => {
    const header = 'Associate ID,Legal First Name,Legal Last Name,Tax ID (SSN),Birth Date,Primary Address: City,Primary Address: State / Territory Code,Primary Address: Zip / Postal Code,Worked In State,Regular Pay Rate Amount,Gross Pay';
    const rows = ['G3J7UA2TCQ,Amara,Roberts,221-44-2435,06/12/1963,Jersey City,NJ,07367,NY,76.67,6133.92', 'G3J7UA2TCQ,Amara,Roberts,221-44-2435,06/12/1963,Jersey City,NJ,07367,NY,76.67,6133.92', 'G3B8ASBESN,Avery,Anderson,516-89-2994,10/24/1995,Jersey City,NJ,07321,NY,70.91,5672.44'];
    const { classification } = await classifySource(scratchCsv('adp.csv', [header, ...rows].join('\n')), { collectEmails: false });
    expect(classification.subjectCount).toBe(2);
    expect(classification.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['identity', 2], ['government-id', 2], ['financial', 2]]);
    expect(classification.jurisdictionCounts?.map((entry) => entry.jurisdiction)).toEqual(['US', 'US-NJ']);
  });

  it('read Entra ID\'s bulk template by the field names in brackets', async () => {
    const text = 'version:v1.0\nName [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,State or province [state],Country or region [country]\n'
      + 'Ann Lee,ann.lee@fabrikam.example,Welcome-2026!,WA,United States\nBo Kim,bo.kim@fabrikam.example,Welcome-2027!,WA,United States\n';
    const { classification } = await classifySource(scratchCsv('entra.csv', text), { collectEmails: false });
    expect(classification.credentials).toEqual({ plain: 2, hashed: 0, tokens: 0 });
    expect(classification.jurisdictionCounts?.map((entry) => [entry.jurisdiction, entry.subjects])).toEqual([['US', 2], ['US-WA', 2]]);
  });

  it('read a message log\'s account SIDs as no credential', () => {
    const result = classifyRecords([{ From: '+14043376929', To: '+14155238886', Body: 'See you at 5', AccountSid: 'AC744b3e7f070e02e8d0a776f470d77d44' }]);
    expect(result.categories.map((entry) => entry.category)).toEqual(['contact']);
    expect(result.credentials).toBeUndefined();
  });

  it('count a dental practice\'s patients by their patient number, with their procedure codes as health data', () => {
    const family = ['Tyler', 'Elena', 'Harper'].map((first, n) => ({ PatNum: 1031 + n, LName: 'Hughes', FName: first, Birthdate: ['2010-10-13', '1968-09-16', '2015-03-07'][n], CarrierName: 'Delta Dental of Oregon', SubscriberID: 'XYZ983592795', ProcCode: 'D1206' }));
    const result = classifyRecords(family, { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(result.subjectCount).toBe(3);
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 3], ['health', 3]]);
    expect(result.evidence.find((entry) => entry.category === 'identity')?.columns).not.toContain('CarrierName');
  });

  it('count the parents and emergency contacts a school system names in columns of their own', () => {
    const pupils = classifyRecords([
      { Student_Number: 20260016, Last_Name: 'Hill', First_Name: 'Elijah', DOB: '05/11/2017', Mother: 'Hill, Aisha', Father: 'Hill, Søren', Emerg_Contact_1: 'Sofia Hill', Alert_Medical: 'Peanut allergy - EpiPen in nurse office' },
      { Student_Number: 20260017, Last_Name: 'Hill', First_Name: 'Camille', DOB: '12/23/2018', Mother: 'Hill, Aisha', Father: 'Hill, Søren', Emerg_Contact_1: 'Sofia Hill', Alert_Medical: 'None' },
    ], { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(pupils.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 5], ['health', 1]]);
    expect(pupils.children).toMatchObject({ under13: 2, withBirthDate: 2 });
  });

  it('read AWS Cognito\'s attributes, listed as names and values, as columns of their own', () => {
    const users = [
      { Username: 'priya@example.org', Attributes: [{ Name: 'given_name', Value: 'Priya' }, { Name: 'birthdate', Value: '2018-01-06' }, { Name: 'email', Value: 'priya@example.org' }, { Name: 'custom:country', Value: 'US' }], Enabled: true },
      { Username: 'ben@example.org', Attributes: [{ Name: 'given_name', Value: 'Ben' }, { Name: 'birthdate', Value: '1980-02-03' }, { Name: 'email', Value: 'ben@example.org' }, { Name: 'custom:country', Value: 'DE' }], Enabled: true },
    ];
    const result = classifyRecords(users, { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(result.children).toMatchObject({ under13: 1, withBirthDate: 2 });
    expect(result.jurisdictions).toEqual(['DE', 'US']);
    expect(result.evidence.flatMap((entry) => entry.columns)).not.toContain('Attributes.Name');
    // WooCommerce's meta_data: an id, a key and a value.
    const orders = classifyRecords([
      { id: 1, customer_id: 301, billing: { email: 'jonas@example.de', country: 'DE' }, meta_data: [{ id: 11, key: '_billing_birth_date', value: '2013-02-01' }, { id: 12, key: 'allergies', value: 'Peanut allergy' }] },
    ], { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(orders.children).toMatchObject({ under13: 0, under16: 1 });
    expect(orders.categories.map((entry) => entry.category)).toContain('health');
  });

  it('count no one for bots, rooms, shared mailboxes and unknown callers', () => {
    const slack = classifyRecords([{ id: 'U1', name: 'standup-bot', is_bot: true, profile: { real_name: 'Geekbot', email: 'bot@example.org' } }, { id: 'U2', name: 'anna', is_bot: false, profile: { real_name: 'Anna Kohl', email: 'anna@example.org' } }]);
    expect(slack.subjectCount).toBe(1);
    const directory = classifyRecords([
      { userPrincipalName: 'boardroom401@contoso.example', displayName: 'Boardroom 4.01', mail: 'boardroom401@contoso.example' },
      { userPrincipalName: 'rainier@contoso.example', displayName: 'Conference Room Rainier', mail: 'rainier@contoso.example' },
      { userPrincipalName: 'ann.lee@contoso.example', displayName: 'Ann Lee', mail: 'ann.lee@contoso.example' },
    ]);
    expect(directory.subjectCount).toBe(1);
    expect(classifyRecords([{ email: 'x@example.org', name: 'Caller +1 (307) 694-8155' }]).categories.map((entry) => entry.category)).toEqual(['contact']);
    // Handles are no names (under a nickname or a display name, a screen name: an online identifier); initials and hyphens are names.
    expect(classifyRecords([{ email: 'x@example.org', nickname: 'priya.jenkins' }, { email: 'y@example.org', nickname: 'anna_b' }]).categories.map((entry) => entry.category)).toEqual(['contact', 'online-identifier']);
    expect(classifyRecords([{ PlayerId: 'DD1EE68F2E589C80', DisplayName: 'WolfBuilder62', UserData: { birthDate: '2010-05-22' } }]).categories.map((entry) => entry.category)).toEqual(['identity', 'online-identifier']);
    // A WordPress nickname in small letters ("avisser") is a handle too; "Anna" is a name.
    expect(classifyRecords([{ user_id: '1', meta_key: 'nickname', meta_value: 'avisser' }, { user_id: '2', meta_key: 'nickname', meta_value: 'Anna' }], { subjectKey: 'user_id' }).categories.map((entry) => [entry.category, entry.subjects]))
      .toEqual([['identity', 1], ['online-identifier', 1]]);
    expect(classifyRecords([{ email: 'jr@example.org', first_name: 'J.R.' }, { email: 'jl@example.org', first_name: 'Jean-Luc' }]).categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['identity', 2]]);
  });

  it('place people by the location their profile gives', () => {
    const members = classifyRecords([{ login: 'diaz27', name: 'Ravi Diaz', location: 'Austin, TX 78701' }, { login: 'kfischer', name: 'Kai Fischer', location: 'Berlin, Germany' }, { login: 'x', location: 'Earth' }]);
    expect(members.subjectCount).toBe(2);
    expect(members.jurisdictionCounts?.map((entry) => entry.jurisdiction)).toEqual(['DE', 'US', 'US-TX']);
  });

  it('read a Magento customer\'s taxvat as a national tax number', () => {
    const result = classifyRecords([{ email: 'mario@example.org', taxvat: 'RSSMRA85T10A562S' }], { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(result.categories.map((entry) => entry.category)).toEqual(['contact', 'government-id']);
    expect(result.children).toMatchObject({ withBirthDate: 1 });
  });

  it('place a record by a phone number written the North American way when nothing else places it', () => {
    const contacts = classifyRecords([{ email: 'ann@example.org', phone: '(415) 555-0123' }, { email: 'bo@example.org', phone: '416-555-0142' }, { email: 'cy@example.org', phone: '347 123 4567' }]);
    expect(contacts.jurisdictionCounts?.map((entry) => [entry.jurisdiction, entry.subjects])).toEqual([['CA', 1], ['US', 1]]);
  });

  it('count a child both parents enrolled once, and each employee once with their own SSN', () => {
    const child = (employee: number, name: string, ssn: string) => [
      { 'Employee #': employee, 'Employee Name': name, 'Employee SSN': ssn, 'Dependent First Name': 'Tyler', 'Dependent Last Name': 'Sanders', Relationship: 'Child', 'Birth Date': '07/26/2019', SSN: '389-40-7671' },
      { 'Employee #': employee, 'Employee Name': name, 'Employee SSN': ssn, 'Dependent First Name': 'Nicole', 'Dependent Last Name': 'Sanders', Relationship: 'Child', 'Birth Date': '04/02/2015', SSN: '' },
    ];
    const result = classifyRecords([...child(1087, 'Sanders, Harper', '687-50-2304'), ...child(1084, 'Sanders, Lukas', '283-28-3482')], { asOf: new Date('2026-11-20T00:00:00Z') });
    expect(result.subjectCount).toBe(4);
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 4], ['government-id', 3]]);
    expect(result.children).toMatchObject({ under13: 2, under16: 2, withBirthDate: 2 });
  });

  it('read a JSON object in a CSV cell field by field, under its own names', () => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    classifier.setColumns(['user_id', 'metadata']);
    classifier.addRow(['1', '{"dob":"2015-03-04","diagnosis":"E11.9","plan":"pro"}']);
    classifier.addRow(['2', '{"dob":"1980-01-02","plan":"free"}']);
    classifier.addRow(['3', '{not json}']);
    const result = classifier.result();
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 2], ['health', 1]]);
    expect(result.children).toMatchObject({ under13: 1, withBirthDate: 2 });
    expect(result.evidence.flatMap((entry) => entry.columns)).toContain('metadata.dob');
  });

  it('read what web and cloud logs hold: secrets in query strings, private addresses, TLS fingerprints, access key ids', () => {
    const lines = classifyRecords([
      { time: '2026-11-01T10:00:00Z', request: 'GET /login?user=anna&password=hunter2 HTTP/1.1', client_ip: '81.2.69.160' },
      { time: '2026-11-01T10:00:01Z', request: 'GET /api?access_token=eyJhbGciOiJub25lIn0xyzabcdefgh1234 HTTP/1.1', client_ip: '81.2.69.161' },
      { time: '2026-11-01T10:00:02Z', request: 'GET /health HTTP/1.1', client_ip: '10.0.3.17' },
      { time: '2026-11-01T10:00:03Z', request: 'GET /login?password=*** HTTP/1.1', client_ip: '10.0.3.18' },
    ]);
    expect(lines.subjectCount).toBe(2); // the health checks from inside the network are no one's
    expect(lines.credentials).toEqual({ plain: 1, hashed: 0, tokens: 1 });
    const waf = classifyRecords([{ httpRequest: { clientIp: '81.2.69.160', ja3Fingerprint: '9f86d081884c7d659a2feaa0c55ad015' } }]);
    expect(waf.categories.map((entry) => entry.category)).toEqual(['online-identifier']);
    const trail = classifyRecords([{ userIdentity: { accessKeyId: 'ASIAY34FZKBOKMUTVV7A', userName: 'anna' }, sourceIPAddress: '81.2.69.160' }]);
    expect(trail.credentials).toBeUndefined();
  });

  it('key a sign-in log by its user, not by the application\'s client id', () => {
    const logins = classifyRecords([
      { client_id: 'aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV', user_id: 'auth0|1', user_name: 'anna@example.org', ip: '81.2.69.160' },
      { client_id: 'aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV', user_id: 'auth0|2', user_name: 'bob@example.org', ip: '81.2.69.161' },
    ]);
    expect(logins.subjectCount).toBe(2);
    // A keyed log's lines without a user and with only an address are a service's or a bot's calls.
    const calls = classifyRecords([
      { requestId: 'r1', email: 'anna@example.org', ip: '81.2.69.160' }, { requestId: 'r2', email: '', ip: '81.2.69.200' }, { requestId: 'r3', email: '', ip: '10.0.0.7' },
    ]);
    expect(calls.subjectCount).toBe(1);
  });

  it('key JSON records by the field holding the person\'s own email when no column name says which', () => {
    const events = classifyRecords([
      { actor: { id: '00u1', alternateId: 'anna.smith@acme-corp.example', displayName: 'Anna Smith' }, client: { ipAddress: '84.12.33.7' } },
      { actor: { id: '00u1', alternateId: 'anna.smith@acme-corp.example', displayName: 'Anna Smith' }, client: { ipAddress: '84.12.33.8' } },
      { actor: { id: '00u9', alternateId: 'bob.lee@acme-corp.example', displayName: 'Bob Lee' }, client: { ipAddress: '73.20.1.5' } },
    ]);
    expect(events.subjectCount).toBe(2);
  });

  it('find a log\'s key column in a later record when the first one has none', () => {
    const lines = classifyRecords([{ type: 'platform.start', requestId: '8f6c0b1e' }, { level: 'INFO', email: 'anna@example.org', name: 'Anna Smith' }, { level: 'INFO', email: 'anna@example.org', name: 'Anna Smith' }]);
    expect(lines.subjectCount).toBe(1);
    expect(lines.subjectCounting?.basis).toBe('subject-key');
    // What was judged of the key before it was found (that name and birth date key no one without data) is judged again.
    const late = classifyRecords([{ name: 'Anna Smith', dob: '1980-01-01', city: 'Berlin' }, { customer_id: 'C2', plan: 'pro' }]);
    expect(late.subjectCount).toBe(2);
  });

  it('read a crypto wallet in an address column as financial data, not a postal address', () => {
    const withdrawals = classifyRecords([{ email: 'ann@example.org', address: '0x52908400098527886E0F7030069857D2E4169EE7' }, { email: 'bo@example.org', address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' }]);
    expect(withdrawals.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['financial', 2]]);
    expect(withdrawals.evidence.map((entry) => entry.detector)).not.toContain('postal-address');
  });

  it('count a claimant who is the insured once, and a third-party claimant and an injured child as people of their own', () => {
    const claims = classifyRecords([
      { ClaimNumber: 'CLM-1', InsuredFirstName: 'Patricia', InsuredLastName: 'Jones', InsuredDOB: '1982-09-01', ClaimantFirstName: 'Patricia', ClaimantLastName: 'Jones', ClaimantDOB: '1982-09-01', ClaimantRelationToInsured: 'Self' },
      { ClaimNumber: 'CLM-2', InsuredFirstName: 'Patricia', InsuredLastName: 'Jones', InsuredDOB: '1982-09-01', ClaimantFirstName: 'Emma', ClaimantLastName: 'Jones', ClaimantDOB: '2017-03-03', ClaimantRelationToInsured: 'Child', InjuryDescription: 'Broken arm', ICD10Code: 'S52.5' },
    ], { asOf: new Date('2026-11-20T00:00:00Z'), subjectKey: null });
    expect(claims.subjectCount).toBe(3); // Patricia on each claim (no key: one per record), Emma
    expect(claims.children).toMatchObject({ under13: 1, withBirthDate: 3 });
    // A parent and a child with the same name but no birth dates stay two people.
    const accounts = classifyRecords([{ nr_rachunku: 'A1', imie: 'Julia', nazwisko: 'Kowalski', opiekun_imie_nazwisko: 'Julia Kowalski', opiekun_telefon: '+48 601 205 770' }]);
    expect(accounts.subjectCount).toBe(2);
  });

  it('place people by a country column\'s alpha-3 and one-letter codes, and a RESIDENCE column', () => {
    const members = classifyRecords([
      { email: 'a@example.de', Land: 'D' }, { email: 'b@example.at', Land: 'A' }, { email: 'c@example.es', country: 'ESP' }, { email: 'd@example.it', RESIDENCE: 'IT' },
    ]);
    expect(members.jurisdictions).toEqual(['AT', 'DE', 'ES', 'IT']);
  });

  it('count a masked number as no id', () => {
    const result = classifyRecords([{ email: 'ann@example.org', ssn: 'XXX-XX-1234' }, { email: 'bo@example.org', ssn: '***-**-6789' }, { email: 'cy@example.org', ssn: '212-38-4321' }]);
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 3], ['government-id', 1]]);
  });

  it('count an EEO answer that declines as no answer', () => {
    const result = classifyRecords([{ email: 'a@example.org', ethnicity: 'Decline to answer' }, { email: 'b@example.org', ethnicity: 'Declined to Self-Identify' }, { email: 'c@example.org', ethnicity: 'Hispanic or Latino' }]);
    expect(result.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 3], ['special-category', 1]]);
  });
});

describe('telecom, mobility, travel and public registers (QA round 13)', () => {
  const asOf = new Date('2026-11-20T00:00:00Z');
  const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf, collectEmails: false });

  it('counts the other people a record names: fellow travellers and children, additional drivers, guest riders, called parties', () => {
    const hotel = people([
      { Gast_Nr: 'G1', Vorname: 'Anna', Nachname: 'Huber', Geburtsdatum: '1980-04-02', Mitreisender_Vorname: 'Paul', Mitreisender_Nachname: 'Huber', Mitreisender_Geburtsdatum: '1979-01-05', Kind1_Vorname: 'Lina', Kind1_Geburtsdatum: '2019-06-01' },
      { Gast_Nr: 'G2', Vorname: 'Ben', Nachname: 'Roth', Geburtsdatum: '1975-02-02' },
    ]);
    expect(hotel.subjectCount).toBe(4);
    // The child is the child, not the adult guest whose row names her.
    expect(hotel.children).toMatchObject({ under13: 1, withBirthDate: 4 });
    const rental = people([{ renter_id: 'R1', name: 'Carla Diaz', date_of_birth: '1990-03-03', additional_drivers: [{ name: 'Dan Ng', date_of_birth: '1988-08-08' }] }]);
    expect(rental.subjectCount).toBe(2);
    const ride = people([{ rider_id: 'U1', rider_name: 'Eve Stone', guest_rider: { name: 'Finn Lake', phone: '+1 312 555 0142' } }]);
    expect(ride.subjectCount).toBe(2);
    // A trip's driver as an object of their own is another person, whose licence is theirs; a fleet's flat driver_id keys its records.
    const trips = people([
      { trip_id: 't1', rider: { rider_id: 'r1', name: 'Mason Smith', email: 'mason@example.com' }, driver: { driver_id: 'd1', first_name: 'Robert', last_name: 'Brown', license_number: 'B639-8295-4913' } },
      { trip_id: 't2', rider: { rider_id: 'r2', name: 'Ava Stone', email: 'ava@example.com' }, driver: { driver_id: 'd1', first_name: 'Robert', last_name: 'Brown', license_number: 'B639-8295-4913' } },
    ]);
    expect(trips.subjectCount).toBe(3);
    expect(trips.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(1);
    // A fleet's telemetry names no one but its driver: the driver is the record's person, by their id,
    // not the tracker's (two George Smiths are two drivers); a pool car's ping without one is no one's (QA round 18).
    const ping = (driver: object | null, imei: string) => ({ ts: '2026-10-01T08:00:00Z', vin: 'WVWZZZ1JZ3W000001', device: { imei }, driver, gps: { lat: 53.801234, lon: -1.548812 } });
    const george = (driverId: string, licenceNumber: string) => ({ driverId, name: 'George Smith', licenceNumber, homeCountry: 'GB' });
    const fleet = people([
      ping(george('DRV-1001', 'SMITH801154G99AB'), '490154203237518'), ping(george('DRV-1002', 'SMITH707220G92CD'), '490154203237518'),
      ping(george('DRV-1001', 'SMITH801154G99AB'), '356938035643809'), ping(null, '356938035643809'),
    ]);
    expect(fleet.subjectCount).toBe(2);
    expect(fleet.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['identity', 2], ['government-id', 2], ['location', 2], ['online-identifier', 2]]);
    expect(fleet.jurisdictions).toEqual(['GB']);
    // A call's B party is a person of their own, placed by their number's country, and the same
    // person as the subscriber whose number it is.
    const cdr = people([
      { A_Rufnummer: '+4915123456789', B_Rufnummer: '+43664123456', Dauer: '62', Zelle_Breite: '52,48381', Zelle_Laenge: '13,47328' },
      { A_Rufnummer: '+4915123456789', B_Rufnummer: '+4917612345678', Dauer: '12' },
      { A_Rufnummer: '+4917612345678', B_Rufnummer: '', Dauer: '0' },
    ]);
    expect(cdr.subjectCount).toBe(3);
    expect(cdr.jurisdictionCounts?.map((entry) => [entry.jurisdiction, entry.subjects])).toEqual([['AT', 1], ['DE', 2]]);
    expect(cdr.categories.map((entry) => [entry.category, entry.subjects])).toContainEqual(['location', 1]);
  });

  it('counts a booking\'s passengers as people of their own, its contact as the passenger of their name, and their special service requests (QA round 18)', () => {
    const pax = (first: string, last: string, dateOfBirth: string, passport: string, ssr: string[] = []) => ({ firstName: first, lastName: last, dateOfBirth, type: 'ADT', document: { type: 'P', number: passport, issuingCountry: 'DE' }, ssr });
    const anna = { name: 'Anna Weber', email: 'anna.weber77@example.de', address: { city: 'Frankfurt', postalCode: '60311', countryCode: 'DE' } };
    const bookings = people([
      { recordLocator: 'ABC123', contact: anna, passengers: [pax('ANNA', 'WEBER', '1984-03-12', 'C01X00T47'), pax('JONAS', 'WEBER', '1982-07-30', 'C01X00T55', ['DBML']), pax('MIA', 'WEBER', '2019-05-02', 'C01X00T63', ['MOML'])] },
      { recordLocator: 'DEF456', contact: anna, passengers: [pax('ANNA', 'WEBER', '1984-03-12', 'C01X00T47')] },
      // An assistant books for someone else: two people.
      { recordLocator: 'GHI789', contact: { name: 'Tom Baker', email: 'tom.baker@example.co.uk' }, passengers: [pax('OLIVER', 'HUGHES', '1970-01-01', 'C01X00T71', ['WCHR'])] },
    ]);
    expect(bookings.subjectCount).toBe(5);
    // The contact may write a middle name the passenger list drops (QA round 19).
    const middle = people([{ recordLocator: 'JKL012', contact: { ...anna, name: 'Anna Maria Weber' }, passengers: [pax('ANNA', 'WEBER', '1984-03-12', 'C01X00T47')] }]);
    expect(middle.subjectCount).toBe(1);
    expect(bookings.children).toMatchObject({ under13: 1, withBirthDate: 4 });
    expect(bookings.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 2], ['identity', 5], ['government-id', 4], ['health', 2], ['special-category', 1]]);
  });

  it('counts a ticket order\'s attendees, a vet\'s owners and not their pets, a donor by their supporter id (QA round 20)', () => {
    const attendee = (firstName: string, lastName: string, dateOfBirth: string) => ({ attendee: { firstName, lastName, dateOfBirth } });
    const tickets = people([{ orderId: 'ORD-1', buyer: { firstName: 'Pieter', lastName: 'Peeters', email: 'pieter@example.be', dateOfBirth: '1980-05-05' },
      tickets: [attendee('Pieter', 'Peeters', '1980-05-05'), attendee('Lore', 'Maes', '1992-06-06'), attendee('Mila', 'Peeters', '2018-07-07')] }]);
    expect(tickets.subjectCount).toBe(3);
    expect(tickets.children).toMatchObject({ under13: 1 });
    const vet = people([
      { client_id: 'C1', owner_first_name: 'Emily', owner_surname: 'Hughes', email: 'emily@example.co.uk', patient_id: 'P101', pet_name: 'Bella', species: 'Canine', pet_dob: '03/04/2021' },
      { client_id: 'C1', owner_first_name: 'Emily', owner_surname: 'Hughes', email: 'emily@example.co.uk', patient_id: 'P102', pet_name: 'Milo', species: 'Feline', pet_dob: '12/09/2019' },
    ]);
    expect(vet.subjectCount).toBe(1);
    expect(vet.children).toBeUndefined();
    const donations = people([
      { 'Supporter ID': 'SUP1', 'First Name': 'Margaret', Surname: 'Ellis', Email: '', Phone: '07912 345111' },
      { 'Supporter ID': 'SUP1', 'First Name': 'Margaret', Surname: 'Ellis', Email: '', Phone: '07912 345111' },
      { 'Supporter ID': 'SUP2', 'First Name': 'Tom', Surname: 'Reed', Email: 'tom@example.co.uk', Phone: '' },
    ]);
    expect(donations.subjectCount).toBe(2);
    const ids = people([{ Nom: 'Peeters', 'N° national (NISS / AVS / NIR)': '85.03.04-635.81' }]);
    expect(ids.categories.map((entry) => entry.category)).toContain('government-id');
  });

  it('reads leave and absence reasons for health, a union due of nothing as no membership (QA round 19)', () => {
    const hr = people([
      { employee_id: 'E1', email: 'a@example.org', absence_reason: 'burnout', 'Union Dues Deduction': '0.00' },
      { employee_id: 'E2', email: 'b@example.org', absence_reason: 'Jury summons', 'Leave Type': "Workers' comp injury" },
      { employee_id: 'E3', email: 'c@example.org', absence_reason: 'Childcare', notes: 'Called the GP surgery about the invoice' },
    ]);
    expect(hr.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 3], ['health', 2]]);
  });

  it('knows one person across records by name and birth date, whichever role names them (civil-status acts)', () => {
    const acts = people([
      { numero_acte: 'N1', enfant: { nom: 'FOURNIER', prenoms: 'Louis', date_naissance: '2025-01-09' }, mere: { nom: 'LEROY', prenoms: 'Claire', date_naissance: '1980-12-23' } },
      { numero_acte: 'M1', epoux: [{ nom: 'FOURNIER', prenoms: 'Arthur', date_naissance: '1979-05-15' }, { nom: 'LEROY', prenoms: 'Claire', date_naissance: '1980-12-23' }] },
    ]);
    expect(acts.subjectCount).toBe(3);
    // One act lists all of a person's given names, another only the first; a domicile abroad is written with its country in brackets.
    const listed = people([
      { numero_acte: 'N2', enfant: { nom: 'GARCIA', prenoms: 'Élodie', date_naissance: '2026-08-02' }, pere: { nom: 'GARCIA', prenoms: 'Hugo, Sébastien', date_naissance: '1991-09-27', domicile: '5 rue des Lilas, 69001 Lyon' } },
      { numero_acte: 'M2', epoux: [{ nom: 'GARCIA', prenoms: 'Hugo', date_naissance: '1991-09-27', domicile: '38 avenue Louise, 1050 Bruxelles (Belgique)' }] },
    ]);
    expect(listed.subjectCount).toBe(2);
    expect(listed.jurisdictions).toEqual(['BE', 'FR']);
  });

  it('keys a keyed table\'s rows without their key by their name and street address: a vacant dwelling\'s readings are one address, not a person each', () => {
    const reading = (klantnummer: string, tenaamstelling: string, straat: string, tijdstip: string) => ({ EAN_code: '871687564975300590', klantnummer, tenaamstelling, straat, huisnummer: '110', postcode: '3511 AA', woonplaats: 'Utrecht', tijdstip, levering_kWh: '1,154' });
    const meters = people([
      reading('30000000', 'J. Smit', 'Stationsweg', '01-11-2026 00:00'), reading('30000000', 'J. Smit', 'Stationsweg', '01-11-2026 00:30'),
      reading('', '', 'Dorpsstraat', '01-11-2026 00:00'), reading('', '', 'Dorpsstraat', '01-11-2026 00:30'), reading('', '', 'Dorpsstraat', '01-11-2026 01:00'),
    ]);
    expect(meters.subjectCount).toBe(2);
    // A city alone keys no one (a row with a city and no key is still no one's).
    expect(people([{ id: '1', city: 'Berlin', email: 'anna@web.de' }, { id: '2', city: 'Paris', email: '' }]).subjectCount).toBe(1);
  });

  it('keys drivers, French subscribers and German register records by their ids', () => {
    const fleet = people(Array.from({ length: 6 }, (_, i) => ({ driver_id: `D${i % 2}`, driver_name: i % 2 ? 'Gil Reed' : 'Hana Ito', lat: '51.5072', lon: '-0.1276' })));
    expect(fleet.subjectCount).toBe(2);
    expect(pickSubjectKey(['id_abonne', 'nom', 'prenom'])).toBe('id_abonne');
    expect(pickSubjectKey(['Ordnungsmerkmal', 'Familienname', 'Vornamen', 'Geburtsdatum'])).toBe('Ordnungsmerkmal');
  });

  it('places no one by a country or state of roaming, birth or origin', () => {
    const cdr = people([{ msisdn: '+49 151 23456789', Roaming_Land: 'AT' }]);
    expect(cdr.jurisdictions).toEqual(['DE']);
    const voter = people([{ voter_reg_num: '1', first_name: 'Ivy', last_name: 'Cole', state: 'NC', birth_state: 'NY' }]);
    expect(voter.jurisdictions).toEqual(['US', 'US-NC']);
  });

  it('reads French and airline birth dates, voter parties, vital signs, Dutch account holders and French identity documents', () => {
    expect(people([{ id_abonne: 'A1', date_naissance: '2016-05-05' }]).children).toMatchObject({ under13: 1 });
    expect(people([{ passenger_id: 'P1', date_of_birth: '05JUN19' }]).children).toMatchObject({ under13: 1 });
    const categories = (record: Record<string, unknown>) => people([record]).categories.map((entry) => entry.category);
    expect(categories({ voter_reg_num: '1', party_cd: 'DEM' })).toContain('special-category');
    expect(categories({ voter_reg_num: '1', race_code: 'U' })).not.toContain('special-category');
    expect(categories({ user_id: 'u1', restingHeartRate: '58', spo2Avg: '97' })).toContain('health');
    expect(categories({ klant_nr: 'K1', tenaamstelling: 'Anna Bakker' })).toContain('identity');
    expect(categories({ id_abonne: 'A1', numero_piece: '18AB12345' })).toContain('government-id');
  });

  it('reads an MSISDN without its "+" in a message log\'s from and to, and places a register by its province or state', () => {
    const sms = people([{ client_ref: 'cust-100', direction: 'outbound', from: 'BRCHBANK', to: '447400123456' }, { client_ref: 'cust-107', direction: 'outbound', from: 'BRCHBANK', to: '4915112345678' }]);
    expect(sms.categories.map((entry) => entry.category)).toEqual(['contact']);
    expect(sms.jurisdictions).toEqual(['DE', 'GB']);
    const licences = people([{ dni_nie: '12345678Z', nombre: 'Lucía', fecha_nacimiento: '12/03/1980', codigo_postal: '28001', municipio: 'Madrid', provincia: 'Madrid', condenas: 'art. 379 CP' }]);
    expect(licences.jurisdictions).toEqual(['ES']);
    expect(licences.categories.map((entry) => entry.category)).toContain('criminal');
    expect(people([{ Ordnungsmerkmal: '1', Familienname: 'Weber', Bundesland: 'Nordrhein-Westfalen' }]).jurisdictions).toEqual(['DE']);
  });

  it('keys a passenger without the lead passenger\'s email by their passport, and no one by a masked number', () => {
    const apis = people([
      { flight_no: 'LH1028', surname: 'RICHTER', given_names: 'URSULA', date_of_birth: '20FEB72', doc_number: 'CHN5PKVCK', contact_email: 'ursula@example.de' },
      { flight_no: 'LH1028', surname: 'RICHTER', given_names: 'JONAS', date_of_birth: '07DEC15', doc_number: 'CJWNKFVPY', contact_email: '' },
      { flight_no: 'LH1029', surname: 'RICHTER', given_names: 'JONAS', date_of_birth: '07DEC15', doc_number: 'CJWNKFVPY', contact_email: '' },
      { flight_no: 'LH1029', surname: 'RICHTER', given_names: 'URSULA', date_of_birth: '20FEB72', doc_number: 'CHN5PKVCK', contact_email: 'ursula@example.de' },
    ]);
    expect(apis.subjectCount).toBe(2);
    expect(apis.children).toMatchObject({ under13: 1, withBirthDate: 2 });
    const masked = people([{ email: 'a@example.org', ssn: '123-45-6789' }, { email: '', ssn: 'XXX-XX-1234' }, { email: '', ssn: 'XXX-XX-1234' }]);
    expect(masked.subjectCount).toBe(1);
  });

  it('knows a policy\'s parties by the key\'s own id across records and roles, and counts no estate or charity beneficiary', () => {
    const policy = (number: string, holder: string, insured: string, beneficiaries: unknown[]) => ({
      policyNumber: number, policyholder: { partyId: holder, firstName: 'Lea', lastName: 'Kruger', dateOfBirth: '1971-06-26', email: 'lea@example.org' },
      insuredPersons: [{ partyId: insured, firstName: insured === holder ? 'Lea' : 'Jan', lastName: 'Kruger', dateOfBirth: insured === holder ? '1971-06-26' : '1969-01-01' }], beneficiaries,
    });
    const policies = people([
      policy('L1', 'P-1', 'P-1', [{ name: 'Estate of Lea Kruger', type: 'ESTATE' }, { partyId: 'P-2', firstName: 'Sophie', lastName: 'Kruger', dateOfBirth: '2018-07-06', type: 'PERSON' }]),
      // Her husband's own policy: he is the policyholder there and her beneficiary here, one person.
      { policyNumber: 'L2', policyholder: { partyId: 'P-3', firstName: 'Jan', lastName: 'Kruger', dateOfBirth: '1969-01-01', email: 'jan@example.org' },
        beneficiaries: [{ partyId: 'P-1', firstName: 'Lea', lastName: 'Kruger', dateOfBirth: '1971-06-26', type: 'PERSON' }, { name: 'Stichting KWF Kankerbestrijding', type: 'ORGANISATION' }] },
      policy('L3', 'P-1', 'P-3', []),
    ]);
    expect(policies.subjectCount).toBe(3);
    expect(policies.children).toMatchObject({ under13: 1 });
  });

  it('keys a record whose email is a placeholder by its person\'s name and birth date', () => {
    const debts = people([
      { AccountRef: 'D1', DebtorFirstName: 'Ava', DebtorSurname: 'Roberts', DebtorDOB: '11/08/1970', Email: 'ava@example.org', Balance: '10' },
      { AccountRef: 'D2', DebtorFirstName: 'Amelia', DebtorSurname: 'Thomas', DebtorDOB: '10/03/1994', Email: 'N/A', Balance: '20' },
      { AccountRef: 'D3', DebtorFirstName: 'Amelia', DebtorSurname: 'Thomas', DebtorDOB: '10/03/1994', Email: 'N/A', Balance: '30' },
    ]);
    expect(debts.subjectCount).toBe(2);
  });

  it('counts no one for a bank\'s business and trust customers (partyType)', () => {
    const cif = people([
      { cif: '1001', partyType: 'INDIVIDUAL', name: { first: 'Carlos', last: 'Johnson' }, taxId: '431-53-3429', email: 'carlos@example.com' },
      { cif: '1002', partyType: 'BUSINESS', businessName: 'Johnson Plumbing LLC', taxIdType: 'EIN', taxId: '12-3456789', phones: [{ type: 'WORK', number: '(512) 555-0142' }] },
      { cif: '1003', partyType: 'TRUST', businessName: 'The Miller Family Revocable Trust', taxId: '98-7654321' },
    ]);
    expect(cif.subjectCount).toBe(1);
  });

  it('counts a message log\'s customers: the "to" of outbound messages, the "from" of inbound ones', async () => {
    const log = people([
      { sid: 'SM1', direction: 'outbound-api', from: '+14155238886', to: '+12124311223', body: 'Reminder: your cleaning is on 12/26' },
      { sid: 'SM2', direction: 'inbound', from: '+12124311223', to: '+14155238886', body: 'C' },
      { sid: 'SM3', direction: 'outbound-api', from: '+14155238886', to: '+13125550123', body: 'Reminder' },
    ]);
    expect(log.subjectCount).toBe(2);
    // Its bodies are what was said to them: communications, and health where they tell of it.
    expect(log.categories.map((entry) => entry.category)).toEqual(['contact', 'communications']);
    const clinic = people([
      { sid: 'SM4', direction: 'outbound-api', from: '+14155238886', to: '+12124311223', body: 'Hi Ava, your appointment with Dr. Patel at Lakeview Cardiology is confirmed for 06/09.' },
      { sid: 'SM5', direction: 'inbound', from: '+13125550123', to: '+14155238886', body: 'Running late, still at dialysis' },
      { sid: 'SM6', direction: 'inbound', from: '+13125550124', to: '+14155238886', body: 'Thanks!' },
    ]);
    expect(clinic.categories.find((entry) => entry.category === 'health')?.subjects).toBe(2);
    // Vonage's account id and key are the business's; a customer's reference links the numbers they used.
    const vonage = people([
      { account_id: '5f1b5746', api_key: 'a1b2c3d4e5f6', client_ref: 'cust-1', direction: 'outbound', from: 'BRCHBANK', to: '447800566529', country: 'GB', message_body: 'Your code' },
      { account_id: '5f1b2307', api_key: 'a1b2c3d4e5f6', client_ref: '', direction: 'inbound', from: '447800566529', to: '447520635826', country: 'GB', message_body: 'STOP' },
      { account_id: '5f1b6261', api_key: 'a1b2c3d4e5f6', client_ref: 'cust-1', direction: 'outbound', from: 'BRCHBANK', to: '447400908208', country: 'GB', message_body: 'New number saved' },
      { account_id: '5f1b8766', api_key: 'a1b2c3d4e5f6', client_ref: 'cust-2', direction: 'outbound', from: 'BRCHBANK', to: '31692931308', country: 'NL', message_body: 'Hi' },
    ]);
    expect(vonage.subjectCount).toBe(2);
    expect(vonage.categories.map((entry) => entry.category)).toEqual(['contact', 'communications']);
  });

  it('reads no credential in a Twilio resource\'s path, which names the account', () => {
    const messages = people([{ sid: 'SM0a1b2c3d4e5f60718293a4b5c6d7e8f9', to: '+13125550123', uri: '/2010-04-01/Accounts/AC3f1e2d4c5b6a79808f7e6d5c4b3a2910/Messages/SM0a1b2c3d4e5f60718293a4b5c6d7e8f9.json' }]);
    expect(messages.categories.map((entry) => entry.category)).toEqual(['contact']);
  });
});

describe('marketing, payment and consumer-app exports (QA round 14)', () => {
  const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });

  it('keys a payments export by its customers, not by the shop\'s own address on every row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'breachclock-r14-'));
    const file = path.join(dir, 'paypal.csv');
    writeFileSync(file, 'Name,From Email Address,To Email Address,Country\n'
      + ['Felix Schröder,felix@example.de,shop@example.com,Germany', 'Camille Durand,camille@example.fr,shop@example.com,France',
        'Justin Williams,justin@example.com,shop@example.com,United States', 'Felix Schröder,felix@example.de,shop@example.com,Germany'].join('\n'));
    const { classification } = await classifySource(file, { collectEmails: false });
    expect(classification.subjectCount).toBe(3);
    // A buyer's "Bill To Email" is the buyer's own, not another person's.
    expect(pickSubjectKey(['Order', 'Bill To Name', 'Bill To Email', 'Total'])).toBe('Bill To Email');
  });

  it('counts a child\'s parent named inside a consent object, and a second parent/guardian apart from the first', () => {
    const gaming = people([
      { accountId: 'G1', username: 'kid1', dateOfBirth: '2014-02-02', parentalConsent: { parentName: 'Ines Berger', parentEmail: 'ines@example.org' } },
      { accountId: 'G2', username: 'kid2', dateOfBirth: '2016-03-03', parentalConsent: { parentName: 'Ines Berger', parentEmail: 'ines@example.org' } },
    ]);
    expect(gaming.subjectCount).toBe(3);
    const school = people([{ 'Pupil ID': 'P1', 'First Name': 'Ava', 'Date of Birth': '2015-05-05', 'Parent/Guardian 1 Name': 'Tom Reed', 'Parent/Guardian 1 Email': 'tom@example.org', 'Parent/Guardian 2 Name': 'Kim Reed', 'Parent/Guardian 2 Email': 'kim@example.org' }]);
    expect(school.subjectCount).toBe(3);
  });

  it('keys a record without its id by its own email (a guest checkout), and a self-transfer\'s beneficiary is the sender', () => {
    const charges = people([
      { 'Customer ID': 'cus_1', 'Customer Email': 'mary@example.com', Amount: '10' }, { 'Customer ID': '', 'Customer Email': 'kevin@example.com', Amount: '12' },
      { 'Customer ID': '', 'Customer Email': 'Kevin@example.com', Amount: '14' },
    ]);
    expect(charges.subjectCount).toBe(2);
    const withdrawals = people([
      { user_id: 10180, email: 'william@example.it', travel_rule: { originator_name: 'William Thomas', beneficiary_name: 'William Thomas' } },
      { user_id: 10141, email: 'sara@example.com', travel_rule: { originator_name: 'Sara Lind', beneficiary_name: 'Omar Haddad' } },
    ]);
    expect(withdrawals.subjectCount).toBe(3);
  });

  it('places no one by an IP address\'s country (HubSpot\'s IP Country, Mailchimp\'s CC) where the record says where they live', () => {
    const hubspot = people([{ 'Record ID': '1', Email: 'lukas@example.de', Country: 'Germany', 'IP Country': 'spain' }, { 'Record ID': '2', Email: 'ashley@example.com', 'State/Region': 'Michigan', 'Postal Code': '48201', 'IP Country': 'portugal' }]);
    expect(hubspot.jurisdictions).toEqual(['DE', 'US', 'US-MI']);
    const mailchimp = people([{ 'Email Address': 'lea@example.de', Address: 'Gartenweg 12, 20095 Hamburg, Germany', CC: 'ES' }, { 'Email Address': 'sem@example.nl', CC: 'NL' }]);
    expect(mailchimp.jurisdictions).toEqual(['DE', 'NL']);
  });

  it('reads special educational needs as health, a Shopify phone behind its apostrophe, a hashed token as a hash, a gift\'s recipient by name and address, and no token in a transaction id', () => {
    expect(people([{ 'Pupil ID': 'P1', 'Special Educational Needs': 'Yes', 'SEN Details': 'Dyslexia' }]).categories.map((entry) => entry.category)).toContain('health');
    expect(people([{ 'Customer ID': '1', Phone: "'+393471234567" }]).jurisdictions).toEqual(['IT']);
    expect(people([{ _id: 'u1', services: { resume: { loginTokens: [{ hashedToken: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c=' }] } } }]).credentials).toMatchObject({ plain: 0, hashed: 1, tokens: 0 });
    const gifts = people([
      { Name: '#1001', Email: 'anna@example.com', 'Shipping Name': 'Tom Young', 'Shipping Address1': '12 Pine St', 'Shipping City': 'Seattle', 'Shipping Phone': '+1 206 555 0142' },
      { Name: '#1002', Email: 'anna@example.com', 'Shipping Name': 'Tom Young', 'Shipping Address1': '12 Pine St', 'Shipping City': 'Seattle', 'Shipping Phone': '' },
    ]);
    expect(gifts.subjectCount).toBe(2);
    expect(people([{ 'From Email Address': 'felix@example.de', 'Transaction ID': 'APF27QGWUKAKLM8BL' }]).credentials).toBeUndefined();
  });
});

describe('health and welfare exports (QA round 15)', () => {
  const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });

  it('keys encounters by the patient\'s MRN, and reads no diagnosis, department or clinician as the patient\'s name', () => {
    const visits = people([
      { PAT_MRN_ID: '1005189', PAT_NAME: 'MARTIN,MARY', BIRTH_DATE: '9/23/1945', DEPARTMENT_NAME: 'PEDIATRICS WEST', VISIT_PROV_NAME: 'WILSON, JENNIFER J', DX_NAME: 'Otitis media', CURRENT_ICD10_LIST: 'H66.91' },
      { PAT_MRN_ID: '1005189', PAT_NAME: 'MARTIN,MARY', BIRTH_DATE: '9/23/1945', DEPARTMENT_NAME: 'PEDIATRICS WEST', VISIT_PROV_NAME: 'WHITE, JASON C', DX_NAME: 'Low back pain', CURRENT_ICD10_LIST: 'M54.50' },
    ]);
    expect(visits.subjectCount).toBe(1);
    // Without a key, a prescriber's name is no part of the patient's name and birth date.
    const fills = classifyRecords([
      { Rx_Number: '1', Patient_Last_Name: 'Garcia', Patient_First_Name: 'Megan', Patient_DOB: '04/09/1961', Drug_Name: 'TRUVADA', Prescriber_Name: 'Garcia, Ashley' },
      { Rx_Number: '2', Patient_Last_Name: 'Garcia', Patient_First_Name: 'Megan', Patient_DOB: '04/09/1961', Drug_Name: 'AMOXICILLIN', Prescriber_Name: 'White, Amanda' },
    ], { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    expect(fills.subjectCount).toBe(1);
  });

  it('reads Cerner\'s full name and birth date with its time, lab tests and intake scores as health', () => {
    const orders = people([{ PERSON_ID: '18002106', NAME_FULL_FORMATTED: 'Moore, Ashley', BIRTH_DT_TM: '26-NOV-2017 00:00:00', ORDER_MNEMONIC: 'lisinopril 10 mg' }]);
    expect(orders.children).toMatchObject({ under13: 1, withBirthDate: 1 });
    expect(orders.categories.map((entry) => entry.category)).toContain('identity');
    expect(people([{ Patient_ID: 'P1', LOINC: '5196-1', Test_Name: 'Hepatitis B surface Ag', Result: 'Negative' }]).categories.map((entry) => entry.category)).toEqual(['health']);
    expect(people([{ userId: 'u1', intake: { phq9: 14, gad7: 11 } }]).categories.map((entry) => entry.category)).toEqual(['health']);
  });

  it('counts a household\'s members, its applicant once, and places a dependant without an address at the subscriber\'s', () => {
    const cases = people([{ caseId: 'C1', contact: { email: 'emma@example.nl' }, address: { city: 'Utrecht', country: 'NL' }, household: [
      { memberId: 'M1', role: 'applicant', firstName: 'Emma', lastName: 'Visser', dateOfBirth: '1961-01-02' },
      { memberId: 'M2', role: 'child', firstName: 'Sem', lastName: 'Visser', dateOfBirth: '2016-05-05' },
    ] }]);
    expect(cases.subjectCount).toBe(2);
    expect(cases.jurisdictions).toEqual(['NL']);
    const claims = people([
      { CLAIM_ID: 'C1', SUBSCRIBER_ID: 'W53', SUBSCRIBER_LAST_NAME: 'NGUYEN', SUBSCRIBER_FIRST_NAME: 'MARIA', SUBSCRIBER_DOB: '19660424', SUBSCRIBER_CITY: 'ANN ARBOR', SUBSCRIBER_STATE: 'MI', SUBSCRIBER_ZIP: '48104', PATIENT_RELATIONSHIP_CODE: '19', PATIENT_LAST_NAME: 'NGUYEN', PATIENT_FIRST_NAME: 'TYLER', PATIENT_DOB: '20220901', DIAGNOSIS_CODE_1: 'F90.2' },
      { CLAIM_ID: 'C2', SUBSCRIBER_ID: 'W53', SUBSCRIBER_LAST_NAME: 'NGUYEN', SUBSCRIBER_FIRST_NAME: 'MARIA', SUBSCRIBER_DOB: '19660424', SUBSCRIBER_CITY: 'ANN ARBOR', SUBSCRIBER_STATE: 'MI', SUBSCRIBER_ZIP: '48104', PATIENT_RELATIONSHIP_CODE: '18', DIAGNOSIS_CODE_1: 'Z11.3' },
    ]);
    expect(claims.subjectCount).toBe(2);
    expect(claims.jurisdictionCounts?.find((entry) => entry.jurisdiction === 'US-MI')?.subjects).toBe(2);
  });

  it('counts a care home resident\'s next of kin, written NOK, as one person placed where they live', () => {
    const residents = people([{ 'Resident ID': 'RES1', Forename: 'George', Surname: 'Walker', 'Date of Birth': '15/06/1930', 'Home Postcode': 'LS11 5DR',
      'Next of Kin Name': 'Marta Sánchez', 'NOK Phone': '+34 689 695 218', 'NOK Email': 'marta@example.es', 'NOK Address': 'Calle Mayor 162, 28013 Madrid, Spain' }]);
    expect(residents.subjectCount).toBe(2);
    expect(residents.jurisdictions).toEqual(['ES', 'GB']);
  });

  it('reads a French mutuelle\'s family: each beneficiary by Qualité, the NIR bénéficiaire, the medical acts as health', () => {
    const row = (first: string, born: string, quality: string, nir: string) => ({ 'N° adhérent': '94780113', 'NIR bénéficiaire': nir, Nom: 'THOMAS', Prénom: first, 'Date de naissance': born, Qualité: quality,
      'Email adhérent': 'elodie@example.fr', 'Code acte': 'B', 'Libellé acte': 'Analyses de biologie', Praticien: 'Dr Jules Leroy' });
    const claims = people([row('Élodie', '23/05/1980', 'Assuré(e)', '180057536970264'), row('Chloé', '24/02/2015', 'Enfant', ''), row('Élodie', '23/05/1980', 'Assuré(e)', '180057536970264')]);
    expect(claims.subjectCount).toBe(2);
    expect(claims.categories.map((entry) => entry.category)).toEqual(expect.arrayContaining(['government-id', 'health']));
    expect(claims.categories.map((entry) => entry.category)).not.toContain('payment-card');
  });

  it('reads a FHIR clinical resource about a patient (a MedicationRequest) as their health data, and its subject\'s display as their name', () => {
    const requests = people([
      { resourceType: 'MedicationRequest', id: 'm1', status: 'active', medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '314076' }] },
        subject: { reference: 'Patient/p1', display: 'Amanda Jones' }, requester: { reference: 'Practitioner/d1', display: 'Dr. Robert Weiss' } },
      { resourceType: 'MedicationRequest', id: 'm2', status: 'active', subject: { reference: 'Patient/p1', display: 'Amanda Jones' } },
    ]);
    expect(requests.subjectCount).toBe(1);
    expect(requests.categories.map((entry) => entry.category)).toEqual(['identity', 'health']);
  });

  it('counts a FHIR Patient\'s contacts as people of their own, and reads KVNR and BSN identifiers', () => {
    const patients = people([
      { resourceType: 'Patient', id: 'p1', name: [{ family: 'Jones', given: ['DeShawn'] }], birthDate: '1969-06-16', address: [{ state: 'TX', country: 'US' }],
        contact: [{ relationship: [{ text: 'child' }], name: { family: 'White', given: ['Naomi'] }, telecom: [{ system: 'phone', value: '(617) 583-8677' }] }] },
      { resourceType: 'Patient', id: 'p2', name: [{ family: 'Bakker', given: ['Anna'] }], identifier: [{ system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '111222333' }] },
    ]);
    expect(patients.subjectCount).toBe(3);
    expect(patients.categories.map((entry) => entry.category)).toContain('government-id');
  });

  it("counts a Swedish case's household members (hushall[]) as people of their own, their ages from their personnummer (QA round 101)", () => {
    const cases = people([{ arendenummer: 'IFO-2026-00002', klient: { personnummer: '20161023-7529', fornamn: 'Anna', efternamn: 'Svensson' },
      hushall: [{ personnummer: '19901128-4966', fornamn: 'Eva', efternamn: 'Svensson', relation: 'Vårdnadshavare' },
        { personnummer: '20150302-7490', fornamn: 'Karin', efternamn: 'Svensson', relation: 'Syskon' }] }]);
    expect(cases.subjectCount).toBe(3);
    expect(cases.children).toMatchObject({ under13: 2 });
  });

  it("reads a French NIR kept without its key, a patient's antécédents, and OSCAR's health insurance number (QA round 101)", async () => {
    const patients = await csvPeople('patientele.csv', ['N° dossier;Prénom;Date de naissance;N° de sécurité sociale;Clé;Antécédents',
      'P10000;Julien;25/12/1969;1691213122322;91;Cancer du sein (2019)', 'P10001;Thomas;11/03/1991;1910367192611;66;Appendicectomie 1998']);
    expect(counts(patients)).toMatchObject({ 'government-id': 2, health: 2 });
    const oscar = await csvPeople('demographic.csv', ['"demographic_no","last_name","first_name","hin","ver","hc_type"', '"1000","SMITH","OLIVIA","1764477970","HF","ON"']);
    expect(subjects(oscar, 'health')).toBe(1);
  });

  it("reads a French tax number (SPI) in a bank's tax_id, and no tax residency as where someone lives (QA round 102)", async () => {
    const customers = await csvPeople('n26.csv', [
      'customer_id;first_name;last_name;email;zip_code;city;country_code;tax_residency_country;tax_id',
      'c1;Louis;Roux;louis.roux@example.org;75004;Paris;FR;FR;1046761114098',
      'c2;Emma;Leroy;emma.leroy@example.org;13011;Marseille;FR;US;536-90-4399',
      'c3;Alain;Michel;alain.michel@example.org;33640;Bordeaux;FR;FR;1046761114097',
    ]);
    // The third's check digits are wrong: no tax number.
    expect(subjects(customers, 'government-id')).toBe(1);
    expect(customers.jurisdictions).toEqual(['FR']);
  });

  it("counts a claim's contacts by their ids, not the claim or its handler, and gives injuries and charges to the contacts they name (QA round 102)", () => {
    const contact = (publicID: string, contactRole: string, firstName: string, born: string) => ({ publicID, contactRole, firstName, lastName: 'Doyle', dateOfBirth: born,
      primaryAddress: { addressLine1: '111 Main Street', city: 'Cork', country: 'IE' } });
    const injury = (claimantContactID: string) => ({ exposureType: 'BodilyInjuryDamage', claimantContactID, injuryDescription: 'bruised ribs', medicalTreatment: 'GP visit' });
    const claim = (claimNumber: string, insured: string, other: string, witness: string, names: readonly [string, string], injured: readonly string[]) => ({ claimNumber,
      lossLocation: { addressLine1: 'Naas Road junction', city: 'Galway', country: 'IE' }, policy: { policyNumber: 'PMO9611245', primaryInsuredContactID: insured },
      contacts: [contact(insured, 'insured', names[0], '1996-03-19'), contact(other, 'thirdPartyDriver', names[1], '1988-05-20'), contact(witness, 'witness', 'Colm', '1955-10-31')],
      exposures: [...injured.map(injury), { exposureType: 'VehicleDamage', claimantContactID: insured, vehicle: { licensePlate: '201-G-5332', make: 'Toyota' } }],
      policeReport: { station: 'Anglesea Street Garda Station', chargedContactID: other, charge: 'Drink driving, s.4 Road Traffic Act 2010' },
      assignedUser: { displayName: 'Tom Delaney', email: 'tdelaney@claims.example' } });
    // The first claim has no police report (its columns are not among the first record's).
    const { policeReport: _none, ...unreported } = claim('MC-1', 'ab:1', 'ab:2', 'ab:3', ['Siobhan', 'Sinead'], ['ab:2']);
    const claims = people([unreported, claim('MC-2', 'ab:4', 'ab:5', 'ab:3', ['Aoife', 'Niamh'], ['ab:5', 'ab:4']), claim('MC-3', 'ab:6', 'ab:7', 'ab:3', ['Ciara', 'Roisin'], [])]);
    // Seven contacts (the witness on each claim once); was ten: each claim a person of its own.
    expect(claims.subjectCount).toBe(7);
    // Each injury is its exposure's claimant's (was: every contact the claim names, the insured of a vehicle's damage too); the
    // charges the charged drivers' (was none: a "charge" was read as offence's only where the first record had a police report).
    expect(subjects(claims, 'health')).toBe(3);
    expect(subjects(claims, 'criminal')).toBe(2);
  });

  it("counts a police occurrence's involved persons, its offences theirs, not the occurrence itself (QA round 101: one person per occurrence)", () => {
    const person = (personId: string, role: string, given: string, born: string) => ({
      personId, role, name: { given, family: 'Jones' }, dateOfBirth: born, address: { street: '258 Dominion Road', suburb: 'Dunedin', postcode: '9016', country: 'New Zealand' } });
    const occurrences = people([
      { occurrenceNumber: '20261116/1085', offences: [{ code: '1511', description: 'Burglary' }], location: { street: '87 Manners Street', city: 'Christchurch' },
        involvedPersons: [person('PER1', 'Victim', 'Charlotte', '1970-09-29'), person('PER2', 'Suspect', 'Liam', '1999-01-12')],
        reportingOfficer: { qid: 'C56865', rank: 'Constable', name: 'Const. L. Walsh' } },
      { occurrenceNumber: '20261116/1086', offences: [{ code: '1431', description: 'Assault' }], location: { street: '12 Cuba Street', city: 'Wellington' },
        involvedPersons: [person('PER2', 'Offender', 'Liam', '1999-01-12'), person('PER3', 'Witness', 'Ava', '2015-05-01')],
        reportingOfficer: { qid: 'C56866', rank: 'Sergeant', name: 'Sgt. M. Tane' } },
    ]);
    expect(occurrences.subjectCount).toBe(3);
    expect(counts(occurrences)).toMatchObject({ identity: 3, criminal: 3 });
    expect(occurrences.jurisdictions).toEqual(['NZ']);
  });

  it("counts a tax return's dependants known by their codice fiscale alone as people of their own, with their ages (QA round 101)", async () => {
    const returns = await csvPeople('contribuenti.csv', [
      'codice_fiscale;cognome;nome;data_nascita;cf_familiare;relazione_familiare;cf_familiare_2;relazione_familiare_2',
      'RSSRRA98C55F839H;RUSSO;AURORA;15/03/1998;RSSMRC26H07F839X;F;RSSGPP06A01F839O;F',
      'LMBMRC46R23L219E;LOMBARDI;MARCO;23/10/1946;LMBNNA16P55L219K;F;;',
      // A dependant who files a return of their own is one person.
      'RSSGPP06A01F839O;RUSSO;GIUSEPPE;01/01/2006;;;;',
    ]);
    expect(returns.subjectCount).toBe(5);
    expect(subjects(returns, 'government-id')).toBe(5);
    expect(returns.children).toMatchObject({ under13: 2, under16: 2 });
  });

  it("reads Australian and Canadian health numbers in FHIR identifiers, and a Coverage's subscriberId (QA round 101: no personal data)", () => {
    const patients = people([
      { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'http://ns.electronichealth.net.au/id/medicare-number', value: '2123456701' }] },
      { resourceType: 'Patient', id: 'p2', identifier: [{ system: 'https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id', value: '9698658215' }] },
    ]);
    expect(counts(patients)).toEqual({ health: 2 });
    const coverage = people([{ resourceType: 'Coverage', id: 'cov-1', status: 'active', subscriberId: '2123456701', beneficiary: { reference: 'Patient/p1' },
      payor: [{ display: 'Medicare Australia' }] }]);
    expect(counts(coverage)).toEqual({ health: 1 });
  });
});

describe('ordinary labelled record sets (QA round 16)', () => {
  const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
  const categories = (record: Record<string, unknown>) => people([record]).categories.map((entry) => entry.category);

  it('reads Portuguese passwords and union membership, Italian and Polish health columns, a drug test', () => {
    expect(people([{ id_cliente: '1', palavra_passe: 'Verao2026!' }]).credentials).toMatchObject({ plain: 1 });
    expect(categories({ id_cliente: '1', sindicalizado: 'Sim' })).toContain('special-category');
    expect(categories({ id_alunno: '1', DSA_BES: 'dislessia' })).toContain('health');
    expect(categories({ nr_pracownika: '1', 'stan zdrowia': 'cukrzyca' })).toContain('health');
    expect(categories({ employee_id: '1', drug_test_result: 'positive' })).toContain('health');
  });

  it('counts no refusal to answer and no "not convicted" as the category asked about', () => {
    expect(categories({ id_cliente: '1', orientacao_sexual: 'Prefiro não responder' })).not.toContain('special-category');
    expect(categories({ nr_pracownika: '1', 'karalnosc': 'niekarany' })).not.toContain('criminal');
  });

  it('reads no phone in an NHS number its check digit refuses, and a US number written with dots', () => {
    expect(detectValue('943 476 5918', describeColumn('nhs_number'))).toEqual([]);
    expect(people([{ patient_id: '1', phone: '617.493.4261' }]).jurisdictions).toEqual(['US']);
  });

  it('reads a lab export by its reference ranges, no date in a range\'s from/to as a phone, an A-Number as an identity document', () => {
    expect(categories({ 'Patient ID': 'P1', 'Test Name': 'HIV Ab', Result: 'Reactive', 'Reference Range': 'Non-reactive' })).toContain('health');
    expect(categories({ 'Test Name': 'checkout_v2', variant: 'B', from: '2026-10-01', to: '20261031' })).toEqual([]);
    expect(describeColumn('A Number').hint).toBe('government-id');
  });
});

// Records of QA rounds 29-32, classified at the rounds' reference date.
const classified = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
const categoriesOf = (record: Record<string, unknown>) => classified([record]).categories.map((entry) => entry.category);

describe('logs, event streams and regulated sectors (QA rounds 29 and 30)', () => {
  const people = classified;
  const categories = categoriesOf;

  it('places a message log\'s customer by their own number, not by the business\'s at the other end', () => {
    const log = people([
      { Sid: 'SM1', From: '+14155550123', To: '+4915112345678', Body: 'Your code is 123456', Direction: 'outbound-api' },
      { Sid: 'SM2', From: '+33612345678', To: '+14155550123', Body: 'STOP', Direction: 'inbound' },
    ]);
    expect(log.subjectCount).toBe(2);
    expect(log.jurisdictions).toEqual(['DE', 'FR']);
  });

  it('keys an nginx access log written as JSON by its authenticated user, else the email its request body carries', () => {
    const login = (user: string, body: string) => ({ remote_addr: '81.2.3.4', remote_user: user, request: 'POST /auth/login HTTP/1.1', http_user_agent: 'Mozilla/5.0', request_body: body });
    const lines = people([
      login('', 'username=daan.dejong%40ziggo.nl&password=Zomer2026%2112'),
      login('', 'username=daan.dejong%40ziggo.nl&password=Zomer2026%2113'),
      login('alice', 'remember=1'),
      login('alice', 'remember=0'),
    ]);
    expect(lines.subjectCount).toBe(2);
    expect(lines.credentials).toMatchObject({ plain: 1 });
  });

  it('knows a log\'s person by their id at another depth of a later line ("body.userId", then "userId")', () => {
    const log = people([
      { msg: 'signup', body: { userId: 'usr_1', email: 'oliver.smith@example.com', firstName: 'Oliver', lastName: 'Smith' } },
      { msg: 'login ok', userId: 'usr_1', email: 'oliver.smith@example.com' },
      { msg: 'login ok', userId: 'usr_2', email: 'mia.jones@example.com' },
    ]);
    expect(log.subjectCount).toBe(2);
  });

  it('reads the JSON a Lambda function logged after its time, request id and level', () => {
    const line = (email: string, prefixed: boolean) => {
      const json = JSON.stringify({ msg: 'order placed', customer: { email, name: 'Wout Mertens', shippingAddress: 'Meir 60, 2000 Antwerpen, Belgium' } });
      return { id: '1', timestamp: 1794960014029, message: prefixed ? `2026-11-18T00:00:14.029Z\t8e42f516-910c-4652-8401-748ef04f5713\tINFO\t${json}\n` : json };
    };
    const events = people([line('wout.mertens@example.be', true), line('wout.mertens@example.be', false)]);
    expect(events.subjectCount).toBe(1);
    expect(events.jurisdictions).toEqual(['BE']);
  });

  it('reads an analytics event\'s os_name or browser_name as no one\'s name', () => {
    expect(categories({ user_id: 'p1', os_name: 'ios', browser_name: 'Safari', device_id: 'A1B2C3D4-0000-4000-8000-000000000001' })).not.toContain('identity');
  });

  it('counts a 401(k)\'s beneficiaries ("Bene1_Name") as people of their own, a child\'s birth date as the child\'s', () => {
    const plan = people([
      { EmpID: '900001', FirstName: 'Mary', LastName: 'Jones', DOB: '04/12/1980', SSN: '512-34-7788', State: 'WA', Bene1_Name: 'Emma Jones', Bene1_Relationship: 'Child', Bene1_DOB: '03/15/2019', Bene1_SSN: '623-45-1290' },
      { EmpID: '900002', FirstName: 'Robert', LastName: 'Smith', DOB: '09/30/1975', SSN: '433-21-9087', State: 'OR', bene_first: 'Linda', bene_last: 'Smith', bene_dob: '02/02/1977', bene_ssn: '544-12-6678' },
    ]);
    expect(plan.subjectCount).toBe(4);
    expect(plan.children).toMatchObject({ under13: 1, withBirthDate: 4 });
    expect(inJurisdiction(plan, 'US-WA')?.subjects).toBe(2);
    // Two employees who name each other (by name and birth date) are two people; a beneficiary's percentage is no name.
    const couple = people([
      { EmpID: '900000', FirstName: 'Virginia', LastName: 'Barnes', DOB: '06/03/1997', Bene1_Name: 'Nicholas Barnes', Bene1_DOB: '12/30/1973', Bene1_Pct: '60', Bene2_Name: 'Dylan Barnes', Bene2_DOB: '05/25/2016', Bene2_Pct: '40' },
      { EmpID: '900001', FirstName: 'Nicholas', LastName: 'Barnes', DOB: '12/30/1973', Bene1_Name: 'Virginia Barnes', Bene1_DOB: '06/03/1997', Bene1_Pct: '100' },
    ]);
    expect(couple.subjectCount).toBe(3);
    // Two employees of one name and birth date keep their own numbers: neither is a namesake's beneficiary.
    const namesakes = people([
      { EmpID: '1', FirstName: 'Jose', LastName: 'Garcia', DOB: '01/02/1980', Bene1_Name: 'Ana Garcia', Bene1_DOB: '03/04/1982' },
      { EmpID: '2', FirstName: 'Jose', LastName: 'Garcia', DOB: '01/02/1980', Bene1_Name: 'Maria Garcia', Bene1_DOB: '05/06/1983' },
      { EmpID: '3', FirstName: 'Luz', LastName: 'Perez', DOB: '07/08/1990', Bene1_Name: 'Jose Garcia', Bene1_DOB: '01/02/1980' },
    ]);
    expect(namesakes.subjectCount).toBe(6);
  });

  it('places no one by a driving licence\'s issuing state; reads injuries, Section 504 plans and a disability self-identification as health', () => {
    const claim = people([{ claim_number: 'CLM-1', insured_name: 'James Carter', insured_dl_number: 'B123456789012', insured_dl_state: 'OH', insured_address: '7693 Valley Dr, Miami, FL 33130', insured_injury: 'Fractured left wrist' }]);
    expect(claim.jurisdictions).toEqual(['US', 'US-FL']);
    expect(claim.categories.map((entry) => entry.category)).toContain('health');
    expect(categories({ Student_ID: '1', First_Name: 'Mia', Section_504: 'Y' })).toContain('health');
    expect(categories({ Student_ID: '1', First_Name: 'Mia', Section_504: 'N' })).not.toContain('health');
    expect(categories({ worker_id: 'WK-1', disability_self_id: 'Yes, I have a disability (or previously had a disability)' })).toContain('health');
    expect(categories({ worker_id: 'WK-2', disability_self_id: 'No, I do not have a disability' })).not.toContain('health');
  });

  it('reads a credit union\'s share account as financial, and still no statistic\'s share as anyone\'s', () => {
    expect(categories({ member_number: '100001', first_name: 'Mary', share_account: 'S100001-00', share_balance: '15234.55' })).toContain('financial');
    expect(describeColumn('share_female').hint).toBeUndefined();
  });

  it('counts a UK pupil\'s "Contact 1" as a person of their own, never as the pupil\'s key', () => {
    const pupil = (upn: string, forename: string, dob: string, contact: string, email: string) => ({
      UPN: upn, 'Legal Surname': 'Hughes', 'Legal Forename': forename, DOB: dob, Postcode: 'LS11 5DR', 'Contact 1 Name': contact, 'Contact 1 Relationship': 'Mother', 'Contact 1 Email': email });
    const school = people([
      pupil('A123456789012', 'Oliver', '05/12/2013', 'Sarah Hughes', 'sarah.hughes@example.co.uk'),
      pupil('B234567890123', 'Amelia', '14/03/2016', 'Sarah Hughes', 'sarah.hughes@example.co.uk'),
    ]);
    expect(school.subjectCount).toBe(3);
    expect(school.children).toMatchObject({ under13: 2, under16: 2 });
  });

  it('places a child whose record has no address of their own at their parent\'s, and the emergency contact with them', () => {
    const camp = people([
      { camper_id: 'C1', camper: { first_name: 'Liam', last_name: 'Walsh', date_of_birth: '2016-05-02' },
        parent: { name: 'Karen Walsh', email: 'karen.walsh@example.com', address: '12 Oak St, Boston, MA 02134' },
        medical: { physician: { name: 'Dr. Paul Olson', phone: '(603) 815-7924' } },
        emergency_contact: { name: 'Ann Doyle', phone: '(617) 444-8890', relationship: 'Aunt' } },
    ]);
    expect(camp.subjectCount).toBe(3);
    expect(inJurisdiction(camp, 'US-MA')?.subjects).toBe(3);
  });

  it('places payees by their ZIP codes in an export of US bank routing numbers, and still no company among them', () => {
    const payouts = people(Array.from({ length: 24 }, (_, n) => ({
      payout_id: `po_${n}`, payee_id: `py_${n % 12}`, payee_name: n % 12 === 11 ? 'Bright Cleaning LLC' : `Payee ${['Anna', 'Ben', 'Cara'][n % 3]} Smith`,
      payee_email: n % 12 === 11 ? 'billing@bright.example' : `payee${n % 12}@example.com`, routing_number: '021000021', account_number: `12345678${n % 12}`,
      payee_zip: n % 2 ? '07030' : '2134',
    })));
    expect(payouts.subjectCount).toBe(11);
    expect(payouts.jurisdictions).toEqual(['US', 'US-MA', 'US-NJ']);
  });

  it('reads a formulary\'s drugs (by their NDC) as no one\'s health, and a provider directory\'s NPI and licence as no one\'s', () => {
    expect(people([{ ndc: '12345-678-90', drug_name: 'Sertraline 50mg tablets', generic_name: 'Sertraline', tier: '1' }]).subjectCount).toBe(0);
    // A pharmacy order with a product's code is still its customer's health.
    expect(categories({ order_id: '1', customer_email: 'anna@example.com', sku: 'SKU1', name: 'Sertraline 50mg tablets' })).toContain('health');
    const directory = people([{ NPI: '1497758544', 'Provider Last Name (Legal Name)': 'Garcia', 'Provider First Name': 'Maria', 'Provider License Number_1': 'M12345' }]);
    expect(directory.categories.map((entry) => entry.category)).toEqual(['identity']);
    // A claim's rendering NPI still tells of its patient's care.
    expect(categories({ patient_name: 'Anna Smith', rendering_provider_name: 'Maria Garcia', npi: '1497758544' })).toContain('health');
  });

  it('keys a remittance by its patient_member_id, and places a request by the phone its decoded query carries, which is no card', () => {
    const remit = people([
      { claim_id: 'RO1', patient_name: 'JONES, MARY', patient_member_id: 'M123456789', procedure_description: 'Chemotherapy administration, IV infusion' },
      { claim_id: 'RO2', patient_name: 'JONES, MARY', patient_member_id: 'M123456789', procedure_description: 'Injection, bevacizumab, 10 mg' },
    ]);
    expect(remit.subjectCount).toBe(1);
    const query = people([{ request: 'GET /checkout/confirm?email=lukas.mueller%40web.de&phone=%2B4915112345678&step=3 HTTP/1.1' }]);
    expect(query.jurisdictions).toEqual(['DE']);
    expect(query.categories.map((entry) => entry.category)).toEqual(['contact']);
  });

  it('reads conditions told in French, Spanish, Italian and Dutch notes, an addiction and union dues, and no cause\'s fundraiser', () => {
    const told = (note: string) => categories({ Kundennummer: 'K1', Notiz: note });
    for (const note of ['La cliente suit une chimiothérapie.', 'El cliente tiene epilepsia.', 'Klant heeft een depressie.', 'Klant is herstellende van een hersenbloeding.',
      'Caller mentioned gambling addiction treatment.']) expect(told(note), note).toContain('health');
    expect(told('Member of Teamsters Local 727, asked about union dues payroll deduction.')).toContain('special-category');
    for (const note of ['Le client organise un gala pour la recherche contre le cancer.', 'Donación a la Asociación Española Contra el Cáncer.', 'Essay on the Great Depression.']) {
      expect(told(note), note).not.toContain('health');
    }
  });

  it('counts a claim\'s subscriber named only on a dependant\'s claims (camelCase columns, X12 relationship codes)', () => {
    const claim = (id: string, relationship: string, patient: [string, string, string]) => ({
      ClaimID: id, SubscriberID: 'SUB1', SubscriberFirstName: 'Mark', SubscriberLastName: 'Turner', SubscriberDOB: '03/04/1979',
      PatientFirstName: patient[0], PatientLastName: patient[1], PatientDOB: patient[2], PatientRelationshipCode: relationship, SubscriberState: 'TX', DiagnosisCode1: 'J45.909' });
    const claims = people([claim('CLM1', '19', ['Lily', 'Turner', '06/07/2015']), claim('CLM2', '19', ['Lily', 'Turner', '06/07/2015']), claim('CLM3', '01', ['Jane', 'Turner', '01/02/1980'])]);
    expect(claims.subjectCount).toBe(3);
    expect(claims.children).toMatchObject({ under13: 1 });
  });

  it('reads an X12 claim flattened with loop and segment before each field as its field, the relationship code as its loop\'s person\'s', async () => {
    const header = '2300_CLM01_PatientControlNumber,2010BA_NM109_SubscriberMemberID,2010BA_NM103_SubscriberLastName,2010BA_NM104_SubscriberFirstName,2010BA_DMG02_SubscriberBirthDate,2010BA_N402_SubscriberState,2000B_SBR02_IndividualRelationshipCode,2000C_PAT01_IndividualRelationshipCode,2010CA_NM103_PatientLastName,2010CA_NM104_PatientFirstName,2010CA_DMG02_PatientBirthDate,2300_HI01_PrincipalDiagnosis,835_CLP01_PatientControlNumber';
    const rows = [
      'PCN1,XOF418270391,SCHULTZ,ANTHONY,19830512,IL,,19,SCHULTZ,MASON,20170830,ABK:H6690,PCN1',
      'PCN2,XOF418270391,SCHULTZ,ANTHONY,19830512,IL,,01,SCHULTZ,KAYLA,19850119,ABK:F321,PCN2',
      'PCN3,YUB502918844,PRICE,LATOYA,19790304,IL,18,,,,,ABK:E119,PCN3',
    ];
    const { classification } = await classifySource(scratchCsv('x12.csv', [header, ...rows].join('\n')), { asOf, collectEmails: false });
    expect(classification.subjectCount).toBe(4); // the subscriber named only on his dependants' claims is one of them
    expect(classification.children).toMatchObject({ under13: 1 });
    expect(subjects(classification, 'health')).toBe(3);
    // The evidence names the file's columns, as the responder will look for them.
    expect(classification.evidence.find((entry) => entry.category === 'health')?.columns).toEqual(['2300_HI01_PrincipalDiagnosis']);
    const keyed = await classifySource(scratchCsv('x12-keyed.csv', [header, ...rows].join('\n')), { asOf, collectEmails: false, subjectKey: '2010BA_NM109_SubscriberMemberID' });
    expect(keyed.classification.subjectCount).toBe(4);
  });

  it('reads the email a request\'s bearer token carries as the request\'s contact data, and no Mixpanel $city as an address', () => {
    const claims = Buffer.from(JSON.stringify({ sub: 'auth0|65a1b2c3', email: 'lena.weber@example.de' })).toString('base64url');
    const waf = people([{ httpRequest: { clientIp: '81.2.3.4', headers: [{ name: 'Authorization', value: `Bearer eyJhbGciOiJSUzI1NiJ9.${claims}.c2lnbmF0dXJl` }], uri: '/api/v1/me' } }]);
    expect(waf.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['httpRequest.headers.Authorization']);
    expect(categories({ event: 'Viewed', properties: { $user_id: 'u_1', $city: 'Lyon' } })).not.toContain('contact');
    expect(describeColumn('from.emailAddress.address').hint).toBe('email');
  });

  it('counts no clinic of a provider directory, no refused ethnicity, and a life policy\'s face amount as financial', () => {
    const directory = people([
      { NPI: '1497758544', 'Provider Organization Name (Legal Business Name)': '', 'Provider Last Name (Legal Name)': 'Garcia', 'Provider First Name': 'Maria', 'Provider Business Practice Location Address Telephone Number': '5125550100' },
      { NPI: '1003000126', 'Provider Organization Name (Legal Business Name)': 'Lakeside Family Clinic PLLC', 'Provider Last Name (Legal Name)': '', 'Provider First Name': '', 'Provider Business Practice Location Address Telephone Number': '5125550101' },
    ]);
    expect(directory.subjectCount).toBe(1);
    expect(categories({ UPN: 'V267773867841', 'Legal Forename': 'Oliver', Ethnicity: 'REFU' })).not.toContain('special-category');
    expect(categories({ UPN: 'V267773867841', 'Legal Forename': 'Oliver', Ethnicity: 'NOBT' })).not.toContain('special-category');
    expect(categories({ policy_no: 'LP1', insured_first: 'Logan', face_amount: '250000' })).toContain('financial');
  });

  it('places "City, State, United States" in its state', () => {
    const located = people([{ user_id: 'ic1', location: 'Austin, Texas, United States' }, { user_id: 'ic2', location: 'Denver, CO, USA' }]);
    expect(located.jurisdictions).toEqual(['US', 'US-CO', 'US-TX']);
  });
});

describe('rows that are no one\'s in messy exports (QA round 33)', () => {
  it('counts no repeated header row, no totals row and no NUL padding as a person', () => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    const names = ['customer_id', 'first_name', 'email', 'country'];
    classifier.setColumns(names);
    classifier.addRow(['C1', 'Anna', 'anna@example.com', 'DE']);
    classifier.addRow([...names]);
    classifier.addRow(['C2', 'Tom', 'tom@example.com', 'GB']);
    classifier.addRow(['Total customers', '2', '', '']);
    classifier.addRow(['\u0000\u0000\u0000\u0000']);
    expect(classifier.result().subjectCount).toBe(2);
  });

  it('reads the rows after another export\'s header under it: columns in another order, one more, one fewer (QA round 52)', () => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-24T00:00:00Z'), collectEmails: false });
    classifier.setColumns(['customer_id', 'email', 'date_of_birth', 'country']);
    classifier.addRow(['C1', 'anna@example.com', '1985-03-01', 'DE']);
    classifier.addRow(['country', 'date_of_birth', 'customer_id', 'email']);
    classifier.addRow(['ES', '2016-05-04', 'C2', 'lena@example.com']);
    classifier.addRow(['customer_id', 'email', 'date_of_birth', 'country', 'card_number']);
    classifier.addRow(['C3', 'tom@example.com', '2015-09-09', 'GB', '4111111111111111']);
    classifier.addRow(['email', 'customer_id', 'country']);
    classifier.addRow(['max@example.com', 'C4', 'FR']);
    const result = classifier.result();
    expect(result.recordsScanned).toBe(4);
    expect(result.subjectCount).toBe(4);
    expect(result.jurisdictions).toEqual(['DE', 'ES', 'FR', 'GB']);
    expect(result.children).toMatchObject({ under13: 2, withBirthDate: 3 });
    expect(result.categories.find((c) => c.category === 'payment-card')?.subjects).toBe(1);
    expect(classifier.reheaded).toBe(true);
  });

  it('reads a birth date column\'s Excel serial dates (44927 is 2023-01-01), and no postcode as one', () => {
    expect(classified([{ customer_id: 'C1', date_of_birth: '42156' }]).children).toMatchObject({ under13: 1 });
    expect(classified([{ customer_id: 'C1', date_of_birth: '31107' }]).children).toMatchObject({ under13: 0 });
    expect(categoriesOf({ customer_id: 'C1', email: 'anna@example.com', postcode: '42156' })).not.toContain('identity');
  });
});

describe('SaaS exports as the tools write them (QA round 34)', () => {
  it('reads Salesforce Data Loader\'s run-together address columns, no Stripe card fingerprint as a token, and no wholesale company as a customer', () => {
    const contacts = classified([{ ID: '003Jy', LASTNAME: 'Williams', FIRSTNAME: 'Karen', MAILINGSTREET: '917 Cedar Court', MAILINGCITY: 'Philadelphia', MAILINGSTATE: 'Pennsylvania', MAILINGPOSTALCODE: '19103', MAILINGCOUNTRY: 'USA' }]);
    expect(contacts.jurisdictions).toEqual(['US', 'US-PA']);
    expect(categoriesOf({ id: 'cus_Q1w2E3r4T5y6U7', Email: 'amy.nguyen@example.com', 'Card Last4': '4242', 'Card Fingerprint': 'AKCpjNwYbKbNpbTK' })).not.toContain('credentials');
    const customers = classified([
      { 'Customer ID': '7000036667408', 'First Name': 'Richard', 'Last Name': 'Lopez', Email: 'richard.lopez@example.com', 'Default Address Company': '', 'Default Address City': 'Detroit', 'Default Address Province Code': 'MI', 'Default Address Country Code': 'US' },
      { 'Customer ID': '7000121834482', 'First Name': '', 'Last Name': '', Email: 'info@blue-harbor.example', 'Default Address Company': 'Blue Harbor Cafe LLC', 'Default Address City': 'Seattle', 'Default Address Province Code': 'WA', 'Default Address Country Code': 'US' },
    ]);
    expect(customers.subjectCount).toBe(1);
    expect(customers.jurisdictions).toEqual(['US', 'US-MI']);
  });

  it('keys a family\'s event tickets by attendee, reads a form\'s health question and its numbered answers', () => {
    const ticket = (attendee: string, first: string, dob: string, medical: string) => ({ 'Order #': '8000000017', 'First Name': first, 'Last Name': 'Hughes',
      Email: 'laura.hughes@example.com', 'Attendee #': attendee, 'Date of birth': dob, 'Medical conditions we should know about': medical });
    const run = classified([ticket('80000000170', 'Laura', '04/11/1984', ''), ticket('80000000171', 'Noah', '06/02/2017', 'Asthma')]);
    expect(run.subjectCount).toBe(2);
    expect(run.children).toMatchObject({ under13: 1 });
    expect(run.categories.find((entry) => entry.category === 'health')?.subjects).toBe(1);
    expect(categoriesOf({ 'Invitee Email': 'grace.kelly@example.com', 'Question 1': 'What would you like support with?', 'Response 1': 'PTSD after a car accident' })).toContain('health');
  });

  it('tells a parent\'s children apart on a form that parent filled in once per child (the respondent\'s email)', () => {
    const row = (pupil: string, dob: string) => ({ 'Email Address': 'daniel.carter@example.co.uk', "Pupil's full name": pupil, "Pupil's date of birth": dob,
      'Parent/carer name': 'Daniel Carter', 'Parent/carer mobile': '07723 060449', 'Home postcode': 'LS6 2AB' });
    const trip = classified([row('Paul Carter', '17/05/2012'), row('Ethan Carter', '03/04/2015'), row('Ethan Carter', '03/04/2015')]);
    expect(trip.subjectCount).toBe(3);
    expect(trip.children).toMatchObject({ under13: 1, under16: 2 });
  });

  it('counts a reservation\'s fellow travellers in its list of guest names, and no surname-first name as a list', () => {
    const stays = classified([
      { 'Book number': '3000000007', 'Guest name(s)': 'Sean Murphy, Aoife Byrne', 'Booker country': 'ie', 'Phone number': '+353 85 123 4567' },
      { 'Book number': '3000000014', 'Guest name(s)': 'Murphy, Sean', 'Booker country': 'ie', 'Phone number': '+353 85 765 4321' },
    ]);
    expect(stays.subjectCount).toBe(3);
    expect(inJurisdiction(stays, 'IE')?.subjects).toBe(3);
  });

  it('reads a messages column\'s number (Brevo\'s SMS attribute) as a phone that places its contact, not as a message', () => {
    const contacts = classified([{ 'CONTACT ID': '1', EMAIL: 'camille.dubois@example.fr', PRENOM: 'Camille', SMS: '33612345678' }]);
    expect(contacts.jurisdictions).toEqual(['FR']);
    expect(contacts.categories.map((entry) => entry.category)).not.toContain('communications');
  });
});

describe('masked, tokenised, aggregated and look-alike data (QA round 32)', () => {
  const people = classified;
  const categories = categoriesOf;

  it('reads a vault\'s data tokens as no credentials and no SSN, and a template\'s slot as no password', () => {
    expect(categories({ customer_token: 'ctk_Qm3Vx8LpR2aZt0KcW9yN', email_token: 'tok_em_Hq7Tz2LmP0xV9cRb4D', ssn_token: '412-37-8823', state: 'CA' })).toEqual([]);
    expect(categories({ access_token: 'ya29.a0AfH6SMBx3c9Qk2ZpL7wR4tY8uV1nE5', user_id: 'u1' })).toContain('credentials');
    expect(categories({ name: 'mail', host: 'smtp.example.com', password: '<your-api-key>' })).not.toContain('credentials');
  });

  it('counts no masked email as anyone\'s, nor shares a mask as a key', () => {
    const survey = people([
      { response_id: 'R1', email_masked: 'j***@gmail.com', nps_score: '9', country: 'GB' },
      { response_id: 'R2', email_masked: 'ja*****h@yahoo.com', nps_score: '3', country: 'IE' },
      { response_id: 'R3', email_masked: 'j***@gmail.com', nps_score: '6', country: 'GB' },
    ]);
    expect(survey.subjectCount).toBe(0);
  });

  it('reads no masked ZIP3 as a postcode and places its row by its state', () => {
    const release = people([{ age_band: '30-39', zip3: '021**', state: 'MA', primary_diagnosis: 'Asthma' }, { age_band: '40-49', zip3: '100**', state: 'NY', primary_diagnosis: 'Pneumonia' }]);
    expect(release.categories.map((entry) => entry.category)).toEqual(['health']);
    expect(release.jurisdictions).toEqual(['US', 'US-MA', 'US-NY']);
  });

  it('counts no bank branch, no percentile of a salary benchmark, no workplace as an address; sick days are health', () => {
    expect(people([{ branch_id: 'BR0001', branch_name: 'Leeds Briggate', sort_code: '40-11-62', branch_settlement_iban: 'GB32HBUK40116231926819', city: 'Leeds', postcode: 'LS1 6HD', phone: '+44 113 245 1234' }]).subjectCount).toBe(0);
    expect(people([{ role: 'Nurse', city: 'Manchester', country: 'GB', p25_salary: '31000', median_salary: '35500', p75_salary: '39000' }]).subjectCount).toBe(0);
    expect(categories({ employee_pseudo_id: 'a9f3c2e1b7', base_salary_gbp: '48000', sick_days_ytd: '3', work_location: 'Leeds' })).toEqual(['financial', 'health']);
    expect(categories({ employee_pseudo_id: 'c1d7e0f42a', base_salary_gbp: '61000', sick_days_ytd: '0' })).toEqual(['financial']);
  });

  it('keys a chat by its visitor, not one person per message', () => {
    const chat = people([
      { conversation_id: 'c1', visitor_id: 'v_8f3k2m1q9z7x4c6b', sender: 'visitor', text: 'Hello' },
      { conversation_id: 'c1', visitor_id: 'v_8f3k2m1q9z7x4c6b', sender: 'agent', text: 'Hi, how can I help?' },
      { conversation_id: 'c2', visitor_id: 'v_2b7d9q1m3x8c4k6f', sender: 'visitor', text: 'Hello' },
    ]);
    expect(chat.subjectCount).toBe(2);
  });
});

describe('public sector, justice and social care (QA round 31)', () => {
  const people = classified;
  const categories = categoriesOf;

  it('keys a household\'s claims by each member\'s own reference, not by their place in the claim; a disability premium is health', () => {
    const member = (claim: string, no: string, ref: string, forename: string, dob: string, premium: string) => ({
      'Claim Ref': claim, 'Member No': no, 'Person Ref': ref, Forename: forename, Surname: 'Walker', 'Date of Birth': dob, 'Disability Premium': premium, Postcode: 'LS11 5DR' });
    const claims = people([member('HB1', '1', 'P1', 'Karen', '03/05/1981', 'Yes'), member('HB1', '2', 'P2', 'Lily', '14/02/2016', 'No'), member('HB2', '1', 'P3', 'Gary', '22/09/1970', 'No')]);
    expect(claims.subjectCount).toBe(3);
    expect(claims.categories.find((entry) => entry.category === 'health')?.subjects).toBe(1);
  });

  it('reads a criminal search\'s charges, an arrest\'s reason and a juvenile petition\'s charges as criminal data, and no bill\'s charges', () => {
    expect(categories({ candidate_id: 'C1', name: 'John Smith', results: { county_criminal: [{ county: 'Cook County', charge: 'Assault 3rd degree' }] } })).toContain('criminal');
    expect(categories({ custody_person_id: 'CP1', forename: 'Lee', arrest: { reason: 'Suspicion of burglary dwelling' } })).toContain('criminal');
    expect(categories({ juvenile_id: 'J1', name: 'Tyrone Davis', petition: { charges: [{ description: 'Robbery' }] } })).toContain('criminal');
    expect(categories({ customer_id: 'cus_1', email: 'anna@example.com', charges: { data: [{ description: 'Subscription renewal' }] } })).not.toContain('criminal');
  });

  it('places no one by the country they moved from, reads church membership as religion, and keys penalty notices by their debtor', () => {
    expect(people([{ Ordnungsmerkmal: '100000000001', Familienname: 'Müller', Vornamen: 'Anna', Land: 'Deutschland', 'Zuzug aus Staat': 'Polen' }]).jurisdictions).toEqual(['DE']);
    expect(categories({ Personnummer: '19860515-4452', Förnamn: 'Lars', 'Medlem i Svenska kyrkan': 'Ja' })).toContain('special-category');
    expect(categories({ Personnummer: '19860515-4452', Förnamn: 'Lars', 'Medlem i Svenska kyrkan': 'Nej' })).not.toContain('special-category');
    const notices = people(['LS1', 'LS2', 'LS3'].map((pcn) => ({ PCN: pcn, VRM: 'YX21 ABC', 'Debtor Ref': 'D200001', 'Keeper Name': 'Mr Gary Hughes', 'Keeper Postcode': 'M14 2QT' })));
    expect(notices.subjectCount).toBe(1);
  });

  it('reads social care\'s means tests and needs in Italian, Spanish and English, a youth welfare file\'s parents, and no ethnicity not stated', () => {
    expect(categories({ 'Codice Fiscale': 'RSSMRA80A01F205X', Nome: 'Mario', 'ISEE (€)': '8500,00', 'Invalidità civile (%)': '74' })).toEqual(expect.arrayContaining(['financial', 'health']));
    expect(categories({ 'N° Expediente': 'SS-2', Nombre: 'José', 'Grado de dependencia': 'Sin grado', 'Ingreso Mínimo Vital': 'No' })).not.toEqual(expect.arrayContaining(['financial']));
    expect(categories({ 'N° Expediente': 'SS-1', Nombre: 'María', 'Grado de dependencia': 'Grado II', 'Ingreso Mínimo Vital': 'Sí' })).toEqual(expect.arrayContaining(['financial', 'health']));
    expect(categories({ 'Person ID': 'ASC1', Forename: 'Karen', 'Client Contribution': '85.20', 'Savings Band': '£14,250-£23,250', substance_misuse: 'Opiates' })).toEqual(expect.arrayContaining(['financial', 'health']));
    const family = people([{ aktenzeichen: '51.2-1', kind: { kind_id: 'JA-1', vorname: 'Mia', nachname: 'Weber', geburtsdatum: '2016-02-14' },
      eltern: [{ vorname: 'Sabine', nachname: 'Weber', geburtsdatum: '12.01.1988' }, { vorname: 'Thomas', nachname: 'Weber', geburtsdatum: '02.02.1985' }] }]);
    expect(family.subjectCount).toBe(3);
    expect(categories({ custody_person_id: 'CP2', forename: 'Lee', self_defined_ethnicity: 'NS' })).not.toContain('special-category');
  });

  it('counts a safeguarding referral\'s alleged person responsible and a crime report\'s suspect as people of their own', () => {
    const referrals = people([
      { 'Referral ID': 'SG-1', 'Adult at Risk ID': 'A1', 'Adult at Risk Name': 'Susan Walker', DOB: '03/05/1941', 'Alleged Person Responsible': 'Craig Walker', 'APR Relationship': 'Son' },
      { 'Referral ID': 'SG-2', 'Adult at Risk ID': 'A2', 'Adult at Risk Name': 'Karen Hughes', DOB: '22/09/1938', 'Alleged Person Responsible': 'Dean Hughes', 'APR Relationship': 'Son' },
    ]);
    expect(referrals.subjectCount).toBe(4);
    expect(describeColumn('Suspect Name').hint).toBe('person-name');
  });

  it('knows a parent who is another child\'s emergency contact by their name and phone number', () => {
    const club = people([
      { 'Member No': 'YC1', 'First Name': 'Jacob', 'Last Name': 'Clark', 'Parent/Carer Name': 'Ava Clark', 'Parent/Carer Phone': '07354 502832', 'Parent/Carer Email': 'ava.clark@example.co.uk', 'Emergency Contact Name': 'Mark Clark', 'Emergency Contact Phone': '07869 729201' },
      { 'Member No': 'YC2', 'First Name': 'Sam', 'Last Name': 'Jones', 'Parent/Carer Name': 'Rita Jones', 'Parent/Carer Phone': '07000 111222', 'Parent/Carer Email': 'rita.jones@example.co.uk', 'Emergency Contact Name': 'Ava Clark', 'Emergency Contact Phone': '+44 7354 502832' },
    ]);
    // Two members, two parents, one emergency contact who is no parent.
    expect(club.subjectCount).toBe(5);
  });

  it('counts a household\'s joint applicants and members as its people, its record as their address', () => {
    const carers = people([{ carer_ref: 'FOS-1', address: { line1: '12 Green Lane', town: 'Leeds', postcode: 'LS11 5DR' },
      applicants: [{ person_id: 'FC1-1', first_name: 'Karen', last_name: 'Walker', date_of_birth: '1981-05-03', email: 'karen.walker@example.co.uk' },
        { person_id: 'FC1-2', first_name: 'Julie', last_name: 'Walker', date_of_birth: '1979-12-01', email: 'julie.walker@example.co.uk' }],
      household_members: [{ person_id: 'FC1-H0', name: 'Lily Walker', date_of_birth: '2016-02-14', relationship: 'Daughter' }] }]);
    expect(carers.subjectCount).toBe(3);
    expect(carers.categories.find((entry) => entry.category === 'contact')?.subjects).toBe(3);
    expect(inJurisdiction(carers, 'GB')?.subjects).toBe(3);
  });

  it('reads a DBS check\'s result (a conviction disclosed, a barred list) as criminal data, and a visited prisoner as a person held in prison', () => {
    const checks = people([
      { 'Applicant ID': 'U1', Forename: 'Karen', Surname: 'Walker', Postcode: 'LS11 5DR', Result: 'Information disclosed: Conviction 2006 - ABH' },
      { 'Applicant ID': 'U2', Forename: 'Gary', Surname: 'Hughes', Postcode: 'M14 2QT', Result: "Barred - Children's Barred List" },
      { 'Applicant ID': 'U3', Forename: 'Aisha', Surname: 'Khan', Postcode: 'B23 7TH', Result: 'No information disclosed' },
    ]);
    const visit = (id: string, prisoner: string, name: string, visitor: string, visitorName: string) => ({
      'Visit ID': id, Establishment: 'HMP Leeds', 'Prisoner Number': prisoner, 'Prisoner Name': name, 'Visitor Ref': visitor, 'Visitor Name': visitorName, 'Visitor Postcode': 'LS11 5DR' });
    // Two prisoners of one name are told apart by their prisoner numbers.
    const visits = people([visit('VS1', 'A1234BC', 'SMITH, John', 'V1', 'Karen Smith'), visit('VS1', 'A1234BC', 'SMITH, John', 'V2', 'Lily Smith'),
      visit('VS2', 'A9876DE', 'HUGHES, Gary', 'V3', 'Julie Hughes'), visit('VS3', 'A5555ZZ', 'SMITH, John', 'V4', 'Mary Brown')]);

    expect(subjectsOf(checks, 'criminal')).toBe(2);
    expect(visits.subjectCount).toBe(7);
    expect(subjectsOf(visits, 'criminal')).toBe(3);
  });

  it('reads an "ID Number" beside its "ID Type" as that document\'s number, whatever the record\'s country checks', () => {
    const visitor = (withType: boolean) => people([{ 'Visitor Name': 'Karen Smith', 'Visitor Postcode': 'LS11 5DR', country: 'GB',
      ...(withType ? { 'ID Type': 'Passport' } : {}), 'ID Number': '123456789' }]);

    expect(subjectsOf(visitor(true), 'government-id')).toBe(1);
    expect(subjectsOf(visitor(false), 'government-id')).toBe(0); // nine digits are no UK national number
    // A visitor's short reference number is no browser's visitor id.
    expect(categories({ 'Visitor ID': 'V50001', 'Visitor Name': 'Karen Smith' })).not.toContain('online-identifier');
    expect(categories({ visitor_id: '8f3a2c1e9b7d4a60', email: 'karen@example.org' })).toContain('online-identifier');
  });
});

describe("the evaluator's own record sets (QA round 35)", () => {
  it('reads a Polish record\'s national id as a PESEL or as nothing, never as another country\'s digits', () => {
    // PESELs with a wrong check digit that pass Brazil's CPF or Turkey's kimlik checks, and a valid one.
    const kyc = classified([
      { ref: 'K1', full_name: 'Krzysztof Stępień', country: 'PL', national_id: '72062392416' },
      { ref: 'K2', full_name: 'Lidia Frączek', country: 'PL', national_id: '46012862806' },
      { ref: 'K3', full_name: 'Ewelina Czaja', country: 'PL', national_id: '79080612227' },
      { ref: 'K4', full_name: 'Zofia Wolak', country: 'PL', national_id: '77040729784' },
      { ref: 'K5', full_name: 'Anna Nowak', country: 'PL', national_id: '44051401359' },
    ]);

    expect(kyc.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(1);
    expect(kyc.evidence.filter((entry) => entry.category === 'government-id').map((entry) => entry.detector)).toEqual(['pl-pesel']);
  });
});

describe("the evaluator's own record sets: names of columns (QA round 35)", () => {
  it('reads ICD-10 codes under their French and Spanish names (CIM-10, CIE-10) as health', () => {
    for (const column of ['diagnostic_cim10', 'CIM-10', 'code_CIM10', 'diagnostico_cie10', 'CIE-10']) {
      expect(categoriesOf({ patient_id: 'P1', nom: 'Martin', [column]: 'J45.9' }), column).toContain('health');
    }
  });

  it('reads police cautions as criminal data, and a rental deposit ("caution") as nothing of the kind', () => {
    expect(categoriesOf({ applicant_id: 'D1', forename: 'Phyllis', convictions: 'None', cautions: 'Shoplifting (2012)' })).toContain('criminal');
    expect(categoriesOf({ locataire: 'Paul Martin', caution: '800 €' })).not.toContain('criminal');
  });
});

describe('names of name columns as databases abbreviate them', () => {
  it('reads fname, lname, mname and first_nm as names', () => {
    for (const column of ['fname', 'lname', 'MNAME', 'first_nm']) expect(categoriesOf({ id: 'U1', [column]: 'Ayana' }), column).toContain('identity');
  });
});

describe('directories: shared mailboxes, rooms and Slackbot (QA round 34)', () => {
  it('counts no one for a shared mailbox, a desk or a room, and still a person known by a handle', () => {
    const directory = classified([
      { 'Display name': 'Harry Evans', 'User principal name': 'harry.evans@contoso.example', City: 'Leeds' },
      { 'Display name': 'Reception', 'User principal name': 'reception@contoso.example' },
      { 'Display name': 'Boardroom 3F', 'User principal name': 'boardroom3f@contoso.example' },
      { 'Display name': 'Accounts Payable', 'User principal name': 'accountspayable@contoso.example' },
      { 'Display name': 'HR Shared', 'User principal name': 'hrshared@contoso.example' },
      { 'Display name': 'Training Room 2', 'User principal name': 'trainingroom2@contoso.example' },
      { 'Display name': 'jsmith99', 'User principal name': 'jsmith99@contoso.example' },
    ]);

    expect(directory.subjectCount).toBe(2);
  });

  it('counts no one for Slackbot, which Slack writes with is_bot false', () => {
    const users = classified([
      { id: 'USLACKBOT', name: 'slackbot', real_name: 'Slackbot', is_bot: false, profile: { real_name: 'Slackbot', first_name: 'slackbot' } },
      { id: 'U01ABCDEF23', name: 'amy.nguyen', real_name: 'Amy Nguyen', is_bot: false, profile: { email: 'amy.nguyen@example.com' } },
    ]);

    expect(users.subjectCount).toBe(1);
  });
});

describe('people without a key column, known by their name at one phone number (QA round 34)', () => {
  it('counts a guest who stayed thrice once, and two guests at one number twice', () => {
    const stays = classified([
      { 'Confirmation code': 'HMX4K2P9QA', 'Guest name': 'Sophie Martin', Contact: '+33 6 12 34 56 78', Listing: 'Sunny 2BR, Austin, TX' },
      { 'Confirmation code': 'HMZ8R1T3WB', 'Guest name': 'Sophie Martin', Contact: '+33 6 12 34 56 78', Listing: 'Sunny 2BR, Austin, TX' },
      { 'Confirmation code': 'HM7Q2L5NCE', 'Guest name': 'Sophie Martin', Contact: '+33 612345678', Listing: 'Modern Loft Downtown Austin TX 78701' },
      { 'Confirmation code': 'HM1AAAAAAA', 'Guest name': 'Paul Martin', Contact: '+33 6 12 34 56 78', Listing: 'Sunny 2BR, Austin, TX' },
    ]);

    expect(stays.subjectCount).toBe(2);
    expect(stays.jurisdictions).toEqual(['FR']);
  });
});

describe('validated identifiers in notes (QA round 36)', () => {
  it('reads an IBAN printed in groups as an IBAN, and none of its digits as a phone or a card, valid or not', () => {
    const refunds = classified([
      { customer_id: 'C1', name: 'Emma de Vries', notes: 'Refund sent to IBAN NL20 INGB 8214 5582 47 on request.' },
      { customer_id: 'C2', name: 'Claire Martin', notes: 'Refund sent to IBAN FR82 5681 7461 4000 5698 5490 149 on request.' },
      { customer_id: 'C3', name: 'Lena Weber', notes: 'Refund sent to IBAN DE89 5006 7856 9704 3161 85 on request.' },
    ]);

    expect(refunds.categories.map((entry) => entry.category)).not.toContain('payment-card');
    expect(refunds.evidence.map((entry) => entry.detector)).not.toContain('phone');
    expect(refunds.jurisdictions).toEqual([]);
  });
});

describe("the evaluator's own record sets, second batch (QA rounds 36 and 37)", () => {
  it('reads a SKU that passes the card checks as a product code, no one\'s card', () => {
    const catalogue = classified([
      { sku: '4111222233334448', ean: '4001234567800', title: 'Desk lamp 0', price: '19.90', supplier: 'Acme GmbH' },
      { sku: '5222333344445552', ean: '4001234567801', title: 'Desk lamp 1', price: '19.90', supplier: 'Acme GmbH' },
    ]);

    expect(catalogue.categories).toEqual([]);
  });

  it('places a record by its country column, not by a province of another country with the same name (Guadalajara, México)', () => {
    const clientes = classified([
      { id_cliente: '1', nombre: 'Valentina', apellidos: 'García', correo: 'valentina@example.org', provincia: 'Guadalajara', 'país': 'México' },
      { id_cliente: '2', nombre: 'Hugo', apellidos: 'López', correo: 'hugo@example.org', provincia: 'Guadalajara', 'país': 'España' },
      { id_cliente: '3', nombre: 'Lucía', apellidos: 'Ruiz', correo: 'lucia@example.org', provincia: 'Guadalajara' },
    ]);

    expect(clientes.jurisdictionCounts?.map(({ jurisdiction, subjects }) => [jurisdiction, subjects])).toEqual([['ES', 2], ['MX', 1]]);
  });

  it('reads medical history and chronic illnesses in French and Spanish as health, and pending charges as criminal', () => {
    expect(categoriesOf({ matricule: 'M1', nom: 'Martin', 'antécédents_médicaux': 'Diabète de type 1' })).toContain('health');
    expect(categoriesOf({ id_paciente: 'P1', nombre: 'Hugo', 'enfermedades_crónicas': 'Hipertensión' })).toContain('health');
    expect(categoriesOf({ candidate_id: 'C1', criminal_convictions: 'None', pending_charges: 'Yes - assault charge' })).toContain('criminal');
    expect(categoriesOf({ candidate_id: 'C2', criminal_convictions: 'None', pending_charges: 'None' })).not.toContain('criminal');
  });

  it('reads columns named first and last side by side as a name, and either word alone as nothing', () => {
    const members = classified([{ member_no: '0001', first: 'Ciara', last: 'Kelly', town: 'Galway', country: 'IE' }]);
    const logins = classified([{ user_id: 'U1', first: '2026-01-02', last: '2026-11-02', email: 'anna@example.com' }]);
    const nested = classified([{ id: 'P1', guardian: { first: 'Anna', last: 'Berg' }, email: 'anna.berg@example.com' }]);

    expect(members.categories.map((entry) => entry.category)).toEqual(['contact', 'identity']);
    expect(logins.categories.map((entry) => entry.category)).toEqual(['contact']);
    expect(nested.evidence.find((entry) => entry.detector === 'person-name')?.columns).toEqual(['guardian.first', 'guardian.last']);
  });

  it('places "U.K." in GB, and WA beside NSW and VIC in Australia though it is a US state\'s code too', () => {
    expect(classified([{ id: 'C1', name: 'James Smith', email: 'james@example.com', country: 'U.K.' }]).jurisdictions).toEqual(['GB']);
    const customers = classified([
      { customer_id: 'C1', first_name: 'James', last_name: 'Smith', email: 'james@example.com.au', state: 'NSW', postcode: '2000' },
      { customer_id: 'C2', first_name: 'Mary', last_name: 'Jones', email: 'mary@example.com.au', state: 'VIC', postcode: '3000' },
      { customer_id: 'C3', first_name: 'John', last_name: 'Taylor', email: 'john@example.com.au', state: 'WA', postcode: '6000' },
    ]);

    expect(customers.jurisdictionCounts?.map(({ jurisdiction, subjects }) => [jurisdiction, subjects])).toEqual([['AU', 3]]);
  });
});

describe('US regulated records (QA round 38)', () => {
  it('reads a roster whose every person column names one party (ChildFirstName, BeneficiaryName) as that party\'s records', () => {
    const roster = classified([
      { ChildID: 'CH00001', ChildFirstName: 'Martha', ChildLastName: 'Gordon', ChildDOB: '2012-05-31', State: 'CA', Zip: '92101' },
      { ChildID: 'CH00002', ChildFirstName: 'James', ChildLastName: 'Wells', ChildDOB: '2020-02-12', State: 'ID', Zip: '83702' },
    ]);
    const medicare = classified([
      { BeneficiaryName: 'Martha Ferguson', DateOfBirth: '1944-01-03', MBI: '3FV3YN6KV38', MailingAddress: '8719 Oak Rd, Albany, NY 12207-5164' },
      { BeneficiaryName: 'Joseph Howard', DateOfBirth: '1943-09-21', MBI: '3GM1-YY2-AH94', MailingAddress: '4118 Pine Rd, Salt Lake City, UT 84101' },
    ]);

    expect(roster.subjectCount).toBe(2);
    expect(roster.children).toMatchObject({ under13: 1, under16: 2 });
    expect(medicare.subjectCount).toBe(2);
  });

  it('counts siblings on a parent\'s consent rows as two children and one parent, keyed by the child\'s id', () => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    classifier.setColumns(['ChildID', 'ChildFirstName', 'ChildLastName', 'ChildDOB', 'ParentName', 'ParentEmail', 'State']);
    classifier.addRow(['CH1', 'Martha', 'Gordon', '2012-05-31', 'Sara Gordon', 'sara@example.com', 'CA']);
    classifier.addRow(['CH2', 'John', 'Gordon', '2015-02-05', 'Sara Gordon', 'sara@example.com', 'CA']);
    const consents = classifier.result();

    expect(consents.subjectCount).toBe(3);
    expect(consents.children).toMatchObject({ under13: 1, under16: 2 });
  });

  it('reads a directory\'s NPI as no one\'s health, for clinicians in camelCase columns and for clinics that name no one', () => {
    const clinics = classified([
      { NPI: '1087429795', OrganizationName: 'Miami Oncology Associates Inc.', Address: '8740 Willow Rd', City: 'Miami', State: 'FL', Zip: '33101', Phone: '(813) 414-4672' },
    ]);
    const clinicians = classified([{ NPI: '1763563347', ProviderFirstName: 'Andrea', ProviderLastName: 'Griffin', PracticeName: 'Houston Family Practice', State: 'TX' }]);

    expect(clinics.subjectCount).toBe(0);
    expect(clinicians.categories.map((entry) => entry.category)).not.toContain('health');
  });

  it('places American Samoa\'s and the Northern Mariana Islands\' ZIP codes in their territories, not Hawaii or Guam', () => {
    expect(usStateOfZip('96799')).toBe('US-AS');
    expect(usStateOfZip('96950')).toBe('US-MP');
    expect(usStateOfZip('96910')).toBe('US-GU');
    expect(usStateOfZip('96813')).toBe('US-HI');
  });
});

describe('an address on several lines (QA round 39)', () => {
  it('reads its lines as its parts: the state of "Boston, MA 02108" before a last line "United States"', () => {
    const customers = classified([
      { id: '1', full_name: 'Mary Jones', email: 'mary@example.com', address: '12 Main Street\nBoston, MA 02108\nUnited States', country: 'US' },
      { id: '2', full_name: 'Linda Davis', email: 'linda@example.com', address: '12 Main Street\r\nDenver, CO 80202\r\nUSA', country: 'US' },
    ]);

    expect(customers.jurisdictions).toEqual(['US', 'US-CO', 'US-MA']);
  });
});

describe('European HR, payroll and school exports (QA round 40)', () => {
  const table = (columns: string[], rows: string[][]) => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    classifier.setColumns(columns);
    for (const row of rows) classifier.addRow(row);
    return classifier.result();
  };

  it('counts a pupil\'s guardian (Vårdnadshavare, responsable légal, ouder) as a person of their own, never as the pupils\' key', () => {
    const swedish = table(['Förnamn', 'Efternamn', 'Födelsedatum', 'Vårdnadshavare 1 namn', 'Vårdnadshavare 1 e-post'], [
      ['Björn', 'Andersson', '2015-04-14', 'Astrid Andersson', 'astrid@example.se'],
      ['Oskar', 'Andersson', '2012-02-26', 'Astrid Andersson', 'astrid@example.se'],
    ]);
    const french = table(['Nom', 'Prénom', 'Date de naissance', 'Responsable légal 1', 'Courriel resp. 1', 'Téléphone resp. 1'], [
      ['FAURE', 'Chloé', '01/05/2019', 'Benoît Faure', 'benoit@example.fr', '+33 6 70 88 48 97'],
      ['FAURE', 'Gaëlle', '15/10/2017', 'Benoît Faure', 'benoit@example.fr', '+33 6 70 88 48 97'],
    ]);
    const flemish = classified([
      { leerling_id: 'L1', voornaam: 'Lucas', familienaam: 'Peeters', ouder_naam: 'Lien Peeters', ouder_email: 'lien@example.be' },
      { leerling_id: 'L2', voornaam: 'Emma', familienaam: 'Maes', ouder_naam: 'Wout Maes', ouder_email: 'wout@example.be' },
    ]);

    expect(swedish.subjectCount).toBe(3);
    expect(swedish.children).toMatchObject({ under13: 1, under16: 2 });
    expect(french.subjectCount).toBe(3);
    expect(flemish.subjectCount).toBe(4);
  });

  it('reads sick leave in an absence column, sick days and disability support by their names, and "0%" as none', () => {
    const absences = table(['Pers.-Nr.', 'Name', 'Fehlzeit', 'Abwesenheitsgrund', 'motif_absence'], [
      ['700001', 'Müller, Anna', 'Krank', 'Urlaub', 'congés payés'],
      ['700001', 'Müller, Anna', 'Urlaub', 'Krankheit', 'RTT'],
      ['700002', 'Weber, Jörg', 'Urlaub', 'Fortbildung', 'formation'],
      ['700003', 'Roux, Léa', '', '', 'accident du travail'],
    ]);
    const staff = table(['Personalnummer', 'Name', 'Verzuimdagen', 'dni_L4', 'RQTH', 'Grado de discapacidad', 'Baja médica'], [
      ['P1', 'Anna Schmidt', '4', '0', 'non', '0%', 'No'],
      ['P2', 'Jörg Weber', '0', '7', 'non', '0%', 'No'],
      ['P3', 'María Pérez', '0', '0', 'non', '0%', 'Sí'],
      ['P4', 'José García', '0', '0', 'non', '0%', 'No'],
    ]);

    expect(absences.subjectCount).toBe(3); // keyed by Pers.-Nr.
    expect(subjectsOf(absences, 'health')).toBe(2);
    expect(subjectsOf(staff, 'health')).toBe(3);
  });

  it('reads religion, trade unions, a certificate of good conduct and residence permits by their German, Swedish and English names', () => {
    const employees = classified([
      { 'DN-Nr': '901', Name: 'Anna Gruber', Religionsbekenntnis: 'röm.-kath.', Fackförbund: 'Unionen', fuehrungszeugnis: 'Eintrag vorhanden: Verurteilung (2017)', aufenthaltstitel_nr: 'Y12345678' },
      { 'DN-Nr': '902', Name: 'Johann Huber', Religionsbekenntnis: 'ohne', Fackförbund: '', fuehrungszeugnis: 'ohne Eintrag', aufenthaltstitel_nr: '' },
    ]);
    const candidates = classified([{ 'Candidate ID': 'C1', Name: 'Ava Khan', Email: 'ava@example.com', 'BRP Number': 'ZR7654321' }]);

    expect(subjectsOf(employees, 'special-category')).toBe(1);
    expect(subjectsOf(employees, 'criminal')).toBe(1);
    expect(subjectsOf(employees, 'government-id')).toBe(1);
    expect(subjectsOf(candidates, 'government-id')).toBe(1);
  });

  it('places people by a state of residence (Wohnsitzstaat), Finland\'s "Maa" and a country of domicile; keys pupils by their UPN', () => {
    expect(classified([{ Personalnummer: 'Z1', Name: 'Anna Schmidt', Wohnsitzstaat: 'Österreich' }]).jurisdictions).toEqual(['AT']);
    expect(classified([{ Sukunimi: 'Korhonen', Etunimi: 'Mikko', Osoite: 'Mannerheimintie 5, 00100 Helsinki', Maa: 'Suomi' }]).jurisdictions).toEqual(['FI']);
    expect(classified([{ applicantId: 'A1', name: 'Amelia Jones', countryOfDomicile: 'United Kingdom' }]).jurisdictions).toEqual(['GB']);
    const namesakes = classified([
      { UPN: 'A801234567123', Surname: 'Patel', Forename: 'Ava', DOB: '20/06/2017', Postcode: 'LS11 5DR' },
      { UPN: 'K912345678456', Surname: 'Patel', Forename: 'Ava', DOB: '20/06/2017', Postcode: 'M4 1AB' },
    ]);
    expect(namesakes.subjectCount).toBe(2);
  });

  it('keys a population register by its national number: a parent listed under a child is the parent\'s own record, or a person of their own', () => {
    const register = classified([
      { bsn: '100000630', naam: { voornamen: 'Anouk', geslachtsnaam: 'Jansen' }, geboorte: { datum: '20180801' }, ouders: [
        { bsn: '100000721', naam: 'Sem Jansen', geboortedatum: '20031219' }, { bsn: '100000812', naam: 'Anna de Vries', geboortedatum: '20040102' }] },
      { bsn: '100000721', naam: { voornamen: 'Sem', geslachtsnaam: 'Jansen' }, geboorte: { datum: '20031219' } },
      { bsn: '100000770', naam: { voornamen: 'Piet', geslachtsnaam: 'Bakker' }, geboorte: { datum: '19701219' } },
    ]);

    expect(register.subjectCount).toBe(4);
  });

  it('does not key people by a national number masked but for its last digits (two people share "XXX-XX-1234")', () => {
    const masked = classified([
      { ssn: 'XXX-XX-1234', full_name: 'Mary Jones', dob: '1980-02-03' },
      { ssn: 'XXX-XX-1234', full_name: 'Tom Brown', dob: '1975-06-07' },
      { ssn: 'XXX-XX-5678', full_name: 'Ann Lee', dob: '1990-09-10' },
    ]);

    expect(masked.subjectCount).toBe(3);
  });
});

describe('records from Brazil, Mexico, Australia, Singapore and Korea (QA round 41)', () => {
  it('places Brazilian states by their code in a UF column and by name, Mexican states by name, and NT by its column\'s other regions', () => {
    const brazil = classified([
      { nome: 'Tatiane Lopes', telefone: '(11) 97558-7251', cidade: 'São Paulo', uf: 'SP' },
      { nome: 'Bruno Alves', telefone: '(21) 98765-4321', cidade: 'Rio de Janeiro', uf: 'RJ' },
      { nome: 'Carla Souza', telefone: '(31) 99876-5432', cidade: 'Belo Horizonte', estado: 'Minas Gerais' },
    ]);
    const mexico = classified([{ nombre: 'Luis Pérez', estado: 'Jalisco' }, { nombre: 'Ana Ruiz', estado: 'Nuevo León' }]);
    const territories = (others: string[]) => classified([{ name: 'Anna Lee', state: 'NT' }, ...others.map((state, n) => ({ name: `Person ${n}`, state }))]).jurisdictions;

    expect(brazil.jurisdictions).toEqual(['BR']);
    expect(subjectsOf(brazil, 'contact')).toBe(3); // national phone numbers, read in Brazil
    expect(mexico.jurisdictions).toEqual(['MX']);
    expect(territories(['NSW', 'VIC'])).toEqual(['AU']);
    expect(territories(['ON', 'BC'])).toEqual(['CA']);
  });

  it('reads a CID-10 column as diagnoses and a company\'s row (Ltda, contato@) as no one\'s', () => {
    const clinic = classified([{ prontuario: 'PR1', paciente: 'Tatiane Lopes', data_nascimento: '07/07/1962', cid10: 'J45.9' }]);
    const customers = classified([
      { codigo: '9001', nome_razao_social: 'Distribuidora Alves Ltda', email: 'contato@alves.example.com.br', cidade: 'São Paulo', uf: 'SP' },
      { codigo: '9002', nome_razao_social: 'Comercial Lima ME', email: 'financeiro@lima.example.com.br', cidade: 'Rio de Janeiro', uf: 'RJ' },
      { codigo: '5001', nome_razao_social: 'Tatiane Santos Lopes', email: 'tatiane@example.com.br', cidade: 'São Paulo', uf: 'SP' },
    ]);

    expect(subjectsOf(clinic, 'health')).toBe(1);
    expect(customers.subjectCount).toBe(1);
    expect(subjectsOf(customers, 'identity')).toBe(1);
  });

  it('finds a header-less column of Singapore NRICs and computes ages from Korean resident registration numbers', async () => {
    const rows = [['S1234567D', 'Ng Rajesh', 'rajesh@example.sg', '+65 8850 2168'], ['S7654321F', 'Ho Jian Wei', 'jianwei@example.sg', '+65 8752 1518'],
      ['S0000017E', 'Chua Hafiz', 'hafiz@example.sg', '+65 9416 7333'], ['S9000001B', 'Tan Mei Ling', 'meiling@example.sg', '+65 9123 4567']];
    const directory = mkdtempSync(path.join(tmpdir(), 'r41-'));
    const file = path.join(directory, 'members.csv');
    writeFileSync(file, rows.map((row) => row.join(',')).join('\n'));
    const { classification: members } = await classifySource(file, { asOf: new Date('2026-11-20T00:00:00Z'), collectEmails: false });
    const korea = classified([{ 회원ID: 'k1', 주민등록번호: '900101-1000000' }, { 회원ID: 'k2', 주민등록번호: '150315-3000000' }]);

    expect(subjectsOf(members, 'government-id')).toBe(4);
    expect(korea.children).toMatchObject({ under13: 1, under16: 1, withBirthDate: 2 });
  });
});

describe("the evaluator's own record sets, third batch (QA round 42)", () => {
  it('reads a German passport serial of letters alone in a German record, not in another country\'s', () => {
    const owner = (country: string) => classified([{ device_id: 'dev-1', owner_name: 'Anna Schmidt', owner_email: 'anna@example.de', passport_number: 'CCFMZTYLN', country }]);

    expect(subjectsOf(owner('DE'), 'government-id')).toBe(1);
    expect(subjectsOf(owner('IN'), 'government-id')).toBe(0);
  });

  it('counts no one for an audit log\'s service account or no-reply sender (QA round 44)', () => {
    const log = classified([
      { id: 1, actor_email: 'carol@example.org', action: 'mfa.enroll', source_ip: '203.0.113.7' },
      { id: 2, actor_email: 'svc-backup@shop.example', action: 'db.snapshot', source_ip: '10.0.34.47' },
      { id: 3, actor_email: 'no-reply@shop.example', action: 'mail.sent', source_ip: '10.0.34.48' },
    ]);

    expect(log.subjectCount).toBe(1);
  });
});

describe('health and care records from Europe (QA round 45)', () => {
  it('reads main diagnoses, GP episodes, vaccines and a clinic\'s service as health, and ward statistics as no one\'s', () => {
    const health = (record: Record<string, unknown>) => subjectsOf(classified([{ name: 'Anna Example', ...record }]), 'health');

    expect(health({ 'Diagnostic principal (DP)': 'S82.6' })).toBe(1);
    expect(health({ 'Diagnóstico principal CIE-10-ES': 'K35.80' })).toBe(1);
    expect(health({ 'Diagnosi principale': '428.0' })).toBe(1);
    expect(health({ 'Hauptdiagnose ICD-10-GM': 'I21.0' })).toBe(1);
    expect(health({ ICPC: 'P76', 'Episode omschrijving': 'Depressie' })).toBe(1);
    expect(health({ impfstoff: 'Masern-Mumps-Röteln' })).toBe(1);
    expect(health({ Service: 'Community Drug and Alcohol Team' })).toBe(1);
    expect(health({ Notes: 'Tiene VIH' })).toBe(1);
    expect(health({ Notes: 'Heeft longkanker' })).toBe(1);
    expect(health({ Notes: 'in dialisi tre volte a settimana' })).toBe(1);
    const wards = classified([
      { date: '2026-06-01', ward: 'Kardiologie', beds_total: 30, avg_patient_age: 71.2, pct_female: 44.1, top_icd10: 'I50.9', top_icd10_cases: 7 },
      { date: '2026-06-01', ward: 'Onkologie', beds_total: 28, avg_patient_age: 63.5, pct_female: 52.0, top_icd10: 'C50.9', top_icd10_cases: 5 },
    ]);
    expect(wards.subjectCount).toBe(0);
  });

  it('keys patients by their Patienten-ID, counts a guardian of two siblings once, and places by "Stato di residenza"', () => {
    const stays = classified([
      { 'Patienten-ID': 'P1', Nachname: 'Schmidt', Vorname: 'Anna', Geburtsdatum: '10.02.1961', Hauptdiagnose: 'I21.0' },
      { 'Patienten-ID': 'P1', Nachname: 'Schmidt-Weber', Vorname: 'Anna', Geburtsdatum: '10.02.1961', Hauptdiagnose: 'I50.13' },
      { 'Patienten-ID': 'P2', Nachname: 'Schmidt-Weber', Vorname: 'Anna', Geburtsdatum: '10.02.1961', Hauptdiagnose: 'I10' },
    ]);
    const dental = classified([
      { 'Patient No': 'DP1', 'First Name': 'Conor', Surname: 'Murphy', 'Date of Birth': '01/12/2015', 'Parent/Guardian': 'Saoirse Murphy', 'Guardian Phone': '+353 86 666 3081' },
      { 'Patient No': 'DP2', 'First Name': 'Aoife', Surname: 'Murphy', 'Date of Birth': '14/03/2018', 'Parent/Guardian': 'Saoirse Murphy', 'Guardian Phone': '+353 86 666 3081' },
    ]);

    expect(stays.subjectCount).toBe(2);
    expect(dental.subjectCount).toBe(3);
    expect(classified([{ Cognome: 'Bianchi', Nome: 'Giulia', 'Stato di residenza': 'Svizzera' }]).jurisdictions).toEqual(['CH']);
  });
});

describe('European HR, payroll and school exports in their own words (QA round 51)', () => {
  it('reads a field with its person after it: a Kita\'s "Vorname_Kind", an Italian payroll\'s "_dipendente" and its dependants\' "_familiare"', () => {
    const kita = classified([
      { 'Kind-ID': 'K1', Vorname_Kind: 'Leon', Nachname_Kind: 'Meyer', Geburtsdatum_Kind: '16.11.2024', Allergien: 'keine', Konfession_Kind: 'ohne' },
      { 'Kind-ID': 'K2', Vorname_Kind: 'Sabine', Nachname_Kind: 'Maier', Geburtsdatum_Kind: '10.12.2023', Allergien: 'Laktoseintoleranz', Konfession_Kind: 'rk' },
    ]);
    expect(kita.subjectCount).toBe(2);
    expect(kita.children).toMatchObject({ under13: 2 });
    expect(kita.categories.map((c) => [c.category, c.subjects])).toEqual([['identity', 2], ['health', 1], ['special-category', 1]]);
    // An English "kind" is a type, no child.
    expect(categoriesOf({ user_id: 'u1', name_kind: 'display', address_kind: 'billing' })).toEqual([]);

    const payroll = classified([
      { matricola_dipendente: '7001', cognome_dipendente: 'Ferrari', nome_dipendente: 'Silvia', cf_dipendente: 'FRRSLV69T57D612J', relazione: 'figlia', cognome_familiare: 'Ferrari', nome_familiare: 'Elena', cf_familiare: 'FRRLNE12T51A944Y', data_nascita_familiare: '11/12/2012' },
      { matricola_dipendente: '7002', cognome_dipendente: 'Lombardi', nome_dipendente: 'Silvia', cod_fiscale: 'LMBSLV75L61F839J', relazione: 'figlio', cognome_familiare: 'Lombardi', nome_familiare: 'Davide', cf_familiare: 'LMBDVD22S19A794E', data_nascita_familiare: '19/11/2022' },
    ]);
    expect(payroll.subjectCount).toBe(4);
    expect(payroll.children).toMatchObject({ under13: 1, under16: 2, withBirthDate: 4 });
    expect(payroll.categories.find((c) => c.category === 'government-id')?.subjects).toBe(4);
  });

  it('counts pupils by their own id and their parents (a French school\'s "responsable1_email", a Brazilian one\'s "email_responsavel", QA round 53) as people of their own', () => {
    const french = classified([
      { id_eleve: 'E1', nom: 'Martin', prenom: 'Louis', date_naissance: '2017-03-02', responsable1_nom: 'Martin', responsable1_prenom: 'Claire', responsable1_email: 'claire.martin@example.fr' },
      { id_eleve: 'E2', nom: 'Martin', prenom: 'Emma', date_naissance: '2019-06-10', responsable1_nom: 'Martin', responsable1_prenom: 'Claire', responsable1_email: 'claire.martin@example.fr' },
    ]);
    const brazilian = classified([
      { matricula: 'M1', nome_aluno: 'Maria Lima', data_nascimento: '19/05/2019', cpf_aluno: '003.865.112-25', nome_responsavel: 'João Lima', email_responsavel: 'joao@example.com.br', pais: 'Brasil' },
      { matricula: 'M2', nome_aluno: 'Fernanda Lima', data_nascimento: '05/03/2019', cpf_aluno: '256.870.246-03', nome_responsavel: 'João Lima', email_responsavel: 'joao@example.com.br', pais: 'Brasil' },
    ]);
    for (const pupils of [french, brazilian]) {
      expect(pupils.subjectCount).toBe(3);
      expect(pupils.children).toMatchObject({ under13: 2 });
    }
    expect(brazilian.categories.find((c) => c.category === 'government-id')?.subjects).toBe(2);
  });

  it('reads sick days, disability, allergies and gross pay as payrolls name them', () => {
    for (const column of ['dias_baja_it', 'incapacidad_temporal', 'ziekteverzuim_dagen', 'dni_zwolnienia_lekarskiego', 'handicap_erkend', 'beperking', 'Allergien']) {
      expect(categoriesOf({ employee_id: 'E1', [column]: column === 'Allergien' ? 'Laktoseintoleranz' : column === 'handicap_erkend' ? 'ja' : '12' }), column).toContain('health');
    }
    for (const column of ['salaire brut', 'salario_bruto', 'brutoloon', 'wynagrodzenie_brutto', 'retribuzione_lorda']) {
      expect(categoriesOf({ employee_id: 'E1', [column]: '3200.00' }), column).toContain('financial');
    }
  });

  it('counts no company known by its role mailbox (rechnung@, vertrieb@, biuro@) as a person', () => {
    expect(classified([
      { lieferant_nr: 'L1', firma: 'Muster Bau GmbH', email: 'rechnung@musterbau.de', iban: 'DE89370400440532013000' },
      { lieferant_nr: 'L2', firma: 'Nord Logistik AG', email: 'vertrieb@nordlogistik.de', iban: 'DE89370400440532013000' },
      { lieferant_nr: 'L3', firma: 'Kowalski Sp. z o.o.', email: 'biuro@kowalski.pl', iban: 'DE89370400440532013000' },
    ]).subjectCount).toBe(0);
  });

  it('counts no company\'s master folio as a guest: a legal form inside the name ("Acme Corp Group Block")', () => {
    const folios = classified([
      { folio_no: 'F1', guest_name: 'Schmidt, Andreas', company: '', email: 'andreas.schmidt@example.de', card_number: '4111111111111111' },
      { folio_no: 'F9', guest_name: 'Acme Corp Group Block', company: 'Acme Corp', email: 'events@acmecorp.example', card_number: '378282246310005' },
      { folio_no: 'F10', guest_name: 'Anna Maria Schmidt', company: 'Acme Corp', email: 'anna.schmidt@example.de' },
    ]);
    expect(folios.subjectCount).toBe(2);
  });

  it('reads a clean or a missing certificate of good conduct as no criminal data', () => {
    const applicants = classified([
      { bewerber_id: 'B1', name: 'Anna Schmidt', 'Erweitertes Führungszeugnis': 'liegt vor - ohne Eintrag' },
      { bewerber_id: 'B2', name: 'Tom Weber', 'Erweitertes Führungszeugnis': 'noch nicht vorgelegt' },
      { bewerber_id: 'B3', name: 'Eva Klein', 'Erweitertes Führungszeugnis': 'Eintrag vorhanden (§ 223 StGB)' },
    ]);
    expect(applicants.categories.find((c) => c.category === 'criminal')?.subjects).toBe(1);
  });
});

describe('Asia-Pacific and Latin America (QA round 53)', () => {
  it('checks a national_id against the record\'s own country: a Chilean RUT, a Colombian cédula unchecked, never a US SSN', () => {
    const users = classified([
      { user_id: 'U1', country: 'CL', national_id: '12.345.678-5', email: 'a@example.cl' },
      { user_id: 'U2', country: 'CL', national_id: '10.735.806-2', email: 'b@example.cl' }, // a wrong verifier (it is 6)
      { user_id: 'U3', country: 'CO', national_id: '1020304050', email: 'c@example.co' },
    ]);
    const ids = users.evidence.filter((e) => e.category === 'government-id');
    expect(users.categories.find((c) => c.category === 'government-id')?.subjects).toBe(2);
    expect(ids.map((e) => e.detector).sort()).toEqual(['cl-rut', 'government-id-column']);
  });

  it('reads Japanese, Korean and Chinese names, guardians and places', () => {
    const customers = classified([{ customer_id: 'C1', name_kanji: '加藤 悠真', name_furigana: 'カトウ ユウマ', phone: '090-5647-3166', prefecture: '沖縄県' }]);
    expect(customers.categories.map((c) => c.category)).toEqual(['contact', 'identity']);
    expect(customers.jurisdictions).toEqual(['JP']);
    const patients = classified([{ 患者ID: 'P1', 患者氏名: '山田 陽菜', 生年月日: '2019年6月21日', 保護者氏名: '山田 悠真', 保護者電話: '+81 90-8780-7474' }]);
    expect(patients.subjectCount).toBe(2);
    expect(classified([{ 거래처명: '(주)동방기계', 담당자: '김도윤', 담당자이메일: 'doyun@example.co.kr', 국가: 'KR' }]).categories.map((c) => c.category)).toContain('identity');
    const staff = classified([{ 工号: '00001', 姓名: '周杰', 手机号: '18575629874', 出生日期: '2001年1月1日', 省份: '江苏省' }]);
    expect(staff.categories.map((c) => c.category)).toEqual(['contact', 'identity']);
    expect(staff.jurisdictions).toEqual(['CN']);
    expect(categoriesOf({ num_empleado: '8000', salario_mensual: '21000' })).toContain('financial');
  });
});

describe('US healthcare (QA round 54)', () => {
  it('reads a substance-use treatment census: the substance treated is health, a criminal justice status is criminal data', () => {
    const census = classified([
      { client_id: 'C1', first_name: 'Maria', last_name: 'Lopez', state: 'MA', primary_substance: 'Opioids', criminal_justice_status: 'Probation' },
      { client_id: 'C2', first_name: 'James', last_name: 'Walker', state: 'MA', drug_of_choice: 'Alcohol', criminal_justice_status: 'None' },
    ]);
    expect(census.categories.map((c) => [c.category, c.subjects])).toEqual(expect.arrayContaining([['health', 2], ['criminal', 1]]));
    expect(categoriesOf({ member_id: 'H1', last_name: 'Lopez', esrd_indicator: 'Y' })).toContain('health');
  });

  it('counts no one in a drug catalogue and no health in a clinicians\' directory or schedule, each clinician once', () => {
    expect(classified([
      { ndc: '00093-0832-01', proprietary_name: 'Sertraline', description: 'Sertraline 50 MG Oral Tablet', labeler_name: 'Teva Pharmaceuticals USA' },
      { ndc: '00378-3952-77', proprietary_name: 'Atorvastatin', description: 'Atorvastatin Calcium 20 MG Oral Tablet', labeler_name: 'Mylan Pharmaceuticals Inc.' },
    ]).subjectCount).toBe(0);
    const directory = classified([
      { npi: '1245319599', last_name: 'Chen', first_name: 'Alan', credential: 'MD', specialty: 'Family Medicine', license_number: 'L48213', license_state: 'TX' },
      { npi: '1003000126', last_name: 'Rivera', first_name: 'Ana', credential: 'NP', specialty: 'Pediatrics', license_number: 'L51902', license_state: 'TX' },
    ]);
    expect(directory.categories.map((c) => c.category)).toEqual(['identity']);
    const slots = classified(Array.from({ length: 6 }, (_, n) => ({ slot_id: `S${n}`, provider_name: n % 2 ? 'Ana Rivera, NP' : 'Alan Chen, MD', provider_npi: n % 2 ? '1003000126' : '1245319599', slot_start: `2026-12-0${n + 1}T09:00:00` })));
    expect(slots.subjectCount).toBe(2);
  });
});

describe('an evaluator\'s own sets (QA round 55)', () => {
  it('reads ISO 3166-2 codes in a country column, and the words of religion, convictions and a shipment\'s name', () => {
    expect(classified([{ user_id: '1', email: 'a@example.com', country: 'US-PA' }, { user_id: '2', email: 'b@example.com', country: 'DE-BY' }]).jurisdictions).toEqual(['DE', 'US', 'US-PA']);
    expect(categoriesOf({ personeelsnummer: 'P1', naam: 'Jan de Vries', geloofsovertuiging: 'Rooms-katholiek' })).toContain('special-category');
    expect(categoriesOf({ matricola: 'M1', cognome: 'Rossi', carichi_pendenti: 'Sì' })).toContain('criminal');
    expect(categoriesOf({ order_id: 'SO-1', customer_id: '7001', ship_name: 'Felix Koch' })).toContain('identity');
  });

  it('reads a valid card number written bare in a note, and no one in a device that limits ad tracking', () => {
    const notes = classified([
      { customer_ref: 'CU-1', notes: '4101311906898276' },
      ...Array.from({ length: 5 }, (_, n) => ({ customer_ref: `CU-${n + 2}`, notes: 'call back after 5pm' })),
    ]);
    expect(notes.categories.find((c) => c.category === 'payment-card')?.subjects).toBe(1);
    const devices = classified([
      { device_id: '5421D11A-6AC7-4BD5-9BB3-1FD1170CDD10', lat: '52.585841', lon: '13.480079' },
      { device_id: '00000000-0000-0000-0000-000000000000', lat: '0', lon: '0' },
    ]);
    expect(devices.subjectCount).toBe(1);
  });
});

describe('messy office exports (QA round 56)', () => {
  it('reads a roster\'s Medical column by what it says, a form\'s instructions row and an inventory as no one, a golf handicap as no health', () => {
    const classifier = new RecordClassifier({ asOf: new Date('2026-11-24T00:00:00Z'), collectEmails: false });
    classifier.setColumns(['Child name', 'Child DOB', 'Parent email', 'Medical']);
    classifier.addRow(['required', 'format: DD/MM/YYYY', 'required', 'leave blank if none']);
    classifier.addRow(['Harry King', '28/11/2017', 'charlie.king@example.co.uk', 'asthma - inhaler in bag']);
    classifier.addRow(['Ava Scott', '22/05/2018', 'k.scott@example.com', 'none']);
    const roster = classifier.result();
    expect(roster.recordsScanned).toBe(2);
    expect(roster.categories.find((c) => c.category === 'health')?.subjects).toBe(1);
    expect(classified([{ 'Asset tag': 'SCH-1', Item: 'Laptop', Location: 'Room 12', Condition: 'Needs repair' }]).subjectCount).toBe(0);
    expect(categoriesOf({ 'Membership No': 'GC1', Surname: 'King', Email: 'g.king@example.com', Handicap: '12.4' })).not.toContain('health');
  });

  it('counts one person for an email written as a mailto: link and as itself', () => {
    expect(classified([{ Name: 'Jan Smith', 'E-mail': 'jan.smith@example.com' }, { Name: 'Jan Smith', 'E-mail': 'mailto:jan.smith@example.com' }]).subjectCount).toBe(1);
  });
});

describe('insurance and benefits (QA round 58)', () => {
  it('reads a claimant\'s lone SSN as the record\'s person\'s, a life table as no one, named drivers as people of their own, a Dutch zorgsoort as health', () => {
    const claims = classified([{ claim_id: 'UI-1', claimant_ssn: '138-73-1034', first_name: 'James', last_name: 'Smith', dob: '1970-01-10', state: 'TX' }]);
    expect(claims.categories.find((c) => c.category === 'government-id')?.subjects).toBe(1);
    expect(classified(Array.from({ length: 5 }, (_, age) => ({ sex: 'M', age: String(age), qx: '0.0005', lx: '100000', dx: '50', ex: '80.0' }))).subjectCount).toBe(0);
    const motor = classified([
      { policy_no: 'P1', first_name: 'Anna', last_name: 'Hill', dob: '1980-01-01', named_driver_name: 'Tom Hill', named_driver_dob: '1982-02-02' },
      { policy_no: 'P2', first_name: 'Ben', last_name: 'Ford', dob: '1975-03-03', named_driver_name: 'Eve Ford', named_driver_dob: '1979-04-04' },
    ]);
    expect(motor.subjectCount).toBe(4);
    expect(categoriesOf({ polisnummer: 'NL1', naam: 'Jan de Vries', zorgsoort_laatste_declaratie: 'GGZ behandeling (depressie)' })).toContain('health');
  });
});

describe('nested JSON exports (QA round 57)', () => {
  it('counts the people of a record\'s children[], members[] and family[] lists as people of their own, not as the account holder', () => {
    for (const list of ['children', 'members', 'family']) {
      const accounts = classified([{ accountId: 'A1', name: 'Karen Miller', birthDate: '1985-04-12', email: 'karen@example.com', state: 'TX',
        [list]: [{ firstName: 'Olivia', lastName: 'Miller', birthDate: '2018-06-03' }] }]);
      expect(accounts.subjectCount, list).toBe(2);
      expect(accounts.children, list).toMatchObject({ under13: 1, withBirthDate: 2 });
    }
  });
});


describe('chats, tickets and logs (QA round 59)', () => {
  it('keys a chat whose visitor left no email by the visitor, not by the agent\'s email of the same field name', () => {
    const agent = { name: 'Lisa (Support)', email: 'support@acme-shop.example' };
    const chats = classified([
      { chat_id: 'c1', visitor: { name: 'Hanna Lind', email: 'hanna.lind@web.de', country: 'DE' }, agent, text: 'Hallo' },
      { chat_id: 'c2', visitor: { country: 'NL' }, agent, text: 'Mijn e-mailadres is pieter.vos@ziggo.nl' },
      { chat_id: 'c3', visitor: { country: 'FR' }, agent, text: 'Mon adresse est lea.garnier@free.fr' },
    ]);
    expect(chats.subjectCount).toBe(3);
    expect(chats.jurisdictionCounts?.map((entry) => [entry.jurisdiction, entry.subjects])).toEqual([['DE', 1], ['FR', 1], ['NL', 1]]);
  });

  it('counts no one for a line without its key that holds, of its own, only an IP address: the agent\'s name and email beside it are the agent\'s', () => {
    const agent = { name: 'Lisa Brandt', email: 'lisa.brandt@acme-shop.example' };
    const chats = classified([
      { visitor: { name: 'Hanna Lind', email: 'hanna.lind@web.de', ip: '84.28.167.239' }, agent },
      { visitor: { ip: '91.28.17.9' }, agent },
      { visitor: { name: 'Olaf Berg', email: 'olaf.b@gmx.de', ip: '91.28.17.10' }, agent },
    ]);
    expect(chats.subjectCount).toBe(2);
  });

  it('counts no one for a CSV of desks\' mailboxes under a column whose name does not say email', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'r59-'));
    const file = path.join(dir, 'desks.csv');
    writeFileSync(file, 'queue,mailbox,desk\nBilling DE,rechnung@acme-shop.example,Accounts Payable\nSales ES,info@acme-shop.example,Reception\n');
    expect((await classifySource(file, { asOf: AS_OF, collectEmails: false })).classification.subjectCount).toBe(0);
    // Desks per language, and the desks a shop has: returns, care, escalations.
    writeFileSync(file, 'queue,mailbox,escalation_mailbox\nSupport DE,support-de@acme-shop.example,teamlead-de@acme-shop.example\nReturns,returns@acme-shop.example,escalations@acme-shop.example\nCare,care@acme-shop.example,finance@acme-shop.example\n');
    expect((await classifySource(file, { asOf: AS_OF, collectEmails: false })).classification.subjectCount).toBe(0);
    writeFileSync(file, 'queue,mailbox,desk\nBilling DE,rechnung@acme-shop.example,Accounts Payable\nSales ES,anna.berg@web.de,Reception\n');
    expect((await classifySource(file, { asOf: AS_OF, collectEmails: false })).classification.subjectCount).toBe(1);
  });

  it('counts a mail archive\'s correspondents once each by their address, with their display names, and no desk', () => {
    const archive = classified([
      { message_id: '<a1@mail.acme-shop.example>', from: 'Hanna Lind <hanna.lind@web.de>', to: 'Kundenservice <kundenservice@acme-shop.example>', cc: '', subject: 'Bestellung 1' },
      { message_id: '<a2@mail.acme-shop.example>', from: 'Kundenservice <kundenservice@acme-shop.example>', to: 'Hanna Lind <hanna.lind@web.de>', cc: '', subject: 'Re: Bestellung 1' },
      { message_id: '<a3@mail.acme-shop.example>', from: 'Olaf Berg <olaf.berg@gmx.de>', to: 'Kundenservice <kundenservice@acme-shop.example>', cc: 'Greta Berg <greta.berg@gmx.de>', subject: 'Rücksendung' },
    ]);
    expect(archive.subjectCount).toBe(3);
    expect(archive.categories.map((c) => [c.category, c.subjects])).toEqual(expect.arrayContaining([['contact', 3], ['identity', 3]]));
  });

  it('reads no one\'s address in a mail\'s Message-ID', () => {
    const found = detectValue('<a1b2c3d4e5f60718@mail.acme-shop.example>', describeColumn('message_id'));
    expect(found).toEqual([]);
    expect(detectValue('Hanna Lind <hanna.lind@web.de>', describeColumn('from')).map((d) => d.category)).toContain('contact');
  });

  it('reads a date of birth a call note gives by its label: a child among the people', () => {
    for (const note of ['Identität geprüft; Geburtsdatum 02.05.2014 bestätigt.', 'Caller verified, DOB: 2014-05-02', 'Date de naissance : 02/05/2014']) {
      const notes = classified([{ customer_id: 'K1', name: 'Mia Weber', note }, { customer_id: 'K2', name: 'Tom Weber', note: 'Rückruf erbeten.' }]);
      expect(notes.children, note).toMatchObject({ under13: 1, withBirthDate: 1 });
    }
    // A date without the label is no one's birth date.
    expect(classified([{ customer_id: 'K1', name: 'Mia Weber', note: 'Bestellung vom 02.05.2014 storniert' }]).children).toBeUndefined();
  });

  it('reads no IP address in a version: a version column\'s values, a version named in a note', () => {
    const health = classified([
      { ts: '2026-11-20T10:00:00Z', service: 'checkout-api', version: '5.19.2.105', status: 'ok' },
      { ts: '2026-11-20T10:01:00Z', service: 'search', app_version: '3.13.0.15', status: 'ok' },
    ]);
    expect(health.subjectCount).toBe(0);
    for (const note of ['App versie 5.3.2.11 crasht bij inloggen.', "Version de l'application 5.27.6.63 plante."]) {
      expect(categoriesOf({ name: 'Sanne Vos', note }), note).not.toContain('online-identifier');
    }
    // A client's address in a note is still one.
    expect(categoriesOf({ name: 'Sanne Vos', note: 'Login from 84.28.167.239 blocked' })).toContain('online-identifier');
  });
});

describe('police cases and court dockets (QA round 60)', () => {
  it('reads a field with a case role after it as that person\'s: a defendant\'s name and NIR, a suspect and a victim as two people', () => {
    const prevenus = classified([
      { nom_prevenu: 'MOREAU', prenom_prevenu: 'Zoé', date_naissance_prevenu: '08/01/1988', nir_prevenu: '188015940372663', pays: 'France' },
      { nom_prevenu: 'LEROY', prenom_prevenu: 'Nathan', date_naissance_prevenu: '26/06/1974', nir_prevenu: '274067552663744', pays: 'France' },
    ]);
    expect(prevenus.subjectCount).toBe(2);
    expect(prevenus.categories.map((c) => [c.category, c.subjects])).toEqual(expect.arrayContaining([['identity', 2], ['government-id', 2]]));

    const vorgaenge = classified([
      { Vorgangsnummer: '7142848/2025', Delikt: 'Körperverletzung § 223 StGB', Name_Beschuldigter: 'Lange', Vorname_Beschuldigter: 'Heike', Geburtsdatum_Beschuldigter: '18.05.2000',
        Name_Geschaedigter: 'Meier', Vorname_Geschaedigter: 'Heike', Geburtsdatum_Geschaedigter: '11.07.1964' },
      { Vorgangsnummer: '7698985/2025', Delikt: 'Bedrohung § 241 StGB', Name_Beschuldigter: 'Koch', Vorname_Beschuldigter: 'Ursula', Geburtsdatum_Beschuldigter: '06.02.1989',
        Name_Geschaedigter: 'Müller', Vorname_Geschaedigter: 'Thomas', Geburtsdatum_Geschaedigter: '19.08.2016' },
    ]);
    // Two suspects and two victims; the offence is the suspects', the case number no one; a 10-year-old victim.
    expect(vorgaenge.subjectCount).toBe(4);
    expect(vorgaenge.categories.find((c) => c.category === 'criminal')?.subjects).toBe(2);
    expect(vorgaenge.children).toMatchObject({ under13: 1 });
  });

  it('reads a field with a role of several words after it: a French "mis en cause"', () => {
    const cases = classified([
      { affaire: 'A1', infraction: 'Vol', nom_mis_en_cause: 'MOREAU', prenom_mis_en_cause: 'Zoé', date_naissance_mis_en_cause: '08/01/1988' },
      { affaire: 'A2', infraction: 'Vol', nom_mis_en_cause: 'LEROY', prenom_mis_en_cause: 'Nathan', date_naissance_mis_en_cause: '26/06/1974' },
    ]);
    expect(cases.subjectCount).toBe(2);
    expect(cases.categories.find((c) => c.category === 'criminal')?.subjects).toBe(2);
  });

  it('counts no company as an injured party: a transport operator and a retailer robbed are no people', () => {
    const cases = classified([
      { Vorgangsnummer: '1', Delikt: 'Diebstahl § 242 StGB', Name_Beschuldigter: 'Lange', Vorname_Beschuldigter: 'Heike', Geburtsdatum_Beschuldigter: '18.05.2000',
        Name_Geschaedigter: 'Kölner Verkehrs-Betriebe AG', Anschrift_Geschaedigter: 'Scheidtweilerstraße 38, 50933 Köln' },
      { Vorgangsnummer: '2', Delikt: 'Diebstahl § 242 StGB', Name_Beschuldigter: 'Koch', Vorname_Beschuldigter: 'Ursula', Geburtsdatum_Beschuldigter: '06.02.1989',
        Name_Geschaedigter: 'dm-drogerie markt GmbH + Co. KG', Anschrift_Geschaedigter: 'Am dm-Platz 1, 76227 Karlsruhe' },
    ]);
    expect(cases.subjectCount).toBe(2);
    expect(cases.categories.find((c) => c.category === 'contact')).toBeUndefined();
  });

  it('counts no one for an offence whose suspect is unknown, and reads a docket\'s charge and sentence as criminal data', () => {
    const incidents = classified([
      { incident_no: 'JH-1', offense: 'ROBBERY - ARMED', suspect_name: 'Barbara Sanchez', suspect_dob: '07/07/1988' },
      { incident_no: 'JH-2', offense: 'ASSAULT - SIMPLE', suspect_name: 'UNKNOWN', suspect_dob: '' },
    ]);
    expect(incidents.subjectCount).toBe(1);
    const docket = classified([
      { case_number: '25CR1', defendant_name: 'SCOTT, AMANDA', dob: '04/20/1962', charge: 'PC 488 PETTY THEFT', sentence: '16 MONTHS STATE PRISON', judge: 'Hon. Jennifer Lee' },
      { case_number: '25CR2', defendant_name: 'MILLER, JENNIFER', dob: '11/04/1991', charge: 'VC 23152(a) DUI', sentence: '365 DAYS JAIL' },
    ]);
    expect(docket.subjectCount).toBe(2);
    expect(docket.categories.find((c) => c.category === 'criminal')?.subjects).toBe(2);
    // Outside case records a charge is a payment's.
    expect(categoriesOf({ customer_id: 'C1', name: 'Anna Berg', charge: '12.00', disposition: 'resolved' })).not.toContain('criminal');
  });
});

describe('public records (QA round 60)', () => {
  it('counts a library\'s children and their guardians (målsman) apart, reads health needs as health, and no one in a district\'s statistics', () => {
    const cards = classified([
      { personnummer: '20131125-7974', fornamn: 'Birgitta', efternamn: 'Axelsson', malsman_namn: 'Anna Gustafsson', malsman_epost: 'anna.gustafsson30@telia.com' },
      { personnummer: '20141105-6821', fornamn: 'Astrid', efternamn: 'Hassan', malsman_namn: 'Anna Gustafsson', malsman_epost: 'anna.gustafsson30@telia.com' },
    ]);
    expect(cards.subjectCount).toBe(3);
    expect(categoriesOf({ child_id: 'C1', forename: 'Liam', surname: 'Hart', health_needs: 'ADHD' })).toContain('health');
    expect(classified([
      { district: 'District 001', district_office_address: '1227 S Halsted St, Chicago, IL 60636', office_phone: '(312) 745-2862', population: '58148' },
      { district: 'District 002', district_office_address: '1183 S Halsted St, Chicago, IL 60638', office_phone: '(312) 745-4206', population: '93824' },
    ]).subjectCount).toBe(0);
  });

  it('reads a welfare benefit\'s amount as financial data (ENISA: social welfare), not an employee benefits plan', () => {
    expect(categoriesOf({ dni: '56028776V', nombre: 'Youssef', prestacion_mensual_eur: '480.00' })).toContain('financial');
    expect(categoriesOf({ case_number: 'NY-1', first_name: 'Luis', last_name: 'Hill', monthly_snap_benefit: '715.00' })).toContain('financial');
    expect(categoriesOf({ employee_id: 'E1', name: 'Anna Berg', benefits: 'Dental' })).not.toContain('financial');
  });

  it('keys a traffic citation by its defendant, whatever the officer\'s name beside it', () => {
    const citations = classified([
      { citation_number: 'E1', violation_desc: 'SPEEDING', defendant_last: 'CAMPBELL', defendant_first: 'JOSEPH', defendant_dob: '01/17/1955', officer_name: 'Ofc. Daniel Moore' },
      { citation_number: 'E2', violation_desc: 'NO INSURANCE', defendant_last: 'CAMPBELL', defendant_first: 'JOSEPH', defendant_dob: '01/17/1955', officer_name: 'Ofc. Maria Clark' },
    ]);
    expect(citations.subjectCount).toBe(1);
  });
});

describe('a spreadsheet of several tables (QA round 56)', () => {
  it('reads a second table under its own title and header with its own columns and key, the title no one\'s', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'breachclock-tables-')), 'donors.csv');
    writeFileSync(file, [
      'Regular donors (direct debit),,,,,',
      'Donor ID,Name,Postcode,Email,Sort code,Account no',
      'HS2000,Olivia Martin,SO17 6RE,olivia_martin@btinternet.com,48-48-24,68010795',
      'HS2001,Niamh Murphy,B15 9SQ,niamh.murphy@btinternet.com,79-70-93,38804726',
      ',,,,,',
      'One-off donations,,,,,',
      'Date,Donor,Email address,Amount,Method,Notes',
      '26-Jan-2026,Ravi Wright,ravi_wright54@outlook.com,£20.00,Card,',
      '26-Jan-2026,Lucy Kelly,lucy.kelly@gmail.com,£50.00,Cash,',
      '26-Jan-2026,Dylan Reid,dylan.reid@sky.com,£10.00,Card,',
    ].join('\n'));
    const { classification } = await classifySource(file, { collectEmails: false, asOf: new Date('2026-11-24T00:00:00Z') });
    // Two regular donors with bank details, three one-off donors (the three of 26 January are three people, not one).
    expect(classification.subjectCount).toBe(5);
    expect(Object.fromEntries(classification.categories.map((entry) => [entry.category, entry.subjects]))).toMatchObject({ identity: 5, contact: 5, financial: 2 });
  });
});

describe('schools and children (QA round 61)', () => {
  it('reads a pupil\'s condition as a school writes it: a French diet column, a German exam adjustment, Spanish intolerances, a nurse\'s log', () => {
    const diet = classifyRecords([
      { id_enfant: 'E1', prenom_enfant: 'Jade', nom_enfant: 'MARTIN', date_naissance: '12/03/2017', regime_alimentaire: 'sans gluten (maladie coeliaque)', responsable1_email: 'claire.martin@orange.fr' },
      { id_enfant: 'E2', prenom_enfant: 'Louis', nom_enfant: 'DUBOIS', date_naissance: '05/09/2015', regime_alimentaire: 'allergie arachide - PAI', responsable1_email: 'marc.dubois@free.fr' },
      { id_enfant: 'E3', prenom_enfant: 'Alice', nom_enfant: 'PETIT', date_naissance: '22/01/2016', regime_alimentaire: 'diabète type 1 - PAI', responsable1_email: 'sophie.petit@laposte.net' },
      { id_enfant: 'E4', prenom_enfant: 'Hugo', nom_enfant: 'ROUX', date_naissance: '30/06/2018', regime_alimentaire: 'standard', responsable1_email: 'julie.roux@gmail.com' },
    ]);
    expect(counts(diet).health).toBe(3);
    expect(diet.subjectCount).toBe(8); // four children and a parent each
    const exams = classifyRecords([
      { Matrikelnummer: '3123456', Vorname: 'Lena', Nachname: 'Weber', Nachteilsausgleich: 'Schreibzeitverlängerung 25% (Legasthenie)' },
      { Matrikelnummer: '3234567', Vorname: 'Felix', Nachname: 'Koch', Nachteilsausgleich: 'eigener Raum (ADHS)' },
      { Matrikelnummer: '3456789', Vorname: 'Jonas', Nachname: 'Wolf', Nachteilsausgleich: '' },
    ]);
    expect(counts(exams).health).toBe(2);
    const canteen = classifyRecords([
      { NIA: '28000101', Nombre: 'Lucía', Alergias: 'Ninguna', Intolerancias: 'Intolerancia a la lactosa' },
      { NIA: '28000103', Nombre: 'Martina', Alergias: 'Huevo', Intolerancias: 'Ninguna' },
      { NIA: '28000104', Nombre: 'Pablo', Alergias: 'Ninguna', Intolerancias: 'Ninguna' },
    ]);
    expect(counts(canteen).health).toBe(2);
    const nurse = classifyRecords([
      { pupil_id: '41234567', student_name: 'Ava Martinez', nurse_notes: 'Seen 10/02: stomach ache.\nSent home with parent.' },
      { pupil_id: '41234568', student_name: 'Leo Brown', nurse_notes: '' },
    ]);
    expect(counts(nurse).health).toBe(1);
    // A diet that tells no condition is none.
    expect(counts(classifyRecords([{ id: 1, name: 'Tom Weber', diet: 'vegetarian' }])).health).toBeUndefined();
  });

  it('reads a pupil\'s number under "BSN leerling" and parents\' fields with the role after them (Email_Mutter) as theirs', () => {
    const pupils = classifyRecords([
      { 'BSN leerling': '111222333', Voornaam: 'Sem', Achternaam: 'de Vries', 'E-mail ouder': 'anouk.devries@ziggo.nl' },
      { 'BSN leerling': '123456782', Voornaam: 'Noor', Achternaam: 'Bakker', 'E-mail ouder': 'pim.bakker@kpn.nl' },
    ]);
    expect(counts(pupils)['government-id']).toBe(2);
    // Two siblings and their mother, one child and hers; a father: 6 people, the siblings apart.
    const kita = classifyRecords([
      { Vorname_Kind: 'Mia', Nachname_Kind: 'Schulz', Geburtsdatum_Kind: '2021-03-04', Vorname_Mutter: 'Anna', Nachname_Mutter: 'Schulz', Email_Mutter: 'anna.schulz@web.de', Vorname_Vater: 'Jan', Email_Vater: 'jan.schulz@gmx.de' },
      { Vorname_Kind: 'Ben', Nachname_Kind: 'Schulz', Geburtsdatum_Kind: '2019-07-12', Vorname_Mutter: 'Anna', Nachname_Mutter: 'Schulz', Email_Mutter: 'anna.schulz@web.de', Vorname_Vater: 'Jan', Email_Vater: 'jan.schulz@gmx.de' },
      { Vorname_Kind: 'Ella', Nachname_Kind: 'Wagner', Geburtsdatum_Kind: '2020-01-30', Vorname_Mutter: 'Eva', Nachname_Mutter: 'Wagner', Email_Mutter: 'eva.wagner@t-online.de' },
    ], { asOf: new Date('2026-11-24T00:00:00Z') });
    expect(kita.subjectCount).toBe(6);
    expect(kita.children?.under13).toBe(3);
    expect(counts(kita).identity).toBe(6);
  });

  it('places a domestic export by its postcode column\'s language (PLZ, CAP, code postal), and the parents with their children', () => {
    const places = (c: Classification) => Object.fromEntries((c.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]));
    const kita = classifyRecords([
      { Vorname_Kind: 'Henri', Nachname_Kind: 'Braun', Geburtsdatum_Kind: '27.05.2021', Vorname_Mutter: 'Lea', Email_Mutter: 'lea.braun@gmx.de', Vorname_Vater: 'Tim', Email_Vater: 'tim.braun@web.de', Strasse: 'Schulstraße 61', PLZ: '04109', Ort: 'Leipzig' },
    ]);
    expect(places(kita)).toEqual({ DE: 3 });
    expect(places(classifyRecords([{ id: 1, email: 'a@libero.it', CAP: '20121' }, { id: 2, email: 'b@orange.fr', code_postal: '69003' }]))).toEqual({ IT: 1, FR: 1 });
    // A ZIP code is no one country's by its name alone.
    expect(places(classifyRecords([{ id: 1, email: 'a@example.com', zip: '04109' }]))).toEqual({});
  });

  it('counts a record\'s nested contacts[] as people of their own, placed where they live, not the student where a parent lives', () => {
    const students = classifyRecords([
      { student_id: '21000001', name: { given: 'Amelia', family: 'Hughes' }, email: 'amelia.hughes@uni.example.ac.uk', term_address: { city: 'Leeds', postcode: 'LS11 5DR' },
        contacts: [{ relationship: 'Mother', name: 'Greta Hughes', phone: '+49 151 23456781', country: 'DE' }] },
      { student_id: '21000002', name: { given: 'Oscar', family: 'Patel' }, email: 'oscar.patel@uni.example.ac.uk', term_address: { city: 'Bristol', postcode: 'BS7 8EF' },
        contacts: [{ relationship: 'Father', name: 'Raj Patel', phone: '+44 7700 900123', country: 'GB' }] },
    ]);
    expect(students.subjectCount).toBe(4);
    expect(Object.fromEntries((students.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]))).toEqual({ GB: 3, DE: 1 });
    // A person's own ways of being reached (contacts[] of type and value) are theirs.
    const own = classifyRecords([{ id: 'u1', name: 'Ana Ruiz', contacts: [{ type: 'email', value: 'ana.ruiz@example.com' }, { type: 'phone', value: '+34 612 345 678' }] }]);
    expect(own.subjectCount).toBe(1);
  });
});

describe('telecom, analytics and devices (QA round 63)', () => {
  it('reads "owner_first" and "owner_last" as names, as "owner_first_name" is', () => {
    const owners = classifyRecords([
      { customer_id: 'CC-300000', owner_first: 'Ryan', owner_last: 'Anderson', vin: '1HGWJ5WUXPW037774' },
      { customer_id: 'CC-300001', owner_first: 'Andrew', owner_last: 'Harris', vin: '1HG88ADG1TD795387' },
    ], { asOf: AS_OF });
    expect(owners.categories.find((c) => c.category === 'identity')?.subjects).toBe(2);
  });
});

describe('payments and watch lists (QA round 62)', () => {
  // Luhn-valid numbers in Visa's range, none of them a published test card.
  const PANS = ['4532795422058796', '4532158906276220', '4716238149257050'];

  it('reads a card\'s magnetic stripe (track 1 with its holder\'s name, track 2) as the card, whatever the column\'s name', () => {
    const track1 = classifyRecords(PANS.map((pan, n) => ({ terminal_id: `POS${n}`, track1_data: `%B${pan}^SMITH/JAMES^2704101000000000000?`, loyalty_email: `james${n}@example.com` })));
    expect(counts(track1)).toMatchObject({ 'payment-card': 3, identity: 3, contact: 3 });
    const track2 = classifyRecords(PANS.map((pan, n) => ({ terminal_id: `POS${n}`, dump: `;${pan}=27041010000000000000?` })));
    expect(counts(track2)['payment-card']).toBe(3);
    // A stripe-shaped string whose number fails Luhn is none.
    expect(counts(classifyRecords([{ id: 1, dump: ';4532795422058797=27041010000000000000?' }]))['payment-card']).toBeUndefined();
  });

  it('counts a processor\'s authorisations by card, one holder per card, when nothing else names them', () => {
    const rows = Array.from({ length: 10 }, (_, n) => ({ auth_id: `A${n}`, pan: PANS[n % 3], amount: '12.50' }));
    const result = classifyRecords(rows);
    expect(result.subjectCount).toBe(3);
    expect(counts(result)['payment-card']).toBe(3);
  });

  it('reads a token dump\'s JWTs as the people their claims name (email and name), keyed by the email', () => {
    const jwt = (claims: Record<string, string>) => `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJlc2lnbmF0dXJl`;
    const sessions = [
      { session_id: 's0', access_token: jwt({ sub: 'u0', email: 'james.smith0@gmail.com', name: 'James Smith' }) },
      { session_id: 's1', access_token: jwt({ sub: 'u1', email: 'mary.jones1@gmail.com', name: 'Mary Jones' }) },
      { session_id: 's2', access_token: jwt({ sub: 'u0', email: 'james.smith0@gmail.com', name: 'James Smith' }) },
      // A service's token names no one.
      { session_id: 's3', access_token: jwt({ sub: 'svc-reporting', scope: 'read' }) },
    ];
    const result = classifyRecords(sessions);
    expect(counts(result)).toMatchObject({ contact: 2, identity: 2 });
    expect(result.subjectCount).toBe(2); // James's two sessions are one person; the service's token is no one's
  });

  it('reads a watch list\'s suspicion of a financial crime as criminal data, not a compliance course\'s name', () => {
    const reasons = ['Suspected money laundering', 'Sanctions evasion', 'Fraud ring - synthetic identities', 'Suspected terrorist financing', 'Structuring cash deposits', 'under investigation for tax evasion'];
    const list = classifyRecords(reasons.map((reason, n) => ({ full_name: `Person ${String.fromCharCode(65 + n)}one`, date_of_birth: `196${n}-01-10`, listing_reason: reason })));
    expect(counts(list).criminal).toBe(reasons.length);
    const training = classifyRecords([
      { employee_id: 1, name: 'Anna Weber', notes: 'Completed anti-money laundering training' },
      { employee_id: 2, name: 'Tom Berg', notes: 'money laundering training 2025 done' },
      { employee_id: 3, name: 'Ida Holm', notes: 'Geldwäsche-Schulung absolviert' },
    ]);
    expect(counts(training).criminal).toBeUndefined();
  });
});

describe('shops, clubs and CRM exports (QA round 64)', () => {
  it('reads no credential in a shop\'s checkouts: Shopify\'s token and cart_token name the checkout, an API session\'s token is a secret', () => {
    const checkout = (id: number, email: string) => ({ id, token: `5155cce762c783e7bac904cc0ec8870${id}`, cart_token: `c1-9935e2b6dee397bd845182f0725c083${id}`, email, total_price: '125.99' });
    const checkouts = classifyRecords([checkout(1, 'kim.garcia@example.it'), checkout(2, 'paul.brown@example.com')], { asOf: AS_OF });
    expect(checkouts.credentials).toBeUndefined();
    const sessions = classifyRecords([{ user_id: 'u1', email: 'kim.garcia@example.it', token: '5155cce762c783e7bac904cc0ec88701' }], { asOf: AS_OF });
    expect(sessions.credentials?.tokens).toBe(1);
  });

  const asOf = new Date('2026-11-24T00:00:00Z');

  it('reads a club\'s children under their parents\' accounts: the parent is the row\'s person, each child another (German and English)', () => {
    const german = classifyRecords([
      { Kundennummer: 'K-1', 'Vorname Elternteil': 'Tobias', 'Nachname Elternteil': 'Fischer', 'E-Mail': 'tobias.fischer@web.de', 'Vorname Kind': 'Jonas', 'Geburtstag Kind': '04.07.2013' },
      { Kundennummer: 'K-1', 'Vorname Elternteil': 'Tobias', 'Nachname Elternteil': 'Fischer', 'E-Mail': 'tobias.fischer@web.de', 'Vorname Kind': 'Lena', 'Geburtstag Kind': '12.02.2018' },
      { Kundennummer: 'K-2', 'Vorname Elternteil': 'Jan', 'Nachname Elternteil': 'Meyer', 'E-Mail': 'jan.meyer@gmx.de', 'Vorname Kind': 'Marie', 'Geburtstag Kind': '09.05.2016' },
    ], { asOf });
    expect(german.subjectCount).toBe(5);
    expect(german.children).toMatchObject({ under13: 2, under16: 3 });
    expect(counts(german)).toMatchObject({ identity: 5, contact: 2 });
    const english = classifyRecords([
      { 'Parent First Name': 'Anna', 'Parent Last Name': 'Schmidt', Email: 'anna.schmidt@web.de', 'Child First Name': 'Mia', 'Child DOB': '2018-03-04' },
      { 'Parent First Name': 'Anna', 'Parent Last Name': 'Schmidt', Email: 'anna.schmidt@web.de', 'Child First Name': 'Ben', 'Child DOB': '2015-07-12' },
    ], { asOf });
    expect(english.subjectCount).toBe(3);
  });

  it('counts product reviews by their reviewers\' emails, and reads a Salesforce custom field by its name without __c', () => {
    const review = (n: number, who: number) => ({ review_id: `rv_${n}`, product_sku: 'BEA-001', rating: 4, body: 'Exactly as described.', reviewer_name: `Ruby Jones${who}`, reviewer_email: `ruby${who}@example.com` });
    const reviews = classifyRecords([review(1, 1), review(2, 1), review(3, 2), review(4, 3), review(5, 3)]);
    expect(reviews.subjectCount).toBe(3);
    expect(counts(reviews)).toMatchObject({ contact: 3, identity: 3 });
    // An application's reviewer beside its applicant is still another person.
    const applications = classifyRecords([{ applicant_email: 'a@example.com', applicant_name: 'Ana Ruiz', reviewer_email: 'hr@example.com', rating: 3 }]);
    expect(applications.subjectCount).toBe(1);
    const contacts = classifyRecords([{ FIRSTNAME: 'Ana', LASTNAME: 'Souza', EMAIL: 'ana.souza@uol.com.br', CPF__C: '529.982.247-25' }]);
    expect(counts(contacts)['government-id']).toBe(1);
  });
});

describe('identity, access and logs (QA round 67)', () => {
  const asOf = new Date('2026-11-24T00:00:00Z');
  const people = (records: Array<Record<string, unknown>>) => classifyRecords(records, { asOf });

  it('counts no one for Cloudflare\'s anonymous request lines, and the email a request carries', () => {
    const line = (ip: string, country: string, uri: string) => ({ ClientIP: ip, ClientCountry: country, ClientRequestHost: 'app.example.io', ClientRequestMethod: 'GET',
      ClientRequestURI: uri, ClientRequestUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36', EdgeResponseStatus: 200, RayID: '5a336e5ea8b9e23b' });
    const result = people([line('177.29.13.250', 'br', '/static/app.js'), line('103.21.244.7', 'in', '/pricing'), line('73.12.9.4', 'us', '/newsletter/unsubscribe?email=jo.bloggs%40example.com')]);
    expect(result.subjectCount).toBe(1);
    expect(result.jurisdictions).toEqual(['US']);
  });

  it('keys a JSON access log by its requesters, whether a login\'s body or a bearer token comes first', () => {
    const token = (email: string) => `Bearer eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: email.split('@')[0], email })).toString('base64url')}.c2lnbmF0dXJl`;
    const login = { remote_addr: '93.42.219.250', request: 'POST /api/v1/auth/login HTTP/2.0', http_user_agent: 'Mozilla/5.0', request_body: '{"email": "florian.schwarz@example.de", "password": "Qwerty!234"}', http_authorization: '-' };
    const call = (email: string) => ({ remote_addr: '81.126.90.69', request: 'GET /api/v1/me HTTP/2.0', http_user_agent: 'Mozilla/5.0', request_body: '-', http_authorization: token(email) });
    const lines = [login, call('jack.evans@example.com'), call('aisha.brown@example.com')];
    expect(people(lines).subjectCount).toBe(3);
    expect(people([...lines].reverse()).subjectCount).toBe(3);
  });

  it('keys an audit log by its actor, and counts no bot, service account, app, former user or room as a person', () => {
    const event = (actor: string, id: number) => ({ action: 'git.push', actor, actor_id: id, actor_ip: '177.133.9.132', actor_location: { country_code: 'BR' }, repo: 'acme/web' });
    const github = people([event('mcosta39', 5000000), event('mcosta39', 5000000), event('dependabot[bot]', 49699333)]);
    expect(github.subjectCount).toBe(1);
    expect(people([{ type: 'service_account', project_id: 'acme-prod', private_key_id: 'da0c2b7d7258dbbc6408cfae55a8d922d73b5455', client_email: 'ci-deployer@acme-prod.iam.gserviceaccount.com', client_id: '104612345678901234567' }]).subjectCount).toBe(0);
    const slack = people([
      { type: 'message', user: 'U054BVLS79M', text: 'thanks!', user_profile: { real_name: 'Madison Rodriguez', display_name: 'madison' } },
      { type: 'message', subtype: 'bot_message', bot_id: 'B01DEPLOY', username: 'Deploy Bot', text: 'Deployed web 1.4.2' },
    ]);
    expect(slack.subjectCount).toBe(1);
    const jira = people([
      { 'User id': '557058:867126c8', 'User name': 'Zofia Kamińska', email: 'zofia.kaminska@example.de', 'Org role': 'Basic' },
      { 'User id': '557058:3468d451', 'User name': 'Gliffy', email: '', 'Org role': 'App' },
      { 'User id': '5d46b41df72faba31b0fc6ca', 'User name': 'Former user', email: '', 'Org role': 'Basic' },
    ]);
    expect(jira.subjectCount).toBe(1);
    expect(people([{ mail: 'projectorcart1@example.com', displayName: 'Projector Cart 1', city: 'Berlin' }, { mail: 'booth4@example.com', displayName: 'Phone Booth 4', city: 'Berlin' }]).subjectCount).toBe(0);
  });

  it('counts a sign-in log\'s failed attempts against role mailboxes as no one, and places by countryOrRegion', () => {
    const signIn = (upn: string, userId: string, country: string) => ({ userPrincipalName: upn, userId, userDisplayName: '', appDisplayName: 'Outlook Mobile', ipAddress: '83.30.46.207', location: { city: 'Amsterdam', countryOrRegion: country } });
    const result = people([
      signIn('anna.jansen@example.nl', '5f1c0000-1111-2222-3333-444455556666', 'NL'), signIn('liam.byrne@example.ie', '5f1c0001-1111-2222-3333-444455556666', 'IE'),
      signIn('admin@example.nl', '00000000-0000-0000-0000-000000000000', 'NL'), signIn('info@example.nl', '00000000-0000-0000-0000-000000000000', 'NL'),
    ]);
    expect(result.subjectCount).toBe(2);
    expect(result.jurisdictions).toEqual(['IE', 'NL']);
    expect(result.categories.find((c) => c.category === 'identity')).toBeUndefined();
  });

  it('keys an API keys table by its owner, reads no key\'s label as a name, and no CSRF secret as a credential', () => {
    const key = (id: number, owner: string, email: string, name: string) => ({ id, owner_user_id: owner, owner_email: email, name, key_prefix: `pk_live_${id}`, last_used_ip: '98.22.211.114' });
    const keys = people([key(331, '19424', 'maria.murphy@example.io', 'zapier'), key(329, '19424', 'maria.murphy@example.io', 'Laptop'), key(507, '', '', 'search-indexer')]);
    expect(keys.subjectCount).toBe(1);
    expect(keys.categories.find((c) => c.category === 'identity')).toBeUndefined();
    expect(people([{ sid: 'sess:a6eyU5usv3f9', csrfSecret: 'J4GMvYusK9PrXwCoLxFjJIWL' }]).credentials).toBeUndefined();
  });

  it('counts an invitation\'s target user as a person of their own, and reads health under a German "Beschreibung"', () => {
    const invite = (email: string) => ({ event: 'user.invite', actor: { type: 'user', id: 'usr_0Gejyonmbt', email: 'freya.jones@example.ca', name: 'Freya Jones' }, target: { type: 'user', email, role: 'member' } });
    expect(people([invite('emily.patel@example.fr'), invite('alfie.jackson@example.co.uk')]).subjectCount).toBe(3);
    const tickets = people([{ Ticket: '1', 'E-Mail': 'jan.becker@example.de', Beschreibung: 'Ich kann die Rechnung wegen meiner Chemotherapie erst im Januar zahlen' }]);
    expect(tickets.categories.find((c) => c.category === 'health')?.subjects).toBe(1);
  });
});

describe('health records outside the US, events and clubs (QA rounds 69 and 70)', () => {

  it('reads an appointment\'s reason as health, the bare "Motif" beside its practitioner too', () => {
    expect(subjects(people([{ Date: '12/03/2026', Motif: 'IVG médicamenteuse - 1ère consultation', Praticien: 'Dr Amélie Roux (Gynécologue)', Nom: 'ROUX', Prénom: 'Jade', Email: 'jade.roux@example.fr' }]), 'health')).toBe(1);
    expect(subjects(people([{ 'Appointment date': '2026-03-14', 'Reason for visit': 'STI screening', 'First name': 'Lucy', Email: 'lucy.green@example.co.uk' }]), 'health')).toBe(1);
    expect(subjects(people([{ Date: '12/03/2026', Motif: 'Loyer mars', Nom: 'ROUX', Email: 'jade.roux@example.fr', IBAN: 'FR1420041010050500013M02606' }]), 'health')).toBeUndefined();
  });

  it('tells apart the people of a family\'s email by their birth dates: a parent\'s booking for the children, a race\'s or a ticket order\'s entries', () => {
    const row = (first: string, dob: string) => ({ Nom: 'DUBOIS', Prénom: first, 'Date de naissance': dob, Téléphone: '06 12 48 93 27', Email: 'camille.dubois@example.fr' });
    const family = people([row('Camille', '12/02/1986'), row('Léo', '04/06/2019'), row('Jade', '21/01/2024'), row('Camille', '12/02/1986')]);
    expect(family.subjectCount).toBe(3);
    expect(family.children?.under13).toBe(2);
  });

  it('counts a vet\'s owners, never their animals\' birth dates as the owners\'', () => {
    const vet = people([
      { 'Client No': 'C00101', 'Client Name': 'Mrs Susan Clarke', Email: 'susan.clarke@example.co.uk', 'Patient Name': 'Bella', Species: 'Canine', Breed: 'Labrador Retriever', 'Date of Birth': '12/05/2019', Diagnosis: 'Osteoarthritis' },
      { 'Client No': 'C00102', 'Client Name': 'Mr Graham Wood', Email: 'graham.wood@example.co.uk', 'Patient Name': 'Daisy', Species: 'Rabbit', Breed: 'Netherland Dwarf', 'Date of Birth': '20/01/2024', Diagnosis: 'Dental disease' },
    ]);
    expect(vet.subjectCount).toBe(2);
    expect(vet.children).toBeUndefined();
    expect(subjects(vet, 'health')).toBeUndefined();
  });

  it('counts an LPA attorney, a main carer and primary and secondary parents as people of their own, none placing the record by their phone', () => {
    const home = people([{ 'Resident ID': 'R0001', 'First Name': 'Margaret', Surname: 'Hughes', DOB: '04/02/1938', 'Next of Kin 1 Name': 'Peter Hughes', 'Next of Kin 1 Phone': '+61 412 381 207',
      'LPA Health and Welfare Attorney': 'Karen Lewis', 'LPA H&W Attorney Phone': '+44 7946 218830' }]);
    expect(home.subjectCount).toBe(3);
    expect(people([{ 'Patient ID': 'S1-1', Surname: 'Hughes', 'First name': 'Margaret', 'Date of birth': '04 Feb 1938', 'Next of kin': 'Peter Hughes', 'Next of kin telephone': '07946 218830', 'Main carer': 'Karen Lewis', 'Main carer telephone': '07887 530912' }]).subjectCount).toBe(3);
    const camp = people([{ 'Person ID': '4100201', 'Camper First Name': 'Noah', 'Camper Last Name': 'Goldberg', 'Camper Birthdate': '7/14/2015', 'Primary Parent First': 'Rachel', 'Primary Parent Last': 'Goldberg',
      'Primary Parent Email': 'rachel.goldberg@example.com', 'Secondary Parent First': 'David', 'Secondary Parent Last': 'Goldberg', 'Secondary Parent Email': 'dgoldberg@example.com' }]);
    expect(camp.subjectCount).toBe(3);
    expect(people([{ 'N° licence': 'VT061234', Nom: 'MARTIN', Prénom: 'Hugo', 'Date de naissance': '12/05/2014', 'Nom du représentant légal': 'MARTIN', 'Prénom du représentant légal': 'Claire', 'Email du représentant légal': 'claire.martin@example.fr' }]).subjectCount).toBe(2);
  });

  it('reads NHS ethnic category codes, a medical history\'s yes/no conditions and German long-term diagnoses', () => {
    expect(subjects(people([{ LOCAL_PATIENT_ID: 'RR81', SURNAME: 'JONES', FORENAME: 'MARY', POSTCODE: 'LS6 2AB', ETHNIC_CATEGORY: 'A' }, { LOCAL_PATIENT_ID: 'RR83', SURNAME: 'OKAFOR', FORENAME: 'GRACE', POSTCODE: 'LS8 4EF', ETHNIC_GROUP: 'N' }]), 'special-category')).toBe(2);
    expect(subjects(people([{ 'Patient ID': '1', 'First Name': 'Mary', Postcode: 'LS6 2AB', 'MH: Diabetes': 'Yes', Epilepsy: '' }, { 'Patient ID': '2', 'First Name': 'John', Postcode: 'LS8 4EF', 'MH: Diabetes': 'No', Epilepsy: 'Yes' }, { 'Patient ID': '3', 'First Name': 'Ann', Postcode: 'LS9 5GH', 'MH: Diabetes': 'No', Epilepsy: 'No' }]), 'health')).toBe(2);
    expect(subjects(people([{ 'Pat-Nr.': '1001', Nachname: 'Weber', Vorname: 'Anna', PLZ: '10115', 'Dauerdiagnosen (ICD-10-GM)': 'E11.9 G; I10.90 G' }]), 'health')).toBe(1);
  });

  it('reads German and Spanish needs, PAR-Q answers and an accessible seat as health; joins a row\'s account holder and guardian of one name', () => {
    expect(subjects(people([{ Name: 'Anna Weber', 'E-Mail': 'anna.weber@example.de', Essenswunsch: 'Koscher', Barrierefreiheit: 'Induktionsschleife (schwerhörig)' }]), 'special-category')).toBe(1);
    expect(subjects(people([{ 'Nº Voluntario': 'V-1', Nombre: 'Lucía', 'Correo electrónico': 'lucia.garcia@example.es', 'Discapacidad reconocida (%)': '33%', 'Necesidades de apoyo': 'Intérprete de lengua de signos' }]), 'health')).toBe(1);
    expect(subjects(people([{ 'Mitgliedsnr.': '1', Vorname: 'Jan', 'E-Mail': 'jan.becker@example.de', Beitragsgruppe: 'Schwerbehinderte (GdB ab 50)' }]), 'health')).toBe(1);
    const parq = people([
      { member_id: 'm_01', email: 'ruby.kelly@example.com.au', parq: { answers: { heart_condition: 'No', chest_pain_during_activity: 'Yes', loses_balance_dizziness: 'No' } } },
      { member_id: 'm_02', email: 'jack.ward@example.com.au', parq: { answers: { heart_condition: 'No', chest_pain_during_activity: 'No', loses_balance_dizziness: 'No' } } },
    ]);
    expect(subjects(parq, 'health')).toBe(1);
    expect(subjects(people([{ order_id: '12-31000411', customer: { email: 'amanda.scott@example.com' }, accessibility: { wheelchair_accessible_seating: true } }]), 'health')).toBe(1);
    const club = people([
      { 'Mitgliedsnr.': '00201', Vorname: 'Sabine', Nachname: 'Lange', Geburtsdatum: '03.09.1980', 'E-Mail': 'sabine.lange@example.de', Kontoinhaber: 'Sabine Lange' },
      { 'Mitgliedsnr.': '00202', Vorname: 'Mia', Nachname: 'Lange', Geburtsdatum: '11.05.2016', 'E-Mail': '', Kontoinhaber: 'Sabine Lange',
        'Vorname Erziehungsberechtigte/r': 'Sabine', 'Nachname Erziehungsberechtigte/r': 'Lange', 'E-Mail Erziehungsberechtigte/r': 'sabine.lange@example.de' },
    ]);
    expect(club.subjectCount).toBe(2);
  });

  it('reads a contact written in one field as their name and number, and a physiotherapist\'s notes as health', () => {
    const clinic = people([
      { ID: '1000013', 'First name': 'Charlotte', 'Last name': 'Baker', Email: 'charlotte.baker@example.com.au', Country: 'Australia', 'Emergency contact': 'Jack Baker (husband) 0412 381 207', Notes: 'Post-op R ACL reconstruction (Mar 2026).' },
      { ID: '1000026', 'First name': 'Oliver', 'Last name': 'Wright', Email: 'oliver.wright@example.co.uk', Country: 'United Kingdom', 'Emergency contact': 'Grace Wright - wife - 07887 530912', Notes: 'Chronic LBP, L4/5 disc bulge on MRI.' },
    ]);
    expect(clinic.subjectCount).toBe(4);
    expect(subjects(clinic, 'health')).toBe(2);
  });

  it('reads direct messages as their senders\' and recipients\' communications, each keyed by their id', () => {
    const message = (id: string, from: string, to: string, body: string) => ({ message_id: id, sender_uid: from, recipient_uid: to, sent_at: '2026-11-02T20:11:09Z', body });
    const chat = people([message('1', 'u_7hq2k9x0ab', 'u_p0r4m1zz8c', "hey! how's your week going?"), message('2', 'u_p0r4m1zz8c', 'u_7hq2k9x0ab', 'busy, you?'),
      message('3', 'u_p0r4m1zz8c', 'u_k2m9x0q1zz', 'are you coming saturday?')]);
    expect(chat.subjectCount).toBe(3);
    expect(subjects(chat, 'communications')).toBe(3);
  });

  it('keeps one person under an email whose birth date is written two ways (30/08/1983 and an Excel serial)', () => {
    const patient = (dob: string) => ({ 'Patient Name ': 'Ali, Mohammed', DOB: dob, Email: 'mohammed.ali@example.co.uk' });
    expect(people([patient('30/08/1983'), patient('30558'), patient('30 Aug 1983')]).subjectCount).toBe(1);
  });

  it('places a Korean export\'s national mobile numbers in Korea, a forum\'s "Berlin, DE" in Germany by its people\'s .de addresses, and no Discourse system account', () => {
    expect(people([{ ID: 'M00001', 이름: '김민준', 휴대폰: '010-2345-6789' }, { ID: 'M00002', 이름: '이서연', 휴대폰: '010-8765-4321' }]).jurisdictions).toEqual(['KR']);
    const forum = people([
      { id: 1, name: 'Anna Schmidt', email: 'anna.schmidt@example.de', location: 'Berlin, DE' },
      { id: 2, name: 'Lukas Weber', email: 'lukas.weber@gmail.com', location: 'Berlin, DE' },
      { id: 3, name: 'Tyler Young', email: 'tyler.young@gmail.com', location: 'Austin, TX' },
      { id: 4, name: 'Megan Hill', email: 'megan.hill@gmail.com', location: 'Seattle, WA' },
      { id: -1, name: 'system', email: 'no_email', location: '' },
      { id: -2, name: 'discobot', email: 'discobot_email', location: '' },
    ]);
    expect(forum.subjectCount).toBe(4);
    expect(Object.fromEntries((forum.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]))).toMatchObject({ DE: 2, 'US-TX': 1, 'US-WA': 1 });
    expect(forum.jurisdictions).not.toContain('US-DE');
  });

  it('reads a Belgian FHIR patient\'s SSIN, Belgian medicines\' brands, and a cycle tracker\'s partner as a person of their own', () => {
    const bundle = people([{ resourceType: 'Patient', id: 'pat-1', identifier: [{ system: 'https://www.ehealth.fgov.be/standards/fhir/NamingSystem/ssin', value: '78031476685' }],
      name: [{ family: 'Peeters', given: ['Els'] }], birthDate: '1978-03-14' }]);
    expect(subjects(bundle, 'government-id')).toBe(1);
    expect(subjects(people([{ Afleverdatum: '03/02/2026', Naam: 'Maes', Voornaam: 'Wout', GSM: '+32 474 55 95 41', CNK: '3301237', Product: 'Rilatine 10 mg tabl.' }]), 'health')).toBe(1);
    expect(people([{ user_id: 'usr_0', email: 'lena.weber@example.de', first_name: 'Lena', partner: { name: 'Jonas Weber', email: 'jonas.weber@example.de' } }]).subjectCount).toBe(2);
  });

  it('reads a chat export\'s messages, each its author\'s, and no bot or API key acting in an audit log as a person', async () => {
    const message = (id: string, author: string, content: string) => ({ id, type: 'Default', content, author: { id: author, name: `user${author}`, nickname: 'Ellie', isBot: false } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'discord-')), 'general.json');
    writeFileSync(file, JSON.stringify({ guild: { id: '1023456789012345678', name: 'Hallam Juniors FC' }, channel: { id: '1', name: 'general' },
      messages: [message('1', '402918', 'training moved to 6:30'), message('2', '402918', 'see you there'), message('3', '771203', 'call me on 07946 218830')] }));
    const { classification: chat } = await classifySource(file, { asOf });
    expect(chat.subjectCount).toBe(2);
    const audit = people([
      { event: 'user.login', actor: { type: 'user', id: 'usr_1', email: 'freya.jones@example.co.uk', name: 'Freya Jones' }, ip: '90.72.24.100' },
      { event: 'api.request', actor: { type: 'api_key', id: 'key_StjhsGbgoyG7', name: 'zapier-sync' }, ip: '54.86.50.139' },
    ]);
    expect(audit.subjectCount).toBe(1);
  });
});

describe('employers and universities (QA rounds 73 and 74)', () => {

  it('reads an 834 enrolment\'s rows as their members\' by the Individual Relationship Code, not the employee\'s', () => {
    const row = (code: string, ssn: string, first: string, birth: string) => ({ 'Subscriber Identifier': '258392951', 'Individual Relationship Code': code, 'Employee SSN': '533-61-7637',
      'Member SSN': ssn, 'Member Last Name': 'Okafor', 'Member First Name': first, 'Member Birth Date': birth, State: 'NY', 'Zip Code': '14214' });
    const enrolment = people([row('18', '533-61-7637', 'Mei', '19660917'), row('18', '533-61-7637', 'Mei', '19660917'), row('19', '498-49-7593', 'Thomas', '20211224'), row('01', '498-49-7594', 'Grace', '19980302')]);
    expect(enrolment.subjectCount).toBe(3);
    expect(enrolment.children?.under13).toBe(1);
  });

  it('tells apart two households\' spouses known by one name alone, and joins a mother of that name on her children\'s rows at one address', () => {
    const donor = (id: string, first: string, spouse: string, street: string, zip: string) => ({ 'Constituent ID': id, 'First Name': first, 'Last Name': 'Young',
      'Spouse First Name': spouse, 'Spouse Last Name': 'Young', 'Preferred Address Lines': street, 'Preferred City': 'Cambridge', 'Preferred State': 'MA', 'Preferred ZIP': zip });
    expect(people([donor('100000', 'Michael', 'Ryan', '2367 Park Ave', '02139'), donor('100007', 'Laura', 'Ryan', '18 Elm St', '02140')]).subjectCount).toBe(4);
    const pupil = (id: string, first: string) => ({ 'Pupil ID': id, 'First Name': first, Surname: 'Hill', Mother: 'Hill, Aisha', Address: '4 Mill Lane, Leeds LS6 2AB' });
    expect(people([pupil('P1', 'Sam'), pupil('P2', 'Zoe')]).subjectCount).toBe(3);
    // A conference's companions (Begleitperson) of one name at two attendees' addresses are two people.
    const registration = (n: string, street: string) => ({ 'Anmelde-Nr.': n, Vorname: 'Miriam', Nachname: `Richter${n}`, 'E-Mail': `${n}@example.de`, Straße: street, PLZ: '10115', Ort: 'Berlin',
      'Begleitperson Vorname': 'Thomas', 'Begleitperson Nachname': 'Richter' });
    expect(people([registration('T1', 'Bahnhofstraße 81'), registration('T2', 'Gartenweg 3')]).subjectCount).toBe(4);
    // A landlord known by name alone on two tenants' rows at two addresses is one landlord.
    const tenancy = (id: string, tenant: string, street: string) => ({ 'Tenancy ID': id, 'Tenant Name': tenant, 'Tenant Email': `${id}@example.com`, Address: street, 'Landlord Name': 'Pieter de Vries' });
    expect(people([tenancy('T1', 'Anna Bakker', '1 Kerkstraat, Utrecht'), tenancy('T2', 'Joris Smit', '9 Dorpsweg, Zeist')]).subjectCount).toBe(3);
  });

  it('never counts more people in a category than in all: a name on probation whose record held nothing else is a person, a form\'s hint row none', () => {
    const hint = people([{ Player: 'Last, First', DOB: 'MM/DD/YYYY', 'Medical (allergies/conditions)': 'list meds too' }]);
    expect(hint.subjectCount).toBe(0);
    expect(hint.categories).toEqual([]);
    const named = people([{ Player: 'Smith John', DOB: 'MM/DD/YYYY' }]);
    expect(named.categories.every((category) => category.subjects <= named.subjectCount)).toBe(true);
  });

  it('reads no 8-digit Moodle idnumber as a Dutch BSN, and still 8 digits under a BSN column', () => {
    // 20200067 passes the 11-proef when a zero is put before it.
    const moodle = people([{ id: '70', auth: 'saml2', username: '20200067', idnumber: '20200067', firstname: 'Daan', lastname: 'de Groot', email: 'daan@example.nl', country: 'NL' }]);
    expect(subjects(moodle, 'government-id')).toBeUndefined();
    expect(subjects(people([{ Naam: 'Daan de Groot', BSN: '20200067', Woonplaats: 'Utrecht' }]), 'government-id')).toBe(1);
  });

  it('reads a SITS extract by its own field codes: STU_SURN and STU_FNM1 names, STU_HAPC a UK postcode, STU_CODE the key', () => {
    const sits = people([
      { STU_CODE: '18000000', STU_SURN: 'Smith', STU_FNM1: 'Thomas', STU_DOB: '05/03/2009', STU_CAEM: 'thomas.smith878@example.ac.uk', STU_HAPC: 'OX4 8AZ', STU_ETHC: '31' },
      { STU_CODE: '18000001', STU_SURN: 'Khan', STU_FNM1: 'Rhys', STU_DOB: '22/05/2008', STU_CAEM: 'rhys.khan425@example.ac.uk', STU_HAPC: 'L7 7BU', STU_ETHC: '80' },
      { STU_CODE: '18000001', STU_SURN: 'Khan', STU_FNM1: 'Rhys', STU_DOB: '22/05/2008', STU_CAEM: 'rhys.khan@example.com', STU_HAPC: 'L7 7BU', STU_ETHC: '80' },
    ]);
    expect(sits.subjectCount).toBe(2);
    expect(subjects(sits, 'identity')).toBe(2);
    expect(subjects(sits, 'special-category')).toBe(2);
    expect(sits.jurisdictions).toEqual(['GB']);
  });

  it('reads union subscriptions among payroll deductions, carpal tunnel as health, and no "Minor" flag as a person', () => {
    const deductions = people([
      { 'Employee Ref': '500', Surname: 'Robinson', Forename: 'Rhiannon', 'NI Number': 'AJ 07 79 92 D', Deduction: 'RCN Membership', Amount: '21.75' },
      { 'Employee Ref': '501', Surname: 'Hughes', Forename: 'Gareth', 'NI Number': 'JG 10 37 58 C', Deduction: 'Cycle to Work', Amount: '41.66' },
    ]);
    expect(subjects(deductions, 'special-category')).toBe(1);
    expect(subjects(people([{ 'Referral ID': 'R1', 'Employee Name': 'Anna Lewis', 'Employee Email': 'anna.lewis@example.co.uk', 'Referral Reason': 'Carpal tunnel syndrome, right wrist' }]), 'health')).toBe(1);
    expect(people([{ 'Employee ID': '880000', 'Employee Name': 'Brian Jackson', 'Birth Date': '02/01/2011', Minor: 'Y' }]).subjectCount).toBe(1);
  });

  it('reads an HR case\'s allegation for criminal and health facts, its respondent as a person, and pension contributions as financial', () => {
    const cases = people([{ case_ref: 'ER-0017', employee: { name: 'Alfie Murray', employee_no: '40016', email: 'alfie.murray@example.co.uk' },
      allegation: 'Gross misconduct. Employee disclosed a police caution for common assault (March 2026).' },
    { case_ref: 'ER-0011', employee: { name: "Oscar O'Neill", employee_no: '40010', email: 'oscar.oneill@example.co.uk' }, allegation: 'Attendance below 85% due to long-term sickness (fibromyalgia).' },
    { case_ref: 'ER-0002', employee: { name: 'William Hughes', employee_no: '40001', email: 'william.hughes@example.co.uk' },
      respondent: { name: 'Oliver Roberts', employee_no: '40148', email: 'oliver.roberts@example.co.uk' }, allegation: 'Bullying in team meetings.' }]);
    expect(cases.subjectCount).toBe(4);
    expect(subjects(cases, 'criminal')).toBe(1);
    expect(subjects(cases, 'health')).toBe(1);
    expect(subjects(people([{ 'Employee Ref': '500', 'NI Number': 'AJ 07 79 92 D', 'Pensionable Earnings': '2450.00', 'Employee Contribution': '122.50' }]), 'financial')).toBe(1);
  });

  it('keys a Moodle log by its "User full name", one person however many lines', () => {
    const line = (name: string, ip: string) => ({ Time: '13/11/26, 15:42', 'User full name': name, 'Affected user': '-', 'Event name': 'Quiz attempt submitted', 'IP address': ip });
    expect(people([line('Niamh Doherty', '89.159.214.158'), line('Katharina Wolf', '92.147.142.140'), line('Niamh Doherty', '89.159.214.158')]).subjectCount).toBe(2);
  });

  it('places a worker by Workday\'s Home_Address_-_Full, never by the employer\'s address on an I-9 or a background check\'s searched county', () => {
    expect(people([{ Employee_ID: '21000', Legal_Name: 'David Hill', 'Home_Address_-_Full': '8310 Park Ave, Tacoma, WA 98474, United States of America' }]).jurisdictions).toEqual(['US', 'US-WA']);
    expect(people([{ form: 'I-9', employee: { name: 'Ana Silva', ssn: '123-45-6789', address: '12 Peach St, Atlanta, GA 30303' }, section2: { employer_address: '1200 Commerce St, Dallas, TX 75202' } }]).jurisdictions).toEqual(['US', 'US-GA']);
    expect(people([{ id: 'r1', candidate: { first_name: 'James', last_name: 'Lopez', email: 'james.lopez@example.com', phone: '+17202767176', zipcode: '80217', ssn: '168-32-0908' },
      county_criminal_searches: [{ county: 'King', state: 'NY', status: 'clear' }] }]).jurisdictions).toEqual(['US', 'US-CO']);
  });

  it('reads Banner\'s STAT_CODE, PeopleSoft\'s emergency contact, a counselling record\'s presenting issue; no Moodle "not cached" password, no Canvas "Points Possible" row', () => {
    expect(people([{ SPRIDEN_ID: '931000000', SPRIDEN_LAST_NAME: 'LEE', SPRIDEN_FIRST_NAME: 'ALYSSA', SPRADDR_CITY: 'Boulder', SPRADDR_STAT_CODE: 'CO', SPRADDR_ZIP: '80302' }]).jurisdictions).toEqual(['US', 'US-CO']);
    expect(people([{ EMPLID: '2200000', NAME: 'Miller,Olivia', EMAIL_ADDR: 'olivia.miller@example.com', CONTACT_NAME: 'Lewis,Alyssa', RELATIONSHIP: 'Spouse', CONTACT_PHONE: '614/991-7903' }]).subjectCount).toBe(2);
    expect(subjects(people([{ 'Student ID': 'S1', Email: 'mia@example.edu.au', 'Presenting Issue': 'Eating disorder' }]), 'health')).toBe(1);
    expect(people([{ id: '7', auth: 'saml', username: 'jdoe', password: 'not cached', email: 'jane.doe@example.ie' }]).credentials).toBeUndefined();
    const grade = (student: string, id: string, login: string, essay: string) => ({ Student: student, ID: id, 'SIS User ID': id === '' ? '' : '100000000', 'SIS Login ID': login, Section: 'PSY100H1 F LEC0101', 'Essay 1 (41233)': essay });
    const gradebook = people([grade('    Points Possible', '', '', '10.00'), grade('Martin, William', '88000', 'william.martin@example.ca', '9.72'),
      grade('Thompson, Emily', '88001', 'emily.thompson@example.ca', '3.92'), grade('Student, Test', '99999', '', '')]);
    expect(gradebook.subjectCount).toBe(2);
    // Its Student column's "Surname, Given" names are names.
    expect(subjects(gradebook, 'identity')).toBe(2);
  });
});

describe('Africa, the Middle East and Asia (QA round 71)', () => {

  it('tells a medical scheme\'s dependants apart under one member number by their dependant code, and counts a loyalty member\'s family_members[]', () => {
    const claim = (code: string, first: string, id: string, dob: string, icd: string) => ({ 'Member Number': '884512307', 'Dependant Code': code, 'Patient Surname': 'Dlamini',
      'Patient First Name': first, 'Patient ID Number': id, 'Patient DOB': dob, 'ICD-10 Code': icd });
    const claims = people([claim('00', 'Sipho', '8004029890187', '1980/04/02', 'J06.9'), claim('00', 'Sipho', '8004029890187', '1980/04/02', 'F32.1'),
      claim('01', 'Zanele', '8309143419080', '1983/09/14', 'J06.9'), claim('02', 'Lwazi', '1503125809087', '2015/03/12', 'H66.9')]);
    expect(claims.subjectCount).toBe(3);
    expect(claims.children?.under13).toBe(1);
    const loyalty = people([{ member_no: 'EK100000101', given_name: 'Fahad', family_name: 'Al Otaibi', dob: '1984-02-11', email: 'fahad.otaibi@example.com',
      family_members: [{ given_name: 'Reem', family_name: 'Al Otaibi', dob: '2016-05-01', relationship: 'CHILD' }, { given_name: 'Saud', family_name: 'Al Otaibi', dob: '2019-08-21', relationship: 'CHILD' }] }]);
    expect(loyalty.subjectCount).toBe(3);
    expect(loyalty.children?.under13).toBe(2);
  });

  it('reads a KRA PIN and a CNIC as national ids, a Turkish Ülke: Türkiye as the country, a Gulf bank\'s name_en and dob_gregorian, and no PJSC as a person', () => {
    const sacco = people([{ 'Member No': 'M1', Name: 'Wanjiku Kamau', 'ID No': '23456789', 'KRA PIN': 'A012345678Z', Phone: '+254 712 345678' }]);
    expect(subjects(sacco, 'government-id')).toBe(1);
    expect(sacco.credentials).toBeUndefined();
    expect(subjects(people([{ MSISDN: '923001234567', CNIC: '35202-4567890-3', 'Subscriber Name': 'Usman Malik' }]), 'government-id')).toBe(1);
    expect(people([{ 'Müşteri No': '1', Ad: 'Elif', Soyad: 'Yılmaz', 'E-posta': 'elif@example.com.tr', Ülke: 'Türkiye', Telefon: '0532 418 22 91' }]).jurisdictions).toEqual(['TR']);
    const bank = people([{ customer_id: 'C1', name_en: 'Fahad Al Otaibi', dob_gregorian: '2014-03-02', email: 'fahad@example.sa' }]);
    expect(subjects(bank, 'identity')).toBe(1);
    expect(bank.children?.under13).toBe(1);
    expect(people([{ wire_id: 'W1', beneficiary_name: 'Emaar Properties PJSC', beneficiary_iban: 'AE070331234567890123456' }]).subjectCount).toBe(0);
  });

  it('tells two emergency contacts of one name apart by their "Contact Number", and reads a payroll account beside its bank', () => {
    const staff = people([
      { 'Employee No': '2200001', 'Last Name': 'Santos', 'First Name': 'Mark', Country: 'Philippines', 'Emergency Contact Person': 'Maria Santos', 'Emergency Contact Number': '09181112233', 'Payroll Bank': 'BDO', 'Payroll Account No': '001234567890' },
      { 'Employee No': '2200002', 'Last Name': 'Reyes', 'First Name': 'Jerome', Country: 'Philippines', 'Emergency Contact Person': 'Maria Santos', 'Emergency Contact Number': '09284445566', 'Payroll Bank': 'BPI', 'Payroll Account No': '009876543210' },
    ]);
    expect(staff.subjectCount).toBe(4);
    expect(subjects(staff, 'financial')).toBe(2);
  });

  it('counts a child by the birth date at the as-of date, not by the age a visit row gave', () => {
    const visit = (uhid: string, dob: string) => ({ UHID: uhid, 'Patient Name': `Patient ${uhid}`, Age: '12 Y', DOB: dob, 'Mobile No': '+919812340001', 'Visit Date': '14-02-2026', ICD10: 'J06.9' });
    // Both 13 on 2026-11-24: one date unambiguous, one that reads either way.
    const opd = people([visit('UH1', '21-07-2013'), visit('UH2', '03-05-2013'), visit('UH3', '10-10-1980')]);
    expect(opd.children).toMatchObject({ under13: 0, under16: 2 });
    // An age column alone still counts.
    expect(people([{ UHID: 'UH4', 'Patient Name': 'Ravi Kumar', Age: '9 Y', ICD10: 'J06.9' }]).children?.under13).toBe(1);
  });

  it('counts a telco\'s subscribers by their CNIC, not by each SIM', () => {
    const sims = people([
      { MSISDN: '923138707455', CNIC: '71306-1235445-2', 'Subscriber Name': 'Hira Rana', 'Date of Birth': '01-12-1981', Province: 'Punjab' },
      { MSISDN: '923344096247', CNIC: '71306-1235445-2', 'Subscriber Name': 'Hira Rana', 'Date of Birth': '01-12-1981', Province: 'Punjab' },
      { MSISDN: '923000561178', CNIC: '24018-9111204-6', 'Subscriber Name': 'Sana Awan', 'Date of Birth': '06-03-1955', Province: 'Punjab' },
    ]);
    expect(sims.subjectCount).toBe(2);
    expect(subjects(sims, 'government-id')).toBe(2);
  });

  it('reads a school\'s Relationship beside the guardian\'s columns as theirs, and its Parent/Guardian name and Parent Email as one person', () => {
    // Two learners of one name with their own ID numbers (and birth dates) and guardians: four people, two children.
    const learner = (surname: string, first: string, id: string, guardian: string, email: string) => ({ 'Learner Surname': surname, 'Learner First Name': first,
      'ID Number': id, 'Parent/Guardian Surname': surname, 'Parent/Guardian First Name': guardian, Relationship: 'Guardian', 'Parent Cell': '+27 831944352', 'Parent Email': email });
    const school = people([learner('Steyn', 'Ruan', '1910217070183', 'Johan', 'johan367@example.co.za'), learner('Steyn', 'Ruan', '1707010628088', 'Nomvula', 'nomvula.s@example.co.za')]);
    expect(school.subjectCount).toBe(4);
    expect(school.children).toMatchObject({ under13: 2, withBirthDate: 2 });
    expect(subjects(school, 'contact')).toBe(2);
  });
});

describe('several people in a record (QA round 68)', () => {

  it('counts a tenancy\'s landlord and tenants as people of their own, not as the landlord', () => {
    const deposits = people([
      { 'Deposit ID': 'DPS-1', 'Landlord Name': 'Dieter Krause', 'Landlord Email': 'dieter.krause@example.de', 'Lead Tenant Name': 'Holly Green', 'Lead Tenant Email': 'holly.green@example.co.uk', 'Tenant 2 Name': 'Adam Khan', 'Tenant 2 Email': 'adam.khan@example.co.uk' },
      { 'Deposit ID': 'DPS-2', 'Landlord Name': 'Dieter Krause', 'Landlord Email': 'dieter.krause@example.de', 'Lead Tenant Name': 'Megan Hall', 'Lead Tenant Email': 'megan.hall@example.co.uk', 'Tenant 2 Name': 'Luke Wood', 'Tenant 2 Email': 'luke.wood@example.co.uk' },
    ]);
    expect(deposits.subjectCount).toBe(5);
  });

  it('counts the occupants, children, co-holders, referees and carers a record lists, their birth dates theirs', () => {
    const occupants = people([
      { application_id: 'APL-1', applicant: { first_name: 'Jessica', last_name: 'Moore', email: 'jessica.moore@example.com', dob: '03/14/1988' }, occupants: [{ name: 'Tyler Moore', dob: '06/02/2017', relationship: 'child' }] },
      { application_id: 'APL-2', applicant: { first_name: 'Eric', last_name: 'King', email: 'eric.king@example.com', dob: '01/22/1979' }, occupants: [] },
    ]);
    expect(occupants.subjectCount).toBe(3);
    expect(occupants.children?.under13).toBe(1);
    const dutch = people([{ huurcontract: 'HC-1', huurder: { voornaam: 'Daan', achternaam: 'Visser', geboortedatum: '1986-04-02', email: 'daan.visser@example.nl' },
      kinderen: [{ voornaam: 'Sem', geboortedatum: '2019-05-14' }, { voornaam: 'Lotte', geboortedatum: '2021-09-30' }] }]);
    expect(dutch.subjectCount).toBe(3);
    expect(dutch.children?.under13).toBe(2);
    const energy = people([{ 'Account Number': 'A-1', 'First Name': 'Holly', Surname: 'Green', 'Date of Birth': '12/03/1984', Email: 'holly.green@example.co.uk', 'Additional Occupant Name': 'Oscar Green', 'Additional Occupant DOB': '02/07/2018' }]);
    expect(energy.subjectCount).toBe(2);
    expect(energy.children?.under13).toBe(1);
    expect(people([{ 'Référence client': '0001', Nom: 'MARTIN', Prénom: 'Louis', 'Date de naissance': '02/03/1975', Email: 'louis.martin@example.fr', 'Co-titulaire Nom': 'DUBOIS', 'Co-titulaire Prénom': 'Claire', 'Co-titulaire Date de naissance': '11/05/1977' }]).subjectCount).toBe(2);
    expect(people([{ Vorname: 'Jan', Nachname: 'Becker', Geburtsdatum: '02.03.1985', 'E-Mail': 'jan.becker@example.de', 'Vorname Mitmieter': 'Petra', 'Nachname Mitmieter': 'Schulz', 'Geburtsdatum Mitmieter': '14.07.1987' }]).subjectCount).toBe(2);
    expect(people([{ 'Candidate ID': 'C1', 'First Name': 'Oliver', 'Last Name': 'Smith', Email: 'oliver.smith@example.com', 'Referee 1 Name': 'Hannah Wright', 'Referee 1 Email': 'hannah.wright@example.org' }]).subjectCount).toBe(2);
    expect(people([{ MPRN: '10684470017', 'Account Holder': 'Shane McCarthy', Phone: '086 752 7305', 'Carer Name': 'Aisling Walsh', 'Carer Phone': '089 827 6019' }]).subjectCount).toBe(2);
  });

  it('reads background checks\' criminal searches, a declared caution or fine, and no "No, I don\'t have a disability" as health', () => {
    const checks = people([{ candidate_id: 'a1', email: 'jason.moore@example.com', county_criminal_search_records: 'TRAVIS COUNTY: Misdemeanor DUI (2019) - Convicted' }]);
    expect(subjects(checks, 'criminal')).toBe(1);
    const answers = people([
      { id: 'c0', email: 'anna.murphy@example.ie', answers: [{ question: { body: 'Do you have any unspent criminal convictions?' }, answer: { body: 'Yes, caution for shoplifting (2024)' } }] },
      { id: 'c1', email: 'sean.byrne@example.ie', answers: [{ question: { body: 'Do you have any unspent criminal convictions?' }, answer: { body: 'Yes: fined for possession of cannabis, 2022' } }] },
    ]);
    expect(subjects(answers, 'criminal')).toBe(2);
    const eeoc = people([
      { 'Candidate ID': '1', Email: 'jason.moore@example.com', 'Disability Status': "No, I don't have a disability, or a history/record of having a disability" },
      { 'Candidate ID': '2', Email: 'maria.flores@example.com', 'Disability Status': 'Yes, I have a disability, or have had one in the past' },
    ]);
    expect(subjects(eeoc, 'health')).toBe(1);
  });

  it('reads a utility\'s medical needs in French and German, and allergies in compound words', () => {
    const needs = people([
      { 'Référence client': '1', Email: 'a.martin@example.fr', 'Client prioritaire (médical)': 'Oui - appareil respiratoire (oxygénothérapie)' },
      { Kundennummer: '1001', 'E-Mail': 'jan.becker@example.de', Härtefall: 'Pflegegrad 3, Heimbeatmung' },
      { Kundennummer: '1002', 'E-Mail': 'anna.wolf@example.de', Anmerkung: 'Nussallergie!!' },
    ]);
    expect(subjects(needs, 'health')).toBe(3);
  });

  it('reads Workday\'s "National Identifier", a Canadian payout account, and no utility\'s customer account number as a bank account', () => {
    expect(subjects(people([{ 'Candidate ID': 'C1', 'Email Address': 'oliver.smith@example.com', 'Address - Country': 'United Kingdom', 'National Identifier Type': 'National Insurance Number', 'National Identifier': 'SX 19 93 67 C' }]), 'government-id')).toBe(1);
    expect(subjects(people([{ partner_id: 'dp1', email: 'liam.roy@example.ca', payout: { institution_number: '004', transit_number: '12345', account_number: '5123456' } }]), 'financial')).toBe(1);
    expect(subjects(people([{ 'Account Number': '4820193375', 'Customer Name': 'MOORE, JASON', Email: 'jason.moore@example.com', 'Billing Preference': 'Paperless' }]), 'financial')).toBeUndefined();
    expect(subjects(people([{ 'Account Number': '48201933', Name: 'Anna Smith', Email: 'anna.smith@example.com', Balance: '100.00' }]), 'financial')).toBe(1);
  });

  it('counts a SEPA mandate\'s account holder of another name as a person, of the customer\'s name as the customer; a Dutch co-tenant; income and arrears as financial', () => {
    const mandates = people([
      { Kundennummer: '1000000', Vorname: 'Sabine', Nachname: 'Krause', Geburtsdatum: '27.06.1941', 'E-Mail': 'sabine.krause@example.de', Kontoinhaber: 'Sabine Krause', IBAN: 'DE89370400440532013000' },
      { Kundennummer: '1000001', Vorname: 'Jonas', Nachname: 'Weber', Geburtsdatum: '02.01.2003', 'E-Mail': 'jonas.weber@example.de', Kontoinhaber: 'Petra Weber', IBAN: 'DE89370400440532013000' },
    ]);
    expect(mandates.subjectCount).toBe(3);
    const lease = people([{ huurcontract: 'HC-1', huurder: { voornaam: 'Sander', achternaam: 'Berg', geboortedatum: '1980-03-13', email: 'sander.berg@example.nl' },
      medehuurder: { voornaam: 'Daan', achternaam: 'Vos', geboortedatum: '1965-10-06', email: 'daan.vos@example.nl', bruto_jaarinkomen: 29000 } }]);
    expect(lease.subjectCount).toBe(2);
    expect(subjects(lease, 'financial')).toBe(1);
    expect(subjects(people([{ 'Account Number': '4820193375', Email: 'jason.moore@example.com', 'Past Due Amount': '212.40' }]), 'financial')).toBe(1);
  });

  it('counts no company by its salutation ("Anrede: Firma"), and places an Indian state', () => {
    const customers = people([
      { Kundennummer: '1001', Anrede: 'Herr', Vorname: 'Jan', Nachname: 'Becker', 'E-Mail': 'jan.becker@example.de' },
      { Kundennummer: '1002', Anrede: 'Firma', Vorname: '', Nachname: 'Friseursalon Haarmonie', 'E-Mail': 'kontakt@haarmonie.example' },
    ]);
    expect(customers.subjectCount).toBe(1);
    expect(people([{ full_name: 'Priya Sharma', email: 'priya.sharma@example.in', address: { city: 'Pune', state: 'Maharashtra', pincode: '411001' } }]).jurisdictions).toEqual(['IN']);
  });
});

describe('special categories as their organisations hold them (QA round 65)', () => {
  it('reads a Spanish party\'s register of members by their kind of membership, and no social security affiliation as a party', () => {
    const register = classifyRecords([
      { num_afiliado: '31001', nombre: 'María', email: 'maria.garcia@example.es', agrupacion_local: 'Agrupación Madrid Centro', tipo_afiliacion: 'Militante' },
      { num_afiliado: '31002', nombre: 'José', email: 'jose.lopez@example.es', agrupacion_local: 'Agrupación Sevilla Norte', tipo_afiliacion: 'Simpatizante' },
      { num_afiliado: '31003', nombre: 'Lucía', email: 'lucia.martin@example.es', agrupacion_local: 'Agrupación Valencia Sur', tipo_afiliacion: 'Juventudes' },
    ], { asOf: AS_OF });
    expect(register.categories.find((c) => c.category === 'special-category')?.subjects).toBe(3);
    const payroll = classifyRecords([
      { empleado: 'E1', nombre: 'María', email: 'maria.garcia@example.es', tipo_afiliacion: 'Régimen General', fecha_afiliacion: '2015-03-01' },
    ], { asOf: AS_OF });
    expect(payroll.categories.find((c) => c.category === 'special-category')).toBeUndefined();
  });

  it('reads a patient group\'s "Why I joined", a union\'s branch, a dating profile\'s orientation, a church\'s baptisms and a finger template', () => {
    const group = classifyRecords([
      { Email: 'a@example.com', Name: 'Ann Byrne', 'Why I joined': "I was diagnosed with Crohn's disease in 2019." },
      { Email: 'b@example.com', Name: 'Ben Walsh', 'Why I joined': 'Ulcerative colitis since 2015, on Humira now.' },
      { Email: 'c@example.com', Name: 'Cara Doyle', 'Why I joined': 'Had a colectomy last year and I have a stoma.' },
      { Email: 'd@example.com', Name: 'Dan Kelly', 'Why I joined': "I'm a nurse and want to volunteer." },
    ]);
    expect(counts(group).health).toBe(3);
    const union = classifyRecords([{ 'Member No': 'U1', Forename: 'Sarah', Surname: 'Smith', Email: 'sarah@example.org', 'Union Branch': 'Leeds Local Government' }]);
    expect(counts(union)['special-category']).toBe(1);
    const dating = classifyRecords([
      { user_id: 'u1', email: 'a@example.ie', profile: { display_name: 'Aoife', orientation: 'Lesbian', looking_for: 'Women' } },
      { user_id: 'u2', email: 'b@example.nl', profile: { display_name: 'Daan', orientation: 'Bisexual', looking_for: 'Everyone' } },
    ]);
    expect(counts(dating)['special-category']).toBe(2);
    // An onboarding orientation is none.
    expect(counts(classifyRecords([{ employee_id: 'E1', name: 'Tom Berg', orientation: 'Day 1 - completed' }]))['special-category']).toBeUndefined();
    const church = classifyRecords([{ nome: 'Ana Souza', email: 'ana@example.com.br', 'Denominação': 'Batista', 'Data do Batismo': '2001-05-12' }]);
    expect(counts(church)['special-category']).toBe(1);
    expect(counts(classifyRecords([{ employee_id: 'E1', name: 'Tom Berg', finger_template: 'Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAAAoQ4' }])).biometric).toBe(1);
  });

  it('reads a US voter roll\'s Voter ID as its voter\'s key, no SSN, and a Polish postcode as Poland', () => {
    const voters = classifyRecords([
      { 'County Code': 'DAD', 'Voter ID': '123456789', 'Name Last': 'Smith', 'Name First': 'Ann', 'Residence Zipcode': '33101', Party: 'DEM' },
      { 'County Code': 'DAD', 'Voter ID': '223456788', 'Name Last': 'Jones', 'Name First': 'Bob', 'Residence Zipcode': '33101', Party: 'REP' },
    ]);
    expect(counts(voters)['government-id']).toBeUndefined();
    expect(voters.subjectCount).toBe(2);
    expect(classifyRecords([{ imie: 'Jan', nazwisko: 'Kowalski', email: 'jan@example.pl', kod_pocztowy: '00-950' }]).jurisdictions).toEqual(['PL']);
  });
});

describe('travel and hospitality (QA round 66)', () => {
  it('counts a booking\'s passengers one per row, its contact the adult passenger of their name (not a daughter of the same name)', () => {
    const row = (pax: string, type: string, dob: string) => ({ record_locator: '2XZCSR', booking_contact_name: 'Siobhan Murphy', booking_contact_email: 'siobhan.murphy@eircom.net', pax_name: pax, pax_type: type, date_of_birth: dob, doc_number: `P${dob.replace(/-/g, '')}` });
    const booking = classifyRecords([
      row('MURPHY/SIOBHAN MS', 'ADT', '1962-03-06'), row('MURPHY/CIARA MRS', 'ADT', '1990-08-09'),
      row('MURPHY/SIOBHAN MISS', 'CHD', '2016-05-24'), row('MURPHY/SIOBHAN MISS', 'CHD', '2015-07-25'),
    ], { asOf: new Date('2026-11-24T00:00:00Z') });
    expect(booking.subjectCount).toBe(4);
    expect(booking.children?.under13).toBe(2);
  });

  it('reads a German registration form\'s spouse and children as people of their own, their birth dates theirs', () => {
    const form = classifyRecords([{
      'Meldeschein-Nr': 'MS-1', Familienname: 'Weber', Vorname: 'Claudia', Geburtsdatum: '04.08.1957', 'E-Mail': 'claudia.weber@web.de',
      'Mitreisender Ehegatte/Lebenspartner': 'Stefan Weber', 'Geburtsdatum Ehegatte/Lebenspartner': '22.12.1956',
      'Kind 1 Name': 'Maximilian Weber', 'Kind 1 Geburtsdatum': '12.10.2018', 'Kind 2 Name': 'Anna Weber', 'Kind 2 Geburtsdatum': '17.08.2024',
    }], { asOf: new Date('2026-11-24T00:00:00Z') });
    expect(form.subjectCount).toBe(4);
    expect(form.children?.under13).toBe(2);
  });

  it('places each passenger of a booking\'s list by their own residence, and counts a lap infant nested in an adult\'s item as a person of their own', () => {
    const pnr = (locator: string, email: string, passengers: Array<{ name: string; [field: string]: unknown }>) => ({ recordLocator: locator, contact: { name: passengers[0]?.name, email }, passengers });
    const result = classifyRecords([
      pnr('VAMM42', 'olivia.evans@example.co.uk', [
        { name: 'EVANS/OLIVIA MRS', dob: '30AUG91', apis: { docNumber: '206004100', residence: 'GBR' } },
        { name: 'EVANS/ISLA MRS', dob: '26OCT95', apis: { docNumber: '108808724', residence: 'GBR' },
          infant: { name: 'EVANS/MIA MISS', dob: '13JAN25', apis: { docNumber: '108808725' } } },
      ]),
      pnr('7SRYWQ', 'noah.gagnon@example.ca', [{ name: 'GAGNON/NOAH MR', dob: '22MAY83', apis: { docNumber: 'DW903581', residence: 'CAN' } }]),
    ], { asOf: new Date('2026-11-24T00:00:00Z') });
    expect(result.subjectCount).toBe(4);
    expect(result.children?.under13).toBe(1);
    const placed = Object.fromEntries((result.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]));
    expect(placed.GB).toBeGreaterThanOrEqual(2);
    expect(placed.CA).toBe(1);
    expect(result.subjectsWithoutJurisdiction ?? 0).toBeLessThanOrEqual(1);
  });

  it('reads a PNR\'s form of payment as a card, and a Brazilian agency\'s companion (acompanhante) as a person of their own', () => {
    const pnr = classifyRecords([{ recordLocator: 'VAMM42', contact: { name: 'EVANS/OLIVIA MRS', email: 'olivia.evans@example.co.uk' }, fop: 'CCVI4111111111111111/0927' }], { asOf: AS_OF });
    expect(pnr.categories.find((c) => c.category === 'payment-card')?.subjects).toBe(1);
    const agency = classifyRecords([{ reserva: 'R1', nome: 'Ana Souza', email: 'ana.souza@example.com.br', cpf: '529.982.247-25', acompanhante_nome: 'Bruno Souza', acompanhante_data_nascimento: '2015-03-02', acompanhante_cpf: '111.444.777-35' }], { asOf: AS_OF });
    expect(agency.subjectCount).toBe(2);
    expect(agency.children?.under13).toBe(1);
  });

  it('reads a Dutch passport number with few digits, and a guest\'s walking frame or mobility scooter as health', () => {
    const guests = classifyRecords([
      { guest_id: 'G1', first_name: 'Sanne', last_name: 'de Vries', passport: { number: 'TRBXU2382', issuing_country: 'NLD' }, medical: { mobility: 'walking frame' } },
      { guest_id: 'G2', first_name: 'Daan', last_name: 'Bakker', passport: { number: 'KXAU8Z0X7', issuing_country: 'NLD' }, medical: { mobility: 'uses mobility scooter' } },
    ], { asOf: AS_OF });
    expect(guests.categories.find((c) => c.category === 'government-id')?.subjects).toBe(2);
    expect(guests.categories.find((c) => c.category === 'health')?.subjects).toBe(2);
  });

  it('counts a cruise manifest\'s guests, not its cabins: each cabin\'s guests[] are the records', async () => {
    const guest = (id: string, first: string, dob: string) => ({ guest_id: id, first_name: first, last_name: 'Roberts', date_of_birth: dob, passport: { number: `62670461${id.slice(1)}`, issuing_country: 'GBR' }, email: `${first.toLowerCase()}@example.co.uk` });
    const manifest = { voyage: 'NV2611-MED', ship: 'MS Northern Vista', cabins: [
      { cabin: '8032', category: 'Oceanview', guests: [guest('G1', 'Isla', '2002-08-17'), guest('G2', 'Grace', '1948-01-08')] },
      { cabin: '8034', category: 'Balcony', guests: [guest('G3', 'George', '2016-03-01'), guest('G4', 'Freya', '2018-05-02'), guest('G5', 'Tom', '1980-01-01')] },
    ] };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'breachclock-cruise-')), 'manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    const { classification } = await classifySource(file, { collectEmails: false, asOf: new Date('2026-11-24T00:00:00Z') });
    expect(classification.subjectCount).toBe(5);
    expect(counts(classification)['government-id']).toBe(5);
    expect(classification.children?.under13).toBe(2);
    // An order's line_items[] are its products, not people.
    const orders = path.join(path.dirname(file), 'orders.json');
    writeFileSync(orders, JSON.stringify({ orders: [{ order_id: 'O1', total: '20.00', line_items: [{ sku: 'BEA-001', name: 'Merino Wool Beanie' }] }] }));
    const read = (await classifySource(orders, { collectEmails: false })).classification;
    expect([read.recordsScanned, read.subjectCount]).toEqual([1, 0]);
  });

  it('places a Japanese address by the prefecture it starts with, and reads 旅券番号 as a passport number', () => {
    const guests = classifyRecords([
      { 氏名: '佐藤 翔太', 住所: '京都府京都市東山区祇園町3-2-13', 電話番号: '070-9963-2683', 旅券番号: '' },
      { 氏名: '中村 健一', 住所: '北海道札幌市中央区4-7-5', 電話番号: '090-4160-4203', 旅券番号: '' },
      { 氏名: 'Marie Dubois', 住所: '131 boulevard Voltaire, Paris', 電話番号: '+33 6 60 78 16 33', 旅券番号: '19AB12345' },
    ]);
    expect(inJurisdiction(guests, 'JP')?.subjects).toBe(2);
    expect(counts(guests)['government-id']).toBe(1);
    // An APIS record's country of residence.
    expect(classifyRecords([{ NAME: 'SMITH/JOHN', DOB: '1980-01-01', NAT: 'GBR', DOCNO: '123456789', RESCTRY: 'ARE' }]).jurisdictions).toEqual(['AE']);
  });

  it('places a Taiwanese or a Japanese address by the city, county or prefecture after its postcode (QA round 108: a Taiwanese clinic unplaced)', () => {
    const patients = classifyRecords([
      { 病歷號碼: '100001', 姓名: '曾怡君', 身分證字號: 'D275881977', 手機: '0960-915-283', 地址: '701臺南市東區民生路87號9樓' },
      { 病歷號碼: '100002', 姓名: '廖雅婷', 身分證字號: 'A123456789', 手機: '0921-695-344', 地址: '220新北市板橋區中山路一段161號' },
      { 病歷號碼: '100003', 姓名: '佐藤 翔太', 身分證字號: '', 手機: '070-9963-2683', 地址: '〒605-0073 京都府京都市東山区祇園町3-2-13' },
    ]);
    expect(Object.fromEntries((patients.jurisdictionCounts ?? []).map((entry) => [entry.jurisdiction, entry.subjects]))).toEqual({ TW: 2, JP: 1 });
    expect(patients.evidence.filter((entry) => entry.category === 'government-id').map((entry) => entry.detector)).toEqual(['tw-national-id']);
  });

  it('reads meal and assistance codes outside an SSR column, a visa form\'s health declaration and a Spanish report\'s means of payment', () => {
    const members = classifyRecords([
      { ff_number: 'FF1', name: 'Ann Byrne', email: 'a@example.com', meal_preference: 'MOML' },
      { ff_number: 'FF2', name: 'Ben Walsh', email: 'b@example.com', meal_preference: 'DBML' },
      { ff_number: 'FF3', name: 'Cara Doyle', email: 'c@example.com', special_assistance: 'WCHR' },
    ]);
    expect(counts(members)).toMatchObject({ 'special-category': 1, health: 2 });
    const visas = classifyRecords([
      { application_id: 'V1', name: 'Ana Ruiz', health_declaration: 'Yes - tuberculosis, treated 2019' },
      { application_id: 'V2', name: 'Luis Gil', health_declaration: 'No' },
    ]);
    expect(counts(visas).health).toBe(1);
    const report = classifyRecords([{ nombre: 'Ana', apellido1: 'Ruiz', medio_pago_tipo: 'TARJ', medio_pago_numero: '4532795422058796' }]);
    expect(counts(report)['payment-card']).toBe(1);
  });
});

describe('Canada, Australia and New Zealand (QA round 76)', () => {

  it('reads Indigenous status as racial or ethnic origin: Sentral\'s, Medical Director\'s ATSI, a club\'s question, Ontario\'s bilingual self-identification', () => {
    expect(subjects(people([{ 'Student Code': 'MURL026', Surname: 'Murphy', 'Given Name': 'Lucas', 'Indigenous Status': 'Torres Strait Islander but not Aboriginal origin' }]), 'special-category')).toBe(1);
    expect(subjects(people([{ 'First name': 'Darcy', Surname: 'Martin', 'Mobile phone': '0427 719 731', ATSI: 'Aboriginal' }]), 'special-category')).toBe(1);
    const club = people([
      { 'Registration ID': 'R1', 'Participant First Name': 'Mitchell', 'Participant Last Name': 'Morris', 'Do you identify as Aboriginal and/or Torres Strait Islander?': 'Yes - Aboriginal' },
      { 'Registration ID': 'R2', 'Participant First Name': 'Ella', 'Participant Last Name': 'Ng', 'Do you identify as Aboriginal and/or Torres Strait Islander?': 'No' },
    ]);
    expect(subjects(club, 'special-category')).toBe(1);
    const board = people([
      { 'NIS / OEN': '927-680-116', 'Nom légal / Legal Surname': 'Savard', 'Auto-identification autochtone / Indigenous Self-Identification': 'Métis' },
      { 'NIS / OEN': '608-627-881', 'Nom légal / Legal Surname': 'Roy', 'Auto-identification autochtone / Indigenous Self-Identification': 'Préfère ne pas répondre / Prefer not to answer' },
    ]);
    expect(subjects(board, 'special-category')).toBe(1);
  });

  it('places an Australian Region column\'s SA and NT in Australia, not Saudi Arabia', () => {
    const employee = (first: string, region: string, postcode: string) => ({ 'First Name': first, 'Last Name': 'Harris', Email: `${first.toLowerCase()}@example.com.au`, City: 'Town', Region: region, 'Postal Code': postcode, Country: '' });
    const payroll = people([employee('Cooper', 'NSW', '2576'), employee('Michelle', 'VIC', '3061'), employee('Ava', 'SA', '5000'), employee('Jack', 'NT', '0800'), employee('Mia', 'QLD', '4000')]);
    expect(payroll.jurisdictions).toEqual(['AU']);
    expect(payroll.subjectsWithoutJurisdiction ?? 0).toBe(0);
  });

  it('counts an NDIS plan_nominee, and a bilingual header\'s parents with their numbered emails and phones', () => {
    const ndis = people([{ participant_id: 'P-01023', first_name: 'Charlotte', last_name: 'Harris', date_of_birth: '2023-11-28', primary_disability: 'Down syndrome',
      plan_nominee: { name: 'William Harris', relationship: 'Father', phone: '+61 400 735 689', email: 'william.harris90@example.com' } }]);
    expect(ndis.subjectCount).toBe(2);
    expect(subjects(ndis, 'contact')).toBe(1);
    const pupil = (oen: string, first: string) => ({ 'NIS / OEN': oen, 'Nom légal / Legal Surname': 'Savard', 'Prénom légal / Legal Given Name': first, 'Date de naissance / Birth Date': '2018-06-16',
      'Parent/Tuteur 1 / Parent/Guardian 1': 'Sylvie Chen', 'Courriel 1 / Email 1': 'sylvie_chen@example.ca', 'Téléphone 1 / Phone 1': '705-625-6598',
      'Parent/Tuteur 2 / Parent/Guardian 2': 'Samuel Savard', 'Courriel 2 / Email 2': 'samuel.savard@example.ca', 'Téléphone 2 / Phone 2': '705-908-8107', 'Code postal / Postal Code': 'N4J 7V6' });
    const board = people([pupil('927-680-116', 'Jessica'), pupil('608-627-881', 'Marc')]);
    expect(board.subjectCount).toBe(4);
    expect(subjects(board, 'contact')).toBe(4);
  });

  it('reads a MYOB card file\'s continued labels, a New Zealand IRD number, and no Québec company as a person', async () => {
    const cards = 'Co./Last Name\tFirst Name\tCard ID\tAddr 1 - Line 1\t           - City\t           - State\t           - Postcode\t           - Country\t           - Email\n'
      + 'Khan\tMason\t*None\tUnit 13/244 Station St\tDubbo\tNSW\t2364\tAustralia\tmason@example.net.au\n'
      + 'Ngata\tAroha\t*None\t12 Queen St\tAuckland\t\t1010\tNew Zealand\taroha@example.co.nz\n';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'myob-')), 'cards.txt');
    writeFileSync(file, cards);
    const read = (await classifySource(file, { collectEmails: false, asOf })).classification;
    expect(subjects(read, 'identity')).toBe(2);
    expect(read.jurisdictions).toEqual(['AU', 'NZ']);
    const ird = people([{ 'Employee Code': 'E1', Name: 'Aroha Ngata', 'IRD Number': '49-091-850', Country: 'New Zealand' }, { 'Employee Code': 'E2', Name: 'Tama Hohaia', 'IRD Number': '136410133', Country: 'New Zealand' }]);
    expect(subjects(ird, 'government-id')).toBe(1);
    expect(people([{ 'Account No': '3001200546', 'Last Name': 'Clinique vétérinaire Robichaud Ltée', Email: 'info@example.ca' },
      { 'Account No': '3001200182', 'Last Name': 'Boulangerie Taylor S.E.N.C.', Email: 'info@example.com' }]).subjectCount).toBe(0);
  });
});

describe('Nordic, Baltic and Central European exports (QA round 75)', () => {

  it('reads diagnoses under Nordic names, a Hungarian Cím as an address, and passwords under Nordic names', () => {
    expect(subjects(people([{ Fornavn: 'Valdemar', Efternavn: 'Petersen', Postnr: '8000', 'Diagnoser (ICD-10)': 'E11.9 Type 2-diabetes' }]), 'health')).toBe(1);
    expect(subjects(people([{ Potilas: 'Aino Virtanen', Diagnoosi: 'J45.9 Astma' }]), 'health')).toBe(1);
    const shop = people([{ Név: 'Kovács Anna', 'E-mail': 'anna@example.hu', Cím: 'Budapest, Fő utca 12.', 'Szállítási cím': 'Budapest, Fő utca 12.' }]);
    expect(subjects(shop, 'health')).toBeUndefined();
    expect(subjects(shop, 'identity')).toBe(1);
    for (const column of ['Lösenord', 'Passord', 'Adgangskode', 'Salasana']) {
      expect(people([{ Medlemsnr: '70000', Namn: 'Karin Sjöberg', [column]: 'Hejsan12358' }]).credentials?.plain).toBe(1);
    }
  });

  it('keys a personnummer or a CPR number however it is written', () => {
    const visits = people([
      { Datum: '2026-03-01', Personnummer: '19850312-1793', Patient: 'Eriksson, Maja' },
      { Datum: '2026-04-01', Personnummer: '850312-1793', Patient: 'Eriksson, Maja' },
      { Datum: '2026-05-01', Personnummer: '198503121793', Patient: 'Eriksson, Maja' },
    ]);
    expect(visits.subjectCount).toBe(1);
    expect(people([{ Dato: '2026-03-01', 'CPR-nr.': '200681-0809', Navn: 'Valdemar Petersen' }, { Dato: '2026-05-01', 'CPR-nr.': '2006810809', Navn: 'Valdemar Petersen' }]).subjectCount).toBe(1);
  });

  it('counts a Swedish next of kin, a Librus pupil\'s two parents with their genitive columns, and places a junior where the guardian\'s phone does', () => {
    expect(people([{ 'Brukar-id': 'B0', Namn: 'Freja Larsson', Telefon: '+46 470 25 66 38', 'Anhörig namn': 'Eva Lundberg', 'Anhörig relation': 'Dotter', 'Anhörig telefon': '+46 79 974 96 41' }]).subjectCount).toBe(2);
    const librus = people([{ Uczeń: 'Franciszek Piotrowski', PESEL: '12222981755', Klasa: '8a', 'Kod pocztowy': '61-001', Miejscowość: 'Poznań',
      'Rodzic/opiekun 1': 'Katarzyna Piotrowska', 'E-mail rodzica 1': 'katarzyna.p@example.pl', 'Telefon rodzica 1': '721 287 011',
      'Rodzic/opiekun 2': 'Aleksander Piotrowski', 'E-mail rodzica 2': 'aleksander.p@example.pl', 'Telefon rodzica 2': '502 106 184' }]);
    expect(librus.subjectCount).toBe(3);
    expect(subjects(librus, 'identity')).toBe(3);
    const club = people([{ Medlemsnr: '70000', Förnamn: 'Karin', Efternamn: 'Sjöberg', Personnummer: '200205-8960', Målsman: 'Ingrid Sjöberg', 'Målsman e-post': 'ingrid@example.se', 'Målsman mobil': '+46 073-694 98 98' }]);
    expect(club.jurisdictions).toEqual(['SE']);
    expect(club.subjectsWithoutJurisdiction ?? 0).toBe(0);
  });

  it('reads a Latvian register\'s parents, a Czech insurer\'s Stát and address, a Hungarian practice\'s names and dates, and a Swedish Lön', () => {
    const eklase = people([{ 'Personas kods': '050613-22664', Vārds: 'Līga', Uzvārds: 'Krūmiņa', 'Dzimšanas datums': '05.06.2013', Klase: '7.b',
      'Vecāks/aizbildnis': 'Sofija Krūmiņa', 'Vecāka e-pasts': 'sofija.k@example.lv', 'Vecāka tālrunis': '+371 2801 1710' }]);
    expect(eklase.subjectCount).toBe(2);
    expect(eklase.children).toMatchObject({ under13: 0, under16: 1 });
    expect(eklase.jurisdictions).toEqual(['LV']);
    expect(eklase.subjectsWithoutJurisdiction ?? 0).toBe(0);
    const vzp = people([{ 'Rodné číslo': '370117/390', Jméno: 'Martin', Příjmení: 'Jelínek', Ulice: 'Nádražní 8', PSČ: '602 00', Obec: 'Brno', Stát: 'Česká republika' },
      { 'Rodné číslo': '370117/391', Jméno: 'Jana', Příjmení: 'Nováková', Ulice: 'Hlavná 3', PSČ: '811 01', Obec: 'Bratislava', Stát: 'Slovenská republika' }]);
    expect(vzp.jurisdictions).toEqual(['CZ', 'SK']);
    expect(subjects(vzp, 'contact')).toBe(2);
    const gp = people([{ Név: 'Kovács Anna', 'TAJ szám': '123 456 788', 'Születési dátum': '2015.03.01.', 'Irányítószám': '1051', Város: 'Budapest' }]);
    expect(subjects(gp, 'identity')).toBe(1);
    expect(gp.children?.under13).toBe(1);
    const pay = people([{ Anställningsnr: '1', Namn: 'Karin Sjöberg', Lön: '38500' }]);
    expect(subjects(pay, 'financial')).toBe(1);
    expect(subjects(pay, 'location')).toBeUndefined();
  });

  it('checks Baltic personal codes and Romanian CNPs, with their birth dates, and reads Țara as the country', () => {
    const kyc = people([
      { customer_id: 'C0', first_name: 'Kristiina', last_name: 'Koppel', country: 'EE', isikukood: '48405301333' },
      { customer_id: 'C1', first_name: 'Mart', last_name: 'Tamm', country: 'EE', personalCode: '37605030299' },
      { customer_id: 'C2', first_name: 'Jaan', last_name: 'Kask', country: 'EE', personal_code: '37605030298' },
    ]);
    expect(subjects(kyc, 'government-id')).toBe(2);
    const telco = people([{ 'Cod client': 'RO-3000001', Nume: 'Pop', Prenume: 'Georgiana', CNP: '1800101221144', Țara: 'România', Email: 'g.pop@example.ro' },
      { 'Cod client': 'RO-3000002', Nume: 'Ionescu', Prenume: 'Ana', CNP: '6150304410014', Țara: 'România', Email: 'a.ionescu@example.ro' }]);
    expect(telco.jurisdictions).toEqual(['RO']);
    // 1800101221144 reads as a South African number born 2018; as a CNP it is born 1980. 6150304410014: born 2015.
    expect(telco.children).toMatchObject({ under13: 1, withBirthDate: 2 });
  });
});

describe('games, children\'s apps and platforms (QA round 77)', () => {

  it('counts a family plan\'s kids\' profiles by their birth year, not the payer, and no vault token as a credential', () => {
    const plan = people([{ accountId: 'acc_1', owner: { firstName: 'Megan', lastName: 'Clark', email: 'megan.clark@example.com', billingAddress: { city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' } },
      payment: { brand: 'visa', last4: '4242', paymentMethodToken: 'pm_1Q2w3E4r5T6y7U8i9O0pAbCd' },
      profiles: [{ profileId: 'p10', name: 'Megan', isKids: false, primary: true }, { profileId: 'p11', name: 'Dino', isKids: true, birthYear: 2017 }, { profileId: 'p12', name: 'Lulu', isKids: true, birthYear: 2019 }] }]);
    expect(plan.subjectCount).toBe(3);
    expect(plan.children).toMatchObject({ under13: 2, under16: 2 });
    expect(plan.credentials).toBeUndefined();
    // Two families' kids' profiles of one nickname are two children.
    const account = (id: string, email: string, city: string) => ({ accountId: id, owner: { firstName: 'Ann', lastName: id, email, billingAddress: { line1: `${id} Oak St`, city, country: 'US' } },
      profiles: [{ profileId: `${id}p`, name: 'Dino', isKids: true, birthYear: 2017 }] });
    expect(people([account('a1', 'a1@example.com', 'Austin'), account('a2', 'a2@example.com', 'Denver')]).subjectCount).toBe(4);
    // A toy's children[] with a birth year and month.
    const toy = people([{ userId: 'usr_1', email: 'megan@example.com', firstName: 'Megan', lastName: 'Clark', country: 'US', children: [{ childId: 'ch_1', nickname: 'Bear', birthMonth: 3, birthYear: 2018 }] }]);
    expect(toy.children?.under13).toBe(1);
  });

  it('reads a Dutch kids\' app\'s subscriptions: the parent pays, each child (naam_kind) is a person', () => {
    const row = (child: string, dob: string) => ({ klantnummer: 'K1', naam_ouder: 'Sophie Dekker', email_ouder: 'sophie@example.nl', postcode: '2312 AB', iban: 'NL16INGB3739390860', naam_kind: child, geboortedatum_kind: dob });
    const subscriptions = people([row('Yasmina', '05-11-2016'), row('Daan', '12-03-2019')]);
    expect(subscriptions.subjectCount).toBe(3);
    expect(subscriptions.children?.under13).toBe(2);
    expect(subjects(subscriptions, 'financial')).toBe(1);
    // A junior savings account is the child's own, its IBAN theirs.
    const junior = people([{ account_id: 'JR00000', child_first_name: 'Ruben', child_last_name: 'de Boer', child_birth_date: '08-02-2011', guardian_name: 'Sem de Boer',
      guardian_email: 'sem@example.nl', guardian_phone: '+31 6 61811344', iban: 'NL84RABO8176699582', postcode: '2558 CZ', city: 'Den Haag', country: 'NL' }]);
    expect(junior.subjectCount).toBe(2);
    expect(subjects(junior, 'financial')).toBe(1);
    expect(subjects(junior, 'contact')).toBe(2);
  });

  it('reads Steam\'s player summaries, a Korean legal representative, a Japanese guardian\'s contact', () => {
    const steam = people([{ steamid: '76561198172855618', personaname: 'MegaDude7380', realname: 'Rayan Gauthier', loccountrycode: 'FR', locstatecode: '', email: 'rayan@example.fr' },
      { steamid: '76561190448284733', personaname: 'LuckyMaster', realname: 'Chris Johnson', loccountrycode: 'US', locstatecode: 'GA', email: 'chris@example.com' }]);
    expect(steam.jurisdictions).toEqual(['FR', 'US', 'US-GA']);
    expect(subjects(steam, 'identity')).toBe(2);
    const kr = people([{ 회원번호: '200000', 이름: '신정호', 생년월일: '2016-07-29', 휴대폰: '010-9741-7255', 법정대리인_이름: '신준서', 법정대리인_휴대폰: '010-8701-6445', 법정대리인_관계: '부' }]);
    expect(kr.subjectCount).toBe(2);
    const jp = people([{ 会員ID: 'M0000001', 氏名: '清水 詩', 生年月日: '2015/04/02', 電話番号: '090-7296-4254', 保護者氏名: '清水 恵', 保護者連絡先: '080-1234-5678' }]);
    expect(subjects(jp, 'contact')).toBe(2);
  });

  it('counts a moderation report\'s users by their ids, and a Discord export\'s messages as communications from handles', () => {
    const report = (id: string, reporter: string, reported: string) => ({ report_id: id, reporter_user_id: reporter, reporter_username: `${reporter}_tag`, reported_user_id: reported, reported_username: `${reported}_tag`, reason: 'scam', message_text: 'trade me first' });
    expect(people([report('RPT-1', 'u_a06', 'u_713'), report('RPT-2', 'u_a06', 'u_713'), report('RPT-3', 'u_713', 'u_c4d')]).subjectCount).toBe(3);
    const message = (id: string, authorId: string, name: string, nickname: string, content: string) => ({ id, type: 'Default', content, author: { id: authorId, name, nickname, isBot: false } });
    const chat = people([message('1', '301', 'emma.gg', 'ShadowFox', 'anyone up for ranked?'), message('2', '302', 'lukas_99', 'IronBear5055', 'gg that was close')]);
    expect(chat.subjectCount).toBe(2);
    expect(subjects(chat, 'communications')).toBe(2);
    // The author's name is a handle; their nickname on a server is often a first name ("Adam W"), read as one.
    expect(subjects(chat, 'online-identifier')).toBe(2);
  });

  it("counts a B2B store's company customers by their own mailboxes, not as the company, whose tax number is no one's (QA round 100)", async () => {
    const companies = await csvPeople('companies.csv', [
      'Name,External ID,Location: Name,Location: Phone,Location: Tax ID,Customer: Email,Customer: Location Role',
      'Sterling Florist Ltd.,CMP-1000,Orlando Store,+14074441713,98-5439035,susan.wright@sterlingflorist.com,Location admin',
      'Sterling Florist Ltd.,CMP-1000,Orlando Store,+14074441713,98-5439035,purchasing@sterlingflorist.com,Ordering only',
      'Sterling Florist Ltd.,CMP-1000,Seattle Store,+12065550188,,k.okafor@sterlingflorist.com,Ordering only',
    ]);
    // Susan and K. Okafor (was none: every row the company's); purchasing@ is a role's mailbox.
    expect(companies.subjectCount).toBe(2);
    expect(counts(companies)).toEqual({ contact: 2 });
  });

  it("reads a Rakuten RMS order export's header, whose notes hold a colon and an equals sign (QA round 102: emails only)", async () => {
    const orders = await csvPeople('rms.csv', [
      '"受注番号","ギフトチェック（0:なし/1:あり）","消費税(-99999=無効値)","注文者住所：都道府県","注文者名字","注文者名前","メールアドレス","注文者誕生日"',
      '"367781-20261101-00001","0","120","東京都","佐藤","花子","hanako.sato@example.jp","1985/04/02"',
      '"367781-20261101-00002","1","80","大阪府","鈴木","一郎","ichiro.suzuki@example.jp","2016/07/15"',
    ]);
    expect(counts(orders)).toMatchObject({ contact: 2, identity: 2 });
    expect(orders.children).toMatchObject({ under13: 1 });
  });

  it("keys a KYC provider's applicants by the client's id for them, not the client's own id, and reads their documents' numbers (QA round 102)", () => {
    const applicant = (id: string, external: string, email: string, first: string, number: string) => ({ id, clientId: 'cryptox.eu', externalUserId: external, email,
      info: { firstName: first, lastName: 'Ruiz', dob: '1981-07-28', country: 'ESP', idDocs: [{ idDocType: 'ID_CARD', country: 'ESP', number, validUntil: '2033-12-13' }] } });
    const applicants = people([applicant('c25', 'cx-6799754', 'manuel.ruiz@example.org', 'Manuel', '29229216B'), applicant('c26', 'cx-6799755', 'ana.ruiz@example.org', 'Ana', '50301962Z')]);
    // Was one: every applicant's "clientId" is the exchange's.
    expect(applicants.subjectCount).toBe(2);
    expect(subjects(applicants, 'government-id')).toBe(2);
  });

  it("reads a Mercado Libre sales report under its titles and section row, its buyers by name and CPF (QA round 102: no personal data)", async () => {
    const report = await csvPeople('vendas.csv', [
      'Vendas', 'Relatório gerado em 24 de novembro de 2026 18:03 hs.', '',
      'Vendas,,,Anúncios,,Compradores,,,,,,,,',
      'N.º de venda,Data da venda,Estado,SKU,Título do anúncio,Dados pessoais ou da empresa,Tipo e número do documento,Tipo de contribuinte,Comprador,CPF,Cidade,Estado,CEP,País',
      '2000012345678,20 de novembro de 2026,Entregue,SKU1,Capa iPhone 15,Marcos Barbosa,CPF 519.340.191-00,Pessoa Física,Marcos Barbosa,519.340.191-00,Curitiba,PR,80010-000,Brasil',
      '2000012345679,21 de novembro de 2026,Entregue,SKU2,Fone JBL,Rafael Gomes,CPF 901.547.511-38,Pessoa Física,Rafael Gomes,901.547.511-38,Salvador,BA,40010-000,Brasil',
    ]);
    expect(counts(report)).toEqual({ identity: 2, contact: 2, 'government-id': 2 });
    expect(report.jurisdictions).toEqual(['BR']);
  });

  it("reads a returned article's condition as no one's health and a product's variation as no one's name (QA round 102)", async () => {
    const returns = await csvPeople('returns.csv', [
      'Return Date;Order Number;Customer Number;Customer Name;Shipping Zip;Shipping Country;Article Number;EAN;Article Name;Return Reason;Condition',
      '22.09.2026;101021635265381;6539376166;Gabriel Morel;13009;FR;TO121U0-A11;4847893895984;Tommy Hilfiger Wool Coat;Do not like it;A - new',
      '06.08.2026;101011475270209;7238529215;Alessandro Mancini;20149;IT;LE222G0-K11;4843623762437;Levi Jeans;Does not look as expected;C - damaged',
    ]);
    expect(counts(returns)).toEqual({ contact: 2, identity: 2 });
    const orders = await csvPeople('orders.csv', ['Order ID,Product Name,Variation Name,Username (Buyer),Receiver Name,Phone Number',
      '260508G9ATLYE3,Phone Case iPhone 15,White,kelvin_luv1114,Kelvin Goh Li Pei,6592747393', '260508G9ATLYE4,Phone Case iPhone 15,Black,kelvin_luv1114,Kelvin Goh Li Pei,6592747393']);
    expect(orders.subjectCount).toBe(1);
  });

  it("counts a direct debit's bank account holder of another name as a person of their own, with the account (QA round 103)", async () => {
    const customers = await csvPeople('energy.csv', [
      'Account Number,First Name,Last Name,Email,Payment Method,Bank Account Name,Sort Code,Bank Account Number',
      'A-1000,Hannah,King,hannah.king@example.org,Direct Debit,HANNAH KING,20-10-33,67278642',
      'A-1001,Chidi,Brown,chidi.brown@example.org,Direct Debit,MX C BROWN,20-11-33,80354409',
      'A-1002,Lily,Wilson,lily.wilson@example.org,Direct Debit,MRS EMILY JOHNSON,20-12-33,98928078',
    ]);
    // Three customers and Emily Johnson, whose account pays Lily's bill (was three, the account Lily's).
    expect(customers.subjectCount).toBe(4);
    expect(subjects(customers, 'financial')).toBe(3);
  });

  it("reads a disabled person's travel concession and a Dutch energy customer's medical need as health, a driving record's offences as criminal (QA round 103)", async () => {
    const oyster = await csvPeople('oyster.csv', ['Customer ID,First Name,Last Name,Concession', '500000,Oliver,Clarke,Freedom Pass (Disabled)',
      '500001,Amelia,Hughes,Disabled Persons Railcard', '500002,Jack,Hughes,Student']);
    expect(subjects(oyster, 'health')).toBe(2);
    const energie = await csvPeople('klanten.csv', ['Klantnummer;Voornaam;Achternaam;Medische indicatie;Toelichting medisch', '30000000;Anna;Vos;Ja;Thuisbeademing',
      '30000001;Noor;Hendriks;Nee;']);
    expect(subjects(energie, 'health')).toBe(1);
    const mvr = await csvPeople('members.csv', ['member_id,first_name,last_name,mvr_violations', 'M7000001,Brian,Davis,RECKLESS DRIVING (2022-03-02)',
      'M7000002,Aaron,Sanchez,DRIVING WHILE LICENSE SUSPENDED (2023-01-11)', 'M7000003,Tara,Lee,HIT AND RUN (2020-05-30)', 'M7000004,Mia,Ortiz,']);
    expect(subjects(mvr, 'criminal')).toBe(3);
  });

  it("keys an OV-chipkaart travel history by its card number, which is no payment card (QA round 103: namesakes one, JCB cards)", async () => {
    const history = await csvPeople('reishistorie.csv', [
      'Datum;Check-in;Vertrek;Check-uit;Bestemming;Bedrag;Transactie;Klasse;Product;Opmerkingen;Naam;Kaartnummer',
      '01-10-2026;08:00;Utrecht Centraal;08:30;Amsterdam Centraal;8,90;Check-uit;2;;;S. Bakker;3528 7744 6834 4681',
      '02-10-2026;08:00;Utrecht Centraal;08:30;Amsterdam Centraal;8,90;Check-uit;2;;;S. Bakker;3528 7744 6834 4681',
      '01-10-2026;08:01;Utrecht Centraal;08:31;Amsterdam Centraal;8,90;Check-uit;2;;;S. Bakker;3528 1287 9361 8485',
    ]);
    expect(history.subjectCount).toBe(2);
    expect(counts(history)).toEqual({ identity: 2 });
  });

  it("counts EV charging sessions' drivers by their tokens, a roaming driver too, and reads a CDR's id as no communications (QA round 103)", async () => {
    const cdrs = await csvPeople('ev_cdrs.csv', [
      'CDR ID,Start Date Time,Token UID,Token Type,Contract ID,Driver Name,Driver Email,Total Energy (kWh)',
      'CDR000000000,2026-10-01T08:00:00Z,04A1B2C3D4E500,RFID,NL-TNM-C12345670-X,Daan Jansen,daan@example.org,22.500',
      'CDR000000001,2026-10-02T08:00:00Z,04A1B2C3D4E501,RFID,DE-8EO-C00000001-3,,,14.100',
      'CDR000000002,2026-10-03T08:00:00Z,04A1B2C3D4E502,RFID,FR-ABC-C00000002-7,,,9.800',
      'CDR000000003,2026-10-04T08:00:00Z,04A1B2C3D4E500,RFID,NL-TNM-C12345670-X,Daan Jansen,daan@example.org,11.000',
    ]);
    // Daan and two roaming drivers known by their tokens alone (was two: the roaming drivers one person).
    expect(cdrs.subjectCount).toBe(3);
    expect(counts(cdrs)).toEqual({ contact: 1, identity: 1 });
  });

  it("counts a doorbell's shared users, listed by their addresses, as people of their own, not as its key (QA round 103)", async () => {
    const events = await csvPeople('ring_events.csv', [
      'event_id,kind,location_address,owner_id,owner_name,owner_email,shared_user_emails,answered_by',
      '9000,ding,"100 Maple St, Austin, TX 78704",51279955,Michael Lopez,michael.lopez@example.org,shared.a0@example.org;shared.b0@example.org,shared.a0@example.org',
      '9001,motion,"100 Maple St, Austin, TX 78704",51279955,Michael Lopez,michael.lopez@example.org,shared.a0@example.org;shared.b0@example.org,',
      '9002,ding,"9337 Main St, Seattle, WA 98170",85039989,Richard Okafor,richard.okafor@example.org,,richard.okafor@example.org',
    ]);
    // Two owners and two shared users (was two: the shared users' list keyed the rows).
    expect(events.subjectCount).toBe(4);
    expect(counts(events)).toEqual({ contact: 4, identity: 2 });
  });

  it("counts a food delivery's rider as its courier, a person of their own, and its restaurant as no one (QA round 103)", () => {
    const order = (id: string, customer: number, first: string, email: string, rider: number, riderName: string, riderPhone: string) => ({ order_id: id,
      customer: { id: customer, first_name: first, last_name: 'Mensah', email, phone: '+44 7985 295695' },
      delivery_address: { line1: '78 Windsor Close', city: 'London', postcode: 'SE15 2GT', country: 'GB' },
      restaurant: { id: 9, name: 'Wagamama Leeds', phone: '0113 243 9999' }, rider: { id: rider, name: riderName, phone: riderPhone, vehicle: 'bicycle' } });
    const orders = people([order('gb:0', 100, 'Yusuf', 'yusuf@example.org', 500, 'Kwame Boateng', '07911 223344'),
      order('gb:1', 101, 'Ama', 'ama@example.org', 500, 'Kwame Boateng', '07911 223344'), order('gb:2', 102, 'Kofi', 'kofi@example.org', 501, 'Chidi Okafor', '07822 114455')]);
    // Three customers and two couriers (was three: the couriers' names on their customers' records).
    expect(orders.subjectCount).toBe(5);
    // A ride's rider is its own person, its driver the other.
    const rides = people([{ trip_id: 't1', rider: { id: 'r1', name: 'Yusuf Mensah', phone: '+44 7985 295695' }, driver: { id: 'd1', name: 'Chidi Okafor', phone: '07822 114455' } }]);
    expect(rides.subjectCount).toBe(2);
  });

  it("gives a connected car's trip, its coordinates and route, to its one driver (QA round 103: no location)", () => {
    const trip = (id: string, name: string, email: string, lat: number) => ({ vin: 'WBA9YNRK4N8365496', tripId: id, driver: { displayName: name, email },
      startLocation: { latitude: lat, longitude: 8.69116 }, endLocation: { latitude: 50.11121, longitude: 8.70726 }, route: [[lat, 8.69116], [50.11121, 8.70726]] });
    const trips = people([trip('t1', 'Stefan Schmidt', 'stefan@example.org', 50.13527), trip('t2', 'Anna Weber', 'anna@example.org', 50.12345)]);
    expect(counts(trips)).toEqual({ contact: 2, identity: 2, location: 2 });
  });

  it("counts a subscriber who is the other party of calls to their own number once (QA round 100: 558 people for 417)", async () => {
    const cdrs = await csvPeople('cdr.csv', [
      'record_type,served_imsi,served_imei,served_msisdn,other_party_msisdn,duration_s,cell_lat,cell_lon',
      'MOC,262011234567801,353911100000007,4915123456781,4917112345678,64,52.520812,13.409421',
      'MOC,262011234567802,353325090000001,4917112345678,4915123456781,64,52.520812,13.409421',
      'MOC,262011234567801,353911100000007,4915123456781,33612345678,12,52.520812,13.409421',
    ]);
    // The two subscribers and the French number they called.
    expect(cdrs.subjectCount).toBe(3);
  });

  it("counts an in-app purchase ledger's players by their ids, its store (APPLE, GOOGLE) no company whose records they are (QA round 100)", async () => {
    const ledger = await csvPeople('iap_ledger.csv', [
      'ledger_id,player_id,store,product_id,price_usd,buyer_email,billing_country,client_ip',
      '500001,p_3f9a2c71be04,APPLE,com.starforge.gems_550,4.99,,US,73.158.44.201',
      '500002,p_3f9a2c71be04,APPLE,com.starforge.pass_s14,9.99,,US,73.158.44.201',
      '500003,p_81cd0e5a7f22,GOOGLE,com.starforge.gems_100,1.05,,DE,87.123.45.67',
      '500004,p_c04b77e91d3a,WEB,com.starforge.skin,18.90,oliver.hughes@example.org,GB,81.2.69.160',
    ]);
    // Was one: the web buyer with an email.
    expect(ledger.subjectCount).toBe(3);
    expect(subjects(ledger, 'online-identifier')).toBe(3);
  });

  it("gives an abuse report's quoted message to the reported user and its comment to the reporter, by their ids alone (QA round 100)", async () => {
    const queue = await csvPeople('report_queue.csv', [
      'report_id,created_at,reporter_user_id,reported_user_id,reason,reporter_comment,message_excerpt,moderator,action_taken',
      'TS-1,2026-10-01T10:00:00Z,1012345678,1098765432,Harassment,he keeps messaging after I blocked him,"you\'re ugly anyway",ts_agent_041,warning',
      'TS-2,2026-10-02T10:00:00Z,1023456789,1098765432,Scam,asked for money,send me $200 and call me on (213) 555-0147 ... (312) 641-2279,ts_agent_077,ban',
      'TS-3,2026-10-03T10:00:00Z,1012345678,1034567890,Inappropriate messages,why won\'t he stop,hey beautiful why won\'t you answer,ts_agent_041,no_violation',
    ]);
    // Two reporters and two reported users (was one person: the row with a phone number); the number is its writer's.
    expect(queue.subjectCount).toBe(4);
    expect(counts(queue)).toEqual({ communications: 4, contact: 1 });
    const log = people([
      { report_id: 'R-1', reporter_user_id: 'u100', reported_user_id: 'u555', message: { sender_id: 'u555', text: 'kys noob' }, reporter_comment: 'keeps spamming', moderator: 'mod_kelsey' },
      { report_id: 'R-2', reporter_user_id: 'u101', reported_user_id: 'u555', message: { sender_id: 'u555', text: 'go back to your country' }, reporter_comment: 'racist', moderator: 'mod_kelsey' },
    ]);
    expect(log.subjectCount).toBe(3);
  });
});

describe('law firms, notaries, debt collection and KYC (QA round 78)', () => {

  it('reads a French notary\'s deeds with each party after the field, the buyer\'s spouse placed with the buyer, and no SCI as a person', () => {
    const deed = (n: string, seller: string, sellerFirst: string) => ({ numero_acte: n, nom_vendeur: seller, prenom_vendeur: sellerFirst, date_naissance_vendeur: sellerFirst ? '12/03/1967' : '',
      adresse_vendeur: '81 place du Marché', code_postal_vendeur: '24000', ville_vendeur: 'Périgueux', nom_acquereur: 'BROWN', prenom_acquereur: `Lily${n}`, date_naissance_acquereur: '05/08/1962',
      adresse_acquereur: '27 Victoria Road', code_postal_acquereur: 'N16 3HG', ville_acquereur: 'London', pays_acquereur: 'Royaume-Uni',
      nom_conjoint_acquereur: 'BROWN', prenom_conjoint_acquereur: `Tom${n}`, date_naissance_conjoint_acquereur: '01/02/1960' });
    const deeds = people([deed('1', 'BERNARD', 'Margaux'), deed('2', 'SCI Les Tilleuls', '')]);
    expect(deeds.subjectCount).toBe(5);
    expect(inJurisdiction(deeds, 'GB')?.subjects).toBe(4);
    expect(inJurisdiction(deeds, 'FR')?.subjects).toBe(1);
  });

  it('reads a SAR\'s typology and related parties, a screening\'s adverse media, a legal aid charge as criminal data', () => {
    const sar = people([{ case_id: 'SAR-1', typology: 'Structuring / smurfing', subject: { full_name: 'Callum Hill', date_of_birth: '1995-11-06', address: { city: 'Cardiff', postcode: 'CF10 2NA', country: 'United Kingdom' } },
      related_parties: [{ full_name: 'Zeynep Demir', relationship: 'Joint account holder', country: 'Turkey' }] }]);
    expect(sar.subjectCount).toBe(2);
    expect(subjects(sar, 'criminal')).toBeGreaterThanOrEqual(1);
    expect(subjects(people([{ caseId: 'C1', name: 'Elif Koç', dateOfBirth: '1989-11-17', results: [{ adverseMediaCategories: ['Bribery and Corruption'] }] }]), 'criminal')).toBe(1);
    const aid = people([{ 'Application No': 'LA1', 'Applicant Surname': 'Walsh', 'Applicant Forename': 'Niall', 'Charge / Matter': 'Theft – s.4 Criminal Justice (Theft and Fraud Offences) Act 2001' },
      { 'Application No': 'LA2', 'Applicant Surname': 'Daly', 'Applicant Forename': 'Saoirse', 'Charge / Matter': 'Assault causing harm – s.3 NFOAP Act 1997' },
      { 'Application No': 'LA3', 'Applicant Surname': 'Quinn', 'Applicant Forename': 'Eimear', 'Charge / Matter': 'Judicial separation' }]);
    expect(subjects(aid, 'criminal')).toBe(2);
  });

  it('counts an immigration file\'s partner and children, a debt\'s co-debtors and references, and no Firma debtor', () => {
    const dossier = people([{ Dossiernr: 'D500000', Achternaam: 'Kara', Voornamen: 'Ali', Geboortedatum: '25-08-2000', Postcode: '1054 GM', Woonplaats: 'Amsterdam',
      'Partner achternaam': 'Kara', 'Partner voornamen': 'Murat', 'Partner geboortedatum': '04-11-1997', 'Kind 1 voornamen': 'Elif', 'Kind 1 geboortedatum': '02-03-2020' }]);
    expect(dossier.subjectCount).toBe(3);
    expect(dossier.children?.under13).toBe(1);
    const akte = (n: string, anrede: string, first: string) => ({ Aktenzeichen: n, 'Schuldner Anrede': anrede, 'Schuldner Vorname': first, 'Schuldner Nachname': 'Peters',
      'Schuldner E-Mail': `${n}@example.de`, 'Mitschuldner Vorname': anrede === 'Firma' ? '' : 'Jan', 'Mitschuldner Nachname': anrede === 'Firma' ? '' : 'Peters' });
    expect(people([akte('MB-1', 'Frau', 'Franziska'), akte('MB-2', 'Firma', 'Peters Bau')]).subjectCount).toBe(2);
    const sold = people([{ account_id: 'DB-1', debtor: { first_name: 'Robert', last_name: 'White', address: { state: 'CA', zip: '90077' } }, employer: { name: 'Kaiser Permanente', state: 'TX' },
      references: [{ name: 'Daniel Johnson', relationship: 'Spouse', phone: '312-447-9043' }] }]);
    expect(sold.subjectCount).toBe(2);
    expect(inJurisdiction(sold, 'US-TX')).toBeUndefined();
  });

  it('places a debtor by their own state, not their employer\'s or the judgment\'s, and reads a charge-off as financial', () => {
    const placement = people([{ ACCT_NUM: '8205244358', CONSUMER_FIRST: 'Lisa', CONSUMER_LAST: 'Taylor', CITY: 'Worcester', STATE: 'MA', ZIP: '02169', CHARGEOFF_AMT: '4637.25', CURRENT_BAL: '18770.63',
      EMPLOYER: 'Walmart Inc', EMPLOYER_CITY: 'Seattle', EMPLOYER_STATE: 'WA', JUDGMENT_COUNTY: 'Harris', JUDGMENT_STATE: 'IL' }]);
    expect(placement.jurisdictions).toEqual(['US', 'US-MA']);
    expect(subjects(placement, 'financial')).toBe(1);
  });

  it('counts no corporate owner, no contact of type Company and no matter\'s title, and places a matter\'s children and spouse with the client', () => {
    const owner = (type: string, name: string, residence: string) => ({ entity_name: 'Hanse Trading GmbH', entity_reg_no: '02563893', ubo_type: type, ubo_full_name: name, ubo_country_of_residence: residence, ownership_pct: '41' });
    const register = people([owner('CORPORATE', 'Delta Family Office S.à r.l.', 'LU'), owner('CORPORATE', 'Cormorant Partners', 'JE'), owner('INDIVIDUAL', 'Álvaro Ramírez', 'ES')]);
    expect(register.subjectCount).toBe(1);
    expect(register.jurisdictions).toEqual(['ES']);
    const contact = (id: string, type: string, name: string) => ({ Id: id, Type: type, Name: name, 'Email Address': `${id}@example.com`, 'Address State': 'GA', 'Address Country': 'United States' });
    expect(people([contact('1', 'Company', 'Redwood Capital Management'), contact('2', 'Person', 'Courtney Miller')]).subjectCount).toBe(1);
    const matter = people([{ id: 40003, name: 'Family Law – Daly 30', matter_type: 'Family Law', contacts: [
      { role: 'Client', is_company: false, first_name: 'Ciara', last_name: 'Daly', email: 'ciara.daly@example.ie', address_line1: '83 Main Street', city: 'Dublin 15', country: 'Ireland' },
      { role: 'Lender', is_company: true, company_name: 'Harbour Mortgage Bank', email: 'mortgages@example.ie' },
      { role: 'Spouse', is_company: false, first_name: 'Liam', last_name: 'Daly', email: 'liam.daly@example.ie' },
      { role: 'Child', is_company: false, first_name: 'Declan', last_name: 'Daly', date_of_birth: '2012-05-18' },
      { role: 'Child', is_company: false, first_name: 'Eoin', last_name: 'Daly', date_of_birth: '2023-07-03' }] }]);
    expect(matter.subjectCount).toBe(4);
    expect(inJurisdiction(matter, 'IE')?.subjects).toBe(4);
    // A record with its own place keeps its people there: an employee's child among her emergency contacts is not at her mother's.
    const employee = people([{ Employee_ID: '21000', Legal_Name: 'Dana Hill', 'Home_Address_-_Full': '8310 Park Ave, Tacoma, WA 98474, United States of America', Emergency_Contacts: [
      { Emergency_Contact_Name: 'Ann Hill', Relationship: 'Parent', Address: '1 Main St, Denver, CO 80202' }, { Emergency_Contact_Name: 'Tom Hill', Relationship: 'Child', Primary_Phone: '+12062520849' }] }]);
    expect(inJurisdiction(employee, 'US-CO')?.subjects).toBe(1);
    expect(inJurisdiction(employee, 'US-WA')?.subjects).toBe(2);
  });
});

describe('genetics, genealogy, biobanks and clinical trials (QA round 79)', () => {

  it('reads newborn screening results as health, keyed by the infant\'s MRN', () => {
    const card = (mrn: string) => ({ 'Kit Number': `K${mrn}`, 'Infant MRN': mrn, 'Baby Last Name': 'THOMAS', 'Baby First Name': 'BABY BOY', 'Birth Date': '07/18/2026',
      'Mother Last Name': 'THOMAS', 'Mother First Name': 'JESSICA', 'Mother DOB': '12/29/1995', PKU: 'Normal', 'Congenital Hypothyroidism': 'Normal', 'SCID (TREC)': 'Normal' });
    const cards = people([card('IM1'), card('IM2')]);
    expect(cards.subjectCount).toBe(3); // two unnamed babies of one surname and birth date, and their mother
    expect(subjects(cards, 'health')).toBe(2);
    expect(cards.children?.under13).toBe(2);
  });

  it('reads genetic results in words and by column, a French Pathologie, trial adverse events, and a trial\'s subjects by USUBJID and REDCap\'s Record ID', () => {
    expect(subjects(people([{ patient_id: 'GC1', first_name: 'Lina', last_name: 'Malka', result: 'BRCA2 c.5946delT (6174delT) - pathogenic' }]), 'genetic')).toBe(1);
    expect(subjects(people([{ 'Donor Code': 'GBE1', Forename: 'Chloe', Surname: 'Johnson', Karyotype: '46,XX', 'Carrier Screening': 'SMN1 1 copy (SMA carrier)' }]), 'genetic')).toBe(1);
    expect(subjects(people([{ Nom: 'ROBERT', Prénom: 'Jérôme', Pathologie: 'Polyarthrite rhumatoïde' }]), 'health')).toBe(1);
    const ae = (usubjid: string, term: string) => ({ STUDYID: 'XY-301', DOMAIN: 'AE', USUBJID: usubjid, SUBJID: usubjid.slice(-8), COUNTRY: 'ISL', AETERM: term, AEDECOD: term });
    const listing = people([ae('XY-301-9001-001', 'URTI'), ae('XY-301-9001-001', 'HERPES ZOSTER'), ae('XY-301-9001-002', 'HEADACHE')]);
    expect(listing.subjectCount).toBe(2);
    expect(subjects(listing, 'health')).toBe(2);
    const visit = (event: string, medication: string) => ({ 'Record ID': '401-002', 'Event Name': event, 'Visit date': '2024-04-27', 'Concomitant medication': medication });
    expect(people([visit('Screening (Arm 1: Main)', ''), visit('Week 4 (Arm 1: Main)', 'Metformin')]).subjectCount).toBe(1);
  });

  it('counts a DNA match list\'s two testers by their ids, a family tree beside its tree object, and no freezer position as an address', async () => {
    const match = (id: string, tester: string, other: string) => ({ match_id: id, tester_id: tester, tester_display_name: `Name ${tester}`, match_tester_id: other, match_display_name: `Name ${other}`, shared_cm: '146.6' });
    const matches = people([match('M1', 'C1', 'C2'), match('M2', 'C3', 'C1')]);
    expect(matches.subjectCount).toBe(3);
    expect(subjects(matches, 'genetic')).toBe(3);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tree-')), 'tree.json');
    writeFileSync(file, JSON.stringify({ tree: { name: 'Cohen-de Vries family tree', owner: 'site manager' },
      individuals: [{ id: '@I1@', name: { given: 'Noa', surname: 'Friedman' }, email: 'noa@example.co.il' }, { id: '@I2@', name: { given: 'Eli', surname: 'Cohen' } }] }));
    expect((await classifySource(file, { collectEmails: false, asOf })).classification.subjectCount).toBe(2);
    const samples = people([{ sample_id: 'S1', participant_pseudonym: 'BB7348755', storage_location: 'FRZ-23/R1/B12', year_of_birth: '1950' }, { sample_id: 'S2', participant_pseudonym: 'BB7348755', storage_location: 'FRZ-23/R1/B13', year_of_birth: '1950' }]);
    expect(samples.subjectCount).toBe(1);
    expect(subjects(samples, 'contact')).toBeUndefined();
  });

  it('reads a genetic test by its name and a carrier by its gene as genetic data, whatever the result', () => {
    const order = (urn: string, test: string, result: string) => ({ urn, given_name: 'Mia', family_name: `Johnson ${urn}`, tests: [{ code: 'X', name: test, status: 'Final', result }] });
    expect(subjects(people([order('W1', 'Chromosomal microarray', 'Normal male/female array'), order('W2', 'Expanded carrier screen', 'Low risk - no carrier variants'),
      order('W3', 'Fragile X PCR', 'SMN1 carrier (1 copy)'), order('W4', 'Full blood count', 'Normal')]), 'genetic')).toBe(3);
  });

  it('checks an Icelandic kennitala, and reads REDCap\'s "Unknown / Not Reported" as no race', () => {
    expect(subjects(people([{ kennitala: '190485-4989', full_name: 'Björn Ólafursson', country: 'IS' }, { kennitala: '190485-4979', full_name: 'Einar Jónsson', country: 'IS' }]), 'government-id')).toBe(1);
    expect(subjects(people([{ 'Record ID': '401-022', 'Event Name': 'Screening', Ethnicity: 'Unknown / Not Reported', Race: 'Unknown / Not Reported' }]), 'special-category')).toBeUndefined();
    // CDISC SDTM's ETHNIC, and the OMB's "Not Hispanic or Latino" an answer, not a refusal.
    expect(subjects(people([{ USUBJID: 'XY-301-001', RACE: 'NOT REPORTED', ETHNIC: 'NOT HISPANIC OR LATINO' }, { USUBJID: 'XY-301-002', RACE: 'NOT REPORTED', ETHNIC: 'NOT REPORTED' }]), 'special-category')).toBe(1);
  });
});

describe('Southern Europe in its own words (QA round 80)', () => {

  it('counts a French canteen\'s children (Nom_enfant) and their responsables légaux, placed by the responsable\'s Code postal', () => {
    const canteen = people([{ Nom_enfant: 'CHÂTELAIN', Prénom_enfant: 'Louise', 'Date de naissance_enfant': '27/04/2020', 'Allergies / PAI détail': 'allergie arachide',
      'Nom_responsable légal 1': 'Châtelain', 'Prénom_responsable légal 1': 'Élodie', 'Tél_responsable légal 1': '06 95 36 30 47', 'E-mail_responsable légal 1': 'elodie@example.fr',
      'Adresse_responsable légal 1': '67 ter quai de la Fosse', 'Code postal_responsable légal 1': '06000', 'Commune_responsable légal 1': 'Nice' }]);
    expect(canteen.subjectCount).toBe(2);
    expect(canteen.children?.under13).toBe(1);
    expect(canteen.jurisdictions).toEqual(['FR']);
    expect(subjects(canteen, 'health')).toBe(1);
  });

  it('reads a Portuguese school\'s pupil and encarregado de educação, an IPSS resident and their familiar responsável, and an Italian pupil\'s DSA', () => {
    const school = people([{ 'N.º processo': '20260000', 'Nome do aluno': 'Joana Coelho', 'Data de nascimento do aluno': '12/12/2014', 'NIF do aluno': '123456789',
      'Nome do encarregado de educação': 'Luís Coelho', NIF_encarregado: '260818690', Email_encarregado: 'luis@example.pt', 'Código postal': '4000-007', País: 'Portugal', 'Necessidades de saúde': 'Diabetes tipo 1' }]);
    expect(school.subjectCount).toBe(2);
    expect(school.children?.under13).toBe(1);
    expect(subjects(school, 'health')).toBe(1);
    const home = people([{ processo: 'U0001', nome_utente: 'Beatriz Vieira', data_nascimento_utente: '17/10/1955', morada_utente: 'Rua Direita 169, 2800-001 Almada',
      medicacao_habitual: 'Sertralina 50 mg', nome_familiar_responsavel: 'Afonso Vieira', telemovel_familiar_responsavel: '910 494 888' }]);
    expect(home.subjectCount).toBe(2);
    expect(subjects(home, 'health')).toBe(1);
    expect(subjects(people([{ cognome_alunno: 'Farina', nome_alunno: 'Mario', cap_residenza: '00152', dsa: 'Dislessia' }]), 'health')).toBe(1);
  });

  it('counts an ISEE declaration\'s declarant once, on their own member row too (Relazione con dichiarante: Dichiarante)', () => {
    const member = (relation: string, surname: string, first: string, cf: string) => ({ 'Protocollo DSU': 'INPS-1', Cognome_dichiarante: 'Ferrari', Nome_dichiarante: 'Carmela',
      CF_dichiarante: 'FRRCML85E54L219Y', Email_dichiarante: 'carmela@example.it', CAP_dichiarante: '10121', 'Relazione con dichiarante': relation, Cognome_familiare: surname, Nome_familiare: first, CF_familiare: cf });
    const isee = people([member('Dichiarante', 'Ferrari', 'Carmela', 'FRRCML85E54L219Y'), member('Coniuge', 'Lombardi', 'Vincenzo', 'LMBVCN72L31A944I')]);
    expect(isee.subjectCount).toBe(2);
    expect(isee.jurisdictions).toEqual(['IT']);
  });

  it('reads an Italian health exemption\'s condition as health, not an income exemption', () => {
    const exemption = (cf: string, description: string) => ({ 'Codice fiscale': cf, Cognome: 'FERRARO', Nome: 'GIOVANNI', 'Codice esenzione': 'E01', 'Descrizione esenzione': description });
    const asl = people([exemption('FRRGNN86L27F839R', 'Diabete mellito'), exemption('PRSGPP60A48H501L', 'Reddito: età < 6 o > 65 anni, reddito familiare < 36.151,98 €'),
      exemption('RSSMRA80A01H501U', 'Ipertensione arteriosa'), exemption('VRDLGU75B02F205X', 'Malattia rara: Fibrosi cistica')]);
    expect(subjects(asl, 'health')).toBe(3);
  });

  it('reads a mutuelle\'s ayants droit as people and its prestations as health, and a provisional password as a password', () => {
    const member = people([{ numero_adherent: 'MUT1', nom_adherent: 'Simon', prenom_adherent: 'Rémi', date_naissance_adherent: '1964-01-30', email_adherent: 'remi@example.fr',
      ayants_droit: [{ qualite: 'Enfant', nom: 'Simon', prenom: 'Élodie', date_naissance: '2020-07-22' }], prestations: [{ date_soins: '12/02/2026', acte: 'Consultation psychiatre' }] }]);
    expect(member.subjectCount).toBe(2);
    expect(member.children?.under13).toBe(1);
    expect(subjects(member, 'identity')).toBe(2);
    expect(subjects(member, 'health')).toBeGreaterThanOrEqual(1);
    expect(people([{ Identifiant: 'jdupont', Nom: 'Dupont', 'Mot de passe provisoire': 'Soleil-4821' }]).credentials?.plain).toBe(1);
  });

  it('reads a lease file\'s co-tenant\'s and guarantor\'s incomes, the field before their role read as it is alone', () => {
    const lease = people([{ 'Référence dossier': 'LOC-1', Nom_locataire: 'Mercier', Prénom_locataire: 'Gabriel', 'E-mail_locataire': 'gabriel@example.fr', 'Salaire net mensuel_locataire': '4720,38',
      Nom_colocataire: 'Martinez', Prénom_colocataire: 'Rémi', 'E-mail_colocataire': 'remi@example.fr', 'Salaire net mensuel_colocataire': '2690,37',
      Nom_garant: 'Mercier', Prénom_garant: 'Rémi', 'E-mail_garant': 'remi.mercier@example.fr', 'Revenus mensuels_garant': '3848,59' }]);
    expect(lease.subjectCount).toBe(3);
    expect(subjects(lease, 'financial')).toBe(3);
  });

  it('reads a Greek social grocery\'s beneficiary fields: name, AMKA, birth date, disability, income', () => {
    const grocery = people([{ 'Α/Α': '1', 'Επώνυμο δικαιούχου': 'Κυριακίδου', 'Όνομα δικαιούχου': 'Ελένη', 'ΑΜΚΑ δικαιούχου': '18056027057', 'Ημ/νία γέννησης': '18/05/1960',
      'Πόλη': 'Αθήνα', 'Ετήσιο οικογενειακό εισόδημα (€)': '4486,78', 'Ποσοστό αναπηρίας': '67%' }]);
    expect(counts(grocery)).toMatchObject({ identity: 1, 'government-id': 1, financial: 1, health: 1 });
  });

  it('checks a Greek AMKA (its birth date and Luhn) and AFM in a register whose columns are Greek, and takes no AMKA for a PESEL', () => {
    const citizen = (id: string, amka: string, afm: string) => ({ 'Αρ. Δημοτολογίου': id, Επώνυμο: 'Τσιάρας', Όνομα: `Κωνσταντίνος ${id}`, ΑΦΜ: afm, ΑΜΚΑ: amka });
    const register = people([citizen('1', '12051612344', '094821650'), citizen('2', '03047805670', '052606093'), citizen('3', '03047805671', '052606094')]);
    expect(register.categories.find((entry) => entry.category === 'government-id')?.subjects).toBe(2);
    expect(register.children).toMatchObject({ under13: 1, withBirthDate: 2 });
  });
});

describe('Latin America in its own words (QA round 81)', () => {

  it('counts a daycare\'s children by their _hijo fields, a vaccination booklet\'s child with the mother reached by the responsável\'s phone, and no health unit as a person', () => {
    const daycare = people([{ folio: 'GI-00001', nss_trabajador: '61031461694', nombre_tutor: 'Camila García Salazar', telefono_tutor: '222 2321 6657', correo_tutor: 'camila@example.mx',
      nombre_hijo: 'Carlos Juárez García', fecha_nacimiento_hijo: '14/04/2024', alergias_padecimientos_hijo: 'Asma', estado: 'Puebla', pais: 'México' }]);
    expect(daycare.subjectCount).toBe(2);
    expect(daycare.children?.under13).toBe(1);
    expect(subjects(daycare, 'health')).toBe(1);
    // A worker's two children under the worker's NSS, each by their CURP.
    const enrolment = (folio: string, child: string, curp: string) => ({ folio, nss_trabajador: '61031461694', nombre_tutor: 'Camila García Salazar', correo_tutor: 'camila@example.mx', nombre_hijo: child, curp_hijo: curp, fecha_nacimiento_hijo: '14/04/2024' });
    expect(people([enrolment('GI-1', 'Carlos Juárez García', 'JUGC240414HPLRRRB3'), enrolment('GI-2', 'Ana Juárez García', 'JUGA240414MPLRRNA1')]).subjectCount).toBe(3);
    const booklet = people([{ cns_crianca: '884 0050 2301 0041', nome_crianca: 'Heitor Magalhães', data_nascimento: '01/10/2026', nome_mae: 'Júlia Magalhães', cpf_mae: '396.117.106-82',
      celular_responsavel: '(99) 99695-3545', estabelecimento: { nome: 'UBS Centro', cnes: '8780488' }, vacinas: [{ vacina: 'BCG', dose: '1ª dose' }] }]);
    expect(booklet.subjectCount).toBe(2);
    expect(booklet.children?.under13).toBe(1);
  });

  it('reads eSocial\'s worker fields, race or colour and pay, a shop\'s buyer once, and Argentina\'s CUIL', () => {
    const esocial = people([{ matricula: '1001', nome_trabalhador: 'Ana Souza', cpf_trabalhador: '529.982.247-25', raca_cor: 'Parda', salario_base: '3.200,00', chave_pix: 'ana@example.com.br' }]);
    expect(subjects(esocial, 'government-id')).toBe(1);
    expect(subjects(esocial, 'special-category')).toBe(1);
    expect(subjects(esocial, 'financial')).toBe(1);
    expect(people([{ 'Nº do pedido': '1001', 'Nome do comprador': 'Ana Souza', 'E-mail': 'ana@example.com.br', CEP: '01310-100' }]).subjectCount).toBe(1);
    expect(subjects(people([{ afiliado: '1', nombre: 'Lucía Pérez', cuil: '27-28033514-8', pais: 'Argentina' }]), 'government-id')).toBe(1);
  });

  it('counts no company under a name or company name (S.A.S., S. en C., a branch\'s "- Sede 36"), and no CURP with a wrong check digit', () => {
    const customer = (document: string, name: string) => ({ tipo_documento: 'NIT', numero_documento: document, nombre_o_razon_social: name, correo: `c${document}@example.com.co`, pais: 'Colombia' });
    expect(people([customer('825405174', 'Ferretería El Tornillo S.A.S.'), customer('807695980', 'Inversiones Cárdenas y Cía S. en C.'),
      customer('807695981', 'Distribuidora La Economía Ltda. - Sede 42'), customer('1106077086', 'Carmen Daniela Hernández González')]).subjectCount).toBe(1);
    const kyc = (curp: string) => ({ user_id: curp, nombre_completo: 'Claudia Guzmán', pais_residencia: 'MX', documento: { tipo: 'CURP', numero: curp } });
    expect(subjects(people([kyc('GULC720424MYNZNL55'), kyc('GULC720424MYNZNL51')]), 'government-id')).toBe(1);
  });
});

describe('breach data as attackers leave it (QA round 82)', () => {

  it('counts a Magento address book by its customer (parent_id), finds a bcrypt hash in XenForo\'s serialized data and an Amex number typed in fours', () => {
    const address = (entity: number, parent: number, city: string, country: string) => ({ entity_id: String(entity), parent_id: String(parent), firstname: `Anna${parent}`, lastname: 'Müller', city, country_id: country, postcode: '10115', street: 'Hauptstraße 5', telephone: '030 1234567' });
    expect(people([address(1, 1, 'Berlin', 'DE'), address(2, 1, 'München', 'DE'), address(3, 2, 'Paris', 'FR'), address(4, 2, 'Lyon', 'FR')]).subjectCount).toBe(2);
    const forum = people([{ user_id: 1, username: 'sgray', email: 'sgray75@example.ie', data: 'a:1:{s:4:"hash";s:60:"$2y$10$orktOPzTx/oXzl7tVG6gLuxGxJRqZWNw4ed3i2lXcd9aUqWB0nBd6";}' }]);
    expect(forum.credentials).toMatchObject({ hashed: 1, plain: 0 });
    expect(subjects(people([{ id: 1, requester: 'emily@example.org', description: 'I tried the card 3782 8224 6310 005 exp 08/29 several times.' }]), 'payment-card')).toBe(1);
  });

  it('reads phones written with their country code but no "+" in a header-less dump, and places their people', async () => {
    const lines = ['447400498658:100023456781234:James:Smith:male:London, United Kingdom:::', '447812913857:100031234567891:Sarah:Jones:female:Leeds, United Kingdom:::',
      '33612345678:100045678912345:Camille:Martin:female:Paris, France:::', '4915112345678:100056789123456:Jonas:Weber:male:Berlin, Germany:::',
      '34612345678:100067891234567:Lucía:García:female:Madrid, Spain:::'];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dump-')), 'dump.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { classification } = await classifySource(file, { asOf });
    expect(classification.jurisdictions).toEqual(['DE', 'ES', 'FR', 'GB']);
    expect(subjects(classification, 'contact')).toBe(5);
  });
});

describe('DACH and Benelux in their own words (QA round 83)', () => {

  it('counts a Belgian mutualité\'s personnes à charge and reads its INAMI-coded care as health', () => {
    const member = (id: string, niss: string, dependants: Array<Record<string, string>>, care: string) => ({ numero_membre: id,
      titulaire: { nom: 'Lambert', prenom: `Maxime ${id}`, niss, adresse: { code_postal: '1000', localite: 'Bruxelles', pays: 'Belgique' } },
      personnes_a_charge: dependants, remboursements_2026: [{ date: '2026-03-11', code_inami: '102034', libelle: care }] });
    const mutualite = people([member('216-1', '85111049597', [{ nom: 'Lambert', prenom: 'Lina', niss: '19122853807', lien: 'enfant' }, { nom: 'Lambert', prenom: 'Hugo', niss: '16122967964', lien: 'enfant' }], 'Consultation psychiatre'),
      member('216-2', '88050124259', [], 'Dialyse rénale')]);
    expect(mutualite.subjectCount).toBe(4);
    expect(mutualite.children?.under13).toBe(2);
    expect(subjects(mutualite, 'health')).toBe(2);
  });

  it('reads an online pharmacy\'s order lines with their quantities, and a Dutch Wmo client\'s legal representative and care provision', () => {
    const order = (id: string, items: string) => ({ orderNumber: id, firstName: 'Jana', lastName: `Busch ${id}`, email: `${id}@example.de`, billingCountryIso: 'DE', lineItems: items });
    expect(subjects(people([order('1', '1x Sertralin 50 mg Filmtabletten N3 | 1x Zahnseide 50 m'), order('2', '1x Zahnseide 50 m | 2x Metformin 1000 mg Filmtabletten N3'), order('3', '3x Zahnseide 50 m')]), 'health')).toBe(2);
    const wmo = people([{ clientnummer: 'C1', naam: { voornamen: 'Daan', geslachtsnaam: 'Vries' }, geboortedatum: '2017-05-02', adres: { postcode: '3511 AB', woonplaats: 'Utrecht' },
      wet: 'Jeugdwet', voorziening: { productcode: '45A48', omschrijving: 'Jeugd-GGZ specialistisch' },
      wettelijk_vertegenwoordiger: { naam: 'Sanne de Vries', relatie: 'moeder', telefoon: '06-39783202', email: 'sanne.de.vries@example.nl' } }]);
    expect(wmo.subjectCount).toBe(2);
    expect(subjects(wmo, 'health')).toBe(1);
  });

  it('places SAP HCM\'s staff by their Länderschlüssel and reads a Swiss AHV number under Versicherungsnummer', () => {
    const employee = (id: string, land: string, number: string) => ({ Personalnummer: id, Nachname: 'Keller', Vorname: `Urs ${id}`, Geburtsdatum: '03.04.1978', Länderschlüssel: land, Versicherungsnummer: number });
    const staff = people([employee('1', 'CH', '756.1234.5678.97'), employee('2', 'CH', '756.9876.5432.17')]);
    expect(staff.jurisdictions).toEqual(['CH']);
    expect(subjects(staff, 'government-id')).toBe(2);
  });

  it('reads a school\'s initial passwords and special needs, a disability flag, and no health in a payroll\'s Krankenkasse', () => {
    const pupils = people([{ Schüler_ID: 'S1', Nachname: 'Weber', Vorname: 'Lena', Initialpasswort: 'Sonne-42!', Förderschwerpunkt: 'Autismus-Spektrum-Störung' }]);
    expect(pupils.credentials).toMatchObject({ plain: 1 });
    expect(subjects(pupils, 'health')).toBe(1);
    expect(subjects(people([{ Personeelsnummer: '1', Achternaam: 'Jansen', Voornaam: 'Piet', Arbeidsgehandicapt: 'Ja' }]), 'health')).toBe(1);
    expect(subjects(people([{ Personalnummer: '1', Nachname: 'Schulz', Vorname: 'Petra', Krankenkasse: 'AOK Bayern', Steuerklasse: '1' }]), 'health')).toBeUndefined();
  });

  it('counts a club\'s member who is the account holder on her children\'s rows once', () => {
    const member = (id: string, first: string, birth: string) => ({ Mitgliedsnummer: id, Vorname: first, Nachname: 'Schulz', Straße: 'Lindenstraße 4', PLZ: '48149', Ort: 'Münster',
      Geburtsdatum: birth, 'E-Mail': 'petra.schulz@example.de', IBAN: 'DE75860555924206328975', Kontoinhaber: 'Petra Schulz' });
    expect(people([member('101', 'Petra', '02.03.1982'), member('102', 'Moritz', '09.02.2014'), member('103', 'Lotte', '17.06.2016')]).subjectCount).toBe(3);
    // Her namesake at another address is another person.
    expect(people([member('101', 'Petra', '02.03.1982'), { ...member('102', 'Moritz', '09.02.2014'), Straße: 'Hafenweg 9', PLZ: '48155' }]).subjectCount).toBe(3);
    // A student's mother of another student's name at their shared hall is not that student: only an account's holder is joined so.
    const student = (id: string, given: string, mother: string) => ({ student_id: id, name: { given, family: 'Wood' }, term_address: { line1: 'Flat 21, Maple Drive', postcode: 'L11 1HH' },
      contacts: [{ relationship: 'Mother', name: mother, phone: '+44 7700 900123' }] });
    expect(people([student('1', 'Oscar', 'Felix Wood'), student('2', 'Felix', 'Ann Wood')]).subjectCount).toBe(4);
  });

  it('counts no company by its contact kind (Kontaktart Firma, Soort "Klant - bedrijf") or its Sàrl and V.O.F.', () => {
    expect(people([{ Kontaktart: 'Firma', Name: 'Malergeschäft Keller', 'E-Mail': 'info@maler-keller.ch', Ort: 'Bern' }, { Kontaktart: 'Person', Name: 'Urs Keller', 'E-Mail': 'urs@example.ch', Ort: 'Bern' }]).subjectCount).toBe(1);
    expect(people([{ Relatie: '1', Naam: 'Kapsalon Jansen', Soort: 'Klant - bedrijf', Email: 'facturen@kapsalon.nl' }]).subjectCount).toBe(0);
    expect(people([{ Name: 'Favre Consulting Sàrl', Ort: 'Genève', Telefon: '+41 22 700 11 22' }, { Naam: 'Bakkerij de Vries V.O.F.', Telefoon: '+31 20 555 0101' }]).subjectCount).toBe(0);
  });
});

describe('East, South and South-East Asia in their own words (QA round 84)', () => {

  it('reads fields whose kind ends a Chinese, Japanese or Korean compound, and places a simplified-Chinese export\'s mobiles in China', () => {
    const order = people([{ 订单编号: '9525590543177412165', 买家会员名: 'tb56761234_88', 收货人姓名: '何浩然', 收货地址: '广东省 深圳市 南山区 科技园南路76号', 联系手机: '13960301202' }]);
    expect(counts(order)).toMatchObject({ identity: 1, contact: 1, 'online-identifier': 1 });
    expect(order.jurisdictions).toEqual(['CN']);
    const emr = people([{ 환자번호: '10002808', 성명: '권하은', 상병코드: 'K21.9', 상병명: '위-식도역류병' }]);
    expect(subjects(emr, 'health')).toBe(1);
    const school = people([{ 出席番号: '22', 児童氏名: '井上 芽依', 食物アレルギー: 'なし' }, { 出席番号: '23', 児童氏名: '長谷川 陽菜', 食物アレルギー: '卵' }]);
    expect(subjects(school, 'health')).toBe(1);
  });

  it('reads a bilingual header by its English half, a Thai guardian\'s fields, and Indonesian and Vietnamese names', () => {
    const pupil = people([{ 'छात्र का नाम (Student Name)': 'आरती वर्मा', 'जन्म तिथि (DOB)': '15/10/2010', 'अभिभावक का नाम (Guardian Name)': 'संजय वर्मा', 'अभिभावक मोबाइल (Guardian Mobile)': '+91 94597 84172' }]);
    expect(pupil.subjectCount).toBe(2);
    const policy = people([{ 'Policy No. 保單號碼': 'P300000000', 'Name (English) 英文姓名': 'WONG Siu Ming', 'Mobile No. 手提電話': '+852 5044 4295', 'Beneficiary Name 受益人姓名': 'LEE Tai Man', 'Beneficiary DOB 受益人出生日期': '01/08/2012' }]);
    expect(policy.subjectCount).toBe(2);
    expect(policy.children?.under16).toBe(1);
    const thai = people([{ เลขประจำตัวนักเรียน: '10000', ชื่อ: 'กิตติพัฒน์', นามสกุล: 'จันทร์เพ็ญ', ชื่อผู้ปกครอง: 'นายประเสริฐ จันทร์เพ็ญ', เบอร์โทรผู้ปกครอง: '088-451-1452', ศาสนา: 'อิสลาม' }]);
    expect(thai.subjectCount).toBe(2);
    expect(subjects(thai, 'special-category')).toBe(1);
    const customer = people([{ 'ID Pelanggan': '1', 'Nama Lengkap': 'Budi Santoso', 'Tanggal Lahir': '27-07-1974', Agama: 'Hindu', Alamat: 'Jl. Teuku Umar No. 52', Negara: 'Indonesia' }]);
    expect(counts(customer)).toMatchObject({ identity: 1, contact: 1, 'special-category': 1 });
    expect(customer.jurisdictions).toEqual(['ID']);
    expect(subjects(people([{ user_id: 1, ho_ten: 'Đặng Thị Linh', ngay_sinh: '28/04/1981', dia_chi: 'Số 54 Phường Lê Chân, Hải Phòng' }]), 'identity')).toBe(1);
  });

  it('counts an order\'s recipient of the buyer\'s name as the buyer, another as a gift\'s, and places a Singapore address', () => {
    const order = (id: string, recipient: string) => ({ 受注番号: id, 注文者名字: '森', 注文者名前: '彩', 注文者メールアドレス: 'mori@example.jp', 送付先名字: recipient, 送付先名前: '彩', '送付先住所：都道府県': '大阪府' });
    expect(people([order('1', '森'), order('2', '林')]).subjectCount).toBe(2);
    expect(people([{ 'Employee ID': 'EMP0001', 'Full Name': 'Tan Wei Ming', 'Residential Address': 'Blk 997 Jurong West St 42 #05-858 Singapore 292683' }]).jurisdictions).toEqual(['SG']);
  });

  it('reads a header whose names hold full-width brackets and middle dots', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jp-')), 'smarthr.csv');
    writeFileSync(file, '社員番号,姓,名,姓（カナ）,名（カナ）,丁目・番地・建物名\nE001,山田,太郎,ヤマダ,タロウ,3-7-4\nE002,佐藤,花子,サトウ,ハナコ,1-2-3\n');
    expect((await classifySource(file, { asOf })).classification.subjectCount).toBe(2);
  });
});

describe('biometrics, wearables and the body (QA round 85)', () => {

  it('reads a fingerprint or face template by its format\'s first bytes, and vendors\' names for templates and heart rate', () => {
    const template = (magic: string) => `${magic}${'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/'.repeat(3)}`;
    const enrolment = people([{ 'Person Number': '1', 'Last Name': 'Allen', 'First Name': 'Mateo', 'Template Data': template('Rk1SACAyMAAZ') },
      { 'Person Number': '2', 'Last Name': 'Baker', 'First Name': 'Rosa', 'Template Data': template('U1MyMQsS') }, { 'Person Number': '3', 'Last Name': 'Cole', 'First Name': 'Ian', 'Template Data': 'Welcome email v2' }]);
    expect(subjects(enrolment, 'biometric')).toBe(2);
    expect(subjects(people([{ user_id: 'u1', face_template_ex: 'opaque', email: 'a@example.com' }]), 'biometric')).toBe(1);
    expect(subjects(people([{ user_id: 'u1', email: 'a@example.com', bpm: '72', date: '2026-11-01' }]), 'health')).toBe(1);
    // A voiceprint whose base64 starts as an Artifactory key does ("APA...") is the voiceprint, no credential.
    const voice = people([{ CUSTOMER_ID: 'C1', ACCOUNT_HOLDER: 'Michael Brooks', VOICEPRINT_BLOB: 'APAdkF8Pcxth836n3IWF0zZol93KbNguttOZjqhR4awsFw1I1jCmOcq03pejdIp50Uc8WQCW5WcQ73K' }]);
    expect(voice.credentials).toBeUndefined();
    expect(subjects(voice, 'biometric')).toBe(1);
    // A page's template is no one's biometric.
    expect(people([{ meta_id: '1', post_id: '5', meta_key: '_wp_page_template', meta_value: 'default' }]).subjectCount).toBe(0);
  });

  it('reads Apple Health\'s type names as health or sex life, a pregnancy app\'s fields, and its babies as children', () => {
    const row = (id: string, type: string, value: string) => ({ participant_id: id, email: `${id}@example.com`, type, value });
    const health = people([row('p1', 'HKQuantityTypeIdentifierHeartRate', '72'), row('p2', 'HKCategoryTypeIdentifierSexualActivity', '1'), row('p3', 'Steps', '4000')]);
    expect(subjects(health, 'health')).toBe(1);
    expect(subjects(health, 'special-category')).toBe(1);
    const app = people([{ user_id: 'u1', email: 'conor@example.com', date_of_birth: '1990-05-07', pregnancy_week: '', baby_name: 'Grace Byrne', baby_birth_date: '2026-11-13' },
      { user_id: 'u2', email: 'aoife@example.com', date_of_birth: '1992-01-02', pregnancy_week: '24', conception_method: 'IVF' }]);
    expect(app.subjectCount).toBe(3);
    expect(app.children?.under13).toBe(1);
    expect(subjects(app, 'health')).toBe(1);
  });

  it('keys a device management export by its user\'s email, not the device\'s IMEI', () => {
    const device = (name: string, imei: string) => ({ 'Device name': name, 'Primary user UPN': 'nancy.miller@example.com', 'Primary user display name': 'Nancy Miller', IMEI: imei });
    expect(people([device('NANCY-IPAD', '351464756674076'), device('NANCY-PHONE', '356938035643809')]).subjectCount).toBe(1);
  });

  it('counts a fleet GPS log\'s drivers, not its fixes, with their location; a fix without a driver is no one\'s', () => {
    const fix = (truck: string, driver: string, latitude: string, longitude: string) => ({ Device: truck, Driver: driver, Date: '09/19/2026', Latitude: latitude, Longitude: longitude, 'Speed (km/h)': '64' });
    const log = people([fix('Truck 123', 'Ava Kowalski', '29.705620', '-95.335744'), fix('Truck 123', 'Ava Kowalski', '29.714160', '-95.361330'),
      fix('Truck 140', 'David Roberts', '32.744800', '-96.876001'), fix('Truck 140', 'David Roberts', '32.842336', '-96.821521'),
      fix('Truck 140', 'David Roberts', '32.816282', '-96.832933'), fix('Truck 140', 'UnknownDriver', '32.868131', '-96.795639'), fix('Truck 109', 'No Driver', '32.851518', '-96.808290')]);
    expect(log.subjectCount).toBe(2);
    expect(subjects(log, 'identity')).toBe(2);
    expect(subjects(log, 'location')).toBe(2);
  });

  it('keys records that nothing else identifies by their person\'s name: a leave tracker\'s employees, not their absences', () => {
    const absence = (employee: string, type: string) => ({ Employee: employee, Department: 'Finance', 'Absence type': type, From: '02/08/2026', To: '04/08/2026', Days: '3' });
    const tracker = people([absence('Chloe Fraser', 'Annual leave'), absence('Chloe Fraser', 'Sick - migraine'), absence('Omar Haddad', 'Annual leave'), absence('Omar Haddad', 'Annual leave')]);
    expect(tracker.subjectCount).toBe(2);
    // Not when the records have their own emails: two people of one name are two.
    const owners = people([{ owner: { name: 'Ella Green', email: 'ella.green1@example.com' }, token: 'x' }, { owner: { name: 'Ella Green', email: 'ella.green2@example.com' }, token: 'y' }]);
    expect(owners.subjectCount).toBe(2);
  });
});

describe('Eastern Europe, the Balkans and Central Asia in their own words (QA round 87)', () => {

  it('reads a Russian school register under its "№ п/п" header: pupils, their legal representatives, and Russian national mobiles', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ru-')), 'shkola.csv');
    writeFileSync(file, ['№ п/п;ФИО учащегося;Дата рождения;Класс;ФИО законного представителя;Телефон законного представителя',
      '1;Кудрявцева Ксения Владимировна;14.05.2018;3В;Кудрявцев Юрий Евгеньевич;8 (977) 995-69-06',
      '2;Орлов Максим Андреевич;02.09.2016;5А;Орлова Анна Сергеевна;8 (916) 123-45-67'].join('\n'));
    const { classification } = await classifySource(file, { asOf });
    expect(classification.subjectCount).toBe(4);
    expect(classification.children?.under13).toBe(2);
    expect(classification.jurisdictions).toEqual(['RU']);
  });

  it('reads a 1C child tax deduction report and a Polish payroll\'s children, each child a person of their own', () => {
    const deduction = people([{ 'Табельный номер': '00001', Сотрудник: 'Бобров Игорь Викторович', Ребенок: 'Бобров Кирилл Игоревич', 'Дата рождения ребенка': '23.07.2021' },
      { 'Табельный номер': '00001', Сотрудник: 'Бобров Игорь Викторович', Ребенок: 'Боброва Алиса Игоревна', 'Дата рождения ребенка': '02.02.2019' }]);
    expect(deduction.subjectCount).toBe(3);
    expect(deduction.children?.under13).toBe(2);
    const payroll = people([{ 'Nr ewidencyjny': '7', 'Imię i nazwisko': 'Jan Kowalski', 'Imię i nazwisko dziecka': 'Zofia Kowalska', 'PESEL dziecka': '21220512345', 'Data urodzenia dziecka': '05.02.2021' }]);
    expect(payroll.subjectCount).toBe(2);
    expect(payroll.children?.under13).toBe(1);
  });

  it('reads ICD-10 under МКБ-10, passwords under Пароль, and an IP-адрес as no postal address', () => {
    const clinic = people([{ 'ФИО пациента': 'Ковалев Павел Игоревич', 'Код МКБ-10': 'J06.9', 'Диагноз': 'ОРВИ' }]);
    expect(subjects(clinic, 'health')).toBe(1);
    expect(subjects(clinic, 'identity')).toBe(1);
    const isp = people([{ 'Лицевой счет': '100001', Пароль: 'Qwerty2024', 'IP-адрес': '95.24.13.7' }]);
    expect(isp.credentials).toMatchObject({ plain: 1 });
    expect(subjects(isp, 'contact')).toBeUndefined();
  });
});

describe('the Middle East and Africa in their own words (QA round 86)', () => {

  it('reads Hebrew and Arabic column names, and a Hebrew export as Israel\'s', () => {
    const clinic = people([{ 'מספר תיק': '1001', 'שם פרטי': 'יוסי', 'שם משפחה': 'כהן', 'ת.ז.': '123456782', 'תאריך לידה': '2016-03-14', 'אבחנה': 'J45.909', 'טלפון': '050-1234567' }]);
    expect(counts(clinic)).toMatchObject({ identity: 1, 'government-id': 1, health: 1 });
    expect(clinic.children?.under13).toBe(1);
    // Its national mobile, without +972, is Israel's.
    expect(clinic.jurisdictions).toEqual(['IL']);
    const payroll = people([{ 'الرقم الوظيفي': 'E01000', 'الاسم الكامل': 'رامي عبدالله حداد', 'الديانة': 'مسلم', 'تاريخ الميلاد': '1974-07-20' }]);
    expect(counts(payroll)).toMatchObject({ identity: 1, 'special-category': 1 });
  });

  it('reads a payroll\'s union subscription by the union\'s name (the README\'s UNISON Subs) and a disability degree (GdB)', () => {
    const payroll = people([{ 'Employee No': 'E001', 'First Name': 'Megan', 'Last Name': 'Hughes', 'UNISON Subs': '12.40', 'RCN Membership': '0.00', GdB: '' },
      { 'Employee No': 'E002', 'First Name': 'Rhys', 'Last Name': 'Evans', 'UNISON Subs': '0.00', 'RCN Membership': '14.50', GdB: '50' }]);
    expect(subjects(payroll, 'special-category')).toBe(2);
    expect(subjects(payroll, 'health')).toBe(1);
  });
});

describe('SaaS and business tools\' exports as they write them (QA round 88)', () => {
  const csvFile = (name: string, lines: string[]) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'saas-')), name);
    writeFileSync(file, lines.join('\r\n'));
    return file;
  };

  it('reads Xero\'s header with its required-field asterisks, and a QuickBooks report\'s unquoted timestamp footer as no one', async () => {
    const xero = await classifySource(csvFile('xero.csv', ['*ContactName,EmailAddress,FirstName,LastName,POPostalCode,POCountry,BankAccountNumber,AccountsPayableTaxCodeName',
      'Helen Marsh,helen.marsh@btinternet.com,Helen,Marsh,LS6 3QT,United Kingdom,40-47-84 71293810,No VAT',
      'Pennine Timber Ltd,accounts@penninetimber.co.uk,,,HX1 2EE,United Kingdom,60-83-71 22918374,20% (VAT on Expenses)']), { asOf });
    expect(xero.classification.subjectCount).toBe(1);
    expect(subjectsOf(xero.classification, 'financial')).toBe(1);
    expect(xero.classification.jurisdictions).toEqual(['GB']);
    const quickbooks = await classifySource(csvFile('qb.csv', ['Customer Contact List', 'Harbor Plumbing & Heating LLC', '', ',Customer,Phone Numbers,Email,Full Name,Billing Address',
      ',"Abbott, Sarah",Phone: (617) 284-3021,sarah.abbott@comcast.net,Sarah Abbott,"14 Elm St, Boston, MA 02118"',
      ',"Diaz, Miguel",Phone: (401) 339-2204,mdiaz@gmail.com,Miguel Diaz,"9 Pine St, Providence, RI 02903"', '', '', 'Monday, November 23, 2026 03:14 PM GMT-05:00']), { asOf });
    expect(quickbooks.classification.subjectCount).toBe(2);
  });

  it('counts no one for a web form\'s "[not provided]", an anonymous lead, or a company with its legal form inside its name', () => {
    expect(people([{ 'First Name': '', 'Last Name': '[not provided]', Company: 'Hooli', Email: 'sales@hooli.io' }]).subjectCount).toBe(0);
    expect(people([{ Name: 'Purple Koala from Berlin', Email: '', City: 'Berlin', Country: 'Germany', Type: 'Lead' }]).subjectCount).toBe(0);
    expect(people([{ id: 'cus_1', Email: 'billing@pixelworks.example.com', Name: 'Pixelworks B.V. 75', 'Card Address Country': 'DE' }]).subjectCount).toBe(0);
  });

  it('reads a mail\'s or a ticket\'s subject for health, and a mail relay\'s addresses as no one\'s', () => {
    const sent = (email: string, subject: string, ip: string) => ({ processed: '2026-11-18 10:00:00', event: 'delivered', subject, email, originating_ip: '10.20.4.17', outbound_ip: '167.89.12.40', ip });
    const activity = people([sent('j.ortiz@gmail.com', 'Welcome', ''), sent('k.lee@gmail.com', 'Your lab results from Dr. Alvarez are available', '81.2.69.142')]);
    expect(subjects(activity, 'health')).toBe(1);
    expect(subjects(activity, 'online-identifier')).toBe(1);
  });

  it('reads a booking\'s answers under their questions, and not its meeting\'s location as anyone\'s address', () => {
    const booking = (email: string, name: string, birth: string, condition: string) => ({ 'Invitee Name': name, 'Invitee Email': email, 'Event Type Name': 'Initial Evaluation',
      'Start Date & Time': '2026-12-01 09:00 AM', Location: '88 Harrison Ave, Suite 300, Boston, MA 02111', 'Question 1': 'What brings you in? (injury / condition)', 'Response 1': condition,
      'Question 2': 'Date of birth', 'Response 2': birth });
    const bookings = people([booking('grace@gmail.com', 'Grace Holloway', '03/14/2016', 'Tennis elbow'), booking('grace@gmail.com', 'Grace Holloway', '', 'Tennis elbow'),
      booking('marcus@gmail.com', 'Marcus Webb', '1980-04-02', 'Rotator cuff tear')]);
    expect(bookings.subjectCount).toBe(2);
    expect(bookings.children?.under13).toBe(1);
    expect(subjects(bookings, 'health')).toBe(2);
    expect(bookings.jurisdictions).toEqual([]);
  });

  it('places a Mailchimp address whose parts are set apart by two spaces, a comma inside its street', () => {
    expect(people([{ 'E-Mail-Adresse': 'jon.ander@gmail.com', Adresse: 'Calle Real, 101  Bilbao  48096  ES' }]).jurisdictions).toEqual(['ES']);
  });

  it('reads a dental practice\'s patients\' words, sports injuries and recovery from drink as health', () => {
    const note = (email: string, text: string) => ({ email, notes: text });
    const notes = people([note('a@gmail.com', 'My tooth abscess is worse'), note('b@gmail.com', 'Still a lot of pain after the root canal'),
      note('c@gmail.com', 'Can I take ibuprofen with my blood thinners?'), note('d@gmail.com', "I'm 6 months sober, please stop"), note('e@gmail.com', 'Ankle sprain from soccer'),
      note('f@gmail.com', 'Running 10 min late sorry')]);
    expect(subjects(notes, 'health')).toBe(5);
  });
});

describe('marketing, customer-data and analytics platforms\' exports (QA round 90)', () => {

  it('keys Google Analytics 4\'s events by user_pseudo_id, an online identifier, placed by geo', () => {
    const event = (pseudo: string, user: string | null, country: string) => ({ event_name: 'page_view', user_id: user, user_pseudo_id: pseudo, geo: { country, city: '' }, device: { category: 'desktop' } });
    const ga4 = people([event('1583314651.1755726524', null, 'Germany'), event('1583314651.1755726524', 'u-1', 'Germany'), event('2044118873.1760000001', null, 'France')]);
    expect(ga4.subjectCount).toBe(2);
    expect(subjects(ga4, 'online-identifier')).toBe(2);
    expect(ga4.jurisdictions).toEqual(['DE', 'FR']);
    // One user signed in on a second browser: two pseudo ids, one user_id, one person.
    const twoBrowsers = people([event('1583314651.1755726524', 'u-1', 'Germany'), event('977123456.1761111111', null, 'Germany'), event('977123456.1761111111', 'u-1', 'Germany')]);
    expect(twoBrowsers.subjectCount).toBe(1);
    // An email in a page's URL, in GA4's key and value list of event parameters (a page's location is no event's place).
    const view = (pseudo: string, url: string) => ({ event_name: 'page_view', user_pseudo_id: pseudo, event_params: [{ key: 'page_location', value: { string_value: url, int_value: null } }] });
    const leak = people([view('1583314651.1755726524', 'https://shop.example/confirm?email=anna.berg%40gmail.com'), view('2044118873.1760000001', 'https://shop.example/sale')]);
    expect(subjects(leak, 'contact')).toBe(1);
  });

  it('reads a push token as a device\'s address, no credential, also in a CSV cell\'s list of devices', async () => {
    const braze = people([{ external_id: 'usr_1', email: 'brian@example.com', push_tokens: [{ app: 'Quizly iOS', platform: 'ios', token: '0e49b09b17ce499e8b73950e576874b3d65bcbfc08728bf9b7d1a72759321418' }] }]);
    expect(braze.credentials).toBeUndefined();
    expect(subjects(braze, 'online-identifier')).toBe(1);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'iterable-')), 'users.csv');
    writeFileSync(file, ['email,userId,firstName,lastName,devices', 'bthompson@yahoo.com,491656,Brian,Thompson,"[{""token"": ""f06ef0e93bc3b6ce4a24294575d07f8c82e4dd88105d650ffc2d01a6570089e2"", ""platform"": ""APNS""}]"'].join('\n'));
    const iterable = (await classifySource(file, { asOf })).classification;
    expect(iterable.credentials).toBeUndefined();
    expect(subjectsOf(iterable, 'online-identifier')).toBe(1);
  });

  it('reads Segment\'s events: a page\'s name is no one\'s, a visitor\'s anonymous events are the user\'s they later identify as', () => {
    const base = (anonymousId: string, type: string) => ({ anonymousId, messageId: `m-${Math.random()}`, type, context: { ip: '67.42.48.96' } });
    const events = people([{ ...base('a-1', 'page'), name: 'Home' }, { ...base('a-1', 'identify'), userId: 'cus_1', traits: { email: 'ashley@example.com', firstName: 'Ashley', lastName: 'Wilson' } },
      { ...base('a-1', 'track'), userId: 'cus_1', event: 'Order Completed' }, { ...base('a-2', 'page'), name: 'Product' }]);
    expect(events.subjectCount).toBe(2);
    expect(subjects(events, 'identity')).toBe(1);
  });

  it('places a lead by Marketo\'s inferred (IP) country only where nothing else does; keys an audience\'s hashed phone and a device\'s ad id', () => {
    const lead = (email: string, country: string, inferred: string) => ({ Id: email, Email: email, Country: country, 'Inferred Country': inferred });
    expect(people([lead('a@example.com', 'United Kingdom', 'Netherlands'), lead('b@example.com', '', 'Germany')]).jurisdictions).toEqual(['DE', 'GB']);
    const hash = (n: number) => createHash('sha256').update(String(n)).digest('hex');
    const audience = people([{ email: hash(1), phone: '', fn: hash(2), madid: '' }, { email: '', phone: hash(3), fn: hash(4), madid: '' },
      { email: '', phone: '', fn: '', madid: '6d92078a-8246-4ba4-ae5b-76104861e7dc' }]);
    expect(audience.subjectCount).toBe(3);
  });

  it('links a Mixpanel device\'s events to the user it signs in as; keys OneSignal\'s subscriptions by the user; reads a contact\'s tags', () => {
    const event = (distinct: string, device: string) => ({ event: '$mp_web_page_view', properties: { distinct_id: distinct, $device_id: device, mp_country_code: 'GB' } });
    expect(people([event('$device:e1dac568', 'e1dac568'), event('u91697878', 'e1dac568'), event('$device:77aa', '77aa')]).subjectCount).toBe(2);
    // A people profile's iOS devices are their push tokens: online identifiers.
    const profile = people([{ $distinct_id: 'u23472329', $properties: { $email: 'felix_klein@gmail.example', $ios_devices: ['79e8695dc3abc459f8f685ef12a7f2cc81ed95bdc90fc692bf8f23e25c1d7836'] } }]);
    expect(subjects(profile, 'online-identifier')).toBe(1);
    expect(profile.subjectCount).toBe(1);
    const subscription = (identifier: string, user: string) => ({ id: `${identifier}-sub`, identifier, device_type: '11', external_user_id: user, country: 'GB' });
    expect(people([subscription('isla.johnson@yahoo.co.uk', 'fan-1'), subscription('vOUOlcEpYdk5a_KvtFGVVK:APA91baU7ewoHYazbhEx1Es', 'fan-1')]).subjectCount).toBe(1);
    // Its identifier is a push token, an email or an SMS number: the numbers are contact data however few they are.
    const channels = people([
      subscription('+353858444567', 'fan-2'), subscription('+447911123456', 'fan-3'),
      ...['isla.johnson@yahoo.co.uk', 'freya_smith@gmail.com', 'kdavis@aol.com'].map((email, n) => subscription(email, `fan-${4 + n}`)),
      ...Array.from({ length: 6 }, (_, n) => subscription(`vOUOlcEpYdk5a_KvtFGVV${n}:APA91baU7ewoHYazbhEx1Es`, `fan-${7 + n}`)),
    ]);
    expect(subjects(channels, 'contact')).toBe(5);
    // Not a bare external_id, which Zendesk's users leave null.
    expect(pickSubjectKey(['url', 'name', 'email', 'external_id'])).toBe('email');
    expect(subjects(people([{ Email: 'madison.carter90@outlook.com', Tags: 'newsletter, Type 2 Diabetic - Blood Sugar Support' }]), 'health')).toBe(1);
  });

  it('counts an analytics user whose properties name a preferred store: a customer\'s choice, not an organisation\'s record', () => {
    const event = (user: string) => ({ user_id: user, event_type: 'Session Start', ip_address: '47.240.139.11', device_id: '192ABB86-4587-4C59-844B-580933CF22E0', user_properties: { plan: 'cash', preferred_store: 'Store #919' } });
    expect(people([event('rx-1'), event('rx-2')]).subjectCount).toBe(2);
  });
});

describe('Asia-Pacific and Latin American systems\' exports (QA round 108)', () => {
  it("keys a KYC vendor's checks by their customers, not by the verifying agent's employee id", () => {
    const check = (n: number, name: string, email: string, agent: string) => ({ request_id: `KID${n}`, status: 'approved',
      customer: { name, dob: '08-06-1984', email }, agent: { employee_id: agent, name: 'Sunita Menon' } });
    const c = people([check(1, 'Sneha Kumar', 'snehakumar@gmail.example', 'AG1077'), check(2, 'Lakshmi Patel', 'patel.lakshmi@gmail.example', 'AG1077'),
      check(3, 'Arjun Rao', 'arjun.rao@gmail.example', 'AG1077')]);
    // Was one: the agent's.
    expect(c.subjectCount).toBe(3);
  });

  it("reads Vietnamese headers with their đ, a Thai hospital's CID as its citizen id and its PDX as a diagnosis, Brazil's 'Nome do Pai' as a father", async () => {
    const customers = await csvPeople('vn.csv', ['Mã khách hàng,Tên khách hàng,Điện thoại,Địa chỉ', 'KH000001,Trần Văn Nam,0868393239,Số 26 Lê Lợi',
      'KH000002,Lê Văn Tuấn,0352980152,Số 91 Trần Duy Hưng']);
    // Was no one: no column read. Their national phone numbers, beside names in Vietnamese letters, are Vietnam's.
    expect(counts(customers)).toMatchObject({ identity: 2, contact: 2 });
    expect(customers.jurisdictions).toEqual(['VN']);
    const visits = await csvPeople('th.csv', ['HN,CID,FNAME,LNAME,BIRTHDAY,HOMETEL,PDX', '0035244,1535532326065,วีระพงษ์,บุญมา,24/02/2567,0846362767,E11.9',
      '0035245,3100600123450,สมชาย,ใจดี,01/01/2520,0812345678,I10']);
    // Was health from the citizen id, no government id.
    expect(visits.evidence.find((entry) => entry.columns.includes('CID'))?.category).toBe('government-id');
    expect(counts(visits)).toMatchObject({ 'government-id': 2, health: 2, contact: 2 });
    // Their phones beside names in Thai script: Thailand's (was nowhere).
    expect(visits.jurisdictions).toEqual(['TH']);
    const register = await csvPeople('esus.csv', ['CNS;CPF;Nome;Data de Nascimento;Nome da Mãe;Nome do Pai;Condições de Saúde',
      '733450095254320;219.038.138-08;José Almeida Nascimento;23/12/1985;Patrícia Costa Nascimento;Pedro Nascimento;Hipertensão arterial',
      '979346115080761;369.293.122-07;Mariana Oliveira Alves;10/03/2015;Maria Barbosa Alves;;']);
    // Was health 2, from the fathers' names (read as a French school's PAI); now from their SUS card numbers (CNS: a health
    // number, as an NHS number is) and a condition, none from a father's name.
    expect(subjects(register, 'health')).toBe(2);
    expect(register.evidence.filter((entry) => entry.category === 'health').flatMap((entry) => entry.columns).sort()).toEqual(['CNS', 'Condições de Saúde']);
  });

  it("places an address that ends in an Indian state's name, its PIN after it, in India", async () => {
    const register = await csvPeople('salary.csv', ['Employee Number,Employee Name,Date of Birth,Mobile Number,Current Address',
      'E101,Rahul Sharma,1990-04-12,9876543210,"Flat 812, MG Road, Mumbai, Maharashtra 400012"',
      'E102,Anita Nair,1988-11-02,9123456780,"12/4, Marine Drive, Kochi, Kerala - 682002"']);
    // Was nowhere.
    expect(register.jurisdictions).toEqual(['IN']);
  });

  it("counts a Japanese or a Brazilian shop's gift recipient as a person of their own ('氏(配送先)', 'Nome para a entrega')", async () => {
    const base = await csvPeople('base.csv', ['注文ID,氏(請求先),名(請求先),電話番号(請求先),メールアドレス(請求先),氏(配送先),名(配送先),住所(配送先),電話番号(配送先)',
      '2AD5B056D0,加藤,由美,07096549211,yumikato63@ezweb.example,加藤,由美,大阪市北区梅田4-24-10,07096549211',
      '67B085056F,吉田,大輔,07065576749,daisukeyoshida3@gmail.example,中村,美咲,札幌市中央区北1条西2-1,08012345678']);
    // Was two: the recipient's name, address and phone the buyer's.
    expect(base.subjectCount).toBe(3);
    const nuvem = await csvPeople('nuvem.csv', ['Número do Pedido;E-mail;Nome do comprador;Telefone;Nome para a entrega;Telefone para a entrega;Endereço;CEP',
      '1117;leticiapereira@gmail.example;Letícia Gomes Pereira;(41) 98371-2881;Letícia Gomes Pereira;(41) 98371-2881;Rua XV de Novembro;80010-494',
      '1154;nascimento.larissa@uol.example;Larissa Costa Nascimento;(31) 98153-3229;Bruno Almeida Souza;(31) 99876-5432;Avenida Afonso Pena;30130-585']);
    expect(nuvem.subjectCount).toBe(3);
  });

  it("counts a Japanese payroll's spouse and dependants, a Chinese roster's and an Indonesian lender's emergency contacts as people of their own", async () => {
    const payroll = await csvPeople('jp.csv', ['社員番号,氏名,生年月日,個人メールアドレス,配偶者氏名,配偶者生年月日,扶養親族1氏名,扶養親族1続柄,扶養親族1生年月日',
      '1004,佐藤　翔太,1969/03/21,shota.sato836@yahoo.example,佐藤　花子,1970/07/25,佐藤　結衣,長女,2016/08/27',
      '1010,吉田　花子,1975/08/25,hanako.yoshida952@icloud.example,吉田　和也,1978/05/05,,,']);
    // Was two, the spouse's name and birth date the employee's, and no child.
    expect(payroll.subjectCount).toBe(5);
    expect(payroll.children?.under13).toBe(1);
    const roster = await csvPeople('cn.csv', ['工号,姓名,手机号,紧急联系人姓名,紧急联系人关系,紧急联系人电话',
      'DT20000,刘志强,13869672741,陈娟,兄弟,15071241578', 'DT20001,陈伟,19915428325,杨敏,配偶,18782931944']);
    expect(roster.subjectCount).toBe(4);
    const loans = people([{ application_no: 'APP-1', borrower: { nik: '5171020805956633', nama_lengkap: 'Yusuf Kurniawan', tanggal_lahir: '1995-05-08', penghasilan_bulanan: 14500000 },
      rekening: { bank: 'BCA', no_rekening: '0494567570', nama_pemilik: 'Yusuf Kurniawan' }, kontak_darurat: [{ nama: 'Dian Wijaya', hubungan: 'Orang Tua', no_hp: '085605336052' }] }]);
    // Was one, without financial data.
    expect(loans.subjectCount).toBe(2);
    expect(subjects(loans, 'financial')).toBe(1);
  });
});

describe('insurance, pharmacy, travel and mobility exports (QA round 107)', () => {
  it("counts a car deal's co-buyer as a person of their own, with the deal's finance", async () => {
    const deals = await csvPeople('deals.csv', ['DealNo,CustNo,LastName,FirstName,BirthDate,SSN,MonthlyIncome,CoBuyerCustNo,CoBuyerLastName,CoBuyerFirstName,CoBuyerBirthDate,CoBuyerSSN,AmountFinanced',
      '500000,1042010,CLARK,ERIC,03/13/1953,444-54-4901,4924,1042011,CLARK,JESSICA,03/11/1990,718-80-8391,23901',
      '500002,1042082,THOMPSON,CHRISTOPHER,04/01/1956,481-92-1674,3186,,,,,,0']);
    // Was two: the co-buyer's columns the buyer's.
    expect(deals.subjectCount).toBe(3);
    expect(counts(deals)).toMatchObject({ 'government-id': 3, financial: 3 });
  });

  it("reads a rental's 'DL #' as a driving licence, an NCPDP claim's 'Patient State / Province Address' as a state", async () => {
    const rentals = await csvPeople('rentals.csv', ['Rental Agreement #,Renter Last Name,Renter First Name,DL Number,DL State,Additional Driver 1 Name,Additional Driver 1 DL #',
      '40318127,Smith,Mary,23942968,TX,Heather Robinson,12615156', '40318165,Perez,Andrew,WDLTHZ677A68,WA,Tyler Ramirez,WDLW6JRE3SK0']);
    // Was two: the additional drivers' licences not read.
    expect(subjects(rentals, 'government-id')).toBe(4);
    const claims = await csvPeople('ncpdp.csv', ['Cardholder ID,Date of Birth,Patient First Name,Patient Last Name,Patient City Address,Patient State / Province Address,Patient ZIP/Postal Zone,Product Description',
      'ZX498641842,19990219,ASHLEY,YAMAMOTO,SAN ANTONIO,TX,782047577,Methylphenidate ER 36mg tablet', 'ZX498641843,19800101,JOHN,BAKER,ATLANTA,GA,303031234,Lisinopril 10mg tablet']);
    // Was no place at all.
    expect((claims.jurisdictionCounts ?? []).filter((entry) => entry.jurisdiction.startsWith('US-')).map((entry) => entry.jurisdiction).sort()).toEqual(['US-GA', 'US-TX']);
  });

  it("counts an order's ticket holders as people of their own, the purchaser's own ticket theirs", async () => {
    const tickets = await csvPeople('tickets.csv', ['Order Number,Purchaser First Name,Purchaser Last Name,Purchaser Email,Billing Zip,Seat,Ticket Holder First Name,Ticket Holder Last Name',
      '52-57659,Luis,Yamamoto,luisyamamoto34@gmail.example,90053,5,Tyler,Yamamoto', '52-57659,Luis,Yamamoto,luisyamamoto34@gmail.example,90053,6,Luis,Yamamoto',
      '45-83969,Vanessa,Robinson,vanessa_robinson@hotmail.example,92105,3,Vanessa,Robinson', '45-83969,Vanessa,Robinson,vanessa_robinson@hotmail.example,92105,4,Danielle,Pruitt']);
    // Was two: the holders the purchaser.
    expect(tickets.subjectCount).toBe(4);
  });

  it("counts no one for a SIM registration whose customer type says it is a juristic person's", async () => {
    const sims = await csvPeople('rica.csv', ['MSISDN,Customer Type,ID Type,ID Number,Surname,First Names,Residential Address,City,Postal Code',
      '27612412326,Juristic,Company Reg,2012/593229/07,Karoo Fresh Produce CC,,18 Industrial Rd,Kempton Park,1600',
      '27828073128,Juristic,Company Reg,2012/871622/07,Mzansi Couriers (Pty) Ltd,,90 Industrial Rd,Kempton Park,1600',
      '27624938730,Individual,RSA ID,4807179699081,Shabalala,Ruan,7742 Florida Rd,Durban,4001']);
    // Was three: each company a person.
    expect(sims.subjectCount).toBe(1);
  });

  it("reads a PNR-derived passenger list: each passenger apart under the booking's contact email, their SSR DOCS passport and birth date", async () => {
    const docs = (number: string, birth: string, name: string) => `SSR DOCS BA HK1 P/GBR/${number}/GBR/${birth}/M/15JAN33/${name}`;
    const list = await csvPeople('pax.csv', ['RecordLocator,PaxNo,PassengerName,PTC,Flight,SSR_DOCS,SSR_Service,ContactPhone(APM),ContactEmail(APE)',
      `SDGY9P,1,WRIGHT/CHARLIE MR,ADT,BA0117,${docs('245890298', '27DEC86', 'WRIGHT/CHARLIE')},,+447808802838,charliewright89@yahoo.example`,
      `SDGY9P,2,WRIGHT/POPPY MRS,ADT,BA0117,${docs('470585844', '23JUL93', 'WRIGHT/POPPY')},KSML,+447808802838,charliewright89@yahoo.example`,
      `SDGY9P,3,WRIGHT/CALLUM MSTR,CHD,BA0117,${docs('101342112', '02OCT20', 'WRIGHT/CALLUM')},GFML,+447808802838,charliewright89@yahoo.example`,
      `SDGY9P,3,WRIGHT/CALLUM MSTR,CHD,BA0112,${docs('101342112', '02OCT20', 'WRIGHT/CALLUM')},GFML,+447808802838,charliewright89@yahoo.example`]);
    // Was one person, with no passport, no birth date, no meal.
    expect(list.subjectCount).toBe(3);
    expect(counts(list)).toMatchObject({ 'government-id': 3, health: 1, 'special-category': 1 });
    expect(list.children?.under13).toBe(1);
  });

  it('reads IVMS101 travel-rule transfers: natural persons by their name identifiers, passports by their type, no exchange as anyone', () => {
    const person = (surname: string, given: string, town: string, country: string, passport?: string) => ({ naturalPerson: {
      name: { nameIdentifier: [{ primaryIdentifier: surname, secondaryIdentifier: given, nameIdentifierType: 'LEGL' }] },
      geographicAddress: [{ addressType: 'HOME', streetName: 'Kerkstraat 7', postCode: '5621 BV', townName: town, country }],
      ...(passport ? { nationalIdentification: { nationalIdentifier: passport, nationalIdentifierType: 'CCPT', countryOfIssue: country } } : {}) } });
    const vasp = (name: string) => ({ legalPerson: { name: { nameIdentifier: [{ legalPersonName: name, legalPersonNameIdentifierType: 'LEGL' }] },
      geographicAddress: [{ addressType: 'BIZZ', streetName: 'Friedrichstraße', buildingNumber: '68', postCode: '10117', townName: 'Berlin', country: 'DE' }],
      nationalIdentification: { nationalIdentifier: '529900T8BM49AURSDO55', nationalIdentifierType: 'LEIX' } } });
    const transfer = (originator: object, beneficiary: object) => ({ transferId: 'tr_1', asset: 'USDC', ivms101: {
      originator: { originatorPersons: [originator] }, beneficiary: { beneficiaryPersons: [beneficiary] },
      originatingVASP: { originatingVASP: vasp('Bitwerk Exchange GmbH') }, beneficiaryVASP: { beneficiaryVASP: vasp('Coinhaus AG') } } });
    const c = people([transfer(person('Guillaume', 'François', 'Paris', 'FR', '21XM14483'), person('Jansen', 'Ruben', 'Eindhoven', 'NL')),
      transfer(person('Byrne', 'Aoife', 'Dublin', 'IE', 'PA1234567'), person('Murphy', 'Sean', 'Cork', 'IE'))]);
    expect(c.subjectCount).toBe(4);
    expect(subjects(c, 'government-id')).toBe(2);
    // Was the exchange's Berlin address placing everyone in Germany too, and towns read as names.
    expect((c.jurisdictionCounts ?? []).map((entry) => `${entry.jurisdiction} ${entry.subjects}`).sort()).toEqual(['FR 1', 'IE 2', 'NL 1']);
    expect(c.evidence.find((entry) => entry.detector === 'person-name')?.columns.every((column) => column.endsWith('.name'))).toBe(true);
  });

  it("reads a hotel guest's allergies among their preferences and a claimant's burns or lacerations as health", async () => {
    const guests = await csvPeople('guests.csv', ['NAME_ID,LAST,FIRST,EMAIL,PREFERENCES',
      '1208052,Jones,Amelia,amelia_jones@yahoo.example,"LATE CHECKOUT,ALLERGY: PENICILLIN - DR ON CALL INFO"', '1208060,Ward,Emily,emily.ward@aol.example,HIGH FLOOR',
      '1208061,Okafor,Ben,ben.okafor@aol.example,LACTOSE INTOLERANT']);
    expect(subjects(guests, 'health')).toBe(2);
    const claims = await csvPeople('claims.csv', ['Claim Reference,Insured Name,Claimant Name,Cause of Loss Code,Loss Description',
      'GCUM-CL-11,Ashley Rodriguez,Kevin Smith,BI,"scalded by hot coffee, second-degree burns to hand"',
      "GCUM-CL-12,Brian Hill,Carlos Diaz,BI,\"bitten by insured's dog, lacerations to right forearm requiring stitches\"",
      'GCUM-CL-13,Ana Lee,,PD,water damage to kitchen']);
    expect(subjects(claims, 'health')).toBe(2);
    // The injury is the claimant's, not the insured's: one householder, two visitors hurt.
    const bordereau = await csvPeople('bordereau.csv', ['Claim Reference,Insured Name,Insured Address,Insured Postcode / Zip Code or similar,Claimant Name,Loss Description',
      'CL-1,Brian Hill,"1271 Willow Way, Albany",12210,Carlos Diaz,"fall down stairs, broken hip, hospitalised 6 days"',
      'CL-2,Brian Hill,"1271 Willow Way, Albany",12210,Nora Quinn,"trampoline accident at insured\'s home, concussion"',
      // A business insured's address is the business's, not its claimant's.
      'CL-3,Harbor Hardware LLC,"103 Washington Blvd, Denver",80236,Matthew Anderson,"fell from ladder on insured premises, lumbar spine fracture"',
      // A burglary the insured suffered is no offence of theirs (was criminal 1).
      'CL-4,Ana Lee,"9 Elm St, Austin",78701,,theft of jewellery during burglary']);
    // Was one (the householder) and contact three (the business's address its claimant's).
    expect(counts(bordereau)).toEqual({ health: 3, contact: 2, identity: 5 });
  });
});

describe('legal, security and facilities systems (QA round 106)', () => {
  it("keys a court e-filing's party list by its parties, not their lawyer's email, and reads felonies as offences", async () => {
    const parties = await csvPeople('parties.csv', ['Case Number,Case Category,Case Type,Party Type,Party First Name,Party Last Name,Address Line 1,City,State,Zip,Lead Attorney,Attorney Email,Party Name',
      'D-1-GN-26-006930,Criminal,Felony - Theft,Defendant,Samantha,Gibson,5602 Washington Ave,San Antonio,TX,78209,Paul Diaz,paul.diaz@lawfirm.example,"Gibson, Samantha"',
      'D-1-GN-24-006283,Civil,Debt/Contract - Consumer/DTPA,Defendant,Mary,Jordan,9317 Walnut St,San Antonio,TX,78209,Paul Diaz,paul.diaz@lawfirm.example,"Jordan, Mary"',
      'D-1-GN-25-003469,Criminal,Misdemeanor - DWI,Defendant,Sandra,Flores,3613 Sunset Blvd,Austin,TX,78704,Ana Ruiz,ana.ruiz@lawfirm.example,"Flores, Sandra"',
      'D-1-GN-25-003470,Civil,Injury or Damage - Motor Vehicle,Plaintiff,Omar,Reyes,12 Oak St,Austin,TX,78704,Ana Ruiz,ana.ruiz@lawfirm.example,"Reyes, Omar"',
      // The state and a bank as parties are no one (were a person a row, with their lawyer's email).
      'D-1-GN-26-006930,Criminal,Felony - Theft,Plaintiff,,,,,,,,,The State of Texas',
      'D-1-GN-24-006283,Civil,Debt/Contract - Consumer/DTPA,Plaintiff,,,,,,,Lee Park,lee.park@lawfirm.example,Discover Bank',
      'D-1-GN-24-006284,Civil,Debt/Contract - Consumer/DTPA,Plaintiff,,,,,,,Lee Park,lee.park@lawfirm.example,"Capital One Bank (USA), N.A."']);
    // Was two: one person a lawyer.
    expect(parties.subjectCount).toBe(4);
    expect(subjects(parties, 'criminal')).toBe(2);
  });

  it("counts a parking penalty's registered keeper once, whatever the contravention's location", async () => {
    const pcns = await csvPeople('pcn.csv', ['PCN Number,VRM,Contravention Code,Location,Status,Charge Amount,Keeper Title,Keeper Forename,Keeper Surname,Keeper Address 1,Keeper Town,Keeper Postcode',
      'AB62399546,CX73 MOD,30,Station Car Park,Paid,50.00,Mrs,Sophie,Hargreaves,81 High Street,Reading,RG1 8EU',
      'AB21575134,CX73 MOD,62,Park Street (P&D bay),NTO Issued,70.00,Mrs,Sophie,Hargreaves,81 High Street,Reading,RG1 8EU',
      'AB21575135,LK19 XYZ,01,Park Street (P&D bay),Paid,70.00,Mr,Tom,Reid,4 Mill Lane,Reading,RG2 7AA']);
    // Was three: the keeper once per location.
    expect(pcns.subjectCount).toBe(2);
  });

  it("gives a debt's joint party the debt as the debtor has it", async () => {
    const placement = await filePeople('placement.psv', ['Placement Ref|Forename|Surname|Date of Birth|Postcode|Current Balance|Default Date|Joint Party Forename|Joint Party Surname|Joint Party DOB',
      'PL9757552|Sandra|Powell|02/04/2003|CV5 4TZ|1850.93|08/04/2024|Douglas|Sanchez|11/03/1966',
      'PL4604136|Callum|Price|15/04/1985|EX4 1DJ|5405.14|10/01/2024||',
      'PL7741865|Nancy|Gibson|17/12/1978|B13 5UP|8456.88|29/12/2025|Kimberly|Bennett|04/12/1959'].join('\n'));
    expect(placement.subjectCount).toBe(5);
    // Was three: the debtors alone.
    expect(subjects(placement, 'financial')).toBe(5);
  });

  it("counts a lock audit's guests by name where its key column, the staff card's, is blank", async () => {
    const audit = await csvPeople('locks.csv', ['Date,Time,Lock,Door,Event,Card Type,Card Copy,User,Guest Name,Check-in,Check-out',
      '2026-02-26,15:29:08,215,Room 215,Opened,Guest,4,,"VASQUEZ, GARY",2026-02-26,2026-02-27',
      '2026-02-26,22:01:44,215,Room 215,Opened,Guest,4,,"VASQUEZ, GARY",2026-02-26,2026-02-27',
      '2026-02-27,07:12:03,215,Room 215,Opened,Guest,4,,"VASQUEZ, GARY",2026-02-26,2026-02-27',
      '2026-07-03,20:03:04,411,Room 411,Opened,Guest,4,,"MARSHALL, ANGELA",2026-06-30,2026-07-01',
      '2026-03-22,15:57:53,231,Room 231,Deadbolt override,Staff,98,Master - Front Office,,,',
      '2026-08-10,18:31:34,214,Room 214,Opened,Staff,99,Housekeeping 03,,,']);
    // Was four: each guest event a person.
    expect(audit.subjectCount).toBe(2);
    expect(subjects(audit, 'identity')).toBe(2);
  });

  it("counts a guard's incident report subject once with and without their birth date, and reads the offence or the emergency", async () => {
    const reports = await csvPeople('incidents.csv', ['Report #,Officer,Incident Type,Date,Subject Name,Subject DOB,Witness Name,Witness Phone,Narrative',
      'IR-1,Kyle Dunn,Theft / Shoplifting,03/02/2026,Brian Walsh,04/12/1990,,,Subject observed concealing merchandise; detained until APD arrived.',
      'IR-2,Kyle Dunn,Theft / Shoplifting,03/09/2026,Brian Walsh,,Helen Ortiz,(512) 384-2291,Subject observed concealing merchandise.',
      'IR-3,Kyle Dunn,Medical Emergency,03/10/2026,Carol Pike,02/02/1950,,,"Subject collapsed near entrance, reported chest pain; EMS transported to hospital."',
      'IR-4,Kyle Dunn,Lost Property,03/11/2026,Dean Frost,,,,Wallet handed in at security desk.',
      'IR-5,Kyle Dunn,Trespass,03/12/2026,Dean Frost,,Ivy Lamb,(214) 771-9034,Subject previously trespassed from property; issued criminal trespass warning.']);
    // Was seven: Brian Walsh's and Dean Frost's rows without a birth date each a person.
    expect(reports.subjectCount).toBe(5);
    expect(counts(reports)).toMatchObject({ criminal: 2, health: 1, contact: 2, identity: 5 });
  });
});

describe('charities, genealogy and benefits (QA round 105)', () => {
  it("reads an Illumina GenomeStudio Final Report as its samples' genotypes, past its [Header] block", async () => {
    const report = await filePeople('final_report.txt', ['[Header]', 'GSGT Version\t2.0.5', 'Processing Date\t11/20/2026 2:14 PM', 'Num SNPs\t2', 'Num Samples\t2', '[Data]',
      'Sample ID\tSNP Name\tChr\tPosition\tAllele1 - Top\tAllele2 - Top\tGC Score',
      'GSA20311457_R01C01\trs4477212\t1\t82154\tA\tG\t0.8123', 'GSA20311457_R01C01\trs3094315\t1\t752566\tA\tA\t0.9011',
      'GSA20311458_R02C01\trs4477212\t1\t82154\tG\tG\t0.7712', 'GSA20311458_R02C01\trs3094315\t1\t752566\tA\tG\t0.8840'].join('\n'));
    // Was a person a line with health data (a "[Header]" line read as the header).
    expect(report.subjectCount).toBe(2);
    expect(counts(report)).toEqual({ genetic: 2 });
  });

  it('reads illness and disability in benefits, referral reasons, vulnerabilities and needs; offences in anti-social behaviour notes', () => {
    const row = (id: string, fields: Record<string, string>) => ({ 'Client ID': `CL${id}`, 'First Name': 'Sam', Surname: `Hale${id}`, ...fields });
    expect(subjects(people([row('1', { 'Primary Referral Reason': 'Sickness/ill health', 'Benefit Status': 'Universal Credit' }),
      row('2', { 'Primary Referral Reason': 'Benefit delays', 'Benefit Status': 'PIP claimant' }), row('3', { 'Primary Referral Reason': 'Low income', 'Benefit Status': 'Universal Credit' })]), 'health')).toBe(2);
    expect(subjects(people([row('1', { Uitkeringssoort: 'WIA-IVA' }), row('2', { Uitkeringssoort: 'Wajong' }), row('3', { Uitkeringssoort: 'WW' })]), 'health')).toBe(2);
    expect(subjects(people([row('1', { Prestations: 'AF, AAH' }), row('2', { Prestations: 'AAH' }), row('3', { Prestations: 'PAJE, RSA' })]), 'health')).toBe(2);
    const tenancy = (id: string, asb: string, vulnerabilities: string) => row(id, { 'ASB Case': asb, Vulnerabilities: vulnerabilities });
    expect(counts(people([tenancy('1', '', 'Learning disability'), tenancy('2', 'Police attended: tenant arrested for criminal damage', ''),
      tenancy('3', 'Noise complaint - resolved', 'None')]))).toMatchObject({ health: 1, criminal: 1 });
    expect(subjects(people([row('1', { 'Pastoral Notes': 'Home visit after hip replacement, recovering well' }), row('2', { 'Pastoral Notes': 'Welcomed at the Harvest supper' })]), 'health')).toBe(1);
  });

  it("counts a household's children listed in one cell with their birth dates, as ShulCloud and the CAF write them", async () => {
    const members = await csvPeople('shulcloud.csv', ['Account ID,Primary First,Primary Last,Primary Email,Primary DOB,Children',
      '5001,David,Goldberg,david.goldberg@example.com,4/3/1980,Noa (1/12/2015); Eli (2/3/2019)', '5002,Michael,Katz,michael.katz@example.com,4/4/1980,',
      // The same family's row again.
      '5001,David,Goldberg,david.goldberg@example.com,4/3/1980,Noa (1/12/2015); Eli (2/3/2019)']);
    // Was two: the children not counted.
    expect(members.subjectCount).toBe(4);
    expect(members.children).toMatchObject({ under13: 2 });
    const caf = await csvPeople('caf.csv', ['N° allocataire;Nom;Prénom;Date de naissance;Code postal;Enfants à charge',
      '4512301;MARTIN;Julie;01/03/1985;75011;Léa MARTIN (02/05/2016), Hugo MARTIN (11/09/2019)', '4512302;DUBOIS;Nicolas;02/04/1986;75011;']);
    expect(caf.subjectCount).toBe(4);
    expect(caf.children).toMatchObject({ under13: 2 });
  });

  it("counts a joint Universal Credit claim's claimant and partner once each, not the claim, and its LCWRA flag as health", async () => {
    const claims = await csvPeople('uc.csv', [
      'CLAIM_ID,CLAIMANT_NINO,CLAIMANT_FORENAME,CLAIMANT_SURNAME,CLAIMANT_DOB,PARTNER_NINO,PARTNER_FORENAME,PARTNER_SURNAME,PARTNER_DOB,POSTCODE,EMAIL,LCWRA_FLAG',
      'UC512300441,KX822940A,Daniel,Wright,1980-04-10,KE548455B,Chloe,Wright,1980-09-01,M14 1RT,d.wright@example.com,Y',
      'UC512300442,XP235520B,Samuel,Evans,1981-04-11,,,,,M14 2RT,sam.evans@example.com,N',
      // A claimant's second claim.
      'UC512300449,XP235520B,Samuel,Evans,1981-04-11,,,,,M14 2RT,sam.evans@example.com,N',
    ]);
    // Was six: each claim a person, its claimant another.
    expect(claims.subjectCount).toBe(3);
    expect(counts(claims)).toMatchObject({ identity: 3, 'government-id': 3, contact: 2, health: 1 });
  });
});

describe('payroll exports outside the US (QA round 104)', () => {
  it("reads an employee relations case's companion by their role as no one ('UNISON representative', 'Work colleague')", () => {
    const cases = people([
      { 'Case ID': 'ER-4114', 'Employee ID': 'E20010', 'Employee Name': 'Charlotte Kelly', 'Case Type': 'Grievance', Companion: 'Work colleague' },
      { 'Case ID': 'ER-4104', 'Employee ID': 'E20002', 'Employee Name': 'Joseph Baker', 'Case Type': 'Disciplinary', Companion: 'UNISON representative' },
      { 'Case ID': 'ER-4105', 'Employee ID': 'E20003', 'Employee Name': 'Niamh Lee', 'Case Type': 'Disciplinary', Companion: 'Sam Okafor' }]);
    // Was six: each role a person.
    expect(cases.subjectCount).toBe(4);
    // An alleged fraud is an alleged offence (was none).
    expect(subjects(people([{ 'Employee ID': 'E20004', 'Employee Name': 'Ryan Evans', Issue: 'Falsified expenses claim' },
      { 'Employee ID': 'E20005', 'Employee Name': 'Ben Taylor', Issue: 'Persistent lateness' }]), 'criminal')).toBe(1);
  });

  it("finds the header of a Spanish payroll whose column names a withholding rate (\"% IRPF\"), and its sick leave (\"Situación IT\")", async () => {
    const nominas = await csvPeople('a3nom.csv', [
      'Cód. Trabajador;Apellido 1;Nombre;NIF/NIE;Salario Base;% IRPF;Situación IT',
      '000021;Navarro;Elena;13053049C;2000,00;5,53;Baja IT accidente de trabajo',
      '000032;Blanco;Raúl;58840561Y;1702,00;7,03;',
    ]);
    // Was: no header, the header row a third person, no health.
    expect(nominas.subjectCount).toBe(2);
    expect(counts(nominas)).toMatchObject({ identity: 2, 'government-id': 2, financial: 2, health: 1 });
  });

  it('reads sick leave and pay as Sage Paie, Tripletex, Danløn, Sage 50 and a German union dues list name them', () => {
    const absence = (id: string, label: string) => ({ Matricule: id, Nom: 'Roux', Prénom: `Louis${id}`, 'Libellé absence': label });
    expect(subjects(people([absence('1', 'Maladie non professionnelle'), absence('2', 'Maladie professionnelle'), absence('3', 'Congés payés'), absence('4', 'RTT')]), 'health')).toBe(2);
    const sick = (id: string, days: string) => ({ Ansattnummer: id, Fornavn: 'Ola', Etternavn: `Nordmann${id}`, 'Sykemelding (dager)': days });
    expect(subjects(people([sick('1', '4'), sick('2', '0')]), 'health')).toBe(1);
    const danlon = (id: string, days: string) => ({ Medarbejdernr: id, Fornavn: 'Mette', Efternavn: `Hansen${id}`, 'Månedsløn': '38500,00', 'Sygedage (år til dato)': days });
    expect(counts(people([danlon('1', '3'), danlon('2', '0')]))).toMatchObject({ financial: 2, health: 1 });
    expect(subjects(people([{ Reference: '001', Forename: 'Amy', Surname: 'Clark', SSP: '118.75' }, { Reference: '002', Forename: 'Ben', Surname: 'Hale', SSP: '0.00' }]), 'health')).toBe(1);
    expect(subjects(people([{ Personalnummer: '1001', Name: 'Wolf, Andreas', Bruttomonatsverdienst: '3.850,00' }]), 'financial')).toBe(1);
  });

  it("reads a Polish HR form's parents' first names (\"Imię ojca\", \"Imię matki\") as the employee's particulars, not two more people", async () => {
    const staff = await csvPeople('optima.csv', [
      'Akronim;Nazwisko;Imię;PESEL;Data urodzenia;Imię ojca;Imię matki;Telefon',
      'PRAC001;Lewandowska;Joanna;87061565448;1987-06-15;Łukasz;Katarzyna;668 974 375',
      'PRAC002;Wiśniewska;Aleksandra;01310638846;2001-11-06;Marcin;Joanna;727 547 937',
    ]);
    // Was six.
    expect(staff.subjectCount).toBe(2);
    expect(counts(staff)).toMatchObject({ identity: 2, 'government-id': 2 });
    // A parent with a name and a phone of their own is one (a school's "Mother first name", "Mother last name", "Mother phone").
    const pupils = await csvPeople('pupils.csv', ['Pupil ID,First name,Last name,Mother first name,Mother last name,Mother phone',
      'P1,Amy,Clark,Jane,Clark,07700 900123', 'P2,Ben,Hale,Rita,Hale,07700 900456']);
    expect(pupils.subjectCount).toBe(4);
    // So is a Brazilian record's mother by her full name ("Nome da mãe").
    const cidadaos = await csvPeople('esus.csv', ['CPF;Nome;Data de nascimento;Nome da mãe', '289.679.799-83;ANA GOMES;14/04/1983;FRANCISCA MARTINS GOMES']);
    expect(cidadaos.subjectCount).toBe(2);
  });

  it("reads an employee relations case's sickness, occupational health referral and alleged offence", () => {
    const er = (id: string, caseType: string, issue: string, allegation: string, referral: string) => ({ 'Case ID': `ER-${id}`, 'Employee ID': `E${id}`,
      'Employee Name': `Amy White${id}`, 'Case Type': caseType, Issue: issue, 'Allegation / Detail': allegation, 'OH Referral': referral, 'Trade Union Member': 'N' });
    const cases = people([
      er('1', 'Sickness Absence', 'Short-term absence trigger (Bradford score)', '', 'Yes'),
      er('2', 'Grievance', 'Long-term absence - stress and anxiety', '', 'No'),
      er('3', 'Disciplinary', 'Theft of company property', 'Alleged: theft of company property on 28/08/2024', 'No'),
      er('4', 'Disciplinary', 'Timekeeping', 'Late on five occasions', 'No'),
    ]);
    expect(counts(cases)).toMatchObject({ health: 2, criminal: 1 });
  });

  it("counts a child the medical cover lists as a member and the life cover names as a beneficiary once, whatever their age", async () => {
    const rows = await csvPeople('benefits.csv', [
      'Employee Number,Employee Surname,Employee Forename,Employee Date of Birth,Home Postcode,Benefit,Member Type,Member Surname,Member Forename,Member Date of Birth,Relationship,Beneficiary Name,Beneficiary Relationship',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Private Medical Insurance,Employee,Richardson,William,04/05/1972,Self,,',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Private Medical Insurance,Child,Richardson,Olivia,21/11/2013,Daughter,,',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Private Medical Insurance,Child,Richardson,Callum,04/05/2021,Son,,',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Life Assurance,Employee,Richardson,William,04/05/1972,Self,Olivia Richardson,Daughter',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Life Assurance,Employee,Richardson,William,04/05/1972,Self,Callum Richardson,Son',
      'B07008,Richardson,William,04/05/1972,EH7 4AH,Life Assurance,Employee,Richardson,William,04/05/1972,Self,Niamh Richardson,Mother',
      // Another employee's daughter of the same name is another child.
      'B07011,Richardson,Paul,12/02/1980,G12 8QQ,Life Assurance,Employee,Richardson,Paul,12/02/1980,Self,Olivia Richardson,Daughter',
    ]);
    // William, Olivia, Callum, Niamh; Paul and his Olivia. Was eight: the beneficiaries counted again.
    expect(rows.subjectCount).toBe(6);
  });

  it("counts the holder of a contractor's payout account who is another person (Deel's bank_details.account_holder_name)", () => {
    const contract = (id: string, first: string, holder: string) => ({ id, worker: { first_name: first, last_name: 'Parker', birth_date: '2002-05-20', emails: [{ type: 'personal', value: `${first.toLowerCase()}@example.com` }] },
      payout: { method: 'bank_transfer', bank_details: { iban: 'GB71NWBK60834219087137', swift_code: 'NWBKGB2L', account_holder_name: holder } } });
    // Was two: a wife's account named no one of her own.
    expect(people([contract('c1', 'Thomas', 'Thomas Parker'), contract('c2', 'James', 'Sarah Parker')]).subjectCount).toBe(3);
  });

  it("counts a donor's direct debit's account holder who is another person (Raiser's Edge NXT, QA round 105)", async () => {
    const donors = await csvPeople('constituents.csv', ['Constituent ID,Title,First name,Last name,Email address,Direct debit account name,Sort code,Account number',
      '100231,Mr,John,Pearson,john.pearson@example.com,MRS K PEARSON,20-45-77,41236587', '100232,Mr,Colin,Fraser,colin.fraser@example.com,MR C FRASER,40-11-62,12873460']);
    expect(donors.subjectCount).toBe(3);
  });

  it("counts no one for a payroll report's totals row, wherever its label stands (Sage 50's Payments History)", async () => {
    const history = await csvPeople('payments.csv', [
      'Reference,Surname,Forename,NI Number,Process Date,Gross Pay,SSP,Net Pay',
      '2,Jones,Rebecca,ER353749B,28/05/2026,2697.46,0.00,1996.12',
      '216,Price,Olivia,JR957252C,28/05/2026,5206.60,118.75,3852.88',
      ',,,,Totals,7904.06,118.75,"5,849.00"',
    ]);
    // Was three: the totals a person with financial data.
    expect(history.subjectCount).toBe(2);
    expect(subjects(history, 'financial')).toBe(2);
  });
});

describe('HR and payroll systems\' exports (QA round 91)', () => {

  it('reads a payroll journal whose header names a 401(k) plan, keyed by its worker, not the employer\'s client id', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'paychex-')), 'journal.csv');
    writeFileSync(file, ['Client ID,Worker ID,Last Name,First Name,Gross Pay,401(k),Net Pay,Resident State', '70123456,0101,Garcia,Maria,3200.00,160.00,2411.20,NJ',
      '70123456,0102,Nguyen,David,2880.00,144.00,2170.08,NY', '70123456,0103,Okafor,Grace,3010.00,150.50,2260.10,PA'].join('\n'));
    const { classification } = await classifySource(file, { asOf });
    expect(classification.subjectCount).toBe(3);
    expect(classification.jurisdictions).toEqual(['US', 'US-NJ', 'US-NY', 'US-PA']);
  });

  it('reads sickness in an absence\'s type, an occupational health referral, ADP\'s Disabled beside EEO answers and religious holidays', () => {
    expect(subjects(people([{ 'Mitarbeiter-ID': '2078', Vorname: 'Andreas', Nachname: 'Wolf', Abwesenheitstyp: 'Krankheit' }, { 'Mitarbeiter-ID': '2079', Vorname: 'Julia', Nachname: 'Berg', Abwesenheitstyp: 'Urlaub' }]), 'health')).toBe(1);
    expect(subjects(people([{ 'Employee Email': 'w.hughes@example.com', 'Reason for Referral': 'Work-related stress and low mood; GP signed off 4 weeks', 'Condition Category': 'Mental health - stress' }]), 'health')).toBe(1);
    const adp = (id: string, disabled: string) => ({ 'Associate ID': id, 'Legal First Name': 'Matthew', 'Legal Last Name': `Thomas${id}`, 'EEO Ethnic Code': 'White (Not Hispanic or Latino)', Disabled: disabled, 'Veteran Status': 'Choose not to self-identify' });
    expect(subjects(people([adp('1', 'Yes'), adp('2', 'No')]), 'health')).toBe(1);
    expect(subjects(people([{ 'Employee ID': '31', 'Display name': 'James Hughes', 'Religious holidays observed': 'Eid al-Fitr; Eid al-Adha' }]), 'special-category')).toBe(1);
    // An account that is disabled is no one's disability.
    expect(subjects(people([{ userPrincipalName: 'j.hughes@example.com', displayName: 'James Hughes', Disabled: 'Yes' }]), 'health')).toBeUndefined();
  });

  it('places no one by the country that issued their national id, and counts a Workday worker\'s dependants by their names', () => {
    const worker = people([{ 'Person ID External': 'P1', 'First Name': 'Aurélie', 'Last Name': 'Robert', 'National ID Information Country/Region': 'France', 'National ID': '180065930466574', 'Home Address Country/Region': 'Poland' }]);
    expect(worker.jurisdictions).toEqual(['PL']);
    const workday = people([{ Employee_ID: '21029', Worker: 'Priya Wood', Date_of_Birth: '1982-11-05', Primary_Home_Address: '150 Mill Lane, Glasgow G1 1XQ, United Kingdom',
      Dependents_group: [{ Dependent_ID: 'DEP-1', Dependent: 'Jessica Wood', Relationship: 'Spouse', Date_of_Birth: '1982-10-19' }, { Dependent_ID: 'DEP-2', Dependent: 'Callum Wood', Relationship: 'Child', Date_of_Birth: '2012-01-15' }] }]);
    expect(workday.subjectCount).toBe(3);
    expect(workday.children?.under16).toBe(1);
  });
});

describe('healthcare software\'s exports as it writes them (QA round 92)', () => {

  it('keys a pharmacy\'s fills by the patient, not the prescriber\'s name parts; a versioned dimension by its durable key', () => {
    const fill = (rx: string, prescriberLast: string, prescriberFirst: string) => ({ 'Rx Number': rx, 'Patient Last': 'Reed', 'Patient First': 'Ava', 'Patient DOB': '03/14/2018',
      'Patient Zip': '33602', 'Drug Name': 'Amoxicillin 400 MG/5ML Suspension', 'Prescriber Last': prescriberLast, 'Prescriber First': prescriberFirst });
    const fills = people([fill('6100101', 'Patel', 'Wei'), fill('6100188', 'Kim', 'Robert')]);
    expect(fills.subjectCount).toBe(1);
    expect(fills.children?.under13).toBe(1);
    const version = (key: string) => ({ PatientKey: key, DurableKey: '5000', PrimaryMrn: '30123456', FirstName: 'Maria', LastName: 'Olson', BirthDate: '2015-06-03', FirstRace: '*Unspecified', Ethnicity: 'Patient Declined' });
    const dimension = people([version('101'), version('102')]);
    expect(dimension.subjectCount).toBe(1);
    expect(subjects(dimension, 'special-category')).toBeUndefined();
  });

  it('counts a guarantor who is the patient, or a family\'s guarantor who is a patient at that address, once', () => {
    const appointment = (id: string, first: string, birth: string, relationship: string) => ({ 'Patient ID': id, 'Patient First Name': first, 'Patient Last Name': 'Moore', 'Patient DOB': birth,
      'Patient Address1': '77 Park Pl', 'Patient Zip': '02115', 'Guarantor First Name': 'Jessica', 'Guarantor Last Name': 'Moore', 'Guarantor Relationship': relationship });
    expect(people([appointment('40011', 'Jessica', '04/22/1984', 'Self'), appointment('40015', 'Liam', '09/01/2019', 'Mother')]).subjectCount).toBe(2);
    // A tenant's guarantor of the tenant's own name is someone else unless the records say "Self" (a father and his son).
    const tenancy = people([{ 'Tenant Number': '5100000', 'First Name': 'Mathis', 'Last Name': 'David', Email: 'mathis.david@example.com', 'Postal Code': '3511 AB',
      'Guarantor Name': 'Mathis David', 'Guarantor Email': 'm.david@example.fr', 'Guarantor Country': 'France' }]);
    expect(tenancy.subjectCount).toBe(2);
  });

  it('reads an appointment\'s reason as health where the records are a patient\'s visits, and a mood app\'s PHQ-9 and GAD-7 totals', () => {
    const visit = (name: string, birth: string, reason: string) => ({ 'Patient Name': name, DOB: birth, 'Visit Type': 'FU', Reason: reason });
    expect(subjects(people([visit('Lopez, Guadalupe', '06/11/1994', 'prenatal visit'), visit('Brooks, Jamal', '01/27/1988', 'PrEP follow up')]), 'health')).toBe(2);
    expect(subjects(people([{ user_id: 'u_00003', email: 'sophie@example.com', mood: 2, phq9_total: 21, gad7_total: 17 }]), 'health')).toBe(1);
  });
});

describe('CRM, ERP, IT and identity tools\' exports (QA rounds 93 and 94)', () => {
  it('keys an Odoo sale order by its customer, not the salesperson in user_id, and reads a many2one\'s display name as its field', async () => {
    const orders = await csvPeople('sale_order.csv', [
      'id,name,partner_id,partner_id/email,partner_id/country_id,user_id,amount_total',
      '__export__.sale_order_1,S00121,"Kraus Bau GmbH, Anna Weber",anna.weber@kraus-bau.example,Austria,Katrin Vogel,5197.14',
      '__export__.sale_order_2,S00122,Ursula Böhm,ursula.boehm@t-online.example,Germany,Katrin Vogel,6159.05',
      '__export__.sale_order_3,S00123,Ursula Böhm,ursula.boehm@t-online.example,Germany,Stefan Brandt,2194.13',
      '__export__.sale_order_4,S00124,Tobias Huber,tobias.huber@gmx.example,Austria,Stefan Brandt,120.00',
    ]);
    expect(orders.subjectCount).toBe(3);
    expect(orders.jurisdictions).toEqual(['AT', 'DE']);
    // The customer's name is read; the evidence names the file's own column.
    expect(orders.evidence.find((entry) => entry.detector === 'person-name')?.columns).toContain('partner_id');
    const partners = await csvPeople('res_partner.csv', [
      'id,name,is_company,parent_id/id,parent_id/name,email,country_id/name,state_id/name',
      '__export__.res_partner_1,Orion Maschinenbau GmbH,True,,,info@orion.example,Germany,Bavaria (DE)',
      '__export__.res_partner_2,Ursula Zimmermann,False,__export__.res_partner_1,Orion Maschinenbau GmbH,ursula.zimmermann@orion.example,Germany,Bavaria (DE)',
      '__export__.res_partner_3,Katrin Becker,False,,,katrin_becker@gmail.example,Austria,',
    ]);
    expect(partners.subjectCount).toBe(2);
    expect(partners.evidence.find((entry) => entry.detector === 'person-name')?.columns).toEqual(['name']);
    expect(partners.jurisdictions).toEqual(['AT', 'DE']);
  });

  it('reads Jira\'s bare Reporter under a header that repeats its multi-valued fields, and ServiceNow\'s caller_id, not its site', async () => {
    const jira = await csvPeople('jira.csv', [
      'Summary,Issue key,Issue id,Assignee,Reporter,Created,Watchers,Watchers,Comment,Comment',
      'Laptop battery swells,ITSM-1320,10320,Seán O\'Neill,Dieter Neumann,21/Nov/26 05:53 PM,Ciara Walsh,,,',
      'Access to Finance site,ITSM-1216,10216,Seán O\'Neill,Eric Lopez,20/Nov/26 02:41 PM,,,,',
      'Second monitor,ITSM-1030,10030,Seán O\'Neill,Eric Lopez,19/Nov/26 09:12 AM,,,,',
    ]);
    expect(jira.recordsScanned).toBe(3); // the header is read as one
    expect(subjects(jira, 'identity')).toBe(2); // two reporters, the requests' people (agents are read as other tools' are: not)
    const incidents = await csvPeople('incident.csv', [
      'number,opened_at,caller_id,short_description,assigned_to,location',
      'INC0010003,2026-11-08 07:41:28,Aisha Smith,Account locked out,Rajesh Krishnan,Dublin Docklands',
      'INC0010004,2026-11-08 08:02:11,Amélie Petit,MFA phone replaced,Rajesh Krishnan,Berlin HQ',
    ]);
    expect(subjects(incidents, 'identity')).toBeGreaterThanOrEqual(2);
    expect(subjects(incidents, 'contact')).toBeUndefined();
    // A caller's incidents, one with a callback number: one caller. Namesakes at two numbers stay two.
    const calls = await csvPeople('incidents.csv', [
      'number,caller_id,short_description,u_callback_phone',
      'INC0010001,Aisha Smith,Account locked out,+353 85 844 4567',
      'INC0010002,Aisha Smith,VPN drops,',
      'INC0010003,Aisha Smith,Printer jam,',
      'INC0010004,Tom Byrne,MFA reset,+353 87 123 4567',
      'INC0010005,Tom Byrne,New laptop,+353 86 765 4321',
    ]);
    expect(calls.subjectCount).toBe(3);
  });

  it('counts the acting accounts of an audit log that names the enterprise it acts in', () => {
    const event = (actor: string, id: number, ip: string, country: string) => ({ action: 'repo.create', actor, actor_id: id, actor_ip: ip, actor_location: { country_code: country }, business: 'kestrel', org: 'kestrel-systems' });
    const log = people([event('jbakker12', 33953564, '77.161.189.108', 'NL'), event('jbakker12', 33953564, '77.161.189.108', 'NL'), event('crobinson', 3856891, '86.150.189.145', 'GB')]);
    expect(log.subjectCount).toBe(2);
    expect(log.jurisdictions).toEqual(['GB', 'NL']);
  });

  it('counts no software actor or target of an Okta log, no shared or room mailbox, no built-in or integration account, no desk', async () => {
    const event = (type: string, alternateId: string, target?: Record<string, unknown>) => ({ actor: { id: `${type}-${alternateId}`, type, alternateId, displayName: alternateId },
      client: { ipAddress: '52.90.53.58', geographicalContext: { city: 'Ashburn', state: 'Virginia', country: 'United States' } }, eventType: 'user.authentication.sso', target: target ? [target] : null });
    const okta = people([
      event('User', 'sebastian.schafer@kestrel.example', { id: '0oac66', type: 'AppInstance', alternateId: 'Salesforce.com', displayName: 'Salesforce.com' }),
      event('PublicClientApp', 'Okta Workflows'), event('SystemPrincipal', 'system@okta.com'),
    ]);
    expect(okta.subjectCount).toBe(1);
    const mailboxes = await csvPeople('mailboxes.csv', [
      'DisplayName,PrimarySmtpAddress,RecipientTypeDetails,FirstName,LastName,CountryOrRegion',
      'Julia Lange,julia.lange@kestrel.example,UserMailbox,Julia,Lange,Germany',
      'HR Germany,hr.germany@kestrel.example,SharedMailbox,,,Germany',
      'Meeting Room Berlin 3.14,room.ber.314@kestrel.example,RoomMailbox,,,Germany',
    ]);
    expect(mailboxes.subjectCount).toBe(1);
    const directory = await csvPeople('ad.csv', [
      'DistinguishedName,GivenName,Name,SamAccountName,Surname,EmailAddress,Description',
      '"CN=Byrne\\, Darragh,OU=Users,DC=corp,DC=kestrel,DC=local",Darragh,"Byrne, Darragh",dbyrne,Byrne,darragh.byrne@kestrel.example,',
      '"CN=krbtgt,OU=Service,DC=corp,DC=kestrel,DC=local",,krbtgt,krbtgt,,,Built-in account',
      '"CN=Reception Berlin,OU=Service,DC=corp,DC=kestrel,DC=local",,Reception Berlin,reception.ber,,reception.ber@kestrel.example,Service account',
      '"CN=OdooBot,OU=Service,DC=corp,DC=kestrel,DC=local",,OdooBot,odoobot,,,',
    ]);
    expect(directory.subjectCount).toBe(1);
    // A desk's name cut into first and last names (Google Workspace's "First Name [Required]": Reception, "Last Name": Dublin).
    const workspace = people([
      { 'First Name [Required]': 'Niamh', 'Last Name [Required]': 'Byrne', 'Email Address [Required]': 'niamh.byrne@kestrel.example' },
      { 'First Name [Required]': 'Reception', 'Last Name [Required]': 'Dublin', 'Email Address [Required]': 'reception.dublin@kestrel.example' },
      { 'First Name [Required]': 'No', 'Last Name [Required]': 'Reply', 'Email Address [Required]': 'noreply@kestrel.example' },
    ]);
    expect(workspace.subjectCount).toBe(1);
    // A vault's shared logins of devices and admin accounts (root, CORP\\bg-admin, administrator@vsphere.local) are no one's.
    const login = (name: string, username: string) => ({ name, login: { uris: [{ uri: 'https://10.0.2.52' }], username, password: 'maLpo2SqJD8w4oeFDw4n' } });
    const vault = people([login('Lotte Mulder - Microsoft 365', 'lotte.mulder@kestrel.example'), login('Firewall', 'root'), login('Domain Admin break-glass', 'CORP\\bg-admin'), login('vCenter', 'administrator@vsphere.local')]);
    expect(vault.subjectCount).toBe(1);
    const users = people([
      { user_name: 'aisha.smith', name: 'Aisha Smith', email: 'aisha.smith@kestrel.example', web_service_access_only: 'false' },
      { user_name: 'svc.workday', name: 'Workday Integration', email: '', web_service_access_only: 'true' },
      { user_name: 'intg.hr', name: 'HR Sync', email: '', internal_integration_user: 'true' },
    ]);
    expect(users.subjectCount).toBe(1);
    // Germany's UG (haftungsbeschränkt) and Austria's OG are companies.
    expect(people([{ id: 'p1', name: 'Riverside Systems UG (haftungsbeschränkt)', email: 'office@riverside.example' }, { id: 'p2', name: 'Redwood Packaging OG', email: 'office@redwood.example' }]).subjectCount).toBe(0);
    // So are the Dutch N.V. and Ireland's DAC; a worker's own PrimaryContactEmail (Dynamics 365 F&O) is no other person's.
    expect(people([{ id: 'a1', name: 'Riverside Trading N.V.', email: 'sales@riverside.example' }, { id: 'a2', name: 'Stern Logistics DAC', email: 'accounts@stern.example' }]).subjectCount).toBe(0);
    // Not a Singaporean surname that reads like an abbreviated Teoranta.
    expect(people([{ id: 'a3', name: 'Jia Hui Teo', email: 'jiahui.teo@icloud.example' }]).subjectCount).toBe(1);
    expect(people([{ PersonnelNumber: '000100', Name: 'Mei Lewis', PrimaryContactEmail: 'mei_lewis46@comcast.example' }]).subjectCount).toBe(1);
  });

  it('reads an employee\'s national ids under Odoo\'s names, the emergency contact\'s phone as theirs, and a company\'s primary contact', async () => {
    const employees = people([
      { name: 'Gisela Wagner', private_country_id: 'Switzerland', ssnid: '756.6298.9256.21', emergency_contact: 'Felix Klein', emergency_phone: '+41 78 985 87 92' },
      { name: 'Jan Lange', private_country_id: 'Germany', identification_id: '65929970489', emergency_contact: 'Ursula Frei', emergency_phone: '+49 151 44968321' },
    ]);
    expect(subjects(employees, 'government-id')).toBe(2);
    expect(subjects(employees, 'contact')).toBe(2); // the emergency contacts' phones
    const customers = await csvPeople('netsuite.csv', [
      'Internal ID,Name,Type,Company Name,First Name,Last Name,Primary Contact,Email,Billing State/Province,Billing Country',
      '2000,CUST02000 Eichen Packaging Inc.,Company,Eichen Packaging Inc.,,,Logan Garcia,sales@eichen-packaging.example,CA,United States',
      '2001,CUST02001 Maria Nelson,Individual,,Maria,Nelson,,maria_nelson@comcast.example,NY,United States',
    ]);
    expect(customers.subjectCount).toBe(2);
    expect(inJurisdiction(customers, 'US-CA')?.subjects).toBe(1);
  });

  it('reads Zoom\'s participants under their own header after the meeting\'s, and no failed Entra sign-in to no account', async () => {
    const zoom = await csvPeople('zoom.csv', [
      'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
      '812 0643 1657,Kestrel All Hands November,11/20/2026 03:00:00 PM,11/20/2026 04:58:12 PM,niamh.mccarthy@kestrel.example,119,350',
      '',
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
      'Megan Lewis,megan.lewis@kestrel.example,11/20/2026 03:13:23 PM,11/20/2026 04:31:27 PM,52,No',
      'Ciarán Lynch,ciaran.lynch@kestrel.example,11/20/2026 03:55:31 PM,11/20/2026 04:32:27 PM,39,No',
    ]);
    expect(subjects(zoom, 'identity')).toBe(2);
    expect(zoom.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['User Email']);
    const signIns = await csvPeople('signins.csv', [
      'Date (UTC),User ID,User,Username,IP address,Status,Sign-in error code',
      '2026-11-22T01:48:39Z,502b8ffa-dd21-19e3-febf-995d30dc9f50,Léo Martin,leo.martin@kestrel.example,93.199.189.102,Success,0',
      '2026-11-21T09:58:51Z,00000000-0000-0000-0000-000000000000,,root@kestrel.example,45.6.134.191,Failure,50034',
      '2026-11-21T09:58:52Z,00000000-0000-0000-0000-000000000000,,test@kestrel.example,45.6.134.191,Failure,50034',
    ]);
    expect(signIns.subjectCount).toBe(1);
    expect(subjects(signIns, 'identity')).toBe(1);
  });

  it('reads SAP\'s technical field names as its German labels, Dynamics\' "(Do Not Modify)" header, and contacts\' social profiles', async () => {
    const kna1 = await csvPeople('kna1.txt', [
      'MANDT\tKUNNR\tLAND1\tNAME1\tORT01\tPSTLZ\tREGIO\tSTRAS\tANRED\tSMTP_ADDR',
      '100\t0000100200\tDE\tEichen Components GmbH\tDresden\t01067\t14\tGartenweg 18\tFirma\toffice@eichen.example',
      '100\t0000100201\tAT\tJan Fischer\tGraz\t8010\t2\tMariahilfer Straße 38\tHerr\tjanfischer74@gmail.example',
      '100\t0000100202\tUS\tMary Jones\tAustin\t78701\tTX\t12 Congress Ave\tFrau\tmary.jones@yahoo.example',
    ]);
    expect(kna1.subjectCount).toBe(2);
    expect(kna1.jurisdictions).toEqual(['AT', 'US', 'US-TX']);
    expect(kna1.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['SMTP_ADDR']);
    const dynamics = await csvPeople('dynamics.csv', [
      '(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,Email',
      '37e8f23c-e1fe-45d3-95e9-ce0c37aa5569,dK/uLL65e7c0mwU+lpJBx2abLQ7uera1HM84zl0fAFUBKK4paj,12/11/2026 10:00,Megan Begum,megan_begum37@gmail.example',
    ]);
    expect(dynamics.recordsScanned).toBe(1);
    expect(subjects(dynamics, 'identity')).toBe(1);
    const social = people([{ 'Record Id': 'zcrm_1', 'First Name': 'Thomas', 'Last Name': 'Richter', Twitter: '@thomasricht65', 'Skype ID': 'live:.cid.62054e8fb2a8889d' }]);
    expect(subjects(social, 'online-identifier')).toBe(1);
  });

  it('reads a postal address told in a request\'s description, its country a place for a record nothing else places', () => {
    const request = (reporter: string, description: string) => ({ 'Issue key': `ITSM-${reporter.length}`, 'Reporter Name': reporter, Description: description });
    const requests = people([
      request('Niamh O\'Neill', 'New laptop please ship to my home address: 74 Harbour View, Limerick, V94 R6P4, Ireland. Thanks!'),
      request('Tobias Zimmermann', 'Bitte an Gartenweg 18, 01067 Dresden schicken'),
      request('Eric Lopez', 'Order 12 items, box 4, shelf 7 (version 2.14, build 3001)'),
    ]);
    expect(subjects(requests, 'contact')).toBe(2);
    expect(requests.jurisdictions).toEqual(['DE', 'IE']);
  });

  it('counts a parent\'s CRM contact and the child in its own "Kind" fields as two people', async () => {
    const contacts = await csvPeople('zoho.csv', [
      'Record Id,First Name,Last Name,Email,Mobile,Mailing Country,Kind Vorname,Kind Nachname,Kind Geburtsdatum',
      'zcrm_1,Anna,Keller,anna.keller95@gmail.example,+41 76 348 19 78,Schweiz,Hannah,Keller,04.11.2020',
      'zcrm_2,Anna,Keller,anna.keller95@gmail.example,+41 76 348 19 78,Schweiz,Leon,Keller,29.10.2014',
      'zcrm_3,Sophie,Zimmermann,sophie.z@aon.example,+43 664 9466321,Österreich,Jonas,Zimmermann,19.04.2016',
    ]);
    expect(contacts.subjectCount).toBe(5);
    expect(contacts.children).toMatchObject({ under13: 3 });
    expect(subjects(contacts, 'contact')).toBe(2);
  });
});

describe('data as AWS services write it (QA round 95)', () => {

  it('keys Amazon Connect\'s contact trace records by the caller\'s number, not the contact centre\'s own fields', () => {
    const call = (caller: string, name?: string) => ({ AWSContactTraceRecordFormatVersion: '2017-03-10', ContactId: `c-${caller}-${name ?? ''}`,
      Agent: { Username: 'rsouza', RoutingProfile: { Name: 'Basic Routing Profile' } }, Attributes: name ? { customerName: name } : { intent: 'cancel' },
      CustomerEndpoint: { Address: caller, Type: 'TELEPHONE_NUMBER' }, SystemEndpoint: { Address: '+442038089000', Type: 'TELEPHONE_NUMBER' },
      Recording: { Location: 'connect-recordings-123456789012/connect/pebble/CallRecordings/2026/11/20/e75080f6.wav' } });
    const calls = people([call('+4915112345678', 'Jonas Weber'), call('+4915112345678'), call('+13125550123'), call('+353858444567')]);
    expect(calls.subjectCount).toBe(3);
    expect(subjects(calls, 'identity')).toBe(1);
    expect(calls.evidence.flatMap((entry) => entry.columns)).not.toContain('SystemEndpoint.Address');
    expect(calls.jurisdictions).toEqual(expect.arrayContaining(['DE', 'IE']));
  });

  it('reads CloudWatch Logs\' events beside their page cursors, and an export\'s stamped lines by the JSON they carry', async () => {
    const event = (n: number, email: string) => ({ logStreamName: 's', timestamp: 1795170000000 + n, message: JSON.stringify({ requestId: `r${n}`, ip: '81.2.69.10', email }), ingestionTime: 1795170000100 + n, eventId: `${n}` });
    const page = await filePeople('get-log-events.json', JSON.stringify({ events: [event(1, 'mia.wong@gmail.example'), event(2, 'leo.becker@web.example'), event(3, 'mia.wong@gmail.example')], nextForwardToken: 'f/39313827018925893447925307823584765234', nextBackwardToken: 'b/39313827018925893447925307823584765233' }));
    expect(page.subjectCount).toBe(2);
    expect(page.credentials).toBeUndefined();
    // A Node.js function's text lines, its JSON after the request's words; a function's JSON log format.
    const signup = (n: number, email: string, birth: string) => [
      `2026-11-20T12:3${n}:37.313Z START RequestId: 65bdc701-7545-48b6-9db0-dffc48000e8${n} Version: $LATEST`,
      `2026-11-20T12:3${n}:37.313Z 2026-11-20T12:3${n}:37.313Z\t65bdc701-7545-48b6-9db0-dffc48000e8${n}\tINFO\tSignup request {"email": "${email}", "given_name": "Mia", "family_name": "Wong", "birthdate": "${birth}", "country": "US"}`,
      `2026-11-20T12:3${n}:37.313Z END RequestId: 65bdc701-7545-48b6-9db0-dffc48000e8${n}`,
    ];
    const text = await filePeople('000000', [...signup(1, 'mia.wong@gmail.example', '2016-05-03'), ...signup(2, 'mia.wong@gmail.example', '2016-05-03'), ...signup(3, 'leo.becker@web.example', '1990-01-02')].join('\n'));
    expect(text.subjectCount).toBe(2);
    expect(text.children).toMatchObject({ under13: 1 });
    const line = (n: number, email: string, country: string) => `2026-11-20T12:4${n}:01.000Z {"timestamp": "2026-11-20T12:4${n}:01.000Z", "level": "INFO", "requestId": "req-${n}", "message": {"email": "${email}", "given_name": "Leo", "family_name": "Becker", "country": "${country}"}}`;
    const json = await filePeople('000001', [line(1, 'leo.becker@web.example', 'DE'), line(2, 'leo.becker@web.example', 'DE'), line(3, 'tom.brown@bt.example', 'GB')].join('\n'));
    expect(json.subjectCount).toBe(2);
    expect(json.jurisdictions).toEqual(['DE', 'GB']);
  });

  it('counts a user\'s log lines without their birth date as the user of that email\'s one birth date, not a parent\'s named row', () => {
    const lines = people([
      { email: 'lea.durand@gmail.example', given_name: 'Léa', family_name: 'Durand', birthdate: '1990-03-10', country: 'FR' },
      { email: 'lea.durand@gmail.example', phone_number: '+33615512683' },
      { email: 'lea.durand@gmail.example', password: 'Summer250!' },
      { email: 'sota.sato@docomo.example', given_name: 'Sota', family_name: 'Sato', birthdate: '1985-07-01', country: 'JP' },
    ]);
    expect(lines.subjectCount).toBe(2);
    // A family's address: the parent's own row names the parent, without a birth date; the child's has one.
    const portal = people([
      { email: 'kelly.family@example.com', patient_name: 'Mason Kelly', dob: '2017-04-02' },
      { email: 'kelly.family@example.com', patient_name: 'Sarah Kelly', dob: '' },
    ]);
    expect(portal.subjectCount).toBe(2);
  });

  it('reads a DynamoDB export file of one item as that item, and no bounced mail\'s SMTP status as a diagnosis', async () => {
    const item = { Item: { pk: { S: 'USER#c12f' }, email: { S: 'andrew.scott37@yahoo.example' }, birthdate: { S: '2017-04-20' }, address: { M: { city: { S: 'New York' }, region: { S: 'NY' }, postalCode: { S: '10033' }, country: { S: 'US' } } },
      devices: { L: [{ M: { deviceId: { S: '53C7B104-46F9-454C-B961-CCE7E34A6161' }, platform: { S: 'android' }, lastIp: { S: '86.172.48.60' } } }] } } };
    const one = await filePeople('part-0001.json', JSON.stringify(item));
    expect(one.subjectCount).toBe(1);
    expect(one.children).toMatchObject({ under13: 1 });
    expect(one.jurisdictions).toEqual(['US', 'US-NY']);
    const bounce = people([{ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'kim.lee@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] }, mail: { destination: ['kim.lee@example.com'] } }]);
    expect(subjects(bounce, 'health')).toBeUndefined();
  });
});

describe('finance and insurance software\'s exports (QA round 96)', () => {

  it('reads an 834 enrolment flattened with segment and element before each field: members by their SSN, dependants at the subscriber\'s address', async () => {
    const enrolment = await filePeople('834.csv', [
      'ISA06_SenderID,BGN02_ReferenceIdentification,INS02_IndividualRelationshipCode,REF02_SubscriberIdentifier,NM103_MemberLastName,NM104_MemberFirstName,NM108_IdentificationCodeQualifier,NM109_MemberIdentifier,N402_StateCode,N403_PostalCode,DMG02_DateOfBirth',
      'ACMEHR,ENR1,18,427783356,CLARK,NANCY,34,427783356,CO,80280,19820611',
      'ACMEHR,ENR1,01,427783356,CLARK,JAMES,34,250055880,,,19790801',
      'ACMEHR,ENR1,19,427783356,CLARK,MARY,34,317784265,,,20170304',
      'ACMEHR,ENR2,18,250055880,CLARK,JAMES,34,250055880,CO,80280,19790801',
      'ACMEHR,ENR3,18,512345678,ORTIZ,LUIS,34,512345678,TX,78701,19900105',
    ].join('\n'));
    expect(enrolment.subjectCount).toBe(4); // Nancy, James (a spouse and a subscriber), Mary, Luis
    expect(subjects(enrolment, 'government-id')).toBe(4);
    expect(inJurisdiction(enrolment, 'US-CO')?.subjects).toBe(3);
    expect(enrolment.children).toMatchObject({ under13: 1 });
  });

  it('keys a credit bureau\'s tradelines by the consumer\'s SSN, reads Metro 2\'s MMDDYYYY dates and its J1 associated consumers', () => {
    const line = (account: string, ssn: string, first: string, birth: string, j1?: [string, string]) => ({ 'Consumer Account Number': account, Surname: 'JACKSON', 'First Name': first,
      'Social Security Number': ssn, 'Date of Birth': birth, State: 'MA', 'Postal/Zip Code': '02117', 'J1 Surname': j1 ? 'JACKSON' : '', 'J1 First Name': j1?.[0] ?? '', 'J1 Date of Birth': j1?.[1] ?? '' });
    const tradelines = people([line('919430923765', '706377854', 'MARY', '09302001', ['SUSAN', '09292011']), line('572818991006', '706377854', 'MARY', '09302001'), line('230011447781', '512345678', 'PAUL', '06212000')]);
    expect(tradelines.subjectCount).toBe(3); // Mary with two accounts, Susan (15), Paul
    expect(tradelines.children).toMatchObject({ under13: 0, under16: 1 });
    const categories = (record: Record<string, unknown>) => people([record]).categories.map((entry) => entry.category);
    // A bank account's fingerprint (Stripe's external_accounts) is the processor's hash, no finger's.
    expect(categories({ id: 'acct_1', individual: { email: 'a@b.example' }, external_accounts: { data: [{ object: 'bank_account', fingerprint: 'Fx8Kq2pLrT9s3wYz', last4: '6789' }] } })).not.toContain('biometric');
    // An identity document's number in its own object beside its type (Adyen's individual.identificationData).
    expect(categories({ id: 'LE1', individual: { email: 'c@d.example', residentialAddress: { country: 'DE' }, identificationData: { type: 'passport', number: 'C115LG019' } } })).toContain('government-id');
  });

  it('places no claimant where their loss happened (Guidewire\'s LossLocationState)', () => {
    const claim = people([{ ClaimNumber: '400-52-361493', LossLocationAddressLine1: '2607 Route 9', LossLocationCity: 'Tampa', LossLocationState: 'FL',
      Claimant_FirstName: 'Lisa', Claimant_LastName: 'Garcia', Claimant_EmailAddress1: 'lisa.garcia1651@mail.example', Claimant_City: 'Denver', Claimant_State: 'CO', Claimant_PostalCode: '80274' }]);
    expect(claim.jurisdictions).toEqual(['US', 'US-CO']);
  });

  it('reads a broker\'s client list\'s Driver License Number as the client\'s, not a marketplace driver\'s beside its "Client Since"', () => {
    const client = (id: string, name: string, licence: string, state: string) => ({ 'Lookup Code': id, 'Account Name': name, 'Driver License Number': licence, 'Driver License State': state, 'Client Since': '05/11/2018' });
    const clients = people([client('ANDERSBA-01', 'Anderson, Barbara', 'A44314690', 'WA'), client('HUGHESMA-01', 'Hughes, Mark', 'H39812450', 'OH')]);
    expect(subjects(clients, 'government-id')).toBe(2);
  });
});

describe('bank statements as banks\' online banking exports them (QA round 96)', () => {
  it('reads a Deutsche Bank statement under its account\'s lines, each payment\'s other side by name and IBAN, no company a person', async () => {
    const payment = (day: number, name: string, iban: string) => `${day}.10.2026;${day}.10.2026;SEPA-Überweisung an;${name};Oktober;${iban};DEUTDEFFXXX;;;;;;;;;-45,00;;EUR`;
    const statement = await filePeople('umsaetze.csv', [
      'Umsätze Girokonto;Zeitraum: 01.10.2026 - 31.10.2026;',
      'Neuer Kontostand;;;;2.345,67;EUR',
      '',
      'Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN;BIC;Kundenreferenz;Mandatsreferenz ;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung',
      payment(1, 'Anna Weber', 'DE89370400440532013000'),
      payment(2, 'Jonas Becker', 'DE02120300000000202051'),
      payment(3, 'Anna Weber', 'DE89370400440532013000'),
      payment(4, 'Amazon EU S.a.r.l.', 'DE12500105170648489890'),
      payment(5, 'PayPal Europe S.a.r.l. et Cie S.C.A', 'DE02100500000054540402'),
      payment(6, 'Allianz Versicherungs-AG', 'DE02300209000106531065'),
      'Kontostand;31.10.2026;;;2.345,67;EUR',
    ].join('\n'));
    expect(statement.subjectCount).toBe(2);
    expect(subjects(statement, 'identity')).toBe(2);
    expect(subjects(statement, 'financial')).toBe(2);
    expect(statement.evidence.find((entry) => entry.category === 'identity')?.columns).toEqual(['Begünstigter / Auftraggeber']);
  });

  it('reads no person in a statement\'s card payments and direct debits (the merchant\'s name and address), and people in its transfers', async () => {
    const row = (id: number, type: string, name: string, address: string) => `tx_0000${id},0${id}/10/2026,12:00:00,${type},${name},,general,-12.50,GBP,-12.50,GBP,,"${address}",,${name.toUpperCase()},,12.50,`;
    const monzo = await filePeople('monzo.csv', [
      'Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In',
      row(1, 'Card payment', 'Pret A Manger', '1 High Street\nLondon\nEC1A 1BB'),
      row(2, 'Card payment', 'Tesco', '22 Market Square\nLeeds\nLS1 6AA'),
      row(3, 'Direct Debit', 'Octopus Energy', ''),
      row(4, 'Faster payment', 'Sarah Jones', ''),
      row(5, 'Faster payment', 'Tom Evans', ''),
      row(6, 'Faster payment', 'Sarah Jones', ''),
    ].join('\n'));
    expect(monzo.subjectCount).toBe(2);
    expect(monzo.categories.map((entry) => entry.category)).toEqual(['identity']);
    // A charity's donors who give by direct debit are its people: no statement.
    const donors = await filePeople('donors.csv', ['Donor Name,Email,Type,Amount', 'Sarah Jones,sarah.jones@gmail.example,Direct Debit,10.00', 'Tom Evans,tom.evans@yahoo.example,Direct Debit,5.00'].join('\n'));
    expect(donors.subjectCount).toBe(2);
  });

  it('counts Plaid\'s /transactions/get responses a person each: no account\'s product name or merchant a name, no payment method a key, no merchant\'s place an address', () => {
    const response = (item: string) => ({
      accounts: [{ account_id: `acc_${item}`, balances: { available: 110, current: 110.94, iso_currency_code: 'USD' }, mask: '0000', name: 'Plaid Checking', official_name: 'Plaid Gold Standard 0% Interest Checking', subtype: 'checking', type: 'depository' }],
      item: { item_id: `item_${item}`, institution_id: 'ins_3' },
      transactions: [{ account_id: `acc_${item}`, amount: 4.33, date: '2026-10-01', merchant_name: 'Starbucks', name: 'Starbucks',
        location: { address: '300 Post St', city: 'San Francisco', country: 'US', lat: 40.740352, lon: -74.001761, postal_code: '94108', region: 'CA' },
        payment_meta: { payee: null, payer: null, payment_method: null }, transaction_id: `tx_${item}` }],
    });
    const plaid = people([response('a1'), response('b2'), response('c3')]);
    expect(plaid.subjectCount).toBe(3);
    expect(plaid.categories.map((entry) => entry.category)).not.toContain('identity');
    expect(plaid.categories.map((entry) => entry.category)).not.toContain('contact');
    expect(plaid.jurisdictions).not.toContain('US-CA');
  });

  it('reads an Adyen identity document\'s number as the record\'s country\'s id first (a BSN that a Chilean RUT\'s check also passes)', () => {
    const individual = (id: string, bsn: string) => ({ id, type: 'individual', individual: { name: { firstName: 'Sanne', lastName: `de Vries ${id}` },
      residentialAddress: { city: 'Amsterdam', country: 'NL', postalCode: '1011AB', street: 'Damrak 1' }, identificationData: { type: 'nationalIdNumber', number: bsn } } });
    const adyen = people([individual('LE1', '730991908'), individual('LE2', '604759307')]);
    expect(subjects(adyen, 'government-id')).toBe(2);
    expect(adyen.evidence.filter((entry) => entry.category === 'government-id').map((entry) => entry.detector)).toEqual(['nl-bsn']);
  });
});

describe('recruiting and school systems\' exports (QA round 97)', () => {
  it('keys Lever\'s opportunities by their candidates, not by the recruiter who moved each one\'s stage', () => {
    const opportunity = (name: string, email: string, recruiter: string) => ({ id: `opp_${name.length}${email.length}`, name, emails: [email],
      location: 'Salem, OR', stage: 'phone-screen', stageChanges: [{ toStageId: 'applicant-new', toStageIndex: 1, userId: recruiter, updatedAt: 1775004805680 }], owner: recruiter });
    const lever = people([
      opportunity('Elijah Knight', 'eknight@hotmail.example', 'u-1'), opportunity('Maya Ortiz', 'maya.ortiz@gmail.example', 'u-1'),
      opportunity('Noah Park', 'noah.park@yahoo.example', 'u-1'), opportunity('Ava Reed', 'ava.reed@outlook.example', 'u-2'),
    ]);
    expect(lever.subjectCount).toBe(4);
  });

  it('reads a household\'s phone as its family\'s, no person of its own (Infinite Campus\' student contacts)', async () => {
    const row = (student: string, first: string, last: string, contact: string, email: string, home: string) =>
      `"${student}","${last}","${first}","05/03/2013","${contact}","Mother","(303) 625-1997","${email}","${home}","3400 Washington St","Boulder","CO","80315"`;
    const campus = await csvPeople('contacts.csv', [
      '"student.studentNumber","student.lastName","student.firstName","student.birthdate","contacts.firstName","contacts.relationship","contacts.cellPhone","contacts.email","householdPhone","address.addressLine1","address.city","address.state","address.zip"',
      row('9100010', 'Lauren', 'Silva', 'Ronald', 'ronald.silva@aol.example', '(719) 610-2879'),
      row('9100011', 'Mia', 'Silva', 'Ronald', 'ronald.silva@aol.example', '(719) 610-2879'),
      row('9100012', 'Owen', 'Hart', 'Dana', 'dana.hart@gmail.example', '(719) 610-3301'),
    ]);
    expect(campus.subjectCount).toBe(5);
  });

  it('reads PRONOTE\'s "Né(e) le" as a birth date and its support plans (PAI, PAP, PPS) as health', async () => {
    const pupils = await csvPeople('eleves.csv', [
      'NOM;PRÉNOM;NÉ(E) LE;CLASSE;EMAIL;PROJETS D\'ACCOMPAGNEMENT',
      'ANDRÉ;Chloé;05/11/2012;4EA;chloe.andre@ent.example;PAP',
      'ARNAUD;Iris;29/09/2013;5EB;iris.arnaud@ent.example;',
      'BLANC;Hugo;14/02/2016;CM2;hugo.blanc@ent.example;PAI',
    ]);
    expect(pupils.children).toMatchObject({ under13: 1, under16: 3 });
    expect(subjects(pupils, 'health')).toBe(2);
  });

  it('reads OneRoster\'s race columns as race, its "sms" as a phone number, Blackboard\'s labelled grade columns and no Moodle average as a person', async () => {
    const demographics = await csvPeople('demographics.csv', [
      'sourcedId,status,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity',
      'd7d15f51,active,2010-10-14,female,false,true,false,false,false,false,false',
      'a1eb313e,active,2011-07-20,male,false,false,false,false,true,false,false',
    ]);
    expect(subjects(demographics, 'special-category')).toBe(2);
    const users = await csvPeople('users.csv', [
      'sourcedId,status,role,username,givenName,familyName,email,sms',
      '67cc2f52,active,parent,christina.carroll15@outlook.example,Christina,Carroll,christina.carroll15@outlook.example,713-256-8530',
      'fd88e695,active,parent,mary.patterson38@hotmail.example,Mary,Patterson,mary.patterson38@hotmail.example,(713) 871-5484',
    ]);
    expect(users.categories.map((entry) => entry.category)).not.toContain('communications');
    expect(users.evidence.find((entry) => entry.detector === 'phone')?.columns).toEqual(['sms']);
    const gradebook = await csvPeople('gradebook.xls', [
      '"Last Name"\t"First Name"\t"Username"\t"Student ID"\t"Last Access"\t"Quiz 1 [Total Pts: 10 Score] |3310415"\t"Essay 1 [Total Pts: 50 Score] |3310420"',
      '"Adams"\t"Kenneth"\t"kadams555"\t"836888139"\t"2026-11-20 17:08:00"\t"10"\t"41"',
      '"Baker"\t"Sofia"\t"sbaker102"\t"836888140"\t"2026-11-21 09:12:00"\t"8"\t"37"',
    ]);
    expect(gradebook.recordsScanned).toBe(2);
    expect(gradebook.subjectCount).toBe(2);
    const quiz = await csvPeople('quiz.csv', [
      'Surname,First name,Email address,State,Grade/10.00',
      'Ahmed,Oliver,oliver_ahmed66@outlook.example,Finished,6.00',
      'Brown,Alfie,alfie.brown71@gmail.example,Finished,9.00',
      'Overall average,,,,7.50',
    ]);
    expect(quiz.subjectCount).toBe(2);
  });
});

describe('hospitality and travel exports (QA round 99)', () => {
  it('reads a cruise cabin\'s booking number as a reservation\'s, its guests each a record, and a jail\'s as an arrest\'s', async () => {
    const guest = (id: string, first: string, passport: string) => ({ guestId: id, firstName: first, lastName: 'Hill', dateOfBirth: '1958-03-02', passport: { number: passport, issuingCountry: 'USA' },
      email: `${first.toLowerCase()}.hill@comcast.example`, emergencyContact: { name: 'Megan Hill', relationship: 'Daughter', phone: '+1 619 402 7731' } });
    const manifest = await filePeople('manifest.json', JSON.stringify({ voyage: { ship: 'Aurora Spirit', voyageCode: 'AS20261207' }, cabins: [
      { cabin: '8214', category: 'BA', bookingNumber: 'E714140', guests: [guest('G1', 'Robert', '561234890'), guest('G2', 'Linda', '561234891')] },
      // A travel agent's booking: the agent is staff, the cabin still no one's record.
      { cabin: '8216', category: 'BA', bookingNumber: 'E714141', bookingAgent: { name: 'Sunway Travel - Dana Price', email: 'dana@sunway.example' }, guests: [guest('G3', 'James', '561234892')] },
    ] }));
    expect(manifest.categories.map((entry) => entry.category)).not.toContain('criminal');
    expect(manifest.recordsScanned).toBe(3);
    const roster = people([{ 'Booking Number': '2026-004417', 'Inmate Name': 'Doe, John', Facility: 'County Jail', 'Booking Date': '11/20/2026' }]);
    expect(roster.categories.map((entry) => entry.category)).toContain('criminal');
  });

  it('counts an OPERA reservation\'s accompanying guests, reads a Meldeschein\'s travel document as a passport, and coeliac disease in a note or a tag', async () => {
    const opera = await csvPeople('res_detail.csv', [
      'CONFIRMATION_NO,NAME_ID,LAST,FIRST,EMAIL,ARRIVAL,ADULTS,CHILDREN,ACCOMPANYING_NAMES,INSERT_USER',
      '74142925,1000171,JOHNSON,Brittany,brittany.johnson@gmail.example,21-OCT-26,2,1,"JOHNSON, MARCUS; JOHNSON, CHLOE",JSMITH',
      '74142926,1000172,PETERSON,Kyle,kyle.peterson@yahoo.example,02-NOV-26,2,0,"PETERSON, LAUREN",KPATEL',
      '74142927,1000173,WARD,Emily,emily.ward@outlook.example,09-NOV-26,1,0,,SUPERVISOR',
    ]);
    expect(opera.subjectCount).toBe(6);
    const meldeschein = await csvPeople('meldescheine.csv', [
      'Meldeschein-Nr.;Anreisetag;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Wohnort;Land;Reisedokument-Nr.',
      'MS-2026-64378;15.09.2026;de Boer;Eva;30.10.1972;niederländisch;Eindhoven;Niederlande;NW7AVHE71',
      'MS-2026-64379;16.09.2026;Gruber;Katrin;12.04.1980;österreichisch;Wien;Österreich;P4455123',
    ]);
    expect(subjects(meldeschein, 'government-id')).toBe(2);
    const guests = people([
      { Email: 'marta.ruiz@gmail.example', 'Guest Notes': 'Celiac - gluten free breakfast please' },
      { Email: 'john.carter@gmail.example', Tags: 'Wine Lover, Celiac' },
      { Email: 'paul.reid@gmail.example', 'Guest Notes': 'Celiac Society dinner, table for 12' },
    ]);
    expect(subjects(guests, 'health')).toBe(2);
  });

  it('reads a travel authorisation\'s "arrested or convicted" answer as criminal data, and a British passport\'s number as no US SSN', () => {
    const application = (given: string, passport: string, answer: string) => ({ application_number: `K-${given}`, applicant: { surname: 'Marsh', given_names: given, date_of_birth: '1984-02-11', nationality: 'GB' },
      travel_document: { type: 'P', number: passport, issuing_country: 'GB' }, contact: { email: `${given.toLowerCase()}.marsh@gmail.example` },
      home_address: { street: '14 Station Road', city: 'Leeds', postcode: 'LS6 2AB', country: 'GB' }, eligibility: { health_declaration: 'No', arrested_or_convicted: answer } });
    const esta = people([application('Oliver', '548812093', 'Yes - convicted of drink driving, Manchester Magistrates 2019'), application('Rebecca', '548812094', 'No')]);
    expect(subjects(esta, 'criminal')).toBe(1);
    expect(subjects(esta, 'government-id')).toBe(2);
    expect(esta.evidence.filter((entry) => entry.category === 'government-id').map((entry) => entry.detector)).toEqual(['government-id-column']);
  });

  it('counts a lap infant on a passenger manifest\'s parent row (APIS INF_* columns) as a child of their own', async () => {
    const apis = await csvPeople('apis.csv', [
      'FLIGHT,DEP_DATE,SEQ,PNR,SURNAME,GIVEN_NAMES,SEX,DOB,NATIONALITY,DOC_TYPE,DOC_NO,INF_SURNAME,INF_GIVEN_NAMES,INF_DOB,INF_SEX,INF_DOC_NO',
      'LH400,2026-10-04,1,Q7XK2M,WAGNER,TOBIAS,M,12MAR1985,DEU,P,C4J7K2M9P,,,,,',
      'LH400,2026-10-04,2,Q7XK2M,WAGNER,JULIA,F,03JUN1987,DEU,P,CF8RT21XN,WAGNER,MIA,14FEB2026,F,FZ3KP8LT1',
    ]);
    expect(apis.subjectCount).toBe(3);
    expect(apis.children).toMatchObject({ under13: 1, withBirthDate: 3 });
    // The infant's own document (QA round 99: INF_DOC_NO was no id, government-id 280 for 291).
    expect(subjects(apis, 'government-id')).toBe(3);
  });

  it("gives a card to its holder: a family's applications paid with the father's card, the daughter's parents the applicants (QA round 99)", () => {
    const home = { street: '14 Station Road', city: 'Leeds', postcode: 'LS6 2AB', country: 'GB' };
    const payment = { cardholder_name: 'Oliver Marsh', card_number: '4147202345678906', card_expiry: '08/29' };
    const application = (given: string, email: string, born: string, parents: Record<string, string> | null) => ({
      applicant: { surname: 'Marsh', given_names: given, date_of_birth: born }, contact: { email }, home_address: home, parents, payment });
    const family = people([
      application('Oliver', 'oliver.marsh@example.org', '1984-02-11', { father_given_name: 'Graham', father_surname: 'Marsh', mother_given_name: 'Fiona', mother_surname: 'Holloway' }),
      application('Rebecca', 'rebecca.marsh@example.org', '1986-06-23', null),
      application('Isla', 'isla.marsh@example.org', '2017-04-02', { father_given_name: 'Oliver', father_surname: 'Marsh', mother_given_name: 'Rebecca', mother_surname: 'Marsh' }),
    ]);
    // Oliver, Rebecca, Isla, Graham and Fiona (was 7: Isla's parents again); the card Oliver's alone (was 3).
    expect(family.subjectCount).toBe(5);
    expect(subjects(family, 'payment-card')).toBe(1);
    // A payments export whose card names its holder by an initial, or names no one else: the customer's card.
    const braintree = people([
      { customer_first_name: 'Oliver', customer_last_name: 'Marsh', customer_email: 'oliver.marsh@example.org', cardholder_name: 'O MARSH', card_number: '4147202345678906' },
      { customer_first_name: 'Rebecca', customer_last_name: 'Marsh', customer_email: 'rebecca.marsh@example.org', cardholder_name: 'REBECCA J MARSH', card_number: '5555555555554444' },
    ]);
    expect(braintree.subjectCount).toBe(2);
    expect(subjects(braintree, 'payment-card')).toBe(2);
    // "O MARSH" on Rebecca Marsh's order is someone else's card (an initial that is not hers).
    expect(people([{ customer_first_name: 'Rebecca', customer_last_name: 'Marsh', customer_email: 'rebecca.marsh@example.org', cardholder_name: 'O MARSH', card_number: '4147202345678906' }]).subjectCount).toBe(2);
    const stripe = people([{ customer_email: 'oliver.marsh@example.org', 'Card Name': 'Oliver Marsh', 'Card Number': '4147202345678906' }]);
    expect(stripe.subjectCount).toBe(1);
    expect(subjects(stripe, 'payment-card')).toBe(1);
  });

  it("reads a carrier's invoice lines as a bill's: no pregnancy in its due date, no offence in its charges, its billing account the holder's (QA round 100)", async () => {
    const invoice = await csvPeople('invoice_lines.csv', [
      'INVOICE_NUMBER,BILLING_ACCOUNT_NUMBER,INVOICE_DATE,DUE_DATE,ACCOUNT_HOLDER_NAME,BILL_TO_ZIP,SUBSCRIBER_NUMBER,CHARGE_DESCRIPTION,AMOUNT,BANK_ROUTING_NUMBER,BANK_ACCOUNT_NUMBER',
      '406182153-2608,406182153,08/01/2026,08/22/2026,Lisa Miller,80202,(303) 231-3441,Unlimited Plus plan monthly charge,70.00,021000021,483920174455',
      '406182153-2608,406182153,08/01/2026,08/22/2026,Lisa Miller,80202,(720) 412-8830,Device protection,15.00,021000021,483920174455',
      '411937062-2608,411937062,08/03/2026,08/24/2026,Marcus Hill,78701,(512) 384-2210,State 911 fee,1.50,,',
    ]);
    expect(counts(invoice)).toEqual({ contact: 2, identity: 2, financial: 1 });
    // An arrest log: its charge description is the offence (no column names an accused there).
    const roster = await csvPeople('arrests.csv', ['person_id,full_name,arrest_date,charge_description', 'J-1001,Lisa Miller,2026-08-01,PC 488 PETTY THEFT']);
    expect(subjects(roster, 'criminal')).toBe(1);
  });

  it('counts a Booking.com booker who is not among the guests, and once one who is', async () => {
    const booking = await csvPeople('booking.csv', [
      'Book number,Booked by,Guest name(s),Check-in,Check-out,Status,People,Booker country,Phone number',
      '3405558891,"Fletcher, Sophie","Sophie Fletcher, Harry Fletcher",2026-10-01,2026-10-04,ok,2,gb,+44 7911 599998',
      '3085735109,"Bos, Maaike",Joost de Boer,2026-01-22,2026-01-23,ok,1,nl,+31 6 80141312',
    ]);
    expect(booking.subjectCount).toBe(4);
  });
});


describe('Middle East and Africa, and public registers (QA round 109)', () => {
  it('reads a Hebrew header with a quoted abbreviation (דוא"ל), its address, postcode and chronic diagnoses, placed in Israel', async () => {
    const members = await csvPeople('hmo.csv', [
      'מספר זהות,שם משפחה,שם פרטי,תאריך לידה,רחוב,מספר בית,עיר,מיקוד,טלפון נייד,"דוא""ל",אבחנות כרוניות',
      '667690762,מלכה,רוני,25/10/1975,הרצל,88,חיפה,3325969,058-4304335,ronit419@example.co.il,יתר לחץ דם',
      '806247359,ביטון,עומר,03/01/2019,הרצל,112,ירושלים,9696110,,,',
    ]);
    expect(members.subjectCount).toBe(2);
    expect(counts(members)).toMatchObject({ identity: 2, contact: 2, 'government-id': 2, health: 1 });
    expect(members.children?.under13).toBe(1);
    // The second has no phone: placed by the address under Hebrew column names.
    expect(members.jurisdictions).toEqual(['IL']);
    // The header is one by its cells alone (a file of ten members was read as having none: one person, by an email).
    expect(looksLikeHeader(['מספר זהות', 'שם משפחה', 'דוא"ל', 'ת"ז'], ['667690762', 'מלכה', 'ronit419@example.co.il', '667690762'])).toBe(true);
  });

  it("takes no child from a tax number that passes another country's id check, beside the employee's own date of birth", async () => {
    const rows = ['Employee Code,Surname,First Names,ID Number,Date of Birth,Income Tax Number',
      // 1711162527 and 3702275920 pass Sweden's personnummer check, born 2017 and 2037 by it.
      'EMP0021,Pillay,Pieter Themba,6306225872089,1963/06/22,1711162527', 'EMP0028,Mthembu,Lwazi,8508017516083,1985/08/01,3702275920'];
    const payroll = await csvPeople('payroll.csv', rows);
    expect(payroll.children).toMatchObject({ under13: 0, under16: 0, withBirthDate: 2 });
    // Without a date of birth of its own, a record's national number still gives its age (a PESEL: born 2015).
    const pupils = await csvPeople('pupils.csv', ['Nr,Imie,Nazwisko,PESEL', '1,Jan,Kowalski,15211012340']);
    expect(pupils.children?.under13).toBe(1);
  });
});

describe('children and their guardians across continental Europe (QA round 110)', () => {
  it("counts a German school's guardians by Schild-NRW's, ASV's and a youth office's words, and an insured parent", async () => {
    const schild = await csvPeople('schild.txt', ['Nachname;Vorname;Geburtsdatum;Telefon;Erzieher 1: Vorname;Erzieher 1: Name;Erzieher 2: Vorname;Erzieher 2: Name;Erzieher: E-Mail',
      'Bauer;Daniel;28.10.2016;0234 3907628;Maximilian;Bauer;Sabine;Bauer;maximilianbauer29@example.de']);
    const asv = await csvPeople('asv.csv', ['Familienname;Rufname;Geburtsdatum;Erz. 1 Familienname;Erz. 1 Vornamen;Erz. 1 Telefon;Erz. 2 Familienname;Erz. 2 Vornamen',
      'Becker;Frank;10.07.2020;Becker;Sabine;0178 50843148;Becker;Jan']);
    const youthOffice = await csvPeople('jugendamt.csv', ['Aktenzeichen;Name;Vorname;Geburtsdatum;Sorgeberechtigte/r;Telefon Sorgeberechtigte/r',
      '51-6/2022-0158;Kowalski;Theo;04.05.2026;Andreas Kowalski;0160 36709968']);
    const orthodontist = await csvPeople('kfo.csv', ['Pat.-Nr.;Name;Vorname;Geb.-Datum;Kostenträger;Versicherten-Nr.;Hauptversicherter;Geb.-Datum Hauptversicherter;Notfallkontakt;Notfalltelefon',
      '1374;Bauer;Amelie;21.06.2013;TK;F543878024;Claudia Bauer;14.04.1987;Uwe Bauer;0157 52910363']);
    // Each was the pupil alone (the guardians' names read as the pupil's).
    expect([schild.subjectCount, asv.subjectCount, youthOffice.subjectCount, orthodontist.subjectCount]).toEqual([3, 3, 2, 3]);
    expect(counts(youthOffice).contact).toBe(1);
    // The insurance number (a KVNR) is health; the insured parent's birth date is theirs, not the patient's: one child.
    expect(counts(orthodontist)).toMatchObject({ health: 1, contact: 1 });
    expect(orthodontist.children).toMatchObject({ under13: 0, under16: 1, withBirthDate: 2 });
  });

  it("reads a daycare app's children beside the daycare's own object, and their kontakte[] and pick-up persons as people", async () => {
    const file = path.join(path.dirname(scratchCsv('kita-dir.csv', '')), 'kita.json');
    const child = (id: number, name: string) => ({ id, vorname: name, nachname: 'Neumann', geburtsdatum: '2020-12-18',
      kontakte: [{ rolle: 'Mutter', vorname: 'Nicole', nachname: `Neumann${id}`, email: `nicole${id}@example.de` }],
      abholberechtigte: [{ vorname: 'Amelie', nachname: `Koch${id}`, beziehung: 'Oma', telefon: '0162 47377697' }] });
    writeFileSync(file, JSON.stringify({ einrichtung: { name: 'Kita Sonnenschein', email: 'kita.sonnenschein@example.de' }, exportiert_am: '2026-11-20T09:14:00+01:00',
      kinder: [child(1, 'Felix'), child(2, 'Paul')] }));
    const { classification } = await classifySource(file, { asOf, collectEmails: false });
    // Was one record: the daycare's name and email a person's.
    expect([classification.recordsScanned, classification.subjectCount]).toEqual([2, 6]);
    expect(classification.children?.under13).toBe(2);
  });
});

describe('Middle East and Africa (QA round 109): statements', () => {
  it("reads an M-Pesa statement's payers by their phone and name in one cell, and a paybill's short code as a business", async () => {
    const statement = await csvPeople('mpesa.csv', [
      'Receipt No.,Completion Time,Details,Transaction Status,Paid In,Withdrawn,Balance,Other Party Info,A/C No.',
      'TQC6YNTLN9,01-05-2026 07:56:37,Pay Bill Online,Completed,15000.00,,10345000.00,254797947585 - FAITH OCHIENG ODHIAMBO,ADM2131',
      'TFOTPE0JGB,24-05-2026 11:21:26,Pay Bill Online,Completed,10000.00,,10360000.00,254797947585 - FAITH OCHIENG ODHIAMBO,ADM2131',
      'TTYBC6OVNA,01-05-2026 09:02:42,Pay Bill Online,Completed,5000.00,,2515000.00,254748321908 - JOHN OCHIENG,ADM1020',
      'TX9KPLC001,02-05-2026 10:00:00,Pay Bill,Completed,,25000.00,2490000.00,888880 - KPLC PREPAID,',
    ]);
    // Was one person a row, the business's among them, with nothing but the paybill's balance.
    expect(statement.subjectCount).toBe(2);
    expect(counts(statement)).toMatchObject({ contact: 2, identity: 2 });
    expect(statement.jurisdictions).toEqual(['KE']);
  });
});

describe('Middle East and Africa (QA round 109): ids, names and keys', () => {
  it("reads Arabic headers' names, ids and customer codes, and a Ghana Card's PIN as an id, with home towns no one's address", async () => {
    const hr = await csvPeople('jisr.csv', ['الرقم الوظيفي,الاسم بالعربي,الاسم بالإنجليزي,رقم الهوية / الإقامة,تاريخ الميلاد (ميلادي),الآيبان',
      'E1001,مصطفى خالد الرشيدي,Mostafa Khalid Al-Rashidi,1067438653,1985-02-11,SA5310964482254728777504',
      'E1005,خالد علي العمري,Khalid Ali Al-Omari,1412641340,1979-07-02,SA0780775124971399650413']);
    expect(counts(hr)).toMatchObject({ identity: 2, 'government-id': 2, financial: 2 });
    expect(hr.evidence.find((entry) => entry.category === 'identity' && entry.detector === 'person-name')?.columns).toEqual(['الاسم بالإنجليزي', 'الاسم بالعربي']);
    // A subscriber's lines, one row each: one person by the customer's code (was one a line, no name, no id).
    const lines = await csvPeople('lines.csv', ['كود العميل,رقم الخط,اسم المشترك,الرقم القومي,العنوان',
      'C5000065,01065685042,إسلام هشام رمضان,30007291380815,8 شارع عباس العقاد',
      'C5000065,01285144544,إسلام هشام رمضان,30007291380815,8 شارع عباس العقاد',
      'C5000071,01123456789,منى أحمد سالم,29912011401234,12 شارع النيل']);
    expect(lines.subjectCount).toBe(2);
    expect(counts(lines)).toMatchObject({ identity: 2, 'government-id': 2, contact: 2 });
    const registry = await csvPeople('nia.csv', ['PIN,SURNAME,FIRST_NAME,DATE_OF_BIRTH,HOME_TOWN,GPS_ADDRESS,MOTHER_NAME,FATHER_NAME',
      'GHA-740949467-4,DARKO,ABENA,18/04/2003,Winneba,VH-665-5761,EFUA TETTEH,KWAME DARKO',
      'GHA-798511191-6,DARKO,NANA,04/10/2005,Kumasi,VH-665-5761,EFUA TETTEH,KWAME DARKO']);
    // Was 3 plain passwords' people and 6 people: the siblings' parents one each, whatever their home towns.
    expect(counts(registry)).toMatchObject({ 'government-id': 2, identity: 4 });
    expect(counts(registry).credentials).toBeUndefined();
    expect(registry.subjectCount).toBe(4);
  });
});

describe('public registers (QA round 109)', () => {
  it("tells an electoral register's namesakes apart by their postcodes where its date of birth column is blank", async () => {
    const register = await csvPeople('register.csv', ['Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,Elector Name,PostCode,Address1,Address2',
      'KB,1,0,,,"O\'Brien, Jack",LS7 9SR,204 Oakwood Lane,Leeds', 'KC,384,0,,,"O\'Brien, Jack",LS7 7WW,86 Street Lane,Leeds',
      'KC,4,0,E,,"Jones, Emily",LS13 3SF,67 Stanningley Road,Leeds', 'KC,5,0,Y,2009-03-02,"Davies, Lily",LS16 6SH,222 Dewsbury Road,Leeds']);
    // Was 3: the two Jack O'Briens one person, by their name alone.
    expect(register.subjectCount).toBe(4);
  });
});

describe('a German university\'s applicants (QA round 110)', () => {
  it("reads their passports under a German \"Reisepassnummer\" whatever their country, as any country's", async () => {
    const applicants = await csvPeople('uni-assist.csv', ['Bewerber-ID;Nachname;Vorname;Geburtsdatum;Land;E-Mail;Reisepassnummer',
      '3300004;Chen;Wei;19.02.1999;China;weichen994@example.cn;E54185790', '3300022;Iyer;Priya;03.06.2005;Indien;priya.iyer454@example.in;M3329520']);
    // Was none: only a German document's layout was taken.
    expect(counts(applicants)['government-id']).toBe(2);
  });
});

describe('a French exam board (QA round 110)', () => {
  it('reads the arrangements a candidate was given and their reason (a PPS, a PAI) as health', async () => {
    const results = await csvPeople('dnb.csv', ["N° candidat;Nom;Prénom;Date de naissance;Aménagements;Motif de l'aménagement;Total",
      '0421561938;LAMBERT;Manon;14/03/2012;Utilisation d\'un ordinateur;PAP - dysgraphie;464', '0693204511;DAVID;Jules;23/05/2012;;;529']);
    // Was none.
    expect(counts(results).health).toBe(1);
  });
});

describe("a camp's bookings (QA round 110)", () => {
  it("keeps a participant's list of allergies theirs, not spread over the next participants", () => {
    const booking = classifyRecords([{ booking_id: 'FC26-10024', booker: { first_name: 'Sabine', last_name: 'Hofmann', email: 'sabine@example.at' },
      participants: [
        { participant_id: 'TN-1', first_name: 'Johanna', last_name: 'Hofmann', date_of_birth: '2017-04-05', allergies: ['Gluten', 'Nüsse'] },
        { participant_id: 'TN-2', first_name: 'Daniel', last_name: 'Hofmann', date_of_birth: '2011-06-17', allergies: [] },
        { participant_id: 'TN-3', first_name: 'Lena', last_name: 'Hofmann', date_of_birth: '2013-01-02', allergies: [] },
      ] }], { asOf });
    // Was 2: "Nüsse" read as Daniel's.
    expect(counts(booking).health).toBe(1);
  });
});

describe("a Spanish school's pupils and their two tutors (QA round 110)", () => {
  it("reads Séneca's first and second tutor as two people, with their names", async () => {
    const pupils = await csvPeople('seneca.csv', ['Nº Id. Escolar;Nombre;Primer apellido;Fecha de nacimiento;DNI/Pasaporte Primer tutor;Nombre Primer tutor;Primer apellido Primer tutor;DNI/Pasaporte Segundo tutor;Nombre Segundo tutor;Primer apellido Segundo tutor',
      '1742238;Rafael;Alonso;02/06/2010;25383949E;Carla;López;59864023Z;Manuel;Alonso']);
    // Was 2: the second tutor merged into the first, neither with a name.
    expect(pupils.subjectCount).toBe(3);
    expect(counts(pupils)).toMatchObject({ identity: 3, 'government-id': 2 });
  });
});

describe("a music school's direct debits (QA round 110)", () => {
  it("gives the IBAN to the account holder who pays for a pupil, a person of their own where their name is another's", async () => {
    const pupils = await csvPeople('musikschule.csv', ['Schüler-Nr.;Nachname;Vorname;Geburtsdatum;Fach;Zahlungspflichtiger;Kontoinhaber;IBAN;BIC',
      '402;Lange;Emma;21.12.2019;Cello;Elias Lange;Elias Lange;DE29600501019154630711;GENODE61FR1',
      '410;Brandt;Jonas;02.02.1990;Gitarre;Jonas Brandt;Jonas Brandt;DE89370400440532013000;COBADEFFXXX']);
    // Was 2 people, the father's IBAN the child's.
    expect(pupils.subjectCount).toBe(3);
    expect(counts(pupils).financial).toBe(2);
    expect(pupils.children?.under13).toBe(1);
  });
});

describe('other people named beside a record\'s own (QA rounds 109 and 110)', () => {
  it("reads a role before a bracketed qualifier, a Turkish order's delivery recipient and a council tax account's joint liable party", async () => {
    const grants = await csvPeople('bafoeg.csv', ['Förderungsnummer;Name;Vorname;Geburtsdatum;IBAN;Name Vater;Einkommen Vater (brutto)',
      '735/79497/98;Hofmann;Elias;02.04.1998;DE31600501016617714112;Felix Hofmann;54286,00']);
    // The father's income was the student's.
    expect(counts(grants).financial).toBe(2);
    const orders = await csvPeople('siparis.csv', ['Sipariş No;Üye No;Ad;Soyad;E-Posta;Teslimat Alıcı Adı;Teslimat Adresi;Teslimat İl',
      'SP2026000118;10060;Zeynep;Arslan;zeynep.arslan314@example.com;Gökçe Özdemir;Fevzi Çakmak Mah. 1234. Sok. No:65 D:2 Üsküdar;İstanbul']);
    expect(orders.subjectCount).toBe(2);
    const accounts = await csvPeople('ctax.csv', ['Account Reference,Lead Liable Name,Joint Liable Name,Property Address 1,Postcode,Annual Charge',
      '63782031,Mr Harry Thompson,Mrs Noah Evans,149 Stanningley Road,LS17 3RJ,1657.25']);
    expect(accounts.subjectCount).toBe(2);
  });
});

describe("a savings cooperative's members (QA round 109)", () => {
  it("reads a member's deposits as financial data", async () => {
    const members = await csvPeople('sacco.csv', ['Member No,Full Names,Mobile No,Share Capital,Deposits,Loan Balance',
      'M00110,David Wambui Kimani,0728263779,10000.00,715123.98,0.00', 'M00112,Faith Kimani Kariuki,0727466901,20000.00,690692.29,']);
    // Was none (a loan balance of 0.00, one blank).
    expect(counts(members).financial).toBe(2);
    expect(members.evidence.filter((entry) => entry.category === 'financial').flatMap((entry) => entry.columns)).toContain('Share Capital');
  });
});

describe('Maghreb school registers (QA round 109)', () => {
  it("reads a guardian's Moroccan CIN as their id and a pupil's bilingual \"état de santé\" as health", async () => {
    const pupils = await csvPeople('massar.csv', ['Code Massar;Nom;Prénom;Date de naissance;Nom du tuteur;CIN du tuteur;État de santé',
      'R695798906;TAZI;Douae;18/03/2015;TAZI Adam;B237456;Asthme', 'G228317372;TAZI;Zakaria;30/12/2015;TAZI Amine;BJ81521;']);
    // Were none.
    expect(counts(pupils)).toMatchObject({ 'government-id': 2, health: 1 });
  });
});

describe('Arabic-Indic digits (QA round 109)', () => {
  it("reads a Saudi residents' report's iqama numbers and birth dates written in Arabic-Indic digits, and its passports", async () => {
    const residents = await csvPeople('muqeem.csv', ['م,الاسم,رقم الإقامة,رقم الجواز,تاريخ الميلاد',
      '١,FAISAL QURESHI MALIK,٢٤٢١٤٨٥١٨٢,T0340535,١٩٨٧/٠٣/٢١', '٢,AMR AWAD GAD,٢٥٢٢٢٢١٨٦٦,A0884980,٢٠١٨/٠٦/٠٥']);
    // Were names alone.
    expect(counts(residents)).toMatchObject({ identity: 2, 'government-id': 2 });
    expect(residents.children).toMatchObject({ under13: 1, withBirthDate: 2 });
    expect(residents.evidence.map((entry) => entry.detector)).toContain('sa-national-id');
  });
});

describe("an orthodontist's patients (QA round 110)", () => {
  it("reads the indication group (KIG) as health, and names the insured parent's birth date column in the evidence", async () => {
    const patients = await csvPeople('kfo2.csv', ['Pat.-Nr.;Name;Vorname;Geb.-Datum;Kostenträger;Hauptversicherter;Geb.-Datum Hauptversicherter;KIG',
      '1374;Bauer;Amelie;21.06.2013;PKV;Claudia Bauer;14.04.1987;D5']);
    // A private patient (no KVNR): was no health.
    expect(counts(patients).health).toBe(1);
    expect(patients.evidence.flatMap((entry) => entry.columns)).toContain('Geb.-Datum Hauptversicherter');
  });
});
