// Record classification: stream records through once, keep counts, never values.
//
// Memory is bounded by the shape of the export (columns × detectors), not by its length, except
// for the set of distinct people (64-bit keyed fingerprints in a typed-array table, folded into
// HyperLogLog sketches past a limit: see people.ts) and, when asked for, the affected people's
// email addresses, which the Art. 34 notice must reach (the caller stores them purpose-bound).
import { createHash, randomBytes } from 'node:crypto';
import { CATEGORIES, type Category, type Classification, type JurisdictionCount, type SourceIncomplete } from '../shared/contract.js';
import { ValidationError } from '../shared/errors.js';
import {
  ALL_DETECTORS,
  ANIMAL_COLUMN,
  DETECTORS,
  countryCodeOf,
  countryColumnCodeOf,
  dateOrderOf,
  describeColumn,
  isMarketplaceSeller,
  namesBothSides,
  detectInto,
  detectValue,
  holdsSubjectEmail,
  isBlankIn,
  isBotAccountName,
  isBlankValue,
  isPersonalEmail,
  EMAIL_IN_TEXT,
  isPrimaryPersonColumn,
  isRelationshipColumn,
  isSelfRelationship,
  isIdName,
  isPersonName,
  isShippingColumn,
  isAddresseeName,
  isAddressObjectField,
  namesOrganisation,
  ageAt,
  isHashedValue,
  isKindChildField,
  isKindLedField,
  parseUsSsn,
  columnWords,
  isCompanyContact,
  nameOf,
  isEmailAddress,
  parseBirthDate,
  excelSerialDate,
  type BirthPart,
  PLACE_EMAIL,
  CASE_ROLES,
  partyOf,
  PERSONAL_NUMBER_HINTS,
  passwordHashKind,
  pickSubjectKey,
  subjectKeyRank,
  provinceCountryOf,
  usStateOf,
  type ColumnHint,
  type ColumnProfile,
  type DateOrder,
  type DetectionSink,
  type DetectorInfo,
} from './detectors.js';
import {
  ESTIMATE_RELATIVE_STANDARD_ERROR,
  FLAG,
  Fingerprinter,
  MASK_BITS,
  PeopleTable,
  tallyByJurisdiction,
  type PeopleEntries,
  type Tally,
} from './people.js';
import { isRecord, isRecordMap, parsedObject } from './json.js';
import { callerOfAuditEvent, LOG_SUBJECT, requesterOf } from './logs.js';
import { phoneNumberVerdict } from './phone.js';
import { docsCellFields, travelDocument } from './pnr.js';
import { jwtClaimsOf } from './secrets.js';
import { SQL_ROW } from './sql.js';
import { bothIncomplete } from './table.js';
import { csvColumnNames } from './csv.js';
import { toolReadings } from './tools.js';
import { isMerchantPayment, paymentKindColumn } from './statements.js';
import { countryOfNamedPostcode, countryOfPostcode, countryOfPostcodeAtEnd, countryOfStreetAndPostcode, usStateOfZip } from './places.js';

/** Bounds that keep one pathological record or export from exhausting memory or time. */
export const CLASSIFIER_LIMITS = {
  /** Member records joined through one email and name (see memberAliases): one person's re-registrations, not an office's. */
  aliasMembers: 4,
  /** Emails and names of members, and of guardians, remembered to join them (see memberAliases); past this, they are not joined. */
  memberAliases: 50_000,
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
  /** People counted exactly; past this they are estimated (HyperLogLog, see people.ts). */
  exactSubjects: 3_000_000,
  /** Records whose age waits on the order of a column's ambiguous dates (03/04/2012); past this, read in their country's order. */
  pendingAges: 250_000,
  /** Distinct country/state values remembered per classifier (their ISO codes). */
  placeCacheEntries: 20_000,
} as const;

export interface ClassifierOptions {
  /**
   * The column identifying a person, `null` for "each row is one person". Default: chosen from
   * the first record's columns by `pickSubjectKey` (customer_id/patient_id/... before email
   * before a bare id).
   */
  subjectKey?: string | null;
  /**
   * The subject key was chosen for this file by another classifier (the main thread's, for a worker
   * reading a part of it: see parallel.ts), not named by the user: it is used with the same
   * fallbacks as a key chosen here (a blank key's email, a name and birth date without any key).
   */
  subjectKeyChosen?: boolean;
  /**
   * The chosen key was settled on the file's first records (see KEY_SEARCH_RECORDS) by another
   * classifier: no record here names another, whatever its fields (a worker's part of JSON Lines).
   */
  subjectKeySettled?: boolean;
  /**
   * Salt for the subject fingerprints. Default: random per classifier, so fingerprints held in
   * memory cannot be matched against a dictionary of emails or ids. Pass a shared salt only when
   * several classifiers' subject sets must be comparable.
   */
  subjectHashSalt?: string;
  /** The date ages are computed at (children under 13 / 16): the discovery time. Default: now. */
  asOf?: Date;
  /** Keep the affected people's own email addresses for the notice (default true). */
  collectEmails?: boolean;
  /** People counted exactly before switching to estimates (default `CLASSIFIER_LIMITS.exactSubjects`). */
  exactSubjectLimit?: number;
}

const CATEGORY_BIT: ReadonlyMap<Category, number> = new Map(CATEGORIES.map((category, index) => [category, index]));

function bitOf(category: Category): number {
  const bit = CATEGORY_BIT.get(category);
  if (bit === undefined) throw new Error(`unreachable: unknown category ${category}`);
  return bit;
}

function computeFlags(detector: DetectorInfo): number {
  const bit = 1 << detector.bit;
  switch (detector.credential) {
    case 'plain':
      return bit | FLAG.plainCredential;
    case 'hashed':
      return bit | FLAG.hashedCredential;
    case 'token':
      return bit | FLAG.tokenCredential;
    default:
      return bit;
  }
}

/** Each detector's category bit and credential flag, by detector id (looked up on every match). */
const DETECTOR_FLAGS: readonly number[] = ALL_DETECTORS.map(computeFlags);

function flagsOf(detector: DetectorInfo): number {
  return DETECTOR_FLAGS[detector.id] as number;
}

/** The flags of a record that holds genotypes and nothing else (see classifyRow). */
const GENOTYPES_ONLY = computeFlags(ALL_DETECTORS.find((detector) => detector.category === 'genetic') as DetectorInfo);
/** The flags of what a machine leaves in a log (an IP address, a device id, a place from geolocation): see classifyRow. */
const MACHINE_TRACES = ALL_DETECTORS.filter((detector) => detector.category === 'online-identifier' || detector.category === 'location')
  .reduce((flags, detector) => flags | computeFlags(detector), 0);
/** A name's category, for the fellow travellers a list of names gives (see fellowTravellersOf). */
const IDENTITY_FLAG = 1 << bitOf('identity');
/** An address's category, for a mail archive's correspondents. */
const CONTACT_FLAG = 1 << bitOf('contact');
const LOCATION_FLAG = 1 << bitOf('location');
const COMMUNICATIONS_FLAG = 1 << bitOf('communications');
const GENETIC_FLAG = 1 << bitOf('genetic');
const HEALTH_FLAG = 1 << bitOf('health');
const CRIMINAL_FLAG = 1 << bitOf('criminal');
const FINANCIAL_FLAG = 1 << bitOf('financial');
/**
 * Who owes what the record's person owes (see partyOf's roles): a co-borrower, a co-signer, a car deal's co-buyer, a joint
 * account's other holder, a debt placement's joint party, a credit report's J1 and J2. The account's balance and arrears are theirs too.
 */
const JOINT_OBLIGOR = /^(?:co(?:borrower|signer|applicant|buyer|purchaser)|joint(?:party|owner|holder|accountholder|applicant|debtor)|j[12])$/;
/** What an organisation's own record holds: how to reach it, its bank account, its sites and addresses. */
const ORGANISATION_DATA = (['contact', 'financial', 'online-identifier', 'location'] as const).reduce((flags, category) => flags | (1 << bitOf(category)), 0);
/** What says who a record's own person is, or reaches them: without any of these, a record's own columns name no one. */
const WHO_FLAGS = (['identity', 'contact', 'government-id', 'financial', 'payment-card', 'online-identifier', 'credentials', 'location', 'biometric'] as const)
  .reduce((flags, category) => flags | (1 << bitOf(category)), 0);
/** The flags of keys and tokens (not passwords): a service's or a script's API key on a log line is a machine's (see classifyRow). */
const TOKEN_FLAGS = ALL_DETECTORS.filter((detector) => detector.credential === 'token').reduce((flags, detector) => flags | computeFlags(detector), 0);
/** The flags of credentials of any kind. */
const CREDENTIAL_FLAGS = ALL_DETECTORS.filter((detector) => detector.category === 'credentials').reduce((flags, detector) => flags | computeFlags(detector), 0);
/** The one person of a keyless table of genotypes alone. */
const GENOME_OWNER = { hi: 0x9e3779b9, lo: 0x7f4a7c15 } as const;

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
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
      return value !== null && typeof value === 'object' ? extendedJsonText(value as Record<string, unknown>) : undefined;
  }
}

const FHIR_SUBJECT = 'subject.reference';
/** FHIR resources that record a patient's care: health data by what they are. */
const FHIR_CLINICAL: ReadonlySet<string> = new Set(['Condition', 'Observation', 'MedicationRequest', 'MedicationStatement', 'MedicationDispense',
  'MedicationAdministration', 'Procedure', 'Encounter', 'AllergyIntolerance', 'Immunization', 'DiagnosticReport', 'CarePlan', 'ServiceRequest',
  'ClinicalImpression', 'FamilyMemberHistory', 'Specimen', 'ImagingStudy']);
/** The key of an audit event (CloudTrail, Azure Activity Log, Google Cloud audit log): its caller (see callerOfAuditEvent). */
const CLOUDTRAIL_SUBJECT = 'userIdentity';
/** The key of a request logged as JSON without a key field: what its request names its person by (see requesterOf). */
const REQUEST_SUBJECT = 'httpRequest';
/** A field inside a logged request's body or query ("request_body.email", "args.user"). */
const REQUEST_BODY_FIELD = /^(?:request_?body|body|args|query|query_?string)\./i;
/** Key fields that list a row's names for its person, one a line, the first the key and the others linked to it (requesterKeysOf, SQL_ROW). */
const KEY_ALIASES: ReadonlySet<string> = new Set([LOG_SUBJECT, REQUEST_SUBJECT, SQL_ROW]);

// FHIR identifier systems of national and health numbers, by the column name their value is read
// under ({"system": "http://hl7.org/fhir/sid/us-ssn", "value": "..."} becomes "identifier.ssn").
const FHIR_IDENTIFIER_SYSTEMS: ReadonlyMap<string, string> = new Map([
  ['http://hl7.org/fhir/sid/us-ssn', 'ssn'], ['urn:oid:2.16.840.1.113883.4.1', 'ssn'],
  ['http://hl7.org/fhir/sid/us-npi', 'npi'], ['http://hl7.org/fhir/sid/us-mbi', 'mbi'],
  ['https://fhir.nhs.uk/Id/nhs-number', 'nhs_number'], ['http://fhir.nhs.uk/Id/nhs-number', 'nhs_number'],
  ['urn:oid:2.16.840.1.113883.2.1.4.1', 'nhs_number'], ['http://hl7.org/fhir/sid/us-medicare', 'medicare_number'],
  ['http://hl7.org/fhir/sid/passport-usa', 'passport_number'],
  // Germany's health insurance number (KVNR) and the Netherlands' citizen service number (BSN).
  ['http://fhir.de/sid/gkv/kvid-10', 'kvnr'], ['http://fhir.de/NamingSystem/gkv/kvid-10', 'kvnr'],
  ['http://fhir.nl/fhir/NamingSystem/bsn', 'bsn'],
  // Belgium's national register number (SSIN, INSZ/NISS), as its eHealth platform names the system.
  ['https://www.ehealth.fgov.be/standards/fhir/NamingSystem/ssin', 'rijksregisternummer'], ['https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin', 'rijksregisternummer'],
  // Australia's Medicare number and Individual Healthcare Identifier, as AU Base and AU Core name them.
  ['http://ns.electronichealth.net.au/id/medicare-number', 'medicare_number'], ['http://ns.electronichealth.net.au/id/hi/ihi/1.0', 'ihi'],
]);

/** A Canadian province's health card number, as Canada Health Infoway names its systems (ca-on-patient-hcn, ca-bc-patient-healthcare-id). */
const CANADIAN_HEALTH_CARD_SYSTEM = /^https?:\/\/fhir\.infoway-inforoute\.ca\/NamingSystem\/ca-[a-z]{2}-patient-(?:hcn|healthcare-id)$/;

/**
 * An attribute written as a name and a value ({"Name": "birthdate", "Value": "2018-01-06"}, as AWS
 * Cognito lists a user's attributes and AWS its tags; WooCommerce's meta_data adds its id and labels:
 * {"id": 7, "key": "_billing_birth_date", "value": "2013-02-01"}): the name, to read the value under, and the value.
 */
function nameValueOf(value: Record<string, unknown>): readonly [string, unknown] | undefined {
  const keys = Object.keys(value);
  if (keys.length < 2 || keys.length > 5 || (keys.length > 2 && !keys.every((key) => NAME_VALUE_KEYS.has(key)))) return undefined;
  const name = value.Name ?? value.name ?? value.Key ?? value.key;
  const content = 'Value' in value ? value.Value : value.value;
  if (typeof name !== 'string' || name.length === 0 || name.length > 64 || content === undefined) return undefined;
  return [name, content];
}

const NAME_VALUE_KEYS = new Set(['id', 'key', 'value', 'display_key', 'display_value']);

/** A FHIR Identifier of a known system: the column name its value reads under, and the value. */
function fhirIdentifierOf(value: Record<string, unknown>): readonly [string, string] | undefined {
  const system = value.system;
  if (typeof system !== 'string' || typeof value.value !== 'string') return undefined;
  const name = FHIR_IDENTIFIER_SYSTEMS.get(system) ?? (CANADIAN_HEALTH_CARD_SYSTEM.test(system) ? 'health_card_number' : undefined);
  return name === undefined ? undefined : [name, value.value];
}

/**
 * IVMS101, the travel rule's data model (a crypto exchange's transfers, their originator and beneficiary persons): a natural
 * person's legal name is its name identifiers, the surname first ({"primaryIdentifier": "Jansen", "secondaryIdentifier":
 * "Ruben"}), read as one name.
 */
function ivmsNameOf(value: Record<string, unknown>): string | undefined {
  const identifiers = value.nameIdentifier;
  if (!Array.isArray(identifiers)) return undefined;
  const legal = identifiers.find((item) => isRecord(item) && typeof item.primaryIdentifier === 'string') as Record<string, unknown> | undefined;
  if (legal === undefined) return undefined;
  return `${typeof legal.secondaryIdentifier === 'string' ? legal.secondaryIdentifier : ''} ${legal.primaryIdentifier as string}`.trim();
}

/** An IVMS101 person's national identification by its type's code: the column name its number reads under. */
const IVMS_IDENTIFIER_FIELDS: ReadonlyMap<string, string> = new Map([['CCPT', 'passport_number'], ['DRLC', 'driver_license_number'],
  ['SOCS', 'social_security_number'], ['TXID', 'tax_id'], ['IDCD', 'identity_card_number'], ['ARNU', 'alien_registration_number']]);

function ivmsIdentificationOf(value: Record<string, unknown>): readonly [string, string] | undefined {
  const { nationalIdentifier: number, nationalIdentifierType: type } = value;
  const name = typeof type === 'string' ? IVMS_IDENTIFIER_FIELDS.get(type) : undefined;
  return name === undefined || typeof number !== 'string' ? undefined : [name, number];
}

/** The patient a FHIR resource is about: "Patient/<id>" for a Patient, else its subject or patient reference. */
function fhirPatientOf(record: Record<string, unknown>): string | undefined {
  const type = record.resourceType;
  if (typeof type !== 'string') return undefined;
  if (type === 'Patient') return typeof record.id === 'string' || typeof record.id === 'number' ? `Patient/${record.id}` : undefined;
  for (const field of ['subject', 'patient', 'beneficiary']) {
    const reference = (record[field] as { reference?: unknown } | undefined)?.reference;
    if (typeof reference === 'string' && reference.startsWith('Patient/')) return reference;
  }
  return undefined;
}

/**
 * The value of a MongoDB Extended JSON wrapper (mongoexport): {"$date": "1980-05-12T00:00:00Z"},
 * {"$date": {"$numberLong": "-315619200000"}} (dates before 1970, and every date in canonical
 * mode), {"$numberLong": "42"}, {"$oid": "..."}; undefined for any other object.
 */
function extendedJsonText(value: Record<string, unknown>): string | undefined {
  let only: string | undefined;
  let keys = 0;
  for (const key in value) {
    keys++;
    only = key;
  }
  if (keys === 2 && typeof value._seconds === 'number' && typeof value._nanoseconds === 'number') {
    return new Date(value._seconds * 1000).toISOString(); // a Firestore Timestamp, as the Admin SDK serialises it
  }
  if (keys !== 1 || only === undefined) return typedText(value);
  const inner = value[only];
  switch (only) {
    case '$date': {
      const millis = typeof inner === 'string' ? Date.parse(inner) : typeof inner === 'number' ? inner : Number(extendedJsonText((inner ?? {}) as Record<string, unknown>));
      return Number.isFinite(millis) ? new Date(millis).toISOString() : undefined;
    }
    case '$numberLong':
    case '$numberInt':
    case '$numberDouble':
    case '$numberDecimal':
    case '$oid':
      return typeof inner === 'string' ? inner : undefined;
    default:
      return typedText(value);
  }
}

// Scalars as DynamoDB's JSON types them ({"S": "anna@example.com"}, {"N": "42"}) and as
// Firestore's REST API and exports do ({"stringValue": ...}, {"timestampValue": ...},
// {"__datatype__": "timestamp", "value": {"_seconds": ...}}, {"__time__": ...}).
const TYPED_SCALARS: ReadonlySet<string> = new Set(['S', 'N', 'B', 'stringValue', 'integerValue', 'doubleValue', 'timestampValue', 'referenceValue', '__time__']);

/** The text of a typed scalar (see TYPED_SCALARS), or undefined. */
function typedText(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] as string;
    const inner = value[key];
    if (TYPED_SCALARS.has(key) && (typeof inner === 'string' || typeof inner === 'number')) return String(inner);
    if ((key === 'BOOL' || key === 'booleanValue') && typeof inner === 'boolean') return String(inner);
  }
  if (value.__datatype__ === 'timestamp' && isRecord(value.value)) return extendedJsonText(value.value);
  return undefined;
}

/** The container a typed value wraps ({"M": {...}}, {"L": [...]}, {"mapValue": {"fields": {...}}}), or undefined. */
function typedContainer(value: Record<string, unknown>): unknown {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const inner = value[key];
  if ((key === 'M' && isRecord(inner)) || ((key === 'L' || key === 'SS' || key === 'NS') && Array.isArray(inner))) return inner;
  if (key === 'mapValue' && isRecord(inner) && isRecord(inner.fields)) return inner.fields;
  if (key === 'arrayValue' && isRecord(inner) && Array.isArray(inner.values)) return inner.values;
  return undefined;
}

/** Salesforce's own description of an object in its API's records: {"type": "Account", "url": "/services/data/v59.0/sobjects/..."}. */
const isSalesforceObject = (attributes: unknown): boolean =>
  isRecord(attributes) && typeof attributes.type === 'string' && typeof attributes.url === 'string' && attributes.url.startsWith('/services/data/');

type Field = readonly [column: string, value: string];

/** Leaf values with dotted paths as column names; array items share their array's column. */
const CALLING_CODE_KEY = /^(?:country_?code|dial(?:ling)?_?code|calling_?code|country_?calling_?code|cc|prefix)$/i;
const PHONE_NUMBER_KEY = /^(?:number|national_?number|phone_?number|subscriber_?number|local_?number)$/i;

/** A phone number written as an object of its calling code and its number ({"countryCode": "+61", "number": "463126052"}), as one "+61 463126052". */
function phoneObjectOf(value: Record<string, unknown>): string | undefined {
  let code: string | undefined;
  let number: string | undefined;
  for (const key in value) {
    const field = value[key];
    if (typeof field !== 'string' && typeof field !== 'number') continue;
    if (CALLING_CODE_KEY.test(key)) code = String(field).replace(/^\+|^00/, '').trim();
    else if (PHONE_NUMBER_KEY.test(key)) number = String(field).trim();
  }
  return code !== undefined && number !== undefined && /^\d{1,4}$/.test(code) && /^[\d\s().-]{4,20}$/.test(number) ? `+${code} ${number}` : undefined;
}

// Tab-separated words before a JSON object, as AWS Lambda's runtimes write a log line (see flattenRecord), and a few words
// of the function's own before it (Vercel's log drain: "...\tINFO\tNew signup payload {"email": ...}").
const LOG_LINE_PREFIX = /^(?:[^\t{}]{1,80}\t){2,4}(?:[^\t{}@]{1,80} )?(?=\{)/;

/** The JSON object a log line holds after its prefix, or undefined. */
function jsonAfterLogPrefix(line: string): string | undefined {
  const prefix = LOG_LINE_PREFIX.exec(line);
  if (!prefix) return undefined;
  const json = line.slice(prefix[0].length).trimEnd();
  return json.endsWith('}') ? json : undefined;
}

/** A reviewer's field ("reviewer_email", "Reviewer Name", "review.reviewer.email"): see RecordClassifier.reviewersOwn. */
const REVIEWER_FIELD = /^(?:.*\.)?reviewer(?:[ _.-]|(?=[A-Z]))/i;
/** A review's rating, text or product. */
const REVIEW_FIELD = /(?:^|[ _.-])(?:rating|stars|score|review(?:[ _.-]?(?:text|title|body|date|id))?|product(?:[ _.-]?(?:sku|id|name))?|sku)$/i;

/** A row that is a title alone ("One-off donations,,,,"): words in its first field, nothing in the others. */
function isTableTitle(values: readonly string[]): boolean {
  // The others first: a row of data fails there at once.
  for (let i = 1; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value.length > 0 && value.trim() !== '') return false;
  }
  const first = values[0]?.trim() ?? '';
  return first.length >= 3 && first.length <= 80 && !first.includes('@') && /\p{L}{3}/u.test(first);
}

/**
 * A row under a table's title that is another table's header: two names or more, of words alone
 * (no digits, no address), none repeated, not the current header's, and at least one of them a
 * name of personal data ("Date,Donor,Email address,Amount").
 */
