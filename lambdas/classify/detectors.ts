// Value detectors for record classification. Each validator is pure and small, and VALIDATES
// (check digits, number-range rules, decodable structure) instead of only matching a shape, so
// that an order number is not mistaken for a card and a breach is not over- or under-notified.
// Column names add context ("ssn", "diagnosis", "Telefon"); values decide wherever a validator
// exists. Nothing here logs or keeps a value.
import { isIPv4, isIPv6 } from 'node:net';
import type { Category } from '../shared/contract.js';

// ---------------------------------------------------------------------------------------------
// Detections

/**
 * `validated`: the value passed a validator in a context where that is conclusive.
 * `probable`: the value passed a validator whose false-positive rate matters without context
 * (e.g. 1 in 10 random 16-digit numbers pass Luhn); the caller confirms it per column.
 */
export type Certainty = 'validated' | 'probable';

export interface Detection {
  readonly category: Category;
  /** Stable detector name, reported as evidence (never the value). */
  readonly detector: string;
  readonly certainty: Certainty;
}

// ---------------------------------------------------------------------------------------------
// Blank values

// Placeholders that exports use for "no value". "na" is included even though it is Namibia's
// country code: in real exports it far more often means "not available".
const BLANK_PLACEHOLDERS = new Set(['', 'null', 'nil', 'none', 'n/a', 'na', '-', '--', 'undefined', 'nan', '#n/a']);

export function isBlankValue(value: string): boolean {
  return BLANK_PLACEHOLDERS.has(value.trim().toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Email

const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** RFC 5321-sized address with a dotted domain and a real-looking TLD (IDN punycode allowed). */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL_DOMAIN.test(labels[labels.length - 1] ?? '');
}

// ---------------------------------------------------------------------------------------------
// US Social Security number

const SSN_SHAPE = /^(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})$/;

// Numbers never issued to a person but printed widely, so they show up in test data and forms:
// the 1938 Woolworth wallet-card number, the 1940 SSA pamphlet number, the "123-45-6789"
// sample and the number published in LifeLock's advertising.
const ADVERTISED_SSNS = new Set(['078051120', '219099999', '123456789', '457555462']);

/** SSA assignment rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnDigitsValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !ADVERTISED_SSNS.has(digits);
}

export interface SsnMatch {
  readonly valid: boolean;
  /** Written with at least one separator (123-45-6789), which on its own points to an SSN. */
  readonly separated: boolean;
}

/** Parses an SSN-shaped value; undefined when it is not SSN-shaped at all. */
export function parseUsSsn(value: string): SsnMatch | undefined {
  const match = SSN_SHAPE.exec(value.trim());
  if (!match) return undefined;
  const [, area = '', first = '', group = '', second = '', serial = ''] = match;
  // Mixed separators (123-45.6789) are not how anyone writes an SSN.
  const consistent = !first || !second || first === second;
  return { valid: consistent && ssnDigitsValid(area + group + serial), separated: Boolean(first || second) };
}

export function isUsSsn(value: string): boolean {
  return parseUsSsn(value)?.valid ?? false;
}

// ---------------------------------------------------------------------------------------------
// Payment cards

export function luhnChecksumValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

type PrefixRule = string | readonly [low: number, high: number];
interface CardNetwork {
  readonly network: string;
  readonly prefixes: readonly PrefixRule[];
  readonly lengths: readonly number[];
}

const LONG = [16, 17, 18, 19] as const;
// Issuer identification ranges (ISO/IEC 7812 as published by the networks). Maestro's broad
// 50/56-69 range also covers Dankort and most domestic debit schemes.
const CARD_NETWORKS: readonly CardNetwork[] = [
  { network: 'visa', prefixes: ['4'], lengths: [13, 16, 19] },
  { network: 'mastercard', prefixes: [[51, 55], [2221, 2720]], lengths: [16] },
  { network: 'amex', prefixes: ['34', '37'], lengths: [15] },
  { network: 'diners', prefixes: [[300, 305], '3095', '36', [38, 39]], lengths: [14, 15, ...LONG] },
  { network: 'discover', prefixes: ['6011', [644, 649], '65', [622126, 622925]], lengths: LONG },
  { network: 'jcb', prefixes: [[3528, 3589]], lengths: LONG },
  { network: 'unionpay', prefixes: ['62', '81'], lengths: LONG },
  { network: 'maestro', prefixes: ['50', [56, 69]], lengths: [13, 14, 15, ...LONG] },
  { network: 'mir', prefixes: [[2200, 2204]], lengths: LONG },
  { network: 'rupay', prefixes: ['60', '65', '81', '82', '508', '353', '356'], lengths: [16] },
  { network: 'troy', prefixes: ['9792'], lengths: [16] },
  { network: 'uatp', prefixes: ['1'], lengths: [15] },
];

