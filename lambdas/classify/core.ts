// Record classification: stream records through once, keep counts, never values.
//
// Memory is bounded by the shape of the export (columns × detectors), not by its length, except
// for two things the job needs: the set of distinct people (salted SHA-256 of their key, truncated
// to 132 bits, with a small category bitmask each) and the affected people's email addresses,
// which the Art. 34 notice must reach (the caller stores them purpose-bound).
import { hash, randomBytes } from 'node:crypto';
import { CATEGORIES, type Category, type Classification } from '../shared/contract.js';
import { ValidationError } from '../shared/errors.js';
import {
  countryCodeOf,
  describeColumn,
  detectValue,
  holdsSubjectEmail,
  isBlankValue,
  isEmailAddress,
  pickSubjectKey,
  usStateOf,
  type ColumnProfile,
  type Detection,
} from './detectors.js';

/** Bounds that keep one pathological record or export from exhausting memory or time. */
export const CLASSIFIER_LIMITS = {
  /** Distinct column names tracked; further columns are still classified, see `ColumnState.tracked`. */
  maxColumns: 2_000,
  /** Leaf values read per record (nested JSON is flattened into dotted column names). */
  maxFieldsPerRecord: 2_000,
  maxDepth: 8,
  /** Non-blank values a column is watched for before a `probable` detector is confirmed or dropped. */
  probationValues: 200,
  /** Share of a column's values that must pass a `probable` detector to confirm it. */
  acceptRatio: 0.5,
  /** Column names listed per evidence entry. */
  maxEvidenceColumns: 50,
} as const;

export interface ClassifierOptions {
  /**
   * The column identifying a person, `null` for "each row is one person". Default: chosen from
   * the first record's columns by `pickSubjectKey` (customer_id/patient_id/... before email
   * before a bare id).
   */
  subjectKey?: string | null;
  /**
   * Salt for the subject hashes. Default: random per classifier, so hashes held in memory
   * cannot be matched against a dictionary of emails or ids. Pass a shared salt only when
   * several classifiers' subject sets must be comparable.
   */
  subjectHashSalt?: string;
}

const CATEGORY_BIT: ReadonlyMap<Category, number> = new Map(CATEGORIES.map((category, index) => [category, index]));

type SubjectRef = string;
type Field = readonly [column: string, value: string];

// ---------------------------------------------------------------------------------------------
// Records → fields

function leafText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined;
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined;
  }
}