function isOtherTableHeader(values: readonly string[], current: readonly string[]): boolean {
  const names = values.map((value) => value.trim()).filter((value) => value !== '');
  if (names.length < 2 || new Set(names).size !== names.length) return false;
  if (!names.every((name) => name.length <= 40 && /^\p{L}[\p{L} _.'()/#?:&-]*$/u.test(name))) return false;
  if (names.every((name) => current.includes(name))) return false;
  return names.some((name) => describeColumn(name).hint !== undefined);
}

/**
 * A session's or a token dump's JWTs as the person their claims name (read in memory, as a request's bearer
 * token is: see requesterOf): a field holding a token adds its `email` and `name` claims under the token's
 * field ("access_token.email"), so the token is its person's. Tokens whose claims name no one add nothing.
 */
function withTokenClaims(fields: Field[]): Field[] {
  let claimed: Field[] | undefined;
  for (const [name, value] of fields) {
    if (value.length < 40 || !value.startsWith('eyJ') || value.includes(' ')) continue;
    const claims = jwtClaimsOf(value);
    if (claims === undefined) continue;
    if (typeof claims.email === 'string' && isEmailAddress(claims.email.trim())) (claimed ??= [...fields]).push([`${name}.email`, claims.email.trim()]);
    if (typeof claims.name === 'string' && claims.name.trim() !== '') (claimed ??= [...fields]).push([`${name}.name`, claims.name.trim()]);
  }
  return claimed ?? fields;
}

const FINE_DECIMAL = /^-?\d{1,3}\.\d{4,}$/;

/** "lat,lon" of a point written as two or three numbers with decimals ([lat, lon], GeoJSON's [lon, lat, alt]), else undefined. */
function coordinatePair(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return undefined;
  const [a, b] = value;
  if (typeof a !== 'number' || typeof b !== 'number' || (value.length === 3 && typeof value[2] !== 'number')) return undefined;
  // A GPS fix's precision (four decimals and more: about 10 m), not a price range's ([9.99, 19.99]).
  if (!FINE_DECIMAL.test(String(a)) || !FINE_DECIMAL.test(String(b))) return undefined;
  if (Math.abs(a) <= 90 && Math.abs(b) <= 180) return `${a},${b}`;
  return Math.abs(b) <= 90 && Math.abs(a) <= 180 ? `${b},${a}` : undefined;
}

function flattenRecord(record: Record<string, unknown>): Field[] {
  const fields: Field[] = [];
  const visit = (raw: unknown, path: string, depth: number, inItem = false): void => {
    // A Lambda function's log line: its time, request id and level before the JSON it logged ("2026-11-18T00:00:14Z\t8e42...\tINFO\t{...}").
    const value = typeof raw === 'string' && raw.includes('\t') && raw.includes('{') ? jsonAfterLogPrefix(raw) ?? raw : raw;
    // A JSON object written as a string (API Gateway's event "body", a Redis session, a log's
    // message) is read as its fields, which may then key and place the record as any field does; not
    // a password hash written as JSON (Keycloak's secretData), which is judged whole.
    if (typeof value === 'string' && value.charCodeAt(0) === 123 /* { */ && value.length <= MAX_JSON_CELL && value.charCodeAt(value.length - 1) === 125
      && depth < CLASSIFIER_LIMITS.maxDepth && passwordHashKind(value) === undefined) {
      const parsed = parsedObject(value);
      if (parsed !== undefined) {
        visit(parsed, path, depth + 1, inItem);
        return;
      }
    }
    const text = leafText(value);
    if (text !== undefined) {
      fields.push([path, text]);
      return;
    }
    if (value === null || typeof value !== 'object' || depth >= CLASSIFIER_LIMITS.maxDepth) return;
    // A related object of a Salesforce record ({"Account": {"attributes": {"type": "Account"}, ...}}):
    // the company's address and phone, or the owner's, are not the record's person's.
    if (!Array.isArray(value) && isSalesforceObject((value as Record<string, unknown>).attributes)) return;
    const container = Array.isArray(value) ? undefined : typedContainer(value as Record<string, unknown>);
    if (container !== undefined) {
      visit(container, path, depth + 1, inItem); // the typed map or list stands for its own contents
      return;
    }
    const phone = Array.isArray(value) ? undefined : phoneObjectOf(value as Record<string, unknown>);
    if (phone !== undefined) {
      fields.push([path, phone]);
      return;
    }
    // An IVMS101 legal person (a crypto exchange, a company beneficiary): an organisation, its name, address and LEI no one's.
    if (path === 'legalPerson' || path.endsWith('.legalPerson')) return;
    const legalName = Array.isArray(value) ? undefined : ivmsNameOf(value as Record<string, unknown>);
    if (legalName !== undefined) {
      fields.push([path, legalName]);
      return;
    }
    const identifier = Array.isArray(value) ? undefined : fhirIdentifierOf(value as Record<string, unknown>) ?? ivmsIdentificationOf(value as Record<string, unknown>);
    if (identifier) {
      fields.push([`${path}.${identifier[0]}`, identifier[1]]);
      return;
    }
    const attribute = Array.isArray(value) ? undefined : nameValueOf(value as Record<string, unknown>);
    if (attribute) {
      visit(attribute[1], `${path}.${attribute[0]}`, depth + 1, inItem);
      return;
    }
    if (Array.isArray(value)) {
      // A point as a GPS track or GeoJSON writes it ([lat, lon], [lon, lat, alt]), alone or a route's list of them: one
      // place, the first, read as coordinates (where someone was is in every point alike).
      const point = coordinatePair(value) ?? (value.length > 0 ? coordinatePair(value[0]) : undefined);
      if (point !== undefined && (coordinatePair(value) !== undefined || value.every((item) => coordinatePair(item) !== undefined))) {
        fields.push([`${path}.coordinates`, point]);
        return;
      }
      // A list of words in a list's item (a camper's "allergies": ["Gluten", "Nüsse"]) is one value: read one by one, its second
      // word would be the next item's (a column's repeat in a record is the list's next person: see ColumnState.partyRow).
      if (inItem && value.length > 1 && value.every((item) => typeof item === 'string' && !/[@\d]/.test(item))) {
        fields.push([path, value.join(', ')]);
        return;
      }
      for (const item of value) {
        if (fields.length >= CLASSIFIER_LIMITS.maxFieldsPerRecord) return;
        visit(item, path, depth + 1, true);
      }
      return;
    }
    // A map of records keyed by ids or names: its keys are values, so its entries share one column.
    const map = isRecordMap(value as Record<string, unknown>);
    for (const key in value) {
      if (fields.length >= CLASSIFIER_LIMITS.maxFieldsPerRecord) return;
      visit((value as Record<string, unknown>)[key], `${path}.${map ? '*' : key}`, depth + 1, map || inItem);
    }
  };
  for (const key in record) {
    if (fields.length >= CLASSIFIER_LIMITS.maxFieldsPerRecord) break;
    visit(record[key], key, 0);
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Columns and probation

/**
 * `cc`: a column named "CC" (Mailchimp's country, or a card number, as its values say) or a country
 * located from an IP address; `ip-state`: a state so located. Both place only a record nothing else places.
 */
type ColumnRole = 'country' | 'state' | 'region' | 'postal-code' | 'address' | 'cc' | 'ip-state' | 'value';

interface ColumnState {
  readonly profile: ColumnProfile;
  readonly role: ColumnRole;
  /** The name as reported in evidence, or a placeholder when the name itself looks like personal data. */
  readonly evidenceName: string;
  /** False past `maxColumns`: such columns count only `validated` detections. */
  readonly tracked: boolean;
  readonly subjectEmail: boolean;
  nonBlank: number;
  /** Values each detector matched in this column, by detector id. */
  readonly hits: number[];
  readonly probations: Map<DetectorInfo, Probation>;
  /**
   * What recent values were found to hold, for columns that repeat values (names, streets,
   * notes templates): a bounded memo, dropped for columns where it does not pay. Phone columns
   * are never memoised (a national number reads differently per record country).
   */
  memo: ValueMemo | null;
  memoLookups: number;
  memoHits: number;
  /** Slash dates of the column that showed day first (25/10/1980) or month first (10/25/1980). */
  dayFirstDates: number;
  monthFirstDates: number;
  /** The other person of the record this column describes (see partyOf), or -1 for the record's person. */
  readonly party: number;
  /** Names a dependant ("Dependent First Name"): in an export with a relationship column, the row's own person (see isRelationshipColumn). */
  readonly dependent: boolean;
  /** The last row and person in which a value of this other person's column was read (a repeat is the next person of a list). */
  partyRow: number;
  partySeq: number;
  /** Part of who the record's person is when the export lists several people under one key (see isRelationshipColumn). */
  readonly member: boolean;
  /**
   * The party of a gift's recipient, for a column of where an order goes ("Shipping Name",
   * "Shipping Zip"), or -1: on a row whose shipping name is not the buyer's, the column is theirs.
   */
  readonly shipping: number;
  /** A field of the record's "address" object but its addressee's name: the addressee's on a gift (see isAddressObjectField). */
  readonly addressee: boolean;
  /** The column names the buyer (a name of the record's person, not of where the order goes). */
  readonly buyerName: boolean;
  /** The column saying how the row's person relates to the key's (see isRelationshipColumn). */
  readonly relationship: boolean;
  /** A column about the key's person in such an export ("Employee SSN"): not a dependant's (see isPrimaryPersonColumn). */
  readonly primary: boolean;
  /** Values of a state column that are no US state ("NSW", "Karnataka"): its shared codes (WA, GA) then need more than themselves. */
  foreignRegions: number;
  /** The one country of those regions ("NSW", "VIC": AU), null when they are of several. */
  foreignCountry: string | null | undefined;
  /** Values of an address column ending in a US state alone ("Austin, TX"), or of a region column that can only be a US state: against foreignRegions, its shared codes' vote. */
  usRegions: number;
  /** Values of a region column that are a country's code and no one's region ("FR", "GB"): its codes that are also a province's (NL) are then countries. */
  countryCodes: number;
  /** A phone, an address or a bare name ("name", "title"): an organisation's in records about organisations (see aboutOrganisations). */
  readonly orgContact: boolean;
  /** An office's phone or address ("office_phone", "district_office_address"): someone's only where the record names them (see OFFICE_CONTACT). */
  readonly officeContact: boolean;
  /** Says whether the record's account is a bot's or a service's ("is_bot", a user "type", a crawler's user agent): see isBotValue. */
  readonly botFlag: boolean;
  /** Names an animal (a species, a breed, a pet's name): its records are about animals (see aboutAnimals). */
  readonly animal: boolean;
  /** Says who the record's person is: their name (not a bare "name"), birth date or person key (see aboutOrganisations). */
  readonly namesPerson: boolean;
  /** Names an organisation ("Provider Organization Name (Legal Business Name)", "company_name"): see classifyRow. */
  readonly orgName: boolean;
  /** Lists several people's names (see NAME_LIST). */
  readonly nameList: boolean;
  /** A list of the person's companions alone (see fellowTravellersOf). */
  readonly companionList: boolean;
  /** A mail's from, to or cc in a mail archive (see CORRESPONDENT): each address in it is a person of their own. */
  readonly correspondent: boolean;
  /** Its addresses are other users' of the record's thing (a doorbell's shared users): see CO_USERS. */
  readonly coUsers: boolean;
  /** A key read from the record's other columns (a log line's person: see LOG_SUBJECT), not classified itself. */
  readonly keyOnly: boolean;
}

// A column that says whether an account is a person's (Slack's "is_bot", GitHub's "type", Okta's
// "userType"), and the values that say it is not: "true" in a bot flag, "Bot" as a type, and
// "Service" as an account's type.
// ServiceNow's flags of an integration's account (web_service_access_only, internal_integration_user); Exchange's mailbox type.
const BOT_FLAG_COLUMN = /^(?:.*\.)?(?:is[ _]?bot|bot|bot[ _]?id|subtype|(?:org[ _]?)?role|is[ _]?service[ _]?account|service[ _]?account|is[ _]?system[ _]?user|is[ _]?machine[ _]?user|is[ _]?technical[ _]?user|is[ _]?app[ _]?user|type|user[ _]?type|account[ _]?type|usertype|accounttype|web[ _]?service[ _]?access[ _]?only|internal[ _]?integration[ _]?user|recipient[ _]?type[ _]?details|mailbox[ _]?type)$/i;
const BOT_FLAGS = /^(?:true|bot)$/i;
// A column about the owner of a vet's patient (their own health, rarely recorded, is theirs).
const OWNER_COLUMN = /owner|halter|besitzer|propri[eé]taire|due[nñ]o|proprietario|human/i;
// A user agent column (a log's "user_agent", "cs(User-Agent)", Okta's "client.userAgent.rawUserAgent")
// and the agents that are machines: crawlers, link previews, health checks and uptime probes.
const USER_AGENT_COLUMN = /user[-_ ]?agent\)?$/i;
const BOT_AGENT = /[a-z]bot\/|\b(?:crawler|spider|slurp|facebookexternalhit|ELB-HealthChecker|kube-probe|GoogleHC|Pingdom|UptimeRobot|StatusCake|Site24x7|Amazon-Route53-Health-Check-Service|Jenkins|Prometheus|Grafana|Zabbix|Nagios|Datadog|Blackbox Exporter)\b/i;
const ACCOUNT_TYPE_COLUMN = /(?:user|account)[ _]?type$/i;
// Okta's actors and targets that are software: an OAuth client (PublicClientApp), Okta itself (SystemPrincipal), an app (AppInstance).
const SERVICE_ACCOUNT = /^(?:service|service[ _]account|system|api[ _]?key|integration|machine|publicclientapp|systemprincipal|appinstance)$/i;
// A bank's or an insurer's customer type, a beneficial owners' register's owner type: a business, a trust or another legal
// entity is no natural person.
// And a contact's kind in German, Dutch and French tools (Bexio's "Kontaktart": Firma; Exact's "Soort": "Klant - bedrijf").
const PARTY_TYPE_COLUMN = /(?:^|\.)(?:(?:party|customer|client|entity|ubo|owner|beneficial[ _]?owner|shareholder)[ _]?type|kontaktart|kundenart|kundentyp|soort|soort relatie|relatiesoort|type de contact|type contact)$/i;
// (South Africa's "Juristic" person: a company, a close corporation, a trust, as RICA registers a SIM's customer.)
const ORGANISATION_PARTY = /^(?:(?:klant|leverancier|kunde|lieferant|client|customer|supplier)\s*[-–:]\s*)?(?:juristic(?: person)?|business|trust|company|corporate|corporation|organi[sz]ation|legal[ _]?entity|non[ _-]?individual|partnership|estate|government|charity|non[ _-]?profit|firma|unternehmen|bedrijf|zakelijk|rechtspersoon|entreprise|soci[eé]t[eé]|personne morale|empresa|persona jur[ií]dica|pessoa jur[ií]dica)$/i;
// The field of a party's object that says its role, and the roles of the record's own person.
// So is a party's own ("Guarantor Relationship": Self, athena's: the patient is their own guarantor).
const SELF_ROLE_COLUMN = /^(?:[a-z]+[ _])?(?:role|relationship|relation|member[ _]?role|memberrole|relazione(?: con \S+)?|parentela|parentesco|relaci[oó]n|lien(?: de parent[eé])?|verwandtschaft(?:sverh[aä]ltnis)?)$/i;
const SELF_ROLE = /^(?:self|applicant|main applicant|primary applicant|head|head of household|claimant|account holder|principal|dichiarante|richiedente|intestatario|titolare|declarant|d[eé]clarant|demandeur|solicitante|titular|antragsteller(?:in)?)$/i;
// The field of a party's object that says what kind of party it is.
const PARTY_KIND = /^(?:type|kind|party[ _]?type|partytype|beneficiary[ _]?type|entity[ _]?type)$/i;
// The flag of a party's object, or of a record, that says it is an organisation's.
const COMPANY_FLAG = /^is[ _]?(?:company|organi[sz]ation|business|corporate|legal[ _]?entity)$/i;

// The mailbox of a role, not of a person: a business's shared addresses.
const ROLE_MAILBOX = /^(?:info|contact|sales|support|admin|office|events?|billing|accounts?|accounting|orders?|hello|team|hr|jobs|careers|marketing|press|reception|enquiries|inquiries|bookings?|reservations?|purchasing|procurement|einkauf|buchhaltung|verkauf|kontakt|bestellung|compta|comptabilite|achats|ventas|compras|facturacion|administracion|amministrazione|inkoop|boekhouding|contato|contacto|financeiro|comercial|vendas|atendimento|sac|faturamento|cobranca|suporte|rh|rechnung(?:en)?|vertrieb|sekretariat|empfang|zentrale|kundenservice|kundendienst|biuro|faktury|ksiegowosc|kadry|sprzedaz|zamowienia|recepcja|zakaz|zakazy|prodazhi|buhgalteriya|buh|otdel|facturation|factures?|secretariat|accueil|fatture|fatturazione|segreteria|commerciale|ordini|facturas|pedidos|oficina|recepcion|factuur|facturen|administratie|verkoop|receptie|secretariaat|fakturor|kundtjanst|finance|finanzen|teamlead|klantenservice|care|returns|retouren|logistics|logistik|shipping|versand|service[-_.]?clients?|customer[-_.]?(?:service|care|support)|help(?:desk)?|privacy|dpo|datenschutz|security|abuse|webmaster|postmaster|escalations?|invoices?|payroll|servicedesk|administrator|(?:aws[-_.]?)?root)(?:[-_.][a-z]{2,3})?@|^(?:no-?reply|do-?not-?reply|svc[-_.][a-z0-9._-]*|service[-_.]?account[a-z0-9._-]*)@/i;

// The key of a DynamoDB single-table design's item of a thing, not a person: its type before "#".
const THING_ITEM = /^(?:PRODUCT|SKU|ITEM|CATALOG|CATEGORY|STORE|SHOP|WAREHOUSE|INVENTORY|CONFIG|SETTINGS?|META|METADATA|ORG|COMPANY|COUNTER|LOCK|BRAND|VENDOR|SUPPLIER)#/i;

/** Whether a value of a botFlag column says the record's account or agent is a machine's. */
function isBotValue(column: string, value: string): boolean {
  if (USER_AGENT_COLUMN.test(column.trim())) return BOT_AGENT.test(value);
  const trimmed = value.trim();
  // A Slack message's bot_id (a bot's post) or subtype "bot_message"; an Atlassian export's "Org role: App"; a cloud's
  // service account's key file ("type": "service_account").
  if (BOT_ID_COLUMN.test(column)) return trimmed !== '';
  if (SUBTYPE_COLUMN.test(column)) return trimmed === 'bot_message';
  if (ROLE_COLUMN.test(column)) return APP_ROLE.test(trimmed);
  // A shared, a room's or an equipment's mailbox (Exchange's RecipientTypeDetails), no one's.
  if (MAILBOX_TYPE_COLUMN.test(column)) return /^(?:shared|room|equipment|scheduling|discovery)mailbox$/i.test(trimmed);
  // A contact's own "Type" saying it is a company's (Clio's contacts: Person or Company) is no natural person's either.
  return BOT_FLAGS.test(trimmed) || ((ACCOUNT_TYPE_COLUMN.test(column) || TYPE_COLUMN.test(column)) && SERVICE_ACCOUNT.test(trimmed))
    || ((PARTY_TYPE_COLUMN.test(column) || TYPE_COLUMN.test(column)) && ORGANISATION_PARTY.test(trimmed));
}
const BOT_ID_COLUMN = /(?:^|\.)bot[ _]?id$/i;
const SUBTYPE_COLUMN = /(?:^|\.)subtype$/i;
const ROLE_COLUMN = /(?:^|\.)(?:org[ _]?)?role$/i;
const APP_ROLE = /^(?:app|bot|integration)$/i;
const MAILBOX_TYPE_COLUMN = /(?:^|\.)(?:recipient[ _]?type[ _]?details|mailbox[ _]?type)$/i;
// A record's own type ("type": "service_account"), or its actor's or principal's (an audit event's "actor.type": "api_key").
const TYPE_COLUMN = /^(?:(?:actor|user|account|principal|identity|caller)\.)?type$/i;

/** What one value produced, replayed for the same value in the same column. */
interface MemoEntry {
  /**
   * Only validated detections (no probable one, no age or phone country): replayed by adding the
   * detectors' flags (`mask`) to the row and one hit to each of `ids`, as `validated` would.
   */
  simple: boolean;
  mask: number;
  readonly ids: number[];
  readonly validated: DetectorInfo[];
  readonly probable: DetectorInfo[];
  age: number;
  /** The age is a national number's birth date's (see age). */
  ageFromId: boolean;
  phoneCountry: string | undefined;
  /** The reading depended on the record (an ambiguous date read in its country's order): not replayed. */
  volatile: boolean;
}

const MEMO = { entries: 4_096, trial: 1_024, minHitRate: 0.25, maxValueLength: 200 } as const;
const MEMO_SLOTS = MEMO.entries * 2;

/**
 * The memo's table, keyed by a value's 64-bit fingerprint (the seeded hash used for subject keys,
 * with its own per-run seed), not by the value: no raw value is kept, and a lookup costs one pass
 * over the value's characters instead of V8 hashing and comparing a freshly sliced string in
 * runtime calls. Two distinct values of one column sharing a fingerprint would share their
 * detections; with 64 bits, at most 4,096 entries a column and a seed drawn per run, that is
 * not expected in any real export (and cannot be aimed at without the seed).
 */
class ValueMemo {
  private readonly his = new Uint32Array(MEMO_SLOTS);
  private readonly los = new Uint32Array(MEMO_SLOTS);
  private readonly entries = new Array<MemoEntry | undefined>(MEMO_SLOTS).fill(undefined);
  size = 0;

  get(hi: number, lo: number): MemoEntry | undefined {
    for (let slot = (lo ^ (hi >>> 7)) & (MEMO_SLOTS - 1); ; slot = (slot + 1) & (MEMO_SLOTS - 1)) {
      const entry = this.entries[slot];
      if (entry === undefined || (this.los[slot] === lo && this.his[slot] === hi)) return entry;
    }
  }

  /** Adds a fingerprint not yet present; the caller keeps the size under MEMO.entries. */
  set(hi: number, lo: number, entry: MemoEntry): void {
    let slot = (lo ^ (hi >>> 7)) & (MEMO_SLOTS - 1);
    while (this.entries[slot] !== undefined) slot = (slot + 1) & (MEMO_SLOTS - 1);
    this.his[slot] = hi;
    this.los[slot] = lo;
    this.entries[slot] = entry;
    this.size++;
  }
}

// What an "address" object says of its addressee: where they live and how to reach them.
const ADDRESSEE_HINTS: ReadonlySet<ColumnProfile['hint']> = new Set<ColumnProfile['hint']>([
  'postal-address', 'postal-code', 'phone', 'email', 'country', 'us-state', 'region',
]);

// Columns whose detection costs enough to be worth remembering: unnamed ones (every detector is
// tried), prose (scanned for embedded values) and dates of birth (parsed). Emails, phones, cards,
// names and ids are checked directly (a generic national id is checked against its record's country).
const MEMOISED_HINTS: ReadonlySet<ColumnProfile['hint']> = new Set<ColumnProfile['hint']>([
  undefined, 'date-of-birth', 'postal-address', 'postal-code', 'health', 'diagnosis', 'communications', 'special-category',
  'criminal', 'financial', 'online-identifier',
]);

/**
 * A `probable` detector on one column, e.g. unformatted Luhn-valid numbers in a column whose
 * name says nothing. Confirmed when most of the column's values pass it (a card column), dropped
 * when few do (order numbers, of which one in ten pass Luhn). Its hits wait, bounded, meanwhile.
 */
interface Probation {
  readonly detector: DetectorInfo;
  readonly column: ColumnState;
  /** The column's non-blank count at the first hit: the window starts there. */
  readonly firstValue: number;
  hits: number;
  /** People waiting on the verdict: [hi, lo, place] per person, or row numbers (row persons). */
  readonly pending: number[];
  verdict: 'open' | 'accepted' | 'rejected';
}

function windowOf(probation: Probation): number {
  return probation.column.nonBlank - probation.firstValue + 1;
}

function wouldAccept(probation: Probation): boolean {
  return probation.hits / windowOf(probation) >= CLASSIFIER_LIMITS.acceptRatio || isContactChannel(probation);
}

/**
 * International phone numbers in a column that holds email addresses too, among other values: each row's channel to its
 * person (OneSignal's "identifier": a push token, an email or an SMS number by the subscription's type), contact data
 * however few of the column's values they are.
 */
function isContactChannel(probation: Probation): boolean {
  return probation.detector === DETECTORS.phone && (probation.column.hits[DETECTORS.email.id] ?? 0) >= 3;
}

const OVERFLOW_COLUMN_NAME = '(further columns)';

function missingSubjectKey(key: string, columns: readonly string[]): ValidationError {
  const shown = columns.slice(0, 20).map(evidenceNameOf);
  const more = columns.length > shown.length ? `, and ${columns.length - shown.length} more` : '';
  return new ValidationError(
    `The subject key column "${evidenceNameOf(key)}" is in none of the records (their columns: ${shown.join(', ')}${more})`,
    [{ field: 'subjectKey', message: 'not a column of the records' }],
  );
}
const WITHHELD_COLUMN_NAME = '(column name withheld)';
const NEUTRAL_COLUMN = describeColumn('');
const PERSON_NAME_COLUMN = describeColumn('name');
const PHONE_COLUMN = describeColumn('phone');
/** A name, its relation in brackets or between dashes, then a phone number: "Jack Baker (husband) 0412 381 207", "Grace Wright - wife - 07887 530912". */
const NAME_RELATION_PHONE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})\s*(?:\([\p{L} ]{2,30}\)|[-–,]\s*[\p{L} ]{2,30}?\s*[-–,])?\s*[-–:,]?\s*(\+?\d[\d ()./-]{6,18}\d)$/u;

/** Column names are reported as evidence; a name that is itself a value (JSON keyed by email) is not. */
function evidenceNameOf(name: string): string {
  if (name.length > 120) return WITHHELD_COLUMN_NAME;
  // The whole name and each dotted segment: "contacts.anna@example.com" and "anna.b@example.com";
  // in a JSON path, a segment with a space that names no kind of column ("people.Olivia Brown.card").
  // A dot before a space or a hyphen ends an abbreviation ("Téléphone resp. 1", "Geb.-Datum"), not a segment.
  const segments = name.split(/\.(?![ -])/);
  const looksLikeValue = [name, ...segments].some((part) => detectValue(part, NEUTRAL_COLUMN).length > 0) ||
    (segments.length > 1 && segments.some((part) => /\s/.test(part.trim()) && describeColumn(part).hint === undefined));
  return looksLikeValue ? WITHHELD_COLUMN_NAME : name;
}

function roleOf(profile: ColumnProfile): ColumnRole {
  if (profile.ipLocated) return profile.hint === 'country' ? 'cc' : 'ip-state';
  switch (profile.hint) {
    case 'country':
      return 'country';
    case 'us-state':
      return 'state';
    case 'region':
      return 'region';
    case 'postal-code':
      return 'postal-code';
    case 'postal-address':
      return 'address';
    case 'payment-card':
      return /^cc$/i.test(profile.name.trim()) ? 'cc' : 'value';
    default:
      return 'value';
  }
}

// ---------------------------------------------------------------------------------------------
// Places (jurisdictions of a record)

/** A place is the set of jurisdictions one record names ("DE", or "US" + "US-CA"); ids are small. */
class Places {
  private readonly ids = new Map<string, number>();
  /** One country and no state (nearly every record): by the country code alone, no key built. */
  private readonly countryIds = new Map<string, number>();
  readonly jurisdictions: string[][] = [[]]; // id 0: no jurisdiction
  /** The countries and states of each place, to rebuild it in another classifier. */
  readonly parts: Array<readonly [readonly string[], readonly string[]]> = [[[], []]];

  idOf(countries: readonly string[], states: readonly string[]): number {
    if (countries.length === 0 && states.length === 0) return 0;
    const single = countries.length === 1 && states.length === 0 ? countries[0] : undefined;
    if (single !== undefined) {
      const known = this.countryIds.get(single);
      if (known !== undefined) return known;
    }
    const key = countries.length <= 1 && states.length <= 1
      ? `${countries[0] ?? ''}|${states[0] ?? ''}`
      : `${countries.join(',')}|${states.join(',')}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      // Beyond 65,000 combinations (never seen in practice) new ones share the last id's bucket.
      id = Math.min(this.jurisdictions.length, 0xfffe);
      if (id === this.jurisdictions.length) {
        // A US state implies the US: everyone in a state counts among the US's people too.
        const all = new Set([...countries, ...states]);
        if (states.length > 0) all.add('US');
        this.jurisdictions.push([...all].sort());
        this.parts.push([[...countries], [...states]]);
      }
      this.ids.set(key, id);
    }
    if (single !== undefined) this.countryIds.set(single, id);
    return id;
  }

  /** The place with the countries and states of two places. */
  union(a: number, b: number): number {
    const [countriesA = [], statesA = []] = this.parts[a] ?? [];
    const [countriesB = [], statesB = []] = this.parts[b] ?? [];
    return this.idOf([...new Set([...countriesA, ...countriesB])], [...new Set([...statesA, ...statesB])]);
  }
}

/**
 * Without a key column by name, the first field of a record holding the person's own email address
 * (Okta's `actor.alternateId`), as a CSV's column of email addresses is (see emailKeyColumn).
 */
function emailFieldOf(fields: readonly Field[], states: readonly ColumnState[]): string | undefined {
  for (let i = 0; i < fields.length; i++) {
    const [name, value] = fields[i] as Field;
    const state = states[i];
    if (state && value.includes('@') && state.party < 0 && !state.profile.thirdParty && isPersonalEmail(value.trim().toLowerCase())) return name;
  }
  return undefined;
}

/** Whether a memberOf string holds anything but separators. */
const HAS_MEMBER_VALUE = /[^\u0000]/;

/**
 * Who in a family the record is about, under a key shared by the family (an employee's id in a
 * benefits enrolment): the record's relationship, names and birth date, lower-cased.
 */
function memberOf(columns: readonly ColumnState[], values: readonly string[]): string {
  let member = '';
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    if (columns[i]?.member) member += `\u0000${(values[i] ?? '').trim().toLowerCase()}`;
  }
  return member;
}

/** The row's own birth date, however written (see birthKeyOf, birthShared), '' when it gives none. */
function birthOf(columns: readonly ColumnState[], values: readonly string[], asOfYear: number): string {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column?.profile.hint !== 'date-of-birth' || column.party >= 0 || column.profile.thirdParty) continue;
    const value = (values[i] ?? '').trim();
    if (value !== '' && !isBlankValue(value)) return `\u0007${birthKeyOf(value.toLowerCase(), asOfYear)}`;
  }
  return '';
}

/** Whether a shared state code of the row (WA, GA) is the state its ZIP code is in. */
function sharedStatesAgree(shared: ReadonlyArray<readonly [string, ColumnState, string?]> | undefined, zip: string | undefined): boolean {
  if (shared === undefined || zip === undefined) return false;
  const state = usStateOfZip(zipWithZeros(zip));
  return state !== undefined && shared.some(([code]) => code === state);
}

// A name that says not whose it is: "name", "properties.name", "display_name", "title".
const BARE_NAME = /^(?:.*\.)?(?:name|display[ _]?name|title)$/i;

/** A column of the record's person's name ("first_name", or "customer" holding names). */
// Whether a column names the record's person: not a prescriber's or a caseworker's name (see THIRD_PARTY_QUALIFIERS).
const namesThePerson = (column: ColumnState): boolean => (column.profile.hint === 'person-name' && !column.profile.thirdParty) || column.profile.namedForPerson;

/** Whether the columns name the record's person and give their date of birth (see nameAndBirthOf). */
function hasNameAndBirth(columns: readonly ColumnState[]): boolean {
  let name = false;
  let birth = false;
  for (const column of columns) {
    if (column.party >= 0) continue;
    if (namesThePerson(column)) name = true;
    else if (column.profile.hint === 'date-of-birth') birth = true;
  }
  return name && birth;
}

/** The record's own person's US SSN, digits only, when a column of theirs holds a valid one. */
function ownSsnOf(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    // Not the key person's on every row ("Employee SSN" beside a dependant's own "Member SSN").
    if (column === undefined || column.party >= 0 || column.primary || column.profile.hint !== 'us-ssn' || column.profile.thirdParty) continue;
    const ssn = parseUsSsn(values[i] ?? '');
    if (ssn?.valid) return (values[i] ?? '').replace(/\D/g, '');
  }
  return undefined;
}

/** Whether a record names its own person (a non-blank name of no other party's). */
function namesOwnPerson(columns: readonly ColumnState[], values: readonly string[]): boolean {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column !== undefined && column.party < 0 && namesThePerson(column) && (values[i] ?? '').trim() !== '') return true;
  }
  return false;
}

/** Words of a person's name, as a key: lower case, without titles and punctuation, in order ("Smith, Anna" is "Anna Smith"). */
function nameWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !NAME_TITLES.has(word));
}
const NAME_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'c', 'o']);
/** Titles before a name on a card or a bank account ("MX C BROWN"), its initials kept (see namesHolder). */
const HOLDER_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mstr', 'dr', 'prof', 'sir', 'rev', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra']);

/**
 * A date of birth as part of a key: the calendar date when its writing leaves no doubt
 * ("1990-01-25", "25/01/1990", "25.01.1990", "Jan 25, 1990" are one), else as written (whether
 * "05/01/1990" is in January or May is not known row by row, and one value must key one person).
 */
function birthKeyOf(value: string, asOfYear: number): string {
  // Its year and its two other numbers in order, whatever order the writer used: 05/03/2019 (day or month
  // first?) is the key of 2019-03-05 and of 2019-05-03, and so of the same date written as text or as an
  // Excel serial elsewhere in the file; two namesakes born on swapped days and months would be one.
  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(value);
  if (slashed && Number(slashed[1]) <= 12 && Number(slashed[2]) <= 12) {
    const date = parseBirthDate(value, asOfYear);
    if (date) return unorderedDate(date.year, Number(slashed[1]), Number(slashed[2]));
  }
  const date = parseBirthDate(value, asOfYear) ?? excelSerialDate(value);
  return date ? unorderedDate(date.year, date.month, date.day) : value;
}

const unorderedDate = (year: number, a: number, b: number): string => `${year}-${Math.min(a, b)}-${Math.max(a, b)}`;

// A column listing all of a person's given names ("prenoms": "Arthur, Gabriel", as French civil
// status acts write them; "Vornamen", "given_names"): one act lists them all, another only the first.
const GIVEN_NAMES_COLUMN = /^(?:pr[eé]noms|vornamen|given[ _]?names|first[ _]?names|forenames|nombres|nomes|voornamen)$/i;

/** A person by their email and their name's words (see classifyRow's guardians who are members). */
function emailAndName(email: string, names: string): string {
  return `${email}\u0003${nameWords(names.toLowerCase()).sort().join(' ')}`;
}

/** The birth of a member alias that joins no members, only another's party to one: a name and birth date (see nameAndBirth), a name at an address (see nameAtHome). */
const PARTY_ALIAS = '\u0003';

/** The alias of a person by their name and birth date (see noteMemberAlias): a member of the export, or another's beneficiary. */
function nameAndBirth(names: string, birth: string): string {
  return `\u0003${nameWords(names.toLowerCase()).sort().join(' ')}\u0001${birth}`;
}

/** The alias of a person by their name and their address (see ownAddressOf): a member, or an account holder named on their children's rows. */
function nameAtHome(names: string, home: string): string {
  return `\u0007${nameWords(names.toLowerCase()).sort().join(' ')}\u0001${home}`;
}

/** The alias of a person by their name under a record's key (see classifyRow's beneficiaries who are members). */
function nameUnderKey(names: string, key: string): string {
  return `\u000f${nameWords(names.toLowerCase()).sort().join(' ')}\u0001${key}`;
}

/** A beneficiary's role, as partyOf names it ("beneficiary", "beneficiary2"). */
const isBeneficiary = (party: string): boolean => party.startsWith('beneficiar');

/** A name column's value as a key uses it: of a list of given names, the first (see GIVEN_NAMES_COLUMN). */
function keyName(column: ColumnState, value: string): string {
  if (!GIVEN_NAMES_COLUMN.test(lastSegment(column.profile.name))) return value;
  return value.trim().split(/[,\s]+/)[0] ?? value;
}

/** The record's person's name parts and date of birth as one key, or undefined when either is blank. */
function nameAndBirthOf(columns: readonly ColumnState[], values: readonly string[], asOfYear: number): string | undefined {
  let name = '';
  let birth = '';
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0) continue;
    const value = (values[i] ?? '').trim().toLowerCase();
    if (value === '' || isBlankValue(value)) continue;
    if (namesThePerson(column)) name += ` ${keyName(column, value)}`;
    else if (column.profile.hint === 'date-of-birth') birth += `${birthKeyOf(value, asOfYear)}\u0000`;
  }
  const words = nameWords(name).sort().join(' ');
  return words !== '' && birth !== '' ? `${words}\u0001${birth}` : undefined;
}

/** A phone number written internationally ("+33 6 12 34 56 78"), in a column not named for phones. */
const INTERNATIONAL_NUMBER = /^\+\d[\d\s().-]{6,18}$/;

/** The record's own person's first value of a column with this hint, trimmed, or undefined. */
function ownValueOf(columns: readonly ColumnState[], values: readonly string[], hint: ColumnHint): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    const value = values[i]?.trim();
    if (column !== undefined && column.party < 0 && column.profile.hint === hint && value) return value;
  }
  return undefined;
}

/**
 * A keyed row's person without the key, known by their own phone number (a marketing list's SMS
 * subscriber without an email, on two lists): its last ten digits, however it is written, with the
 * name the row gives, if any (colleagues who share an office's number are not one person).
 * `keyless`: a row of a table without a key, whose person needs a name too (a holiday let's guest
 * who stayed thrice), the number also in a column of international numbers ("Contact": +33 6 12 34 56 78).
 */
function ownPhoneOf(columns: readonly ColumnState[], values: readonly string[], keyless = false): string | undefined {
  const count = Math.min(columns.length, values.length);
  let phone: string | undefined;
  let names = '';
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0) continue;
    const hint = column.profile.hint;
    if (hint === 'person-name') names += ` ${values[i] ?? ''}`;
    else if (phone === undefined && (hint === 'phone' || (keyless && hint === undefined && INTERNATIONAL_NUMBER.test((values[i] ?? '').trim())))) {
      // Not a digest's digits where a phone would be (a hashed audience's phone_sha256: its digits are no number); the
      // digest itself where the record has a key of its own (an ad audience's row with a hashed phone and no hashed email).
      const value = values[i] ?? '';
      if (!keyless && hint === 'phone' && /^[0-9a-fA-F]{32,}$/.test(value.trim())) {
        phone = value.trim().toLowerCase();
        continue;
      }
      const digits = value.replace(/\D/g, '');
      // Nor words with the digits (a report's footer "2026 03:14 PM GMT-05:00" cut into the phone's column), past a label
      // ("Phone: (617) 284-3021") and an extension.
      if (digits.length >= 7 && !/^[0-9a-fA-F]{16,}$/.test(value.trim()) && !/\p{L}{2}/u.test(value.replace(/^[^:\d+(]*:/, '').replace(/\b(?:ext|x)\.?\s*\d+\s*$/i, ''))) {
        phone = digits.slice(-10);
      }
    }
  }
  const words = nameWords(names.toLowerCase()).sort().join(' ');
  return phone === undefined || (keyless && words === '') ? undefined : `\u0004${phone}\u0000${words}`;
}

/**
 * Who the record's own person is when its key column is blank: their email (see holdsSubjectEmail),
 * lower-cased; else their passport's or national id's number (a passenger list whose only emails
 * are the lead passengers'). Masked numbers identify no one.
 */
function ownIdentifierOf(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  let document: string | undefined;
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0) continue;
    const value = (values[i] ?? '').trim();
    if (value === '') continue;
    // An email, or a login that is one (Entra's userPrincipalName).
    if (column.subjectEmail || (column.profile.hint === 'online-identifier' && value.includes('@'))) {
      const email = value.toLowerCase();
      if (isPersonalEmail(email)) return email;
    } else if (document === undefined && PERSON_DOCUMENT_HINTS.has(column.profile.hint) && value.length >= 5 && !MASKED.test(value)) {
      document = `\u0003${column.profile.hint}:${value.toUpperCase().replace(/[\s.-]/g, '')}`;
    }
  }
  return document;
}

/** The NPI of a row of a clinicians' table (see aboutProviders). */
function providerNpiOf(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    if (columns[i]?.profile.hint !== 'us-npi') continue;
    const value = (values[i] ?? '').trim();
    if (/^\d{10}$/.test(value)) return `\u0003npi:${value}`;
  }
  return undefined;
}

/** A record's own device's advertising id or push token (see the blank key's fallbacks in classifyRow). */
function advertisingIdOf(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column?.profile.hint !== 'device-id' || column.party >= 0) continue;
    const value = values[i]?.trim();
    if (value && !isBlankValue(value)) return `\u000e${value.toLowerCase()}`;
  }
  return undefined;
}

/** The trimmed value of a record's field of that name, if not blank. */
function fieldValueOf(columns: readonly ColumnState[], values: readonly string[], name: string): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    if (columns[i]?.profile.name !== name) continue;
    const value = values[i]?.trim();
    return value || undefined;
  }
  return undefined;
}
const anonymousIdOf = (columns: readonly ColumnState[], values: readonly string[]): string | undefined => fieldValueOf(columns, values, 'anonymousId');
const MIXPANEL_DEVICE_FIELD = 'properties.$device_id';
/** Google Analytics 4's BigQuery export's key (see pickSubjectKey). */
const GA4_KEY = 'user_pseudo_id';

/** Each "Question N" column's position with its "Response N"'s (Calendly's; also "Answer N"). */
function questionPairsOf(columns: readonly ColumnState[]): Array<readonly [number, number]> {
  const questions = new Map<string, number>();
  columns.forEach((column, index) => {
    const number = /^(?:question|q)[ _-]?(\d{1,2})$/i.exec(column.profile.name.trim())?.[1];
    if (number !== undefined) questions.set(number, index);
  });
  if (questions.size === 0) return [];
  const pairs: Array<readonly [number, number]> = [];
  columns.forEach((column, index) => {
    const number = /^(?:response|answer)[ _-]?(\d{1,2})$/i.exec(column.profile.name.trim())?.[1];
    const question = number === undefined ? undefined : questions.get(number);
    if (question !== undefined) pairs.push([question, index]);
  });
  return pairs;
}

/**
 * The last key of a record that no column keys and nothing else identifies: its person's name (a leave tracker's employee, a
 * fleet's GPS fix's driver, an athlete in each race's results), one person however many records name them.
 * `byValue`: only values that read as a name count, whatever their column (a row whose key column is blank: a lock audit's
 * guest event, where the key is the staff card's, or a gradebook's "Overall average" under the students' emails).
 */
function nameAloneOf(columns: readonly ColumnState[], values: readonly string[], byValue = false): string | undefined {
  const count = Math.min(columns.length, values.length);
  let names = '';
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0) continue;
    const value = values[i] ?? '';
    // A record with an email names its person by more than a name: two people of one name with their own emails are two.
    if (column.profile.hint === 'email' && value.includes('@')) return undefined;
    if (!namesThePerson(column)) continue;
    // A column named for a person ("Driver") holds a name only where its value is one ("UnknownDriver" is no one).
    if (byValue ? !isBlankIn(value, column.profile) && isPersonName(value.trim()) : column.profile.hint === 'person-name' || isPersonName(value.trim())) names += ` ${value}`;
  }
  // A given name alone ("Gareth" on a household's member row) is many people's.
  const words = nameWords(names);
  return words.length < 2 ? undefined : `\u0008${words.sort().join(' ')}`;
}


/**
 * A personal number as one person's key however it is written: without spaces, dots, dashes, slashes or a Swedish
 * centenarian's plus, and a Swedish personnummer without its century (19121212-1212 is 121212-1212).
 */
function personalNumberKey(hint: string | undefined, value: string): string {
  const compact = value.toUpperCase().replace(/[\s.+/-]/g, '');
  return hint === 'se-personnummer' && /^(?:18|19|20)\d{10}$/.test(compact) ? compact.slice(2) : compact;
}

/** The row's own person's identity number or document when its value is valid for its column (see PERSON_DOCUMENT_HINTS). */
function nationalNumberOf(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0 || !PERSON_DOCUMENT_HINTS.has(column.profile.hint)) continue;
    const value = (values[i] ?? '').trim();
    if (value === '' || !detectValue(value, column.profile).some((found) => found.category === 'government-id' && found.certainty === 'validated')) continue;
    return `\u0003${column.profile.hint}:${personalNumberKey(column.profile.hint, value)}`;
  }
  return undefined;
}

/**
 * A row's own person by their name and address, when it has an address (street, postcode): the
 * last fallback of a keyed table's row without its key. A vacant dwelling's meter readings, each
 * with the address alone, are one address, not a person per reading.
 */
const BARE_LOCATION = /^\s*location\s*$/i;

function nameAndAddressOf(columns: readonly ColumnState[], values: readonly string[], postcodeEnough = false): string | undefined {
  const count = Math.min(columns.length, values.length);
  let names = '';
  let address = '';
  /** A street, not only a city or a postcode (which say where, not who: see placeOnly). */
  let street = false;
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0 || column.shipping >= 0) continue;
    const value = (values[i] ?? '').trim();
    if (value === '') continue;
    const hint = column.profile.hint;
    if (hint === 'person-name') names += ` ${value}`;
    // Not a bare "Location": where a thing happened (a parking contravention's), which may change from row to row of one person.
    else if ((hint === 'postal-address' && !BARE_LOCATION.test(column.profile.name)) || hint === 'postal-code') {
      address += `\u0000${value.toLowerCase()}`;
      if (!column.profile.placeOnly || (postcodeEnough && hint === 'postal-code')) street = true;
    }
  }
  return street && (!postcodeEnough || names !== '') ? `\u0004${nameWords(names).sort().join(' ')}${address}` : undefined;
}

// Columns of numbers that each identify one person: passports and national ids.
const PERSON_DOCUMENT_HINTS: ReadonlySet<string | undefined> = new Set(['government-id', 'passport', 'us-ssn', 'us-itin', 'uk-nino', 'de-id-card',
  'fr-nir', 'es-dni', 'it-codice-fiscale', 'nl-bsn', 'pl-pesel', 'se-personnummer', 'fi-henkilotunnus', 'dk-cpr', 'no-fodselsnummer',
  'be-national-number', 'pt-nif', 'ie-ppsn', 'ca-sin', 'nz-ird', 'in-aadhaar', 'br-cpf', 'kr-rrn', 'sg-nric', 'my-mykad', 'nz-nhi', 'br-cns', 'th-national-id', 'tr-kimlik', 'tw-national-id', 'mena-national-id', 'ma-cin', 'za-id', 'ch-ahv', 'cz-birth-number', 'mx-curp']);
const MASKED = /[*•]|[xX]{3}/;

/** A message log's columns (see messageColumnsOf). */
interface MessageColumns {
  readonly direction: number;
  readonly from: number;
  readonly to: number;
  /** A customer's reference on the rows that carry one (Vonage's client_ref), else -1. */
  readonly reference: number;
}

/** A messaging platform's account or key (Vonage's account_id, Twilio's AccountSid): the business's, no customer's. */
const PLATFORM_ACCOUNT = /^(?:account|api)[ _-]?(?:id|sid|key)$/i;
// A message log's column of what each message said, and how such a column is read (see classifyRow).
const MESSAGE_TEXT = /^(?:body|text|message|content|msg)$/i;
const MESSAGE_BODY = describeColumn('message_body');
/** A direct message's sender's and recipient's ids ("sender_uid", "recipient_id", "from_user_id"). */
const SENDER_ID = /^(?:sender|from|author)[ _]?(?:u?id|user[ _]?id)$/i;
const RECIPIENT_ID = /^(?:recipient|to|receiver)[ _]?(?:u?id|user[ _]?id)$/i;

/** Where a message log's columns are: its direction, from and to (see counterpartOf); undefined for other tables. */
function messageColumnsOf(columns: readonly ColumnState[]): MessageColumns | undefined {
  let direction = -1;
  let from = -1;
  let to = -1;
  let reference = -1;
  for (let i = 0; i < columns.length; i++) {
    const name = (columns[i]?.profile.name ?? '').trim();
    const lower = name.toLowerCase();
    if (lower === 'direction') direction = i;
    else if (lower === 'from') from = i;
    else if (lower === 'to') to = i;
    else if (reference < 0 && !PLATFORM_ACCOUNT.test(name) && (subjectKeyRank(name) ?? 2) <= 1) reference = i;
  }
  return direction < 0 || from < 0 || to < 0 ? undefined : { direction, from, to, reference };
}

/** The value of a person's id or email named as `key`'s last segment at another depth of `fields` ("userId" for "body.userId"). */
function sameKeyElsewhere(fields: readonly Field[], key: string): string | undefined {
  const segment = lastSegment(key);
  if ((subjectKeyRank(segment) ?? 9) > 1) return undefined;
  for (const [name, value] of fields) {
    // Not another person's of the same field name: a chat's "agent.email" beside the visitor's blank "visitor.email".
    if (name !== key && (name === segment || name.endsWith(`.${segment}`)) && partyOf(name) === undefined && (subjectKeyRank(name) ?? 9) <= 1 && !isBlankKey(value)) return value;
  }
  return undefined;
}

/**
 * Columns named "first" and "last" (and "middle") side by side, under one prefix or none
 * ("first", "last"; "guardian.first", "guardian.last"): the parts of a person's name, which
 * either word alone does not say (a "first" purchase, the "last" login). Each with its part.
 */
function nameParts(names: readonly string[]): Map<string, string> {
  const parts = new Map<string, string>();
  const byPrefix = new Map<string, Map<string, string>>();
  for (const name of names) {
    const match = /^(.*?)\b(first|last|middle)\s*$/i.exec(name.trim());
    if (!match || (match[1] !== '' && !/[._\s-]$/.test(match[1] ?? ''))) continue;
    const prefix = (match[1] ?? '').toLowerCase();
    const found = byPrefix.get(prefix) ?? new Map<string, string>();
    found.set((match[2] ?? '').toLowerCase(), name);
    byPrefix.set(prefix, found);
  }
  for (const found of byPrefix.values()) {
    if (!found.has('first') || !found.has('last')) continue;
    for (const [part, name] of found) parts.set(name, part);
  }
  return parts;
}

/**
 * An identity document's number under a generic name beside its type ("ID Type": Passport, "ID
 * Number": 123456789; "document_type", "document_number"): the number is the document's, whatever
 * country the record is in. Each such number column, as a name part ('document') of nameParts' kind.
 */
function typedDocumentNumbers(names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  // Also a JSON object of the document (Adyen's individual.identificationData.type and .number).
  const typed = /^(.*?)(?<![a-z0-9])(?:id|document|doc|identity|identification|ausweis)(?:Data)?[ _.-]?(?:type|kind|art)$/i;
  const numbered = /^(.*?)(?<![a-z0-9])(?:id|document|doc|identity|identification|ausweis)(?:Data)?[ _.-]?(?:number|no|nr|num|nummer|#)\.?$/i;
  // A list of a person's identity documents, each with its number (Sumsub's info.idDocs[].number): the number is the document's.
  for (const name of names) if (DOCUMENT_LIST_NUMBER.test(name.trim())) found.set(name, DOCUMENT_PART);
  const prefixes = new Set(names.flatMap((name) => {
    const match = typed.exec(name.trim());
    return match ? [(match[1] ?? '').toLowerCase()] : [];
  }));
  if (prefixes.size === 0) return found;
  for (const name of names) {
    const match = numbered.exec(name.trim());
    // Also a party's beside the typed document of the record's own person (an APIS manifest's INF_DOC_NO, a lap infant's, by DOC_TYPE).
    if (match && (prefixes.has((match[1] ?? '').toLowerCase()) || (prefixes.has('') && partyOf(name) !== undefined))) found.set(name, DOCUMENT_PART);
  }
  return found;
}
const DOCUMENT_PART = 'document';
const DOCUMENT_LIST_NUMBER = /(?:^|\.)(?:id[_-]?docs?|identity[_-]?docs?|id[_-]?documents?|identity[_-]?documents?|identification[_-]?documents?)(?:\[\])?\.(?:number|no|nr|num|doc[_-]?number|document[_-]?number)$/i;

/** What says who a record's own person is, whoever's it names (see RecordClassifier.ownParty). */
const OWN_PERSON_HINTS: ReadonlySet<string | undefined> = new Set(['person-name', 'date-of-birth', 'email', 'phone']);

/** The name a column of a file without a header row gets (see tableColumns). */
const POSITIONAL_NAME = /^column_\d+(?: \[\w+\])?$/;

/**
 * Whether a line alone in a row is a report's title or footer, not a person's: a phrase (words
 * with spaces) with a digit, a bracket, a colon, a dash between words or five words or more.
 * "Anna Schmidt" and "Maria de la Cruz" are names.
 */
function isReportLine(value: string): boolean {
  const text = value.trim();
  return text.includes(' ') && (/[\d():©]| - /.test(text) || text.split(/\s+/).length >= 5);
}

/** A number masked but for its last digits ("XXX-XX-1234", "•••• 5678"). */
const MASKED_NUMBER_KEY = /^(?=(?:[^*xX•#]*[*xX•#]){3})[*xX•#\s.\-/]*\d{0,4}$/;

/** A life table's columns: the probability of dying (qx), survivors (lx), deaths (dx), life expectancy (ex), ... at each age. */
const LIFE_TABLE_COLUMN = /^(?:[qlde]_?x|[pmLT]_?x|nqx|ndx|nLx)$/;

/** What a template's row under its header tells whoever fills it in (see addRow). */
const INSTRUCTION = /^(?:required|optional|mandatory|compulsory|obligatoire|pflicht(?:feld)?|format: .*|e\.g\. .*|for example.*|leave (?:it )?blank.*|if (?:any|applicable|known)|yes\/no|y\/n|dd\/mm\/yy(?:yy)?|mm\/dd\/yy(?:yy)?|yyyy-mm-dd)$/i;

/** Whether a row is a template's instructions (see INSTRUCTION), two or more of them. */
function isInstructionRow(values: readonly string[]): boolean {
  const filled = values.filter((value) => value.trim() !== '');
  return filled.length >= 2 && filled.every((value) => INSTRUCTION.test(value.trim()));
}

// An Amazon Connect contact trace record's fields that are the contact centre's own: its number (SystemEndpoint), the agent who
// answered, the queue and routing profile, the recording's storage key, where a call was transferred to.
const CONTACT_CENTRE_FIELD = /^(?:SystemEndpoint|Agent|Queue|Recording|Recordings|TransferredToEndpoint|InstanceARN|AWSAccountId)(?:\.|\[|$)/;

/** A contact trace record's fields without the contact centre's own (see CONTACT_CENTRE_FIELD): the caller's remain. */
function withoutContactCentreFields(fields: Field[]): Field[] {
  return fields.filter(([name]) => !CONTACT_CENTRE_FIELD.test(name));
}
const CONTACT_TRACE_VERSION = 'AWSContactTraceRecordFormatVersion';

/**
 * Whether a key value says the record is about no account at all: the nil UUID, Entra's userId of a failed sign-in to a name
 * no account has ("admin@", "root@", "test@" in a password spray); Kubernetes' own identities. Such a record is no one's,
 * whatever name was tried.
 */
function isNoAccount(value: string): boolean {
  return value === NIL_UUID || (value.charCodeAt(0) === 115 /* s */ && KUBERNETES_IDENTITY.test(value));
}
// Kubernetes' own identities in its audit log's "user.username": a service account's, a node's, a component's, the anonymous caller.
const KUBERNETES_IDENTITY = /^system:(?:serviceaccount|node|kube-|anonymous|apiserver|volume-scheduler|aws:)/;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/** Words of a column holding a part of a name (see isNamePart). */
const NAME_PART_WORDS = new Set(['first', 'last', 'given', 'family', 'surname', 'forename', 'firstname', 'lastname', 'vorname', 'nachname', 'prenom', 'apellido', 'apellidos', 'cognome', 'achternaam', 'voornaam']);

/**
 * Whether a key value names no one: a blank, or zero, which WooCommerce and BigCommerce write as a
 * guest's customer id (such a row is keyed by its own email: see classifyRow).
 */
function isBlankKey(value: string): boolean {
  // A masked value ("j***@gmail.com", an SSN's "XXX-XX-1234") is shared by many: it tells no one apart.
  // The nil UUID (Entra's userId of a failed sign-in to no known account) is no one's either.
  return isBlankValue(value) || (value.length <= 12 && /^\s*0+\s*$/.test(value)) || value.includes('***') || MASKED_NUMBER_KEY.test(value)
    || value === NIL_UUID
    // A run of NUL bytes (a file padded at its end), a totals row ("Total customers", "Grand total").
    || /^[\u0000-\u001f\s]*$/.test(value) || /^(?:grand[ _-]?)?totals?(?:[\s:]|$)/i.test(value.trim());
}

const TOTALS_LABEL = /^(?:grand[ _-]?)?(?:totals?|sub-?totals?|summe|gesamt(?:summe)?|totaal|totale|total g[eé]n[eé]ral)(?:[\s:(]|$)/i;
const AMOUNT = /^[-+(]?[\p{Sc}]?\s?[\d][\d.,\s']*\)?\s?(?:%|[\p{Sc}])?$/u;

/** Whether a row is a totals row: its first filled cell says so (see TOTALS_LABEL), and every other one is an amount. */
function isTotalsRow(values: readonly string[]): boolean {
  let labelled = false;
  for (const value of values) {
    const cell = value.trim();
    if (cell === '') continue;
    if (!labelled) {
      if (!TOTALS_LABEL.test(cell)) return false;
      labelled = true;
    } else if (!AMOUNT.test(cell)) return false;
  }
  return labelled;
}

/** The record's own address as written (its street and postcode columns, not another person's), lower-cased; '' if none. */
function ownAddressOf(columns: readonly ColumnState[], values: readonly string[]): string {
  let address = '';
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0 || column.shipping >= 0) continue;
    const hint = column.profile.hint;
    if ((hint === 'postal-address' || hint === 'postal-code') && (values[i] ?? '').trim() !== '') address += `\u0000${(values[i] ?? '').trim().toLowerCase()}`;
  }
  return address;
}

/**
 * Other people of one row who are one: an email column alone ("Parent Email": aisha.patel@...) that
 * spells the name of a named one ("Emergency Contact 1": Aisha Patel) is theirs, not another person's.
 */
function joinSpelledEmails(parties: readonly PartyRow[]): void {
  for (const mailbox of parties) {
    if (mailbox.email === undefined || mailbox.names !== '' || mailbox.mask === 0) continue;
    const local = mailbox.email.slice(0, mailbox.email.indexOf('@'));
    const named = parties.filter((party) => party !== mailbox && party.email === undefined && party.lo === 0 && spells(local, party.names));
    const [owner] = named;
    if (named.length !== 1 || owner === undefined) continue;
    owner.email = mailbox.email;
    owner.mask |= mailbox.mask;
    mailbox.mask = 0;
  }
}

/**
 * Other people of one row who are one by their full name: a member's account holder known only by their name ("Kontoinhaber":
 * Sabine Lange) who is the child's guardian of that name with an email. The one known by the name alone joins the other.
 */
function joinSameNames(parties: readonly PartyRow[]): void {
  for (const alone of parties) {
    if (alone.names === '' || alone.mask === 0 || alone.email !== undefined || alone.phone !== undefined || alone.birth !== '' || alone.lo !== 0) continue;
    const words = nameWords(alone.names.toLowerCase()).sort().join(' ');
    if (!words.includes(' ')) continue;
    const other = parties.find((party) => party !== alone && party.mask !== 0 && party.names !== '' && nameWords(party.names.toLowerCase()).sort().join(' ') === words);
    if (other === undefined) continue;
    other.mask |= alone.mask;
    alone.mask = 0;
  }
}

/** Whether an email's local part holds every word of a name ("aisha.patel" for "Aisha Patel"). */
function spells(local: string, names: string): boolean {
  const words = nameWords(names).filter((word) => word.length > 1);
  const plain = local.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  return words.length >= 2 && words.every((word) => plain.includes(word));
}

/** Whether a column names an order's or a transfer's recipient ("recipient-name", "Recipient Name"). */
function isRecipientName(name: string): boolean {
  return partyOf(name) === 'recipient' && describeColumn(name).hint === 'person-name';
}

/** The customer's number of a message log's row, as written: "to" when outbound, "from" when inbound (see classifyRow). */
function counterpartOf({ direction, from, to }: MessageColumns, values: readonly string[]): string | undefined {
  const way = (values[direction] ?? '').trim().toLowerCase();
  const number = (way.startsWith('inbound') || way === 'mo' ? values[from] : way.startsWith('outbound') || way === 'mt' ? values[to] : undefined)?.trim();
  return number === undefined || number === '' ? undefined : number;
}

/** Whether the row is of a member other than the key's person (its relationship column says so). */
function isDependantRow(columns: readonly ColumnState[], values: readonly string[]): boolean {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    if (columns[i]?.relationship && !isSelfRelationship(values[i] ?? '')) return true;
  }
  return false;
}

/** Whether the row's order is shipped to a name that is not the buyer's ("Carol Clark" for "Sandra Baker"). */
function isShippedToOther(columns: readonly ColumnState[], values: readonly string[]): boolean {
  let shipTo = '';
  let buyer = '';
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column?.profile.hint !== 'person-name') continue;
    if (column.shipping >= 0) shipTo += ` ${values[i] ?? ''}`;
    else if (column.buyerName) buyer += ` ${values[i] ?? ''}`;
  }
  // Another person when no word of the names is shared: "Mr. Bob Lee", "Ian Cole c/o Reception"
  // and "Hugo Mueller" for "Hugo Müller" are the buyer; or when the given names differ (a relative's
  // gift to "Emma Hall" from "Peter Hall"; names written "Hall, Peter" are not compared so).
  const buyerList = nameWords(buyer).filter((word) => word.length > 1);
  const shipWords = nameWords(shipTo).filter((word) => word.length > 1);
  if (buyerList.length === 0 || shipWords.length === 0) return false;
  // "Mueller" is "Müller" (its accents are dropped by nameWords).
  const plain = (word: string): string => word.replace(/ue/g, 'u').replace(/oe/g, 'o').replace(/ae/g, 'a');
  const buyerPlain = new Set(buyerList.map(plain));
  const shipPlain = new Set(shipWords.map(plain));
  const same = (word: string): boolean => buyerPlain.has(plain(word));
  if (!shipWords.some(same)) return true;
  const [given = '', givenShip = ''] = [buyerList[0], shipWords[0]];
  if (buyerList.length < 2 || shipWords.length < 2 || buyer.includes(',') || shipTo.includes(',')) return false;
  if (!same(givenShip) && !given.startsWith(givenShip) && !givenShip.startsWith(given)) return true;
  // Or when the family names differ both ways ("Lucas Rivera" for "Lucas Moreau"; not "Anna Schmidt Weber" for "Anna Schmidt").
  return !same(shipWords[shipWords.length - 1] ?? '') && !shipPlain.has(plain(buyerList[buyerList.length - 1] ?? ''));
}

// An entity-attribute-value table of people (WordPress's wp_usermeta: user_id, meta_key, meta_value): each row
// is one field of its person, named by the row.
const ATTRIBUTE_NAME = /^(?:.*\.)?(?:meta_key|attribute_name|attribute_key|field_name|field_key|property_name)$/i;
const ATTRIBUTE_VALUE = /^(?:.*\.)?(?:meta_value|attribute_value|field_value|property_value)$/i;

/** The indices of an attribute's name and value columns, when the table has both. */
function attributeColumnsOf(names: readonly string[]): readonly [number, number] | undefined {
  const name = names.findIndex((column) => ATTRIBUTE_NAME.test(column.trim()));
  const value = names.findIndex((column) => ATTRIBUTE_VALUE.test(column.trim()));
  return name >= 0 && value >= 0 ? [name, value] : undefined;
}

/**
 * A record of such a table (an SQL dump's wp_usermeta row, which SQL_ROW links to its user) with its
 * attribute as a field of its own name ("billing_state": "TX"), and whether the dump says whose it is;
 * undefined for other records. Only narrow records are looked at: an attribute's row has a handful of fields.
 */
function attributeRow(fields: readonly Field[]): { fields: Field[]; owned: boolean } | undefined {
  if (fields.length > 8) return undefined;
  const attribute = attributeColumnsOf(fields.map(([name]) => name));
  if (attribute === undefined) return undefined;
  const [nameAt, valueAt] = attribute;
  const name = (fields[nameAt]?.[1] ?? '').trim();
  let owned = false;
  // A dump's attribute row is known by the person it belongs to, not by its own id: a user's thirty
  // meta rows linked to them one by one would make their name a shared one (see PeopleTable.linkedRoots).
  // A row that names no one (wp_postmeta's, a post's) keeps its own name.
  const rest = fields.filter((_, index) => index !== nameAt && index !== valueAt).map((field): Field => {
    if (field[0] !== SQL_ROW || !field[1].includes('\n')) return field;
    owned = true;
    return [SQL_ROW, field[1].slice(field[1].indexOf('\n') + 1)];
  });
  return { fields: name === '' ? rest : [...rest, [name, fields[valueAt]?.[1] ?? '']], owned };
}

/** Remembers value → ISO code lookups (country names, states) with a bound. */
class LookupCache {
  private readonly entries = new Map<string, string | null>();
  constructor(private readonly lookup: (value: string) => string | undefined) {}
  get(value: string): string | undefined {
    const known = this.entries.get(value);
    if (known !== undefined) return known ?? undefined;
    const found = this.lookup(value);
    if (this.entries.size < CLASSIFIER_LIMITS.placeCacheEntries) this.entries.set(value, found ?? null);
    return found;
  }
}

// The ZIP code an address ends in ("…, Springfield, IL 62704", "…, WA 98109-1234").
const ZIP_AT_END = /(?:^|[^\w-])(\d{5}(?:-\d{4})?)\s*$/;
const WORDS = /[\s,]+/;

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * False when `value` certainly does not end in a ZIP code (most addresses: "Main St 12"), so
 * that the regex runs only on the few that may. The value must end, before ASCII blanks, in a run
 * of exactly five digits (or five, "-", four); anything less plain (non-ASCII at the end) is left
 * to the regex.
 */
function mayEndInZip(value: string): boolean {
  let end = value.length - 1;
  while (end >= 0 && value.charCodeAt(end) <= 32) end--;
  if (end < 0 || value.charCodeAt(end) > 127) return true;
  let start = end;
  while (start >= 0 && isAsciiDigit(value.charCodeAt(start))) start--;
  let run = end - start;
  if (run === 4 && start >= 0 && value.charCodeAt(start) === 45 /* - */) {
    end = start - 1;
    start = end;
    while (start >= 0 && isAsciiDigit(value.charCodeAt(start))) start--;
    run = end - start;
  }
  // Five digits after something, and room for a two-letter state before them.
  return run === 5 && start >= 2;
}

/** 3-4 digits are a US ZIP code that lost its leading zeros as a number ("2116" for 02116); 9 digits a ZIP+4 without its hyphen. */
function zipWithZeros(zip: string): string {
  if (zip.length === 9 && /^\d+$/.test(zip)) return zip.slice(0, 5); // as the FEC's data writes it
  return zip.length >= 3 && zip.length <= 4 && /^\d+$/.test(zip) ? zip.padStart(5, '0') : zip;
}

const NO_STATES: readonly string[] = [];

// A product's code: its object (a catalogue's row, a dump's table, an order's line item) is a product, whose
// barcodes are no cards and whose "name" is no one's.
// An API key's or a token's prefix names a thing too: its bare "name" is its label ("CI key", "zapier"), no one's.
const PRODUCT_CODE = /^((?:[^.]+\.)?)(?:sku|ean|ean13|gtin|upc|asin|mpn|barcode|artikelnummer|ndc|ndc[ _]?code|key[ _]?prefix|token[ _]?prefix)$/i;
/** An article's or a product's number or name (see articleRecords). */
const ARTICLE_COLUMN = /^(?:article|product|item)[ _-]?(?:number|no|nr|id|code|name|sku)$/i;

// Swiss cantons' codes that are US states' too (NE Neuchâtel, AR Appenzell Ausserrhoden): in a region column
// ("Kanton", "canton"), not in a state column, where a ZIP code of another state is a typo more often than a canton.
const CANTON_CODES: ReadonlySet<string> = new Set(['NE', 'AR']);

// Canadian and Australian province codes that Italian provinces or Brazilian states also use.
const PROVINCE_CODES_ELSEWHERE: ReadonlySet<string> = new Set(['PE', 'NU', 'SA']);

// People held in prison, whose number under their role's name ("Prisoner Number", "inmate_id") is their own key.
const HELD_PARTIES: ReadonlySet<string> = new Set(['prisoner', 'inmate']);

// Codes of a state or territory of several countries and of no US state: Australia's and Canada's
// Northern and Northwest Territories (NT), placed as their column's other regions say.
const FOREIGN_SHARED_CODES: Readonly<Record<string, readonly string[]>> = { NT: ['AU', 'CA'] };
/** The pending state of such a code (see placeShared): no US state's ("XX-NT"). */
const FOREIGN_SHARED_PREFIX = 'XX-';

/** An ISO 3166-2 subdivision's code ("US-PA", "DE-BY", "GB-ENG", "FR-75"), as a state or region column may write it. */
const ISO_SUBDIVISION = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
/** A column named a region in English ("region", "Billing Region"), which may write countries' codes (see ColumnState.countryCodes). */
const REGION_NAMED = /(?:^|[\s_.-])region$/i;

// Brazil's 27 federative units: in a column named for one ("UF", "estado"), their codes are Brazil's
// (in an "estado", not the codes US states share: PA, MA...); elsewhere SP is La Spezia, TO Turin.
const BR_STATE_CODES: ReadonlySet<string> = new Set(['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO']);
const BR_STATE_COLUMN = /^(?:.*\.)?(?:uf|sigla[ _]?uf|uf[ _]?sigla|estado[ _]?uf|estado)$/i;

/** Brazil, when a region column named for a Brazilian state holds one of their codes. */
function brazilianStateCode(column: ColumnState, code: string): boolean {
  if (code.length !== 2 || !BR_STATE_COLUMN.test(column.profile.name.trim())) return false;
  const upper = code.toUpperCase();
  return BR_STATE_CODES.has(upper) && (/uf/i.test(column.profile.name) || !REGION_CODES_ELSEWHERE.has(upper));
}

// US state codes that are also region codes elsewhere: Italian provinces, Brazilian states,
// Canadian provinces, Australian and Indian states (CA Cagliari, MI Milano, MA Maranhão, WA Western
// Australia, GA Goa, TN Tamil Nadu, MP Madhya Pradesh).
const REGION_CODES_ELSEWHERE: ReadonlySet<string> = new Set(['AL', 'AR', 'AS', 'CA', 'CO', 'CT', 'GA', 'MA', 'ME', 'MI',
  'MN', 'MO', 'MP', 'MS', 'MT', 'OR', 'PA', 'PR', 'RI', 'SC', 'TN', 'UT', 'VA', 'VI', 'VT', 'WA']);
/** Of those codes, the ones that are also a region of another country: Australia's states, Italy's provinces, Brazil's states. */
const SHARED_REGION_CODES: Readonly<Record<string, ReadonlySet<string>>> = {
  AU: new Set(['WA']),
  IT: new Set(['AL', 'AR', 'CA', 'CO', 'CT', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'OR', 'PA', 'PR', 'RI', 'TN', 'VA', 'VI', 'VT']),
  BR: new Set(['AL', 'MA', 'MS', 'MT', 'PA', 'PR', 'SC']),
};

// ---------------------------------------------------------------------------------------------
// The classifier

interface EvidenceEntry {
  readonly category: Category;
  readonly detector: string;
  readonly columns: Set<string>;
  confidence: number;
  matches: number;
}

/** What a row says about another person than its own: their detections, age, identity, place. */
interface PartyRow {
  touched: boolean;
  /** Which person of a list the row's values are at (see detectForParty). */
  seq: number;
  mask: number;
  age: number;
  email: string | undefined;
  /** Their name, phone, address, birth date joined: who they are when they have no email. */
  key: string;
  country: string | undefined;
  state: string | undefined;
  zip: string | undefined;
  address: string | undefined;
  /** The key's person's fingerprint, for the employee's columns on a dependant's row (see classifyRow); 0 when the person is known by `email` or `key`. */
  hi: number;
  lo: number;
  /** Their name's parts and their birth date (see birthKeyOf), to tell whether they are the record's own person (see selfParties). */
  names: string;
  birth: string;
  /** Their phone number as written, and the country it dials: who and where they are when nothing else says (a call's B party). */
  phone: string | undefined;
  phoneCountry: string | undefined;
  /** A role the record's own person may hold (a beneficiary, a claimant, a recipient): see selfParties. */
  maybeSelf: boolean;
  /** A child's role ("child_first_name"): in a record that names no one else of its own (a children's app's account), its own person. */
  child: boolean;
  /** A suspect's, an accused's or a defendant's role: what a case record tells of the offence is theirs (see classifyRow). */
  accused: boolean;
  /** Their id in the key's own field (see detectForParty). */
  id: string | undefined;
  /** Their type says they are an organisation or an estate, no natural person. */
  organisation: boolean;
  /** Their role says they are the record's own person (a household's applicant): see selfParties. */
  self: boolean;
  /** A marketplace's seller: no household of the buyer's, never placed at the buyer's address (see partyPlace). */
  seller: boolean;
  /** The holder of the card or the bank account a record's payment was made with (see PAYMENT_HOLDERS and selfParties). */
  holder: boolean;
  /** One of a list of the persons the record is about (see LISTED_PEOPLE). */
  listed: boolean;
  /** Their id in that list ("contacts[].publicID"), which the record's other fields refer to (see CONTACT_REFERENCE). */
  listId: string | undefined;
  /** Their birth year and month given apart (a family plan's kids' profile: "birthYear": 2017), 0 when not (see birthPart). */
  birthYear: number;
  birthMonth: number;
  /** A relative of the record's person or a contact of theirs, one of their household (see countParty). */
  family: boolean;
  /** Their role in a list of the record's people says they are a child or a spouse (a matter's contacts: "role": "Child"): see placeListHousehold. */
  homeRole: boolean;
  /** The country their postcode's column names (see countryOfNamedPostcode). */
  zipCountry: string | undefined;
}

// Parties (see partyOf's words) whose role the record's own person may hold: a transfer's or a
// policy's beneficiary, a claimant, an insured person, a recipient, a booking's passenger or traveller.
/** A party's spouse by that party's role ("conjoint_acquereur", "spouse_applicant"): see placeSpouses. */
const SPOUSE_OF_PARTY = /^(?:conjoint|spouse|epoux|epouse|conyuge|coniuge)_?(\p{L}+)$/u;
/** A customer's number ("klantnummer", "customer_no", "Kundennummer"): see noteParentAccount. */
const CUSTOMER_NUMBER = /^(?:klant|kunden?|customer|client[e]?)[ _-]?(?:nr|no|number|nummer|numero|id)?$/i;
/** Roles of a platform's users, known by their user id in every role (see detectForParty). */
const USER_PARTIES = /^(?:report(?:er|ed|ee)|match)$/;
/** A list item's flag that it is the account holder's own (see detectForParty). */
const OWN_ITEM_FLAG = /^(?:is[ _]?)?(?:primary|owner|account[ _]?(?:holder|owner)|main|self)$/i;
const CHILD_PARTY = /^(?:child|kid|minor|baby|newborn|enfant|hijo|hija|figlio|figlia|filho|filha|crian[cç]a|menor|dziecka|dziecko|ребенок|ребенка|ребёнок|ребёнка|дитини|дитина|детето)(?!\d)/;
// A role value saying a list's person is a child or a spouse of the record's people.
const HOUSEHOLD_ROLE = /^(?:child|son|daughter|minor|dependent child|kind|sohn|tochter|enfant|fils|fille|hij[oa]|figli[oa]|filh[oa]|crian[cç]a|menor|spouse|husband|wife|civil partner|ehepartner(?:in)?|ehemann|ehefrau|echtgeno(?:ot|te)|conjoint|[eé]pou(?:x|se)|espos[oa]|c[oó]nyuge|coniuge|c[oô]njuge)$/i;
/** The roles of a case's people (a police case list, a court's docket), as partyOf names them: one alone is the record's own person. */
const CASE_PARTY = new RegExp(String.raw`^(?:suspect|accused|perpetrator|${CASE_ROLES})`, 'i');
/** The phone, address or mailbox of an office, a station, a branch: a statistics table's district office is no one. */
const OFFICE_CONTACT = /(?:^|[ _.-])(?:office|district|branch|station|headquarters|hq|precinct|courthouse|agency|facility)[ _.-]?(?:phone|tel|telephone|fax|address|addr|email|e[ _-]?mail|mailbox)$/i;
/** An employer's equal-opportunity columns (ADP's "EEO Ethnic Code", "Veteran Status"). */
const EEO_COLUMN = /\b(?:eeo|veteran)\b/i;
/** A booking's event or start time (Calendly's "Event Type Name", "Start Date & Time"; Acuity's "Appointment Type", "Start Time"). */
const SCHEDULE_COLUMN = /^(?:event(?: type)?(?: name)?|meeting(?: type| name)?|appointment(?: type)?|start (?:date )?(?:& |and )?time|start date|scheduled (?:at|for))$/i;
/** A display name just before an address's angle bracket ("Hanna Lind <"). */
const DISPLAY_NAME_BEFORE = /\p{L}\s*<[^>]*$/u;
/** A mail's correspondents' fields in a mail archive ("From": "Hanna Lind <hanna@web.de>", "To", "Cc"). */
const CORRESPONDENT = /^(?:from|to|cc|bcc|sender|recipients?|reply[ _-]?to|delivered[ _-]?to)$/i;
/** A thing's other users by their addresses: a doorbell's shared users, an account's invited or authorised users (see coUsers). */
const CO_USERS = /^(?:(?:shared|invited|authori[sz]ed|additional|guest)[ _-]?users?(?:[ _-]?e-?mails?)?|shared[ _-]?with|answered[ _-]?by)$/i;
/** A contact's field ("CONTACT_NAME", "Contact Phone"). */
const CONTACT_FIELD = /^contact[ _.-](?:name|phone|email|first[ _.-]?name|last[ _.-]?name|tel|mobile|address|relationship)$/i;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;

/** A text with its Arabic-Indic and Persian digits written as 0-9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

/** A phone number and a name in one cell, as an M-Pesa statement's "Other Party Info" writes its payer (see detectPartyInfoCell). */
const MSISDN_AND_NAME = /^(\d{5,15}) - (\p{L}[\p{L} .'-]{1,80})$/u;
/** A postcode before an address written in Chinese, Japanese or Korean, the way it is written there ("701", "〒600-8216 ", "04524 "). */
const CJK_POSTCODE_FIRST = /^〒?\s?\d{3}(?:-?\d{2,4})?\s?(?=[\u3000-\u9fff\uac00-\ud7af])/;
/** A region's name after an address's last comma, perhaps with its postcode after it ("Maharashtra 400012", "Kerala - 682002"). */
const PROVINCE_AT_END = /^\s*(\p{L}[\p{L} .'-]{2,40}?)\s*(?:[-–]?\s*\d{4,6})?\s*$/u;
/** Letters of Vietnamese alone among the languages written in Latin letters (ư, ơ and the tone marks on them: "Trần", "Nguyễn"). */
const VIETNAMESE_LETTERS = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

/** The country whose script or letters the row's own person's name is written in, for its national phone numbers (see classifyRow). */
function nameScriptCountry(columns: readonly ColumnState[], values: readonly string[]): string | undefined {
  const count = Math.min(columns.length, values.length);
  for (let i = 0; i < count; i++) {
    const column = columns[i];
    if (column === undefined || column.party >= 0 || column.profile.hint !== 'person-name' || column.profile.thirdParty) continue;
    const value = values[i] ?? '';
    if (!/[^\x00-\x7f]/.test(value)) continue;
    if (/\p{Script=Thai}/u.test(value)) return 'TH';
    if (/\p{Script=Hangul}/u.test(value)) return 'KR';
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(value)) return 'JP';
    if (VIETNAMESE_LETTERS.test(value)) return 'VN';
  }
  return undefined;
}

/** A passenger list's passenger ("PassengerName": WRIGHT/CHARLIE MR), whose booking's contact email may be on every passenger's row. */
const PASSENGER_NAME = /^(?:passenger|pax|traveller|traveler)[ _]?names?$/i;
/** A dependant's code or number under a member's (a medical scheme's "Dependant Code": 00 the member, 01 a spouse). */
const DEPENDANT_CODE = /^(?:dependa?nt|dep|beneficiary)[ _.-]?(?:code|no|number|nr|#|seq|sequence|suffix)$/i;
/** A bare reason, and a column naming a patient's practitioner, in the languages of the column names. */
const BARE_REASON = /^(?:motif|reason|motivo|grund|anlass|reden|orsak)$/i;
const CLINICIAN_FIELD = /(?:^|[ _.-])(?:praticien|m[eé]decin|docteur|doctor|physician|clinician|practitioner|therapist|th[eé]rapeute|arzt|[aä]rztin|behandler|huisarts|behandelaar|m[eé]dico|medico|terapeuta|l[aä]kare|behandlare|gp|prescriber)(?:$|[ _.-])/i;
/** A patient's or a pet's name column: in a vet's records, the animal's. */
const PATIENT_NAME = /^(?:.*\.)?(?:patient|pet|animal|tier|animal de compagnie|mascota|huisdier)(?:[ _-]?name|[ _-]?nom|[ _-]?nombre|[ _-]?naam)?$|^(?:nom|nombre|naam)[ _-](?:du |de la |del )?(?:patient|animal|mascota|huisdier)$/i;
/** A salutation column, and a salutation that is a company's ("Firma", "Société"), in the languages of the column names. */
// Also the record's own person's by their role before it ("Schuldner Anrede", "Kunde Anrede").
const SALUTATION = /^(?:(?:schuldner(?:in)?|kunde|kundin|debtor|customer|client|mitglied|member)[ _-])?(?:anrede|salutation|civilit[eé]|tratamiento|aanhef|appellativo|titolo|form of address)$/i;
const COMPANY_SALUTATION = /^\s*(?:firma|company|soci[eé]t[eé]|empresa|ditta|bedrijf|firm|entreprise)\s*$/i;
/** An account's number named for nothing else ("Account Number", "account_no"), and the words of columns that speak of a bank. */
const BARE_ACCOUNT_NUMBER = /^(?:account|acct)[ _.-]?(?:number|no\.?|num|nr\.?|#)$/i;
const BANK_WORDS = /bank|iban|routing|sort[ _.-]?code|bsb|transit|institution|swift|\bbic\b|\baba\b|balance|kontonummer|\bblz\b|rib\b|clabe|credit|debit|loan|mortgage|overdraft|ledger|statement|payout|deposit|withdraw|transaction/i;
/** A shop's cart or checkout token, or its abandoned checkout's link (Shopify's orders and checkouts). */
const SHOP_TOKEN = /^(?:cart|checkout)[_ ]?token$|^abandoned_checkout_url$/i;
/** A booking's number ("Booking Number", "booking_id"): an arrest's in a jail's records, else a reservation's. */
const JAIL_BOOKING = /^(?:.*[._ ])?booking[ _.-]?(?:number|no|nr|id|#)$/i;
/** What a jail's or a court's records name beside an arrest's booking number. */
const JAIL_FIELD = /inmate|prisoner|arrest|charge|custody|jail|detention|detainee|offen[cs]e|bail|bond|sentence|warrant|mugshot|facility/i;
/**
 * A platform's abuse report's message, as it quotes it (an excerpt, a chat message's text): the reported user's words. The
 * reporter's comment is the reporter's.
 */
const REPORTED_MESSAGE = /^(?:reported[ _.-]?)?(?:message(?:[ _.-]?(?:excerpt|text|content|body))?|excerpt|content)$|^message\.(?:text|content|body)$/i;
const REPORTER_COMMENT = /^reporter[ _.-]?(?:comments?|notes?|description|text|message|reason[ _.-]?text)$/i;
/** A field that refers to a listed contact by its id ("claimantContactID"), and a listed contact's own id (see contactReferencesOf). */
const CONTACT_REFERENCE = /contact[_-]?id$/i;
const CONTACT_OWN_ID = /^(?:publicID|public_id|contactID|contact_id|id)$/i;
/**
 * The record's own fields that refer to a listed contact by its id (see CONTACT_REFERENCE): the ids, and for each field the id
 * its item refers to. An item is a run of fields under one object or list item ("exposures.claimantContactID",
 * "exposures.injuryDescription"): a list's next item begins where a field's name comes again. A record's top-level fields are no item.
 */
function contactReferencesOf(columns: readonly ColumnState[], values: readonly string[]): { ids: Set<string>; ofField: Array<string | undefined> } {
  const ids = new Set<string>();
  const count = Math.min(columns.length, values.length);
  const ofField = new Array<string | undefined>(count);
  let item = '';
  let start = 0;
  let reference: string | undefined;
  const names = new Set<string>();
  const close = (end: number): void => {
    if (reference !== undefined) ofField.fill(reference, start, end);
  };
  for (let i = 0; i < count; i++) {
    const name = columns[i]?.profile.name ?? '';
    const dot = name.indexOf('.');
    const top = dot > 0 ? name.slice(0, dot) : '';
    if (top !== item || names.has(name)) {
      close(i);
      item = top;
      start = i;
      reference = undefined;
      names.clear();
    }
    names.add(name);
    const value = values[i]?.trim();
    if (value && CONTACT_REFERENCE.test(lastSegment(name))) {
      ids.add(value);
      if (top !== '') reference = value;
    }
  }
  close(count);
  return { ids, ofField };
}

/** An IAM policy binding's member who is a user (see detectForParty). */
const IAM_USER_MEMBER = /^user:([^\s@:]+@[^\s@]+\.[a-z]{2,})$/i;
/** A parent's role as partyOf names it, and a first name's column (see particularParties). */
const PARENT_PARTY = /^(?:father|mother|ojca|matki|ojciec|matka|p[eè]re|m[eè]re|padre|madre|vater|mutter|pai|m[aã]e|vader|moeder)$/;
// (Not Portuguese "Nome da mãe", Spanish "Nombre de la madre": a mother's full name, a person of her own.)
const GIVEN_NAME_FIELD = /(?:^|[ _.-])(?:imi[eę]|first[ _.-]?name|given[ _.-]?names?|forename|pr[eé]nom|vorname|voornaam)(?:$|[ _.-])/i;
/** A record's list of the persons it is about (a police occurrence's involvedPersons[], a case's involved parties, a claim's contacts[]). */
const LISTED_PEOPLE = /^(?:involved)?(?:persons|parties|contacts)$/;
/** A customer's or a contact's mailbox by its column's name, beside a company's name (see classifyRow's keyedByMailbox). */
const PERSON_MAILBOX_COLUMN = /(?:customer|contact|buyer|client)[ _.:-]*e-?mail/i;
/** A company's tax number by its name (see profileInRecords). */
const COMPANY_TAX_ID = /^(?:company|business|location|employer|organi[sz]ation|store|shop|merchant|vendor|supplier)[ _.:-]*(?:tax|vat|f?ein)[ _.-]*(?:id|number|no|code)?$/i;
/** A bill's account's number (see profileInRecords). */
const BILLING_ACCOUNT = /^billing[ _.-]?account(?:[ _.-]?(?:number|no|nr|num|#))?$/i;
/** A case record's fields about the offence that say so only beside an accused (see caseRecords). */
const CASE_FIELD = /^(?:[a-z]+[ _.-])?(?:charges?|sentence|disposition|verdict|outcome|plea|statute|offen[cs]e[ _.-]?(?:code|level|class)|charge[ _.-]?(?:level|code|class|degree|desc(?:ription)?))$/i;
/** Names that tell of an offence's records (a jail's roster, a police log) where no column names an accused (see caseRecords). */
const OFFENCE_RECORDS = /inmate|prisoner|arrest|jail|detention|detainee|police[ _.-]?report|offen[cs]e|(?<![a-z])bail(?![a-z])|sentenc|warrant(?!y|ies)|mugshot|docket/i;
/** The roles of a case's accused (see PartyRow.accused), as partyOf names them. */
const ACCUSED_PARTY = /^(?:suspect|accused|defendant|offender|perpetrator|alleged|beschuldigte|tatverd|pr[eé]venu|accus[eé]|mis[ _.-]?en[ _.-]?cause|acusad|imputad|tilltalad|verdachte|oskar)/;
const MAYBE_SELF_PARTY = /^(?:beneficiar|claimant|insured|recipient|empfaenger|empfänger|destinataire|destinatario|passenger|travell?er|pax|attendee|participant|kontoinhaber|titulaireducompte|booker)/;

/** A column that lists several people's names (a reservation's "Guest name(s)", "passenger names"). */
const NAME_LIST = /(?:names|name\(s\)|guests|travell?ers|passengers)$/i;

/**
 * The names after the first of a list of full names ("Sean Murphy, Aoife Byrne"), as key words; none for "Murphy, Sean". Every
 * name of a list of companions (`companions`: Oracle OPERA's "ACCOMPANYING_NAMES", where the guest is not listed), also as
 * "Last, First" ("PETERSON, LAUREN"), and by semicolons ("JOHNSON, MARCUS; JOHNSON, CHLOE").
 */
function fellowTravellersOf(value: string, companions: boolean): string[] {
  let names = value.split(value.includes(';') ? /\s*;\s*/ : /\s*,\s*/).map((name) => nameWords(name.toLowerCase()));
  if (companions && names.length === 2 && names.every((words) => words.length === 1)) names = [names.flat()];
  if (names.length < (companions ? 1 : 2) || names.some((words) => words.length < 2)) return [];
  return (companions ? names : names.slice(1)).map((words) => words.sort().join(' '));
}
/** A cell listing a household's children ("Children", "Enfants à charge", "Kinder"): "Noa (1/12/2015); Eli (2/3/2019)". */
const CHILDREN_LIST = /^(?:children|kids|child(?:ren)? names?|kinder|kinder im haushalt|enfants(?: [aà] charge)?|hijos|hijos a cargo|figli(?: a carico)?|kinderen|barn|dzieci)$/i;
interface ListedChild { readonly names: string; readonly birth: string; readonly age: number }
const LISTED_CHILD = /^(.*?\p{L}.*?)\s*\(\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*\)$/u;

/** The children a cell lists, each a name and a birth date in brackets; none when an item is no such pair. */
function listedChildrenOf(value: string, asOf: Date, order: DateOrder): ListedChild[] {
  const children: ListedChild[] = [];
  for (const item of value.split(/\s*[;,|]\s*(?![^()]*\))/)) {
    if (item.trim() === '') continue;
    const child = LISTED_CHILD.exec(item.trim());
    const born = child ? parseBirthDate(child[2] ?? '', asOf.getUTCFullYear(), order) : undefined;
    if (!child || born === undefined) return [];
    children.push({ names: nameWords((child[1] ?? '').toLowerCase()).sort().join(' '), birth: `${born.year}-${born.month}-${born.day}`, age: ageAt(born, asOf) ?? -1 });
  }
  return children;
}

/** A list of the record's person's companions, without them (see fellowTravellersOf). */
const COMPANIONS_LIST = /accompanying|companions|fellow|mitreisende|begleit/i;

/** An organisation's name column (see ColumnState.orgName). */
// Not a bare "store": a purchase's (an in-app purchase's APPLE or GOOGLE, a till's shop), not whose the record is.
const ORGANISATION_NAME = /(?:^|[^a-z])(?:(?:organi[sz]ation|company|business|firm|legal[ _-]?entity|branch)(?:[ _-]?(?:legal[ _-]?)?name(?![a-z])|$)|store[ _-]?(?:legal[ _-]?)?name(?![a-z]))/i;
/** A person's own choice of a store or a branch (Amplitude's "user_properties.preferred_store"): theirs, no organisation's record. */
const CHOSEN_ORGANISATION = /(?:^|[^a-z])(?:preferred|favou?rite|home|usual|default|nearest|my|regular|selected|chosen)[ _-]?(?:store|branch|business)/i;
/** A column of a clinician's professional details (NPPES's "Provider Credential Text", a directory's specialty). */
const CLINICIAN_COLUMN = /^(?:(?:provider|clinician)[ _]?)?(?:credentials?|credential[ _]text|specialty|speciality|taxonomy(?:[ _]code)?|board[ _]certification)$/i;
/** A clinician's name column ("Provider Last Name (Legal Name)", "prescriber_name"). */
const PROVIDER_NAME = /(?:^|[^a-z])(?:provider|practitioner|physician|clinician|prescriber|doctor|dentist|pharmacist)(?![a-z])/i;
/** A party whose relationship to the record's person a column beside theirs may give: a household's, a contact's. */
const RELATIVE_PARTY = /^(?:parent|legalguardian|guardian|mother|father|emergencycontact|kontakdarurat|nextofkin|kin|familiar)/;

const HOUSEHOLD_PARTY = /^(?:parent|legalguardian|guardian|wettelijk|gesetzlich|repr[eé]sentant|представитель|родитель|опекун|mother|father|mere|pere|eltern|erziehungsberechtigte|huoltaja|tutor|tuteur|tutore|opiekun|matki|ojca|rodzic|v[aå]rdnadshavare|m[aå]lsman|foresatt|for(?:æ|ae|a)?lder|foreldre|v(?:æ|ae|a)rge|ouder|verzorger|genitor|mutter|vater|madre|padre|m[aã]e|apoderad|vecaks|aizbildn|lapsevanem|eestkostja|t[eė]vai|glob[eė]jas|z[aá]konn|sz[uü]l[oő]|gondvisel|responsable|respons[aá]vel|encarregad)/;

/** Relatives and a person's own contacts (a spouse, a child, a next of kin; see countParty), besides HOUSEHOLD_PARTY's parents. */
const FAMILY_PARTY = new RegExp(String.raw`^(?:spouse|partner|conjoint|ehepartner|ehegatte|lebenspartner|epoux|epouse|conyuge|cónyuge|coniuge|child|kid|infant|baby|newborn|kind|enfant|hijo|hija|figlio|figlia|kinderen|dependent|dependant|sibling|brother|sister|husband|wife|nextofkin|emergencycontact|notfallkontakt|kontakdarurat|anh[oö]rig|n[aä]rst[aå]ende|p[aå]r[oø]rende|omainen|carer|caregiver|`
  // A companion who comes with the record's person (a conference's "Begleitperson", a travel agency's "acompanhante", a fellow traveller).
  + String.raw`begleitperson|companion|accompanying|additionalguest|mitreisende|acompanhante|acompa(?:ñ|n)ante|accompagnat|`
  // A household's lists: a family plan's profiles, a family's members, its children, a dwelling's occupants.
  + String.raw`profiles|children|familymembers|family|household|occupant|`
  // A health insurer's dependants (see PARTY_WORDS).
  + String.raw`ayantsdroit|personnesacharge|personen?tenlaste)`, 'u');

/**
 * The country a Cyrillic header's letters say: Serbia's, North Macedonia's, Kazakhstan's, Belarus's and Ukraine's by letters
 * only they use; else Russia's ("8 (916) 123-45-67", its national mobiles, are not North American numbers), unless it has
 * Bulgarian's ъ and none of Russian's ы, э and ё: no country.
 */
function cyrillicCountry(header: string): string | undefined {
  if (!/\p{Script=Cyrillic}/u.test(header)) return undefined;
  const lower = header.toLowerCase();
  if (/[ђјљњћџ]/.test(lower)) return 'RS';
  if (/[ѓќѕ]/.test(lower)) return 'MK';
  if (/[әғқңөұүһ]/.test(lower)) return 'KZ';
  if (/ў/.test(lower)) return 'BY';
  if (/[іїєґ]/.test(lower)) return 'UA';
  return /[ыэё]/.test(lower) || !/ъ/.test(lower) ? 'RU' : undefined;
}

/** Characters of column names written only in simplified Chinese (号码, 电话, 证, 区, 县; traditional 號碼, 電話, 證, 區, 縣): mainland China's. */
const SIMPLIFIED_CHINESE = /[号码电话证区县户别龄邮国员单货买卖价额订联职门称务银账医诊断疗药检验结险编项齐]/;

/** The oldest someone born in `year` (and `month`, 0 when not known) can be at `asOf`: a child born in 2014 is certainly under 13 on 2026-11-24. */
function oldestAge(year: number, month: number, asOf: Date): number {
  return asOf.getUTCFullYear() - year - (month > asOf.getUTCMonth() + 1 ? 1 : 0);
}

/** Whether one name's words (sorted, space-separated) are all the other's, two at least: a name with or without a middle name. */
function withinName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(' ');
  const all = new Set(long.split(' '));
  return words.length >= 2 && words.every((word) => all.has(word));
}

/** A column name's last segment ("insuredPersons.partyId" → "partyId"). */
const lastSegment = (name: string): string => name.slice(name.lastIndexOf('.') + 1).replace(/\[\]$/, '');

/** Whether all a party's row says of who they are is one phone number. */
const knownByPhoneAlone = (party: PartyRow): boolean => party.phone !== undefined && party.key === `${party.phone.toLowerCase()}\u0000`;

const MAX_PARTIES = 16;
/** How many of a JSON document's first records may name its key column (see add). */
export const KEY_SEARCH_RECORDS = 1_000;
/** Longest cell read as a JSON object (see detectJsonCell); longer ones are read as text. */
const MAX_JSON_CELL = 64 * 1024;
/** The party of the key's person's columns on a dependant's row (see classifyRow). */
const KEY_PERSON = 'key-person';

/** Places a party where another lives (a spouse, a child: see placeSpouses). */
function placeWith(party: PartyRow, home: PartyRow): void {
  Object.assign(party, { country: home.country, state: home.state, zip: home.zip, address: home.address, zipCountry: home.zipCountry });
}

/**
 * The key picked by the columns' names, else the column of its people's emails: a device's id (an IMEI, an advertising id) or an
 * IBAN keys the records only where no column holds its person's email (an MDM export's "Primary user UPN" beside the IMEI).
 */
function withoutDeviceKey(picked: string | undefined, email: string | undefined): string | undefined {
  return picked !== undefined && (email === undefined || (subjectKeyRank(picked) ?? 0) < 4) ? picked : email;
}

/**
 * The holder of the account that pays for the record's person (a club's "Kontoinhaber" on a child member's row): a member of
 * that name at the record's address is them (see nameAtHome). Not a relative or a contact: students of one hall share an address.
 */
const ACCOUNT_HOLDER_PARTY = /^(?:kontoinhaber|guarantor|titulaireducompte|accountholder|payer|zahler|beitragszahler|cardholder|bankaccountholder)/;

/**
 * The name on the card or the bank account a record's payment was made with ("payment.cardholder_name", "Name on Card", an energy
 * supplier's "Bank Account Name" for its direct debit): where the records name one, the card's or the account's columns are its
 * holder's, a party who is the record's own person unless named as another (see selfParties).
 */
const PAYMENT_HOLDERS: ReadonlyArray<{ readonly role: string; readonly name: RegExp; readonly hints: ReadonlySet<string | undefined>; readonly columns?: RegExp }> = [
  { role: 'cardholder', name: /(?:^|[ _.-])(?:card[ _-]?holder(?:[ _-]?name)?|name[ _-]on[ _-]card|karteninhaber(?:[ _-]?name)?|titulaire[ _-]de[ _-]la[ _-]carte)$/i,
    hints: new Set(['payment-card', 'card-security-code']) },
  // (Not a bare "Account Holder Name": a carrier's or a utility's customer, whose account it is; one in a bank's details is the
  // bank account's: Deel's "payout.bank_details.account_holder_name".)
  { role: 'bankaccountholder', name: /(?:^|[ _.-])(?:bank[ _-]?account[ _-]?(?:holder[ _-]?)?name|name[ _-]on[ _-]bank[ _-]?account|bank[ _-]?(?:details|account|info)\.account[ _-]?holder(?:[ _-]?name)?|(?:direct[ _-]?debit|dd)[ _-]?account[ _-]?(?:holder[ _-]?)?name)$/i,
    hints: new Set(['bank-account', 'iban', 'routing-number']), columns: /(?:^|[ _.-])(?:sort[ _-]?code|bsb|bic|swift(?:[ _-]?code)?|blz)$/i },
  // A German direct debit's account holder (a music school's parent paying for a pupil): the IBAN beside is theirs.
  { role: 'kontoinhaber', name: /^(?:kontoinhaber(?:in)?|zahlungspflichtige[rn]?)$/i, hints: new Set(['bank-account', 'iban']), columns: /(?:^|[ _.-])(?:bic|blz)$/i },
];

/**
 * Whether a card's holder's name words are the record's person's: every full word theirs; two of them, or one and its initials
 * the record's other words' ("REBECCA J MARSH" and "O MARSH" are Rebecca and Oliver Marsh; "O MARSH" is not Rebecca).
 */
function namesHolder(holder: string, own: string): boolean {
  const words = own.split(' ');
  const held = holder.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !HOLDER_TITLES.has(word));
  const full = held.filter((word) => word.length > 1);
  if (full.length === 0 || !full.every((word) => words.includes(word))) return false;
  return full.length >= 2 || held.every((word) => word.length > 1 || words.some((ownWord) => !full.includes(ownWord) && ownWord.startsWith(word)));
}
/**
 * A role whose holder, named at the record's address, is the member of that name there: an account or card holder, or a parent
 * or guardian (a family's visa applications: the daughter's father is the applicant of his name at their home).
 */
const isHomeAlias = (party: string): boolean => ACCOUNT_HOLDER_PARTY.test(party) || HOUSEHOLD_PARTY.test(party);

/** Roles that are the record's own person where they bear the record's own name (see countParty). */
const OWN_NAMESAKE_PARTIES: ReadonlySet<string> = new Set(['bookingcontact', 'recipient', 'ticketholder']);

/** Whether a party's own columns gave where they live. */
const isPlaced = (party: PartyRow): boolean => party.country !== undefined || party.state !== undefined || party.zip !== undefined || party.address !== undefined;

const newParty = (): PartyRow => ({
  touched: false, seq: 0, mask: 0, age: -1, email: undefined, key: '', country: undefined, state: undefined, zip: undefined, address: undefined, hi: 0, lo: 0, names: '', birth: '', phone: undefined, phoneCountry: undefined, maybeSelf: false, child: false, accused: false, id: undefined, organisation: false, self: false, seller: false, holder: false, listed: false, listId: undefined, birthYear: 0, birthMonth: 0, zipCountry: undefined, family: false, homeRole: false,
});

/** A record a US state may place, once the whole export is seen (see settlePendingZips). */
interface PendingZip {
  readonly keyed: boolean;
  readonly hi: number;
  readonly lo: number;
  readonly state: string;
  readonly mask: number;
  /** A shared state code's column ("WA"), placed when the column showed no other country's regions; else a ZIP code's state. */
  readonly column?: ColumnState;
  /** The country the shared code also names ("CA" Canada after a city), where the record goes when its column showed other countries. */
  readonly country?: string | undefined;
}

/** A person whose age flags depend on the order of a column's dates, settled at the end. */
interface PendingAge {
  readonly column: ColumnState;
  /** The flags the row gets month first and day first. */
  readonly monthFirst: number;
  readonly dayFirst: number;
  /** The order of the record's country, for a column that never shows its own. */
  readonly byCountry: DateOrder;
  readonly keyed: boolean;
  readonly hi: number;
  readonly lo: number;
  readonly place: number;
}

/** The order a column's dates showed: the more frequent of day first and month first. */
function learnedOrder(column: ColumnState): DateOrder | undefined {
  if (column.dayFirstDates > column.monthFirstDates) return 'dmy';
  if (column.monthFirstDates > column.dayFirstDates) return 'mdy';
  return undefined;
}

/** The younger of two ages (-1: none). */
function youngest(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The flags of a person's age (-1: no age). */
function ageFlags(age: number): number {
  if (age < 0) return 0;
  return FLAG.withBirthDate | (age < 13 ? FLAG.under13 : 0) | (age < 16 ? FLAG.under16 : 0);
}

/** Adds one row person with `mask` to a place of a tally. */
function countInPlace(tally: Tally, place: number, mask: number): void {
  let entry = tally.places.get(place);
  if (!entry) {
    entry = { subjects: 0, bits: new Array<number>(MASK_BITS).fill(0) };
    tally.places.set(place, entry);
  }
  entry.subjects++;
  for (let bit = 0; bit < MASK_BITS; bit++) if (mask & (1 << bit)) entry.bits[bit] = (entry.bits[bit] ?? 0) + 1;
}

const SINGAPORE_END = /(?:^|[\s,])singapore\s*,?\s*(?:S\s*)?\(?\d{6}\)?\s*$/i;

/** What the end of an address says: a country, a ZIP code, a US state that agrees with it. */
interface AddressPlace {
  readonly country?: string | undefined;
  readonly zip?: string | undefined;
  readonly state?: string | undefined;
  /** A US state's code or name after a city that is also a country's ("San Diego, CA", "Atlanta, Georgia"): `country` or this state, as the column shows. */
  readonly sharedState?: string | undefined;
}

interface HeldRow {
  mask: number;
  place: number;
  holds: number;
}

export class RecordClassifier implements DetectionSink {
  private recordsScanned = 0;
  /** What the reader could not read (see Classification.sourceIncomplete). */
  private incomplete: SourceIncomplete | undefined;
  private subjectKey: string | null | undefined;
  /** The caller named the subject key (not chosen from the column names). */
  private readonly namedKey: boolean;
  private readonly fingerprinter: Fingerprinter;
  /** Fingerprints of memoised values (see ValueMemo), seeded apart from the subject keys'. */
  private readonly memoFingerprinter: Fingerprinter;
  private readonly people: PeopleTable;
  private readonly columns = new Map<string, ColumnState>();
  private readonly openProbations = new Set<Probation>();
  private readonly places = new Places();
  private readonly countryLookup = new LookupCache(countryCodeOf);
  /** A country column's values, which may also be one-letter vehicle codes ("D", "A"): see countryColumnCodeOf. */
  private readonly countryColumnLookup = new LookupCache(countryColumnCodeOf);
  private readonly stateLookup = new LookupCache(usStateOf);
  private readonly provinceLookup = new LookupCache(provinceCountryOf);
  /** Affected people's addresses for the notice, each with the place of the records that hold it. */
  private readonly emails = new Map<string, number>();
  private readonly collectEmails: boolean;
  /** The row's subject addresses, noted with its place once the row is read. */
  private readonly rowEmails: string[] = [];
  private rowEmailCount = 0;
  readonly asOf: Date;

  // Row persons (no subject key): counted as each row ends, unless held for a probation.
  private readonly rowTally: Tally = { subjects: 0, bits: new Array<number>(MASK_BITS).fill(0), places: new Map(), exact: true };
  private readonly heldRows = new Map<number, HeldRow>();

  // Header-bound rows (CSV): column states by position.
  private rowColumns: ColumnState[] | undefined;
  private rowKeyIndex = -1;
  /** The names `setColumns` gave, for telling another export's header among the rows (see headerAgain). */
  private rowNames: readonly string[] = [];
  private rowNameSet: ReadonlySet<string> = new Set();
  /**
   * The columns changed mid-file: another export's header, in another order or width (see addRow).
   * A file read in parts (see parallel.ts) is then read again in one: the parts after that header
   * began with the first one's names.
   */
  reheaded = false;

  // The row being classified (the DetectionSink side).
  private current: ColumnState = undefined as unknown as ColumnState;
  private rowMask = 0;
  private rowAge = -1;
  /** The row's age is a birth date's (or a national number's), not an age column's (see age). */
  private rowAgeOfBirth = false;
  /** The youngest age the row's national numbers' birth dates give, -1 for none: the row's own where it gives no birth date (see classifyRow). */
  private rowIdAge = -1;
  private rowPhoneCountry: string | undefined;
  /** The row holds a US bank's routing number (see validated). */
  private rowUsBank = false;
  private rowNumber = 0;
  private rowHi = 0;
  /** The names the row's own name columns give, in a record that names other people (see countParty's booking contact). */
  private rowOwnName = '';
  private rowLo = 0;
  private rowKeyed = false;
  /** The row's key as its person is known by it (see classifyRow), '' for a row without one. */
  private rowKeyPerson = '';
  private rowPlace = 0;
  private rowHeld = false;
  /** A keyed row's value is on probation (see probable): what else the row holds may be its person's, as a held row's is. */
  private rowProbable = false;
  /** The subject-key column's state, once known (its hint says whether keys are emails). */
  private keyColumn: ColumnState | undefined;
  /** A relationship column was seen: a record's person is the key's person with the record's relationship, names and birth date. */
  private byRelationship = false;
  /** A column names whom an order is shipped to (see ColumnState.shipping). */
  private shipsToNames = false;
  /** The gift recipient's party when an "address" object names its addressee (see isAddresseeName), else -1. */
  private addresseeParty = -1;
  /** The caller named no key and did not ask for a person per record. */
  private readonly keyLeftToUs: boolean;
  /** See ClassifierOptions.subjectKeySettled. */
  private readonly keySettled: boolean;
  /** No key column: a person is their name and date of birth, when the records give both (see nameAndBirthOf). */
  private byNameAndBirth: boolean | undefined;
  /** The other people records describe (see partyOf), their state in the row being read. */
  private readonly partyNames: string[] = [];
  private readonly parties: PartyRow[] = [];
  private readonly touchedParties: PartyRow[] = [];
  /** The row's earlier people of a list (guardians[0] when guardians[1] begins), counted at the row's end. */
  private readonly finishedParties: PartyRow[] = [];
  private inParty = false;
  /** The row's birth dates that read either way, and their column (see ambiguousAge). */
  private rowDateColumn: ColumnState | undefined;
  private rowAgeMonthFirst = -1;
  private rowAgeDayFirst = -1;
  /** The row's date of birth in parts (see birthPart); 0 when not given. */
  private rowBirthYear = 0;
  private rowBirthMonth = 0;
  private rowBirthDay = 0;
  private readonly pendingAges: PendingAge[] = [];
  /**
   * Records placed by nothing but a US ZIP code, and how the placed records with one were placed;
   * and records placed by nothing but a state code other countries share, in their column (see
   * settlePendingZips).
   */
  private readonly pendingZips: PendingZip[] = [];
  private zipsInUs = 0;
  private zipsElsewhere = 0;
  /** The row's shared state code waiting on its column (see pendShared), when nothing else placed the row. */
  private rowShared: readonly [string, ColumnState, string?] | undefined;
  country: string | undefined;

  constructor(options: ClassifierOptions = {}) {
    this.subjectKey = options.subjectKey;
    this.namedKey = typeof options.subjectKey === 'string' && options.subjectKeyChosen !== true;
    this.keyLeftToUs = options.subjectKey === undefined || options.subjectKeyChosen === true;
    this.keySettled = options.subjectKeySettled === true;
    const salt = options.subjectHashSalt ?? randomBytes(16).toString('hex');
    const seed = createHash('sha256').update(salt).digest();
    this.fingerprinter = new Fingerprinter(seed.readUInt32LE(0), seed.readUInt32LE(4));
    this.memoFingerprinter = new Fingerprinter(seed.readUInt32LE(8), seed.readUInt32LE(12));
    this.asOf = options.asOf ?? new Date();
    this.collectEmails = options.collectEmails ?? true;
    this.people = new PeopleTable(options.exactSubjectLimit ?? CLASSIFIER_LIMITS.exactSubjects);
  }

  /** The subject-key column in use: a name, null for "one person per row", undefined until the first row. */
  get chosenSubjectKey(): string | null | undefined {
    return this.subjectKey;
  }

  /** The reader skipped lines, or the source ends inside a record (see Classification.sourceIncomplete). */
  /** Records were skipped, and which line the first one starts on is not known (a part of a file read from its middle: see classifyFile). */
  get skippedWithoutLine(): boolean {
    return (this.incomplete?.skippedLines ?? 0) > 0 && this.incomplete?.firstSkippedLine === undefined;
  }

  readIncomplete({ skippedLines, firstSkippedLine, cutShort }: SourceIncomplete): void {
    this.incomplete = bothIncomplete(this.incomplete, { skippedLines, ...(firstSkippedLine === undefined ? {} : { firstSkippedLine }), cutShort });
  }

  /** Rows read so far. */
  get records(): number {
    return this.recordsScanned;
  }

  /** Bytes held for counting people (the exact table or the sketches). */
  get peopleBytes(): number {
    return this.people.bytes;
  }

  // ---- input: objects (JSON, inline samples) -------------------------------------------------

  add(record: Record<string, unknown>): void {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new ValidationError(`Record ${this.recordsScanned + 1} is not an object of column names to values`);
    }
    // A FHIR Patient's "contact" entries are their next of kin and guardians, other people than the patient.
    const flat = flattenRecord(record.resourceType === 'Patient' && Array.isArray(record.contact) ? { ...record, contact: undefined, nextOfKin: record.contact } : record);
    const attribute = attributeRow(flat);
    const own = attribute?.fields ?? flat;
    const fields = withTokenClaims(CONTACT_TRACE_VERSION in record ? withoutContactCentreFields(own) : own);
    // An attribute's row is its person's, whatever it holds (a billing state alone places them).
    this.attributeOfPerson = attribute?.owned ?? false;
    // A FHIR resource is about the patient it references (a Patient is that patient), whatever its own id.
    const patient = this.namedKey ? undefined : fhirPatientOf(record);
    if (patient !== undefined) this.subjectKey ??= FHIR_SUBJECT;
    // An audit event (CloudTrail, Azure Activity Log, Google Cloud audit log) is its caller's, when the caller is a person (see callerOfAuditEvent).
    const principal = this.namedKey || patient !== undefined ? undefined : callerOfAuditEvent(record);
    if (principal !== undefined && (this.subjectKey === undefined || this.subjectKey === null)) this.subjectKey = CLOUDTRAIL_SUBJECT;
    // A dump's row is known by its names (see SQL_ROW in sql.ts).
    if (SQL_ROW in record && this.keyLeftToUs && (this.subjectKey === undefined || this.subjectKey === null)) this.subjectKey = SQL_ROW;
    if (this.recordsScanned < KEY_SEARCH_RECORDS) {
      const names = fields.map(([name]) => name);
      if (!this.sellersApart && namesBothSides(names)) this.sellersApart = true;
      this.namesRecipient ||= names.some(isRecipientName);
      this.notePaymentHolders(names);
      this.noteNameParts(names);
      this.noteColumnNames(names);
    }
    const states = fields.map(([name]) => this.columnState(name));
    // Records of a document differ in their fields (a log's first line may be the runtime's, not a
    // user's): while none has shown a key column, each of the first records may name it.
    // A bare id chosen from the first records (an Elasticsearch dump's "_id", its cluster's own documents first) gives way
    // to a person's id or email that a later one of them shows ("_source.customer_id").
    const weakKey = typeof this.subjectKey === 'string' && this.keyLeftToUs && !this.keySettled && this.recordsScanned < KEY_SEARCH_RECORDS
      && (subjectKeyRank(this.subjectKey) ?? 0) >= 3;
    if (this.subjectKey === undefined || weakKey || (this.subjectKey === null && this.keyLeftToUs && !this.keySettled && this.recordsScanned < KEY_SEARCH_RECORDS)) {
      const before = this.subjectKey;
      const fieldNames = fields.map(([column]) => column);
      let picked = this.ownPartyKey(fieldNames) ?? withoutDeviceKey(this.pickKey(fieldNames.filter((column) => !this.sellersApart || !isMarketplaceSeller(column))), emailFieldOf(fields, states)) ?? null;
      // A field of a logged request's body (a login's "request_body.email") is one line's, not the log's key: the log is its requesters'.
      if (picked !== null && REQUEST_BODY_FIELD.test(picked) && requesterOf(fields) !== undefined) picked = null;
      if (!weakKey || (picked !== null && (subjectKeyRank(picked) ?? 3) < 3)) this.subjectKey = picked;
      if (this.subjectKey !== null && this.subjectKey !== before) {
        // What was judged of the key while there was none is judged again.
        const chosen = this.subjectKey;
        this.forgetKey();
        this.subjectKey = chosen;
      }
    }
    // A request logged as JSON without a key field (AWS WAF's) is its requester's (see requesterOf).
    const requester = (this.subjectKey === null && this.keyLeftToUs) || this.subjectKey === REQUEST_SUBJECT ? requesterOf(fields) : undefined;
    if (requester !== undefined) this.subjectKey = REQUEST_SUBJECT;
    let key: string | undefined = patient ?? (this.subjectKey === CLOUDTRAIL_SUBJECT ? principal || undefined : requester?.join('\n') || undefined);
    for (let i = 0; i < fields.length; i++) {
      const [name, value] = fields[i] ?? ['', ''];
      if (key === undefined && name === this.subjectKey && !isBlankKey(value)) key = value;
      if (name === this.subjectKey && isNoAccount(value)) {
        this.recordsScanned++;
        return;
      }
    }
    // A log's lines name their person's id at different depths (a signup's "body.userId", then a login's "userId"):
    // a record without the chosen key is known by a person's id of the same name elsewhere in it.
    if (key === undefined && this.keyLeftToUs && typeof this.subjectKey === 'string') key = sameKeyElsewhere(fields, this.subjectKey);
    const values = fields.map(([, value]) => value);
    // The email a request's bearer token carries in its claims (read in memory) is the request's too: read under the token's header.
    // (Only where the request has one: an email its URL carries encoded, "a%40b.com", is read in the URL.)
    const authorization = requester === undefined ? undefined : fields.find(([name]) => /authorization$/i.test(name))?.[0];
    const claimed = authorization === undefined ? undefined : requester?.find((alias) => alias.includes('@') && !values.some((value) => value.toLowerCase().includes(alias)));
    if (authorization !== undefined && claimed !== undefined) {
      states.push(this.columnState(authorization));
      values.push(claimed);
    }
    // A service's or software's event holds its session's keys (AssumeRole's session token, without
    // the secret key CloudTrail never logs), no one's credentials.
    this.classifyRow(states, values, key, principal === '' ? MACHINE_TRACES | CREDENTIAL_FLAGS : MACHINE_TRACES | TOKEN_FLAGS,
      patient !== undefined && FHIR_CLINICAL.has(String(record.resourceType)));
  }

  // ---- input: rows under a header (CSV) ------------------------------------------------------

  /**
   * Declares the columns of the rows that `addRow` will receive. `emailColumn`, a column whose
   * values are email addresses (see emailKeyColumn), is the subject key when no name says one;
   * `subjectColumn` (a log line's person: see logLayout) is the key whatever the names say.
   */
  setColumns(fileNames: readonly string[], emailColumn?: string, subjectColumn?: string): void {
    // A tool's bare field names read as what they hold there (see toolReadings); the file's names are the ones shown.
    const readings = toolReadings(fileNames);
    const names = readings.size === 0 ? fileNames : fileNames.map((name) => readings.get(name) ?? name);
    for (const [name, reading] of readings) this.shownNames.set(reading, name);
    const readAs = (name: string | undefined): string | undefined => (name === undefined ? undefined : readings.get(name) ?? name);
    if (typeof this.subjectKey === 'string') this.subjectKey = readAs(this.subjectKey);
    // A marketplace's sellers are other people than its buyers, whose records these are.
    if (!this.sellersApart && namesBothSides(names)) this.sellersApart = true;
    this.namesRecipient ||= names.some(isRecipientName);
    this.notePaymentHolders(names);
    this.noteColumnNames(names);
    if (this.subjectKey === undefined) {
      this.subjectKey = readAs(subjectColumn) ?? this.ownPartyKey(names) ?? withoutDeviceKey(this.pickKey(this.sellersApart ? names.filter((name) => !isMarketplaceSeller(name)) : names), readAs(emailColumn)) ?? null;
    }
    this.noteNameParts(names);
    this.rowColumns = names.map((name) => this.columnState(name));
    // A header again among the rows is told by the file's names.
    this.rowNames = fileNames;
    this.rowNameSet = new Set(fileNames);
    this.rowKeyIndex = this.subjectKey === null ? -1 : names.indexOf(this.subjectKey);
    this.paymentKindIndex = paymentKindColumn(names);
    if (this.subjectKey !== null && this.rowKeyIndex < 0) throw missingSubjectKey(this.shownNames.get(this.subjectKey) ?? this.subjectKey, fileNames);
    this.attributeColumns = this.rowKeyIndex >= 0 && (subjectKeyRank(this.subjectKey as string) ?? 9) <= 1 ? attributeColumnsOf(names) : undefined;
  }

  /** A bank statement's column of payment kinds (see paymentKindColumn), or -1. */
  private paymentKindIndex = -1;
  /** The file's name of each column read under another name (see toolReadings). */
  private readonly shownNames = new Map<string, string>();

  /** The last row with a value was a title alone on its row: the next may be another table's header (see addRow). */
  private tableTitled = false;

  /** Lets the next columns or record choose the subject key again (what was judged of the old key is judged again). */
  private forgetKey(): void {
    this.subjectKey = undefined;
    this.keyColumn = undefined;
    this.personKey = undefined;
    this.bareIdKey = undefined;
    this.keyShared = undefined;
    this.keyBirthShared = undefined;
    this.keyIsPlatform = undefined;
  }

  /** Classifies one row of values in `setColumns` order (missing trailing values are blank). */
  addRow(values: readonly string[]): void {
    const columns = this.rowColumns;
    if (!columns) throw new Error('setColumns must be called before addRow');
    // The header again (two exports concatenated): no record. When it names the columns in another
    // order, or more or fewer of them, the rows after it are read under it.
    const header = this.rowNameSet.has(values[0]?.trim() ?? '') ? this.headerAgain(values) : undefined;
    // A spreadsheet's next table: a title alone on its row ("One-off donations"), then the table's own header.
    // So is a report's second table after its first's rows, its header sharing some of the first's names (Zoom's participants
    // report: the meeting's "Topic", "User Email", "Duration (Minutes)", then each participant's "Name (Original Name)", "User Email").
    if (!this.tableTitled && header === undefined && this.recordsScanned < 8
      && values.filter((value) => this.rowNameSet.has(value.trim())).length >= 2 && isOtherTableHeader(values, this.rowNames)) {
      this.reheaded = true;
      if (this.keyLeftToUs) this.forgetKey();
      this.setColumns(csvColumnNames(values));
      return;
    }
    if (this.tableTitled && header === undefined && !values.every((value) => value.trim() === '')) {
      this.tableTitled = false;
      if (isOtherTableHeader(values, this.rowNames)) {
        this.reheaded = true;
        // Its own key: the first table's key column is not among its columns.
        if (this.keyLeftToUs) this.forgetKey();
        this.setColumns(csvColumnNames(values));
        return;
      }
    }
    if (columns.length >= 3 && isTableTitle(values)) {
      this.tableTitled = true;
      // Words where the key's id would be, and nothing else: the title, no one's record.
      if (this.rowKeyIndex === 0 && !/\d/.test(values[0] ?? '')) {
        this.recordsScanned++;
        return;
      }
    }
    if (header !== undefined) {
      if (header.length !== this.rowNames.length || header.some((name, index) => name !== this.rowNames[index])) {
        this.reheaded = true;
        this.setColumns(header);
      }
      return;
    }
    const key = this.rowKeyIndex >= 0 ? values[this.rowKeyIndex] : undefined;
    // A statement's payment by card or direct debit: the merchant's or the creditor's, no one's (see statements.ts).
    if ((key !== undefined && isNoAccount(key)) || (this.paymentKindIndex >= 0 && isMerchantPayment(values[this.paymentKindIndex] ?? ''))) {
      this.recordsScanned++;
      return;
    }
    // A form's row of instructions under the header ("required", "format: DD/MM/YYYY", "leave blank if none"): no one.
    if (this.recordsScanned < 3 && isInstructionRow(values)) return;
    // A report's footer under its rows ("Grand Totals (1 records)", "Confidential Information - Do
    // Not Distribute", "Generated By: ..."): one field, a phrase, in a table of several named columns
    // whose rows have nearly all been whole (not lines of text read as a table). Read, no one's.
    if (values.length === columns.length) this.wholeRows++;
    else if (values.length === 1 && columns.length >= 3 && this.wholeRows > 0 && this.wholeRows >= 0.9 * (this.recordsScanned - this.reportLines)
      && !POSITIONAL_NAME.test(columns[0]?.profile.name ?? '') && isReportLine(values[0] ?? '')) {
      this.recordsScanned++;
      this.reportLines++;
      return;
    }
    // A totals row under the rows (Sage 50's ",,,,,,Totals,99999.00,,,"), without a key: read, no one's.
    if ((key === undefined || isBlankKey(key)) && isTotalsRow(values)) {
      this.recordsScanned++;
      return;
    }
    const attribute = this.attributeColumns;
    if (attribute !== undefined) {
      // One field of the key's person per row: its value is read under the field's name.
      const name = values[attribute[0]]?.trim();
      if (name) this.classifyRow([this.columnState(name)], [values[attribute[1]] ?? ''], key !== undefined && !isBlankKey(key) ? key : undefined);
      else this.recordsScanned++;
      return;
    }
    // An access log's line that names no one holds no one's credentials either: a partner's script calling with its API key
    // in the query is a machine's call, not a person per line (see MACHINE_TRACES).
    this.classifyRow(columns, values, key !== undefined && !isBlankKey(key) ? key : undefined, this.subjectKey === LOG_SUBJECT ? MACHINE_TRACES | CREDENTIAL_FLAGS : MACHINE_TRACES | TOKEN_FLAGS);
  }

  /**
   * The names of a row that is a header (see addRow): every name of the current header is among
   * its values (the same columns, in any order, or more), or every one of its values is one of
   * those names (fewer columns).
   */
  private headerAgain(values: readonly string[]): string[] | undefined {
    if (values.length < 2) return undefined;
    const names = csvColumnNames(values);
    const given = new Set(names);
    if (this.rowNames.every((name) => given.has(name) || POSITIONAL_NAME.test(name))) return names;
    return values.every((value) => value.trim() !== '') && names.every((name) => this.rowNameSet.has(name)) ? names : undefined;
  }

  /** Rows as wide as the header, and lines of a report's footer (see addRow). */
  private wholeRows = 0;
  private reportLines = 0;
  /** The attribute's name and value columns of an entity-attribute-value table keyed by its person (see attributeColumnsOf). */
  private attributeColumns: readonly [number, number] | undefined;
  /** The record being read is an attribute of its person (see attributeRow). */
  private attributeOfPerson = false;

  // ---- the row ------------------------------------------------------------------------------

  private questionsOf: readonly ColumnState[] | undefined;
  /** The positions of each "Question N" and its "Response N" in the columns last seen (see withQuestions). */
  private questionPairs: ReadonlyArray<readonly [number, number]> = [];
  /** The columns with each answer under its question, by the questions asked (one set per event type, as a rule). */
  private readonly answered = new Map<string, readonly ColumnState[]>();

  /**
   * A form's answers under their questions: Calendly's "Question 1" holds the question ("Date of birth", "Medical conditions
   * we should know about") and "Response 1" the answer, read as a column of the question's name would be.
   */
  private withQuestions(columns: readonly ColumnState[], values: readonly string[]): readonly ColumnState[] {
    if (columns !== this.questionsOf) {
      this.questionsOf = columns;
      this.questionPairs = questionPairsOf(columns);
      this.answered.clear();
    }
    if (this.questionPairs.length === 0) return columns;
    let asked = '';
    for (const [question] of this.questionPairs) asked += `${values[question] ?? ''}\u0000`;
    let answered = this.answered.get(asked);
    if (answered === undefined) {
      const states = [...columns];
      for (const [question, answer] of this.questionPairs) {
        // A question that says nothing of its answer ("How did you hear about us?") leaves it a note.
        const text = values[question]?.trim() ?? '';
        const profile = text !== '' && text.length <= 120 ? describeColumn(text) : undefined;
        if (profile !== undefined && (profile.hint !== undefined || profile.notes)) states[answer] = this.columnState(text);
      }
      answered = states;
      if (this.answered.size < 256) this.answered.set(asked, answered);
    }
    return answered;
  }

  /** `traces`: what a line of a keyed log without its key may hold and still be no one's (see MACHINE_TRACES). */
  private classifyRow(answeredIn: readonly ColumnState[], values: readonly string[], key: string | undefined, traces = MACHINE_TRACES, clinical = false): void {
    const columns = this.withQuestions(answeredIn, values);
    const row = this.recordsScanned++;
    // An actuarial life table (age, qx, lx, dx, ex by sex): a population's figures per age, no one's record.
    if (columns !== this.lifeTableOf) {
      this.lifeTableOf = columns;
      this.lifeTable = columns.filter((column) => LIFE_TABLE_COLUMN.test(column.profile.name.trim())).length >= 3;
    }
    if (this.lifeTable) return;
    this.rowNumber = row;
    this.rowAnimals = this.aboutAnimals(columns);
    this.rowMask = 0;
    this.rowAge = -1;
    this.rowAgeOfBirth = false;
    this.rowIdAge = -1;
    this.rowBirthYear = 0;
    this.rowBirthMonth = 0;
    this.rowBirthDay = 0;
    this.rowPhoneCountry = undefined;
    this.rowUsBank = false;
    this.rowHeld = false;
    this.rowProbable = false;
    /** A keyless row's name alone and what else keyed it (see memberAliases), when it has a name. */
    let nameAlias: readonly [string, string] | undefined;
    if (key === undefined && this.subjectKey === null && this.keyLeftToUs) {
      // Without a key column, a name and a date of birth together identify a person (a pharmacy's
      // fills, a clinic's visits): each pair is one person however many records hold it.
      this.byNameAndBirth ??= hasNameAndBirth(columns);
      const born = this.byNameAndBirth ? nameAndBirthOf(columns, values, this.asOf.getUTCFullYear()) : undefined;
      if (born !== undefined) {
        key = born;
        const alone = nameAloneOf(columns, values);
        if (alone !== undefined) nameAlias = [`\u0008${alone}`, born];
      }
      // Without a birth date (none in the export, or this row's blank: an electoral register's "Elector DOB", given for
      // attainers only), the person's national number when it is valid (a Swedish clinic's personnummer on each
      // visit), else a name and a postcode or street (a donor list, as the FEC tells its donors apart): a person who gave twice is one.
      // So is a name at one phone number (a holiday let's guest who stayed thrice). A row without the birth date and
      // without an address (a guard's second report on one shoplifter) is the name's, one person with the name's birth
      // date unless the export gives the name two (see memberAliases).
      else {
        key = nationalNumberOf(columns, values);
        if (key === undefined) {
          const qualified = nameAndAddressOf(columns, values, true) ?? ownPhoneOf(columns, values, true);
          // A schedule or a directory of clinicians: each is one person by their NPI however many rows (appointment slots) name them.
          key = qualified ?? (this.aboutClinicians(columns) ? providerNpiOf(columns, values) : undefined);
          // Else a name alone: a leave tracker's employee, a fleet's GPS fixes by driver, an athlete in each race's results.
          const alone = key === qualified ? nameAloneOf(columns, values) : undefined;
          key ??= alone;
          // A name at a phone or an address and the same name alone on other rows (a caller's incidents, some with a callback
          // number) are one person, unless the name is at two (namesakes): decided on the whole export (see memberAliases).
          if (alone !== undefined) nameAlias = [`\u0008${alone}`, qualified ?? ''];
        }
      }
    }
    const keyColumn = this.keyColumn ?? (this.subjectKey ? (this.keyColumn = this.columns.get(this.subjectKey)) : undefined);
    // A chosen email key that holds no address (an Excel totals row's "4") identifies no one: the row goes keyless.
    if (key !== undefined && !this.namedKey && keyColumn?.profile.hint === 'email' && !key.includes('@') && !isHashedValue(key.trim())) key = undefined;
    // A Segment event before its visitor signed in (a page view) is their anonymousId's, which their identify and later events
    // link to their userId.
    const anonymous = this.segmentEvents ? anonymousIdOf(columns, values) : undefined;
    let aliases: string[] | undefined;
    if (key !== undefined && anonymous !== undefined) aliases = [anonymous];
    // So is a Mixpanel device's distinct_id ("$device:<id>") before its user signed in: their later events carry its $device_id.
    const device = this.mixpanelEvents && key !== undefined ? fieldValueOf(columns, values, MIXPANEL_DEVICE_FIELD) : undefined;
    if (device !== undefined && key !== `$device:${device}`) (aliases ??= []).push(`$device:${device}`);
    // A GA4 user signed in on two browsers or devices: two user_pseudo_ids, one user_id.
    const user = this.subjectKey === GA4_KEY && key !== undefined ? fieldValueOf(columns, values, 'user_id') : undefined;
    if (user !== undefined) (aliases ??= []).push(`user_id:${user}`);
    // A record without its key is keyed by its own person's email or identity document, when it has
    // one: a Redis session's "passport.user.email" next to the users' "email", a guest checkout's
    // email where customers have an id, a passenger's passport where the lead passenger's email is the
    // key; else by their name and birth date (a debtor whose email is "N/A" on some debts), at an address or a phone, or
    // alone (a hotel lock audit's guest event, whose "User" is the staff card's and blank: 517 people for 194 guests).
    if (key === undefined && !this.namedKey && typeof this.subjectKey === 'string' && this.subjectKey !== CLOUDTRAIL_SUBJECT) {
      key = ownIdentifierOf(columns, values) ?? (hasNameAndBirth(columns) ? nameAndBirthOf(columns, values, this.asOf.getUTCFullYear()) : undefined)
        ?? (KEY_ALIASES.has(this.subjectKey) ? undefined : nameAndAddressOf(columns, values) ?? ownPhoneOf(columns, values) ?? nameAloneOf(columns, values, true)) ?? anonymous
        // Else its device's advertising id (an ad audience's madid on a row without a hashed email).
        ?? advertisingIdOf(columns, values);
    }
    // A message log (Twilio, Vonage): the customer is the "to" of an outbound message and the "from"
    // of an inbound one; the other end is the business's number, and the platform's account the
    // business's. The customer's reference, on the rows that carry one (Vonage's client_ref), is
    // linked to their number: a customer who changed numbers is one person.
    if ((key === undefined || this.platformKey()) && !this.namedKey && this.subjectKey !== CLOUDTRAIL_SUBJECT) {
      if (columns !== this.messageColumnsFor) {
        this.messageColumnsFor = columns;
        this.messageColumns = messageColumnsOf(columns);
      }
      const log = this.messageColumns;
      if (log) {
        const counterpart = counterpartOf(log, values);
        key = counterpart?.replace(/[\s().-]/g, '').replace(/^\+/, '');
        // The customer's number places the row, not the business's at the other end (its +1 would make every customer American);
        // '' when it names no country, so that the business's number does not either (see phoneCountry).
        if (counterpart !== undefined) this.rowPhoneCountry = phoneNumberVerdict(counterpart).country ?? '';
        const reference = log.reference < 0 ? undefined : values[log.reference]?.trim();
        if (key !== undefined && reference) aliases = [reference];
      }
    }
    const messageLog = this.messageColumns !== undefined && columns === this.messageColumnsFor;
    // A request's other names for its person (its session next to its email) are linked to the key (see requesterKeysOf).
    if (key !== undefined && KEY_ALIASES.has(this.subjectKey as string) && key.includes('\n')) [key, ...aliases] = key.split('\n');
    this.rowKeyed = key !== undefined;
    this.rowKeyPerson = '';
    // A dependant's row in an enrolment export: the employee's columns are the employee's.
    const dependant = this.byRelationship && isDependantRow(columns, values);
    // An enrolment's member is one person by their own SSN in every role: a spouse on one subscriber's policy and subscriber of their own.
    if (this.byRelationship && key !== undefined) {
      const ssn = ownSsnOf(columns, values);
      if (ssn !== undefined) (aliases ??= []).push(ssn);
    }
    // A subscriber known by their IMSI (a call record's served party) is the other party of calls to their own number: that number,
    // as a call's other party is known by it (see countParty), is theirs.
    if (key !== undefined && keyColumn?.profile.hint === 'device-id' && this.partyNames.includes('callee')) {
      const phone = ownValueOf(columns, values, 'phone');
      if (phone !== undefined) (aliases ??= []).push(phone);
    }
    let keyPerson = -1;
    let keyAlias = -1;
    if (key !== undefined) {
      const trimmed = key.trim();
      // An email as the key is one person however it is cased ("Anna@x" and "anna@x") or linked ("mailto:anna@x"), whatever the column's name.
      const person = keyColumn?.profile.hint === 'email' || trimmed.includes('@') ? trimmed.toLowerCase().replace(/^mailto:/, '')
        : PERSON_DOCUMENT_HINTS.has(keyColumn?.profile.hint) ? personalNumberKey(keyColumn?.profile.hint, trimmed) : trimmed;
      this.rowKeyPerson = person;
      // (A birth date given only as a form's answer, Calendly's "Date of birth" question, is the booking person's own: no sharers.)
      // An enrolment's key (the subscriber's number on their dependants' rows too), for placing dependants at its person's address.
      if (this.byRelationship) keyAlias = this.aliasKey(person);
      const byMember = dependant || (!this.byRelationship && this.sharedKey());
      const byBirth = !byMember && this.birthShared(answeredIn);
      const member = byMember ? memberOf(columns, values) : byBirth ? birthOf(columns, values, this.asOf.getUTCFullYear()) : '';
      if (dependant && HAS_MEMBER_VALUE.test(member)) {
        // A dependant is who their name and birth date say, whoever's row lists them: a child both
        // parents enrolled is one child. The employee's columns go to the employee (the key's person).
        this.fingerprinter.of(person);
        keyPerson = this.partyIndexOf(KEY_PERSON);
        const party = this.parties[keyPerson];
        if (party) {
          party.hi = this.fingerprinter.hi;
          party.lo = this.fingerprinter.lo;
        }
        this.fingerprinter.of(`\u0002${member}`);
      } else {
        // The key's person's own row (an enrolment's "Employee"), or a device or an account that
        // several people share (a family tablet, a joint IBAN), whose rows' names and birth dates tell them apart.
        this.fingerprinter.of(person + member);
      }
      this.rowHi = this.fingerprinter.hi;
      this.rowLo = this.fingerprinter.lo;
      // An address shared by birth dates with one birth date under it in the whole export: its rows without one are that
      // person's (a signup's log line with the birth date, the same user's profile update without it). With two, they stay apart.
      // Not a row without a birth date that names its person (a parent's own, beside their child's rows): that is the address's
      // person, another than the child.
      if (byBirth && (member !== '' || !namesOwnPerson(columns, values)) && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases) {
        this.noteMemberAlias(`\u0007${person}`, member);
      }
      if (nameAlias !== undefined && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases) this.noteMemberAlias(nameAlias[0], nameAlias[1]);
    }

    // Places first: a national phone number is read in the record's country.
    // Fresh arrays: cheaper than emptying reused ones (setting length is a runtime call).
    const countries: string[] = [];
    /** Countries of region columns' provinces: a row's own country column says more ("Guadalajara" is a Spanish province and a Mexican city). */
    let provinceCountries: string[] | undefined;
    const states: string[] = [];
    const regionStates: string[] = [];
    const regionStatesAlone: string[] = [];
    /** Codes of a state column that other countries' regions share (WA, GA), settled once the row's country and ZIP are known. */
    let sharedStates: Array<readonly [string, ColumnState, string?]> | undefined;
    let zip: string | undefined;
    /** The name of the column the ZIP code or postcode came from. */
    let zipColumn = '';
    let address: AddressPlace | undefined;
    let addressCount = 0;
    let ccCountry: string | undefined;
    let ipState: string | undefined;
    // Mailchimp's REGION is located with its CC, from the IP address (not a "State/Region" next to an "IP Country").
    const ipRegions = this.hasCcColumn(columns);
    this.rowWeakMask = 0;
    const count = Math.min(columns.length, values.length);
    // A gift: the order goes to someone else than the buyer, whose columns are then theirs.
    const gift = this.shipsToNames && isShippedToOther(columns, values);
    const orgs = this.aboutOrganisations(columns);
    /** A name column of the record's person holds a company's name (see namesOrganisation), and none a person's. */
    let organisation = false;
    let namedPerson = false;
    /** A name column of the record's own holds a value. */
    let named = false;
    /** A name of the record's own person's, not a staff member's (see LISTED_PEOPLE). */
    let namedOwn = false;
    /** The record's account is a bot's (see BOT_FLAGS). */
    let bot = false;
    /** The record's salutation is a company's ("Anrede: Firma"). */
    let companyTitle = false;
    /** A direct message's body was read: the message is its recipient's communications too. */
    let messaged = false;
    /** The record's own email, whose country's domain (.de) tells a shared code's country ("Berlin, DE": Germany, not Delaware). */
    let emailDomain = '';
    /** The record's own person's name and birth date, when the export names other people (see selfParties). */
    let ownNames = '';
    let ownBirth = '';
    /** The record's own person's email, when the export names other people, who are known by theirs (see countParty). */
    let ownEmail: string | undefined;
    /** The row's own emails include a role's mailbox (sales@), or a person's. */
    let roleMailbox = false;
    let personalMailbox = false;
    /** What other people's columns (see thirdParty) hold: the row's person's too, unless the row is no one's. */
    let othersMask = 0;
    /** An organisation's name column holds a value (a directory's clinic, a B2B list's company). */
    let orgNamed = false;
    /** A name column holds a room's, a desk's or a company's name. */
    let namesOther = false;
    /** The record's own name as its first and last name columns write it, and whether another name column named it whole. */
    let partNames = '';
    let namedWhole = false;
    /** The record's own columns found something other than where it is (see the household's record below). */
    let ownWho = false;
    /** The same, by a column of the record's own person's, not a staff member's (see LISTED_PEOPLE). */
    let ownReached = false;
    /** Other people a list of names in the record names (see fellowTravellersOf). */
    let fellows: readonly string[] = [];
    /** A mail archive's correspondents on this message: their addresses, and what the message tells of them. */
    let correspondents: Map<string, number> | undefined;
    /** The other users of the record's thing (see CO_USERS): their addresses. */
    let coUsers: Set<string> | undefined;
    /** The children a cell lists with their birth dates (see CHILDREN_LIST). */
    let listedChildren: ListedChild[] | undefined;
    /** What each of the record's own columns found, where the record lists its people (see LISTED_PEOPLE). */
    const contributions = this.listsPeople ? new Array<number>(count).fill(0) : undefined;
    /** Records that name a claimant (a claims bordereau's "Claimant Name"), and the injuries their descriptions tell. */
    const claims = this.partyNames.includes('claimant');
    let injuries = 0;
    for (let i = 0; i < count; i++) {
      const column = columns[i];
      if (column !== undefined && this.childListColumns.size > 0 && this.childListColumns.has(column)) {
        const children = listedChildrenOf(values[i] ?? '', this.asOf, dateOrderOf(this.country));
        if (children.length > 0) {
          (listedChildren ??= []).push(...children);
          continue;
        }
      }
      if (!column || column.role === 'value' || (dependant && column.primary && keyPerson < 0)) continue;
      const value = values[i];
      if (value === undefined || value.length === 0 || isBlankValue(value)) continue;
      const party = column.party >= 0 && !(this.byRelationship && column.dependent) ? column.party : gift ? this.recipientOf(column) : dependant && column.primary ? keyPerson : -1;
      if (party >= 0) continue; // read with the party's other values below, in the order of their list
      if (column.role === 'country') {
        column.nonBlank++;
        const country = this.countryColumnLookup.get(value.trim());
        if (country && !countries.includes(country)) countries.push(country);
        // "US-PA" in a country column: the state too.
        if (country === 'US' && value.length > 3 && value.charCodeAt(2) === 45 /* - */) {
          const state = usStateOf(value.trim().slice(3));
          if (state && !states.includes(state)) states.push(state);
        }
      } else if (column.role === 'ip-state' || (ipRegions && column.role === 'region' && /^region$/i.test(column.profile.name.trim()))) {
        ipState ??= this.stateLookup.get(value.trim());
      } else if (column.role === 'state' || column.role === 'region') {
        column.nonBlank++;
        const trimmed = value.trim();
        // An ISO 3166-2 code ("US-PA", "DE-BY", "GB-ENG"): its country, and a US state's state.
        if (trimmed.length > 3 && trimmed.charCodeAt(2) === 45 /* - */ && ISO_SUBDIVISION.test(trimmed)) {
          const country = this.countryColumnLookup.get(trimmed);
          if (country !== undefined) {
            if (!countries.includes(country)) countries.push(country);
            const state = country === 'US' ? usStateOf(trimmed.slice(3)) : undefined;
            if (state && !states.includes(state)) states.push(state);
            if (country !== 'US') column.foreignRegions++;
            continue;
          }
        }
        if (column.role === 'region' && brazilianStateCode(column, trimmed)) {
          (provinceCountries ??= []).push('BR');
          continue;
        }
        const state = this.stateLookup.get(trimmed);
        const upper = trimmed.length === 2 ? trimmed.toUpperCase() : '';
        // In a column named "region", a country's code ("FR", "GB"; "DE" Germany or Delaware): see countryCodes. (Not in a
        // province's, a Bundesland's or an estado's column, whose codes are their country's: FR Frosinone, BY Bayern.)
        const regionNamed = column.role === 'region' && upper !== '' && REGION_NAMED.test(column.profile.name);
        const codeCountry = regionNamed ? this.countryColumnLookup.get(upper) : undefined;
        if (state && upper !== '' && (column.role === 'state' || regionNamed) && (REGION_CODES_ELSEWHERE.has(upper) || codeCountry !== undefined)) {
          // Decided at the end, on the whole column (see placeShared): a country where the column writes countries' codes.
          (sharedStates ??= []).push(codeCountry !== undefined ? [state, column, codeCountry] : [state, column]);
        } else if (state) {
          const into = column.role === 'state' ? states : regionStates;
          if (!into.includes(state)) into.push(state);
          // A region that can only be a US state (a name, or a code no other country's regions use).
          if (column.role === 'region' && (trimmed.length > 2 || !(REGION_CODES_ELSEWHERE.has(trimmed.toUpperCase()) || CANTON_CODES.has(trimmed.toUpperCase())))) {
            if (!regionStatesAlone.includes(state)) regionStatesAlone.push(state);
            column.usRegions++; // against the column's other countries' places, its shared codes' vote
          }
        } else {
          // In a region column, a code that Italian provinces or Brazilian states share (PE
          // Pescara or Pernambuco, SA Salerno, NU Nuoro) names no Canadian or Australian province alone.
          const shared = column.role === 'region' && trimmed.length === 2 && PROVINCE_CODES_ELSEWHERE.has(trimmed.toUpperCase());
          const country = shared ? undefined : this.provinceLookup.get(trimmed);
          if (codeCountry !== undefined) {
            if (codeCountry !== 'US') column.foreignRegions++;
            // SA is Saudi Arabia's code and South Australia's (and Salerno's): not a country's alone.
            if (country === undefined && !(shared && this.provinceLookup.get(trimmed) !== undefined)) {
              // A country's code and no one's region (FR, GB): the country, where no country column places the record; and the column is one of countries' codes.
              column.countryCodes++;
              (provinceCountries ??= []).push(codeCountry);
            } else {
              // A province's code and a country's (NL Newfoundland or the Netherlands): decided at the end, on the whole column.
              (sharedStates ??= []).push([`${FOREIGN_SHARED_PREFIX}${upper}`, column, codeCountry]);
            }
            continue;
          }
          if (country) (provinceCountries ??= []).push(country);
          if (country && column.role === 'region') {
            column.foreignRegions++;
            column.foreignCountry = column.foreignCountry === undefined || column.foreignCountry === country ? country : null;
          } else if (column.role === 'region' && FOREIGN_SHARED_CODES[trimmed.toUpperCase()]) {
            // NT beside NSW and VIC: Australia's (see placeShared).
            (sharedStates ??= []).push([`${FOREIGN_SHARED_PREFIX}${trimmed.toUpperCase()}`, column]);
          }
          if (column.role === 'state') {
            column.foreignRegions++;
            if (country) column.foreignCountry = column.foreignCountry === undefined || column.foreignCountry === country ? country : null;
            else if (FOREIGN_SHARED_CODES[trimmed.toUpperCase()]) (sharedStates ??= []).push([`${FOREIGN_SHARED_PREFIX}${trimmed.toUpperCase()}`, column]);
          }
        }
      } else if (column.role === 'cc') {
        // Mailchimp's "CC", HubSpot's "IP Country": where the IP address was, which places only a record nothing else places.
        ccCountry ??= this.countryColumnLookup.get(value.trim());
      } else if (column.role === 'postal-code') {
        if (!value.includes('*') && zip === undefined) {
          zip = value.trim();
          zipColumn = column.profile.name;
        }
      } else if (value.length <= 300 && addressCount < this.addressColumns.length) {
        this.addressColumns[addressCount++] = i;
      }
    }
    if (provinceCountries && countries.length === 0) for (const country of provinceCountries) if (!countries.includes(country)) countries.push(country);
    // The address columns are read only when the record's place or ZIP code needs them: not when a
    // country column places it outside the US and a postcode column gives its code.
    if (addressCount > 0 && (countries.length === 0 || zip === undefined || countries.includes('US'))) {
      for (let k = 0; k < addressCount && address?.country === undefined && address?.state === undefined; k++) {
        const index = this.addressColumns[k] as number;
        const read = this.readAddress(values[index] as string, columns[index] as ColumnState);
        if (read?.sharedState !== undefined && read.country !== undefined) {
          // Decided as a shared state column's code is: by the row's other places, else by the whole column.
          (sharedStates ??= []).push([read.sharedState, columns[index] as ColumnState, read.country]);
          break;
        }
        address = read ?? address;
      }
    }
    if (countries.length === 0 && address?.country) countries.push(address.country);
    if (countries.length === 0 && zip !== undefined) {
      const byPostcode = countryOfPostcode(zip) ?? countryOfNamedPostcode(zipColumn, zip);
      if (byPostcode !== undefined) countries.push(byPostcode);
    }
    // An address in an export whose column names are in a script one country writes (Hebrew's "רחוב", "עיר", "מיקוד"; Thai's, Greek's,
    // Korean's, Japanese's) is in that country where nothing else places it.
    if (countries.length === 0 && address?.state === undefined && this.scriptCountry !== undefined && (zip !== undefined || addressCount > 0)) {
      countries.push(this.scriptCountry);
    }
    if (countries.length === 0 && states.length === 0 && regionStatesAlone.length === 0 && address?.state === undefined && zip === undefined) {
      if (ccCountry !== undefined) countries.push(ccCountry);
      if (ipState !== undefined && (ccCountry === undefined || ccCountry === 'US')) states.push(ipState);
    }
    // A national number in an export whose column names are Korean, Japanese or Thai is read in that country (010-2345-6789); so
    // is one beside a name written in a script or letters only one country writes names in (a Thai hospital's patient "วีระพงษ์",
    // a Vietnamese shop's customer "Trần Văn Nam" under English or Vietnamese column names).
    this.country = countries[0] ?? this.scriptCountry ?? nameScriptCountry(columns, values);

    for (let i = 0; i < count; i++) {
      const column = columns[i];
      const value = values[i];
      if (!column || value === undefined || value.length === 0) continue;
      if (column.role === 'country' || column.role === 'state' || column.role === 'region' || column.role === 'ip-state') {
        const party = column.party >= 0 && !(this.byRelationship && column.dependent) ? column.party : gift ? this.recipientOf(column) : dependant && column.primary ? keyPerson : -1;
        if (party >= 0 && !isBlankValue(value)) this.partyPlaceValue(this.partyOfList(party, column), column, value);
        continue;
      }
      if (column.keyOnly || (dependant && column.primary && keyPerson < 0)) continue;
      // A machine's address ("server_ip", "outbound_ip"), a meeting's place: evidence of what the file holds, no one's.
      if (column.profile.impersonal === true) {
        // (Its own evidence: the detectors report to the current column.)
        this.current = column;
        this.detectApart(() => this.detect(value, column));
        continue;
      }
      // A message log's platform account and key (Vonage's api_key) are the business's.
      if (messageLog && PLATFORM_ACCOUNT.test(column.profile.name)) continue;
      if (isBlankIn(value, column.profile)) continue;
      if (column.role !== 'postal-code') column.nonBlank++;
      this.current = column;
      const party = column.party >= 0 && !(this.byRelationship && column.dependent) ? column.party : gift ? this.recipientOf(column) : dependant && column.primary ? keyPerson : -1;
      if (party >= 0) {
        this.detectForParty(value, column, party);
        continue;
      }
      // A mail archive's correspondents: each personal address a person of their own (not the row's), counted after the row.
      // (Addresses only: a message log's from and to are phone numbers, its customer the counterpart: see messageColumnsOf.)
      // A thing's other users (a doorbell's or an account's shared users, who answered it): each address a person of their own.
      if (column.coUsers && value.includes('@')) {
        this.detectApart(() => this.detect(value, column));
        for (const [email] of value.matchAll(EMAIL_IN_TEXT)) {
          const address = email.toLowerCase();
          if (isPersonalEmail(address) && !ROLE_MAILBOX.test(address)) (coUsers ??= new Set()).add(address);
        }
        continue;
      }
      if (column.correspondent && value.includes('@')) {
        this.detectApart(() => this.detect(value, column)); // its evidence; the people are the addresses
        for (const [email] of value.matchAll(EMAIL_IN_TEXT)) {
          const address = email.toLowerCase();
          if (!isPersonalEmail(address) || ROLE_MAILBOX.test(address)) continue;
          // "Hanna Lind <hanna@web.de>": a display name before the address is the person's name.
          const displayName = DISPLAY_NAME_BEFORE.test(value.slice(0, value.indexOf(email)));
          (correspondents ??= new Map()).set(address, CONTACT_FLAG | (displayName ? IDENTITY_FLAG : 0));
        }
        continue;
      }
      // A catalogue's bare "name" is its product's ("Harper Table Lamp"), in records with a product's code (see PRODUCT_CODE),
      // read as a column whose name says nothing: a medicine's name is still one ("Sertraline 50mg").
      const productName = this.productName !== undefined && column.profile.name === this.productName;
      // A product's medicine (a formulary's "drug_name" next to its NDC) is a person's health only in a record that is someone's order.
      const productThing = productName || (this.productName !== undefined && column.profile.hint === 'health');
      if ((column.profile.placeOnly || (orgs && column.orgContact) || column.officeContact || productThing) && this.weakRow()) {
        // Where, not who (a city, a postcode, a BIC), or what (a product): the record's person's only if something else makes it one's.
        this.rowWeakMask |= this.detectApart(() => (productName ? detectInto(value, NEUTRAL_COLUMN, this) : this.detect(value, column)));
        continue;
      }
      if (productName) {
        detectInto(value, NEUTRAL_COLUMN, this);
        continue;
      }
      // A name column's room or team ("Boardroom 3F", "Reception") names no one.
      if (column.profile.hint === 'person-name') {
        if (this.partyNames.length > 0) this.rowOwnName += ` ${value}`;
        const name = nameOf(value);
        const part = column.party < 0 && this.isNamePart(column);
        if (part) partNames += ` ${name}`;
        if (isPersonName(name) || isCompanyContact(value)) {
          named = true;
          if (!column.profile.thirdParty) namedOwn = true;
          if (!part) namedWhole = true;
        } else if (namesOrganisation(name) || isBotAccountName(name)) namesOther = true;
      }
      if (column.orgName) orgNamed = true;
      // A reservation's list of its guests ("Sean Murphy, Aoife Byrne"): the first is the record's person, the others its fellow travellers.
      if (column.nameList && (value.includes(',') || column.companionList)) fellows = fellowTravellersOf(value, column.companionList);
      if (column.buyerName || column.profile.namedForPerson) {
        // A person's name is no organisation's (isPersonName asks namesOrganisation, once).
        if (isPersonName(value) || isCompanyContact(value)) namedPerson = true;
        else if (namesOrganisation(value)) organisation = true;
        if (this.partyNames.length > 0) ownNames += ` ${value}`;
      } else if (column.profile.hint === 'date-of-birth' && this.partyNames.length > 0) {
        ownBirth = birthKeyOf(value.trim().toLowerCase(), this.asOf.getUTCFullYear());
      }
      if ((column.botFlag && isBotValue(column.profile.name, value)) || (column.profile.hint === 'online-identifier' && isBotAccountName(value))) bot = true;
      if (this.salutations.size > 0 && this.salutations.has(column.profile.name) && COMPANY_SALUTATION.test(value)) companyTitle = true;
      if (column.profile.hint === undefined && (value.charCodeAt(0) === 123 /* { */ || value.startsWith('[{')) && this.detectJsonCell(value, column)) continue;
      if (column.profile.hint === undefined && value.includes('/') && this.detectDocsCell(value, column)) continue;
      const payer = column.profile.hint === undefined && value.includes(' - ') ? this.detectPartyInfoCell(value, column) : undefined;
      if (payer !== undefined) {
        if (payer) namedPerson = true;
        else organisation = true;
        continue;
      }
      // A message log's "body" is what the message said (Twilio's), read as a message_body column is.
      const before = this.rowMask;
      if ((messageLog || this.directMessages) && column.profile.hint === undefined && MESSAGE_TEXT.test(column.profile.name.trim())) {
        detectInto(value, MESSAGE_BODY, this);
        if (this.directMessages) messaged = true;
      } else if (column.profile.thirdParty) {
        // Another's column (a chat's agent, an employee's manager): kept apart until the row's own person is known to be someone.
        othersMask |= this.detectApart(() => this.detect(value, column));
        continue;
      } else if (contributions !== undefined) {
        const found = this.detectApart(() => this.detect(value, column));
        contributions[i] = found;
        this.rowMask |= found;
      } else if (claims && column.profile.notes) {
        // A liability claim's description ("fall down stairs, broken hip"): the injury, told in words, is its claimant's (see below).
        // An offence it tells ("theft of jewellery during burglary") is one the insured suffered: no offence of theirs (criminal
        // offence data is of offences committed or alleged to have been committed by the data subject: UK DPA 2018 s.11(2)).
        const weak = this.rowWeakMask;
        this.rowWeakMask = 0;
        const found = this.detectApart(() => this.detect(value, column));
        const told = this.rowWeakMask;
        this.rowWeakMask = weak | (told & ~(HEALTH_FLAG | CRIMINAL_FLAG));
        injuries |= (found | told) & HEALTH_FLAG;
        this.rowMask |= found & ~(HEALTH_FLAG | CRIMINAL_FLAG);
      } else this.detect(value, column);
      if (this.rowMask !== before && column.role !== 'address' && column.role !== 'postal-code') {
        ownWho = true;
        if (!column.profile.thirdParty && ((this.rowMask & ~before) & WHO_FLAGS) !== 0) ownReached = true;
      }
      if (column.subjectEmail && this.collectEmails) {
        const email = value.trim().toLowerCase();
        if (isPersonalEmail(email)) this.rowEmails[this.rowEmailCount++] = email;
      }
      if (column.subjectEmail && this.partyNames.length > 0 && ownEmail === undefined) ownEmail = value.trim().toLowerCase();
      if (column.subjectEmail) {
        if (ROLE_MAILBOX.test(value.trim())) roleMailbox = true;
        else personalMailbox = true;
        emailDomain = value;
      } else if (column.profile.hint === undefined && value.includes('@') && !/\s/.test(value.trim()) && isPersonalEmail(value.trim())) {
        // An address in a column whose name does not say so ("mailbox", "desk"): a desk's or a person's all the same.
        if (ROLE_MAILBOX.test(value.trim())) roleMailbox = true;
        else personalMailbox = true;
      }
    }

    // A line of a keyed log without its key that holds, of its own, nothing but machine traces is no one's (see below), whoever
    // else it names (a chat's agent and their desk's mailbox beside a visitor known only by an IP address).
    // A call record (a subscriber's number and the called party's): that the one called the other, when and for how long,
    // is both people's traffic data.
    const callee = this.partyNames.length > 0 ? this.partyNames.indexOf('callee') : -1;
    const called = callee >= 0 ? this.parties[callee] : undefined;
    if (called?.touched && called.mask !== 0) {
      called.mask |= COMMUNICATIONS_FLAG;
      if (this.rowMask !== 0) this.rowMask |= COMMUNICATIONS_FLAG;
    }
    // A DNA match (two testers and the DNA they share: shared cM, segments) is both testers' genetic data.
    const matchIndex = this.partyNames.length > 0 && (this.rowMask & GENETIC_FLAG) !== 0 ? this.partyNames.indexOf('match') : -1;
    const matched = matchIndex >= 0 ? this.parties[matchIndex] : undefined;
    if (matched?.touched && matched.id !== undefined) matched.mask |= GENETIC_FLAG;
    // A direct message (a dating app's, a forum's) is its sender's and its recipient's communications.
    if (messaged) {
      const recipient = this.parties[this.partyIndexOf('recipient')];
      if (recipient?.touched && recipient.id !== undefined) recipient.mask |= COMMUNICATIONS_FLAG;
    }
    if (othersMask !== 0 && (this.rowKeyed || this.rowHeld || typeof this.subjectKey !== 'string' || (this.rowMask & ~traces) !== 0)) this.rowMask |= othersMask;

    if (this.rowBirthYear > 0) this.settleBirthParts();

    // A FHIR clinical resource about a patient (a medication request, an observation) is their health data, whatever its codes.
    if (clinical) {
      this.current = this.columnState('resourceType');
      this.validated(DETECTORS.healthColumn);
    }

    // A phone's country places a record that nothing else places: a US state beats a Canadian mobile.
    let placedByPhone = false;
    if (countries.length === 0 && this.rowPhoneCountry && states.length === 0 && address?.state === undefined && regionStatesAlone.length === 0 && !sharedStatesAgree(sharedStates, zip ?? address?.zip)) {
      countries.push(this.rowPhoneCountry);
      placedByPhone = true;
    }
    if (address?.state && states.length === 0) states.push(address.state);
    // A region column's state codes are US states for records placed in the US; for records placed
    // nowhere, only those that no other country's regions share ("TX", "New York"; not "CA", "MI").
    const fromRegions = countries.includes('US') ? regionStates : countries.length === 0 ? regionStatesAlone : NO_STATES;
    for (const state of fromRegions) if (!states.includes(state)) states.push(state);
    const anyZip = zip ?? address?.zip;
    // A shared code (WA: Washington or Western Australia) is a US state in a record placed in the
    // US; in one placed nowhere, when its ZIP code agrees, or, without one, when its column has
    // shown no other country's regions.
    let sharedPending: readonly [string, ColumnState, string?] | undefined;
    if (sharedStates !== undefined) {
      for (const shared of sharedStates) {
        const [state] = shared;
        // Nothing else places the record, or only a postcode that is no ZIP of that state (WA 6000, Perth): decided at the end, on the whole column.
        if (countries.length === 0 && states.length === 0 && (anyZip === undefined || usStateOfZip(zipWithZeros(anyZip)) !== state)) {
          const other = shared[2];
          if (other !== undefined && other !== 'US' && emailDomain.trim().toLowerCase().endsWith(`.${other.toLowerCase()}`)) {
            countries.push(other);
            this.sharedCountries.add(`${shared[1].profile.name}\u0000${state}`);
          } else sharedPending ??= shared;
          continue;
        }
        const us = countries.includes('US') || (countries.length === 0 && anyZip !== undefined && usStateOfZip(zipWithZeros(anyZip)) === state);
        if (us && !states.includes(state) && !state.startsWith(FOREIGN_SHARED_PREFIX)) states.push(state);
      }
    }
    if (states.length === 0 && anyZip !== undefined && countries.includes('US')) {
      const state = usStateOfZip(zipWithZeros(anyZip));
      if (state) states.push(state);
    }
    // A "state" is a US state only when the record is not placed in another country (BY is
    // Bavaria next to DE, not a US state).
    const usStates = countries.length === 0 || countries.includes('US') ? states : NO_STATES;
    this.rowPlace = this.places.idOf(countries, usStates);
    // A dependant without an address of their own lives at the key person's (a subscriber's child on a claim).
    if (this.rowPlace === 0 && keyPerson >= 0) {
      const household = this.parties[keyPerson];
      if (household && isPlaced(household)) {
        this.rowPlace = this.partyPlace(household);
      }
    }
    // So does one on a row of their own (an 834 enrolment's: the subscriber's row gives the address, the dependants' rows none).
    if (keyAlias >= 0) {
      if (dependant && this.rowPlace === 0) this.rowPlace = this.keyPlaces.get(keyAlias) ?? 0;
      else if (!dependant && this.rowPlace !== 0 && this.keyPlaces.size < CLASSIFIER_LIMITS.memberAliases) this.keyPlaces.set(keyAlias, this.rowPlace);
    }
    // A national number's birth date is the record's where it gives none of its own: a South African tax number passes Sweden's
    // personnummer check, a date in it, beside the employee's own date of birth.
    if (this.rowIdAge >= 0 && !this.rowAgeOfBirth && this.rowDateColumn === undefined) {
      this.rowAgeOfBirth = true;
      this.rowAge = this.rowIdAge;
    }
    this.rowIdAge = -1;
    // A child whose record gives no address of their own (a phone's country at most) lives at their parent's or guardian's (a camper, a pupil).
    if ((this.rowPlace === 0 || placedByPhone) && this.touchedParties.length > 0 && !(this.rowAge >= 18)) {
      const byPhone = this.rowPlace;
      this.rowPlace = 0;
      for (let index = 0; index < this.parties.length && this.rowPlace === 0; index++) {
        const household = this.parties[index];
        if (household?.touched && HOUSEHOLD_PARTY.test(this.partyNames[index] ?? '') && isPlaced(household)) {
          this.rowPlace = this.partyPlace(household);
        }
      }
      if (this.rowPlace === 0) this.rowPlace = byPhone;
      // Else where the guardian's own phone number places them (a club's junior with a parent's +46 mobile); a ZIP code of
      // their own places them later, in its state (see below).
      const householdCountry = this.rowPlace === 0 && anyZip === undefined ? this.householdPhoneCountry() : undefined;
      if (householdCountry !== undefined) this.rowPlace = this.places.idOf([householdCountry], NO_STATES);
    }
    // A ZIP code in a record placed nowhere else may still place it, if the export is a US one.
    const zipState = anyZip === undefined ? undefined : usStateOfZip(zipWithZeros(anyZip));
    if (zipState !== undefined && this.rowPlace !== 0) {
      if (usStates.length > 0 || countries.includes('US')) this.zipsInUs++;
      else this.zipsElsewhere++;
    } else if (zipState !== undefined && (this.rowUsBank || this.householdPhoneCountry() === 'US')) {
      // A US bank's routing number next to the ZIP code (an ACH payout's payee), or a parent's US number on a child's
      // record (a kids' smartwatch), says the export is a US one.
      this.zipsInUs++;
    }

    for (let i = 0; i < this.rowEmailCount; i++) this.noteEmail(this.rowEmails[i] as string, this.rowPlace);
    // Fellow travellers are people of their own, known by their names, placed with the record.
    // A household's children listed in one cell with their birth dates are people of their own, told apart by their household.
    for (const child of listedChildren ?? []) {
      this.fingerprinter.of(`\u0010${child.names}\u0001${child.birth}\u0001${this.rowKeyPerson}`);
      this.people.record(this.fingerprinter.hi, this.fingerprinter.lo, IDENTITY_FLAG | ageFlags(child.age), this.rowPlace);
    }
    for (const fellow of fellows) {
      this.fingerprinter.of(`\u0006${fellow}`);
      this.people.record(this.fingerprinter.hi, this.fingerprinter.lo, IDENTITY_FLAG, this.rowPlace);
    }
    // A message is its correspondents': each is one person by their address, whatever the messages; what the message
    // holds besides (its subject and text) is theirs; the message is no one of its own.
    for (const address of coUsers ?? []) {
      this.fingerprinter.of(address);
      this.people.record(this.fingerprinter.hi, this.fingerprinter.lo, CONTACT_FLAG, 0);
      if (this.collectEmails) this.noteEmail(address, 0);
    }
    if (correspondents) {
      for (const [address, flags] of correspondents) {
        this.fingerprinter.of(address);
        this.people.record(this.fingerprinter.hi, this.fingerprinter.lo, flags | this.rowMask, this.rowPlace);
        if (this.collectEmails) this.noteEmail(address, this.rowPlace);
      }
      this.rowMask = 0;
      this.rowWeakMask = 0;
    }
    this.rowEmailCount = 0;
    // A desk's or a room's name cut into first and last names ("Reception" "Dublin", "No" "Reply"): no one's, read whole.
    const deskParts = named && !namedWhole && partNames.indexOf(' ', 1) > 0 && isBotAccountName(partNames.trim());
    if (deskParts) named = false;
    if (this.touchedParties.length > 0 || this.finishedParties.length > 0) this.selfParties(ownNames, ownBirth, named || ownBirth !== '' || ownEmail !== undefined, this.rowPlace === 0 || placedByPhone);
    // An occurrence, a case or an incident whose people are its list of persons (a police occurrence's involvedPersons[]) and that
    // names no one of its own: what it tells (its offences) is theirs, and its own address is where it happened, no one's home.
    // Where its fields name whom they are about ("exposures[].claimantContactID", "policeReport.chargedContactID"), theirs alone.
    if (!namedOwn && !ownReached && ownBirth === '' && ownEmail === undefined && this.rowMask !== 0 && this.listedPeople()) {
      const listed = [...this.finishedParties, ...this.touchedParties].filter((party) => party.mask !== 0);
      const referenced = contactReferencesOf(columns, values);
      const named = referenced.ids.size === 0 ? [] : listed.filter((party) => party.listId !== undefined && referenced.ids.has(party.listId));
      let rest = this.rowMask & ~CONTACT_FLAG;
      // What an item tells that names its contact (an injury exposure's "injuryDescription" beside its "claimantContactID") is theirs alone.
      if (named.length > 0 && contributions !== undefined) {
        let itemised = 0;
        let loose = 0;
        for (let i = 0; i < contributions.length; i++) {
          const flags = contributions[i] ?? 0;
          if (flags === 0) continue;
          const reference = referenced.ofField[i];
          const party = reference === undefined ? undefined : named.find((one) => one.listId === reference);
          if (party === undefined) loose |= flags;
          else {
            party.mask |= flags & ~CONTACT_FLAG;
            itemised |= flags;
          }
        }
        rest &= ~(itemised & ~loose);
      }
      for (const party of named.length > 0 ? named : listed) party.mask |= rest;
      this.rowMask = 0;
    }
    const pendingAge = this.settleRowAge();
    if (this.rowWeakMask !== 0 && (this.rowMask !== 0 || this.rowHeld || this.rowProbable)) this.rowMask |= this.rowWeakMask;
    // A record whose person is a company ("Acme Ltd" as the account holder or the customer) is no
    // natural person's; one that also names a person (a debtor next to the creditor) is theirs.
    // So is one keyed by a customer's or a contact's own mailbox (a B2B store's company customer: "Sterling Florist Ltd." and
    // "Customer: Email" susan.wright@).
    const keyedByMailbox = personalMailbox && keyColumn?.subjectEmail === true && keyColumn.party < 0 && PERSON_MAILBOX_COLUMN.test(keyColumn.profile.name);
    if (namedPerson || keyedByMailbox) organisation = false;
    if (bot || companyTitle || deskParts) organisation = true;
    // A single-table design's item of a thing ("PRODUCT#1001", "STORE#7") under the key is no one's.
    if (key !== undefined && key.includes('#') && THING_ITEM.test(key)) organisation = true;
    // A record known by a role's mailbox (events@, info@, sales@) that names no one is a business's (a caterer as a customer).
    if (key !== undefined && !named && key.includes('@') && ROLE_MAILBOX.test(key.trim())) organisation = true;
    // So is a row whose only emails are roles' and that names no one (a supplier's sales@ in a dump keyed by its rows).
    if (!named && roleMailbox && !personalMailbox && !this.keyNamesPeople()) organisation = true;
    // So is a row whose names are a room's, a shared mailbox's or a company's, and that holds only what such a one has
    // (a directory's "Accounts Payable" or "Training Room 2" with its mailbox).
    if (!named && namesOther && !keyedByMailbox && (this.rowMask & ~ORGANISATION_DATA) === 0) organisation = true;
    // So is a row that names an organisation and no person, and holds no one's own mailbox (NPPES's type 2 providers: clinics).
    // Not one keyed by a person's account: an audit log's acting account ("actor_id") beside the enterprise it acts in ("business").
    if (!named && orgNamed && !personalMailbox && (this.rowMask & ~ORGANISATION_DATA) === 0 && !(this.keyNamesPeople() && keyColumn?.profile.hint === 'online-identifier')) organisation = true;
    // An injury a claim's description tells is its claimant's, not its insured's (a householder's visitor who fell down the stairs).
    if (injuries !== 0) {
      const claimants = this.touchedParties.filter((party) => party.mask !== 0 && party.names !== '' && this.partyNames[this.parties.indexOf(party)] === 'claimant');
      for (const party of claimants) party.mask |= injuries;
      if (claimants.length === 0) this.rowMask |= injuries;
    }
    // A household's record that holds nothing of its own but where they live (a foster carers' file: its applicants and
    // members are listed in it) is their address, no one more: they are counted, placed by it.
    // So is a trip's record whose one person is its driver (a connected car's "driver" object): where it went is theirs.
    if (!ownWho && !named && this.touchedParties.length > 0 && !this.keyNamesPeople()) {
      // (Not an organisation's address and account: a business insured's, beside its claimant.)
      const own = namesOther || orgNamed ? this.rowMask & ~ORGANISATION_DATA : this.rowMask;
      const theirs = own | (this.touchedParties.length + this.finishedParties.length === 1 ? this.rowWeakMask & LOCATION_FLAG : 0);
      for (const party of this.touchedParties) if (party.mask !== 0) party.mask |= theirs;
      for (const party of this.finishedParties) if (party.mask !== 0) party.mask |= theirs;
      this.rowMask = 0;
    }
    // A case's record whose own columns name no one (a police case list, a court's docket: its number, the offence) is about the
    // people it names: what it tells (the offence) is the accused's where it names one, else each named person's; an offence
    // whose suspect is unknown names no one.
    if (!named && this.rowMask !== 0 && (this.rowMask & WHO_FLAGS) === 0 && !this.keyNamesPeople()) {
      const people = this.touchedParties.filter((party) => party.mask !== 0);
      const accused = people.filter((party) => party.accused);
      for (const party of accused.length > 0 ? accused : people) party.mask |= this.rowMask;
      if (people.length > 0 || this.partyNames.some((party) => ACCUSED_PARTY.test(party)) || ACCUSED_PARTY.test(this.ownParty ?? '')) this.rowMask = 0;
    }
    // An audit event's caller who is a person (see callerOfAuditEvent) is its person, whatever organisation's project it acts in.
    if (this.subjectKey === CLOUDTRAIL_SUBJECT && key !== undefined) organisation = false;
    if (organisation && !this.rowHeld) this.rowMask = 0;
    /** The row's person was counted: what is decided of them later (a ZIP code's state, an ambiguous birth date) is theirs. */
    let recorded = !this.rowKeyed;
    if (this.rowKeyed) {
      // A record known by a bare "id" (an event's, a session's) with nothing but machine traces (a session id, an IP address)
      // is no one's, as a log's line without its person is.
      const eventOnly = !this.rowHeld && (this.rowMask & ~MACHINE_TRACES) === 0 && this.eventKey();
      recorded = !eventOnly && (this.rowMask !== 0 || this.rowHeld || ((this.keyNamesPeople() || this.attributeOfPerson) && !organisation));
      if (recorded) this.people.record(this.rowHi, this.rowLo, this.rowMask, this.rowPlace);
      if (aliases) this.linkAliases(aliases);
      // A member who is another member's guardian: the guardian, known by their email and name, is the member known by their id
      // (by the email alone, a child whose record gives a parent's email would be the parent). Not a child (a son who
      // shares his father's name and email), and not when two members share the email and the name (see settleMemberAliases).
      if (ownEmail !== undefined && ownNames !== '' && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases && isPersonalEmail(ownEmail) && !(this.rowAge >= 0 && this.rowAge < 18)) {
        this.noteMemberAlias(emailAndName(ownEmail, ownNames), ownBirth);
      }
      // So is another's beneficiary or spouse known by name and birth date (two employees who name each other).
      if (ownNames !== '' && ownBirth !== '' && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases) this.noteMemberAlias(nameAndBirth(ownNames, ownBirth), PARTY_ALIAS);
      // And an adult member named by name alone on another's row at their address (a club's account holder, "Kontoinhaber", on
      // their children's rows; a family's visa applications, each child's naming its parents and the card's holder).
      if (ownNames !== '' && !(this.rowAge >= 0 && this.rowAge < 18) && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases
        && this.partyNames.some(isHomeAlias)) {
        const home = ownAddressOf(columns, values);
        if (home !== '') this.noteMemberAlias(nameAtHome(ownNames, home), PARTY_ALIAS);
      }
      // And a member another of the key's rows names as a beneficiary (a life cover's "Beneficiary Name", the employee's daughter
      // whom their medical cover lists as a member), whatever their age: the one of that name under that key.
      if (ownNames !== '' && this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases && this.partyNames.some(isBeneficiary)) {
        this.noteMemberAlias(nameUnderKey(ownNames, this.rowKeyPerson), PARTY_ALIAS);
      }
    } else if (this.rowHeld) {
      const held = this.heldRows.get(row);
      if (held) {
        held.mask |= this.rowMask;
        held.place = this.rowPlace;
      }
    } else if (typeof this.subjectKey === 'string' && (this.rowMask & ~traces) === 0) {
      // A line of a keyed log without the key and with nothing but an address and a place (a
      // service's or a bot's call, a health check) is no one's: the people are the keys' holders.
    } else if (this.rowMask === GENOTYPES_ONLY) {
      // Genotypes alone, without a sample's or a person's key (a raw DNA download: rsid, chromosome,
      // position, genotype), are one person's genome, not a person per line.
      this.people.record(GENOME_OWNER.hi, GENOME_OWNER.lo, this.rowMask, this.rowPlace);
    } else {
      this.countRow(this.rowMask, this.rowPlace);
    }
    // Not a record whose state column waits to be read (a shared code, CA or GA): its state, not its ZIP code, places it.
    if (recorded && zipState !== undefined && this.rowPlace === 0 && sharedPending === undefined && this.pendingZips.length < CLASSIFIER_LIMITS.pendingAges) {
      this.pendingZips.push({ keyed: this.rowKeyed, hi: this.rowHi, lo: this.rowLo, state: zipState, mask: this.rowMask });
    }
    this.rowShared = this.rowPlace === 0 ? sharedPending : undefined;
    if (recorded && this.rowShared !== undefined) this.pendShared(this.rowKeyed, this.rowHi, this.rowLo, this.rowMask);
    if (recorded && pendingAge) {
      const [column, monthFirst, dayFirst] = pendingAge;
      this.pendingAges.push({ column, monthFirst, dayFirst, byCountry: dateOrderOf(this.country), keyed: this.rowKeyed, hi: this.rowHi, lo: this.rowLo, place: this.rowPlace });
    }
    if (this.touchedParties.length > 0 || this.finishedParties.length > 0) this.countParties(ownAddressOf(columns, values));
    this.rowOwnName = '';
    if (this.openProbations.size > 0) this.decideDueProbations();
  }

  /**
   * A cell that holds a JSON object (a database's JSON column exported to CSV: `metadata`,
   * `attributes`, `profile`): its fields are read as columns of their own ("profile.dob"), so that
   * their names say what their values are. False when the cell is no JSON object.
   */
  private detectJsonCell(value: string, column: ColumnState): boolean {
    const last = value.charCodeAt(value.length - 1);
    if (value.length > MAX_JSON_CELL || (last !== 125 /* } */ && !(last === 93 /* ] */ && value.charCodeAt(0) === 91 /* [ */))) return false;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return false;
    }
    // So is a list of objects (Iterable's "devices": [{"token": ..., "platform": "APNS"}]): each object's fields.
    const objects = Array.isArray(parsed) ? parsed.filter(isRecord) : isRecord(parsed) ? [parsed] : [];
    if (objects.length === 0) return false;
    this.detectCellFields(column, objects.flatMap((object) => flattenRecord(object)));
    return true;
  }

  /**
   * An SSR DOCS element in a cell (a PNR-derived passenger list's "SSR_DOCS"): the passenger's travel document, nationality and
   * birth date, read as their columns (see travelDocument). Not a lap infant's, on their adult's row: another person's.
   */
  private detectDocsCell(value: string, column: ColumnState): boolean {
    const fields = docsCellFields(value);
    if (fields === undefined) return false;
    const document = travelDocument(fields, this.asOf.getUTCFullYear());
    if (document.infant) return false;
    this.detectCellFields(column, document.birth === undefined ? document.fields : [...document.fields, ['date_of_birth', document.birth]]);
    return true;
  }

  /**
   * An M-Pesa statement's other party, a phone number and a name ("254797947585 - FAITH OCHIENG ODHIAMBO"): the payer's phone
   * and name: whether it names a person; false for a paybill's or a till's short code ("888880 - KPLC PREPAID"), a business's;
   * undefined for any other value.
   */
  private detectPartyInfoCell(value: string, column: ColumnState): boolean | undefined {
    const match = MSISDN_AND_NAME.exec(value);
    if (match === null) return undefined;
    const [, msisdn = '', name = ''] = match;
    if (msisdn.length < 9) return false;
    this.detectCellFields(column, [['phone', msisdn.length >= 11 ? `+${msisdn}` : msisdn], ['name', name]]);
    return isPersonName(name);
  }

  /** The fields a cell holds (its JSON's, a DOCS element's), each read under the cell's column name and its own. */
  private detectCellFields(column: ColumnState, fields: ReadonlyArray<readonly [string, string]>): void {
    for (const [path, text] of fields) {
      const field = this.columnState(`${column.profile.name}.${path}`);
      if (text.length === 0 || isBlankIn(text, field.profile) || field.party >= 0) continue;
      if (field.role === 'country' || field.role === 'state' || field.role === 'region') continue;
      field.nonBlank++;
      this.current = field;
      this.detect(text, field);
    }
    this.current = column;
  }

  /**
   * Whether a record with the key but without personal data still counts its person: yes for a
   * person's key (customer_id, an email) or a key the caller named; no for a bare "id", an
   * account's name or a device's id, which key rows of tables that may be about no one.
   */
  private keyNamesPeople(): boolean {
    this.personKey ??= this.namedKey || (typeof this.subjectKey === 'string' && (subjectKeyRank(this.subjectKey) ?? 2) < 2);
    return this.personKey;
  }

  private personKey: boolean | undefined;

  /** Whether the chosen key is a record's bare "id" (not a "user.id"), an event's or a row's more often than a person's. */
  private eventKey(): boolean {
    this.bareIdKey ??= !this.namedKey && typeof this.subjectKey === 'string' && /^_?id$/i.test(this.subjectKey.trim());
    return this.bareIdKey;
  }

  private bareIdKey: boolean | undefined;

  /** Whether the chosen key is a device's or a bank account's (rank 4), which several people may share. */
  private sharedKey(): boolean {
    // So is a form's respondent email in an export that names a parent or guardian (a school trip's Google Form: one parent, a row per child).
    // So is a medical scheme's member number on its dependants' claims, told by a dependant code ("Dependant Code" 00, 01...).
    // So is a booking contact's email on each of a PNR's passengers' rows (a passenger list's), told by the passengers' names.
    this.keyShared ??= !this.namedKey && typeof this.subjectKey === 'string'
      && (subjectKeyRank(this.subjectKey) === 4 || (subjectKeyRank(this.subjectKey) === 1 && (this.partyNames.some((name) => HOUSEHOLD_PARTY.test(name))
        || [...this.columns.keys()].some((name) => PASSENGER_NAME.test(name.trim()))))
        || [...this.columns.keys()].some((name) => DEPENDANT_CODE.test(name.trim())));
    return this.keyShared;
  }

  private keyShared: boolean | undefined;

  /**
   * Whether the chosen key is an email in records that give their person's birth date: a family's
   * address under which a parent books for the children (a patient portal's account). Its rows of
   * another birth date are another person; a row without one is the address's person.
   */
  private birthShared(columns: readonly ColumnState[]): boolean {
    this.keyBirthShared ??= !this.namedKey && typeof this.subjectKey === 'string' && subjectKeyRank(this.subjectKey) === 1
      && columns.some((column) => column.profile.hint === 'date-of-birth' && column.party < 0 && !column.profile.thirdParty);
    return this.keyBirthShared;
  }

  private keyBirthShared: boolean | undefined;

  /** Whether the chosen key is a messaging platform's account (see PLATFORM_ACCOUNT), judged once per key. */
  private platformKey(): boolean {
    this.keyIsPlatform ??= typeof this.subjectKey === 'string' && PLATFORM_ACCOUNT.test(this.subjectKey);
    return this.keyIsPlatform;
  }

  private keyIsPlatform: boolean | undefined;

  /**
   * Whether records with these columns are about organisations (a store locator, a supplier list,
   * map points of interest): a column names an organisation's id, name or kind, and none names a
   * person (a first name, a date of birth, a person's key). Their phones, addresses and bare names
   * are then the organisation's: like place-only columns, they count for a record only when
   * something else in it is someone's (a contact's email).
   */
  private aboutOrganisations(columns: readonly ColumnState[]): boolean {
    if (columns === this.orgColumns) return this.aboutOrgs;
    let organisation = false;
    let person = false;
    let product: string | undefined;
    let providerNames = false;
    let otherNames = false;
    let orgNames = false;
    for (const column of columns) {
      if (column.party >= 0) continue;
      if (column.orgName) orgNames = true;
      if (column.profile.organisation) organisation = true;
      else if (column.namesPerson) person = true;
      product ??= PRODUCT_CODE.exec(column.profile.name.trim())?.[1];
      if (column.profile.hint === 'person-name') {
        // camelCase as words ("ProviderFirstName").
        if (PROVIDER_NAME.test(column.profile.name.replace(/([a-z])([A-Z])/g, '$1 $2'))) providerNames = true;
        else otherNames = true;
      }
    }
    this.orgColumns = columns;
    this.aboutOrgs = organisation && !person;
    // A directory of clinicians, or of organisations that name no one (NPPES's type 2: clinics, hospitals).
    // So is one whose columns describe clinicians (a credential, a specialty next to the NPI).
    const clinicians = columns.some((column) => CLINICIAN_COLUMN.test(column.profile.name.trim())) && columns.some((column) => column.profile.hint === 'us-npi');
    this.aboutProviders = ((providerNames || orgNames) && !otherNames) || clinicians;
    this.productName = product === undefined ? undefined : `${product}name`;
    return this.aboutOrgs;
  }

  /** Whether a name column holds a part of its person's name (a first, a last, a given or a family name). */
  private isNamePart(column: ColumnState): boolean {
    let part = this.namePartColumns.get(column);
    if (part === undefined) {
      part = this.nameParts.has(column.profile.name) || columnWords(column.profile.name).some((word) => NAME_PART_WORDS.has(word));
      this.namePartColumns.set(column, part);
    }
    return part;
  }

  private readonly namePartColumns = new Map<ColumnState, boolean>();

  /** Whether these columns are a directory or a schedule of clinicians (see aboutOrganisations, which decides it). */
  private aboutClinicians(columns: readonly ColumnState[]): boolean {
    this.aboutOrganisations(columns);
    return this.aboutProviders;
  }

  private orgColumns: readonly ColumnState[] | undefined;
  private aboutOrgs = false;
  /** The records name clinicians and no one else (NPPES's provider directory): see validated. */
  private aboutProviders = false;
  /** The name column of the product a record's code belongs to ("name" next to "sku", "items.name" next to "items.sku"). */
  private productName: string | undefined;

  // ---- other people of a record (a gift's recipient, a pupil's guardian, an emergency contact) --

  private partyPlaceValue(party: PartyRow, column: ColumnState, value: string): void {
    const trimmed = value.trim();
    if (column.role === 'country') party.country ??= trimmed;
    else if (column.role === 'state' || column.role === 'region') party.state ??= trimmed;
    else if (column.role === 'postal-code' && party.zip === undefined) {
      party.zip = trimmed;
      // Five digits under a French, German or Italian postcode's name ("code_postal_acquereur"): that country's, where nothing else says.
      party.zipCountry = countryOfNamedPostcode(column.profile.name, trimmed);
    } else if (column.role === 'address' && value.length <= 300) party.address ??= value;
  }

  /**
   * The party a value of their column is: JSON lists (guardians[]) flatten to repeated columns, and a
   * column read again for the same person is the list's next person.
   */
  private partyOfList(index: number, column: ColumnState): PartyRow {
    const current = this.parties[index] as PartyRow;
    if (column.partyRow === this.rowNumber && column.partySeq === current.seq) {
      this.finishedParties.push({ ...current });
      Object.assign(current, newParty(), { touched: current.touched, seq: current.seq + 1, child: current.child, seller: current.seller, family: current.family, listed: current.listed, holder: current.holder });
    }
    column.partyRow = this.rowNumber;
    column.partySeq = current.seq;
    return this.touch(index);
  }

  /** Runs the detectors on a value of another person's column: what they find is that person's. */
  private detectForParty(value: string, column: ColumnState, index: number): void {
    const party = this.partyOfList(index, column);
    // One field of a name, a relation and a number (Cliniko's "Emergency contact": "Jack Baker (husband) 0412 381 207").
    const told = column.profile.hint === 'person-name' || column.profile.hint === undefined ? NAME_RELATION_PHONE.exec(value.trim()) : null;
    if (told) {
      this.toldContact(party, told[1] ?? '', told[2] ?? '');
      return;
    }
    this.partyPlaceValue(party, column, value);
    this.detectAsParty(party, () => this.detect(value, column));
    // Who the person is: their email, else what names and reaches them.
    const hint = column.profile.hint;
    // A cloud IAM binding's member ("user:rwalker83@outlook.com" added by a Google Cloud SetIamPolicy) by its email; a group, a
    // domain or a service account is no one.
    const member = hint === undefined ? IAM_USER_MEMBER.exec(value.trim()) : null;
    if (hint === 'email' || member) {
      const email = (member?.[1] ?? value).trim().toLowerCase();
      if (party.email === undefined && isPersonalEmail(email)) party.email = email;
    } else if (hint === 'person-name' || hint === 'phone' || hint === 'postal-address' || hint === 'date-of-birth') {
      party.key += `${value.trim().toLowerCase()}\u0000`;
    }
    if (hint === 'phone') party.phone ??= value.trim();
    // Their id under the key's own name ("insuredPersons[].partyId" where "policyholder.partyId" keys the
    // records): who they are in every record and role, their own records' person included.
    if (this.keyField !== '' && (lastSegment(column.profile.name) === this.keyField || (this.directMessages && RECIPIENT_ID.test(column.profile.name.trim())))) party.id ??= value.trim();
    if (party.listed && CONTACT_OWN_ID.test(lastSegment(column.profile.name))) party.listId ??= value.trim();
    // Else their own number under their role's name ("Prisoner Number" on a visits log): who they are on every row, in their role's namespace.
    else if (party.id === undefined && HELD_PARTIES.has(this.partyNames[index] ?? '') && isIdName(column.profile.name.trim()) && value.trim() !== '') {
      party.id = `${this.partyNames[index]}\u0003${value.trim()}`;
    }
    // A platform's user in a role (a moderation report's "reporter_user_id", "reported_user_id", a DNA match's "match_tester_id"):
    // one user by that id in every role, and the record's own person where it keys the records ("tester_id").
    else if (party.id === undefined && USER_PARTIES.test(this.partyNames[index] ?? '') && isIdName(column.profile.name.trim()) && value.trim() !== '') {
      party.id = value.trim();
    }
    // Else their personal number (a dependant's codice fiscale, a spouse's SSN): who they are on every row and in every role.
    if (party.id === undefined && hint !== undefined && PERSONAL_NUMBER_HINTS.has(hint) && value.trim().length >= 6) party.id = value.trim();
    if (SELF_ROLE_COLUMN.test(lastSegment(column.profile.name)) && SELF_ROLE.test(value.trim())) party.self = true;
    // A list's item flagged as the account's own (a family plan's primary profile: "primary": true) is the record's person.
    if (OWN_ITEM_FLAG.test(lastSegment(column.profile.name)) && /^(?:true|1|yes|y)$/i.test(value.trim())) party.self = true;
    if (SELF_ROLE_COLUMN.test(lastSegment(column.profile.name)) && HOUSEHOLD_ROLE.test(value.trim())) party.homeRole = true;
    // A beneficiary whose type says it is an organisation or an estate (a charity, "Estate of ..."), an audit event's target
    // that is software (Okta's AppInstance), is no one.
    if (PARTY_KIND.test(lastSegment(column.profile.name)) && (ORGANISATION_PARTY.test(value.trim()) || SERVICE_ACCOUNT.test(value.trim()))) party.organisation = true;
    // So is one flagged as a company (a practice-management matter's contacts: a lender, the other side's solicitors).
    if (COMPANY_FLAG.test(lastSegment(column.profile.name)) && /^(?:true|1|yes|y)$/i.test(value.trim())) party.organisation = true;
    // So is one whose name is a company's (a police case's injured party "Kölner Verkehrs-Betriebe AG").
    if (hint === 'person-name' && namesOrganisation(value)) party.organisation = true;
    if (hint === 'person-name') party.names += ` ${keyName(column, value)}`;
    else if (hint === 'date-of-birth') party.birth = birthKeyOf(value.trim().toLowerCase(), this.asOf.getUTCFullYear());
  }

  /** Runs `detect` for another person of the row: what it finds (categories, age, a phone's country) is theirs, not the row's. */
  private detectAsParty(party: PartyRow, detect: () => void): void {
    this.partyInDetection = party;
    const mask = this.rowMask;
    const age = this.rowAge;
    const ageOfBirth = this.rowAgeOfBirth;
    const idAge = this.rowIdAge;
    const phoneCountry = this.rowPhoneCountry;
    this.rowMask = 0;
    this.rowAge = -1;
    this.rowAgeOfBirth = false;
    this.rowIdAge = -1;
    this.rowPhoneCountry = undefined;
    this.inParty = true;
    detect();
    this.inParty = false;
    party.mask |= this.rowMask;
    party.phoneCountry ??= this.rowPhoneCountry;
    if (this.rowIdAge >= 0 && !this.rowAgeOfBirth) this.rowAge = this.rowIdAge;
    this.rowIdAge = idAge;
    if (this.rowAge >= 0 && (party.age < 0 || this.rowAge < party.age)) party.age = this.rowAge;
    this.rowMask = mask;
    this.rowAge = age;
    this.rowAgeOfBirth = ageOfBirth;
    this.rowPhoneCountry = phoneCountry;
  }

  /** Reads a contact written in one field as their name and their phone number (see detectForParty). */
  private toldContact(party: PartyRow, name: string, phone: string): void {
    this.detectAsParty(party, () => {
      detectInto(name, PERSON_NAME_COLUMN, this);
      detectInto(phone, PHONE_COLUMN, this);
    });
    party.key += `${name.toLowerCase()}\u0000${phone}\u0000`;
    party.phone ??= phone;
    party.names += ` ${name}`;
  }

  /** The last segment of the key's column name when the key is an id ("partyId" of "policyholder.partyId"), else ''. */
  private get keyField(): string {
    if (typeof this.subjectKey !== 'string' || this.subjectKey === CLOUDTRAIL_SUBJECT) return '';
    const column = this.keyColumn ?? this.columns.get(this.subjectKey);
    return column?.profile.hint === 'email' ? '' : lastSegment(this.subjectKey);
  }

  /** Whether the row's other people with any data are all in lists of persons (see LISTED_PEOPLE), one at least. */
  private listedPeople(): boolean {
    if (this.finishedParties.length === 0 && this.touchedParties.length === 0) return false;
    const named = [...this.finishedParties, ...this.touchedParties].filter((party) => party.mask !== 0);
    return named.length > 0 && named.every((party) => party.listed);
  }

  private touch(index: number): PartyRow {
    const party = this.parties[index] as PartyRow;
    if (!party.touched) {
      party.touched = true;
      party.maybeSelf = MAYBE_SELF_PARTY.test(this.partyNames[index] ?? '');
      party.child = CHILD_PARTY.test(this.partyNames[index] ?? '');
      party.accused = ACCUSED_PARTY.test(this.partyNames[index] ?? '');
      party.seller = this.partyNames[index] === 'seller';
      party.holder = PAYMENT_HOLDERS.some((holder) => holder.role === this.partyNames[index]);
      party.listed = LISTED_PEOPLE.test(this.partyNames[index] ?? '');
      party.family = HOUSEHOLD_PARTY.test(this.partyNames[index] ?? '') || FAMILY_PARTY.test(this.partyNames[index] ?? '');
      this.touchedParties.push(party);
    }
    return party;
  }

  /**
   * The row's "other" people who are its own person (a claim's claimant "Self", an insured person
   * who is the policyholder: the same name and birth date; a self-transfer's beneficiary: the same
   * full name where no one has a birth date): their data is the record's person's, and they are not counted again.
   */
  private selfParties(ownNames: string, ownBirth: string, ownPerson: boolean, unplaced: boolean): void {
    const wordsOf = (names: string): string => [...new Set(nameWords(names.toLowerCase()))].sort().join(' ');
    const own = wordsOf(ownNames);
    const parties = [...this.finishedParties, ...this.touchedParties];
    // A record that names no one of its own but one child (a children's app's account: "child_first_name"
    // next to a parent's email) is the child's.
    const children = ownPerson ? 0 : parties.filter((party) => party.child && party.mask !== 0 && party.lo === 0).length;
    for (const party of parties) {
      if (party.mask === 0 || party.lo !== 0) continue;
      // A household's "applicant", a family's "self": the record's own person by their role. So is a card's holder unless the
      // record's own name is another's (a family's applications paid with the father's card): "O MARSH" is Oliver Marsh.
      if (party.self || (children === 1 && party.child) || (party.holder && (own === '' || party.names === '' || namesHolder(party.names, own)))) {
        unplaced = this.partyIsOwn(party, unplaced);
        continue;
      }
      if (party.names === '' || own === '') continue;
      // Birth dates decide where the record has them; where it has none at all, a full name alone, for
      // a role its own person may hold (a self-transfer's beneficiary; not a parent, who may share a
      // child's name, nor a companion, who is someone else by definition).
      const names = wordsOf(party.names);
      // A full name alone may drop a middle name ("Anna Maria Weber" books, "ANNA WEBER" flies).
      // A role without a birth date of its own (a SEPA mandate's Kontoinhaber) is told by the full name alone too.
      const byName = ownBirth === '' || (party.birth === '' && party.maybeSelf);
      const same = names === own || (byName && party.maybeSelf && withinName(names, own));
      if (!same || (!byName && party.birth !== ownBirth) || (byName && (!party.maybeSelf || !names.includes(' ')))) continue;
      unplaced = this.partyIsOwn(party, unplaced);
    }
  }

  /**
   * A party who is the record's own person: what they have is the record's, and where they live is
   * where it is when the record says no more (a booking's contact, placed by their passenger's residence).
   * Returns whether the record is still unplaced.
   */
  private partyIsOwn(party: PartyRow, unplaced: boolean): boolean {
    this.rowMask |= party.mask;
    if (party.age >= 0) this.age(party.age);
    party.mask = 0;
    if (!unplaced || !isPlaced(party)) return unplaced;
    this.rowPlace = this.partyPlace(party);
    return false;
  }

  /** Counts the other people of the row with any personal data, placed by their own columns or else with the record. */
  private countParties(household: string): void {
    if (this.touchedParties.length > 1) {
      joinSpelledEmails(this.touchedParties);
      joinSameNames(this.touchedParties);
      this.placeSpouses();
    }
    this.placeListHousehold();
    for (const party of this.finishedParties) this.countParty(party, household);
    this.finishedParties.length = 0;
    for (const party of this.touchedParties) {
      this.countParty(party, household);
      Object.assign(party, newParty(), { seq: party.seq });
    }
    this.touchedParties.length = 0;
  }

  /**
   * A party's spouse known by no address of their own ("nom_conjoint_acquereur" beside the buyer's "adresse_acquereur"):
   * lives where that party does.
   */
  private placeSpouses(): void {
    for (let index = 0; index < this.parties.length; index++) {
      const spouse = this.parties[index];
      const of = SPOUSE_OF_PARTY.exec(this.partyNames[index] ?? '')?.[1];
      if (of === undefined || !spouse?.touched || isPlaced(spouse)) continue;
      const partner = this.parties[this.partyNames.indexOf(of)];
      if (partner?.touched !== true) continue;
      placeWith(spouse, partner);
    }
  }

  /**
   * A child or a spouse of a list of the record's people with no address of their own (a family law matter's contacts:
   * "role": "Child") lives where the first other person of the list who has one does (the client), in a record that has no
   * place of its own (else they live at the record's: an employee's emergency contacts, see partyPlace).
   */
  private placeListHousehold(): void {
    if (this.rowPlace !== 0 || this.finishedParties.length === 0) return;
    if (!(this.finishedParties.some((party) => party.homeRole) || this.touchedParties.some((party) => party.homeRole))) return;
    const listed = [...this.finishedParties, ...this.touchedParties];
    const home = listed.find((party) => !party.homeRole && !party.organisation && isPlaced(party));
    if (home === undefined) return;
    for (const party of listed) if (party.homeRole && !isPlaced(party)) placeWith(party, home);
  }

  /** The country of the row's parent's or guardian's phone number, if the row names one. */
  private householdPhoneCountry(): string | undefined {
    for (let index = 0; index < this.parties.length; index++) {
      const household = this.parties[index];
      if (household?.touched && household.phoneCountry !== undefined && HOUSEHOLD_PARTY.test(this.partyNames[index] ?? '')) return household.phoneCountry;
    }
    return undefined;
  }

  /** Counts one other person of the row, if they have any personal data (at the row's end: its place is known then). */
  private countParty(party: PartyRow, household: string): void {
    const role = this.partyNames[this.parties.indexOf(party)] ?? '';
    // A birth year (and month) alone: the oldest they can be (see settleBirthParts).
    if (party.age < 0 && party.birthYear > 0) {
      const age = oldestAge(party.birthYear, party.birthMonth, this.asOf);
      if (age >= 0) party.age = age;
    }
    // A person is who their email, else their name and birth date say (the same key as a record's own
    // person's: a mother in one act is the spouse of another and the person of a third), else what names and reaches them.
    const named = party.names === '' || party.birth === '' ? '' : nameWords(party.names.toLowerCase()).sort().join(' ');
    // Known by a phone number alone (a call's B party): that number, as a subscriber's key writes it.
    // With a name and an address but no birth date (a gift's recipient), those two: the phone is on some orders, not on others.
    const key = party.id ?? party.email ?? (named !== '' ? `${named}\u0001${party.birth}\u0000`
      : knownByPhoneAlone(party) ? party.phone ?? ''
        : party.names !== '' && party.address !== undefined ? `${nameWords(party.names).sort().join(' ')}\u0002${party.address.trim().toLowerCase()}`
          // A relative known by a name alone: the one of that name in the record's household (a sibling's row gives their mother
          // at the same address; two alumni's spouses of one name at two addresses are two people). Not a landlord or a courier,
          // whose many tenants and customers live at many addresses. A beneficiary known by a name alone: the one of that name under
          // the record's key (two employees' daughters of one name are two).
          : party.names !== '' && party.family ? `${party.key}\u0006${household}`
            : party.names !== '' && isBeneficiary(role) ? `${party.key}\u0006${this.rowKeyPerson}` : party.key);
    if (party.mask !== 0 && JOINT_OBLIGOR.test(role)) party.mask |= this.rowMask & FINANCIAL_FLAG;
    // An organisation has no birth date: one with a birth date is a person whose list item ran into theirs.
    if (party.mask === 0 || (party.organisation && party.birth === '') || (key === '' && party.lo === 0)) return;
    // A birth date and nothing else (a registry's "mother_dob" beside the registrant's own name and email): no one to tell apart.
    if (party.lo === 0 && party.names === '' && party.email === undefined && party.phone === undefined && party.id === undefined
      && party.address === undefined && (party.mask & ~(IDENTITY_FLAG | ageFlags(0))) === 0) return;
    if (party.lo === 0) this.fingerprinter.of(key);
    const hi = party.lo === 0 ? this.fingerprinter.hi : party.hi;
    const lo = party.lo === 0 ? this.fingerprinter.lo : party.lo;
    const place = this.partyPlace(party);
    this.people.record(hi, lo, party.mask | ageFlags(party.age), place);
    if (party.email !== undefined && party.names !== '' && this.guardianAliases.size < CLASSIFIER_LIMITS.memberAliases) this.noteGuardianAlias(emailAndName(party.email, party.names), hi, lo);
    else if (party.id === undefined && party.email === undefined && named !== '' && this.guardianAliases.size < CLASSIFIER_LIMITS.memberAliases) this.noteGuardianAlias(nameAndBirth(party.names, party.birth), hi, lo);
    else if (party.id === undefined && party.email === undefined && party.names !== '' && household !== '' && isHomeAlias(role)
      && this.guardianAliases.size < CLASSIFIER_LIMITS.memberAliases) {
      this.noteGuardianAlias(nameAtHome(party.names, household), hi, lo);
    } else if (party.id === undefined && party.email === undefined && party.names !== '' && this.rowKeyPerson !== '' && isBeneficiary(role)
      && this.guardianAliases.size < CLASSIFIER_LIMITS.memberAliases) {
      this.noteGuardianAlias(nameUnderKey(party.names, this.rowKeyPerson), hi, lo);
    }
    // One name at one phone number is one person, whatever else one row gives of them: a parent (known by their email) who is
    // another child's emergency contact (known by their name and number). Joined through the pair, never recorded itself.
    // A booking's contact is the passenger of their name ("Alessandro Ricci" on "RICCI/ALESSANDRO MR"'s row), an adult
    // (a daughter may bear her mother's name); so is an order's recipient the buyer of their name (Rakuten's 送付先, Coupang's
    // 수취인: a gift's recipient has another).
    if (this.rowKeyed && !(this.rowAge >= 0 && this.rowAge < 18) && party.names !== '' && this.rowOwnName !== '' && OWN_NAMESAKE_PARTIES.has(role)
      && nameWords(party.names).sort().join(' ') === nameWords(this.rowOwnName).sort().join(' ')) {
      this.people.link(hi, lo, this.rowHi, this.rowLo);
    }
    if (party.names !== '' && party.phone !== undefined) {
      const digits = party.phone.replace(/\D/g, '');
      if (digits.length >= 7) {
        this.fingerprinter.of(`\u0005${nameWords(party.names.toLowerCase()).sort().join(' ')}\u0001${digits.slice(-9)}`);
        this.people.link(hi, lo, this.fingerprinter.hi, this.fingerprinter.lo);
      }
    }
    if (place === 0 && this.rowShared !== undefined) this.pendShared(true, hi, lo, 0);
    // They are affected people too: the notice reaches them where the export has their address.
    if (party.email !== undefined && this.collectEmails) this.noteEmail(party.email, place);
  }

  /** Notes an address with a place of its records; one seen in records of two places gets both. */
  private noteEmail(email: string, place: number): void {
    const known = this.emails.get(email);
    if (known === undefined || known === 0) this.emails.set(email, place);
    else if (place !== 0 && place !== known) this.emails.set(email, this.places.union(known, place));
  }

  private partyPlace(party: PartyRow): number {
    if (!isPlaced(party)) {
      // Known by a phone number alone (a call's B party, a stranger to the record): the country it dials,
      // when the record is elsewhere. A named person (a guardian, an emergency contact) is the record's
      // household or family: placed with it whatever their number, by it only when the record is nowhere.
      const phoned = (knownByPhoneAlone(party) && party.email === undefined) || this.rowPlace === 0 || party.seller ? party.phoneCountry : undefined;
      if (party.seller) return phoned === undefined ? 0 : this.places.idOf([phoned], NO_STATES);
      const here = this.places.jurisdictions[this.rowPlace] ?? [];
      const pending = this.rowPlace === 0 && this.rowShared !== undefined; // the record's state is decided at the end
      return phoned === undefined || pending || here.includes(phoned) ? this.rowPlace : this.places.idOf([phoned], NO_STATES);
    }
    const countries: string[] = [];
    const states: string[] = [];
    const country = party.country === undefined ? undefined : this.countryColumnLookup.get(party.country);
    if (country) countries.push(country);
    const state = party.state === undefined ? undefined : this.stateLookup.get(party.state);
    if (state) states.push(state);
    if (party.address !== undefined) {
      const found = this.readAddress(party.address);
      if (countries.length === 0 && found?.country) countries.push(found.country);
      if (states.length === 0 && found?.state) states.push(found.state);
      party.zip ??= found?.zip;
    }
    if (countries.length === 0 && party.zip !== undefined) {
      const byPostcode = countryOfPostcode(party.zip) ?? party.zipCountry;
      if (byPostcode !== undefined) countries.push(byPostcode);
    }
    if (states.length === 0 && party.zip !== undefined && (countries.includes('US') || (countries.length === 0 && this.places.jurisdictions[this.rowPlace]?.includes('US')))) {
      const fromZip = usStateOfZip(zipWithZeros(party.zip));
      if (fromZip) states.push(fromZip);
    }
    if (countries.length === 0 && states.length === 0) return this.rowPlace;
    return this.places.idOf(countries, countries.length === 0 || countries.includes('US') ? states : NO_STATES);
  }

  /**
   * The row's age flags into rowMask. A birth date that reads either way (03/04/2012) in a column
   * that has not yet shown its order is settled at the end (settlePendingAges) when its two
   * readings give the row different flags; the flags both give are set now. Returns what waits.
   */
  private settleRowAge(): readonly [ColumnState, number, number] | undefined {
    const column = this.rowDateColumn;
    const monthFirst = this.rowAgeMonthFirst;
    const dayFirst = this.rowAgeDayFirst;
    this.rowDateColumn = undefined;
    this.rowAgeMonthFirst = -1;
    this.rowAgeDayFirst = -1;
    if (!column) {
      this.rowMask |= ageFlags(this.rowAge);
      return undefined;
    }
    // An age column's age gives way to the birth date's, whichever order it reads in.
    const known = this.rowAgeOfBirth ? this.rowAge : -1;
    const withMonthFirst = ageFlags(youngest(known, monthFirst));
    const withDayFirst = ageFlags(youngest(known, dayFirst));
    this.rowMask |= withMonthFirst & withDayFirst;
    if (withMonthFirst === withDayFirst) return undefined;
    // Held rows (a probation open on them) and an overfull list are read in the country's order now.
    if (this.rowHeld || this.pendingAges.length >= CLASSIFIER_LIMITS.pendingAges) {
      this.rowMask |= dateOrderOf(this.country) === 'dmy' ? withDayFirst : withMonthFirst;
      return undefined;
    }
    return [column, withMonthFirst, withDayFirst];
  }

  /**
   * Places the records that only a US ZIP code placed, when the export is a US one: of the records
   * that were placed and had a ZIP code, at least 20 and 95 % were in the US.
   */
  private settlePendingZips(): void {
    const usExport = this.zipsInUs >= 20 && this.zipsElsewhere * 19 <= this.zipsInUs;
    for (const entry of this.pendingZips) {
      if (entry.column) this.placeShared(entry, entry.column);
      else if (usExport) this.placeLater(entry);
    }
    this.pendingZips.length = 0;
  }

  /**
   * Waits to place a record (or another person placed with it) by a shared state code until the
   * code's column is seen whole; past the bound, decides on what the column showed so far.
   */
  private pendShared(keyed: boolean, hi: number, lo: number, mask: number): void {
    const [state, column, country] = this.rowShared as readonly [string, ColumnState, string?];
    const entry: PendingZip = { keyed, hi, lo, state, mask, column, country };
    if (this.pendingZips.length < CLASSIFIER_LIMITS.pendingAges) this.pendingZips.push(entry);
    else this.placeShared(entry, column);
  }

  /**
   * Places a record by a shared code: in the country the person's other records place them in, when
   * the code is one of its regions (WordPress's wp_usermeta: billing_country US on one row,
   * billing_state CA on another); else a US state when its column showed no other country's places,
   * else the code's country if it names one, or the country of the column's other regions when the
   * code is one of its regions too (WA beside NSW and VIC is Western Australia).
   */
  private placeShared(entry: PendingZip, column: ColumnState): void {
    const placedIn = entry.keyed ? new Set(this.people.placesOf(entry.hi, entry.lo).flatMap((place) => this.places.jurisdictions[place] ?? [])) : undefined;
    if (placedIn?.size) {
      const code = entry.state.slice(entry.state.indexOf('-') + 1);
      if (!entry.state.startsWith(FOREIGN_SHARED_PREFIX) && placedIn.has('US')) {
        this.placeLater(entry);
        return;
      }
      const country = [...placedIn].find((place) => FOREIGN_SHARED_CODES[code]?.includes(place) || SHARED_REGION_CODES[place]?.has(code));
      if (country !== undefined) {
        this.placeLater(entry, country);
        return;
      }
    }
    if (entry.state.startsWith(FOREIGN_SHARED_PREFIX)) {
      const code = entry.state.slice(FOREIGN_SHARED_PREFIX.length);
      // NL in a column of countries' codes is the Netherlands, beside ON and BC Newfoundland.
      if (entry.country !== undefined) {
        const province = this.provinceLookup.get(code);
        const country = column.countryCodes > 0 ? entry.country : province;
        if (country !== undefined) this.placeLater(entry, country);
        return;
      }
      // NT beside NSW and VIC is Australia's, beside ON and BC Canada's.
      const country = column.foreignCountry;
      if (country && FOREIGN_SHARED_CODES[entry.state.slice(FOREIGN_SHARED_PREFIX.length)]?.includes(country)) this.placeLater(entry, country);
      return;
    }
    // A country's when the column's other records of the code showed it (their emails at .de), or its other codes are mostly countries'.
    if (entry.country !== undefined && (this.sharedCountries.has(`${column.profile.name}\u0000${entry.state}`)
      || (column.countryCodes > 0 && column.countryCodes >= column.usRegions))) this.placeLater(entry, entry.country);
    else if (column.foreignRegions === 0 || column.usRegions >= column.foreignRegions) this.placeLater(entry);
    else if (entry.country !== undefined) this.placeLater(entry, entry.country);
    else if (column.foreignCountry && SHARED_REGION_CODES[column.foreignCountry]?.has(entry.state.slice(3))) this.placeLater(entry, column.foreignCountry);
  }

  /** Places a record counted before without a place: in its US state, or in `country`. */
  private placeLater(entry: PendingZip, country?: string): void {
    const place = country === undefined ? this.places.idOf([], [entry.state]) : this.places.idOf([country], NO_STATES);
    if (entry.keyed) this.people.record(entry.hi, entry.lo, 0, place);
    else if (entry.mask !== 0) countInPlace(this.rowTally, place, entry.mask);
  }

  /** Settles the waiting birth dates by what their columns showed, else by each record's country. */
  private settlePendingAges(): void {
    for (const entry of this.pendingAges) {
      const order = learnedOrder(entry.column) ?? entry.byCountry;
      const flags = order === 'dmy' ? entry.dayFirst : entry.monthFirst;
      if (entry.keyed) this.people.record(entry.hi, entry.lo, flags, entry.place);
      else this.addRowFlags(flags & ~(entry.dayFirst & entry.monthFirst), entry.place);
    }
    this.pendingAges.length = 0;
  }

  /** Adds flags to a row person already counted (no new person). */
  private addRowFlags(flags: number, place: number): void {
    const tally = this.rowTally;
    const entry = place === 0 ? undefined : tally.places.get(place);
    for (let bit = 0; bit < MASK_BITS; bit++) {
      if (!(flags & (1 << bit))) continue;
      tally.bits[bit] = (tally.bits[bit] ?? 0) + 1;
      if (entry) entry.bits[bit] = (entry.bits[bit] ?? 0) + 1;
    }
  }

  /**
   * The place an address names at its end: a country after the last comma ("…, Germany",
   * "…, USA"), then, in the US or with no country, a ZIP code and the state before it, as a code
   * or a name in any case ("IL 62704", "California 94043", "new york, 10001"). A state counts
   * only when its ZIP agrees; a lone ZIP is kept for records placed in the US by other columns.
   */
  private readAddress(address: string, column?: ColumnState): AddressPlace | undefined {
    // Lines of an address as its parts ("12 Main Street\nBoston, MA 02108\nUnited States"); parts set apart by runs of
    // spaces instead of commas (Mailchimp: "1 Main St  Hartford  CT  06510  US").
    const lines = address.includes('\n') ? address.trim().replace(/\s*\r?\n\s*/g, ', ') : address;
    // (A comma inside a part stays: "Calle Real, 101  Bilbao  48096  ES".)
    const value = lines.includes('  ') ? lines.trim().replace(/,?\s{2,}/g, ', ') : lines;
    let rest = value;
    let country: string | undefined;
    // A Japanese, Korean, Chinese or Taiwanese address starts with its prefecture or province ("京都府京都市東山区...", "서울특별시 ..."),
    // after its postcode or not ("701臺南市東區...", "〒600-8216 京都府...").
    const lead = value.charCodeAt(0);
    const postcode = (lead >= 0x30 && lead <= 0x39) || lead === 0x3012 ? CJK_POSTCODE_FIRST.exec(value) : null;
    const start = postcode === null ? 0 : postcode[0].length;
    if (value.charCodeAt(start) >= 0x3000) {
      for (let length = 2; length <= 7 && start + length <= value.length; length++) {
        const place = this.provinceLookup.get(value.slice(start, start + length));
        if (place !== undefined) return { country: place };
      }
    }
    // Singapore's six-digit postcode after its name, the city-state's address's end ("Blk 997 Jurong West St 42 #05-858 Singapore 292683").
    if (SINGAPORE_END.test(value)) return { country: 'SG' };
    // A country in brackets after the city ("1000 Bruxelles (Belgique)", as French civil registers write a domicile abroad).
    const bracketed = value.endsWith(')') ? /\(([^()]{2,40})\)\s*$/.exec(value) : null;
    if (bracketed?.[1] !== undefined) {
      country = this.countryLookup.get(bracketed[1].trim());
      if (country) rest = value.slice(0, bracketed.index);
    }
    const comma = country === undefined ? value.lastIndexOf(',') : -1;
    if (comma > 0) {
      const last = value.slice(comma + 1).trim();
      country = this.countryLookup.get(last);
      // A US state after a city without a ZIP code ("Austin, TX", "Boston, Massachusetts", as profiles and applicant
      // systems write a location); one that also names a country ("San Diego, CA", "Atlanta, Georgia") is decided by the column.
      // Not after a postcode ("Hamburg, 20095, DE", "Berlin 10115, DE": a country's code there).
      const city = value.slice(value.lastIndexOf(',', comma - 1) + 1, comma);
      const state = /\d/.test(last) || /\d/.test(city) ? undefined : this.stateLookup.get(last);
      if (state !== undefined && !mayEndInZip(value)) {
        if (country !== undefined && country !== 'US') return { country, sharedState: state };
        if (column !== undefined) column.usRegions++;
        return { state };
      }
      // A location of a city and a code only a country has ("Lyon, FR"): the column's "Berlin, DE" may be Germany's (see placeShared).
      if (country !== undefined && country !== 'US' && state === undefined && column !== undefined && /^[A-Za-z]{2}$/.test(last) && !/\d/.test(city)) column.countryCodes++;
      if (country) rest = value.slice(0, comma);
      // A state before the country ("Austin, Texas, United States", as Intercom and LinkedIn write a location).
      if (country === 'US' && !mayEndInZip(rest)) {
        const part = rest.slice(rest.lastIndexOf(',') + 1).trim();
        const before = /\d/.test(part) ? undefined : this.stateLookup.get(part);
        if (before !== undefined) return { country, state: before };
      }
      // Another country's code at the end ("Berlin, DE") says the column's codes are not all US states (a
      // country's name, "Toronto, Canada", says nothing of how the column writes codes).
      if (country !== undefined && country !== 'US' && column !== undefined && /^[A-Z]{2}$/.test(last)) column.foreignRegions++;
    }
    if (country === undefined) {
      // A postcode of one country's shape at the end ("…, Leeds LS11 5DR").
      const byPostcode = countryOfPostcodeAtEnd(rest) ?? countryOfStreetAndPostcode(rest);
      if (byPostcode !== undefined) return { country: byPostcode };
      // A state or a province by name last, before its postcode or not ("Flat 812, MG Road, Mumbai, Maharashtra 400012").
      const province = comma > 0 ? PROVINCE_AT_END.exec(value.slice(comma + 1)) : null;
      const byProvince = province ? this.provinceLookup.get(province[1] ?? '') : undefined;
      if (byProvince !== undefined) return { country: byProvince };
    }
    if ((country !== undefined && country !== 'US') || !mayEndInZip(rest)) return country === undefined ? undefined : { country };
    const match = ZIP_AT_END.exec(rest);
    const zip = match?.[1];
    if (!match || zip === undefined) return country === undefined ? undefined : { country };
    const words = rest.slice(0, match.index + match[0].indexOf(zip)).split(WORDS);
    while (words.length > 0 && words[words.length - 1] === '') words.pop();
    // The state's code or name: its last one to three words ("NY", "New York", "District of Columbia").
    for (let n = 1; n <= 3 && n <= words.length; n++) {
      const state = this.stateLookup.get(words.slice(words.length - n).join(' '));
      if (state) return { country, zip, state: usStateOfZip(zip) === state ? state : undefined };
    }
    return { country, zip };
  }

  /**
   * Members by the email and name they may appear under as someone's guardian, with the birth date
   * they gave: members who share an email and a name but not a birth date (a mother and her adult
   * daughter) are namesakes, null here; with the same birth date (a member who joined again under a
   * new number) they are one person. Keyed by the alias's fingerprint as one number (aliasKey).
   */
  private readonly memberAliases = new Map<number, { members: number[]; birth: string } | null>();
  /** Where an enrolment's key persons live, by their key (see aliasKey), for their dependants' rows without an address. */
  private readonly keyPlaces = new Map<number, number>();
  /** The people the export names as others (guardians) by their email and name: the fingerprint they are counted under. */
  private readonly guardianAliases = new Map<number, readonly [number, number]>();

  /** A fingerprint of `alias` as one number: its high half and 21 bits of its low half (53 bits, as exact as a double holds). */
  private aliasKey(alias: string): number {
    this.fingerprinter.of(alias);
    return this.fingerprinter.hi * 0x200000 + (this.fingerprinter.lo >>> 11);
  }

  private noteMemberAlias(alias: string, birth: string): void {
    this.noteMember(this.aliasKey(alias), this.rowHi, this.rowLo, birth);
  }

  /** Notes a member (hi, lo) under an alias key, here or from another thread's classifier (see merge). */
  private noteMember(key: number, hi: number, lo: number, birth: string): void {
    const known = this.memberAliases.get(key);
    if (known === undefined) {
      if (this.memberAliases.size < CLASSIFIER_LIMITS.memberAliases) this.memberAliases.set(key, { members: [hi, lo], birth });
    } else if (known !== null && known.birth !== '' && birth !== '' && known.birth !== birth) {
      this.memberAliases.set(key, null);
    } else if (known !== null) {
      if (known.birth === '') known.birth = birth;
      for (let i = 0; i < known.members.length; i += 2) if (known.members[i] === hi && known.members[i + 1] === lo) return;
      if (known.members.length < 2 * CLASSIFIER_LIMITS.aliasMembers) known.members.push(hi, lo);
    }
  }

  private noteGuardianAlias(alias: string, hi: number, lo: number): void {
    const key = this.aliasKey(alias);
    if (!this.guardianAliases.has(key) && this.guardianAliases.size < CLASSIFIER_LIMITS.memberAliases) this.guardianAliases.set(key, [hi, lo]);
  }

  /**
   * Links each guardian to the members they are, and a member's records under several numbers to each
   * other (one email, name and birth date), where namesakes do not share the alias (see memberAliases).
   */
  private settleMemberAliases(): void {
    for (const entry of this.memberAliases.values()) {
      if (entry === null || entry.birth === PARTY_ALIAS) continue;
      for (let i = 2; i < entry.members.length; i += 2) {
        this.people.link(entry.members[0] as number, entry.members[1] as number, entry.members[i] as number, entry.members[i + 1] as number);
      }
    }
    for (const [key, guardian] of this.guardianAliases) {
      const entry = this.memberAliases.get(key);
      // Two members of one name and birth date (namesakes with their own numbers): the party is neither's for sure.
      if (entry && !(entry.birth === PARTY_ALIAS && entry.members.length > 2)) this.people.link(entry.members[0] as number, entry.members[1] as number, guardian[0], guardian[1]);
    }
    this.memberAliases.clear();
    this.guardianAliases.clear();
  }

  /** Links the row's person to their other names (see PeopleTable.link). */
  private linkAliases(aliases: readonly string[]): void {
    // A dump's row that names one person (an order's customer_id) is theirs, however many rows are (see PeopleTable.link).
    const owner = this.subjectKey === SQL_ROW && aliases.length === 1;
    for (const alias of aliases) {
      const trimmed = alias.trim();
      this.fingerprinter.of(trimmed.includes('@') ? trimmed.toLowerCase() : trimmed);
      this.people.link(this.rowHi, this.rowLo, this.fingerprinter.hi, this.fingerprinter.lo, owner);
    }
  }

  /** Counts a record as one person, if it holds any personal data (a line of a log without any is no one). */
  private countRow(mask: number, place: number, tally: Tally = this.rowTally): void {
    if (mask === 0) return;
    tally.subjects++;
    for (let bit = 0; bit < MASK_BITS; bit++) if (mask & (1 << bit)) tally.bits[bit] = (tally.bits[bit] ?? 0) + 1;
    if (place !== 0) countInPlace(tally, place, mask);
  }

  private recording: MemoEntry | undefined;
  /** The other person whose value is being read (see detectAsParty). */
  private partyInDetection: PartyRow | undefined;

  /** Runs detection apart from the row's own person: its hits count as evidence, and its flags are returned, not added to the row's. */
  private detectApart(detect: () => void): number {
    const mask = this.rowMask;
    this.rowMask = 0;
    detect();
    const found = this.rowMask;
    this.rowMask = mask;
    return found;
  }

  /** Runs the detectors on one value, through the column's memo when it has one. */
  private detect(raw: string, column: ColumnState): void {
    // Arabic-Indic digits ("٢٤٢١٤٨٥١٨٢", "١٩٨٧/٠٣/٢١", as Saudi and Egyptian systems write ids and dates) as the digits they are.
    const value = this.arabicHeader && ARABIC_INDIC_DIGIT.test(raw) ? westernDigits(raw) : raw;
    const memo = column.memo;
    if (memo === null || value.length > MEMO.maxValueLength) {
      detectInto(value, column.profile, this);
      return;
    }
    column.memoLookups++;
    const fingerprint = this.memoFingerprinter;
    fingerprint.of(value);
    const hi = fingerprint.hi;
    const lo = fingerprint.lo;
    const known = memo.get(hi, lo);
    if (known) {
      column.memoHits++;
      if (known.simple) {
        const ids = known.ids;
        const hits = column.hits;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as number;
          hits[id] = (hits[id] ?? 0) + 1;
        }
        this.rowMask |= known.mask;
        return;
      }
      for (const detector of known.validated) this.validated(detector);
      for (const detector of known.probable) this.probable(detector);
      if (known.age >= 0) this.age(known.age, column.profile.hint === 'age', known.ageFromId);
      if (known.phoneCountry) this.phoneCountry(known.phoneCountry);
      return;
    }
    if (column.memoLookups >= MEMO.trial) {
      // Judged per window of lookups: a column whose values stop repeating drops its memo.
      if (column.memoHits < column.memoLookups * MEMO.minHitRate) {
        column.memo = null; // mostly distinct values: the memo costs more than it saves
        detectInto(value, column.profile, this);
        return;
      }
      column.memoLookups = 0;
      column.memoHits = 0;
    }
    if (memo.size >= MEMO.entries) {
      detectInto(value, column.profile, this);
      return;
    }
    const recording: MemoEntry = { simple: false, mask: 0, ids: [], validated: [], probable: [], age: -1, ageFromId: false, phoneCountry: undefined, volatile: false };
    this.recording = recording;
    detectInto(value, column.profile, this);
    this.recording = undefined;
    for (const detector of recording.validated) {
      recording.mask |= flagsOf(detector);
      recording.ids.push(detector.id);
    }
    recording.simple = recording.probable.length === 0 && recording.age < 0 && recording.phoneCountry === undefined
      && !recording.validated.some((found) => found.weak === true || found === DETECTORS.abaRouting);
    if (!recording.volatile) memo.set(hi, lo, recording);
  }

  // ---- DetectionSink -------------------------------------------------------------------------

  validated(detector: DetectorInfo): void {
    // In records about animals (a vet's, a kennel's), health data is the animals', not their owners'.
    if (this.rowAnimals && detector.category === 'health' && !OWNER_COLUMN.test(this.current.profile.name)) return;
    // A directory's NPI is its clinician's own professional number, no one's health (a claim's tells of its patient's care).
    if (detector === DETECTORS.usNpi && this.aboutProviders) return;
    // So is a directory's licence number: a clinician's licence to practise, no driving licence.
    if (detector === DETECTORS.driverLicense && this.aboutProviders) return;
    this.recording?.validated.push(detector);
    if (detector === DETECTORS.abaRouting) this.rowUsBank = true;
    const hits = this.current.hits;
    hits[detector.id] = (hits[detector.id] ?? 0) + 1;
    // A sensitive word in a note counts for a record that is someone's, not for a line of marketing copy.
    if (detector.weak === true && !this.inParty && this.weakRow()) this.rowWeakMask |= flagsOf(detector);
    else this.rowMask |= flagsOf(detector);
  }

  /** Whether these columns have a country located from an IP address ("CC", "IP Country"), whose table's regions are located with it. */
  private hasCcColumn(columns: readonly ColumnState[]): boolean {
    if (columns !== this.ccColumnsOf) {
      this.ccColumnsOf = columns;
      this.ccColumnsSeen = columns.some((column) => column.role === 'cc');
    }
    return this.ccColumnsSeen;
  }

  /** Whether these columns describe animals (see ANIMAL_COLUMN), judged once per set of columns. */
  private aboutAnimals(columns: readonly ColumnState[]): boolean {
    if (columns !== this.animalColumnsOf) {
      this.animalColumnsOf = columns;
      this.animalColumns = columns.some((column) => column.animal);
    }
    return this.animalColumns;
  }

  /** The records name a marketplace's buyers and sellers: the sellers are other people (see namesBothSides). */
  private sellersApart = false;
  /** The records name an order's recipient ("recipient-name"): where it ships is theirs on a gift (see columnState). */
  private namesRecipient = false;
  /** The payment holders the records name (see PAYMENT_HOLDERS). */
  private readonly paymentHolders = new Set<(typeof PAYMENT_HOLDERS)[number]>();

  private notePaymentHolders(names: readonly string[]): void {
    for (const holder of PAYMENT_HOLDERS) if (names.some((name) => holder.name.test(name.trim()))) this.paymentHolders.add(holder);
  }

  /** The payment holder's party a column of the record's own is (its name, or its card's or account's number), or -1. */
  private paymentHolderOf(name: string, hint: string | undefined): number {
    for (const holder of this.paymentHolders) if (holder.name.test(name.trim()) || holder.hints.has(hint) || holder.columns?.test(name.trim()) === true) return this.partyIndexOf(holder.role);
    return -1;
  }
  private animalColumnsOf: readonly ColumnState[] | undefined;
  /** The columns last seen, and whether they are a life table's (see classifyRow). */
  private lifeTableOf: readonly ColumnState[] | undefined;
  private lifeTable = false;
  private animalColumns = false;
  /** The row's records are about animals (see aboutAnimals). */
  private rowAnimals = false;
  private ccColumnsOf: readonly ColumnState[] | undefined;
  /** The positions of a row's address values, read after its other place columns (see classifyRow). */
  private readonly addressColumns = new Int32Array(8);
  /** The message log columns (see messageColumnsOf) of the columns last seen. */
  private messageColumnsFor: readonly ColumnState[] | undefined;
  private messageColumns: MessageColumns | undefined;
  private ccColumnsSeen = false;

  /** Whether the row is someone's only if something in it shows it: no key, or a key that is no person's (see keyNamesPeople). */
  private weakRow(): boolean {
    return !this.rowKeyed || !this.keyNamesPeople();
  }

  /** What place-only columns and sensitive words found in a row that may be no one's (see weakRow). */
  private rowWeakMask = 0;

  probable(detector: DetectorInfo): void {
    this.recording?.probable.push(detector);
    const column = this.current;
    if (!column.tracked || this.inParty) return;
    let probation = column.probations.get(detector);
    if (!probation) {
      probation = { detector, column, firstValue: column.nonBlank, hits: 0, pending: [], verdict: 'open' };
      column.probations.set(detector, probation);
      this.openProbations.add(probation);
    }
    if (probation.verdict === 'accepted') {
      const recording = this.recording;
      this.recording = undefined;
      this.validated(detector);
      this.recording = recording;
    } else if (probation.verdict === 'open') {
      probation.hits++;
      if (this.rowKeyed) {
        // The place is known only at the row's end: the slot is filled then (see pendingPlace).
        probation.pending.push(this.rowHi, this.rowLo, -1);
        this.rowProbable = true;
      } else {
        probation.pending.push(this.rowNumber, 0, -1);
        this.rowHeld = true;
        const held = this.heldRows.get(this.rowNumber);
        if (held) held.holds++;
        else this.heldRows.set(this.rowNumber, { mask: 0, place: 0, holds: 1 });
      }
    }
  }

  phoneCountry(country: string): void {
    if (this.recording) this.recording.phoneCountry ??= country;
    this.rowPhoneCountry ??= country;
  }

  ambiguousAge(monthFirst: number, dayFirst: number): void {
    if (this.recording) this.recording.volatile = true;
    const order = learnedOrder(this.current) ?? (this.inParty ? dateOrderOf(this.country) : undefined);
    if (order) {
      const years = order === 'dmy' ? dayFirst : monthFirst;
      if (years >= 0) this.age(years);
      return;
    }
    // Not known yet: both readings wait for the row's end (see settleRowAge).
    this.rowDateColumn ??= this.current;
    if (monthFirst >= 0 && (this.rowAgeMonthFirst < 0 || monthFirst < this.rowAgeMonthFirst)) this.rowAgeMonthFirst = monthFirst;
    if (dayFirst >= 0 && (this.rowAgeDayFirst < 0 || dayFirst < this.rowAgeDayFirst)) this.rowAgeDayFirst = dayFirst;
  }

  sawDateOrder(order: DateOrder): void {
    if (order === 'dmy') this.current.dayFirstDates++;
    else this.current.monthFirstDates++;
  }

  birthPart(part: BirthPart, value: number): void {
    if (this.recording) this.recording.volatile = true;
    // Only the record's own person's: a relative's birth year is theirs (see detectForParty and countParty).
    if (this.inParty) {
      const party = this.partyInDetection;
      if (party !== undefined && part === 'year') party.birthYear = value;
      else if (party !== undefined && part === 'month') party.birthMonth = value;
      return;
    }
    if (part === 'year') this.rowBirthYear = value;
    else if (part === 'month') this.rowBirthMonth = value;
    else this.rowBirthDay = value;
  }

  /**
   * The age a date of birth in parts gives (see birthPart). Without the day or the month, the
   * oldest the person can be: a child born in 2014 is certainly under 13 on 2026-11-24, one born
   * in 2013 may be 13 already and is not counted under 13.
   */
  private settleBirthParts(): void {
    const year = this.rowBirthYear;
    const month = this.rowBirthMonth;
    const day = this.rowBirthDay;
    this.rowBirthYear = 0;
    this.rowBirthMonth = 0;
    this.rowBirthDay = 0;
    const age = month > 0 && day > 0 ? ageAt({ year, month, day }, this.asOf) : oldestAge(year, month, this.asOf);
    if (age !== undefined && age >= 0) this.age(age);
  }

  age(years: number, stated = false, fromId = false): void {
    if (this.recording) {
      this.recording.age = years;
      this.recording.ageFromId = fromId;
    }
    if (fromId) {
      if (this.rowIdAge < 0 || years < this.rowIdAge) this.rowIdAge = years;
      return;
    }
    // A birth date's age is the age at the as-of date; an age column's (an outpatient visit's "12 Y") may be of an earlier day.
    if (stated && this.rowAgeOfBirth) return;
    if (!stated && !this.rowAgeOfBirth) {
      this.rowAgeOfBirth = true;
      this.rowAge = years;
      return;
    }
    if (this.rowAge < 0 || years < this.rowAge) this.rowAge = years;
  }

  // ---- probation ------------------------------------------------------------------------------

  private decideDueProbations(): void {
    for (const probation of this.openProbations) {
      // Fill in the place of this row's pending entries.
      const pending = probation.pending;
      for (let i = pending.length - 1; i >= 2 && pending[i] === -1; i -= 3) pending[i] = this.rowPlace;
      if (windowOf(probation) >= CLASSIFIER_LIMITS.probationValues) this.decide(probation);
    }
  }

  private decide(probation: Probation): void {
    const accepted = wouldAccept(probation);
    probation.verdict = accepted ? 'accepted' : 'rejected';
    const bit = flagsOf(probation.detector);
    const pending = probation.pending;
    for (let i = 0; i + 2 < pending.length; i += 3) {
      const place = Math.max(pending[i + 2] ?? 0, 0);
      // A row without a key waits in heldRows; one no longer there was found to be no one's (a form's hint row): nothing to add.
      if (pending[i + 1] === 0) {
        const rowNumber = pending[i] ?? -1;
        const held = this.heldRows.get(rowNumber);
        if (!held) continue;
        if (accepted) held.mask |= bit;
        if (--held.holds <= 0) {
          this.heldRows.delete(rowNumber);
          this.countRow(held.mask, held.place);
        }
      } else if (accepted) {
        this.people.addBit(pending[i] ?? 0, pending[i + 1] ?? 0, bit, place);
      }
    }
    if (accepted) {
      const hits = probation.column.hits;
      hits[probation.detector.id] = (hits[probation.detector.id] ?? 0) + probation.hits;
    }
    pending.length = 0;
    this.openProbations.delete(probation);
  }

  // ---- columns --------------------------------------------------------------------------------

  /** Columns named "first" and "last" side by side (see nameParts). */
  private nameParts: ReadonlyMap<string, string> = new Map();

  private noteNameParts(names: readonly string[]): void {
    const found = new Map([...nameParts(names), ...typedDocumentNumbers(names)]);
    if (found.size > 0) this.nameParts = new Map([...this.nameParts, ...found]);
  }

  /** What a column is in these records, where its name alone says less or another thing (see noteColumnNames's flags). */
  private profileInRecords(name: string, described: ColumnProfile): ColumnProfile {
    const trimmed = name.trim();
    // In case records, a bare "charge", "sentence" or "disposition" is the offence's ("charge": PC 488 PETTY THEFT), not a payment's.
    // So is one whose own name tells of an offence's record ("policeReport.charge" in claims whose first has no police report).
    if ((this.caseRecords || OFFENCE_RECORDS.test(trimmed)) && described.hint === undefined && CASE_FIELD.test(trimmed)) return { ...describeColumn(`criminal ${name}`), name };
    // A shop's order or checkout beside its cart's token: its bare "token" is the checkout's (Shopify's API), no secret.
    if (this.shopRecords && trimmed.toLowerCase() === 'token') return { ...describeColumn('checkout token'), name };
    // A bare "Account Number" where nothing speaks of a bank (a utility's or a shop's customer account): the customer's reference.
    if (!this.bankRecords && described.hint === 'bank-account' && BARE_ACCOUNT_NUMBER.test(trimmed)) return { ...describeColumn('account id'), name };
    // A company's, a shop location's or an employer's tax number (Shopify's company "Location: Tax ID", an EIN) is no person's.
    if (described.hint === 'government-id' && COMPANY_TAX_ID.test(trimmed)) return { ...describeColumn('vat number'), name };
    // A bill's account (a carrier's or a utility's "BILLING_ACCOUNT_NUMBER") is the customer's with that company, no bank's.
    if (described.hint === 'bank-account' && BILLING_ACCOUNT.test(trimmed)) return { ...describeColumn('account id'), name };
    // A patient's appointment's bare "Motif" or "Reason" beside their practitioner (Doctolib's export): why they came.
    if (this.clinicalRecords && described.hint === undefined && BARE_REASON.test(trimmed)) return { ...describeColumn('reason for visit'), name };
    // A chat export's messages (DiscordChatExporter's: "content" beside "author.id"): their text is communications, their
    // author's "name" and "nickname" a handle.
    if (this.chatMessages && described.hint === undefined && /^(?:content|text|body)$/i.test(trimmed)) return { ...describeColumn('message text'), name };
    // A report's quoted message (its excerpt) and the reporter's comment are what each of them wrote.
    if (this.abuseReports && (REPORTED_MESSAGE.test(trimmed) || REPORTER_COMMENT.test(trimmed))) return { ...describeColumn('message text'), name };
    if (this.chatMessages && /^author\.name$/i.test(trimmed)) return { ...describeColumn('username'), name };
    if (this.segmentEvents && trimmed === 'name') return { ...describeColumn('page name'), name };
    if (this.oauthClients && trimmed === 'client_name') return { ...describeColumn('application name'), name };
    // A "booking number" is a jail's (an arrest's) beside what a jail records (an inmate, a charge, custody, bail); a cruise's or a
    // hotel's is a reservation's.
    if (this.jailRecords && described.hint === undefined && JAIL_BOOKING.test(trimmed)) return { ...describeColumn('inmate number'), name };
    if (this.vaultItems && /^(?:name|title)$/i.test(trimmed)) return { ...describeColumn('item title'), name };
    // An article's condition ("A - new", "C - damaged" on a return) beside its number is no one's health.
    if (this.articleRecords && described.hint === 'health' && /^(?:condition|zustand|etat|état|estado|condizione|staat)$/i.test(trimmed)) return { ...describeColumn('item condition'), name };
    // A FHIR Coverage's subscriberId is the insured's number with the payer (an Australian's Medicare number, a US plan's member id).
    if (this.subjectKey === FHIR_SUBJECT && trimmed === 'subscriberId') return { ...describeColumn('health insurance number'), name };
    // An Amazon Connect contact's caller: their number (or a chat's address) is CustomerEndpoint.Address.
    if (trimmed === 'CustomerEndpoint.Address') return { ...describeColumn('customer phone'), name };
    // ADP's "Disabled" beside the EEO ethnic code and veteran status: the employee's disability (Yes), not an account's state.
    if (this.eeoRecords && /^disabled$/i.test(trimmed)) return { ...describeColumn('disability status'), name };
    // A booking's bare "Location" beside its event and start time (Calendly's, Acuity's) is where the meeting is, no one's address.
    if (this.scheduleRecords && described.hint === 'postal-address' && /^(?:location|where)$/i.test(trimmed)) return { ...describeColumn('meeting location'), name };
    // A vet's patient is an animal: its birth date and its name are no one's (its owner's are under the owner's or client's name).
    if (this.animalRecords && (described.hint === 'date-of-birth' || (described.hint === 'person-name' && PATIENT_NAME.test(trimmed))) && !OWNER_COLUMN.test(name)) {
      return { ...describeColumn('pet details'), name };
    }
    return described;
  }

  private columnState(name: string): ColumnState {
    const known = this.columns.get(name);
    if (known) return known;
    const state = this.newColumnState(name);
    if (CHILDREN_LIST.test(name.trim())) this.childListColumns.add(state);
    return state;
  }

  private newColumnState(name: string): ColumnState {
    const tracked = this.columns.size < CLASSIFIER_LIMITS.maxColumns;
    const part = this.nameParts.get(name);
    const described = part === undefined ? (this.reviewersOwn && REVIEWER_FIELD.test(name) ? { ...describeColumn(name.replace(REVIEWER_FIELD, '')), name } : describeColumn(name))
      // A name's part keeps whose it is: a prescriber's "Prescriber Last" is a third party's, not the patient's.
      : part === DOCUMENT_PART ? { ...describeColumn('identity document number'), name, document: true } : { ...describeColumn(`${part} name`), name, thirdParty: describeColumn(name).thirdParty };
    const profile = this.profileInRecords(name, described);
    const relationship = isRelationshipColumn(name) && !this.contactsApart && !this.partyRelationships.has(name);
    const named = this.sellersApart && isMarketplaceSeller(name) ? this.partyIndexOf('seller') : this.partyIndex(name);
    const reportParty = named < 0 && this.abuseReports ? (REPORTER_COMMENT.test(name.trim()) ? this.partyIndexOf('reporter') : REPORTED_MESSAGE.test(name.trim()) ? this.partyIndexOf('reported') : -1) : -1;
    const party = reportParty >= 0 ? reportParty : named < 0 && this.paymentHolders.size > 0 ? this.paymentHolderOf(name, profile.hint) : named;
    const dependent = party >= 0 && /^depend[ae]nt/.test(this.partyNames[party] ?? '');
    const orgContact = profile.hint === 'phone' || profile.hint === 'postal-address' || (profile.hint === 'person-name' && BARE_NAME.test(name.trim()))
      || (profile.hint === 'email' && PLACE_EMAIL.test(name.trim()));
    // Where an order goes is its recipient's when the records name one ("recipient-name" next to "ship-city", as Amazon's order report does).
    const recipientName = party >= 0 && this.partyNames[party] === 'recipient' && profile.hint === 'person-name';
    const shipping = recipientName ? party : party < 0 && isShippingColumn(name) ? this.partyIndexOf(this.namesRecipient ? 'recipient' : 'shipping-recipient') : -1;
    if (shipping >= 0 && profile.hint === 'person-name') this.shipsToNames = true;
    if (shipping >= 0 && isAddresseeName(name)) this.addresseeParty = shipping;
    const state: ColumnState = {
      profile,
      role: roleOf(profile),
      evidenceName: tracked ? evidenceNameOf(this.shownNames.get(name) ?? name) : OVERFLOW_COLUMN_NAME,
      tracked,
      subjectEmail: holdsSubjectEmail(profile),
      nonBlank: 0,
      // Columns past the limit count their matches together, reported as "(further columns)".
      hits: tracked ? new Array<number>(ALL_DETECTORS.length).fill(0) : this.overflowColumn().hits,
      probations: new Map(),
      memo: MEMOISED_HINTS.has(profile.hint) && !(profile.hint === undefined && profile.identifierLike) ? new ValueMemo() : null,
      memoLookups: 0,
      memoHits: 0,
      dayFirstDates: 0,
      monthFirstDates: 0,
      party,
      partyRow: -1,
      partySeq: 0,
      dependent,
      member: relationship || (((profile.hint === 'person-name' && !profile.thirdParty) || profile.hint === 'date-of-birth') && (party < 0 || dependent) && !isPrimaryPersonColumn(name)),
      relationship,
      primary: isPrimaryPersonColumn(name),
      shipping,
      addressee: isAddressObjectField(name) && ADDRESSEE_HINTS.has(profile.hint),
      buyerName: profile.hint === 'person-name' && !profile.thirdParty && party < 0 && shipping < 0,
      foreignRegions: 0,
      countryCodes: 0,
      foreignCountry: undefined,
      usRegions: 0,
      orgContact,
      officeContact: OFFICE_CONTACT.test(name.trim()),
      botFlag: (profile.hint === undefined && (BOT_FLAG_COLUMN.test(name.trim()) || PARTY_TYPE_COLUMN.test(name.trim()))) || USER_AGENT_COLUMN.test(name.trim()),
      animal: ANIMAL_COLUMN.test(name.trim()),
      namesPerson: ((profile.hint === 'person-name' || profile.namedForPerson) && !orgContact) || profile.hint === 'date-of-birth' || subjectKeyRank(name) === 0,
      orgName: party < 0 && ORGANISATION_NAME.test(name) && !CHOSEN_ORGANISATION.test(name),
      nameList: party < 0 && profile.hint === 'person-name' && NAME_LIST.test(name.trim()),
      companionList: party < 0 && profile.hint === 'person-name' && NAME_LIST.test(name.trim()) && COMPANIONS_LIST.test(name),
      correspondent: this.mailArchive && CORRESPONDENT.test(lastSegment(name)),
      coUsers: party < 0 && CO_USERS.test(lastSegment(name).trim()),
      keyOnly: name === LOG_SUBJECT || name === SQL_ROW,
    };
    if (relationship) this.byRelationship = true;
    if (tracked) this.columns.set(name, state);
    return state;
  }

  /** The party a column describes on a gift's row: its recipient's for where the order goes, else -1 (the buyer's). */
  private recipientOf(column: ColumnState): number {
    return column.shipping >= 0 ? column.shipping : column.addressee ? this.addresseeParty : -1;
  }

  /** The index of the other person a column describes ("recipient_name" → the recipient), or -1. */
  private partyIndex(name: string): number {
    if ((this.kindChildApart && isKindChildField(name)) || (this.kindLedChild && isKindLedField(name))) return this.partyIndexOf('child');
    // PeopleSoft's CONTACT_NAME, RELATIONSHIP and CONTACT_PHONE beside the person's own NAME: their emergency contact.
    if (this.contactsApart && (CONTACT_FIELD.test(name.trim()) || isRelationshipColumn(name))) return this.partyIndexOf('emergencycontact');
    const numbered = this.numberedContacts.get(name);
    if (numbered !== undefined) return this.partyIndexOf(numbered);
    if (this.ridersCourier && /^rider\./i.test(name)) return this.partyIndexOf('courier');
    const relative = this.partyRelationships.get(name);
    if (relative !== undefined) return this.partyIndexOf(this.sameParties.get(relative) ?? relative);
    const role = partyOf(name);
    const party = role === undefined ? undefined : this.sameParties.get(role) ?? role;
    return party === undefined || party === this.ownParty || this.particularParties.has(party) ? -1 : this.partyIndexOf(party);
  }

  /**
   * Roles that name one column only beside the record's own name, which is the record's person's particulars, not another
   * person: a personal number of a role the person may hold (an unemployment claim's claimant_ssn next to first_name), a
   * parent's first name (a Polish HR form's "Imię ojca", "Imię matki", as Polish forms identify a person).
   */
  private particularParties = new Set<string>();

  /**
   * The one party a table's people columns all name, when none is the record's own person's (a
   * roster's ChildFirstName, ChildDOB; Medicare's BeneficiaryName): that party is the record's person.
   */
  private ownParty: string | undefined;

  /** The own party's id column ("ChildID", "child_id"), else their national number's, the record's key. */
  private ownPartyKey(names: readonly string[]): string | undefined {
    if (this.ownParty === undefined) return undefined;
    return names.find((name) => partyOf(name) === this.ownParty && isIdName(name.trim()) && describeColumn(name).hint === undefined)
      // Else their national number ("curp_hijo" on a daycare's rows, under the parent's folio).
      ?? names.find((name) => partyOf(name) === this.ownParty && PERSON_DOCUMENT_HINTS.has(describeColumn(name).hint));
  }

  /**
   * What the first record's column names say of the records, decided before any column is read: whose its parties are
   * (a case list's accused, the own party), and what kind of export it is (a shop's checkouts, a vet's, a chat's direct
   * messages, a mail archive, an export with Korean headers...), read by columnState and classifyRow.
   */
  private noteColumnNames(names: readonly string[]): void {
    if (this.columns.size > 0) return; // decided before any column was read
    const parties = names.map((name) => partyOf(name));
    // A court's docket or a police case list: its "charge", "sentence" or "disposition" is about an offence (see columnState).
    this.caseRecords = parties.some((party) => ACCUSED_PARTY.test(party ?? '')) || names.some((name) => OFFENCE_RECORDS.test(name) && !CASE_FIELD.test(name.trim()));
    this.shopRecords = names.some((name) => SHOP_TOKEN.test(name.trim()));
    this.bankRecords = names.some((name) => BANK_WORDS.test(name));
    this.salutations = new Set(names.filter((name) => SALUTATION.test(name.trim())));
    this.contactsApart = names.some((name) => CONTACT_FIELD.test(name.trim()) && describeColumn(name).hint === 'person-name') && names.some((name) => isRelationshipColumn(name))
      && names.some((name) => !CONTACT_FIELD.test(name.trim()) && partyOf(name) === undefined && (describeColumn(name).hint === 'person-name' || describeColumn(name).namedForPerson));
    this.animalRecords = names.some((name) => ANIMAL_COLUMN.test(name.trim()));
    this.scheduleRecords = names.some((name) => SCHEDULE_COLUMN.test(name.trim()));
    this.segmentEvents = names.includes('anonymousId') && names.includes('messageId');
    this.mixpanelEvents = names.includes('properties.distinct_id') && names.includes(MIXPANEL_DEVICE_FIELD);
    this.eeoRecords = names.some((name) => EEO_COLUMN.test(name));
    this.chatMessages = names.includes('author.id') && names.some((name) => /^(?:content|text|body)$/i.test(name.trim()));
    this.articleRecords = names.some((name) => PRODUCT_CODE.test(name.trim()) || ARTICLE_COLUMN.test(name.trim()));
    this.abuseReports = parties.includes('reporter') && parties.some((party) => party === 'reported' || party === 'reportee');
    // A food delivery's "rider" beside its "customer" is its courier (Deliveroo's riders); a ride's rider is its own person.
    this.ridersCourier = names.some((name) => /^rider\./i.test(name)) && names.some((name) => /^customer\./i.test(name)) && !names.some((name) => /^driver\./i.test(name));
    // An identity provider's log (Auth0's: "client_id", "client_name" beside "log_id" or "connection"): its client is the application.
    this.jailRecords ||= names.some((name) => JAIL_FIELD.test(name));
    this.oauthClients ||= names.includes('client_id') && names.includes('client_name') && (names.includes('log_id') || names.includes('connection'));
    // A password manager's vault (Bitwarden's login.username and login.password; LastPass', Chrome's url, username, password):
    // an item's "name" or "Title" is what the login is for ("Firewall", "Anna - Microsoft 365"), its username the person's.
    this.vaultItems = (names.includes('login.username') && names.includes('login.password'))
      || (names.some((name) => /^(?:url|website|login_uri)$/i.test(name.trim())) && names.some((name) => /^(?:password|login_password)$/i.test(name.trim()))
        && names.some((name) => /^(?:username|login_username)$/i.test(name.trim())));
    // A relationship column amid a guardian's or a contact's columns (a school's "Parent/Guardian Surname", "Relationship",
    // "Parent Cell") says how they relate to the record's person: theirs, not the record's person's to a key's.
    this.partyRelationships = new Map();
    names.forEach((name, i) => {
      if (!isRelationshipColumn(name)) return;
      const relative = [names[i - 1], names[i + 1]].map((next) => (next === undefined ? undefined : partyOf(next))).find((party) => party !== undefined && RELATIVE_PARTY.test(party));
      if (relative !== undefined) this.partyRelationships.set(name, relative);
    });
    // Two household roles of which one is named and the other only reached are one person: a school's "Parent/Guardian
    // Surname" beside its "Parent Cell" and "Parent Email", a vaccination booklet's "nome_mae" beside its "celular_responsavel".
    const named = new Set(names.filter((name) => describeColumn(name).hint === 'person-name').map((name) => partyOf(name)));
    const households = [...new Set(parties.filter((party): party is string => party !== undefined && HOUSEHOLD_PARTY.test(party)))];
    const [first, second] = households;
    this.sameParties = new Map();
    if (households.length === 2 && first !== undefined && second !== undefined && named.has(first) !== named.has(second)) {
      this.sameParties.set(named.has(first) ? second : first, named.has(first) ? first : second);
    }
    // A numbered way of reaching someone right after a numbered role's columns ("Parent/Guardian 1", "Courriel 1 / Email 1",
    // "Téléphone 1 / Phone 1"): that role's.
    this.numberedContacts = new Map();
    names.forEach((name, i) => {
      const hint = describeColumn(name).hint;
      const number = /(?:^|\D)(\d)\s*$/.exec(name.trim())?.[1];
      if (parties[i] !== undefined || (hint !== 'email' && hint !== 'phone') || number === undefined) return;
      for (let back = i - 1; back >= 0 && back >= i - 3; back--) {
        const role = parties[back];
        if (role !== undefined) {
          if (role.endsWith(number) && !/\d\d$/.test(role)) this.numberedContacts.set(name, role);
          return;
        }
        if (!new RegExp(`(?:^|\\D)${number}\\s*$`).test((names[back] ?? '').trim())) return;
      }
    });
    this.directMessages = names.some((name) => SENDER_ID.test(name.trim())) && names.some((name) => RECIPIENT_ID.test(name.trim()))
      && names.some((name) => MESSAGE_TEXT.test(name.trim()));
    const header = names.join(' ');
    this.arabicHeader = /\p{Script=Arabic}/u.test(header);
    this.scriptCountry = /\p{Script=Hangul}/u.test(header) ? 'KR' : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(header) ? 'JP' : /\p{Script=Thai}/u.test(header) ? 'TH'
      : /\p{Script=Greek}/u.test(header) ? 'GR' : /\p{Script=Hebrew}/u.test(header) ? 'IL' : SIMPLIFIED_CHINESE.test(header) ? 'CN' : cyrillicCountry(header);
    // So are a patient's appointments or visits without their clinician's column (eClinicalWorks' "Patient Name", "Visit Type", "Reason").
    this.clinicalRecords = !this.animalRecords && (names.some((name) => CLINICIAN_FIELD.test(name.trim()))
      || (names.some((name) => /(?:^|[ _.-])patient(?:$|[ _.-])/i.test(name)) && names.some((name) => /(?:^|[ _.-])(?:appointment|visit)(?:$|[ _.-])/i.test(name))));
    // A mail archive's messages (from and to, or sender and recipients): their correspondents are the people.
    const ends = new Set(names.map((name) => lastSegment(name).toLowerCase().replace(/[ _-]/g, '')));
    this.mailArchive = (ends.has('from') || ends.has('sender')) && (ends.has('to') || ends.has('recipient') || ends.has('recipients'));
    if (names.some((name, i) => parties[i] === undefined && describeColumn(name).hint === 'person-name')) {
      for (const party of new Set(parties)) {
        if (party === undefined || !MAYBE_SELF_PARTY.test(party)) continue;
        const own = names.filter((_, i) => parties[i] === party);
        if (own.length === 1 && PERSON_DOCUMENT_HINTS.has(describeColumn(own[0] ?? '').hint)) this.particularParties.add(party);
      }
      for (const party of new Set(parties)) {
        if (party === undefined || !PARENT_PARTY.test(party)) continue;
        const own = names.filter((_, i) => parties[i] === party);
        if (own.length === 1 && GIVEN_NAME_FIELD.test(own[0] ?? '')) this.particularParties.add(party);
      }
    }
    // Reviews whose only people are their reviewers (see reviewersOwn).
    this.reviewersOwn = names.some((name) => REVIEWER_FIELD.test(name) && describeColumn(name.replace(REVIEWER_FIELD, '')).hint === 'email')
      && names.some((name) => REVIEW_FIELD.test(name))
      && !names.some((name, i) => parties[i] === undefined && !REVIEWER_FIELD.test(name) && !describeColumn(name).thirdParty && (describeColumn(name).hint === 'email' || describeColumn(name).hint === 'person-name'));
    if (this.noteParentAccount(names, parties)) return;
    // A parent's contact in a CRM with their child in fields of its own ("First Name", "Email", "Kind Vorname", "Kind Geburtsdatum"):
    // the child is another person than the contact (a Kita's list of children writes "Kind_Vorname" as its record's own, with no
    // one else's name unqualified).
    this.kindLedChild = names.some(isKindLedField) && names.some((name, i) => parties[i] === undefined && !isKindLedField(name)
      && describeColumn(name).hint === 'person-name' && !describeColumn(name).thirdParty);
    let only: string | undefined;
    let household = false;
    /** A partner's columns beside the one role's (a joint Universal Credit claim's PARTNER_NINO beside CLAIMANT_NINO). */
    let partnered = false;
    let ownEmail = false;
    for (const [i, name] of names.entries()) {
      const { hint, thirdParty } = describeColumn(name);
      if (!OWN_PERSON_HINTS.has(hint)) continue;
      const party = parties[i];
      // A list of people in a record ("applicants": [...], flattened) is several of them, each their own.
      if (party !== undefined && /s$/.test(party)) return;
      // A name or an email of no party is the record's own person's; a bare date of birth or phone may be the party's.
      if (party === undefined) {
        // Not a clerk's, an officer's or a judge's (see THIRD_PARTY_QUALIFIERS): a citation's officer_name beside the defendant's.
        if (hint === 'person-name' && !thirdParty) return;
        // An email of no party beside a claimant's or an applicant's name is theirs (a Universal Credit extract's EMAIL); beside a
        // child's, a parent's (see below).
        if (hint === 'email' && !thirdParty) ownEmail = true;
        continue;
      }
      // A child's record with their parent's name and email beside (a COPPA consent list): the child is its person.
      if (HOUSEHOLD_PARTY.test(party)) {
        household = true;
        continue;
      }
      if (party === 'partner' || party === 'spouse') {
        partnered = true;
        continue;
      }
      if (only !== undefined && party !== only) return;
      only = party;
    }
    // Only a role the record's own person may hold: a child, a beneficiary (not a call's other end, not a co-borrower).
    // Or the one role of a case's people ("defendant_name" beside "dob" in a docket): the record's own person. Beside a partner, a
    // claimant's or an applicant's role only.
    if (only === undefined || ((partnered || ownEmail) && !MAYBE_SELF_PARTY.test(only))) return;
    if (!(CHILD_PARTY.test(only) || (!household && (MAYBE_SELF_PARTY.test(only) || CASE_PARTY.test(only))))) return;
    this.ownParty = only;
  }

  /**
   * A club's or a shop's children kept under their parents' accounts, one row per child ("Parent First Name", "Email",
   * "Child DOB"; "Vorname Elternteil", "E-Mail", "Geburtstag Kind"): the parent's name and the contact no role names are
   * one person, the record's own, and the child is another (German child fields too, which a Kita's list writes as its
   * record's own). Only when the parent's columns hold no email or phone of their own and the row's do; or when the
   * parent's do and the row names no one and reaches no one of its own, nor has a child's id, but pays with an account of
   * its own (a kids' app's subscriptions under the parent's customer number and IBAN: "naam_ouder", "email_ouder", "naam_kind";
   * not a children's app's accounts, one per child with the consenting parent's email).
   */
  private noteParentAccount(names: readonly string[], parties: ReadonlyArray<string | undefined>): boolean {
    const households = new Set(parties.filter((party): party is string => party !== undefined && HOUSEHOLD_PARTY.test(party)));
    if (households.size !== 1) return false;
    const kindChild = names.some(isKindChildField);
    if (!kindChild && !parties.some((party) => party !== undefined && CHILD_PARTY.test(party))) return false;
    const [parent] = households;
    let parentNamed = false;
    let parentContact = false;
    let ownContact = false;
    let ownNamed = false;
    let childKey = false;
    let ownPayment = false;
    for (const [i, name] of names.entries()) {
      const { hint, thirdParty } = describeColumn(name);
      const party = parties[i];
      if (party === parent) {
        if (hint === 'email' || hint === 'phone') parentContact = true;
        if (hint === 'person-name') parentNamed = true;
      } else if (party === undefined && !thirdParty && !isKindChildField(name)) {
        if (hint === 'email' || hint === 'phone') ownContact = true;
        if (hint === 'person-name') ownNamed = true;
        if (hint === 'iban' || hint === 'bank-account' || hint === 'payment-card') ownPayment = true;
      } else if (party !== undefined && CHILD_PARTY.test(party) && isIdName(name.trim())) {
        childKey = true;
      }
    }
    // The parent pays under a customer's number ("klantnummer"); a child's own account ("account_id" of a junior savings account) is the child's.
    const customerKey = names.some((name) => CUSTOMER_NUMBER.test(name.trim()));
    if (!parentNamed || (parentContact ? ownContact || ownNamed || childKey || !ownPayment || !customerKey : !ownContact)) return false;
    this.ownParty = parent;
    this.kindChildApart = kindChild;
    return true;
  }

  /**
   * Product reviews (a reviewer's name and email beside a rating or a product): the reviewer, whom other records
   * name as another person (a claim's or an application's reviewer), is these records' own person, known by their email.
   */
  private reviewersOwn = false;

  /** The subject key among these columns (see pickSubjectKey), a reviewer's own in reviews (see reviewersOwn). */
  private pickKey(all: readonly string[]): string | undefined {
    // A thing's other users' addresses (see CO_USERS) key no one: they are people of their own.
    const names = all.some((name) => CO_USERS.test(lastSegment(name).trim())) ? all.filter((name) => !CO_USERS.test(lastSegment(name).trim())) : all;
    if (!this.reviewersOwn) return pickSubjectKey(names);
    const own = names.map((name) => name.replace(REVIEWER_FIELD, ''));
    const picked = pickSubjectKey(own);
    return picked === undefined ? undefined : names[own.indexOf(picked)];
  }

  /** German child fields are a child's of the record's own person (see noteParentAccount). */
  private kindChildApart = false;
  /** German child fields led by "Kind" are a child's beside the record's named person (see noteColumnNames). */
  private kindLedChild = false;

  /** The records name an accused (a suspect, a defendant): see noteColumnNames. */
  private caseRecords = false;
  /** The records are a shop's orders or checkouts (see columnState). */
  private shopRecords = false;
  /** Some column of the records speaks of a bank (see columnState). */
  private bankRecords = true;
  /** The records are direct messages: a sender's and a recipient's ids and a body (see classifyRow). */
  private directMessages = false;
  /** Columns' shared codes shown to be a country's by their records' email domains ("location" and US-DE: Germany). */
  private readonly sharedCountries = new Set<string>();
  /** The country the column names' script says (Hangul: KR), for national numbers in rows that name none. */
  private scriptCountry: string | undefined;
  /** The column names are in Arabic script: values may write their digits in Arabic-Indic (see detect). */
  private arabicHeader = false;
  /** The records name a patient's practitioner (see columnState). */
  private clinicalRecords = false;
  /** The records' contact_ columns and relationship are another person's, their own name being elsewhere (see partyIndex). */
  private contactsApart = false;
  /** The records are a chat's messages by their author (see profileInRecords). */
  private chatMessages = false;
  /** A platform's abuse reports: a reporter and a reported user on each (see REPORTED_MESSAGE). */
  private abuseReports = false;
  /** Records of articles sold or returned (an SKU, an EAN, an article's number): their bare "Condition" is the article's. */
  private articleRecords = false;
  /** A food delivery's orders, whose "rider" is the courier (see noteColumnNames). */
  private ridersCourier = false;
  /** An identity provider's log, whose "client_name" is an application's (see noteColumnNames). */
  private oauthClients = false;
  /** The records are a jail's or a court's, where a "booking number" is an arrest's (see noteColumnNames). */
  private jailRecords = false;
  /** Relationship columns that are a guardian's or a contact's, by the party (see noteColumnNames). */
  private partyRelationships = new Map<string, string>();
  /** Roles the columns name that are one party, the other's (see noteColumnNames). */
  private sameParties = new Map<string, string>();
  /** Numbered emails and phones that are a numbered role's, by the role (see noteColumnNames). */
  private numberedContacts = new Map<string, string>();
  /** The records are about animals (a vet's patients: see columnState). */
  private animalRecords = false;
  /** The records hold an employer's equal-opportunity answers (EEO codes, veteran status): a bare "Disabled" is a disability. */
  private eeoRecords = false;
  /** The records are Mixpanel's raw events (properties.distinct_id and properties.$device_id): see classifyRow's aliases. */
  private mixpanelEvents = false;
  /** The records are a password manager's vault items (see noteColumnNames): an item's name is no one's. */
  private vaultItems = false;
  /** The records are Segment's events (its anonymousId and messageId on each): a page's or a screen's "name" is the page's. */
  private segmentEvents = false;
  /** The records are bookings of a scheduling tool: an event's type or a start time beside each (see SCHEDULE_COLUMN). */
  private scheduleRecords = false;
  /** The records' salutation columns ("Anrede"): "Firma" there is a company's record. */
  private salutations: ReadonlySet<string> = new Set();

  /** The records are a mail archive's messages (see noteColumnNames, CORRESPONDENT). */
  private mailArchive = false;
  /** A record lists the persons it is about (see LISTED_PEOPLE). */
  private listsPeople = false;
  /** The columns that list a household's children (see CHILDREN_LIST). */
  private readonly childListColumns = new Set<ColumnState>();

  private partyIndexOf(party: string): number {
    let index = this.partyNames.indexOf(party);
    if (index < 0 && this.partyNames.length < MAX_PARTIES) {
      index = this.partyNames.length;
      this.partyNames.push(party);
      this.parties.push(newParty());
      if (LISTED_PEOPLE.test(party)) this.listsPeople = true;
    }
    return index;
  }

  /** The pseudo-column gathering the matches of the columns past `maxColumns`. */
  private overflowColumn(): ColumnState {
    const known = this.columns.get(OVERFLOW_COLUMN_NAME);
    if (known) return known;
    const state: ColumnState = {
      profile: NEUTRAL_COLUMN, role: 'value', evidenceName: OVERFLOW_COLUMN_NAME, tracked: false, subjectEmail: false,
      nonBlank: 0, hits: new Array<number>(ALL_DETECTORS.length).fill(0), probations: new Map(), memo: null,
      memoLookups: 0, memoHits: 0, dayFirstDates: 0, monthFirstDates: 0, party: -1, partyRow: -1, partySeq: 0, member: false, dependent: false, relationship: false, primary: false, shipping: -1, addressee: false, buyerName: false, foreignRegions: 0, foreignCountry: undefined, usRegions: 0, countryCodes: 0, orgContact: false, officeContact: false, botFlag: false, animal: false, namesPerson: false, orgName: false, nameList: false, companionList: false, correspondent: false, coUsers: false, keyOnly: false,
    };
    this.columns.set(OVERFLOW_COLUMN_NAME, state);
    return state;
  }

  // ---- combining classifiers (one per worker thread) ----------------------------------------

  /**
   * Decides every probation still open on what it has seen: the end of this classifier's input.
   * Birth dates and places that wait on a whole column (or the whole export) stay pending: they
   * go with exportState to the merging classifier, which decides them on every thread's evidence.
   */
  finish(): void {
    for (const probation of [...this.openProbations]) this.decide(probation);
    for (const [rowNumber, held] of this.heldRows) {
      this.heldRows.delete(rowNumber);
      this.countRow(held.mask, held.place);
    }
  }

  /**
   * What this classifier learnt, for another classifier to merge (see `merge`): counts, column
   * evidence, places and the people table (fingerprints and bitmasks, no values). Call `finish`
   * first. The emails are included only when collected.
   */
  exportState(): ClassifierState {
    const people = this.people.exportEntries();
    if (!people) throw new Error('exportState needs an exact people table: give worker classifiers a higher exactSubjectLimit');
    return {
      records: this.recordsScanned,
      ...(this.reheaded ? { reheaded: true } : {}),
      ...(this.incomplete ? { incomplete: this.incomplete } : {}),
      subjectKey: this.subjectKey ?? null,
      columns: [...this.columns].map(([name, column]) => ({
        name,
        nonBlank: column.nonBlank,
        hits: column.hits.flatMap((hits, id): Array<[string, number]> => (hits > 0 ? [[ALL_DETECTORS[id]?.name ?? '', hits]] : [])),
        dates: [column.dayFirstDates, column.monthFirstDates, column.foreignRegions, column.usRegions, column.countryCodes],
        ...(column.foreignCountry !== undefined ? { foreignCountry: column.foreignCountry } : {}),
      })),
      pendingAges: this.pendingAges.map((entry) => [entry.column.profile.name, entry.monthFirst, entry.dayFirst, entry.byCountry, entry.keyed, entry.hi, entry.lo, entry.place]),
      pendingZips: this.pendingZips.map((entry) => [entry.keyed, entry.hi, entry.lo, entry.state, entry.mask, entry.column?.profile.name ?? null, entry.country ?? null]),
      zips: [this.zipsInUs, this.zipsElsewhere],
      places: this.places.parts.map(([countries, states]) => [[...countries], [...states]]),
      people,
      rows: {
        subjects: this.rowTally.subjects,
        bits: [...this.rowTally.bits],
        places: [...this.rowTally.places].map(([place, entry]): [number, number, number[]] => [place, entry.subjects, [...entry.bits]]),
      },
      emails: [...this.emails],
      memberAliases: [...this.memberAliases].map(([key, entry]): [number, number[] | null, string] => [key, entry?.members ?? null, entry?.birth ?? '']),
      guardianAliases: [...this.guardianAliases].map(([key, [hi, lo]]): [number, number, number] => [key, hi, lo]),
    };
  }

  /** Merges another classifier's state: its people are unioned with these by fingerprint. */
  merge(state: ClassifierState): void {
    if (this.subjectKey === undefined) this.subjectKey = state.subjectKey;
    this.recordsScanned += state.records;
    if (state.incomplete) this.readIncomplete(state.incomplete);
    const placeIds = state.places.map(([countries, states]) => this.places.idOf(countries, states));
    const placeOf = (place: number): number => placeIds[place] ?? 0;
    for (const { name, nonBlank, hits, dates: [dayFirst, monthFirst, foreignRegions, usRegions, countryCodes = 0], foreignCountry } of state.columns) {
      const column = this.columnState(name);
      if (foreignCountry !== undefined) column.foreignCountry = column.foreignCountry === undefined || column.foreignCountry === foreignCountry ? foreignCountry : null;
      column.nonBlank += nonBlank;
      column.dayFirstDates += dayFirst;
      column.monthFirstDates += monthFirst;
      column.foreignRegions += foreignRegions;
      column.usRegions += usRegions;
      column.countryCodes += countryCodes;
      for (const [detectorName, count] of hits) {
        const detector = DETECTORS_BY_NAME.get(detectorName);
        if (detector) column.hits[detector.id] = (column.hits[detector.id] ?? 0) + count;
      }
    }
    this.people.importEntries(state.people, placeOf);
    this.rowTally.subjects += state.rows.subjects;
    state.rows.bits.forEach((count, bit) => (this.rowTally.bits[bit] = (this.rowTally.bits[bit] ?? 0) + count));
    for (const [place, subjects, bits] of state.rows.places) {
      const id = placeOf(place);
      const entry = this.rowTally.places.get(id) ?? { subjects: 0, bits: new Array<number>(MASK_BITS).fill(0) };
      entry.subjects += subjects;
      bits.forEach((count, bit) => (entry.bits[bit] = (entry.bits[bit] ?? 0) + count));
      this.rowTally.places.set(id, entry);
    }
    if (this.collectEmails) for (const [email, place] of state.emails) this.noteEmail(email, placeOf(place));
    for (const [name, monthFirst, dayFirst, byCountry, keyed, hi, lo, place] of state.pendingAges) {
      this.pendingAges.push({ column: this.columnState(name), monthFirst, dayFirst, byCountry, keyed, hi, lo, place: placeOf(place) });
    }
    for (const [keyed, hi, lo, zipState, mask, name, country] of state.pendingZips) {
      this.pendingZips.push({ keyed, hi, lo, state: zipState, mask, ...(name !== null && { column: this.columnState(name) }), ...(country != null && { country }) });
    }
    this.zipsInUs += state.zips[0];
    this.zipsElsewhere += state.zips[1];
    for (const [key, members, birth] of state.memberAliases ?? []) {
      if (members === null) this.memberAliases.set(key, null);
      else for (let i = 0; i < members.length; i += 2) this.noteMember(key, members[i] as number, members[i + 1] as number, birth);
    }
    for (const [key, hi, lo] of state.guardianAliases ?? []) if (!this.guardianAliases.has(key)) this.guardianAliases.set(key, [hi, lo]);
  }

  // ---- output ---------------------------------------------------------------------------------

  /**
   * Distinct lower-cased email addresses of the affected people, in first-seen order, each with
   * the jurisdictions of the records that hold it (none when no record placed it).
   */
  notificationAddresses(): NotificationAddress[] {
    return [...this.emails].map(([email, place]) => ({ email, jurisdictions: [...(this.places.jurisdictions[place] ?? [])] }));
  }

  result(): Classification {
    // A subject key that the caller named but no record has: a typo, not "one person per row".
    if (this.namedKey && typeof this.subjectKey === 'string' && this.recordsScanned > 0 && this.people.size === 0 && this.people.exact) {
      throw missingSubjectKey(this.subjectKey, [...this.columns.keys()]);
    }
    this.settlePendingAges();
    this.settlePendingZips();
    this.settleMemberAliases();
    const keyed = this.people.size > 0 || !this.people.exact;
    const groups = this.people.exact ? this.people.groups() : [];
    const peopleTally = this.people.tally(groups);
    const rows = cloneTally(this.rowTally);
    // Row persons still held by an open probation, and people whose detection is still on
    // probation, are judged on what was seen so far, without closing the probation: a small sample
    // is decided on its whole length, and `add` may still continue afterwards.
    const provisionalBits = new Map<number, number>(); // row number → bits
    const provisionalPeople = new Map<string, { hi: number; lo: number; bits: number }>();
    const evidence = this.evidenceEntries();
    for (const probation of this.openProbations) {
      if (!wouldAccept(probation)) continue;
      const bit = flagsOf(probation.detector);
      addEvidence(evidence, probation.detector, probation.column.evidenceName, probation.hits, 0.85);
      const pending = probation.pending;
      for (let i = 0; i + 2 < pending.length; i += 3) {
        if (pending[i + 1] === 0) {
          // A row without a key: held (see decide), or found to be no one's.
          if (this.heldRows.has(pending[i] ?? -1)) provisionalBits.set(pending[i] ?? 0, (provisionalBits.get(pending[i] ?? 0) ?? 0) | bit);
        } else {
          const key = `${pending[i]}:${pending[i + 1]}`;
          const entry = provisionalPeople.get(key) ?? { hi: pending[i] ?? 0, lo: pending[i + 1] ?? 0, bits: 0 };
          entry.bits |= bit;
          provisionalPeople.set(key, entry);
        }
      }
    }
    for (const [rowNumber, held] of this.heldRows) this.countRow(held.mask | (provisionalBits.get(rowNumber) ?? 0), held.place, rows);

    const jurisdictionsOf = (place: number): readonly string[] => this.places.jurisdictions[place] ?? [];
    const byJurisdiction = new Map<string, { subjects: number; bits: number[] }>();
    const addTo = (jurisdiction: string, subjects: number, bits: readonly number[]): void => {
      const sum = byJurisdiction.get(jurisdiction) ?? { subjects: 0, bits: new Array<number>(MASK_BITS).fill(0) };
      sum.subjects += subjects;
      bits.forEach((value, bit) => (sum.bits[bit] = (sum.bits[bit] ?? 0) + value));
      byJurisdiction.set(jurisdiction, sum);
    };
    // Row persons: each row is one person in its place.
    for (const [place, entry] of rows.places) for (const jurisdiction of jurisdictionsOf(place)) addTo(jurisdiction, entry.subjects, entry.bits);
    let withPlace = 0;
    for (const entry of rows.places.values()) withPlace += entry.subjects;
    // Keyed people: once per jurisdiction, however many of their records name it.
    if (peopleTally.exact) {
      const perPerson = tallyByJurisdiction(groups, jurisdictionsOf);
      for (const [jurisdiction, entry] of perPerson) addTo(jurisdiction, entry.subjects, entry.bits);
      for (const group of groups) if (group.places.length > 0) withPlace += group.people;
      for (const { hi, lo, bits } of provisionalPeople.values()) {
        // A person whose record held nothing else (a name on probation): counted as decide would record them.
        if (!this.people.has(hi, lo, 0)) peopleTally.subjects++;
        const seen = new Set(this.people.placesOf(hi, lo).flatMap((place) => jurisdictionsOf(place)));
        for (let bit = 0; bit < MASK_BITS; bit++) {
          if (!(bits & (1 << bit)) || this.people.has(hi, lo, 1 << bit)) continue;
          peopleTally.bits[bit] = (peopleTally.bits[bit] ?? 0) + 1;
          for (const jurisdiction of seen) {
            const entry = byJurisdiction.get(jurisdiction);
            if (entry) entry.bits[bit] = (entry.bits[bit] ?? 0) + 1;
          }
        }
      }
    } else {
      for (const [jurisdiction, entry] of this.people.jurisdictionEstimates(jurisdictionsOf) ?? new Map()) addTo(jurisdiction, entry.subjects, entry.bits);
      for (const entry of peopleTally.places.values()) withPlace += entry.subjects;
    }
    const tally: Tally = {
      subjects: peopleTally.subjects + rows.subjects,
      bits: peopleTally.bits.map((value, bit) => value + (rows.bits[bit] ?? 0)),
      places: new Map(),
      exact: peopleTally.exact,
    };
    const categoryConfidence = new Map<Category, number>();
    for (const entry of evidence.values()) {
      categoryConfidence.set(entry.category, Math.max(categoryConfidence.get(entry.category) ?? 0, entry.confidence));
    }
    const jurisdictionCounts: JurisdictionCount[] = [...byJurisdiction]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([jurisdiction, entry]) => ({
        jurisdiction,
        subjects: entry.subjects,
        categories: CATEGORIES.flatMap((category, bit) => ((entry.bits[bit] ?? 0) > 0 ? [{ category, subjects: entry.bits[bit] ?? 0 }] : [])),
      }));
    const hasCredentials = (tally.bits[bitOf('credentials')] ?? 0) > 0;
    const flag = (value: number): number => tally.bits[Math.log2(value)] ?? 0;

    return {
      categories: CATEGORIES.flatMap((category, bit) => {
        const subjects = tally.bits[bit] ?? 0;
        if (subjects <= 0) return [];
        const confidence = categoryConfidence.get(category);
        return [confidence === undefined ? { category, subjects } : { category, subjects, confidence }];
      }),
      subjectCount: tally.subjects,
      // Where the people counted are: a country column on records without personal data places no one.
      jurisdictions: jurisdictionCounts.filter((entry) => entry.subjects > 0).map((entry) => entry.jurisdiction),
      recordsScanned: this.recordsScanned,
      // Evidence of the categories reported: a postcode list's matches justify no one's category.
      evidence: sortedEvidence([...evidence.values()].filter((entry) => (tally.bits[bitOf(entry.category)] ?? 0) > 0)),
      jurisdictionCounts,
      subjectsWithoutJurisdiction: Math.max(0, tally.subjects - Math.min(withPlace, tally.subjects)),
      ...(flag(FLAG.withBirthDate) > 0
        ? { children: { under13: flag(FLAG.under13), under16: flag(FLAG.under16), withBirthDate: flag(FLAG.withBirthDate), asOf: this.asOf.toISOString() } }
        : {}),
      ...(hasCredentials
        ? { credentials: { plain: flag(FLAG.plainCredential), hashed: flag(FLAG.hashedCredential), tokens: flag(FLAG.tokenCredential) } }
        : {}),
      subjectCounting: tally.exact
        ? { basis: keyed ? (this.byNameAndBirth ? 'name-and-birth-date' : 'subject-key') : 'record', exact: true }
        : { basis: 'subject-key', exact: false, relativeStandardError: Number(ESTIMATE_RELATIVE_STANDARD_ERROR.toFixed(4)) },
      ...(this.incomplete ? { sourceIncomplete: this.incomplete } : {}),
    };
  }

  private evidenceEntries(): Map<string, EvidenceEntry> {
    const evidence = new Map<string, EvidenceEntry>();
    for (const column of this.columns.values()) {
      column.hits.forEach((hits, id) => {
        const detector = ALL_DETECTORS[id];
        if (hits > 0 && detector) addEvidence(evidence, detector, column.evidenceName, hits, detector.confidence);
      });
    }
    return evidence;
  }
}

const DETECTORS_BY_NAME: ReadonlyMap<string, DetectorInfo> = new Map(ALL_DETECTORS.map((detector) => [detector.name, detector]));

/** A classifier's learning, passed between threads (see `RecordClassifier.exportState`). */
export interface ClassifierState {
  readonly records: number;
  /** See RecordClassifier.reheaded. */
  readonly reheaded?: true;
  readonly incomplete?: SourceIncomplete;
  readonly subjectKey: string | null;
  /** Per column: its detector hits, and its dates read day first and month first and its other countries' regions. */
  readonly columns: Array<{ name: string; nonBlank: number; hits: Array<[string, number]>; dates: [number, number, number, number, number?]; foreignCountry?: string | null }>;
  /** Birth dates and places not yet decided (see PendingAge and PendingZip), by column name, for the merging classifier to decide. */
  readonly pendingAges: Array<[string, number, number, DateOrder, boolean, number, number, number]>;
  readonly pendingZips: Array<[boolean, number, number, string, number, string | null, (string | null)?]>;
  /** Placed records with a ZIP code in the US and elsewhere (see settlePendingZips). */
  readonly zips: [number, number];
  /** Countries and states of each place id. */
  readonly places: Array<[string[], string[]]>;
  readonly people: PeopleEntries;
  readonly rows: { subjects: number; bits: number[]; places: Array<[number, number, number[]]> };
  /** Addresses and their place ids (in `places`). */
  readonly emails: Array<[string, number]>;
  /** Members and guardians by their email and name, joined by the merging classifier (see memberAliases). */
  readonly memberAliases?: Array<[number, number[] | null, string]>;
  readonly guardianAliases?: Array<[number, number, number]>;
}

function cloneTally(tally: Tally): Tally {
  return {
    subjects: tally.subjects,
    bits: [...tally.bits],
    places: new Map([...tally.places].map(([place, entry]) => [place, { subjects: entry.subjects, bits: [...entry.bits] }])),
    exact: tally.exact,
  };
}

function evidenceEntry(evidence: Map<string, EvidenceEntry>, category: Category, detector: string): EvidenceEntry {
  const key = `${category}\u0000${detector}`;
  let entry = evidence.get(key);
  if (!entry) {
    entry = { category, detector, columns: new Set(), confidence: 0, matches: 0 };
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

function addEvidence(evidence: Map<string, EvidenceEntry>, detector: DetectorInfo, columnName: string, matches: number, confidence: number): void {
  const entry = evidenceEntry(evidence, detector.category, detector.name);
  addEvidenceColumns(entry, [columnName]);
  entry.matches += matches;
  entry.confidence = Math.max(entry.confidence, confidence);
}

function sortedEvidence(entries: Iterable<EvidenceEntry>): Classification['evidence'] {
  return [...entries]
    .map(({ category, detector, columns, confidence, matches }) => ({
      category,
      detector,
      columns: [...columns].sort(),
      ...(confidence > 0 ? { confidence } : {}),
      ...(matches > 0 ? { matches } : {}),
    }))
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

/** An affected person's address for the notice, and where their records place them ("DE", "US", "US-CA"). */
export interface NotificationAddress {
  readonly email: string;
  readonly jurisdictions: readonly string[];
}

export interface StreamClassification {
  readonly classification: Classification;
  /** For the Art. 34 notice only; never log or return these through the API. */
  readonly notificationAddresses: NotificationAddress[];
  /** Bytes the distinct-people set held at the end (exact table or sketches), for the benchmark. */
  readonly peopleBytes?: number;
}

/** Classifies a record stream (e.g. `readRecords`) in one pass. */
export async function classifyRecordStream(
  records: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>,
  options?: ClassifierOptions,
): Promise<StreamClassification> {
  const classifier = new RecordClassifier(options);
  for await (const record of records) classifier.add(record);
  return { classification: classifier.result(), notificationAddresses: classifier.notificationAddresses() };
}

const maxOf = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/**
 * Combines two classifications of possibly overlapping records (the inline sample and the full
 * export, or two files of one system). Counts are merged by MAXIMUM, not summed: the same
 * person may appear in both, and without the subject sets the union is only known to lie
 * between max(a, b) and a + b. The maximum never double-counts; the reporter's declared
 * subjectCount remains the upper figure. Records scanned are distinct rows, so they add up.
 */
export function mergeClassifications(a: Classification, b: Classification): Classification {
  const subjects = new Map<Category, { subjects: number; confidence?: number }>();
  for (const { category, subjects: count, confidence } of [...a.categories, ...b.categories]) {
    const known = subjects.get(category);
    const merged = maxOf(known?.confidence, confidence);
    subjects.set(category, { subjects: Math.max(known?.subjects ?? 0, count), ...(merged === undefined ? {} : { confidence: merged }) });
  }
  const evidence = new Map<string, EvidenceEntry>();
  for (const { category, detector, columns, confidence, matches } of [...a.evidence, ...b.evidence]) {
    const entry = evidenceEntry(evidence, category, detector);
    addEvidenceColumns(entry, columns);
    entry.confidence = Math.max(entry.confidence, confidence ?? 0);
    entry.matches += matches ?? 0;
  }
  const jurisdictionCounts = mergeJurisdictionCounts(a.jurisdictionCounts, b.jurisdictionCounts);
  const children = a.children && b.children
    ? {
      under13: Math.max(a.children.under13, b.children.under13),
      under16: Math.max(a.children.under16, b.children.under16),
      withBirthDate: Math.max(a.children.withBirthDate, b.children.withBirthDate),
      asOf: a.children.asOf > b.children.asOf ? a.children.asOf : b.children.asOf,
    }
    : (a.children ?? b.children);
  const credentials = a.credentials && b.credentials
    ? {
      plain: Math.max(a.credentials.plain, b.credentials.plain),
      hashed: Math.max(a.credentials.hashed, b.credentials.hashed),
      tokens: Math.max(a.credentials.tokens, b.credentials.tokens),
    }
    : (a.credentials ?? b.credentials);
  const counting = a.subjectCounting && b.subjectCounting
    ? (a.subjectCounting.exact ? b.subjectCounting : a.subjectCounting)
    : (a.subjectCounting ?? b.subjectCounting);
  const withoutJurisdiction = maxOf(a.subjectsWithoutJurisdiction, b.subjectsWithoutJurisdiction);
  const incomplete = bothIncomplete(a.sourceIncomplete, b.sourceIncomplete);
  return {
    categories: CATEGORIES.flatMap((category) => {
      const entry = subjects.get(category);
      return entry === undefined ? [] : [{ category, ...entry }];
    }),
    subjectCount: Math.max(a.subjectCount, b.subjectCount),
    jurisdictions: [...new Set([...a.jurisdictions, ...b.jurisdictions])].sort(),
    recordsScanned: a.recordsScanned + b.recordsScanned,
    evidence: sortedEvidence(evidence.values()),
    ...(jurisdictionCounts ? { jurisdictionCounts } : {}),
    ...(withoutJurisdiction === undefined ? {} : { subjectsWithoutJurisdiction: withoutJurisdiction }),
    ...(children ? { children } : {}),
    ...(credentials ? { credentials } : {}),
    ...(counting ? { subjectCounting: counting } : {}),
    ...(incomplete ? { sourceIncomplete: incomplete } : {}),
  };
}

function mergeJurisdictionCounts(a: JurisdictionCount[] | undefined, b: JurisdictionCount[] | undefined): JurisdictionCount[] | undefined {
  if (!a && !b) return undefined;
  const merged = new Map<string, { subjects: number; categories: Map<Category, number> }>();
  for (const entry of [...(a ?? []), ...(b ?? [])]) {
    const known = merged.get(entry.jurisdiction) ?? { subjects: 0, categories: new Map<Category, number>() };
    known.subjects = Math.max(known.subjects, entry.subjects);
    for (const { category, subjects } of entry.categories) known.categories.set(category, Math.max(known.categories.get(category) ?? 0, subjects));
    merged.set(entry.jurisdiction, known);
  }
  return [...merged]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([jurisdiction, entry]) => ({
      jurisdiction,
      subjects: entry.subjects,
      categories: CATEGORIES.flatMap((category) => {
        const subjects = entry.categories.get(category);
        return subjects === undefined ? [] : [{ category, subjects }];
      }),
    }));
}

export const DECLARED_DETECTOR = 'declared-by-reporter';

/**
 * Adds the categories the reporter declared. A declared category that classification did not
 * find (or found in no one) is taken to concern all `subjectCount` people the reporter named;
 * detected counts stand. Only then does `subjectCount` become the larger of the two figures, so
 * that no category counts more people than the whole; otherwise it stays the people the records
 * hold (the assessment takes the larger of the report's figure and this one: see
 * affectedSubjectCount).
 */
export function withDeclaredCategories(c: Classification, declared: readonly Category[], subjectCount: number): Classification {
  if (!Number.isInteger(subjectCount) || subjectCount < 0) {
    throw new ValidationError('subjectCount must be a non-negative integer', [
      { field: 'affected.subjectCount', message: 'must be a non-negative integer' },
    ]);
  }
  const detected = new Map(c.categories.filter(({ subjects }) => subjects > 0).map((entry) => [entry.category, entry]));
  const added = [...new Set(declared)].filter((category) => !detected.has(category));
  const counts = new Map([...detected, ...added.map((category) => [category, { category, subjects: subjectCount, confidence: 1 }] as const)]);
  return {
    ...c,
    categories: CATEGORIES.flatMap((category) => {
      const entry = counts.get(category);
      return entry === undefined ? [] : [entry];
    }),
    subjectCount: added.length > 0 ? Math.max(c.subjectCount, subjectCount) : c.subjectCount,
    evidence: sortedEvidence([
      ...c.evidence.map((entry) => ({ ...entry, columns: new Set(entry.columns), confidence: entry.confidence ?? 0, matches: entry.matches ?? 0 })),
      ...added.map((category) => ({ category, detector: DECLARED_DETECTOR, columns: new Set<string>(), confidence: 0, matches: 0 })),
    ]),
  };
}