function prefixMatches(digits: string, rule: PrefixRule): boolean {
  if (typeof rule === 'string') return digits.startsWith(rule);
  const [low, high] = rule;
  const head = Number(digits.slice(0, String(low).length));
  return head >= low && head <= high;
}

/** The card network whose prefix and length fit, or undefined. Does not check Luhn. */
export function cardNetworkOf(digits: string): string | undefined {
  return CARD_NETWORKS.find(
    ({ prefixes, lengths }) => lengths.includes(digits.length) && prefixes.some((rule) => prefixMatches(digits, rule)),
  )?.network;
}

// Contiguous, or grouped the way cards are printed: 4-4-4-4(-1..3), Amex 4-6-5, Diners 4-6-4.
const CARD_SHAPE = /^(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})$/;

export interface CardMatch {
  readonly valid: boolean;
  /** Printed in card groups, which on its own points to a card number. */
  readonly grouped: boolean;
}

export function parsePaymentCard(value: string): CardMatch | undefined {
  const trimmed = value.trim();
  if (!CARD_SHAPE.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[ -]/g, '');
  const valid = digits.length >= 13 && digits.length <= 19 && cardNetworkOf(digits) !== undefined && luhnChecksumValid(digits);
  return { valid, grouped: digits.length !== trimmed.length };
}

export function isPaymentCardNumber(value: string): boolean {
  return parsePaymentCard(value)?.valid ?? false;
}

// ---------------------------------------------------------------------------------------------
// IBAN