/** Leaf values with dotted paths as column names; array items share their array's column. */
function flattenRecord(record: Record<string, unknown>): Field[] {
  const fields: Field[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    const text = leafText(value);
    if (text !== undefined) {
      fields.push([path, text]);
      return;
    }
    if (value === null || typeof value !== 'object' || depth >= CLASSIFIER_LIMITS.maxDepth) return;
    const children: Iterable<readonly [string | undefined, unknown]> = Array.isArray(value)
      ? value.map((item): readonly [undefined, unknown] => [undefined, item])
      : Object.entries(value);
    for (const [key, child] of children) {
      if (fields.length >= CLASSIFIER_LIMITS.maxFieldsPerRecord) return;
      visit(child, key === undefined ? path : `${path}.${key}`, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(record)) {
    if (fields.length >= CLASSIFIER_LIMITS.maxFieldsPerRecord) break;
    visit(value, key, 0);
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// People

const SHARDS = 16;

/**
 * Which categories each person has, counted once per person. With a subject key every person
 * is kept (as a hash); without one each row is its own person and is forgotten after its row,
 * unless a detection on it is still on probation.
 */
class SubjectLedger {
  // Sharded because one Map holds at most 2^24 entries.
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<SubjectRef, number>());
  private readonly holds = new Map<SubjectRef, number>();
  readonly counts: number[] = CATEGORIES.map(() => 0);
  subjects = 0;

  constructor(private readonly rowsAreSubjects: boolean) {}

  private shardOf(ref: SubjectRef): Map<SubjectRef, number> {
    const shard = this.shards[(ref.charCodeAt(0) + ref.charCodeAt(ref.length - 1)) & (SHARDS - 1)];
    if (!shard) throw new Error('unreachable: shard index out of range');
    return shard;
  }

  enter(ref: SubjectRef): void {
    const shard = this.shardOf(ref);
    if (shard.has(ref)) return;
    shard.set(ref, 0);
    this.subjects++;
  }

  mark(ref: SubjectRef, bit: number): void {
    const shard = this.shardOf(ref);
    const mask = shard.get(ref) ?? 0;
    if (mask & (1 << bit)) return;
    shard.set(ref, mask | (1 << bit));
    this.counts[bit] = (this.counts[bit] ?? 0) + 1;
  }

  isMarked(ref: SubjectRef, bit: number): boolean {
    return ((this.shardOf(ref).get(ref) ?? 0) & (1 << bit)) !== 0;
  }

  /** Keeps a row-person's mask until a probation on it is decided. */
  hold(ref: SubjectRef): void {
    if (this.rowsAreSubjects) this.holds.set(ref, (this.holds.get(ref) ?? 0) + 1);
  }

  release(ref: SubjectRef): void {
    if (!this.rowsAreSubjects) return;
    const remaining = (this.holds.get(ref) ?? 1) - 1;
    if (remaining > 0) {
      this.holds.set(ref, remaining);
      return;
    }
    this.holds.delete(ref);
    this.shardOf(ref).delete(ref);
  }

  /** End of the person's row: a row-person is forgotten unless held. */
  leave(ref: SubjectRef): void {
    if (this.rowsAreSubjects && !this.holds.has(ref)) this.shardOf(ref).delete(ref);
  }
}

// ---------------------------------------------------------------------------------------------
// Columns and probation

interface ColumnState {
  readonly profile: ColumnProfile;
  /** The name as reported in evidence, or a placeholder when the name itself looks like personal data. */
  readonly evidenceName: string;
  /** False past `maxColumns`: such columns count only `validated` detections. */
  readonly tracked: boolean;
  nonBlank: number;
  readonly probations: Map<string, Probation>;
}

/**
 * A `probable` detector on one column, e.g. unformatted Luhn-valid numbers in a column whose
 * name says nothing. Confirmed when most of the column's values pass it (a card column), dropped
 * when few do (order numbers, of which one in ten pass Luhn). Its hits wait, bounded, meanwhile.
 */
interface Probation {
  readonly detection: Detection;
  readonly column: ColumnState;
  /** The column's non-blank count at the first hit: the window starts there. */
  readonly firstValue: number;
  hits: number;
  readonly pending: SubjectRef[];
  verdict: 'open' | 'accepted' | 'rejected';
}

function windowOf(probation: Probation): number {
  return probation.column.nonBlank - probation.firstValue + 1;
}

function wouldAccept(probation: Probation): boolean {
  return probation.hits / windowOf(probation) >= CLASSIFIER_LIMITS.acceptRatio;
}

const OVERFLOW_COLUMN_NAME = '(further columns)';
const WITHHELD_COLUMN_NAME = '(column name withheld)';
const NEUTRAL_COLUMN = describeColumn('');

/** Column names are reported as evidence; a name that is itself a value (JSON keyed by email) is not. */
function evidenceNameOf(name: string): string {
  if (name.length > 120) return WITHHELD_COLUMN_NAME;
  // The whole name and each dotted segment: "contacts.anna@example.com" and "anna.b@example.com".
  const looksLikeValue = [name, ...name.split('.')].some((part) => detectValue(part, NEUTRAL_COLUMN).length > 0);
  return looksLikeValue ? WITHHELD_COLUMN_NAME : name;
}

// ---------------------------------------------------------------------------------------------
// The classifier

interface EvidenceEntry {
  readonly category: Category;
  readonly detector: string;
  readonly columns: Set<string>;
}

export class RecordClassifier {
  private recordsScanned = 0;
  private subjectKey: string | null | undefined;
  private ledger: SubjectLedger | undefined;
  private readonly hashSalt: string;
  private readonly columns = new Map<string, ColumnState>();
  private readonly openProbations = new Set<Probation>();
  private readonly evidence = new Map<string, EvidenceEntry>();
  private readonly jurisdictions = new Set<string>();
  private readonly emails = new Set<string>();

  constructor(options: ClassifierOptions = {}) {
    this.subjectKey = options.subjectKey;
    this.hashSalt = options.subjectHashSalt ?? randomBytes(16).toString('hex');
  }

  add(record: Record<string, unknown>): void {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new ValidationError(`Record ${this.recordsScanned + 1} is not an object of column names to values`);
    }
    const row = this.recordsScanned++;
    const fields = flattenRecord(record);
    if (this.subjectKey === undefined) this.subjectKey = pickSubjectKey(new Set(fields.map(([column]) => column))) ?? null;
    this.ledger ??= new SubjectLedger(this.subjectKey === null);
    const ref = this.subjectRefOf(fields, row);
    this.ledger.enter(ref);

    const countries: string[] = [];
    const states: string[] = [];
    for (const [name, value] of fields) {
      if (isBlankValue(value)) continue;
      const column = this.columnState(name);
      column.nonBlank++;
      const { hint } = column.profile;
      if (hint === 'country') {
        const country = countryCodeOf(value);
        if (country) countries.push(country);
        continue;
      }
      if (hint === 'us-state') {
        const state = usStateOf(value);
        if (state) states.push(state);
        continue;
      }
      for (const detection of detectValue(value, column.profile)) this.note(detection, column, ref);
      if (holdsSubjectEmail(column.profile)) {
        const email = value.trim().toLowerCase();
        if (isEmailAddress(email)) this.emails.add(email);
      }
    }
    this.noteJurisdictions(countries, states);
    this.ledger.leave(ref);
    this.decideDueProbations();
  }

  result(): Classification {
    const counts = [...(this.ledger?.counts ?? CATEGORIES.map(() => 0))];
    const evidence = new Map(
      [...this.evidence].map(([key, entry]): [string, EvidenceEntry] => [key, { ...entry, columns: new Set(entry.columns) }]),
    );
    // Probations still open are judged on what was seen so far, without closing them: a small
    // sample is decided on its whole length, and `add` may still continue afterwards.
    const provisional = new Map<number, Set<SubjectRef>>();
    for (const probation of this.openProbations) {
      if (!wouldAccept(probation)) continue;
      const bit = this.bitOf(probation.detection.category);
      const added = provisional.get(bit) ?? new Set<SubjectRef>();
      provisional.set(bit, added);
      for (const ref of probation.pending) {
        if (!this.ledger?.isMarked(ref, bit)) added.add(ref);
      }
      addEvidence(evidence, probation.detection, probation.column.evidenceName);
    }
    for (const [bit, refs] of provisional) counts[bit] = (counts[bit] ?? 0) + refs.size;

    return {
      categories: CATEGORIES.flatMap((category, bit) => {
        const subjects = counts[bit] ?? 0;
        return subjects > 0 ? [{ category, subjects }] : [];
      }),
      subjectCount: this.ledger?.subjects ?? 0,
      jurisdictions: [...this.jurisdictions].sort(),
      recordsScanned: this.recordsScanned,
      evidence: sortedEvidence(evidence.values()),
    };
  }

  /** Distinct lower-cased email addresses of the affected people, in first-seen order. */
  notificationEmails(): string[] {
    return [...this.emails];
  }

  private bitOf(category: Category): number {
    const bit = CATEGORY_BIT.get(category);
    if (bit === undefined) throw new Error(`unreachable: unknown category ${category}`);
    return bit;
  }

  private subjectRefOf(fields: readonly Field[], row: number): SubjectRef {
    const rowRef = `#${row.toString(36)}`;
    if (this.subjectKey === null || this.subjectKey === undefined) return rowRef;
    const keyField = fields.find(([column, value]) => column === this.subjectKey && !isBlankValue(value));
    if (!keyField) return rowRef;
    const value = keyField[1].trim();
    const normalized = this.columnState(keyField[0]).profile.hint === 'email' ? value.toLowerCase() : value;
    // Salted SHA-256 (one-shot: a keyed HMAC object per row costs more than the rest of the
    // row's work). 22 base64url characters keep 132 bits, ample against collisions.
    return hash('sha256', `${this.hashSalt}\u0000${normalized}`, 'base64url').slice(0, 22);
  }

  private columnState(name: string): ColumnState {
    const known = this.columns.get(name);
    if (known) return known;
    const tracked = this.columns.size < CLASSIFIER_LIMITS.maxColumns;
    const state: ColumnState = {
      profile: describeColumn(name),
      evidenceName: tracked ? evidenceNameOf(name) : OVERFLOW_COLUMN_NAME,
      tracked,
      nonBlank: 0,
      probations: new Map(),
    };
    if (tracked) this.columns.set(name, state);
    return state;
  }

  private note(detection: Detection, column: ColumnState, ref: SubjectRef): void {
    const ledger = this.ledger;
    if (!ledger) return;
    const bit = this.bitOf(detection.category);
    if (detection.certainty === 'validated') {
      ledger.mark(ref, bit);
      addEvidence(this.evidence, detection, column.evidenceName);
      return;
    }
    if (!column.tracked) return;
    let probation = column.probations.get(detection.detector);
    if (!probation) {
      probation = { detection, column, firstValue: column.nonBlank, hits: 0, pending: [], verdict: 'open' };
      column.probations.set(detection.detector, probation);
      this.openProbations.add(probation);
    }
    if (probation.verdict === 'accepted') {
      ledger.mark(ref, bit);
    } else if (probation.verdict === 'open') {
      probation.hits++;
      probation.pending.push(ref);
      ledger.hold(ref);
    }
  }

  private decideDueProbations(): void {
    for (const probation of this.openProbations) {
      if (windowOf(probation) >= CLASSIFIER_LIMITS.probationValues) this.decide(probation);
    }
  }

  private decide(probation: Probation): void {
    const ledger = this.ledger;
    if (!ledger) return;
    const accepted = wouldAccept(probation);
    probation.verdict = accepted ? 'accepted' : 'rejected';
    const bit = this.bitOf(probation.detection.category);
    for (const ref of probation.pending) {
      if (accepted) ledger.mark(ref, bit);
      ledger.release(ref);
    }
    probation.pending.length = 0;
    this.openProbations.delete(probation);
    if (accepted) addEvidence(this.evidence, probation.detection, probation.column.evidenceName);
  }

  private noteJurisdictions(countries: readonly string[], states: readonly string[]): void {
    for (const country of countries) this.jurisdictions.add(country);
    // A two-letter "state" is a US state only when the record is not placed in another country
    // (BY is Bavaria next to DE, not a US state).
    if (countries.length === 0 || countries.includes('US')) {
      for (const state of states) this.jurisdictions.add(state);
    }
  }
}

function evidenceEntry(evidence: Map<string, EvidenceEntry>, category: Category, detector: string): EvidenceEntry {
  const key = `${category}\u0000${detector}`;
  let entry = evidence.get(key);
  if (!entry) {
    entry = { category, detector, columns: new Set() };
    evidence.set(key, entry);
  }
  return entry;
}

function addEvidenceColumns(entry: EvidenceEntry, columnNames: Iterable<string>): void {
  for (const name of columnNames) {
    if (entry.columns.size >= CLASSIFIER_LIMITS.maxEvidenceColumns) return;
    entry.columns.add(name);
  }
}

function addEvidence(evidence: Map<string, EvidenceEntry>, detection: Detection, columnName: string): void {
  addEvidenceColumns(evidenceEntry(evidence, detection.category, detection.detector), [columnName]);
}

function sortedEvidence(entries: Iterable<EvidenceEntry>): Classification['evidence'] {
  return [...entries]
    .map(({ category, detector, columns }) => ({ category, detector, columns: [...columns].sort() }))
    .sort(
      (a, b) =>
        (CATEGORY_BIT.get(a.category) ?? 0) - (CATEGORY_BIT.get(b.category) ?? 0) || a.detector.localeCompare(b.detector),
    );
}

// ---------------------------------------------------------------------------------------------
// Convenience and combination

export function classifyRecords(records: Iterable<Record<string, unknown>>, options?: ClassifierOptions): Classification {
  const classifier = new RecordClassifier(options);
  for (const record of records) classifier.add(record);
  return classifier.result();
}

export interface StreamClassification {
  readonly classification: Classification;
  /** For the Art. 34 notice only; never log or return these through the API. */
  readonly notificationEmails: string[];
}

/** Classifies a record stream (e.g. `readRecords`) in one pass. */
export async function classifyRecordStream(
  records: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>,
  options?: ClassifierOptions,
): Promise<StreamClassification> {
  const classifier = new RecordClassifier(options);
  for await (const record of records) classifier.add(record);
  return { classification: classifier.result(), notificationEmails: classifier.notificationEmails() };
}

/**
 * Combines two classifications of possibly overlapping records (the inline sample and the full
 * export, or two files of one system). Counts are merged by MAXIMUM, not summed: the same
 * person may appear in both, and without the subject sets the union is only known to lie
 * between max(a, b) and a + b. The maximum never double-counts; the reporter's declared
 * subjectCount remains the upper figure. Records scanned are distinct rows, so they add up.
 */
export function mergeClassifications(a: Classification, b: Classification): Classification {
  const subjects = new Map<Category, number>();
  for (const { category, subjects: count } of [...a.categories, ...b.categories]) {
    subjects.set(category, Math.max(subjects.get(category) ?? 0, count));
  }
  const evidence = new Map<string, EvidenceEntry>();
  for (const { category, detector, columns } of [...a.evidence, ...b.evidence]) {
    addEvidenceColumns(evidenceEntry(evidence, category, detector), columns);
  }
  return {
    categories: CATEGORIES.flatMap((category) => {
      const count = subjects.get(category);
      return count === undefined ? [] : [{ category, subjects: count }];
    }),
    subjectCount: Math.max(a.subjectCount, b.subjectCount),
    jurisdictions: [...new Set([...a.jurisdictions, ...b.jurisdictions])].sort(),
    recordsScanned: a.recordsScanned + b.recordsScanned,
    evidence: sortedEvidence(evidence.values()),
  };
}

export const DECLARED_DETECTOR = 'declared-by-reporter';

/**
 * Adds the categories the reporter declared. A declared category that classification did not
 * find (or found in no one) is taken to concern all `subjectCount` people the reporter named;
 * detected counts stand. `subjectCount` becomes the larger of the two figures, so no category
 * counts more people than the whole.
 */
export function withDeclaredCategories(c: Classification, declared: readonly Category[], subjectCount: number): Classification {
  if (!Number.isInteger(subjectCount) || subjectCount < 0) {
    throw new ValidationError('subjectCount must be a non-negative integer', [
      { field: 'affected.subjectCount', message: 'must be a non-negative integer' },
    ]);
  }
  const detected = new Map(c.categories.filter(({ subjects }) => subjects > 0).map(({ category, subjects }) => [category, subjects]));
  const added = [...new Set(declared)].filter((category) => !detected.has(category));
  const counts = new Map<Category, number>([...detected, ...added.map((category): [Category, number] => [category, subjectCount])]);
  return {
    ...c,
    categories: CATEGORIES.flatMap((category) => {
      const subjects = counts.get(category);
      return subjects === undefined ? [] : [{ category, subjects }];
    }),
    subjectCount: Math.max(c.subjectCount, subjectCount),
    evidence: sortedEvidence([
      ...c.evidence.map((entry) => ({ ...entry, columns: new Set(entry.columns) })),
      ...added.map((category) => ({ category, detector: DECLARED_DETECTOR, columns: new Set<string>() })),
    ]),
  };
}
