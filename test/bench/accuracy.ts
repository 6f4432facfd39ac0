// Accuracy on labelled third-party cases, read in place from ../shared/fixtures/pii (never
// copied): Microsoft Presidio's recognizer test cases and presidio-research's synthetic
// sentences, Yelp detect-secrets' plugin cases, and Amazon Macie's findings on the sample files of
// aws-samples/amazon-macie-finding-data-reveal. Each case becomes one cell of a record.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Category } from '../../lambdas/shared/contract.js';
import { describeColumn, detectValue } from '../../lambdas/classify/detectors.js';
import { RecordClassifier } from '../../lambdas/classify/core.js';
import { readRecords } from '../../lambdas/classify/sources.js';
import type { Competitor } from './competitors.js';

export const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/**
 * Presidio entities this classifier supports, the category each counts under, and the column
 * name an export would give such values (records come with column names; Presidio's own
 * recognizers use context words the same way).
 */
export const PRESIDIO_ENTITIES: Readonly<Record<string, { category: Category; column: string }>> = {
  CREDIT_CARD: { category: 'payment-card', column: 'card_number' },
  IBAN_CODE: { category: 'financial', column: 'iban' },
  ABA_ROUTING_NUMBER: { category: 'financial', column: 'routing_number' },
  US_BANK_NUMBER: { category: 'financial', column: 'bank_account_number' },
  US_SSN: { category: 'government-id', column: 'ssn' },
  US_ITIN: { category: 'government-id', column: 'itin' },
  UK_NINO: { category: 'government-id', column: 'national_insurance_number' },
  UK_PASSPORT: { category: 'government-id', column: 'uk_passport_number' },
  US_PASSPORT: { category: 'government-id', column: 'us_passport_number' },
  DE_PASSPORT: { category: 'government-id', column: 'reisepassnummer' },
  DE_ID_CARD: { category: 'government-id', column: 'personalausweisnummer' },
  DE_TAX_ID: { category: 'government-id', column: 'steuer_id' },
  DE_SOCIAL_SECURITY: { category: 'government-id', column: 'rentenversicherungsnummer' },
  ES_NIE: { category: 'government-id', column: 'nie' },
  ES_NIF: { category: 'government-id', column: 'nif' },
  ES_PASSPORT: { category: 'government-id', column: 'pasaporte' },
  IT_FISCAL_CODE: { category: 'government-id', column: 'codice_fiscale' },
  IT_PASSPORT: { category: 'government-id', column: 'passaporto' },
  IT_IDENTITY_CARD: { category: 'government-id', column: 'carta_d_identita' },
  PL_PESEL: { category: 'government-id', column: 'pesel' },
  SE_PERSONNUMMER: { category: 'government-id', column: 'personnummer' },
  FI_PERSONAL_IDENTITY_CODE: { category: 'government-id', column: 'henkilotunnus' },
  TR_NATIONAL_ID: { category: 'government-id', column: 'tc_kimlik_no' },
  CA_SIN: { category: 'government-id', column: 'sin' },
  AU_TFN: { category: 'government-id', column: 'tfn' },
  IN_AADHAAR: { category: 'government-id', column: 'aadhaar' },
  IN_PAN: { category: 'government-id', column: 'pan_card_number' },
  KR_RRN: { category: 'government-id', column: 'rrn' },
  KR_FRN: { category: 'government-id', column: 'foreigner_registration_number' },
  SG_NRIC_FIN: { category: 'government-id', column: 'nric' },
  TH_TNIN: { category: 'government-id', column: 'thai_national_id' },
  ZA_ID_NUMBER: { category: 'government-id', column: 'sa_id_number' },
  AU_MEDICARE: { category: 'health', column: 'medicare_card_number' },
  US_NPI: { category: 'health', column: 'npi' },
  UK_NHS: { category: 'health', column: 'nhs_number' },
  US_MBI: { category: 'health', column: 'mbi' },
  DE_HEALTH_INSURANCE: { category: 'health', column: 'krankenversichertennummer' },
  EMAIL_ADDRESS: { category: 'contact', column: 'email' },
  PHONE_NUMBER: { category: 'contact', column: 'phone' },
  IP_ADDRESS: { category: 'online-identifier', column: 'ip_address' },
  MAC_ADDRESS: { category: 'online-identifier', column: 'mac_address' },
};