// Lengths from the SWIFT IBAN registry.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 = 1. */
export function ibanChecksumValid(compactIban: string): boolean {
  const rearranged = compactIban.slice(4) + compactIban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

const IBAN_SHAPE = /^[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}$/;

/**
 * Country-specific length and mod-97 check digits; spaces or dashes between groups allowed.
 * Upper or lower case, not mixed: "LV80 bANK" is a mangled value, not a way of writing one.
 */
export function isIban(value: string): boolean {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (trimmed !== upper && trimmed !== trimmed.toLowerCase()) return false;
  if (!IBAN_SHAPE.test(upper)) return false;
  const compact = upper.replace(/[ -]/g, '');
  return IBAN_LENGTHS[compact.slice(0, 2)] === compact.length && ibanChecksumValid(compact);
}

// ---------------------------------------------------------------------------------------------
// Credentials

export type PasswordHashKind = 'bcrypt' | 'argon2' | 'sha-crypt' | 'md5-crypt' | 'pbkdf2' | 'scrypt' | 'hex-digest';

const SELF_DESCRIBING_HASHES: ReadonlyArray<readonly [PasswordHashKind, RegExp]> = [
  ['bcrypt', /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/],
  ['argon2', /^\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  ['sha-crypt', /^\$[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}$/],
  ['md5-crypt', /^\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/],
  ['scrypt', /^\$(?:scrypt|7)\$[^$\s]+\$[^$\s]+(?:\$[^$\s]+)?$/],
  ['pbkdf2', /^(?:\$pbkdf2(?:-sha\d+)?\$\d+\$[./A-Za-z0-9+=]+\$[./A-Za-z0-9+=]+|pbkdf2_sha(?:1|256|512)\$\d+\$[^$\s]+\$[A-Za-z0-9+/=]+)$/],
];
// MD5, SHA-1, SHA-256, SHA-512 hex digests: only a password hash when the column says so,
// since files, commits and ids are hex digests too.
const HEX_DIGEST = /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{128})$/i;

/** The hash scheme of a value; hex digests count only with `inPasswordColumn`. */
export function passwordHashKind(value: string, inPasswordColumn = false): PasswordHashKind | undefined {
  const found = SELF_DESCRIBING_HASHES.find(([, shape]) => shape.test(value));
  if (found) return found[0];
  return inPasswordColumn && HEX_DIGEST.test(value) ? 'hex-digest' : undefined;
}

/** AWS access key ids: AKIA (long-term) or ASIA (temporary) then 16 base-32 characters. */
export function isAwsAccessKeyId(value: string): boolean {
  return /^(?:AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
}

const JWT_SHAPE = /^[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*$/;

/** A JWS compact token whose header decodes to a JSON object naming its algorithm. */
export function isJwt(value: string): boolean {
  if (value.length > 16_384 || !JWT_SHAPE.test(value)) return false;
  const header = value.slice(0, value.indexOf('.'));
  try {
    const decoded: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && typeof (decoded as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Health, contact, online identifiers, location, dates

/** ICD-10 (WHO and -CM) code shape: letter, two characters, optional dot and up to 4 more. */
export function isIcd10Code(value: string): boolean {
  return /^[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?$/i.test(value.trim());
}

/**
 * International (+ or 00, then 8-15 digits as E.164 allows), US (NXX NXX XXXX, optional 1) or
 * European national format with trunk prefix 0. Shape only: use with column context.
 */
export function isPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[\d\s().\-/]{7,24}$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0';
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= 17 && digits[2] !== '0';
  if (/^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return true;
  return digits.startsWith('0') && digits.length >= 9 && digits.length <= 12;
}

/** IPv4 or IPv6 address that can identify a device (not unspecified or loopback). */
export function isIpAddress(value: string): boolean {
  const trimmed = value.trim();
  // Cheap shape checks first: this runs on every value of an unnamed column.
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(trimmed)) {
    return isIPv4(trimmed) && trimmed !== '0.0.0.0' && !trimmed.startsWith('127.');
  }
  if (trimmed.includes(':') && /^[0-9A-Fa-f:.]{2,45}$/.test(trimmed)) {
    return isIPv6(trimmed) && trimmed !== '::' && trimmed !== '::1';
  }
  return false;
}

const DECIMAL_DEGREES = /^[+-]?\d{1,3}(?:\.\d+)?$/;

export function isLatitude(value: string): boolean {
  const trimmed = value.trim();
  return DECIMAL_DEGREES.test(trimmed) && Math.abs(Number(trimmed)) <= 90;
}

export function isLongitude(value: string): boolean {
  const trimmed = value.trim();
  return DECIMAL_DEGREES.test(trimmed) && Math.abs(Number(trimmed)) <= 180;
}

/** "52.52, 13.40" or "52.52 13.40" (latitude first). */
export function isCoordinatePair(value: string): boolean {
  const parts = value.trim().split(/\s*[,; ]\s*/);
  return parts.length === 2 && isLatitude(parts[0] ?? '') && isLongitude(parts[1] ?? '');
}

/** A calendar date in a common notation (ISO, d.m.y, m/d/y, yyyymmdd, "3 March 1990"). */
export function isDateLike(value: string): boolean {
  const trimmed = value.trim();
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\d{2})?$/.test(trimmed)) return true;
  if (/^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(trimmed)) return true;
  return /(?:^|\D)(?:18|19|20)\d{2}(?:\D|$)/.test(trimmed) && trimmed.length <= 40;
}

// ---------------------------------------------------------------------------------------------
// Column names

export type ColumnHint =
  | 'email' | 'phone' | 'postal-address' | 'person-name' | 'date-of-birth' | 'us-ssn' | 'government-id'
  | 'payment-card' | 'card-security-code' | 'iban' | 'financial' | 'password' | 'secret' | 'diagnosis'
  | 'health' | 'latitude' | 'longitude' | 'coordinates' | 'ip-address' | 'online-identifier' | 'country'
  | 'us-state' | 'special-category' | 'criminal' | 'biometric' | 'genetic' | 'communications';

// Phrases in English plus common German, French and Spanish words (diacritics are stripped
// before matching). A phrase matches the END of a column name ("billing_address" matches
// "address"), and the longest phrase wins, so "email address" beats "address".
const HINT_PHRASES: Readonly<Record<ColumnHint, readonly string[]>> = {
  email: ['email', 'e mail', 'mail', 'email address', 'mail address', 'e mail address', 'courriel', 'adresse email',
    'adresse e mail', 'adresse mail', 'correo', 'correo electronico', 'email adresse', 'e mail adresse'],
  phone: ['phone', 'phone number', 'telephone', 'telephone number', 'tel', 'mobile', 'mobile number', 'mobile phone',
    'cell', 'cell phone', 'cellphone', 'fax', 'msisdn', 'handy', 'handynummer', 'telefon', 'telefonnummer', 'mobil',
    'mobilnummer', 'portable', 'numero de telephone', 'telefono', 'movil', 'celular', 'numero de telefono'],
  'postal-address': ['address', 'postal address', 'mailing address', 'street', 'street address', 'street name',
    'address line', 'addr', 'house number', 'zip', 'zip code', 'postcode', 'postal code', 'post code', 'city', 'town',
    'city name', 'adresse', 'anschrift', 'strasse', 'hausnummer', 'plz', 'postleitzahl', 'ort', 'wohnort', 'rue',
    'code postal', 'ville', 'direccion', 'calle', 'codigo postal', 'ciudad', 'pin code', 'pincode'],
  'person-name': ['name', 'first name', 'last name', 'full name', 'given name', 'family name', 'middle name',
    'maiden name', 'surname', 'forename', 'nickname', 'nick name', 'display name', 'cardholder name',
    'card holder name', 'account holder', 'account holder name', 'name first', 'name last', 'vorname', 'nachname',
    'familienname', 'prenom', 'nom', 'nom de famille', 'nombre', 'apellido', 'apellidos', 'nombre completo'],
  'date-of-birth': ['dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'geburtsdatum',
    'geburtstag', 'date de naissance', 'fecha de nacimiento', 'fecha nacimiento'],
  'us-ssn': ['ssn', 'social security number', 'social security no', 'social security', 'ss number', 'itin'],
  'government-id': ['passport', 'passport number', 'passport no', 'national id', 'national identification number',
    'national insurance number', 'nino', 'id card', 'identity card', 'id card number', 'identity number',
    'driver license', 'drivers license', 'driver licence', 'driving licence', 'driving license', 'license number',
    'licence number', 'tax id', 'tax identification number', 'tax number', 'tin', 'steuer id', 'steuernummer',
    'steueridentifikationsnummer', 'personalausweis', 'ausweisnummer', 'reisepass', 'reisepassnummer',
    'sozialversicherungsnummer', 'dni', 'nie', 'nif', 'nir', 'numero de securite sociale', 'securite sociale', 'cpf',
    'curp', 'aadhaar', 'pesel', 'bsn', 'personnummer', 'codice fiscale', 'voter id'],
  'payment-card': ['card number', 'credit card', 'credit card number', 'cc', 'cc number', 'ccn', 'pan', 'card',
    'card no', 'debit card', 'payment card', 'kreditkarte', 'kreditkartennummer', 'kartennummer', 'carte',
    'carte bancaire', 'numero de carte', 'carte de credit', 'tarjeta', 'numero de tarjeta', 'tarjeta de credito'],
  'card-security-code': ['cvv', 'cvc', 'csc', 'card security code', 'security code', 'card verification value'],
  iban: ['iban', 'iban number', 'iban code'],
  financial: ['bank account', 'bank account number', 'account number', 'routing number', 'aba', 'sort code', 'bic',
    'swift', 'swift code', 'bic code', 'salary', 'income', 'annual income', 'credit score', 'credit limit', 'balance',
    'account balance', 'kontonummer', 'bankverbindung', 'gehalt', 'einkommen', 'salaire', 'revenu', 'rib',
    'salario', 'ingresos', 'cuenta bancaria', 'wallet address', 'crypto wallet', 'loan amount'],
  password: ['password', 'passwd', 'pwd', 'pass', 'passcode', 'pin', 'password hash', 'pwd hash', 'pass hash',
    'hashed password', 'passwort', 'kennwort', 'mot de passe', 'mdp', 'contrasena', 'clave'],
  secret: ['secret', 'client secret', 'secret key', 'api key', 'api token', 'access key', 'access key id',
    'access token', 'refresh token', 'auth token', 'session token', 'bearer token', 'token', 'private key',
    'secret access key', 'otp secret', 'mfa secret', 'totp secret', 'recovery code', 'recovery codes'],
  diagnosis: ['diagnosis', 'diagnoses', 'diagnosis code', 'diagnosis codes', 'dx', 'dx code', 'icd', 'icd code',
    'diagnose', 'diagnostic', 'diagnostico'],
  health: ['medication', 'medications', 'drug', 'drug name', 'medication name', 'prescription', 'prescriptions', 'rx',
    'condition', 'conditions', 'medical condition', 'health condition', 'allergy', 'allergies', 'treatment',
    'symptoms', 'symptom', 'lab result', 'blood type', 'blood group', 'disability', 'mrn', 'medical record number',
    'medical record', 'insurance id', 'insurance number', 'insurance member id', 'health insurance',
    'health insurance number', 'health plan id', 'health plan number', 'medikament', 'medikamente', 'medikation',
    'krankenkasse', 'versichertennummer', 'krankheit', 'befund', 'vorerkrankung', 'medicament', 'traitement',
    'maladie', 'medicamento', 'tratamiento', 'enfermedad', 'alergia', 'allergie', 'pregnancy', 'hiv status',
    'vaccination status', 'mental health', 'therapy'],
  latitude: ['lat', 'latitude', 'geo lat', 'gps lat', 'breitengrad'],
  longitude: ['lng', 'lon', 'long', 'longitude', 'geo lng', 'geo lon', 'gps lng', 'gps lon', 'laengengrad'],
  coordinates: ['coordinates', 'coords', 'gps', 'geolocation', 'geo location', 'lat lng', 'lat long', 'lat lon',
    'latlng', 'latlon', 'geo'],
  'ip-address': ['ip', 'ip address', 'ip addr', 'ipv', 'client ip', 'remote ip', 'remote addr', 'remote address',
    'source ip', 'src ip', 'last login ip', 'ip adresse', 'adresse ip', 'direccion ip'],
  'online-identifier': ['device id', 'device identifier', 'cookie', 'cookie id', 'advertising id', 'ad id', 'idfa',
    'idfv', 'gaid', 'aaid', 'imei', 'imsi', 'mac address', 'udid', 'session id', 'visitor id', 'device fingerprint',
    'browser fingerprint', 'user agent', 'username', 'user name', 'login name', 'login id', 'screen name'],
  country: ['country', 'country code', 'country name', 'country of residence', 'residence country', 'land', 'pays',
    'pais'],
  'us-state': ['state', 'state code', 'state name', 'us state'],
  'special-category': ['religion', 'religious belief', 'religious beliefs', 'religious affiliation', 'denomination',
    'konfession', 'ethnicity', 'ethnic origin', 'ethnic group', 'race', 'racial origin', 'sexual orientation',
    'sex life', 'political opinion', 'political opinions', 'political party', 'political affiliation',
    'party membership', 'trade union', 'union member', 'union membership', 'gewerkschaft', 'philosophical belief',
    'philosophical beliefs'],
  criminal: ['criminal record', 'criminal records', 'criminal history', 'conviction', 'convictions', 'offence',
    'offences', 'offense', 'offenses', 'arrest record', 'vorstrafe', 'vorstrafen', 'casier judiciaire',
    'antecedentes penales'],
  biometric: ['biometric', 'biometrics', 'fingerprint', 'fingerprints', 'face template', 'facial template',
    'faceprint', 'face embedding', 'iris scan', 'retina scan', 'voiceprint', 'voice print', 'palm print',
    'biometric template'],
  genetic: ['dna', 'dna sequence', 'genotype', 'genetic', 'genetic data', 'genetic test', 'genome', 'snp', 'snps',
    'genetic marker', 'genetic markers'],
  communications: ['message body', 'message content', 'message text', 'email body', 'email content', 'email text',
    'sms', 'sms text', 'chat', 'chat message', 'chat log', 'private message', 'direct message', 'call log',
    'call record', 'call records', 'cdr', 'voicemail'],
};

// Longer phrases that look like a hint's ending but mean something else ("company name" is not
// a person's name, "gift card" is not a payment card). They map to no hint.
const NOT_PERSONAL_PHRASES: readonly string[] = [
  'company name', 'business name', 'org name', 'organization name', 'organisation name', 'firm name',
  'employer name', 'product name', 'item name', 'file name', 'filename', 'host name', 'hostname', 'domain name',
  'server name', 'device name', 'app name', 'application name', 'brand name', 'bank name', 'branch name',
  'store name', 'shop name', 'merchant name', 'vendor name', 'supplier name', 'event name', 'campaign name',
  'category name', 'table name', 'column name', 'field name', 'project name', 'team name', 'group name', 'plan name',
  'course name', 'gift card', 'loyalty card', 'sim card', 'item condition', 'product condition', 'vehicle condition',
  'weather condition', 'road condition', 'payment condition', 'web address', 'error message', 'status message',
  'log message', 'state machine', 'app state', 'order state', 'job state', 'item state',
];

// Trailing words that do not change what a column holds ("phone_number", "address_home").
const GENERIC_TAILS = new Set(['number', 'no', 'nr', 'num', 'nummer', 'numero', 'value', 'val', 'text', 'txt', 'str',
  'string', 'raw', 'plain', 'clear', 'cleartext', 'primary', 'secondary', 'main', 'alt', 'other', 'private',
  'personal', 'work', 'home', 'business', 'current', 'new', 'old', 'encrypted', 'enc', 'masked']);

// Qualifiers saying an email column belongs to someone else than the record's person.
const THIRD_PARTY_QUALIFIERS = new Set(['manager', 'supervisor', 'referrer', 'referral', 'referred', 'sales', 'rep',
  'agent', 'advisor', 'created', 'creator', 'updated', 'modified', 'assigned', 'assignee', 'owner', 'approver',
  'reviewer', 'sender', 'from', 'reply', 'cc', 'bcc', 'support', 'admin', 'emergency', 'employer', 'company']);

// Qualifiers of a person-identifying key: customer_id, PatientNumber, user.uuid ...
const PERSON_QUALIFIERS = new Set(['customer', 'user', 'patient', 'client', 'member', 'employee', 'person', 'subject',
  'account', 'contact', 'citizen', 'student', 'applicant', 'guest', 'subscriber', 'kunde', 'kunden', 'cliente',
  'usuario', 'utilisateur', 'mitarbeiter', 'individual', 'consumer', 'buyer', 'donor', 'policyholder']);
const KEY_WORDS = new Set(['id', 'number', 'no', 'nr', 'num', 'uuid', 'guid', 'key', 'ref', 'nummer', 'numero']);

/** Splits a column name into lower-case ASCII words: "customerEMail2" → customer, e, mail. */
export function columnWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((word) => word.replace(/(?<=[a-z])\d+$/, ''))
    .filter((word) => word !== '' && !/^\d+$/.test(word));
}

const PHRASE_INDEX: ReadonlyMap<string, ColumnHint | null> = buildPhraseIndex();

function buildPhraseIndex(): Map<string, ColumnHint | null> {
  const index = new Map<string, ColumnHint | null>();
  const register = (phrase: string, hint: ColumnHint | null): void => {
    const words = columnWords(phrase);
    index.set(words.join(' '), hint);
    if (!index.has(words.join(''))) index.set(words.join(''), hint);
  };
  for (const [hint, phrases] of Object.entries(HINT_PHRASES) as Array<[ColumnHint, readonly string[]]>) {
    for (const phrase of phrases) register(phrase, hint);
  }
  for (const phrase of NOT_PERSONAL_PHRASES) register(phrase, null);
  return index;
}

function hintOfWords(words: readonly string[]): ColumnHint | null | undefined {
  for (let length = words.length; length >= 1; length--) {
    const tail = words.slice(words.length - length);
    const hint = PHRASE_INDEX.get(tail.join(' ')) ?? PHRASE_INDEX.get(tail.join(''));
    if (hint !== undefined) return hint;
  }
  return undefined;
}

export interface ColumnProfile {
  readonly name: string;
  readonly hint: ColumnHint | undefined;
  /** Looks like a key or reference (…_id, …_number), where shape-only matches mean nothing. */
  readonly identifierLike: boolean;
  /** Holds someone else's data than the record's person (manager_email, created_by_email). */
  readonly thirdParty: boolean;
}

/** What a column's name says about its values. Pure; callers cache it per column. */
export function describeColumn(name: string): ColumnProfile {
  let words = columnWords(name);
  let hint = hintOfWords(words);
  // Drop up to two generic trailing words ("phone_number_home") and look again.
  for (let dropped = 0; hint === undefined && dropped < 2 && words.length > 1; dropped++) {
    const last = words[words.length - 1] ?? '';
    if (!GENERIC_TAILS.has(last)) break;
    words = words.slice(0, -1);
    hint = hintOfWords(words);
  }
  const allWords = columnWords(name);
  const last = allWords[allWords.length - 1] ?? '';
  return {
    name,
    hint: hint ?? undefined,
    identifierLike: KEY_WORDS.has(last) || /^(?:uu|gu)?id$/.test(last),
    thirdParty: allWords.some((word) => THIRD_PARTY_QUALIFIERS.has(word)),
  };
}

/**
 * How strongly a column identifies the record's person, lower is better: 0 for a person key
 * (customer_id, patient_number), 1 for the person's email, 2 for a bare "id".
 */
export function subjectKeyRank(name: string): number | undefined {
  const words = columnWords(name);
  const compact = words.join('');
  if (words.length === 2 && PERSON_QUALIFIERS.has(words[0] ?? '') && KEY_WORDS.has(words[1] ?? '')) return 0;
  if (compact === 'uid' || [...PERSON_QUALIFIERS].some((qualifier) => compact === `${qualifier}id`)) return 0;
  const profile = describeColumn(name);
  if (profile.hint === 'email' && !profile.thirdParty) return 1;
  if (compact === 'id') return 2;
  return undefined;
}

/** The column that identifies the person: best rank first, then column order. */
export function pickSubjectKey(columns: Iterable<string>): string | undefined {
  let best: { column: string; rank: number } | undefined;
  for (const column of columns) {
    const rank = subjectKeyRank(column);
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { column, rank };
  }
  return best?.column;
}

/** Whether an email column's addresses are the record person's own (for Art. 34 notices). */
export function holdsSubjectEmail(column: ColumnProfile): boolean {
  return column.hint === 'email' && !column.thirdParty;
}

// ---------------------------------------------------------------------------------------------
// Whole-value detection

const validated = (category: Category, detector: string): Detection => ({ category, detector, certainty: 'validated' });
const probable = (category: Category, detector: string): Detection => ({ category, detector, certainty: 'probable' });

/** Longest stretch of free text scanned per value; bounds the work per cell. */
export const MAX_SCANNED_TEXT = 10_000;

const COLUMN_ONLY_DETECTIONS: Partial<Record<ColumnHint, Detection>> = {
  'government-id': validated('government-id', 'government-id-column'),
  financial: validated('financial', 'financial-column'),
  secret: validated('credentials', 'secret-column'),
  health: validated('health', 'health-column'),
  'postal-address': validated('contact', 'postal-address'),
  'online-identifier': validated('online-identifier', 'online-identifier-column'),
  'special-category': validated('special-category', 'special-category-column'),
  criminal: validated('criminal', 'criminal-column'),
  biometric: validated('biometric', 'biometric-column'),
  genetic: validated('genetic', 'genetic-column'),
  communications: validated('communications', 'communications-column'),
};

/** Formats that identify themselves wherever they appear. */
function selfIdentifying(value: string): Detection | undefined {
  if (value.includes('@')) return isEmailAddress(value) ? validated('contact', 'email') : undefined;
  if (isIban(value)) return validated('financial', 'iban');
  if (isAwsAccessKeyId(value)) return validated('credentials', 'aws-access-key-id');
  if (value.startsWith('$') || value.startsWith('pbkdf2')) {
    return passwordHashKind(value) ? validated('credentials', 'password-hash') : undefined;
  }
  if (value.startsWith('eyJ') && isJwt(value)) return validated('credentials', 'jwt');
  return undefined;
}

function numberShaped(value: string, column: ColumnProfile): Detection | undefined {
  const card = parsePaymentCard(value);
  if (card?.valid) {
    if (card.grouped || column.hint === 'payment-card') return validated('payment-card', 'payment-card');
    // Unformatted and unnamed: could be an order number that happens to pass Luhn.
    if (column.hint === undefined && !column.identifierLike) return probable('payment-card', 'payment-card');
  }
  const ssn = parseUsSsn(value);
  if (ssn?.valid) {
    // 123-45-6789 is an SSN in any unnamed column; nine bare digits only in a column named for one.
    const named = column.hint === 'us-ssn' || column.hint === 'government-id';
    if (named || (ssn.separated && column.hint === undefined)) return validated('government-id', 'us-ssn');
  }
  return undefined;
}

function contextual(value: string, column: ColumnProfile): Detection | undefined {
  switch (column.hint) {
    case 'phone':
      return isPhoneNumber(value) ? validated('contact', 'phone') : undefined;
    case 'ip-address':
      return isIpAddress(value) ? validated('online-identifier', 'ip-address') : undefined;
    case 'password':
      return passwordHashKind(value, true)
        ? validated('credentials', 'password-hash')
        : validated('credentials', 'plain-password');
    case 'diagnosis':
      return isIcd10Code(value) ? validated('health', 'icd10-code') : validated('health', 'health-column');
    case 'latitude':
      return isLatitude(value) ? validated('location', 'geo-coordinates') : undefined;
    case 'longitude':
      return isLongitude(value) ? validated('location', 'geo-coordinates') : undefined;
    case 'coordinates':
      return isCoordinatePair(value) ? validated('location', 'geo-coordinates') : undefined;
    case 'person-name':
      return /\p{L}/u.test(value) && value.length <= 300 ? validated('identity', 'person-name') : undefined;
    case 'date-of-birth':
      return isDateLike(value) ? validated('identity', 'date-of-birth') : undefined;
    case 'card-security-code':
      return /^\d{3,4}$/.test(value) ? validated('payment-card', 'card-security-code') : undefined;
    case undefined:
      if (column.identifierLike) return undefined;
      if (isIpAddress(value)) return probable('online-identifier', 'ip-address');
      if (value.startsWith('+') && isPhoneNumber(value)) return probable('contact', 'phone');
      return undefined;
    default:
      return COLUMN_ONLY_DETECTIONS[column.hint];
  }
}

/**
 * Categories of one (non-blank) value in its column: self-identifying formats first, then
 * number validators, then what the column's name says, then a scan of free text.
 */
export function detectValue(rawValue: string, column: ColumnProfile): Detection[] {
  const value = rawValue.trim();
  if (isBlankValue(value)) return [];
  const wholeValue = selfIdentifying(value) ?? numberShaped(value, column);
  if (wholeValue) return [wholeValue];
  const byColumn = contextual(value, column);
  // Free text (notes, comments, addresses, message bodies) can carry values of any kind.
  const inText = /\s/.test(value) && value.length >= 8 ? scanText(value) : [];
  return byColumn ? [byColumn, ...inText] : inText;
}

// ---------------------------------------------------------------------------------------------
// Free-text scanning

const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const CARD_IN_TEXT =
  /(?<![\w-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?![\w-])/g;
const SSN_IN_TEXT = /(?<![\w.-])\d{3}[- .]?\d{2}[- .]?\d{4}(?![\w-])/g;
const IBAN_IN_TEXT = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,32}/g;
const IPV4_IN_TEXT = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/g;
const TOKEN_IN_TEXT = /(?<![\w$./+=-])(?:AKIA|ASIA)[A-Z2-7]{16}(?![\w])|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*|\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2\S+/g;

/** IBANs in text: take exactly the country's length, and the IBAN must end there. */
function ibansIn(text: string): number {
  const pattern = new RegExp(IBAN_IN_TEXT.source, 'g');
  let found = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const candidate = match[0];
    const length = IBAN_LENGTHS[candidate.slice(0, 2)];
    if (length === undefined) continue;
    let taken = 0;
    let end = 0;
    while (end < candidate.length && taken < length) {
      if (candidate[end] !== ' ' && candidate[end] !== '-') taken++;
      end++;
    }
    const after = text[match.index + end];
    const endsCleanly = after === undefined || !/[A-Za-z0-9]/.test(after);
    if (taken === length && endsCleanly && isIban(candidate.slice(0, end))) {
      found++;
      // The greedy candidate may run into a following IBAN: resume right after this one.
      pattern.lastIndex = match.index + end;
    }
  }
  return found;
}

/**
 * Validated values inside free text: emails, IBANs, card numbers, separated SSNs, IPv4
 * addresses, AWS key ids, JWTs and password hashes. One detection per occurrence.
 */
export function scanText(rawText: string): Detection[] {
  const text = rawText.length > MAX_SCANNED_TEXT ? rawText.slice(0, MAX_SCANNED_TEXT) : rawText;
  const found: Detection[] = [];
  const repeat = (times: number, detection: Detection): void => {
    for (let i = 0; i < times; i++) found.push(detection);
  };
  if (text.includes('@')) {
    for (const [candidate] of text.matchAll(EMAIL_IN_TEXT)) {
      if (isEmailAddress(candidate.replace(/\.+$/, ''))) found.push(validated('contact', 'email'));
    }
  }
  repeat(ibansIn(text), validated('financial', 'iban'));
  for (const [candidate] of text.matchAll(CARD_IN_TEXT)) {
    if (isPaymentCardNumber(candidate)) found.push(validated('payment-card', 'payment-card'));
  }
  for (const [candidate] of text.matchAll(SSN_IN_TEXT)) {
    const ssn = parseUsSsn(candidate);
    if (ssn?.valid && ssn.separated) found.push(validated('government-id', 'us-ssn'));
  }
  for (const [candidate] of text.matchAll(IPV4_IN_TEXT)) {
    if (isIpAddress(candidate)) found.push(validated('online-identifier', 'ip-address'));
  }
  for (const [candidate] of text.matchAll(TOKEN_IN_TEXT)) {
    const detection = selfIdentifying(candidate);
    if (detection) found.push(detection);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Jurisdictions

// ISO 3166-1 alpha-2 (officially assigned), plus XK (Kosovo), which exports use widely.
const ISO_COUNTRY_CODES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
    'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
    'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
    'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
    'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW').split(' '),
);

// Common spellings that are not the CLDR English name, and codes people use that ISO does not.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB', el: 'GR', usa: 'US', us: 'US', 'u s': 'US', 'u s a': 'US', 'united states of america': 'US', america: 'US',
  'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  holland: 'NL', 'the netherlands': 'NL', 'czech republic': 'CZ', 'republic of korea': 'KR', 'korea republic of': 'KR',
  korea: 'KR', 'russian federation': 'RU', turkey: 'TR', 'ivory coast': 'CI', 'cote d ivoire': 'CI', burma: 'MM',
  'viet nam': 'VN', macedonia: 'MK', swaziland: 'SZ', 'cabo verde': 'CV', 'hong kong': 'HK', macau: 'MO', macao: 'MO',
  vatican: 'VA', 'holy see': 'VA', uae: 'AE', 'bosnia and herzegovina': 'BA', 'republic of ireland': 'IE',
  'trinidad and tobago': 'TT', palestine: 'PS', 'democratic republic of the congo': 'CD', 'republic of the congo': 'CG',
  deutschland: 'DE', allemagne: 'DE', alemania: 'DE', espana: 'ES', espagne: 'ES', spanien: 'ES', italia: 'IT',
  italien: 'IT', osterreich: 'AT', oesterreich: 'AT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', nederland: 'NL',
  niederlande: 'NL', belgique: 'BE', belgie: 'BE', belgien: 'BE', polska: 'PL', polen: 'PL', sverige: 'SE',
  danmark: 'DK', norge: 'NO', suomi: 'FI', brasil: 'BR', 'royaume uni': 'GB', 'reino unido': 'GB',
  'vereinigtes konigreich': 'GB', 'etats unis': 'US', 'estados unidos': 'US', 'vereinigte staaten': 'US',
  frankreich: 'FR', francia: 'FR', portugal: 'PT', irland: 'IE', irlande: 'IE', mexique: 'MX', kanada: 'CA',
};

function normalizePlaceName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const COUNTRY_NAMES: ReadonlyMap<string, string> = buildCountryNames();

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  // CLDR's English names ("Germany", "Czechia", "South Korea") come with Node's ICU.
  const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const code of ISO_COUNTRY_CODES) {
    const name = displayNames.of(code);
    if (name) names.set(normalizePlaceName(name.replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, '')), code);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) names.set(normalizePlaceName(alias), code);
  return names;
}

/** ISO 3166-1 alpha-2 code of a country column's value (a code or a common name). */
export function countryCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (ISO_COUNTRY_CODES.has(upper)) return upper;
  }
  return COUNTRY_NAMES.get(normalizePlaceName(trimmed));
}

const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
  PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
};
const US_STATE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(US_STATES).map(([code, name]) => [normalizePlaceName(name), code]),
);

/** ISO 3166-2 code ("US-CA") of a US state column's value (postal code or name). */
export function usStateOf(value: string): string | undefined {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  const code = /^[A-Z]{2}$/.test(upper) && US_STATES[upper] ? upper : US_STATE_NAMES.get(normalizePlaceName(trimmed));
  return code ? `US-${code}` : undefined;
}
