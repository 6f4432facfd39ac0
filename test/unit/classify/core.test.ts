import { describe, expect, it } from 'vitest';
import { Classification, type Category } from '../../../lambdas/shared/contract.js';
import { ValidationError } from '../../../lambdas/shared/errors.js';
import {
  CLASSIFIER_LIMITS,
  DECLARED_DETECTOR,
  RecordClassifier,
  classifyRecordStream,
  classifyRecords,
  mergeClassifications,
  withDeclaredCategories,
} from '../../../lambdas/classify/core.js';
import { luhnChecksumValid } from '../../../lambdas/classify/detectors.js';

/** Categories and people only (the additive confidence fields are tested on their own). */
const countsOf = (classification: { categories: Array<{ category: string; subjects: number }> }) =>
  classification.categories.map(({ category, subjects }) => ({ category, subjects }));
const evidenceOf = (classification: { evidence: Array<{ category: string; detector: string; columns: string[] }> }) =>
  classification.evidence.map(({ category, detector, columns }) => ({ category, detector, columns }));

// Synthetic people: example.com addresses, network test card numbers, SSNs in valid ranges.
const CUSTOMERS: Array<Record<string, unknown>> = [
  { customer_id: 'C-1', email: 'Anna.Schmidt@Example.com', first_name: 'Anna', country: 'Germany', card: '4111 1111 1111 1111' },
  { customer_id: 'C-1', email: 'anna.schmidt@example.com', first_name: 'Anna', country: 'DE', ssn: '536-22-4417' },
  { customer_id: 'C-2', email: 'bob@example.org', first_name: 'Bob', state: 'CA', phone: '(212) 555-0142', password: 'hunter2' },
  { customer_id: 'C-3', email: 'chloe@example.fr', first_name: 'Chloé', country: 'France', notes: 'IBAN FR14 2004 1010 0505 0001 3M02 606 on file' },
];

const subjectsOf = (classification: Classification, category: Category) =>
  classification.categories.find((entry) => entry.category === category)?.subjects ?? 0;

/** n distinct Luhn-valid 16-digit Visa-range numbers. */
function cardNumbers(n: number): string[] {
  const numbers: string[] = [];
  for (let body = 400000000000000; numbers.length < n; body++) {
    for (let digit = 0; digit <= 9; digit++) {
      if (luhnChecksumValid(`${body}${digit}`)) {
        numbers.push(`${body}${digit}`);
        break;
      }
    }
  }
  return numbers;
}

