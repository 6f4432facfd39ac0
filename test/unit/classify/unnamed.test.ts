// A table without a header row: its columns are named for what their values show (unnamed.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { emailOfOthers, unnamedColumnNames } from '../../../lambdas/classify/unnamed.js';

const dir = mkdtempSync(path.join(tmpdir(), 'breachclock-unnamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const split = (text: string, delimiter = '\t'): string[][] => text.trim().split('\n').map((line) => line.split(delimiter));

// A Canadian library's patrons, as its legacy system writes them: card, family name, given name,
// birth date, email (not every patron has one), phone, street, city, province, postcode, title, dates, fine.
const LIBRARY = `29076123456786\tTremblay\tLiam\t2016-05-04\t\t613-742-1234\t12 Bank St\tOttawa\tON\tK1P 5N2\tDog Man\t2026-10-01\t2026-10-22\t0
29076987654321\tGagnon\tChloé\t1980-01-02\tchloe.gagnon@example.ca\t416-823-4411\t5 Queen St W\tToronto\tON\tM5H 2N2\tBecoming\t2026-10-03\t2026-10-24\t0
29076555511112\tSingh\tRaj\t1975-07-07\traj.singh@example.com\t819-555-2211\t9 Rue Principale\tGatineau\tQC\tJ8X 1A1\tPython Crash Course\t2026-10-05\t2026-10-26\t1.5
29076555511113\tRoy\tÉmilie\t1991-11-30\temilie.roy@example.ca\t(613) 555-0199\t77 Elgin Street\tOttawa\tON\tK2P 1L4\tThe Hobbit\t2026-10-06\t2026-10-27\t0`;

describe('a table without a header row', () => {
  it('names the columns whose values show their kind, and leaves the others by position', () => {
    expect(unnamedColumnNames(split(LIBRARY), 14, 4, 2026)).toEqual([
      'column_1', 'column_2 [name]', 'column_3 [name]', 'column_4 [date_of_birth]', 'column_5', 'column_6 [phone]', 'column_7 [street]',
      'column_8', 'column_9 [state]', 'column_10 [postal_code]', 'column_11', 'column_12', 'column_13', 'column_14',
    ]);
  });

  it('reads a hospital extract of NHS numbers, names, births, UK postcodes and diagnoses as its patients\'', () => {
    const rows = split(`6938676453,Griffiths,Isla,1973-07-10,BS8 1TH,K21.9
7884141523,Holmes,Freddie,1956-12-25,SE1 7PB,C50.911
7060746676,Parker,Ethan,1946-04-01,EH3 9DR,J06.9
4010232137,Evans,Olivia,1988-02-14,LS11 5DR,E11.9`, ',');
    expect(unnamedColumnNames(rows, 6, undefined, 2026)).toEqual([
      'column_1 [nhs_number]', 'column_2 [name]', 'column_3 [name]', 'column_4 [date_of_birth]', 'column_5 [postal_code]', 'column_6 [diagnosis]',
    ]);
    // Five bare digits are no address: a product table's codes and dates stay unnamed.
    expect(unnamedColumnNames(rows.map((row) => [...row.slice(0, 4), '10115']), 5, undefined, 2026)[1]).toBe('column_2');
  });

  it('takes the oldest column of dates spanning years as the births, not a sign-up date', () => {
    const rows = split(`1984-02-11\t2019-03-01\tanna@example.com\tAnna Berg
1990-07-30\t2020-05-02\tbob@example.com\tRobert Klein
1957-12-01\t2021-01-09\tcarl@example.com\tCarl Weber
2012-04-17\t2024-06-12\tdora@example.com\tLena Vogel
1969-09-09\t2025-02-28\teve@example.com\tEva Brandt`);
    expect(unnamedColumnNames(rows, 4, 2, 2026)).toEqual(['column_1 [date_of_birth]', 'column_2', 'column_3', 'column_4 [name]']);
    // Without people's names, no column of dates is anyone's birth (a catalogue's launch dates, a library's publication dates).
    expect(unnamedColumnNames(rows.map((row) => row.slice(0, 3)), 3, 2, 2026)).toEqual(['column_1', 'column_2', 'column_3']);
    // Hire dates, orders and invoices are recent: no births even next to names.
    const hires = split('2012-01-02\tAnna Berg\ta@example.com\n2019-02-03\tRobert Klein\tb@example.com\n2024-03-01\tCarl Weber\tc@example.com\n2016-03-09\tLena Vogel\td@example.com\n2022-04-01\tEva Brandt\te@example.com');
    expect(unnamedColumnNames(hires, 3, 2, 2026)).toEqual(['column_1', 'column_2 [name]', 'column_3']);
  });

  it('names no one in a table of things, and no phone in a column of IP addresses, SSNs or ids', () => {
    // Product names are capitalised words too, but nothing in the table is a person's.
    const products = split('Harper Velvet Sofa\t19.99\t2016-01-02\tCharlotte\tMadison\nEllis Oak Armchair\t5.00\t1990-02-03\tTyler\tAurora\nGrace Linen Bed\t7.25\t1974-03-04\tHelena\tAustin\nYellow Gizmo\t1.10\t1961-04-05\tJackson\tLincoln');
    expect(unnamedColumnNames(products, 5, undefined, 2026)).toEqual(['column_1', 'column_2', 'column_3', 'column_4', 'column_5']);
    const numbers = split('81.0.0.1\t123-45-6789\t29076123456786\t0001004685\t10.0.0.12\n82.1.0.1\t234-56-7890\t29076987654321\t0001004686\t10.0.0.13\n198.51.100.2\t345-67-8901\t29076555511112\t0001004687\t10.0.0.12');
    expect(unnamedColumnNames(numbers, 5, undefined, 2026)).toEqual(['column_1 [ip_address]', 'column_2', 'column_3', 'column_4', 'column_5']);
    // Nine digits passing the ABA checksum are a bank's routing numbers (one random number in ten passes it).
    expect(unnamedColumnNames(split('065189144\t033537914\n017401003\t189438872\n120822870\t304955072\n011000015\t123456789'), 2, undefined, 2026))
      .toEqual(['column_1 [routing_number]', 'column_2']);
    // A column of crypt-style hashes holds passwords, its hex digests and plain ones too; ICD-10-shaped codes are not
    // named without births (product codes and versions have their shape: A12.3, V10.2).
    const users = split([
      'anna@example.com\t$2b$12$abcdefghijklmnopqrstuuJzv0mS7tGQbuwTJcx0yq6Z7Bq0cT1rS\tE11.9\tC1001',
      'bob@example.com\t5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8\tI10\tC1002',
      'carl@example.com\t$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA\tJ45.909\tC1003',
      'dora@example.com\thunter2\tF41.1\tC1004',
    ].join('\n'));
    expect(unnamedColumnNames(users, 4, 0, 2026)).toEqual(['column_1', 'column_2 [password]', 'column_3', 'column_4']);
    // A patient's visits: their NHS numbers (one with a typo) and, next to their births, their diagnoses.
    const visits = split([
      '943 476 5919\tAnna Berg\t1984-02-11\tE11.9\tanna@example.com',
      '401 023 2137\tRobert Klein\t1957-12-01\tI10\tbob@example.com',
      '943 476 5910\tCarl Weber\t1990-07-30\tJ45.909\tcarl@example.com',
      '9434765870\tLena Vogel\t2001-03-04\tF41.1\tlena@example.com',
      '4010232145\tEva Brandt\t1969-09-09\tE11.9\teva@example.com',
    ].join('\n'));
    expect(unnamedColumnNames(visits, 5, 4, 2026)).toEqual(['column_1 [nhs_number]', 'column_2 [name]', 'column_3 [date_of_birth]', 'column_4 [diagnosis]', 'column_5']);
    // Ten-digit numbers that seldom pass the check (accounts), and ISBN-10s (whose check is the NHS number's) in a
    // catalogue without people or with their "X", are no NHS numbers.
    expect(unnamedColumnNames(split('2025550143\t0306406152\t030640615X\n2025550178\t0451526538\t0306406152\n3125550199\t0140449116\t0451526538\n4155550123\t0306406152\t0140449116'), 3, undefined, 2026))
      .toEqual(['column_1', 'column_2', 'column_3']);
    // Repeat customers: names vary from person to person (by email), however often each ordered.
    const orders = split(['Anna\tSmith\tanna@example.com', 'Maria\tGarcia\tmaria@example.com', 'Paul\tBrown\tpaul@example.com', 'Linda\tDavis\tlinda@example.com',
      'Anna\tSmith\tanna@example.com', 'Maria\tGarcia\tmaria@example.com', 'Paul\tBrown\tpaul@example.com', 'Linda\tDavis\tlinda@example.com',
      'Anna\tSmith\tanna@example.com', 'Maria\tGarcia\tmaria@example.com'].join('\n'));
    expect(unnamedColumnNames(orders, 3, 2, 2026)).toEqual(['column_1 [name]', 'column_2 [name]', 'column_3']);
    // Upper-case family names and "Family, Given" are names too.
    expect(unnamedColumnNames(split('RICHTER, Sophie\ts@example.de\nBECKER, Jonas\tj@example.de\nWeber, Anna\ta@example.de\nKLEIN, Paul\tp@example.de'), 2, 1, 2026))
      .toEqual(['column_1 [name]', 'column_2']);
  });

  it('keys no one by a parent\'s email on their children\'s rows, but customers by theirs on each order', () => {
    const families = ['Tremblay', 'Gagnon', 'Singh', 'Roy', 'Côté', 'Wong'];
    const roster = split(families.flatMap((family, n) => [`S${n}a\tLiam\t${family}\tparent${n}@example.ca`, `S${n}b\tChloé\t${family}\tparent${n}@example.ca`])
      .concat(['S9\tOwen\tRoy\troy@example.ca']).join('\n'));
    const names = ['column_1', 'column_2 [name]', 'column_3 [name]', 'column_4'];
    expect(emailOfOthers(roster, 3, names)).toBe(true);
    // Repeat orders: one name per email; a couple sharing one address is one family's, once, not a roster.
    const orders = split(['O1\tAnna\tBerg\tanna@example.de', 'O2\tAnna\tBerg\tanna@example.de', 'O3\tPaul\tKlein\tfamily.klein@example.de',
      'O4\tEva\tKlein\tfamily.klein@example.de', 'O5\tLena\tVogel\tlena@example.de'].join('\n'));
    expect(emailOfOthers(orders, 3, names)).toBe(false);
  });

  it('reads family names with their particles, as emails write them run together (van der Meer, vandermeer)', () => {
    const people = [['Ayana', 'Meijer'], ['Jairo', 'van Doorn'], ['Nadia', 'van der Meer'], ['Lotte', 'de Vries'], ['Bram', 'Jansen'], ['Sanne', 'de Jong'], ['Daan', 'Bakker'], ['Fleur', 'van den Berg']];
    const rows = people.map(([first, last], n) => [`7000${n}`, first ?? '', last ?? '', `${(first ?? '').toLowerCase()}.${(last ?? '').toLowerCase().replace(/ /g, '')}${n}@example.nl`, `+31 6 3031669${n}`, 'NL']);

    expect(unnamedColumnNames(rows, 6, 3, 2026).slice(1, 3)).toEqual(['column_2 [name]', 'column_3 [name]']);
  });

  it('reads rising five-digit numbers as the rows\' key, not postcodes, when another column holds the postcodes', () => {
    const zips = ['80202', '33101', '55401', '80301', '60601', '98101', '07030', '80501'];
    const rows = zips.map((zip, n) => [String(70000 + n * 7), 'Anna', 'Berg', `anna${n}@example.com`, `+1 303 555 01${n}0`, zip, 'US']);

    const names = unnamedColumnNames(rows, 7, 3, 2026);
    expect([names[0], names[5], names[6]]).toEqual(['column_1', 'column_6 [postal_code]', 'column_7 [country]']);
  });

  it('tells countries from states, and leaves codes that are both alone', () => {
    const rows = split('DE\tTX\tCA\nFrance\tNY\tIN\nIT\tFL\tGA\nES\tWA\tDE');
    expect(unnamedColumnNames(rows, 3, undefined, 2026)).toEqual(['column_1 [country]', 'column_2 [state]', 'column_3']);
  });

  it('classifies such a file as it would with a header, in one thread and in two', async () => {
    const given = ['Liam', 'Chloé', 'Raj', 'Émilie', 'Noah', 'Olivia', 'Ethan', 'Maya', 'Lucas', 'Zoé', 'Jacob', 'Léa', 'Arjun', 'Sofia', 'Owen', 'Amélie', 'Mason', 'Nora', 'Félix', 'Hannah'];
    const family = ['Tremblay', 'Gagnon', 'Singh', 'Roy', 'Côté', 'Bouchard', 'Wong', 'Martin', 'Leblanc', 'Nguyen', 'Pelletier', 'Lavoie', 'Fortin', 'Gauthier', 'Morin', 'Chen', 'Patel', 'Smith', 'Brown', 'Ouellet', 'Girard'];
    const patrons = Array.from({ length: 240 }, (_, n) => [29076000000000 + n, family[n % 21], given[n % 20], `${1950 + (n % 70)}-0${1 + (n % 9)}-1${n % 10}`,
      n % 4 === 0 ? '' : `patron${n}@example.ca`, `613-742-${String(1000 + n)}`, `${n + 1} Bank St`, 'Ottawa', 'ON', 'K1P 5N2', 'Dog Man', '2026-10-01', '2026-10-22', '0'].join('\t'));
    const file = path.join(dir, 'patrons.tsv');
    writeFileSync(file, `${patrons.join('\n')}\n`);
    for (const workers of [1, 2]) {
      const { classification } = await classifyFile(file, { workers, parallelFromBytes: 0, asOf: new Date('2026-11-20T00:00:00Z') });
      expect(classification.categories.map((entry) => entry.category)).toEqual(['contact', 'identity']);
      expect(classification.evidence.find((entry) => entry.detector === 'person-name')?.columns).toEqual(['column_2 [name]', 'column_3 [name]']);
      expect(classification.evidence.find((entry) => entry.detector === 'date-of-birth')?.matches).toBe(240);
      expect(classification.jurisdictionCounts?.map((entry) => entry.jurisdiction)).toEqual(['CA']);
      expect(classification.children?.under13).toBeGreaterThan(0);
    }
  });
});
