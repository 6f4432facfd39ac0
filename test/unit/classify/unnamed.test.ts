// A table without a header row: its columns are named for what their values show (unnamed.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { unnamedColumnNames } from '../../../lambdas/classify/unnamed.js';

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

  it('takes the oldest column of dates spanning years as the births, not a sign-up date', () => {
    const rows = split(`1984-02-11\t2019-03-01\tanna@example.com
1990-07-30\t2020-05-02\tbob@example.com
1957-12-01\t2021-01-09\tcarl@example.com
2012-04-17\t2024-06-12\tdora@example.com
1969-09-09\t2025-02-28\teve@example.com`);
    expect(unnamedColumnNames(rows, 3, 2, 2026)).toEqual(['column_1 [date_of_birth]', 'column_2', 'column_3']);
    // Dates of a few months (orders) are no births.
    expect(unnamedColumnNames(split('2026-01-02\ta@example.com\n2026-02-03\tb@example.com\n2026-03-01\tc@example.com\n2026-03-09\td@example.com\n2026-04-01\te@example.com'), 2, 1, 2026))
      .toEqual(['column_1', 'column_2']);
  });

  it('names no one in a table of things, and no phone in a column of IP addresses, SSNs or ids', () => {
    // Product names are capitalised words too, but nothing in the table is a person's.
    const products = split('Blue Widget\t19.99\t2026-01-02\nRed Gadget\t5.00\t2026-02-03\nGreen Sprocket\t7.25\t2026-03-04\nYellow Gizmo\t1.10\t2026-04-05');
    expect(unnamedColumnNames(products, 3, undefined, 2026)).toEqual(['column_1', 'column_2', 'column_3']);
    const numbers = split('81.0.0.1\t123-45-6789\t29076123456786\n82.1.0.1\t234-56-7890\t29076987654321\n198.51.100.2\t345-67-8901\t29076555511112');
    expect(unnamedColumnNames(numbers, 3, undefined, 2026)).toEqual(['column_1 [ip_address]', 'column_2', 'column_3']);
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