describe('RecordClassifier: people per category', () => {
  it('counts distinct people by the subject key, not rows', () => {
    // Act
    const result = classifyRecords(CUSTOMERS);

    // Assess
    expect(result.recordsScanned).toBe(4);
    expect(result.subjectCount).toBe(3);
    expect(countsOf(result)).toEqual([
      { category: 'contact', subjects: 3 },
      { category: 'identity', subjects: 3 },
      { category: 'government-id', subjects: 1 },
      { category: 'financial', subjects: 1 },
      { category: 'payment-card', subjects: 1 },
      { category: 'credentials', subjects: 1 },
    ]);
    expect(Classification.parse(result)).toEqual(result);
  });

  it('counts each row as one person when nothing in it identifies people, and a name alone as one person however many rows', () => {
    const rows = [
      { diagnosis: 'E11.9', visit: '2026-01-02' },
      { diagnosis: 'E11.9', visit: '2026-01-03' },
      { medication: 'metformin', visit: '2026-01-04' },
    ];
    const result = classifyRecords(rows);
    expect(result.subjectCount).toBe(3);
    expect(subjectsOf(result, 'health')).toBe(3);
    expect(result.subjectCounting?.basis).toBe('record');

    const named = classifyRecords([
      { full_name: 'Anna Schmidt', diagnosis: 'E11.9' },
      { full_name: 'Anna Schmidt', diagnosis: 'E11.9' },
      { full_name: 'Bob Stone', medication: 'metformin' },
    ]);
    expect(named.subjectCount).toBe(2);
    expect(subjectsOf(named, 'identity')).toBe(2);
    expect(subjectsOf(named, 'health')).toBe(2);
  });

  it('counts a person once per category however many columns or rows show it', () => {
    const rows = [
      { user_id: 7, email: 'dana@example.com', backup_email: 'dana.lee@example.net', phone: '+1 212 555 0142' },
      { user_id: 7, email: 'dana@example.com', street: '1 Main St' },
    ];

    const result = classifyRecords(rows);

    expect(result.subjectCount).toBe(1);
    expect(countsOf(result)).toEqual([{ category: 'contact', subjects: 1 }]);
  });

  it('treats rows with a blank subject key as separate people', () => {
    const result = classifyRecords([
      { customer_id: 'C-1', first_name: 'Anna' },
      { customer_id: '', first_name: 'Bob' },
      { customer_id: null, first_name: 'Chloé' },
    ]);

    expect(result.subjectCount).toBe(3);
    expect(subjectsOf(result, 'identity')).toBe(3);
  });

  it('matches email subject keys case-insensitively', () => {
    const result = classifyRecords([{ email: 'Dana@Example.com' }, { email: 'dana@example.com' }]);

    expect(result.subjectCount).toBe(1);
  });

  it('accepts an explicit subject key, or none', () => {
    const rows = [
      { account: 'A', holder: 'x', first_name: 'Anna' },
      { account: 'A', holder: 'y', first_name: 'Anna' },
    ];

    expect(classifyRecords(rows, { subjectKey: 'account' }).subjectCount).toBe(1);
    expect(classifyRecords(rows, { subjectKey: null }).subjectCount).toBe(2);
  });

  it('flattens nested JSON into dotted columns', () => {
    const result = classifyRecords([
      { user: { id: 1, name: { first: 'Dana' }, contact: { emails: ['dana@example.com', 'd@example.net'] } }, geo: { lat: 40.71, lng: -74.0 } },
    ]);

    expect(result.categories.map((entry) => entry.category)).toEqual(['contact', 'identity', 'location']);
    expect(result.evidence.find((entry) => entry.category === 'contact')?.columns).toEqual(['user.contact.emails']);
  });

  it('rejects a record that is not an object', () => {
    const classifier = new RecordClassifier();

    expect(() => classifier.add([] as unknown as Record<string, unknown>)).toThrow(ValidationError);
  });
});

describe('RecordClassifier: probable detections are confirmed per column', () => {
  it('confirms a column whose values mostly pass (a card column without a telling name)', () => {
    const cards = cardNumbers(CLASSIFIER_LIMITS.probationValues + 50);

    const result = classifyRecords(cards.map((value, index) => ({ customer_id: index, value })));

    expect(subjectsOf(result, 'payment-card')).toBe(cards.length);
    expect(result.evidence).toContainEqual(expect.objectContaining({ category: 'payment-card', detector: 'payment-card', columns: ['value'] }));
  });

  it('drops a column where only the Luhn-chance share passes (order numbers)', () => {
    const rows = Array.from({ length: CLASSIFIER_LIMITS.probationValues + 100 }, (_, index) => ({
      customer_id: index,
      tracking: String(4000000000000000 + index * 7),
    }));

    const result = classifyRecords(rows);

    expect(subjectsOf(result, 'payment-card')).toBe(0);
    expect(evidenceOf(result)).toEqual([]);
  });

  it('judges a small sample on all of it at result()', () => {
    const [first = '', second = ''] = cardNumbers(2);

    const mostly = classifyRecords([{ value: first }, { value: second }, { value: 'n/a' }]);
    const rarely = classifyRecords([{ value: first }, { value: 'x1' }, { value: 'x2' }, { value: 'x3' }]);

    expect(subjectsOf(mostly, 'payment-card')).toBe(2);
    expect(subjectsOf(rarely, 'payment-card')).toBe(0);
  });

  it('does not double-count a row person confirmed later who already had the category', () => {
    const cards = cardNumbers(CLASSIFIER_LIMITS.probationValues + 10);

    // Each row's card_number (its key: one card, one holder) is valid at once; its unnamed value only once the column is confirmed.
    const result = classifyRecords(cards.map((value, index) => ({ value, card_number: cards[(index + 1) % cards.length] })));

    expect(result.subjectCount).toBe(cards.length);
    expect(subjectsOf(result, 'payment-card')).toBe(cards.length);
  });

  it('leaves result() repeatable and add() usable after it', () => {
    const classifier = new RecordClassifier();
    classifier.add({ customer_id: 1, value: cardNumbers(1)[0] });

    const early = classifier.result();
    classifier.add({ customer_id: 2, email: 'eli@example.net' });

    expect(classifier.result()).toEqual(classifier.result());
    expect(subjectsOf(early, 'payment-card')).toBe(1);
    expect(classifier.result().subjectCount).toBe(2);
  });
});