/** A labelled cell: is `category` in `text`, found in a column named `column`? */
export interface LabelledCell {
  readonly suite: string;
  readonly text: string;
  readonly column: string;
  readonly category: Category;
  /** What the label is about, for the report (an entity or detector name). */
  readonly entity: string;
  readonly positive: boolean;
  /** The detector names that count as finding it (free-text suites score by detector). */
  readonly detectors?: readonly string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

function addTo(scores: Map<string, Score>, key: string, positive: boolean, predicted: boolean): void {
  const score = scores.get(key) ?? emptyScore();
  if (positive && predicted) score.tp++;
  else if (positive) score.fn++;
  else if (predicted) score.fp++;
  else score.tn++;
  scores.set(key, score);
}

// ---------------------------------------------------------------------------------------------
// Suites

/**
 * Presidio's positives that the published rule of their scheme says no issued number can be, with
 * the rule: scored as negatives (and listed by the benchmark). Presidio's DE_TAX_ID recognizer
 * checks the check digit only; ELSTER's rule (as python-stdnum's de.idnr implements it) also wants
 * exactly one of the first ten digits repeated, twice or three times: 12345678903 is no one's.
 */
export const RELABELLED: ReadonlyArray<{ entity: string; test: (text: string) => boolean; reason: string }> = [
  {
    entity: 'DE_TAX_ID',
    test: (text) => [...text.matchAll(/\b\d{11}\b/g)].every(([id]) => new Set(id.slice(0, 10)).size === 10),
    reason: 'all of the first ten digits differ, which ELSTER\'s rule for the Steuer-ID excludes (python-stdnum de.idnr: exactly one digit repeated twice or three times)',
  },
];

export function presidioRecognizerCells(): { cells: LabelledCell[]; unsupported: Map<string, number> } {
  const file = `${FIXTURES}pii/presidio_recognizer_test_cases.csv`;
  const cells: LabelledCell[] = [];
  const unsupported = new Map<string, number>();
  if (!existsSync(file)) return { cells, unsupported };
  const rows = parse(readFileSync(file), { columns: true }) as Array<{ entity_types: string; text: string; expected_count: string }>;
  for (const row of rows) {
    for (const entity of JSON.parse(row.entity_types) as string[]) {
      const supported = PRESIDIO_ENTITIES[entity];
      if (!supported) {
        unsupported.set(entity, (unsupported.get(entity) ?? 0) + 1);
        continue;
      }
      const relabelled = row.expected_count !== '0' && RELABELLED.some((r) => r.entity === entity && r.test(row.text));
      cells.push({ suite: 'Presidio recognizer cases', text: row.text, column: supported.column, category: supported.category, entity, positive: row.expected_count !== '0' && !relabelled });
    }
  }
  return { cells, unsupported };
}

// Entities of presidio-research's sentences that are scored, with the detectors that find them.
const SENTENCE_ENTITIES: Readonly<Record<string, { category: Category; detectors: string[] }>> = {
  EMAIL_ADDRESS: { category: 'contact', detectors: ['email'] },
  PHONE_NUMBER: { category: 'contact', detectors: ['phone', 'phone-unverified'] },
  CREDIT_CARD: { category: 'payment-card', detectors: ['payment-card'] },
  IBAN_CODE: { category: 'financial', detectors: ['iban'] },
  US_SSN: { category: 'government-id', detectors: ['us-ssn'] },
  IP_ADDRESS: { category: 'online-identifier', detectors: ['ip-address'] },
};

export function presidioSentenceCells(): LabelledCell[] {
  const cells: LabelledCell[] = [];
  for (const name of ['presidio_research_synth_dataset_v2.json', 'presidio_research_generated_small.json']) {
    const file = `${FIXTURES}pii/${name}`;
    if (!existsSync(file)) continue;
    const sentences = JSON.parse(readFileSync(file, 'utf8')) as Array<{ full_text: string; spans: Array<{ entity_type: string }> }>;
    for (const { full_text: text, spans } of sentences) {
      const present = new Set(spans.map((span) => span.entity_type));
      for (const [entity, { category, detectors }] of Object.entries(SENTENCE_ENTITIES)) {
        cells.push({ suite: 'presidio-research sentences (free text)', text, column: 'notes', category, entity, positive: present.has(entity), detectors });
      }
    }
  }
  return cells;
}

export function detectSecretsCells(): LabelledCell[] {
  const file = `${FIXTURES}pii/detect_secrets/detect_secrets_plugin_test_cases.csv`;
  if (!existsSync(file)) return [];
  const rows = parse(readFileSync(file), { columns: true }) as Array<{ detector: string; input: string; should_flag: string }>;
  // Scored by category: an input one detector flags (a GitHub token) is a credential even where
  // another detector's case lists it as a negative (not a GitLab token).
  const flagged = new Set(rows.filter((row) => row.should_flag === 'True').map((row) => row.input));
  return rows.map((row) => {
    const ip = row.detector === 'IPPublicDetector';
    return {
      suite: 'detect-secrets plugin cases (one line, unnamed column)',
      text: row.input,
      column: 'line',
      category: ip ? 'online-identifier' : 'credentials',
      entity: row.detector,
      positive: row.should_flag === 'True' || flagged.has(row.input),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Scoring cells

export interface Predictor {
  readonly name: string;
  categoriesOf(cell: LabelledCell): { categories: Set<Category>; detectors: Set<string> };
  readonly covers?: ReadonlySet<Category>;
}

export const ours = (named: boolean): Predictor => ({
  name: named ? 'BreachClock' : 'BreachClock (no column name)',
  categoriesOf: (cell) => {
    const found = detectValue(cell.text, describeColumn(named ? cell.column : 'value'));
    return { categories: new Set(found.map((d) => d.category)), detectors: new Set(found.map((d) => d.detector)) };
  },
});

export const competitorPredictor = (competitor: Competitor): Predictor => ({
  name: competitor.name,
  covers: competitor.covers,
  categoriesOf: (cell) => ({ categories: competitor.categoriesOf(cell.text), detectors: new Set() }),
});

/** Scores per suite and category (and per entity), for one predictor. */
export function score(cells: readonly LabelledCell[], predictor: Predictor): { byCategory: Map<string, Score>; byEntity: Map<string, Score> } {
  const byCategory = new Map<string, Score>();
  const byEntity = new Map<string, Score>();
  for (const cell of cells) {
    if (predictor.covers && !predictor.covers.has(cell.category)) continue;
    const { categories, detectors } = predictor.categoriesOf(cell);
    // Free-text suites say which entity; our detectors name it. A competitor's label is per category.
    const predicted = cell.detectors && detectors.size > 0 ? cell.detectors.some((name) => detectors.has(name)) : categories.has(cell.category) && (!cell.detectors || detectors.size === 0);
    addTo(byCategory, `${cell.suite}\u0000${cell.category}`, cell.positive, predicted);
    addTo(byEntity, `${cell.suite}\u0000${cell.entity}`, cell.positive, predicted);
  }
  return { byCategory, byEntity };
}

// ---------------------------------------------------------------------------------------------
// Macie: its findings on two sample files, compared per column

const MACIE_TYPES: Readonly<Record<string, Category>> = {
  CREDIT_CARD_NUMBER: 'payment-card', CREDIT_CARD_SECURITY_CODE: 'payment-card', USA_SOCIAL_SECURITY_NUMBER: 'government-id',
  PHONE_NUMBER: 'contact', ADDRESS: 'contact', NAME: 'identity', DATE_OF_BIRTH: 'identity',
};

export interface MacieComparison {
  readonly file: string;
  readonly type: string;
  readonly category: Category;
  readonly columns: string[];
  readonly macie: number;
  readonly ours: number;
  readonly oursDetectors: string[];
}

interface MacieFinding {
  resourcesAffected: { s3Object: { key: string } };
  classificationDetails: { result: { sensitiveData?: Array<{ detections: Array<{ type: string; count: number; occurrences?: { cells?: Array<{ columnName: string }>; records?: Array<{ jsonPath: string }> } }> }> } };
}

/** For each Macie detection: the values we found of its category in the columns Macie names. */
export async function macieComparisons(): Promise<MacieComparison[]> {
  const out: MacieComparison[] = [];
  const findings = [
    ['macie_finding_detail_SensitiveData_S3Object_Multiple_csv.json', 'pii/macie_reveal/sample-data.csv'],
    ['macie_finding_detail_SensitiveData_S3Object_Multiple_json_creditcards.json', 'pii/macie_reveal/CreditCardDataSmall.json'],
  ] as const;
  for (const [findingFile, dataFile] of findings) {
    const findingPath = `${FIXTURES}events/${findingFile}`;
    const dataPath = `${FIXTURES}${dataFile}`;
    if (!existsSync(findingPath) || !existsSync(dataPath)) continue;
    const finding = JSON.parse(readFileSync(findingPath, 'utf8')) as MacieFinding;
    // Count, per column, the values each category was found in.
    const classifier = new RecordClassifier({ collectEmails: false });
    const perColumn = new Map<string, Map<Category, { count: number; detectors: Set<string> }>>();
    for await (const record of readRecords(dataPath)) {
      classifier.add(record);
      for (const [column, value] of Object.entries(record)) {
        const seen = new Set<Category>();
        for (const detection of detectValue(String(value), describeColumn(column))) {
          const byCategory = perColumn.get(column) ?? new Map<Category, { count: number; detectors: Set<string> }>();
          perColumn.set(column, byCategory);
          const entry = byCategory.get(detection.category) ?? { count: 0, detectors: new Set<string>() };
          byCategory.set(detection.category, entry);
          entry.detectors.add(detection.detector);
          if (!seen.has(detection.category)) entry.count++;
          seen.add(detection.category);
        }
      }
    }
    for (const sensitive of finding.classificationDetails.result.sensitiveData ?? []) {
      for (const detection of sensitive.detections) {
        const category = MACIE_TYPES[detection.type];
        if (!category) continue;
        const columns = [...new Set([
          ...(detection.occurrences?.cells ?? []).map((cell) => cell.columnName),
          ...(detection.occurrences?.records ?? []).map((record) => /\['?([^'\]]+)'?\]$|\.(\w+)$/.exec(record.jsonPath)?.slice(1).find(Boolean) ?? ''),
        ])].filter(Boolean);
        let found = 0;
        const detectors = new Set<string>();
        for (const column of columns) {
          const entry = perColumn.get(column)?.get(category);
          found += entry?.count ?? 0;
          for (const name of entry?.detectors ?? []) detectors.add(name);
        }
        out.push({ file: dataFile.split('/').pop() ?? dataFile, type: detection.type, category, columns, macie: detection.count, ours: found, oursDetectors: [...detectors] });
      }
    }
  }
  return out;
}