describe('RecordClassifier: jurisdictions', () => {
  it('collects ISO countries and US states, deduplicated and sorted', () => {
    const places = [
      { country: 'Germany' },
      { country: 'de' },
      { country: 'United States', state: 'NY' },
      { state: 'California' },
      { state: 'CA' },
      { billing_country: 'France' },
      { country: 'Atlantis', state: 'Nowhere' },
    ];
    const result = classifyRecords(places.map((place, index) => ({ email: `p${index}@example.org`, ...place })));

    expect(result.jurisdictions).toEqual(['DE', 'FR', 'US', 'US-CA', 'US-NY']);
  });

  it('does not read a state code as a US state for a record placed in another country', () => {
    const result = classifyRecords([{ email: 'a@example.org', country: 'CA', state: 'ON' }, { email: 'b@example.org', country: 'DE', state: 'AL' }]);

    expect(result.jurisdictions).toEqual(['CA', 'DE']);
  });
});

describe('RecordClassifier: data minimisation', () => {
  it('keeps no raw value in its result', () => {
    // Countries and states come back as ISO codes on purpose; every other value must not.
    const values = CUSTOMERS.flatMap((record) =>
      Object.entries(record).filter(([column]) => column !== 'country' && column !== 'state').map(([, value]) => String(value)),
    );

    const serialized = JSON.stringify(classifyRecords(CUSTOMERS)).toLowerCase();

    for (const value of values) expect(serialized).not.toContain(value.toLowerCase());
    for (const fragment of ['anna', 'schmidt', '4111', '536-22', 'hunter2', 'fr14', '555-0142']) {
      expect(serialized).not.toContain(fragment);
    }
  });

  it('reads a map of records keyed by names or ids as one column per field, and withholds a name in a path', () => {
    const result = classifyRecords([
      { people: { 'Olivia Brown': { plan: 'pro', card: '4111 1111 1111 1111' }, 'Noah Davis': { plan: 'free', card: '5555 5555 5555 4444' } } },
      { owner: { 'Olivia Brown': { card: '4111 1111 1111 1111' } } },
    ]);

    expect(JSON.stringify(result)).not.toMatch(/Olivia|Noah/);
    expect(evidenceOf(result)).toEqual([{ category: 'payment-card', detector: 'payment-card', columns: ['(column name withheld)', 'people.*.card'] }]);
  });

  it('withholds column names that are themselves personal data', () => {
    const result = classifyRecords([
      { 'anna.schmidt@example.com': 'bob@example.org', contacts: { 'chloe@example.fr': 'chloe@example.fr' }, '4111111111111111': 'x' },
    ]);

    expect(JSON.stringify(result)).not.toMatch(/anna|chloe|4111/);
    expect(evidenceOf(result)).toEqual([{ category: 'contact', detector: 'email', columns: ['(column name withheld)'] }]);
  });

  it('lists the affected people\'s own email addresses, distinct and lower-cased', () => {
    const classifier = new RecordClassifier();
    for (const record of CUSTOMERS) classifier.add(record);
    classifier.add({ customer_id: 'C-4', email: 'not an address', manager_email: 'boss@example.com' });

    expect(classifier.notificationAddresses().map(({ email }) => email)).toEqual(['anna.schmidt@example.com', 'bob@example.org', 'chloe@example.fr']);
  });

  it('counts a record without a key as a person only when it holds personal data', () => {
    const result = classifyRecords([
      { line: 'GET /health 200' },
      { line: 'login user=anna@example.com' },
      { line: 'GET /index.html 200' },
    ]);

    expect(result.subjectCount).toBe(1);
    expect(result.subjectCounting?.basis).toBe('record');
    expect(classifyRecords([{ sku: 'A-1', price: '9.99' }, { sku: 'B-2', price: '19.50' }]).subjectCount).toBe(0);
  });

  it('places each address where its records place the person, all of them when records disagree', () => {
    const classifier = new RecordClassifier();
    classifier.add({ id: '1', email: 'Anna@example.com', country: 'DE' });
    classifier.add({ id: '2', email: 'bob@example.org', address: '1 Main St, Springfield, IL 62704' });
    classifier.add({ id: '1', email: 'anna@example.com', country: 'Austria' });
    classifier.add({ id: '3', email: 'chloe@example.fr' });

    expect(classifier.notificationAddresses()).toEqual([
      { email: 'anna@example.com', jurisdictions: ['AT', 'DE'] },
      { email: 'bob@example.org', jurisdictions: ['US', 'US-IL'] },
      { email: 'chloe@example.fr', jurisdictions: [] },
    ]);
  });

  it('classifies an async stream', async () => {
    async function* stream() {
      yield* CUSTOMERS;
    }

    const { classification, notificationAddresses } = await classifyRecordStream(stream());

    expect(classification).toEqual(classifyRecords(CUSTOMERS));
    expect(notificationAddresses).toHaveLength(3);
  });
});

describe('mergeClassifications', () => {
  const sample = classifyRecords(CUSTOMERS.slice(0, 2));
  const full = classifyRecords(CUSTOMERS);

  it('takes the larger count per category, never the sum', () => {
    const merged = mergeClassifications(sample, full);

    expect(merged.subjectCount).toBe(3);
    expect(subjectsOf(merged, 'contact')).toBe(3);
    expect(subjectsOf(merged, 'government-id')).toBe(1);
    expect(merged.recordsScanned).toBe(6);
    expect(merged.jurisdictions).toEqual(full.jurisdictions);
  });

  it('unions categories, jurisdictions and evidence columns', () => {
    const other = classifyRecords([{ patient_id: 'P-1', diagnosis: 'E11.9', email_address: 'p1@example.com', country: 'AT' }]);

    const merged = mergeClassifications(full, other);

    expect(subjectsOf(merged, 'health')).toBe(1);
    expect(merged.jurisdictions).toEqual(['AT', 'DE', 'FR', 'US', 'US-CA']);
    expect(merged.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['email', 'email_address']);
    expect(Classification.parse(merged)).toEqual(merged);
  });

  it('is commutative', () => {
    expect(mergeClassifications(sample, full)).toEqual(mergeClassifications(full, sample));
  });
});

describe('withDeclaredCategories', () => {
  const detected = classifyRecords(CUSTOMERS);

  it('gives declared but undetected categories the reporter\'s figure, keeping detected counts', () => {
    const result = withDeclaredCategories(detected, ['health', 'contact', 'health'], 5000);

    expect(subjectsOf(result, 'health')).toBe(5000);
    expect(subjectsOf(result, 'contact')).toBe(3);
    expect(result.subjectCount).toBe(5000);
    expect(result.evidence).toContainEqual(expect.objectContaining({ category: 'health', detector: DECLARED_DETECTOR, columns: [] }));
    expect(result.categories.map((entry) => entry.category)).toEqual([
      'contact', 'identity', 'government-id', 'financial', 'payment-card', 'credentials', 'health',
    ]);
  });

  it('never lowers the classified subject count, and raises it only with a category it adds', () => {
    expect(withDeclaredCategories(detected, [], 1).subjectCount).toBe(3);
    // 500 rows of 3 people: the records' count stands (the assessment weighs the report's figure itself).
    expect(withDeclaredCategories(detected, ['contact'], 500).subjectCount).toBe(3);
  });

  it('rejects a negative or fractional reporter figure', () => {
    expect(() => withDeclaredCategories(detected, ['health'], -1)).toThrow(ValidationError);
    expect(() => withDeclaredCategories(detected, ['health'], 1.5)).toThrow(ValidationError);
  });
});
