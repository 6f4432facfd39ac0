// Value detectors for record classification. Each validator is pure and small, and VALIDATES
// (check digits, number-range rules, decodable structure) instead of only matching a shape, so
// that an order number is not mistaken for a card and a breach is not over- or under-notified.
// Column names add context ("ssn", "diagnosis", "Telefon"); values decide wherever a validator
// exists. Nothing here logs or keeps a value.
import { isIPv4, isIPv6 } from 'node:net';
import { CATEGORIES, type Category } from '../shared/contract.js';
import {
  isAbaRoutingNumber, isDeHealthInsuranceNumber, isDeIdentityDocument, isDeSocialSecurityNumber, isDeTaxId, isEsSocialSecurityNumber,
  isDocumentNumberShaped, isEsDniOrNie, isFrNir, isFrNirWithoutKey, isFrSpi, isImei, isItCodiceFiscale, isMacAddress, isNhsNumber, isNlBsn,
  isPassportNumber, isPlPesel, isUkNino, isUsItin, isUsMbi, isUuid, type PassportIssuer,
  isAtSocialInsuranceNumber, isAuMedicareNumber, isAuTfn, isNzIrd, isBalticPersonalCode, isLvPersonalCode, isRoCnp, isIsKennitala, isGrAmka, isGrAfm, isBeNationalNumber, isCaSin, isDkCpr, isFiHenkilotunnus,
  isBrCns, isBrCpf, isIePpsn, isInAadhaar, isInPan, isKrFrn, isKrRrn, isMyKad, isNoFodselsnummer, isNzNhi, isPtNif, isSePersonnummer, isSgNricFin,
  isThNationalId, isTrKimlikNo, isTwNationalId, isSaNationalId, isAeEmiratesId, isEgNationalId, isGhanaCardNumber, isClRut, isCnResidentId, isUsNpi, isZaIdNumber, isChAhvNumber, isCzBirthNumber, isMxCurp, isMxCurpShaped, birthDateInId,
} from './identifiers.js';
import { countrySpecs, isValidBBAN } from 'ibantools';
import { isMedicineValue, namesMedicine } from './medicines.js';
import { isPoliticalParty } from './politics.js';
import { isPhoneShaped, phoneNumberVerdict, phoneNumbersInText } from './phone.js';
import { jwtClaimsOf, tokenKind, tokensIn, type TokenKind } from './secrets.js';

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

// Placeholders that exports use for "no value", and what masking and redaction leave behind.
// "na" is included even though it is Namibia's country code: in real exports it far more often
// means "not available".
const BLANK_PLACEHOLDERS = new Set(['', 'null', 'nil', 'none', 'n/a', 'na', 'n.a.', 'n.v.', 'n/v', 'k.a.', '-', '--',
  'undefined', 'nan', '#n/a', '<null>', '(null)', '[null]', 'unknown', 'redacted', '[redacted]', '<redacted>',
  '(redacted)', 'removed', '[removed]', 'withheld', 'masked', '[masked]', 'hidden', 'not provided', 'not available',
  // Salesforce's last name of a web-to-lead form left without one.
  '[not provided]', '[unknown]',
  'keine angabe', 'non renseigne', 'no disponible', 'sconosciuto', 'onbekend',
  '\\n', // MySQL's NULL in SELECT ... INTO OUTFILE and mysqldump's tab format: \N
  // An Excel export's summary row ("Total", "Summe") under the people.
  'total', 'totals', 'grand total', 'subtotal', 'sum', 'summe', 'gesamt', 'gesamtsumme', 'totaal', 'totale',
  // A gradebook's or a quiz report's row of averages (Moodle's "Overall average").
  'overall average', 'average', 'class average', 'mean', 'durchschnitt', 'moyenne', 'gemiddelde',
  // An empty date as SAP and MySQL write it.
  '00000000', '0000-00-00', '00.00.0000', '00/00/0000']);
const LONGEST_PLACEHOLDER = Math.max(...[...BLANK_PLACEHOLDERS].map((placeholder) => placeholder.length));
// The first three characters (lower-cased) of each placeholder as a number: most values ("Nora",
// "Max") are told apart from them without building a string.
const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code | 32 : code);
function headOf(text: string): number {
  const length = text.length;
  return lowerAscii(text.charCodeAt(0)) * 65536 + (length > 1 ? lowerAscii(text.charCodeAt(1)) * 256 : 0) + (length > 2 ? lowerAscii(text.charCodeAt(2)) : 0);
}
const PLACEHOLDER_HEADS: ReadonlySet<number> = new Set([...BLANK_PLACEHOLDERS].filter((text) => text !== '').map(headOf));
const PLACEHOLDER_START = new Uint8Array(128);
for (const placeholder of BLANK_PLACEHOLDERS) if (placeholder !== '') PLACEHOLDER_START[placeholder.charCodeAt(0)] = 1;
const MASK_START = new Uint8Array(128);
for (const mask of '*x#') MASK_START[mask.charCodeAt(0)] = 1;

// A value masked whole: only mask characters (*, x, #, •) and separators, three masks at least.
const MASKED = /^[*xX#•\s.\-/]*(?:[*xX#•][\s.\-/]*){3,}$/;

function isPlaceholder(text: string): boolean {
  return (text.length <= LONGEST_PLACEHOLDER && BLANK_PLACEHOLDERS.has(text.toLowerCase())) || MASKED.test(text) || TEMPLATE_SLOT.test(text);
}

// A template's slot for a value ("<your-api-key>", "{{password}}", "${DB_PASSWORD}"), as sample configs and documentation write them.
const TEMPLATE_SLOT = /^(?:<[a-z][\w .-]{0,40}>|\{\{\s*[\w .-]{1,40}\s*\}\}|\$\{[\w.-]{1,40}\})$/i;

/** The state of a thing (an inventory's, a listing's), not of a person's health. */
const ITEM_CONDITION = /^(?:new|like new|as new|used|good|very good|fair|poor|excellent|ok|okay|working|not working|broken|damaged|needs? repairs?|needs? (?:servicing|replacing|replacement)|refurbished|mint|worn|faulty|scrap(?:ped)?|unknown)$/i;

const NIL_UUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;

export function isBlankValue(value: string): boolean {
  // Runs on every cell: decide most values from their length and first character alone. A long run of
  // spaces is a fixed-width export's empty field (SAP's list download); an all-zero UUID is no one's
  // (the advertising id of a device that limits ad tracking, a nil id).
  if (value.length > 24) return (value.charCodeAt(0) <= 32 && value.trim() === '') || (value.length === 36 && value.charCodeAt(0) === 48 && NIL_UUID.test(value));
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  if (first !== 32 && first !== 9 && value.charCodeAt(value.length - 1) > 32) {
    const start = lowerAscii(first);
    if (start >= 128) return start === 8226 /* • */ && MASKED.test(value);
    if (MASK_START[start] === 0 && start !== 60 /* < */ && start !== 123 /* { */ && start !== 36 /* $ */
      && (PLACEHOLDER_START[start] === 0 || !PLACEHOLDER_HEADS.has(headOf(value)))) return false;
    return isPlaceholder(value);
  }
  return isPlaceholder(value.trim());
}

// ---------------------------------------------------------------------------------------------
// Email

const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** value[start, end) is 2-63 ASCII letters, or an IDN label "xn--" + 1-59 letters, digits, dashes. */
function isAsciiTopLevelDomain(value: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 63) return false;
  const punycode = length > 4 && value.slice(start, start + 4).toLowerCase() === 'xn--';
  for (let i = punycode ? start + 4 : start; i < end; i++) {
    const lower = value.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122) continue;
    if (!punycode) return false;
    const code = value.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || code === 45)) return false;
  }
  return true;
}

/** Plain ASCII addresses (nearly all of them) checked without regular expressions. */
function asciiEmailVerdict(value: string, at: number): boolean | undefined {
  let previousDot = true; // no leading dot
  for (let i = 0; i < at; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) return undefined;
    if (code === 46) {
      if (previousDot) return false;
      previousDot = true;
      continue;
    }
    previousDot = false;
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!alnum && "!#$%&'*+/=?^_`{|}~-".indexOf(value[i] ?? ' ') < 0) return false;
  }
  if (previousDot) return false; // trailing dot in the local part
  let labelStart = at + 1;
  let labels = 0;
  for (let i = at + 1; i <= value.length; i++) {
    const code = i === value.length ? 46 : value.charCodeAt(i);
    if (code >= 128) return undefined;
    if (code === 46) {
      const length = i - labelStart;
      if (length < 1 || length > 63 || value[labelStart] === '-' || value[i - 1] === '-') return false;
      labels++;
      if (i === value.length) return labels >= 2 && isAsciiTopLevelDomain(value, labelStart, i);
      labelStart = i + 1;
      continue;
    }
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!alnum && code !== 45) return false;
  }
  return false;
}

// Addresses that stand for "no address" or hide one: masked local parts (j***@, xxx@) and the
// placeholders forms take (noemail@, none@, noreply@).
const PLACEHOLDER_EMAIL_LOCAL = /^(?:[xX*]+|.*\*{2,}.*|no[-_.]?e?[-_.]?mail|none|null|nil|n\/?a|unknown|no[-_.]?reply|do[-_.]?not[-_.]?reply)$/i;

/** A valid email address that is someone's: not a placeholder or a mask. */
export function isPersonalEmail(address: string): boolean {
  return isEmailAddress(address) && !isPlaceholderEmail(address);
}

/** An email address that is a placeholder or a mask, not anyone's address. */
function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  // Iterable's stand-in for a user known by their id alone ("816773@placeholder.email"); a Google Cloud service account's
  // address ("sa-7@project.iam.gserviceaccount.com", Google's own "service-1234@container-engine-robot.iam.gserviceaccount.com").
  if (address.endsWith('@placeholder.email') || address.endsWith('gserviceaccount.com')) return true;
  // Most addresses are told apart by their first character and the absence of "**".
  const first = address.charCodeAt(0) | 32;
  const suspect = first === 120 /* x */ || first === 42 /* * */ || first === 110 /* n */ || first === 117 /* u */ || first === 100 /* d */;
  if (!suspect && address.lastIndexOf('**', at) < 0) return false;
  return PLACEHOLDER_EMAIL_LOCAL.test(address.slice(0, at));
}

/** RFC 5321-sized address with a dotted domain and a real-looking TLD (IDN punycode allowed). */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const firstAt = value.indexOf('@');
  if (firstAt >= 1 && firstAt <= 64 && firstAt === value.lastIndexOf('@')) {
    const verdict = asciiEmailVerdict(value, firstAt);
    if (verdict !== undefined) return verdict;
  }
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
  /** Written 3-2-4 with the same separator twice: how an SSN is printed in prose. */
  readonly grouped: boolean;
}

/** Parses an SSN-shaped value; undefined when it is not SSN-shaped at all. */
export function parseUsSsn(value: string): SsnMatch | undefined {
  const match = SSN_SHAPE.exec(value.trim());
  if (!match) return undefined;
  const [, area = '', first = '', group = '', second = '', serial = ''] = match;
  // Mixed separators (123-45.6789) are not how anyone writes an SSN.
  const consistent = !first || !second || first === second;
  return { valid: consistent && ssnDigitsValid(area + group + serial), separated: Boolean(first || second), grouped: Boolean(first) && first === second };
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
  { network: 'jcb', prefixes: ['2131', '1800'], lengths: [15] },
  { network: 'unionpay', prefixes: ['62', '81'], lengths: LONG },
  { network: 'maestro', prefixes: ['50', [56, 69]], lengths: [12, 13, 14, 15, ...LONG] },
  { network: 'mir', prefixes: [[2200, 2204]], lengths: LONG },
  { network: 'rupay', prefixes: ['60', '65', '81', '82', '508', '353', '356'], lengths: [16] },
  { network: 'troy', prefixes: ['9792'], lengths: [16] },
  { network: 'uatp', prefixes: ['1'], lengths: [15] },
];

// The rules as numbers: a prefix or range of k digits is tested on the first six digits divided
// by 10^(6 - k), so that checking a number allocates nothing.
const NETWORK_RULES = CARD_NETWORKS.map(({ network, prefixes, lengths }) => ({
  network,
  lengths: new Set<number>(lengths),
  ranges: prefixes.map((rule) => {
    const [low, high] = typeof rule === 'string' ? [Number(rule), Number(rule)] : rule;
    return { divisor: 10 ** (6 - String(low).length), low, high };
  }),
}));

/** The network for a number of `length` digits whose first six digits are `firstSix`. */
function networkOf(firstSix: number, length: number): string | undefined {
  for (const { network, lengths, ranges } of NETWORK_RULES) {
    if (!lengths.has(length)) continue;
    for (const { divisor, low, high } of ranges) {
      const head = Math.floor(firstSix / divisor);
      if (head >= low && head <= high) return network;
    }
  }
  return undefined;
}

/** The card network whose prefix and length fit, or undefined. Does not check Luhn. */
export function cardNetworkOf(digits: string): string | undefined {
  if (digits.length < 6 || !/^\d+$/.test(digits)) return undefined;
  return networkOf(Number(digits.slice(0, 6)), digits.length);
}

export interface CardMatch {
  readonly valid: boolean;
  /** Printed in card groups, which on its own points to a card number. */
  readonly grouped: boolean;
}

const CARD_VALID_GROUPED: CardMatch = { valid: true, grouped: true };
const CARD_VALID: CardMatch = { valid: true, grouped: false };
const CARD_INVALID_GROUPED: CardMatch = { valid: false, grouped: true };
const CARD_INVALID: CardMatch = { valid: false, grouped: false };

/**
 * A card-shaped number (12-19 digits, contiguous or grouped the way cards are printed: 4-4-4-4
 * with up to 3 more, Amex 4-6-5, Diners 4-6-4, one separator: space, dash or dot) and whether it is
 * valid: the Luhn check, and a network's prefix and length, or else 16 digits under a card
 * industry identifier (first digit 3-6, ISO/IEC 7812): issuer tables go stale (new ranges, 8-digit
 * BINs, test and private-label ranges), and missing a card in a breach costs more than a number
 * that legal looks at twice. One pass, no allocation.
 */
export function parsePaymentCard(value: string): CardMatch | undefined {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 32) start++;
  while (end > start && value.charCodeAt(end - 1) <= 32) end--;
  if (end - start < 12 || end - start > 23) return undefined;
  let separator = 0;
  let groups = 0; // separators seen
  let group = 0; // digits in the current group
  let first = 0;
  let second = 0;
  let third = 0;
  let fourth = 0;
  let digits = 0;
  let firstSix = 0;
  let evenDoubled = 0; // Luhn sum doubling the digits at even positions from the left
  let oddDoubled = 0;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      const digit = code - 48;
      const doubled = digit > 4 ? digit * 2 - 9 : digit * 2;
      if (digits % 2 === 0) {
        evenDoubled += doubled;
        oddDoubled += digit;
      } else {
        evenDoubled += digit;
        oddDoubled += doubled;
      }
      if (digits < 6) firstSix = firstSix * 10 + digit;
      digits++;
      group++;
      continue;
    }
    if ((code !== 32 && code !== 45 && code !== 46) || group === 0 || (separator !== 0 && code !== separator)) return undefined;
    separator = code;
    groups++;
    if (groups === 1) first = group;
    else if (groups === 2) second = group;
    else if (groups === 3) third = group;
    else if (groups === 4) fourth = group;
    else return undefined;
    group = 0;
  }
  if (group === 0) return undefined;
  if (groups > 0) {
    const last = group;
    const printed = first === 4 && (
      // In fours (an Amex number typed so ends in three: "3782 8224 6310 005"), or as printed.
      (second === 4 && third === 4 && ((groups === 3 && (last === 4 || last === 3)) || (groups === 4 && fourth === 4 && last <= 3))) ||
      (groups === 2 && second === 6 && (last === 4 || last === 5))
    );
    if (!printed) return undefined;
  } else if (digits < 12 || digits > 19) {
    return undefined;
  }
  // The rightmost digit is never doubled: with an even count, the even positions from the left are.
  const luhn = (digits % 2 === 0 ? evenDoubled : oddDoubled) % 10 === 0;
  const valid = luhn && (networkOf(firstSix, digits) !== undefined || (digits === 16 && firstSix >= 300_000 && firstSix < 700_000));
  if (groups > 0) return valid ? CARD_VALID_GROUPED : CARD_INVALID_GROUPED;
  return valid ? CARD_VALID : CARD_INVALID;
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
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length || !ibanChecksumValid(compact)) return false;
  // The account part's layout per country (ibantools' registry), where the registry knows the country.
  return !isSupportedIbanCountry(compact.slice(0, 2)) || isValidBBAN(compact.slice(4), compact.slice(0, 2));
}

const IBAN_REGISTRY: Readonly<Record<string, unknown>> = countrySpecs;
const isSupportedIbanCountry = (country: string): boolean => {
  const spec = IBAN_REGISTRY[country] as { bban_regexp?: string } | undefined;
  return typeof spec?.bban_regexp === 'string';
};

// ---------------------------------------------------------------------------------------------
// Credentials

export type PasswordHashKind = 'bcrypt' | 'argon2' | 'sha-crypt' | 'md5-crypt' | 'pbkdf2' | 'scrypt' | 'yescrypt' | 'phpass'
  | 'ldap' | 'django' | 'mysql' | 'hex-digest' | 'base64-digest';

const SELF_DESCRIBING_HASHES: ReadonlyArray<readonly [PasswordHashKind, RegExp]> = [
  // WordPress 6.8 puts "$wp" before its bcrypt hashes ("$wp$2y$10$...").
  ['bcrypt', /^(?:\$wp)?\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/],
  // The PHC string's salt and hash in standard base64; some libraries write the URL-safe alphabet (- and _).
  ['argon2', /^\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/_-]+\$[A-Za-z0-9+/_-]+$/],
  ['sha-crypt', /^\$[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}$/],
  ['md5-crypt', /^\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/],
  ['yescrypt', /^\$(?:y|gy)\$[./A-Za-z0-9]+\$[./A-Za-z0-9]*\$[./A-Za-z0-9]{43}$/],
  // WordPress / phpBB portable hashes: $P$ or $H$, a cost character, 8 of salt, 22 of hash (Drupal 7 puts "U" before those it rehashed).
  ['phpass', /^U?\$[PH]\$[./A-Za-z0-9]{31}$/],
  // Drupal 7's own: $S$, a cost character, 8 of salt, the SHA-512 cut to 55 characters in all.
  ['sha-crypt', /^U?\$S\$[./A-Za-z0-9]{52,86}$/],
  // RFC 2307 schemes as LDAP directories store them: {SSHA}base64, {CRYPT}$6$...
  ['ldap', /^\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2(?:-SHA\d+)?|ARGON2|BCRYPT)\}\S{8,}$/i],
  ['scrypt', /^\$(?:scrypt|7)\$[^$\s]+\$[^$\s]+(?:\$[^$\s]+)?$/],
  ['pbkdf2', /^(?:\$pbkdf2(?:-sha\d+)?\$\d+\$[./A-Za-z0-9+=]+\$[./A-Za-z0-9+=]+|pbkdf2_sha(?:1|256|512)\$\d+\$[^$\s]+\$[A-Za-z0-9+/=]+)$/],
  // Keycloak's stored credential (secretData): the salted hash of its algorithm (PBKDF2 by default, Argon2 in newer versions).
  ['pbkdf2', /^\{\s*"value"\s*:\s*"[A-Za-z0-9+/=]{16,}"\s*,\s*"salt"\s*:\s*"[A-Za-z0-9+/=_-]+"/],
];
// Shapes that are password hashes only where the column says so, since file digests, commits,
// ids and tokens look the same: MD5/SHA hex digests (with a salt after or before a colon), their
// base64 forms, MySQL's *SHA1(SHA1()), Django's "sha1$salt$hex" and "bcrypt_sha256$...".
const IN_PASSWORD_COLUMN: ReadonlyArray<readonly [PasswordHashKind, RegExp]> = [
  // Magento 2 writes "hash:salt:version", the version naming the algorithm ("1" SHA-256, "3_32_2_67108864" Argon2id).
  ['hex-digest', /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{128})(?::[^\s:]{1,64})?(?::\d+(?:_\d+)*)?$/i],
  ['hex-digest', /^[^\s:]{1,64}:(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{128})$/i],
  ['base64-digest', /^(?:[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)$/],
  ['mysql', /^\*[A-F0-9]{40}$/i],
  // ASP.NET Core Identity's PasswordHash: base64 of a version byte, then PBKDF2's parameters, salt and subkey (v3, "AQAAAA...", 61 bytes) or salt and subkey (v2, 49 bytes).
  ['pbkdf2', /^(?:AQAAAA[A-Za-z0-9+/]{76}|A[A-Za-z0-9+/]{65})==$/],
  ['django', /^(?:(?:sha1|md5)\$[^$\s]*\$[a-f0-9]{32,40}|unsalted_(?:md5|sha1)\$+[a-f0-9]{32,40}|(?:bcrypt_sha256|bcrypt|argon2|scrypt)\$\S{20,})$/],
];

/** The hash scheme of a value; the shapes of IN_PASSWORD_COLUMN count only with `inPasswordColumn`. */
export function passwordHashKind(value: string, inPasswordColumn = false): PasswordHashKind | undefined {
  const found = SELF_DESCRIBING_HASHES.find(([, shape]) => shape.test(value))
    ?? (inPasswordColumn ? IN_PASSWORD_COLUMN.find(([, shape]) => shape.test(value)) : undefined);
  return found?.[0];
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
  if (isDottedQuad(trimmed)) return trimmed !== '0.0.0.0' && !trimmed.startsWith('127.');
  if (trimmed.includes(':') && /^[0-9A-Fa-f:.]{2,45}$/.test(trimmed)) {
    return isIPv6(trimmed) && trimmed !== '::' && trimmed !== '::1';
  }
  return false;
}

const DECIMAL_DEGREES = /^[+-]?\d{1,3}(?:\.\d+)?$/;
const DECIMAL_COMMA_DEGREES = /^[+-]?\d{1,3},\d{4,}$/;
// Degrees times ten million, as Google's location history stores them (latitudeE7: 404167754).
const E7_DEGREES = /^[+-]?\d{7,10}$/;

/** Degrees of a latitude or longitude value, or NaN. */
function degreesOf(value: string): number {
  const trimmed = value.trim();
  if (DECIMAL_DEGREES.test(trimmed)) return Math.abs(Number(trimmed));
  // A decimal comma, as German and French exports write it ("52,48381").
  if (DECIMAL_COMMA_DEGREES.test(trimmed)) return Math.abs(Number(trimmed.replace(',', '.')));
  return E7_DEGREES.test(trimmed) ? Math.abs(Number(trimmed)) / 1e7 : Number.NaN;
}

export function isLatitude(value: string): boolean {
  return degreesOf(value) <= 90;
}

export function isLongitude(value: string): boolean {
  return degreesOf(value) <= 180;
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

/** A public IPv4 address or a global IPv6 one: what identifies a device on the internet. */
export function isPublicIpAddress(value: string): boolean {
  const trimmed = value.trim();
  return isIpAddress(trimmed) && !isInternalIpAddress(trimmed);
}

/**
 * Whether an address (one isAnyIpAddress accepts) is a network's inside or no host's: private,
 * loopback, link-local, carrier-grade NAT, multicast, reserved. Read from the first two octets
 * without splitting: this runs on every value of an IP column.
 */
function isInternalIpAddress(address: string): boolean {
  const value = address.trim();
  if (value.includes(':')) return value === '::1' || value === '::' || /^\[?(?:fe[89ab]|fc|fd|ff)/i.test(value);
  let a = 0;
  let i = 0;
  for (let code = value.charCodeAt(i); code >= 48 && code <= 57; code = value.charCodeAt(++i)) a = a * 10 + code - 48;
  let b = 0;
  for (let code = value.charCodeAt(++i); code >= 48 && code <= 57; code = value.charCodeAt(++i)) b = b * 10 + code - 48;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return true;
  if (a === 169 && b === 254) return true;
  if (a === 172 && b >= 16 && b <= 31) return true;
  if (a === 192 && b === 168) return true;
  return a === 100 && b >= 64 && b <= 127; // carrier-grade NAT
}

/**
 * Dotted-quad IPv4 exactly as `net.isIPv4` reads it (four parts of 0-255, no leading zeros),
 * without its regular expression: this runs on every value of an IP column.
 */
export function isDottedQuad(value: string): boolean {
  const n = value.length;
  if (n < 7 || n > 15) return false;
  let parts = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    let part = 0;
    while (i < n) {
      const code = value.charCodeAt(i);
      if (code < 48 || code > 57) break;
      part = part * 10 + code - 48;
      i++;
    }
    const digits = i - start;
    if (digits === 0 || digits > 3 || part > 255 || (digits > 1 && value.charCodeAt(start) === 48)) return false;
    parts++;
    if (i === n) return parts === 4;
    if (value.charCodeAt(i) !== 46 || parts === 4) return false;
    i++;
  }
  return false;
}

/** Any syntactically valid IP address, loopback and unspecified included (for IP-named columns). */
export function isAnyIpAddress(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first >= 48 && first <= 57 && isDottedQuad(value)) return true;
  let candidate = value.trim().replace(/^\[|\]$/g, '');
  const zone = candidate.indexOf('%');
  if (zone > 0) candidate = candidate.slice(0, zone);
  const slash = candidate.indexOf('/');
  if (slash > 0 && /^\d{1,3}$/.test(candidate.slice(slash + 1))) candidate = candidate.slice(0, slash);
  return isIPv4(candidate) || isIPv6(candidate);
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januar: 1, janvier: 1, enero: 1, feb: 2, february: 2, februar: 2, fevrier: 2, febrero: 2,
  mar: 3, march: 3, marz: 3, mars: 3, marzo: 3, apr: 4, april: 4, avril: 4, abril: 4, may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6, jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, aug: 8, august: 8,
  aout: 8, agosto: 8, sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, oct: 10, october: 10, oktober: 10,
  octobre: 10, octubre: 10, nov: 11, november: 11, novembre: 11, noviembre: 11, dec: 12, december: 12, dezember: 12,
  decembre: 12, diciembre: 12,
  // More abbreviations, and Italian, Dutch and Portuguese names.
  janv: 1, ene: 1, gen: 1, gennaio: 1, januari: 1, janeiro: 1, fevr: 2, febbraio: 2, februari: 2, fevereiro: 2,
  mrz: 3, maart: 3, marco: 3, abr: 4, aprile: 4, mei: 5, maggio: 5, maio: 5, giu: 6, giugno: 6, junho: 6, juil: 7,
  lug: 7, luglio: 7, julho: 7, ago: 8, augustus: 8, set: 9, settembre: 9, setiembre: 9, setembro: 9, okt: 10,
  ott: 10, ottobre: 10, outubro: 10, dic: 12, dez: 12, dicembre: 12, dezembro: 12,
};

// Words between the parts of a written date ("15 de marzo de 1985", "the 3rd of May").
const DATE_FILLERS = new Set(['de', 'del', 'of', 'the', 'le', 'der', 'den', 'di']);

/** Which of day and month comes first in a slash or dash date (03/04/2012, 03-04-2012). */
export type DateOrder = 'dmy' | 'mdy';

// d/m/y or m/d/y, d-m-y or m-d-y: the notations whose order the parts alone may not tell.
const SLASH_OR_DASH_DATE = /^\s*(\d{1,2})([/-]) ?(\d{1,2})\2(?:\d{2}|\d{4})\s*$/; // phpBB pads day and month with spaces: " 5- 3-2015"

/**
 * What a slash or dash date says of its order: 'dmy' or 'mdy' when one part is over 12,
 * 'ambiguous' when both are up to 12, undefined when it is not such a date.
 */
export function shownDateOrder(value: string): DateOrder | 'ambiguous' | undefined {
  const match = SLASH_OR_DASH_DATE.exec(value);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return first <= 12 && second <= 12 ? 'ambiguous' : undefined;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A two-digit year as the latest past century. */
function withCentury(year: number, asOfYear: number): number {
  if (year >= 100) return year;
  return year + 2000 > asOfYear ? year + 1900 : year + 2000;
}

/** The number written by `length` digits at `start`, or -1. */
function digitsAt(text: string, start: number, length: number): number {
  let number = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    number = number * 10 + code - 48;
  }
  return number;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

/**
 * Reads a date of birth: ISO (1990-03-14, with or without time), yyyymmdd, d.m.y, d-m-y, slash
 * dates (d/m/y when the first number is over 12, m/d/y when the second is, else in `slashOrder`),
 * two-digit years (as the latest past century), and written months in several languages ("14
 * March 1990", "March 14, 1990", "15-Mar-1985", "02-JUN-12", "15 de marzo de 1985"). Undefined
 * when it is not a date.
 */
export function parseBirthDate(value: string, asOfYear: number, slashOrder: DateOrder = 'mdy'): CalendarDate | undefined {
  // A Hijri date, year first (1300-1499 AH, 1882-2076: no Gregorian birth year), as Saudi systems write a birth date.
  const hijri = HIJRI_DATE.exec(value.trim());
  if (hijri) return hijriToGregorian(Number(hijri[1]), Number(hijri[3]), Number(hijri[4]));
  const date = readBirthDate(value, asOfYear, slashOrder);
  // A Thai date in the Buddhist era (2523 is 1980), 543 years ahead of the Gregorian calendar.
  return date !== undefined && date.year > asOfYear + 400 && date.year <= asOfYear + 543 ? { ...date, year: date.year - 543 } : date;
}

const HIJRI_DATE = /^(1[34]\d{2})([/.-])(\d{1,2})\2(\d{1,2})$/;

/**
 * A Hijri date's Gregorian day by the tabular Islamic calendar (its civil epoch, 16 July 622), then the Julian day's Gregorian
 * date (Fliegel and Van Flandern): Saudi Arabia's Umm al-Qura calendar, set by observation, may differ by a day or two, which
 * an age does not feel.
 */
function hijriToGregorian(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const julianDay = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948438;
  let l = julianDay + 68569;
  const n = Math.floor((4 * l) / 146097);
  l -= Math.floor((146097 * n + 3) / 4);
  const i = Math.floor((4000 * (l + 1)) / 1461001);
  l = l - Math.floor((1461 * i) / 4) + 31;
  const j = Math.floor((80 * l) / 2447);
  const gregorianDay = l - Math.floor((2447 * j) / 80);
  l = Math.floor(j / 11);
  return { year: 100 * (n - 49) + i + l, month: j + 2 - 12 * l, day: gregorianDay };
}

function readBirthDate(value: string, asOfYear: number, slashOrder: DateOrder): CalendarDate | undefined {
  const trimmed = value.trim();
  // The common ISO form without regular expressions: it is read on every row of a DOB column.
  if (trimmed.length >= 10 && trimmed.charCodeAt(4) === 45 && trimmed.charCodeAt(7) === 45) {
    const year = digitsAt(trimmed, 0, 4);
    const month = digitsAt(trimmed, 5, 2);
    const day = digitsAt(trimmed, 8, 2);
    const rest = trimmed.length === 10 || trimmed.charCodeAt(10) === 84 /* T */ || trimmed.charCodeAt(10) === 32;
    if (year >= 0 && month >= 0 && day >= 0 && rest) return calendarDate(year, month, day);
  }
  // A time after the date (Cerner's "26-NOV-1937 00:00:00", Salesforce Marketing Cloud's "3/14/2015 12:00:00 AM") says nothing of the day.
  if (trimmed.includes(':') && TIME_AFTER_DATE.test(trimmed)) return readBirthDate(trimmed.replace(TIME_AFTER_DATE, ''), asOfYear, slashOrder);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    // Eight digits that are no year first: the month or the day first, as Metro 2's MMDDYYYY ("09302001"), read as a slash date is.
    if ((date === undefined || date.year < asOfYear - 130) && /^\d{8}$/.test(trimmed)) return readBirthDate(`${trimmed.slice(0, 2)}/${trimmed.slice(2, 4)}/${trimmed.slice(4)}`, asOfYear, slashOrder);
    return date;
  }
  // Year first with slashes or dots (Japan's 1980/04/01; Korea's and Hungary's 1985.03.01., "1985. 03. 01."),
  // or in Japanese and Korean characters (1980年4月1日, 1985년 3월 1일).
  match = /^(\d{4})([./]) ?(\d{1,2})\2 ?(\d{1,2})\.?$/.exec(trimmed) ?? /^(\d{4})(년|年) ?(\d{1,2})[월月] ?(\d{1,2})[일日]$/.exec(trimmed);
  if (match) return calendarDate(Number(match[1]), Number(match[3]), Number(match[4]));
  // Taiwan's Minguo (ROC) calendar, year 1 being 1912: its year in three digits first ("075/03/12", "115/01/01"), or in characters
  // ("民國75年3月12日").
  match = /^(\d{3})([./-])(\d{1,2})\2(\d{1,2})$/.exec(trimmed) ?? /^(?:民國|民国)? ?(\d{2,3}) ?(年) ?(\d{1,2}) ?月 ?(\d{1,2}) ?日$/.exec(trimmed);
  if (match) return calendarDate(Number(match[1]) + 1911, Number(match[3]), Number(match[4]));
  // phpBB pads its day and month with spaces (" 5- 3-2015").
  match = /^(\d{1,2})([./-]) ?(\d{1,2})\2(\d{2}|\d{4})$/.exec(trimmed);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = withCentury(Number(match[4]), asOfYear);
    // Dots are day first; slashes and dashes are m/d/y in the US and d/m/y in most of the world:
    // the parts decide when one is over 12, else `slashOrder` does.
    const dayFirst = match[2] === '.' || first > 12 || (second <= 12 && slashOrder === 'dmy');
    return dayFirst ? calendarDate(year, second, first) : calendarDate(year, first, second);
  }
  if (trimmed.length > 40 || !hasLetter(trimmed)) return undefined;
  // Airline and travel documents' form, without separators: "12MAR85", "05JUN2019".
  match = /^(\d{1,2})([A-Za-z]{3})(\d{2}|\d{4})$/.exec(trimmed);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    return month ? calendarDate(withCentury(Number(match[3]), asOfYear), month, Number(match[1])) : undefined;
  }
  const words = trimmed.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[\s,.\-/]+/)
    .filter((word) => word !== '' && !DATE_FILLERS.has(word));
  if (words.length === 3) {
    const [a = '', b = '', c = ''] = words;
    const year = /^(?:\d{2}|\d{4})$/.test(c) ? withCentury(Number(c), asOfYear) : -1;
    if (year < 0) return undefined;
    if (MONTHS[b] && /^\d{1,2}$/.test(a)) return calendarDate(year, MONTHS[b] ?? 0, Number(a));
    if (MONTHS[a] && /^\d{1,2}$/.test(b)) return calendarDate(year, MONTHS[a] ?? 0, Number(b));
  }
  return undefined;
}

/** A time of day after a date: " 12:00:00 AM", "T00:00:00.000", " 00:00". */
const TIME_AFTER_DATE = /(?<=\d)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp]\.?[Mm]\.?)?$/;

/** Slash dates are month first in the US (and where the country is not known), day first elsewhere. */
export function dateOrderOf(country: string | undefined): DateOrder {
  return country === undefined || country === 'US' ? 'mdy' : 'dmy';
}

/** Dates that systems store for "unknown" (1900-01-01, 0001-01-01, 9999-12-31): no one's birthday. */
function isPlaceholderDate(date: CalendarDate): boolean {
  return (date.year <= 1901 && date.month === 1 && date.day === 1) || date.year >= 9999;
}

/** Whole years between a birth date and `asOf` (UTC calendar), or undefined for a future date. */
export function ageAt(birth: CalendarDate, asOf: Date): number | undefined {
  const year = asOf.getUTCFullYear();
  const month = asOf.getUTCMonth() + 1;
  const day = asOf.getUTCDate();
  let age = year - birth.year;
  if (month < birth.month || (month === birth.month && day < birth.day)) age--;
  return age < 0 ? undefined : age;
}

// ---------------------------------------------------------------------------------------------
// Column names

export type ColumnHint =
  | 'email' | 'phone' | 'postal-address' | 'postal-code' | 'person-name' | 'date-of-birth' | 'birth-year' | 'birth-month' | 'birth-day'
  | 'age' | 'us-ssn' | 'us-itin'
  | 'government-id' | 'passport' | 'driver-license' | 'uk-nino' | 'de-tax-id' | 'de-id-card' | 'de-social-security' | 'fr-nir' | 'fr-tax-id'
  | 'es-dni' | 'es-social-security' | 'it-codice-fiscale' | 'nl-bsn' | 'pl-pesel' | 'se-personnummer' | 'fi-henkilotunnus' | 'dk-cpr'
  | 'no-fodselsnummer' | 'be-national-number' | 'pt-nif' | 'ie-ppsn' | 'at-social-insurance' | 'ca-sin' | 'au-tfn' | 'nz-ird'
  | 'au-medicare' | 'in-aadhaar' | 'in-pan' | 'br-cpf' | 'kr-rrn' | 'kr-frn' | 'sg-nric' | 'my-mykad' | 'nz-nhi' | 'br-cns' | 'th-national-id' | 'tr-kimlik' | 'tw-national-id' | 'mena-national-id' | 'ma-cin' | 'za-id' | 'ch-ahv' | 'cz-birth-number' | 'mx-curp'
  | 'us-npi' | 'payment-card' | 'card-security-code' | 'iban'
  | 'routing-number' | 'bank-account' | 'financial' | 'password' | 'secret' | 'diagnosis' | 'health' | 'nhs-number'
  | 'medical-record-number' | 'health-insurance-number' | 'de-health-insurance' | 'us-mbi' | 'latitude' | 'longitude' | 'coordinates' | 'geohash'
  | 'ip-address' | 'mac-address' | 'imei' | 'device-id' | 'online-identifier' | 'country' | 'us-state' | 'region'
  | 'special-category' | 'criminal' | 'biometric' | 'genetic' | 'communications' | 'service-request' | 'licence-restriction' | 'cycle-log' | 'political-party';

// Phrases in English plus common German, French, Spanish, Italian, Dutch, Polish and Portuguese
// words, and the local names of national ids (Nordic, Turkish, Korean, Thai...); diacritics are
// stripped before matching (letters such as ø and ı that do not decompose split a word the same
// way in the phrase and the column name). A phrase matches the END of a column name
// ("billing_address" matches "address"), and the longest phrase wins, so "email address" beats
// "address".
const HINT_PHRASES: Readonly<Record<ColumnHint, readonly string[]>> = {
  // An airline booking's special service requests (IATA SSR codes: see SSR_HEALTH).
  'service-request': ['ssr', 'ssrs', 'ssr code', 'ssr codes', 'ssr service', 'ssr services', 'special service request', 'special service requests', 'special services', 'ssr list',
    // A frequent flyer's or a traveller's meal and assistance codes (MOML, KSML, DBML; WCHR, BLND).
    'meal', 'meal code', 'meal preference', 'meal request', 'special meal', 'special assistance', 'assistance code', 'assistance codes'],
  // A driving licence's restriction codes (the EU's harmonised codes: see LICENCE_HEALTH_CODE).
  'licence-restriction': ['licence restrictions', 'license restrictions', 'driving restrictions', 'restriction codes', 'licence restriction codes',
    'license restriction codes', 'restricciones', 'restricciones codigos', 'codigos restricciones', 'codigos restriccion', 'schlusselzahlen'],
  // A cycle or fertility tracker's day: whether the user had sex (protected, unprotected) and their period's flow
  // (light, heavy). Values decide: a "sex" of M or F is a gender, a billing "period" is a month.
  'cycle-log': ['sex', 'period'],
  // A party in German, French, Spanish, Italian, Dutch or Polish: a political one's name is a political opinion (see politics.ts).
  'political-party': ['partei', 'parti', 'partido', 'partito', 'partij', 'partia',
    // A Spanish party's register of its members: their kind of membership (social security's "afiliación" says no party).
    'tipo afiliacion', 'tipo de afiliacion', 'tipo afiliado'],
  email: ['email', 'e mail', 'mail', 'email address', 'mail address', 'e mail address', 'courriel', 'adresse email',
    'البريد الإلكتروني', 'البريد', 'אימייל', 'דואל', 'דוא ל', 'דואר אלקטרוני',
    // Latvian, Lithuanian, Estonian and Hungarian.
    'e pasts', 'epasts', 'el pastas', 'e pastas', 'e post', 'e posti', 'email cim', 'e mail cim',
    'adresse e mail', 'adresse mail', 'correo', 'correo electronico', 'email adresse', 'e mail adresse',
    'indirizzo email', 'posta elettronica', 'e mailadres', 'emailadres', 'adres email', 'endereco de email',
    'sahkoposti', 'sahkopostiosoite', 'e post', 'epost', 'e postadress', 'epostadresse', 'parentemail',
    'e posta', 'eposta', 'メールアドレス', 'メール', '이메일', 'อีเมล', '담당자이메일', '담당자 이메일', '邮箱', '电子邮箱', '电子邮件', '邮件'],
  phone: ['phone', 'الجوال', 'رقم الجوال', 'الهاتف', 'رقم الهاتف', 'الموبايل', 'رقم الخط', 'رقم الموبايل', 'هاتف الولي', 'رقم المحمول', 'טלפון', 'נייד', 'טלפון נייד', 'מספר טלפון', 
    // A Thai hospital system's (HOSxP's) patient phones, run together.
    'hometel', 'mobiletel', 'hometelephone',
    // Indonesian, Malay and Vietnamese.
    'no hp', 'nomor hp', 'nomor telepon', 'no telepon', 'no tel', 'so dien thoai', 'sdt', 'dien thoai', 'phone number', 'telephone', 'telephone number', 'tel', 'mobile', 'mobile number', 'mobile phone', 'contact number', 'contact no',
    'cell', 'cell phone', 'cellphone', 'fax', 'msisdn', 'handy', 'handynummer', 'telefon', 'telefonnummer', 'mobil',
    // Latvian, Lithuanian, Estonian, Hungarian, Czech.
    // A Japanese form's contact (連絡先, a guardian's: 保護者連絡先) is a phone number.
    '連絡先', '緊急連絡先',
    'telemovel', 'telemóvel', 'telefone movel', 'cellulare', 'talrunis', 'talrunis numurs', 'telefono numeris', 'telefoni number', 'telefonszam', 'mobilszam', 'telefonni cislo', 'mobilni telefon',
    'mobilnummer', 'portable', 'numero de telephone', 'telefono', 'movil', 'celular', 'numero de telefono',
    'cellulare', 'telefoonnummer', 'mobiel', 'telefoon', 'komorka', 'numer telefonu', 'telemovel', 'telefone',
    // Call records' parties: the A number (calling), the B number (called).
    'rufnummer', 'a rufnummer', 'b rufnummer', 'called number', 'calling number', 'caller number',
    // A message's ends in an SMS gateway's or a messaging API's log (Twilio, Vonage).
    'from', 'to', 'from number', 'to number', 'sender number', 'recipient number',
    'notfalltelefon', 'notfallnummer', 'notfallhandy', 'puhelin', 'puhelinnumero', 'matkapuhelin', 'mobiltelefon', 'telefonnr', 'mobilnr', 'tlf',
    'cep telefonu', 'gsm', 'κινητο', 'τηλεφωνο', 'телефон', '電話番号', '携帯電話', '携帯番号', '電話', '휴대폰', '휴대전화', '전화번호', '연락처', '담당자연락처', '手机号', '手机号码', '手机', '电话', '电话号码', '联系电话',
    'โทรศัพท์', 'เบอร์โทรศัพท์', 'เบอร์โทร'],
  'postal-address': ['address', 'العنوان', 'عنوان', 'عنوان السكن', 'כתובת', 'כתובת מגורים', 'רחוב', 'מספר בית', 'עיר', 'ישוב',
    // Indonesian, Malay and Vietnamese.
    'alamat', 'alamat lengkap', 'alamat rumah', 'dia chi', 'dia chi thuong tru', 'dia chi lien he', 'postal address', 'mailing address', 'street', 'street address', 'street name', 'address full', 'home address full',
    'address line', 'addr', 'house number', 'city', 'town', 'city name', 'town name', 'building name', 'adresse', 'anschrift', 'strasse',
    'hausnummer', 'ort', 'wohnort', 'rue', 'ville', 'direccion', 'calle', 'ciudad', 'indirizzo', 'via', 'citta',
    'adres', 'straat', 'woonplaats', 'ulica', 'miasto', 'endereco', 'rua', 'cidade', 'home address',
    // Where one lives, as civil registers write it.
    'domicile', 'domicilio', 'wohnsitz', 'residence address', 'lieu de residence', 'residenza', 'woonadres',
    // A profile's self-described place ("Austin, TX 78701", "Berlin, Germany"): where, like a city.
    'location', 'user location', 'profile location',
    'lahiosoite', 'osoite', 'katuosoite', 'postitoimipaikka', 'kaupunki', 'utdelningsadress', 'gatuadress', 'adress', 'postort',
    'gateadresse', 'poststed', 'postdistrikt',
    // Polish, Czech and Slovak, Hungarian, Baltic, Croatian and Romanian streets, towns and addresses.
    'morada', 'morada completa', 'miejscowosc', 'adres zamieszkania', 'ulice', 'obec', 'mesto', 'utca', 'varos', 'telepules', 'iela', 'pilseta', 'tanav', 'linn',
    'gatve', 'miestas', 'mjesto', 'localitate', 'adresa domiciliu', 'strada',
    'adresa', 'διευθυνση', 'адрес', 'адреса', '住所', '주소', 'ที่อยู่'],
  'postal-code': ['zip', 
    // Indonesian and Malay.
    'kode pos', 'poskod', 'zip code', 'zipcode', 'postcode', 'eircode', 'postal code', 'post code', 'plz', 'postleitzahl',
    'code postal', 'codigo postal', 'cap', 'postcode nl', 'kod pocztowy', 'pin code', 'pincode', 'cep',
    'postinumero', 'postnummer', 'postnr', 'cap residenza', 'cap domicilio', 'codigo postal residencia', 'psc', 'iranyitoszam', 'pasta indekss', 'pasto kodas', 'postiindeks', 'postanski broj', 'cod postal',
    'posta kodu', 'cod postal', 'מיקוד', 'τκ', 'ταχυδρομικος κωδικας', 'почтовый индекс', '郵便番号', '우편번호', 'รหัสไปรษณีย์'],
  'person-name': ['nome razao social', 'nome ou razao social', 'nombre o razon social', 'nombre razon social', 'nom ou raison sociale', 'name', 'first name', 'last name', 'full name', 'given name', 'family name', 'middle name',
    // A name in English and in Arabic or Hebrew (a Gulf bank's name_en, name_ar).
    'name en', 'name ar', 'name he', 'full name en', 'full name ar', 'name english', 'name arabic', 'english name', 'arabic name',
    'الاسم بالعربي', 'الاسم بالعربية', 'الاسم بالإنجليزي', 'الاسم بالانجليزي', 'الاسم بالإنجليزية', 'اسم المشترك', 'اسم العميل', 'اسم الموظف',
    'اسم الطالب', 'اسم المريض', 'الاسم الكامل', 'الاسم الأول', 'اسم العائلة', 'اللقب',
    // A German bank statement's other side of each payment, whose IBAN is beside it ("Begünstigter / Auftraggeber", "Zahlungsempfänger").
    'begunstigter auftraggeber', 'auftraggeber begunstigter', 'begunstigter', 'auftraggeber', 'zahlungsempfanger', 'zahlungspflichtiger',
    'maiden name', 'surname', 'forename', 'nickname', 'nick name', 'display name', 'cardholder name',
    'card holder name', 'account holder', 'account holder name', 'account name', 'name first', 'name last', 'vorname', 'nachname',
    'accompanying guest', 'additional guest', 'companion', 'companion name',
    // Mercado Libre's sales report: its buyer ("Comprador") and the buyer's name or company ("Dados pessoais ou da empresa").
    // A Brazilian register's parents' names ("Nome do Pai": not a French school's PAI, a health plan).
    'nome do pai', 'nome da mae',
    'comprador', 'compradora', 'nome do comprador', 'nombre del comprador', 'dados pessoais ou da empresa', 'datos personales o de empresa',
    'name family', 'name given', // FHIR HumanName: name.family, name.given
    // Abbreviated as databases write them (fname, lname, mname, first_nm).
    'fname', 'lname', 'mname', 'first nm', 'last nm', 'middle nm', 'full nm',
    'cardholder', 'card holder', 'recipient', 'recipient name', 'contact person', 'contact name', 'client name',
    // Cerner's "NAME_FULL_FORMATTED"; a FHIR resource's reference to its patient, with their name.
    'name full formatted', 'name full', 'name formatted', 'subject display', 'patient display', 'beneficiary display',
    // The Dutch account holder ("tenaamstelling"), the French "titulaire".
    'tenaamstelling', 'ten name van', 'titulaire', 'nom titulaire', 'nom du titulaire',
    'ship name', 'ship to name', 'shipto name', 'bill name', 'bill to name', 'billto name', 'recipient name', 'consignee', 'consignee name',
    'kundenname', 'nom du client', 'nombre del cliente', 'nome cliente', 'klantnaam', 'ansprechpartner',
    'familienname', 'prenom', 'nom', 'nom de famille', 'nombre', 'apellido', 'apellidos', 'nombre completo', 'nome',
    'cognome', 'naam', 'voornaam', 'voornamen', 'achternaam', 'imie', 'nazwisko', 'sobrenome', 'nome completo', 'fornamn', 'efternamn',
    'namn', 'fornavn', 'etternavn', 'efternavn', 'etunimi', 'sukunimi', 'jmeno', 'prijmeni',
    // Norwegian and Danish, Finnish, Hungarian, Baltic, Croatian and Slovenian names.
    'navn', 'fullt navn', 'fulde navn', 'nimi', 'koko nimi', 'nev', 'neve', 'vezeteknev', 'keresztnev', 'csaladi nev', 'utonev',
    'vards', 'uzvards', 'vardas', 'pavarde', 'eesnimi', 'perekonnanimi', 'ime', 'prezime', 'priimek', 'imie i nazwisko', 'jmeno a prijmeni',
    // Turkish, Romanian, Greek, Russian and Ukrainian, Japanese (a name and its kana reading), Korean, Thai.
    'adi', 'soyad', 'soyadi', 'ad soyad', 'adi soyadi', 'isim', 'nume', 'prenume', 'nume si prenume', 'nume complet',
    'ονομα', 'επωνυμο', 'ονοματεπωνυμο', 'фамилия', 'имя', 'отчество', 'фио', 'прізвище', 'імя', 'ім я', 'по батькові',
    '氏名', '名前', 'お名前', '姓', '名', 'フリガナ', 'ふりがな', 'カナ氏名', '이름', '성명', '성', '고객명', 'ชื่อ', 'นามสกุล', 'ชื่อ นามสกุล',
    // A Japanese name in kanji and its kana reading under English names; a Korean file's person in charge; Chinese.
    'name kanji', 'name kana', 'name furigana', 'furigana', 'kanji name', 'kana name', 'name romaji', '담당자', '담당자명', '담당자 이름',
    '姓名', '名字', '员工姓名', '客户姓名', '联系人', '联系人姓名',
    // Indonesian, Malay and Vietnamese.
    'nama', 'nama lengkap', 'nama penuh', 'ho ten', 'ho va ten', 'ten khach hang', 'ten khach', 'ten nhan vien', 'ten benh nhan',
    // A Russian full name with the person's role after it (the patient's, the recipient's, the subscriber's); a buyer; an employee.
    'фио пациента', 'фио получателя', 'фио абонента', 'фио клиента', 'фио покупателя', 'фио сотрудника', 'фио заемщика', 'фио учащегося',
    'фио ученика', 'покупатель', 'сотрудник', 'работник', 'піб', 'прізвище ім я по батькові', 'ребенок', 'ребёнок', 'дитина', 'dziecko',
    // Arabic and Hebrew.
    'الاسم', 'اسم', 'الاسم الكامل', 'الاسم الأول', 'اسم العائلة', 'اسم الطالب', 'اسم المريض', 'اسم الموظف', 'اسم العميل',
    'שם', 'שם פרטי', 'שם משפחה', 'שם מלא', 'שם התלמיד', 'שם המטופל', 'שם העובד', 'שם הלקוח',
    // A Korean shop's buyer and orderer by name (Coupang's "구매자").
    '구매자', '주문자', '구매자명', '주문자명'],
  'date-of-birth': ['dob', 'تاريخ الميلاد', 'تاريخ الولادة', 'תאריך לידה', 
    // Indonesian, Malay and Vietnamese.
    // French school software's "Né(e) le" (PRONOTE).
    'ne e le', 'ne le', 'nee le',
    'tanggal lahir', 'tarikh lahir', 'ngay sinh', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'geburtsdatum',
    // Hungarian, Latvian, Lithuanian, Estonian, Croatian and Romanian.
    'szuletesi datum', 'szuletesi ido', 'dzimsanas datums', 'gimimo data', 'synniaeg', 'synnikuupaev', 'datum rodenja', 'datum rodjenja', 'data nasterii',
    // In the Gregorian and the Hijri calendars (a Saudi bank's dob_gregorian, dob_hijri: the Hijri years are read as no age).
    'dob gregorian', 'date of birth gregorian', 'birth date gregorian', 'dob hijri', 'date of birth hijri', 'birth date hijri',
    'geburtstag', 'date de naissance', 'fecha de nacimiento', 'fecha nacimiento', 'data di nascita', 'data nascita',
    'geboortedatum', 'data urodzenia', 'data de nascimento', 'birth dt', 'dt of birth', 'data nascimento', 'nascimento',
    'dt nascimento', 'data nasc', 'dt nasc', 'fecha nac', 'fodelsedatum', 'fodselsdato', 'syntymaaika', 'datum narozeni',
    'geb datum', 'gebdatum', 'date naissance', 'datenaissance', 'date naiss', 'date nais',
    // Cerner's "BIRTH_DT_TM".
    'birth dt tm', 'birth date time',
    'dogum tarihi', 'data nasterii', 'ημερομηνια γεννησης', 'ημ νια γεννησης', 'дата рождения', 'дата народження', '生年月日', '생년월일', 'วันเกิด', 'วันเดือนปีเกิด', '出生日期', '出生年月日'],
  // A date of birth in parts (an exam board's BirthDay, BirthMonth, BirthYear), or its year alone (a game's age gate).
  'birth-year': ['birth year', 'year of birth', 'yob', 'dob year', 'dob yyyy', 'year born', 'geburtsjahr', 'annee de naissance',
    'annee naissance', 'ano de nacimiento', 'ano nacimiento', 'anno di nascita', 'anno nascita', 'geboortejaar', 'rok urodzenia',
    'ano de nascimento', 'ano nascimento', 'fodelsear', 'fodselsar', 'syntymavuosi'],
  'birth-month': ['birth month', 'month of birth', 'dob month', 'dob mm', 'geburtsmonat', 'mois de naissance', 'mes de nacimiento',
    'mese di nascita', 'geboortemaand', 'miesiac urodzenia', 'mes de nascimento'],
  'birth-day': ['dob day', 'dob dd', 'day of birth', 'geburtstag tag', 'jour de naissance', 'dia de nacimiento', 'giorno di nascita',
    'geboortedag', 'dzien urodzenia', 'dia de nascimento'],
  age: ['age', 'age years', 'alter', 'edad', 'leeftijd', 'wiek', 'idade', 'age in years'],
  'us-ssn': ['ssn', 'social security number', 'social security no', 'social security', 'ss number', 'us ssn', 'ssnid',
    // A taxpayer's number, either (an SSN, or an ITIN for those without one): read as an SSN column reads both.
    'ssn itin', 'ssn or itin', 'itin ssn', 'itin or ssn'],
  'us-itin': ['itin', 'individual taxpayer identification number'],
  'government-id': ['national id', 'national identification number', 'national identity number', 'national identifier', 'id card',
    // Odoo's employee's "Identification No" (identification_id).
    'identification id', 'identification no',
    // Indonesia's NIK, Malaysia's MyKad, Vietnam's citizen identity card (CCCD) and old identity card (CMND), unchecked.
    'nik', 'no ktp', 'nomor ktp', 'ktp', 'mykad', 'no mykad', 'no kp', 'so cccd', 'cccd', 'so cmnd', 'cmnd',
    // Russia's SNILS and INN and passport, Kazakhstan's IIN, Ukraine's RNOKPP (IPN), unchecked. (Not yet the former Yugoslavia's
    // JMBG, Bulgaria's EGN or Croatia's OIB: unchecked, another country's scheme may claim them and a birth date with it.)
    'снилс', 'инн', 'иин', 'рнокпп', 'ипн', 'ідентифікаційний код', 'паспорт', 'серия и номер паспорта', 'номер паспорта',
    // Israel's Teudat Zehut in Hebrew, unchecked (a Hebrew header says Israel). Not yet the Arabic names of a national id: an Arabic
    // header says no one country, and other countries' schemes would claim a Saudi id and a birth date with it.
    'תעודת זהות', 'ת ז', 'מספר זהות', 'מס זהות',
    // Hong Kong's identity card (HKID), unchecked.
    'hkid', 'hkid no', 'hkid number', 'hong kong identity card', 'hong kong identity card number',
    // Greece's social security number (AMKA), tax number (AFM), each checked as a Greek record's, and identity card number (ADT).
    'αμκα', 'αφμ', 'αδτ', 'αριθμος ταυτοτητας', 'αριθμος δελτιου ταυτοτητας',
    // Nigeria's NIN (a UK NINO under "NIN" is read as such too: see nationalIdOf) and BVN, Kenya's KRA PIN (a tax number, no
    // password), Pakistan's CNIC, Bangladesh's NID: ids of countries without a check rule here, unchecked.
    // The Baltic states' personal codes (Estonia's isikukood, Lithuania's asmens kodas, Latvia's personas kods) and Romania's CNP.
    'kennitala', 'kt', 'personal code', 'personalcode', 'isikukood',
    // Argentina's CUIL and CUIT (a worker's and a taxpayer's numbers).
    'cuil', 'cuit', 'cuil cuit', 'asmens kodas', 'asmenskodas', 'personas kods', 'personaskods', 'cod numeric personal',
    // Hungary's social security (TAJ) and tax numbers.
    'taj szam', 'taj', 'tajszam', 'adoazonosito jel', 'adoazonosito', 'adoszam',
    'nin', 'nin number', 'bvn', 'kra pin', 'kra pin number', 'cnic', 'cnic no', 'cnic number', 'nicop', 'nid', 'nid no', 'nid number', '個人番号', 'マイナンバー',
    '身份证号', '身份证号码', '身份证', '公民身份号码', '居民身份证号码',
    'n national', 'no national', 'numero national', 'national number', 'numero d identification national',
    // A US immigration file's alien registration number (A-Number).
    'a number', 'alien number', 'alien registration number', 'uscis number',
    // A French identity document's number ("numéro de pièce d'identité").
    'numero piece', 'num piece', 'no piece', 'piece identite', 'numero piece identite', 'piece d identite', 'numero de piece',
    'identity card', 'id card number', 'identity number', 'identity document', 'id document', 'tax id',
    'tax identification number', 'tax number', 'tin', 'steuernummer',
    // Magento's customer tax/VAT number (an Italian customer's codice fiscale).
    'taxvat',
    'carte d identite', 'carta d identita', 'numero documento', 'documento de identidad', 'dowod osobisty',
    'id number', 'citizen id', 'identification number', 'cedula', 'rut', 'cnp', 'document number', 'document no',
    'document id', 'doc number', 'documento', 'num documento', 'nr documento', 'numero de documento', 'n documento',
    'numero document', 'numero piece identite', 'numero de piece d identite', 'ausweisnummer', 'ausweis', 'ausweis nr',
    // Residence permits: Germany's Aufenthaltstitel, the UK's biometric residence permit, France's titre de séjour, Italy's, Spain's, the Netherlands', Poland's.
    'aufenthaltstitel', 'aufenthaltstitel nr', 'aufenthaltstitelnummer', 'aufenthaltserlaubnis', 'residence permit', 'residence permit number',
    'residence card', 'residence card number', 'brp', 'brp number', 'biometric residence permit', 'titre de sejour', 'numero titre de sejour',
    'permesso di soggiorno', 'numero permesso di soggiorno', 'tarjeta de residencia', 'verblijfsvergunning', 'karta pobytu',
    'work permit', 'work permit number'],
  passport: ['passport', 'passport number', 'passport no', 'passport id', 'reisepass', 'reisepassnummer', 'passnummer', 'رقم الجواز', 'جواز السفر',
    'رقم جواز السفر',
    // A German hotel's registration form (Meldeschein, Bundesmeldegesetz § 30): a foreign guest's travel document.
    'reisedokument', 'reisedokumentnummer', 'reisedokument nummer',
    // Polish, Czech, Hungarian, Romanian and Nordic passport numbers ("Nr paszportu", "Číslo pasu", "Útlevélszám", "Passnummer").
    'nr paszportu', 'numer paszportu', 'cislo pasu', 'utlevelszam', 'utlevel szam', 'numar pasaport', 'pasaport', 'passinummero',
    // Japanese, Chinese and Korean (a ryokan's guest register: 旅券番号).
    '旅券番号', 'パスポート番号', '护照号码', '护照号', '護照號碼', '여권번호',
    'passeport', 'pasaporte', 'passaporto', 'paspoort', 'paszport', 'passaporte', 'travel document'],
  'driver-license': ['driver license', 'drivers license', 'driver licence', 'driving licence', 'driving license',
    'license number', 'licence number', 'dl number', 'fuhrerschein', 'fuehrerschein', 'permis de conduire',
    'carnet de conducir', 'patente', 'rijbewijs', 'prawo jazdy'],
  'uk-nino': ['national insurance number', 'national insurance no', 'nino', 'ni number'],
  'de-tax-id': ['steuer id', 'steueridentifikationsnummer', 'steuerid', 'idnr', 'steuer idnr'],
  'de-social-security': ['rentenversicherungsnummer', 'rvnr', 'versicherungsnummer', 'sozialversicherungsnummer'],
  'fr-tax-id': ['numero fiscal', 'numero fiscal de reference', 'spi', 'numero spi', 'identifiant fiscal'],
  'fr-nir': ['nir', 'numero de securite sociale', 'securite sociale', 'insee', 'numero insee', 'nir beneficiaire', 'nir ouvrant droit',
    'nir assure', 'nir adherent'],
  'es-dni': ['dni', 'nie', 'dni nie', 'nif nie', 'nif', 'numero de identidad de extranjero'],
  'es-social-security': ['seguridad social', 'numero seguridad social', 'numero de seguridad social', 'n seguridad social', 'no seguridad social',
    'n de seguridad social', 'nss', 'naf', 'nuss', 'numero afiliacion', 'numero de afiliacion', 'n afiliacion seguridad social', 'num seguridad social'],
  // A German identity card's number; "Ausweisnummer" alone is any document's (a hotel's Meldeschein takes passports of every country).
  'de-id-card': ['personalausweis', 'personalausweisnummer', 'id card de'],
  'it-codice-fiscale': ['codice fiscale', 'cf', 'codicefiscale', 'cod fiscale', 'codfiscale'],
  'nl-bsn': ['bsn', 'burgerservicenummer', 'sofinummer'],
  'pl-pesel': ['pesel'],
  // "personnummer" is also what Danes and Norwegians call theirs: its validator tries all three.
  'se-personnummer': ['personnummer', 'personnr', 'person nr', 'samordningsnummer', 'swedish personal identity number',
    'se personnummer'],
  'fi-henkilotunnus': ['henkilotunnus', 'hetu', 'henkilotunnus numero', 'personbeteckning', 'finnish personal identity code'],
  'dk-cpr': ['cpr', 'cpr nummer', 'cpr nr', 'cpr number', 'cprnr', 'dk cpr'],
  'no-fodselsnummer': ['fodselsnummer', 'fødselsnummer', 'fnr', 'd nummer', 'norwegian national identity number'],
  'be-national-number': ['rijksregisternummer', 'rijksregister nummer', 'rijksregister', 'rrnr', 'insz', 'insz nummer',
    'niss', 'numero national', 'numero de registre national', 'registre national', 'nationalregisternummer',
    'belgian national number'],
  'pt-nif': ['contribuinte', 'numero de contribuinte', 'numero contribuinte', 'nif pt', 'pt nif',
    'numero de identificacao fiscal'],
  'ie-ppsn': ['ppsn', 'pps', 'pps number', 'pps no', 'personal public service number', 'ppsn number'],
  'ch-ahv': ['ahv', 'ahv nummer', 'ahv nr', 'ahvn13', 'avs', 'numero avs', 'no avs', 'n avs', 'sozialversicherungsnummer ch', 'ahv number', 'avs number'],
  'mx-curp': ['curp', 'clave curp', 'curp number', 'numero curp'],
  'cz-birth-number': ['rodne cislo', 'rodné číslo', 'rc', 'rodne c', 'birth number', 'rodne cislo cz', 'rodné čislo', 'rodne_cislo'],
  'at-social-insurance': ['svnr', 'vsnr', 'sv nummer', 'sv nr', 'versicherungsnummer at', 'at svnr'],
  'ca-sin': ['sin', 'sin number', 'social insurance number', 'social insurance no', 'nas',
    'numero d assurance sociale', 'assurance sociale'],
  'au-tfn': ['tfn', 'tax file number', 'tax file no', 'au tfn'],
  'nz-ird': ['ird', 'ird number', 'ird no', 'ird num', 'irdnumber', 'nz ird', 'ird tax number', 'inland revenue number'],
  'au-medicare': ['medicare card', 'medicare card number', 'medicare card no', 'medicare card num', 'au medicare',
    'medicare au', 'medicare irn'],
  'in-aadhaar': ['aadhaar', 'aadhar', 'aadhaar number', 'aadhar number', 'aadhaar no', 'aadhaar card',
    'aadhaar card number', 'uidai number'],
  'in-pan': ['pan card', 'pan card number', 'pan card no', 'permanent account number', 'in pan', 'income tax pan'],
  'br-cpf': ['cpf', 'numero cpf', 'cpf numero', 'cadastro de pessoas fisicas', 'cpf cnpj'],
  'kr-rrn': ['rrn', 'resident registration number', 'korean rrn', 'kr rrn', 'jumin', 'jumin number',
    'jumin deungnok beonho', '주민등록번호', '주민번호'],
  'kr-frn': ['frn', 'foreigner registration number', 'alien registration number', 'korean frn', 'kr frn',
    '외국인등록번호'],
  'sg-nric': ['nric', 'nric fin', 'nric no', 'nric number', 'sg nric', 'nric or fin'],
  // A Malaysian identity card's number (a payroll's "IC No.", "No KP": kad pengenalan).
  'my-mykad': ['ic no', 'ic number', 'new ic', 'new ic no', 'mykad', 'mykad no', 'mykad number', 'no kp', 'kad pengenalan', 'no kad pengenalan',
    'nombor kad pengenalan'],
  // New Zealand's National Health Index number, a patient's for life.
  'nz-nhi': ['nhi', 'nhi no', 'nhi number', 'national health index', 'national health index number'],
  // Brazil's SUS card number (Cartão Nacional de Saúde), a patient's for life.
  'br-cns': ['cns', 'numero cns', 'cns numero', 'n cns', 'no cns', 'cns do cidadao', 'cns do paciente', 'cns paciente', 'cartao sus',
    'numero cartao sus', 'numero do cartao sus', 'cartao nacional de saude', 'numero do cartao nacional de saude'],
  'th-national-id': ['thai id', 'thai id number', 'thai national id', 'tnin', 'th national id', 'thai citizen id',
    'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน'],
  'tr-kimlik': ['tc kimlik', 'tc kimlik no', 'tc kimlik numarasi', 'tc kimlik numarası', 'tckn', 'tckno',
    'kimlik no', 'kimlik numarasi', 'kimlik numarası', 'tc no', 'turkish id', 'turkish national id'],
  // Taiwan's national id (身分證字號) and a resident certificate's number of the same form (統一證號).
  'tw-national-id': ['taiwan id', 'taiwan national id', 'roc id', 'roc id number', 'tw national id', '身分證字號', '身份證字號', '身分證號碼',
    '身分證統一編號', '國民身分證統一編號', '統一證號', '居留證號碼'],
  // A national id or a resident's card in the Gulf, Egypt and the Levant, in Arabic and English (Saudi Arabia's national id and
  // iqama, the Emirates ID, Qatar's QID, Kuwait's civil id, Egypt's national number): checked against each scheme known here.
  'mena-national-id': ['رقم الهوية', 'رقم الهوية الإقامة', 'رقم الهوية الاقامة', 'رقم الإقامة', 'رقم الاقامة', 'السجل المدني',
    'رقم السجل المدني', 'الهوية الوطنية', 'رقم الهوية الوطنية', 'الرقم القومي', 'رقم البطاقة الشخصية', 'الرقم الشخصي', 'الرقم المدني',
    'رقم الهوية الإماراتية', 'iqama', 'iqama no', 'iqama number', 'iqama id', 'saudi id', 'saudi national id', 'emirates id', 'emirates id no',
    'emirates id number', 'eid no', 'eid number', 'qatar id', 'qatari id', 'qatar id number', 'civil id', 'civil id no', 'civil id number',
    'egyptian national id'],
  // Morocco's national identity card (CIN, CNIE): one or two letters and digits, unchecked.
  'ma-cin': ['cin', 'cnie', 'n cin', 'numero cin', 'numero de cin', 'numero cnie', 'carte nationale', 'numero de la carte nationale'],
  'za-id': ['sa id number', 'rsa id', 'rsa id number', 'south african id', 'south african id number', 'za id number'],
  'us-npi': ['npi', 'npi number', 'national provider identifier', 'national provider id', 'provider npi'],
  'payment-card': ['card number', 'credit card', 'credit card number', 'cc', 'cc number', 'ccn', 'pan', 'card',
    'card no', 'debit card', 'payment card', 'kreditkarte', 'kreditkartennummer', 'kartennummer', 'carte',
    'carte bancaire', 'numero de carte', 'carte de credit', 'tarjeta', 'numero de tarjeta', 'tarjeta de credito',
    'carta di credito', 'numero carta', 'creditcard', 'karta kredytowa', 'cartao de credito', 'payment method',
    // Spain's SES.Hospedajes travellers' report: the means of payment's number.
    'medio pago numero', 'medio de pago numero', 'numero medio pago', 'numero medio de pago', 'numero tarjeta',
    // A PNR's form of payment ("CCVI4111111111111111/0927": a card, its network and its expiry).
    'fop', 'form of payment'],
  'card-security-code': ['cvv', 'cvc', 'csc', 'cvv2', 'cvc2', 'card security code', 'security code',
    'card verification value', 'card verification code', 'pruefnummer', 'prufnummer', 'kartenprufnummer', 'kartenpruefnummer',
    'cryptogramme', 'codigo de seguridad', 'codice di sicurezza'],
  iban: ['iban', 'iban number', 'iban code'],
  'routing-number': ['routing number', 'aba', 'aba number', 'aba routing number', 'routing', 'routing transit number',
    'rtn', 'bank routing number'],
  'bank-account': ['bank account', 'bank account number', 'account number', 'kontonummer', 'numero de compte', 'payroll account no',
    'payroll account number', 'payroll account',
    'numero de cuenta', 'cuenta bancaria', 'conto corrente', 'rekeningnummer', 'numer konta', 'us bank number',
    // Indonesian: a bank account's number ("no_rekening", "nomor rekening").
    'no rekening', 'nomor rekening', 'nomor rekening bank'],
  financial: ['sort code', 'bic', 'swift', 'swift code', 'bic code', 'salary', 'income', 'annual income',
    // A savings cooperative's (a SACCO's, a credit union's) member's shares and savings.
    'share capital', 'deposits', 'deposit balance', 'savings balance', 'member savings',
    // A brokerage's or a custodial (UTMA/UGMA) account's holdings: what it is worth.
    'market value', 'account value', 'portfolio value', 'position value', 'cost basis', 'net worth', 'liquid net worth', 'total assets',
    // Income and pay in Greek; income in French (a lease file's guarantor's "Revenus mensuels_garant").
    'εισοδημα', 'οικογενειακο εισοδημα', 'ετησιο οικογενειακο εισοδημα', 'μισθος', 'revenus', 'revenu', 'revenus mensuels', 'revenu mensuel',
    'revenus annuels', 'revenu annuel',
    // Pay, bank accounts and income in Spanish and Portuguese (a Mexican payroll's SalarioDiario, SDI and CLABE; Brazil's Pix key).
    'salario', 'salario base', 'salario diario', 'salario mensual', 'sdi', 'clabe', 'cuenta clabe', 'renta imponible', 'ingreso mensual', 'ingreso mensual declarado',
    'ingresos', 'remuneracao', 'remuneracion', 'salario contribuicao', 'chave pix', 'pix', 'conta bancaria', 'cuenta bancaria',
    // A salary in Polish, Finnish, Czech, Hungarian and Swedish (Swedish "Lön": see WRITTEN_NAMES).
    'wynagrodzenie', 'wynagrodzenie zasadnicze', 'wynagrodzenie brutto', 'pensja', 'palkka', 'kuukausipalkka', 'mzda', 'hruba mzda', 'fizetes', 'brutto ber',
    'manadslon', 'grundlon', 'manedslonn', 'grunnlonn', 'lonn', 'maanedslon',
    // A debt's amounts as a collection file writes them (a charge-off, what is owed; a German Inkasso's claim, interest and costs).
    'chargeoff amt', 'charge off amt', 'chargeoff amount', 'charge off amount', 'current bal', 'amount owed', 'balance owed', 'debt amount',
    'principal balance', 'hauptforderung', 'forderungsbetrag', 'offene forderung', 'gesamtforderung', 'verzugszinsen', 'inkassokosten',
    // Social welfare a person receives (ENISA counts it as financial data): its amount, in the languages of the column names.
    'benefit amount', 'monthly benefit', 'weekly benefit', 'weekly benefit amount', 'snap benefit', 'monthly snap benefit', 'food stamps', 'welfare payment',
    'social assistance', 'prestacion', 'prestacion mensual', 'importe prestacion', 'subsidio', 'sozialhilfe', 'burgergeld', 'buergergeld', 'wohngeld',
    'uitkering', 'montant allocation', 'allocation mensuelle',
    // A loan's account; a Japanese payroll's transfer account and pay.
    'loan account', 'loan account no', 'loan account number', 'loan number', '振込口座', '口座番号', '銀行口座', '給与振込口座', '基本給', '給与',
    // A life policy's face amount or sum assured, what the insured is covered for.
    'face amount', 'face value', 'sum assured', 'sum insured', 'death benefit', 'coverage amount',
    // Means tests: Italy's ISEE, Spain's minimum income, an English council's financial assessment.
    'isee', 'ingreso minimo vital', 'client contribution', 'savings band', 'savings', 'financial assessment', 'assessed contribution',
    'credit score', 'credit limit', 'balance', 'account balance', 'share account', 'share draft', 'share draft account', 'share balance', 'bankverbindung', 'gehalt', 'einkommen', 'salaire',
    'revenu', 'rib', 'salario', 'ingresos', 'stipendio', 'reddito', 'salaris', 'inkomen', 'pensja', 'dochod',
    'jaarinkomen', 'bruto jaarinkomen', 'netto inkomen', 'bruto inkomen', 'jahreseinkommen', 'bruttojahreseinkommen', 'nettoeinkommen',
    'bruttoeinkommen', 'haushaltseinkommen', 'pensionable earnings', 'qualifying earnings', 'pensionable pay', 'employee contribution',
    'employer contribution', 'employee contributions', 'employer contributions', 'ee contribution', 'er contribution', 'amount per pay',
    'garnishment amount', 'past due', 'past due amount', 'amount past due', 'arrears', 'amount in arrears', 'offener betrag', 'impayes', 'impaye',
    'montant impaye', 'montant des impayes',
    'wallet address', 'crypto wallet', 'loan amount', 'debt', 'schufa', 'bonitat', 'renda', 'renda mensal', 'salario mensal',
    'wallet', 'wallets address', 'crypto address', 'btc address', 'eth address', 'deposit address', 'withdrawal address',
    'source of funds', 'source of wealth', 'bruttogehalt', 'nettogehalt', 'grundgehalt', 'jahresgehalt', 'monatsgehalt',
    'bruttolohn', 'nettolohn', 'lohn', 'limite credito', 'limite de credito', 'wynagrodzenie', 'manadslon', 'arslon',
    // Indonesian monthly income and salary ("penghasilan_bulanan", "gaji pokok").
    'penghasilan', 'penghasilan bulanan', 'pendapatan', 'pendapatan bulanan', 'gaji', 'gaji pokok',
    // Monthly gross pay in German; Danish and Norwegian monthly and hourly pay.
    'bruttomonatsverdienst', 'monatsverdienst', 'bruttoverdienst', 'gesamtbrutto', 'manedslon', 'månedsløn', 'timelon', 'timeløn', 'manedslonn', 'månedslønn', 'timelonn', 'timelønn', 'arslonn', 'årslønn',
    // Gross and net pay in French, Spanish, Dutch, Polish and Italian payrolls.
    'salaire brut', 'salaire net', 'salario bruto', 'salario neto', 'sueldo', 'sueldo bruto', 'sueldo neto', 'brutoloon', 'nettoloon',
    'bruto salaris', 'wynagrodzenie brutto', 'wynagrodzenie netto', 'retribuzione', 'retribuzione lorda', 'retribuzione netta',
    'stipendio lordo', 'stipendio netto', 'remuneration', 'remuneracion', 'remunerazione', 'remuneration brute',
    'pay rate', 'pay rate amount', 'rate amount', 'gross pay', 'net pay', 'base pay', 'hourly rate', 'hourly wage', 'wage', 'wages',
    'compensation', 'annual salary', 'gross wages', 'net wages', 'take home pay', 'saldo', 'saldo contabile', 'kontostand',
    // Credit bureau scores ("CreditScoreTransUnion": a trade union it is not).
    'credit score transunion', 'credit score trans union', 'credit score experian', 'credit score equifax', 'transunion',
    'trans union', 'experian', 'equifax', 'fico', 'fico score'],
  password: ['password', 
    // Indonesian, Malay and Vietnamese; Russian, Ukrainian and Bulgarian.
    'kata sandi', 'kata laluan', 'mat khau', 'mat khau hash', 'пароль', 'пароль абонента', 'пароль для входа', 'passwd', 'pwd', 'pass', 'passcode', 'pin', 'password hash', 'pwd hash', 'pass hash',
    'hashed password', 'كلمة المرور', 'סיסמה', 'passwort', 'kennwort', 'mot de passe', 'mdp', 'contrasena', 'clave', 'parola d ordine',
    // A school platform's first password for its pupils (IServ's "Initialpasswort", "Startpasswort").
    'initialpasswort', 'startpasswort', 'erstpasswort', 'initiales passwort', 'initial password', 'startwachtwoord', 'initieel wachtwoord',
    'wachtwoord', 'haslo', 'senha', 'losenord', 'passord', 'adgangskode', 'salasana', 'jelszo', 'heslo', 'parola', 'parool', 'password digest', 'encrypted password', 'crypted password', 'palavra passe',
    'palavra chave', 'palavra passe hash', 'hash senha', 'senha hash',
    // Windows' password hashes (a domain controller's NTDS.dit): an NT hash logs in as the password does (pass-the-hash).
    'nt hash', 'nthash', 'ntlm hash', 'lm hash', 'lmhash', 'nt password hash',
    // The answer to an account's security question is a secret that logs in like a password.
    'security answer', 'secret answer', 'security question answer', 'recovery answer', 'challenge answer'],
  secret: ['secret', 'client secret', 'secret key', 'api key', 'api token', 'access key', 'access key id',
    'access token', 'refresh token', 'auth token', 'session token', 'bearer token', 'token', 'private key',
    'secret access key', 'otp secret', 'mfa secret', 'totp secret', 'recovery code', 'recovery codes', 'apikey'],
  diagnosis: ['diagnosis', 'diagnoses', 'diagnosis code', 'diagnosis codes', 'dx', 'dx code', 'icd', 'icd code',
    // A Thai hospital system's (HOSxP's) principal diagnosis and its name.
    'pdx', 'dx name', 'principal diagnosis',
    // A French register's "Pathologie"; a clinical trial's adverse events (CDISC SDTM's AETERM and AEDECOD, REDCap's, MedDRA's terms).
    'pathologie', 'pathologies', 'diagnosticos', 'diagnosticos activos', 'diagnostici', 'aeterm', 'aedecod', 'adverse event', 'adverse events', 'adverse event verbatim', 'meddra preferred term',
    'meddra pt', 'meddra term', 'ae term',
    'icd10', 'icd 10', 'icd10 code', 'icd 10 gm', 'icd10 gm', 'icd 10 cm', 'icd10 cm', 'diagnose', 'diagnostic', 'diagnostico', 'diagnosi', 'diagnoza', 'diagnosecode',
    // A FHIR clinical resource's own code (Condition.code, Observation.code, Procedure.code), flattened.
    'code coding code', 'code coding display', 'code text', 'rozpoznanie', 'diagnos', 'diagnosen',
    // Swedish, Turkish and Polish diagnosis codes.
    'diagnoskod', 'diagnoskoder', 'tani', 'tani kodu', 'teshis', 'kod diagnozy',
    // Swedish, Danish and Norwegian, Finnish and Hungarian diagnoses.
    'diagnoser', 'diagnosekode', 'diagnosekoder', 'diagnoosi', 'diagnoosit', 'diagnoosikoodi', 'diagnozis', 'diagnozis kod', 'bno kod', 'bno',
    // ICD-10 in French (CIM-10) and Spanish (CIE-10), alone or after the word for a diagnosis.
    // Main and other diagnoses in hospital discharge extracts: Germany's, France's PMSI, Spain's CMBD, Italy's SDO; Dutch GP episodes (ICPC).
    'hauptdiagnose', 'hauptdiagnose icd gm', 'nebendiagnose', 'nebendiagnosen', 'diagnostic principal', 'diagnostic associe', 'diagnostics associes',
    'diagnostico principal', 'diagnostico principal cie es', 'diagnostico principal cie', 'diagnosticos secundarios', 'diagnostico secundario',
    'diagnosi principale', 'diagnosi secondaria', 'diagnosi secondarie', 'icpc', 'icpc code', 'icpc2', 'episode omschrijving', 'episode naam',
    // Brazil's CID-10 (not a bare "cid": a log's client or correlation id).
    'cid10', 'cid 10', 'codigo cid', 'codigo cid10', 'codigo cid 10', 'cid principal', 'cid secundario', 'diagnostico cid', 'diagnostico cid10', 'cid diagnostico',
    'cim10', 'cim 10', 'cie10', 'cie 10', 'code cim10', 'code cim 10', 'codigo cie10', 'codigo cie 10', 'diagnostic cim10',
    'diagnostic cim 10', 'diagnostic cim', 'diag cim10', 'diag cim 10', 'diagnostico cie10', 'diagnostico cie 10', 'diagnostico cie',
    // An EHR's problem list (ICD-10 coded conditions).
    'problem list', 'active problem list', 'active problems', 'problems list', 'problemliste'],
  health: [
    // A newborn screening card's results (phenylketonuria, congenital hypothyroidism, cystic fibrosis, SCID, haemoglobinopathies);
    // a respiratory trial's asthma severity and lung function; a genetic clinic's personal and family cancer history.
    'pku', 'phenylketonuria', 'congenital hypothyroidism', 'cystic fibrosis', 'scid', 'scid trec', 'hemoglobin', 'haemoglobin', 'hemoglobinopathy',
    'haemoglobinopathy', 'galactosemia', 'msud', 'mcadd', 'newborn screening result', 'asthma severity', 'fev1', 'fev1 predicted', 'fev1 % predicted',
    'peak flow', 'personal history', 'cancer history', 'personal cancer history', 'family history', 'family cancer history',
    // A health insurer's reimbursed care ("prestations[].acte": "Consultation psychiatre", "Hospitalisation"); a form's medical remarks.
    'prestations acte', 'acte medical', 'actes medicaux', 'acte de soins', 'date soins', 'soins',
    // A Dutch municipality's care provisions under the Wmo and the Jeugdwet (youth mental health care, a wheelchair, dyslexia care); a
    // German school's special educational needs (Förderschwerpunkt: autism, hearing); a Dutch payroll's occupational disability flag
    // ("Arbeidsgehandicapt"); a German health insurer's disease management programme (DMP: diabetes, breast cancer).
    'voorziening', 'voorziening omschrijving', 'voorziening productcode', 'voorziening product', 'zorgvoorziening', 'wmo voorziening', 'jeugdhulp', 'jeugdhulpvoorziening', 'zorgproduct', 'foerderschwerpunkt', 'forderschwerpunkt',
    'sonderpaedagogischer foerderbedarf', 'sonderpadagogischer forderbedarf', 'arbeidsgehandicapt', 'arbeidsbeperking', 'dmp', 'dmp einschreibung',
    'dmp programm', 'disease management programm',
    'medicacao', 'medicacao habitual', 'medicacion habitual', 'terapia in corso', 'farmaci', 'necessidades especificas', 'necessidades especiais', 'patologia', 'patologia alto costo', 'padecimientos', 'alergias padecimientos',
    'certificado discapacidad', 'certificado discapacidad cud', 'licencia medica', 'diagnostico licencia medica', 'necessidades de saude', 'necessidades saude', 'problemas de saude', 'informacao medica', 'informacion medica', 'informazioni mediche',
    'observaciones medicas', 'observations medicales', 'osservazioni mediche', 'observacoes medicas', 'remarques medicales', 'notas medicas',
    // A counselling service's record: why the student came ("Presenting Issue": an eating disorder, grief, anxiety).
    'presenting issue', 'presenting issues', 'presenting problem', 'presenting concern', 'presenting concerns',
    // A fitness screening's (PAR-Q) yes/no questions; a ticket's wheelchair-accessible seat; a recognised disability's degree.
    'chest pain', 'chest pain during activity', 'chest pain last month', 'chest pain at rest', 'loses balance dizziness', 'dizziness',
    'loses balance', 'bone or joint problem', 'joint problem', 'wheelchair accessible seating', 'wheelchair seating', 'wheelchair space',
    'accessible seating', 'gdb', 'engellilik derecesi', 'engel derecesi', 'engellilik orani', 'engel orani', 'ποσοστο αναπηριας', 'αναπηρια', 'discapacidad reconocida', 'grado de discapacidad', 'grad der behinderung', 'taux d incapacite', 'taux de handicap',
    // A medical history's yes/no question named for its condition (a dental practice's "MH: Diabetes", "Epilepsy"), and a German
    // practice's long-term diagnoses ("Dauerdiagnosen (ICD-10-GM)", certainty G/V/A/Z after each code).
    'diabetes', 'epilepsy', 'asthma', 'hypertension', 'high blood pressure', 'hepatitis', 'hiv', 'stroke', 'angina', 'heart disease',
    'kidney disease', 'liver disease', 'bleeding disorder', 'rheumatic fever', 'tuberculosis',
    'dauerdiagnosen', 'dauerdiagnose', 'diagnosen', 'icd gm', 'icd 10 gm',
    // Why a patient booked (Doctolib's "Motif": "IVG médicamenteuse", "Dépistage IST"), in the languages of the column names.
    'reason for visit', 'visit reason', 'reason for appointment', 'appointment reason', 'reason for consultation', 'consultation reason',
    'chief complaint', 'presenting complaint', 'motif de consultation', 'motif de rendez vous', 'motif du rendez vous', 'motif rdv',
    'besuchsgrund', 'behandlungsanlass', 'konsultationsgrund', 'termingrund', 'motivo de consulta', 'motivo de la consulta',
    'motivo della visita', 'reden van bezoek', 'reden consult', 'kontaktorsak', 'besoksorsak',
    // A lab's tests (LOINC), a therapy app's intake questionnaires (PHQ-9, GAD-7) and presenting concerns.
    'loinc', 'loinc code', 'loinc num', 'lab test', 'lab test name', 'lab test code', 'analyte', 'reference range', 'ref range',
    'reference interval', 'normal range', 'phq 9', 'phq9', 'gad 7',
    // A social services case's or a school's health needs (ADHD, autism).
    'health needs', 'health need', 'health issues', 'health conditions', 'health condition', 'medical conditions',
    // Brazil's e-SUS register ("Condições de Saúde": hipertensão, diabetes, gestante) and Spanish-speaking clinics'.
    'condicoes de saude', 'condicao de saude', 'condiciones de salud', 'condicion de salud',
    'gad7', 'phq 9 score', 'gad 7 score', 'presenting concern', 'presenting concerns', 'presenting problem', 'intake concerns',
    // A French mutuelle's medical acts and long-term illness (ALD).
    'code acte', 'libelle acte', 'acte medical', 'ald', 'affection longue duree',
    // Drug tests; special educational needs (Italy's DSA/BES); health status in Polish and Portuguese.
    'drug test', 'drug test result', 'drug screen', 'drug screen result', 'dsa bes', 'disturbi specifici apprendimento',
    'bisogni educativi speciali', 'stan zdrowia', 'estado de saude', 'estado de salud',
    'special educational needs', 'special educational need', 'sen', 'sen status', 'sen details', 'sen need', 'sen needs',
    'sen support', 'sen provision', 'senco notes', 'iep', 'ehcp', 'learning support needs', 'learning difficulty', 'learning disability',
    // An employer's voluntary disability self-identification (CC-305); a claim's injuries ("insured_injury": a fractured wrist, whiplash).
    'disability self id', 'disability status', 'injury', 'injuries', 'injury description', 'injury type',
    'nature of injury', 'injury details',
    // A benefit paid for a disability (a housing benefit's disability premium, DLA, PIP).
    'disability premium', 'disability benefit', 'disability allowance', 'disability living allowance', 'personal independence payment',
    // Social care: Italy's civil invalidity, Spain's dependency grade, an English council's primary support reason; substance misuse.
    'invalidita civile', 'invalidita', 'grado de dependencia', 'dependencia', 'primary support reason', 'support reason',
    'substance misuse', 'substance use', 'drug use', 'alcohol use', 'drug misuse', 'alcohol misuse',
    // A substance-use treatment census (42 CFR Part 2): the substance treated; Medicare's end-stage renal disease flag.
    'primary substance', 'secondary substance', 'tertiary substance', 'drug of choice', 'primary drug of choice', 'substance of choice',
    'substance use disorder', 'substance abuse', 'esrd', 'esrd indicator', 'esrd status', 'esrd flag', 'end stage renal disease', 'dialysis',
    'heart rate', 'resting heart rate', 'heart rate avg', 'heart rate variability', 'hrv', 'spo2', 'spo2 avg', 'blood oxygen',
    // A wearable's heart rate under its own name (Fitbit's "bpm"); a pregnancy app's pregnancy, due date, conception and losses.
    'bpm', 'resting bpm', 'avg bpm', 'oxygen saturation', 'pregnancy week', 'weeks pregnant', 'gestational age', 'gestation week',
    // Not a bare "due date": an invoice's.
    'estimated due date', 'pregnancy due date', 'baby due date', 'baby\'s due date', 'conception method', 'previous losses', 'miscarriages', 'pregnancy loss', 'pregnancy losses',
    'blood pressure', 'blood glucose', 'glucose', 'systolic', 'diastolic', 'ecg', 'herzfrequenz', 'ruhepuls', 'puls', 'blutdruck',
    'frequence cardiaque', 'tension arterielle', 'frecuencia cardiaca', 'presion arterial',
    'medication', 'medications', 'drug', 'drug name', 'medication name', 'prescription', 'prescriptions', 'rx',
    'pregnant', 'disabilita', 'arbeidsbeperking', 'niepelnosprawnosc', 'ciaza', 'deficiencia', 'gravidez', 'hba1c', 'bmi',
    // Depression and anxiety questionnaires' totals (a mood app's "phq9_total", "gad7_total"; the digits are no word).
    'phq', 'phq total', 'gad total', 'gad score', 'epds', 'epds score', 'epds total',
    'body mass index', 'sick leave', 'sick days', 'sick leave days', 'sickness', 'sickness days', 'sickness absence', 'days sick', 'sickness days 12m', 'krankheitstage', 'krankheitsgrund', 'arbeitsunfahigkeit',
    'ehic', 'ehic number', 'european health insurance card', 'health plan member id', 'health plan',
    'lab value', 'covid test', 'covid test result',
    'condition', 'conditions', 'medical condition', 'health condition', 'allergy', 'allergies', 'treatment',
    // A French patient's medical history ("Antécédents") and long-term conditions.
    'antecedents', 'antecedents medicaux', 'antecedents personnels',
    // A Dutch energy supplier's customers who depend on electricity for medical equipment (home ventilation, oxygen).
    'medische indicatie', 'toelichting medisch', 'medische apparatuur',
    // An occupational health referral's condition and a UK GP's fit note (statement of fitness for work).
    'condition category', 'condition type', 'fit note', 'current fit note', 'fit note status', 'fit note issued',
    'oh referral', 'oh outcome', 'oh referral outcome', 'occupational health referral', 'occupational health outcome',
    'symptoms', 'symptom', 'lab result', 'lab results', 'blood type', 'blood group', 'disability', 'medical record',
    // Medical history and chronic illnesses in French, Spanish, Italian, German, Dutch and Portuguese.
    'antecedents medicaux', 'antecedents medicaux personnels', 'maladies chroniques', 'maladie chronique', 'antecedentes medicos',
    'antecedentes clinicos', 'enfermedades cronicas', 'enfermedad cronica', 'historial medico', 'malattie croniche', 'malattia cronica',
    'anamnesi', 'storia clinica', 'chronische erkrankungen', 'chronische erkrankung', 'anamnese', 'medische voorgeschiedenis',
    'chronische ziekten', 'doencas cronicas', 'historico medico', 'antecedentes medicos pessoais',
    'medical history', 'health insurance', 'health status', 'medikament', 'medikamente', 'medikation',
    'krankheit', 'befund', 'vorerkrankung', 'vorerkrankungen', 'behinderung', 'blutgruppe', 'medicament', 'traitement',
    'maladie', 'medicamento', 'tratamiento', 'enfermedad', 'alergia', 'allergie', 'pregnancy', 'hiv status',
    'vaccination status', 'mental health', 'therapy', 'farmaco', 'farmaci', 'malattia', 'terapia', 'medicijn',
    'medicatie', 'ziekte', 'behandeling', 'lek', 'leki', 'choroba', 'leczenie', 'doenca', 'tratamento', 'lakemedel', 'sjukdom',
    'medical alert', 'medical alerts', 'alert medical', 'medical notes', 'medical conditions', 'medical needs', 'medical details', 'iep', 'iep status', 'special education',
    'special needs', 'schwangerschaft', 'grossesse', 'schwerbehinderung', 'schwerbehindert', 'behinderung', 'grad der behinderung', 'pflegegrad', 'embarazo', 'gravidanza', 'zwangerschap', 'discapacidad', 'handicap',
    'groupe sanguin', 'grupo sanguineo', 'impfstatus', 'covid status', 'procedure', 'procedure code', 'cpt code',
    // A dental practice's procedure codes (CDT, as Open Dental's ProcCode).
    'proc code', 'proccode', 'cdt code', 'cdt',
    // Adjustments for a disability (a university's, an employer's); a German form's medical remarks; vaccination.
    'disability accommodation', 'disability accommodations', 'disabilities', 'accessibility needs', 'medizinische hinweise',
    'medizinischer hinweis', 'remarques medicales', 'medical information', 'medical info', 'medische bijzonderheden', 'medische informatie',
    'informations medicales', 'informations medicale', 'medizinische informationen', 'informacion medica', 'informazioni mediche',
    // A Turkish pharmacy's medicine, a chronic condition (Dutch, Turkish), a Polish school's health remarks.
    'ilac', 'ilaclar', 'kronik hastalik', 'aandoening', 'aandoeningen', 'chronische aandoening', 'uwagi zdrowotne', 'choroby przewlekle',
    // A cycle or fertility tracker's log.
    'period flow', 'menstrual period', 'last menstrual period', 'menstruation', 'menstrual cycle', 'cycle day', 'ovulation', 'ovulation test',
    'pregnancy test', 'pregnant', 'currently pregnant', 'trying to conceive', 'miscarriage', 'miscarriages', 'previous miscarriages',
    'basal body temperature', 'cervical mucus', 'contraception', 'contraceptive', 'birth control', 'vaccinated', 'covid vaccinated', 'vaccination', 'vaccinations', 'sick leave reason', 'absence reason medical', 'notes medical',
    // Sick days and sick leave in Dutch, Swedish, Polish (an "L4" sick note) and Austrian German; disability certificates
    // and support (Poland's orzeczenie, Italy's L. 104 and L. 68/99 protected category, France's RQTH); special educational
    // needs in Spain (NEAE), Germany (sonderpädagogischer Förderbedarf), the Netherlands (a dyslexia statement); a Swedish
    // school's pupil health team's notes (elevhälsa).
    // A Dutch health insurer's kind of care claimed ("GGZ behandeling": mental health care).
    'zorgsoort', 'zorgsoort laatste declaratie', 'soort zorg', 'zorgvorm',
    'verzuimdagen', 'ziekteverzuim', 'ziektedagen', 'ziekmeldingen', 'sjukdagar', 'sjukfranvaro', 'sjukfranvarodagar',
    'dni l4', 'l4', 'zwolnienie lekarskie', 'zwolnienia lekarskie', 'krankenstandstage', 'krankenstand', 'krankenstande', 'krankentage',
    'orzeczenie o niepelnosprawnosci', 'stopien niepelnosprawnosci', 'sostegno', 'sostegno l104', 'l104', 'legge 104',
    'categoria protetta', 'rqth', 'neae', 'necesidades especificas', 'necesidades educativas especiales',
    'sonderpaedagogischer foerderbedarf', 'sonderpadagogischer forderbedarf', 'foerderbedarf', 'forderbedarf', 'dyslexieverklaring',
    'elevhalsa', 'elevhalsa anteckning', 'elevhalsan', 'illness benefit', 'sickness benefit', 'krankengeld',
    'baja medica', 'arret maladie', 'congedo per malattia', 'ziekmelding',
    // Payroll's sick days as exported: Spain's incapacidad temporal (IT), Dutch verzuim, Polish zwolnienie, French arrêt, Italian
    // malattia; a recognised disability (Belgium's and the Netherlands' handicap erkend, beperking); allergies in German and Swedish.
    'dias baja', 'dias baja it', 'dias de baja', 'baja it', 'dias it', 'incapacidad temporal', 'incapacidad laboral', 'ziekteverzuim dagen',
    // A3 Nómina's "Situación IT" (on sick leave: "Baja IT enfermedad común"); Norwegian and Danish sick days; the UK's statutory sick pay.
    'situacion it', 'situacion incapacidad temporal', 'sykefravaer', 'sykefravær', 'sykefravaer egenmelding', 'sykefravær egenmelding', 'egenmelding',
    'sykemelding', 'sykmelding', 'sykedager', 'sygedage', 'sygedage ar til dato', 'sygedage år til dato', 'sygefravaer', 'sygefravær', 'sygemelding',
    'ssp', 'statutory sick pay', 'ssp days', 'ssp paid',
    // Universal Credit's limited capability for work (and work-related activity), a work capability assessment's outcome.
    'lcwra', 'lcwra flag', 'lcw', 'lcw flag', 'limited capability for work', 'limited capability for work related activity',
    'verzuim dagen', 'ziekte dagen', 'dni zwolnienia', 'dni zwolnienia lekarskiego', 'zwolnienie lekarskie dni', 'jours arret maladie',
    'jours de maladie', 'arret de travail', 'jours arret de travail', 'giorni malattia', 'giorni di malattia', 'assenze malattia',
    'arbeitsunfahigkeitstage', 'au tage', 'handicap erkend', 'erkende handicap', 'beperking', 'allergien', 'allergier',
    // Occupational medicine: Germany's arbeitsmedizinische Vorsorge (G-codes), France's visite médicale and aptitude, Spain's reconocimiento médico.
    'vorsorge', 'arbeitsmedizinische vorsorge', 'vorsorgeuntersuchung', 'betriebsarzt', 'betriebsarztliche untersuchung', 'eignungsuntersuchung',
    'occupational health', 'occupational health assessment', 'medical surveillance', 'health surveillance', 'fitness for work',
    'visite medicale', 'aptitude medicale', 'avis d aptitude', 'medecine du travail', 'reconocimiento medico', 'vigilancia de la salud',
    'sorveglianza sanitaria', 'giudizio di idoneita', 'bedrijfsarts', 'medisch onderzoek',
    // France's individual reception plan for a pupil's condition (PAI: asthma, allergy, epilepsy).
    'pai', 'projet d accueil individualise', 'plan d accueil individualise',
    // And the other plans a French school lists beside it (PRONOTE's "PROJETS D'ACCOMPAGNEMENT": PAI, PAP for a learning disorder,
    // PPS for a disability recognised by the MDPH).
    'projets d accompagnement', 'projet d accompagnement', 'plan d accompagnement personnalise', 'projet personnalise de scolarisation',
    // Intolerances beside allergies (a school canteen's list); a German university's or school's exam adjustment for a
    // disability or chronic illness (Nachteilsausgleich, Notenschutz): that there is one tells of a condition.
    'intolerancias', 'intolerancia', 'intolerances', 'intolerance', 'food intolerances', 'unvertraglichkeiten', 'unvertraglichkeit',
    'unvertraeglichkeiten', 'intolleranze', 'intolleranza', 'intoleranties', 'nachteilsausgleich', 'nachteilsausgleiche', 'notenschutz',
    // An orthodontist's indication group (Germany's KIG: D4, K4...), the finding a treatment is paid for.
    'kig', 'kig stufe', 'kig einstufung', 'kieferorthopaedische indikationsgruppe',
    // A French exam's arrangements for a candidate's disability or illness (tiers-temps for a PAP, a PPS, a PAI) and their reason.
    'amenagements', 'amenagement', 'amenagements d examen', 'motif de l amenagement', 'motif amenagement', 'motif des amenagements',
    // A visa or an entry form's health declaration ("Yes - tuberculosis").
    'health declaration', 'health declarations', 'medical declaration', 'declaration of health',
    // A school nurse's log of visits ("stomach ache", "nosebleed"): a record of care given.
    'nurse notes', 'nurse note', 'nurse visit', 'nurse visits', 'nurse log', 'school nurse notes', 'health office notes', 'infirmerie',
    // Vaccines given (a vaccination register's), and procedure codes (France's CCAM, Germany's OPS, Spain's main procedure).
    'vaccine', 'vaccine name', 'vaccine atc', 'vaccine code', 'impfstoff', 'impfstoff atc', 'impfung', 'vaccin', 'vacuna', 'vaccino', 'vaccinatie',
    'szczepionka', 'szczepienie', 'vacina', 'acte ccam', 'ccam', 'ops code', 'ops kode', 'procedimiento principal', 'intervento principale',
    // A diagnosis in Arabic and Hebrew.
    'التشخيص', 'التشخيص الطبي', 'الحالة المرضية', 'الحالة الصحية', 'etat de sante', 'etat sante', 'אבחנה', 'אבחנות', 'אבחון', 'אבחנות כרוניות', 'מחלות כרוניות', 'מחלות רקע',
    // ICD-10 in Russian, Ukrainian, Belarusian and Bulgarian (МКБ-10, МКХ-10; digits are dropped from names); a diagnosis.
    'мкб', 'код мкб', 'мкб код', 'мкх', 'код мкх', 'диагноз', 'діагноз', 'диагноза', 'дијагноза',
    // Belgium's nomenclature of care acts reimbursed (INAMI in French, RIZIV in Dutch): a mutualité's reimbursements.
    'code inami', 'inami', 'inami code', 'code nomenclature', 'riziv', 'riziv code', 'nomenclatuurcode', 'nomenclatuur code'],
  'nhs-number': ['nhs', 'nhs number', 'nhs no', 'nhs id'],
  'medical-record-number': ['prontuario', 'numero prontuario', 'numero do prontuario', 'mrn', 'medical record number', 'medical record no', 'patient record number',
    'chart number', 'ehr id', 'emr id',
    // Spain's "número de historia clínica", Italy's "cartella clinica", France's "numéro de dossier patient".
    'nhc', 'numero historia clinica', 'numero de historia clinica', 'historia clinica', 'n historia clinica', 'numero cartella clinica',
    'numero dossier patient', 'numero de dossier patient', 'ipp'],
  // Not a bare "member id": gyms, clubs, unions and loyalty schemes have members too.
  'health-insurance-number': ['insurance id', 'insurance number', 'insurance member id', 'health card', 'health card number', 'health card no',
    // OSCAR EMR's demographic table (Ontario): the patient's health insurance number (OHIP).
    'hin',
    // Australia's Individual Healthcare Identifier (IHI), as its FHIR identifier system names it.
    'ihi', 'individual healthcare identifier',
    'ohip', 'ohip number', 'carte vitale', 'numero carte vitale',
    'health insurance number', 'health plan id', 'health plan number', 'medicare number', 'medicare no', 'medicaid id'],
  'de-health-insurance': ['versichertennummer', 'krankenversichertennummer', 'kvnr', 'egk nummer', 'egk', 'versicherten nr', 'versichertennr',
    'versicherten nummer', 'versicherungsnummer kv'],
  'us-mbi': ['mbi', 'medicare beneficiary identifier', 'medicare id'],
  latitude: ['lat', 'latitude', 'geo lat', 'gps lat', 'breitengrad', 'latitude e', 'lat e', 'breite', 'geo breite', 'gps breite'],
  longitude: ['lng', 'lon', 'long', 'longitude', 'geo lng', 'geo lon', 'gps lng', 'gps lon', 'laengengrad', 'longitude e', 'lng e', 'lon e',
    'laenge', 'geo laenge', 'gps laenge'],
  geohash: ['geohash', 'geo hash', 'what3words', 'what 3 words', 'w3w'],
  coordinates: ['coordinates', 'coords', 'gps', 'geolocation', 'geo location', 'lat lng', 'lat long', 'lat lon',
    'latlng', 'latlon', 'geo', 'location point', 'position', 'koordinaten', 'coordonnees', 'coordenadas'],
  'ip-address': ['ip', 'ip address', 'ip addr', 'ipv', 'client ip', 'remote ip', 'remote addr', 'remote address', 'ip адрес', 'ip адреса', 'ip адреса клиента',
    'source ip', 'src ip', 'last login ip', 'ip adresse', 'adresse ip', 'direccion ip', 'ipaddress', 'ip v4', 'ip v6',
    // VPC Flow Logs' fields.
    'srcaddr', 'dstaddr', 'pkt srcaddr', 'pkt dstaddr'],
  'mac-address': ['mac', 'mac address', 'mac addr', 'hardware address', 'bssid'],
  imei: ['imei', 'imei number', 'imeisv'],
  'device-id': ['device id', 'device identifier', 'advertising id', 'ad id', 'idfa', 'idfv', 'gaid', 'aaid', 'ifa', // OpenRTB's device.ifa
    'udid', 'android id', 'installation id', 'install id', 'push token', 'device token', 'imsi',
    // Mixpanel's people profiles: the push tokens of a user's iOS and Android devices ($ios_devices, $android_devices).
    'ios devices', 'android devices',
    // A mobile advertising id (MAID); a push service's registration token (Firebase Cloud Messaging, APNs): a device's address, no secret.
    'maid', 'madid', 'mobile advertising id', 'fcm token', 'fcm registration token', 'firebase token', 'apns token', 'push notification token'],
  'online-identifier': ['cookie', 'cookie id', 'session id', 'visitor id', 'device fingerprint',
    // Google Analytics 4's client id (its _ga cookie's), in its BigQuery export.
    'user pseudo id',
    'browser fingerprint', 'user agent', 'username', 'user name', 'login name', 'login id', 'screen name', 'handle',
    'benutzername', 'nom d utilisateur', 'nombre de usuario', 'gebruikersnaam',
    // An audit log's acting account (GitHub's and GitLab's "actor", "actor_login").
    'actor', 'actor login', 'actor username', 'user principal name',
    // A gamer's handles (a gamer tag, a PSN id, a Riot id, Battle.net's BattleTag) and a handle in Korean and Japanese.
    'gamer tag', 'gamertag', 'xbox gamertag', 'psn id', 'psn online id', 'riot id', 'epic id', 'epic display name', 'battletag', 'battle tag',
    'in game name', 'ign', '아이디', '닉네임', '사용자명', 'ニックネーム', 'ユーザー名', 'ユーザーid', 'ハンドルネーム',
    // A contact's social profiles, as CRMs and help desks keep them (Zoho's "Twitter", "Skype ID"; Freshdesk's "Twitter ID", "Facebook ID").
    'twitter', 'twitter id', 'twitter username', 'skype', 'skype id', 'skype name', 'facebook id', 'facebook profile', 'facebook url',
    'linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'instagram', 'instagram handle', 'instagram username',
    'tiktok handle', 'xing profile', 'social profile'],
  country: ['country', 'country code', 'country name', 'country of residence', 'residence country', 'land', 'pays', 'country or region', 'ulke',
    // Indonesian and Malay.
    'negara', 'negara asal',
    // SAP's country key (LAND1) as its German export names it.
    'landerschlussel', 'laenderschluessel', 'landerschl', 'landschlussel',
    // An airline's APIS record: the passenger's country of residence.
    'resctry', 'res ctry', 'ctry of residence',
    'pais', 'paese', 'kraj', 'nationality country', 'country iso', 'iso country', 'country iso code', 'ctry', 'cntry',
    'nation', 'nazione', 'stato', 'staat', 'wohnland', 'land code', 'landcode', 'pais residencia',
    'pais de residencia', 'pays de residence', 'paese di residenza', 'woonland', 'kraj zamieszkania', 'country region', 'residence', 'residence code',
    // Germany's state of residence, Finland's "Maa", a university application's country of domicile.
    // Romanian (Țara), Hungarian (Ország), Croatian and Slovenian (Država), Baltic (Valsts, Riik, Šalis); not Czech "Stát",
    // which is English "stat" (a status, a clinician's urgent).
    'tara', 'orszag', 'drzava', 'valsts', 'riik', 'salis',
    'wohnsitzstaat', 'wohnsitzland', 'maa', 'asuinmaa', 'country of domicile', 'domicile country', 'stato di residenza', 'stato residenza'],
  // A state column with no country is read as US states (or Canadian and Australian ones).
  'us-state': ['state', 'state code', 'state name', 'us state', 'state province', 'province state', 'state abbr',
    'state abbreviation', 'st', 'state cd', 'state territory', 'state or territory',
    // Banner's address table (SPRADDR_STAT_CODE); an NCPDP claim's "Patient State/Province Address".
    'stat code', 'stat cde', 'state province address'],
  // Other region columns name a US state only for records placed in the US: "CA" in an Italian
  // provincia column is Cagliari, "MA" in a Brazilian estado is Maranhão.
  region: ['region', 'region name', 'province', 'provincia', 'bundesland', 'estado', 'departement', 'canton', 'kanton', 'uf',
    'prefecture', '都道府県', '省份', '省', '시도', '시 도'],
  'special-category': ['religion', 
    // The religious holidays an employee observes (HiBob's, for leave planning): Eid, Diwali, Yom Kippur say a religion.
    'religious holidays', 'religious holidays observed', 'religious holiday', 'religious observance', 'religious observances',
    // A payroll deduction's union subscription by the union's name ("UNISON Subs", "RCN Membership"); Turkish union dues; religion in Arabic.
    'unison subs', 'unison sub', 'unison subscription', 'unison subscriptions', 'unison membership', 'unison dues', 'unison fee', 'unison fees', 'unite subs', 'unite sub', 'unite subscription', 'unite subscriptions', 'unite membership', 'unite dues', 'unite fee', 'unite fees', 'gmb subs', 'gmb sub', 'gmb subscription', 'gmb subscriptions', 'gmb membership', 'gmb dues', 'gmb fee', 'gmb fees', 'rcn subs', 'rcn sub', 'rcn subscription', 'rcn subscriptions', 'rcn membership', 'rcn dues', 'rcn fee', 'rcn fees', 'nasuwt subs', 'nasuwt sub', 'nasuwt subscription', 'nasuwt subscriptions', 'nasuwt membership', 'nasuwt dues', 'nasuwt fee', 'nasuwt fees', 'ucu subs', 'ucu sub', 'ucu subscription', 'ucu subscriptions', 'ucu membership', 'ucu dues', 'ucu fee', 'ucu fees', 'pcs subs', 'pcs sub', 'pcs subscription', 'pcs subscriptions', 'pcs membership', 'pcs dues', 'pcs fee', 'pcs fees', 'usdaw subs', 'usdaw sub', 'usdaw subscription', 'usdaw subscriptions', 'usdaw membership', 'usdaw dues', 'usdaw fee', 'usdaw fees', 'cwu subs', 'cwu sub', 'cwu subscription', 'cwu subscriptions', 'cwu membership', 'cwu dues', 'cwu fee', 'cwu fees', 'rmt subs', 'rmt sub', 'rmt subscription', 'rmt subscriptions', 'rmt membership', 'rmt dues', 'rmt fee', 'rmt fees', 'aslef subs', 'aslef sub', 'aslef subscription', 'aslef subscriptions', 'aslef membership', 'aslef dues', 'aslef fee', 'aslef fees', 'seiu subs', 'seiu sub', 'seiu subscription', 'seiu subscriptions', 'seiu membership', 'seiu dues', 'seiu fee', 'seiu fees', 'afscme subs', 'afscme sub', 'afscme subscription', 'afscme subscriptions', 'afscme membership', 'afscme dues', 'afscme fee', 'afscme fees', 'teamsters subs', 'teamsters sub', 'teamsters subscription', 'teamsters subscriptions', 'teamsters membership', 'teamsters dues', 'teamsters fee', 'teamsters fees', 'uaw subs', 'uaw sub', 'uaw subscription', 'uaw subscriptions', 'uaw membership', 'uaw dues', 'uaw fee', 'uaw fees', 'union subs', 'union sub', 'union subscription', 'union subscriptions', 'union membership', 'union dues', 'union fee', 'union fees',
    'sendika aidati', 'sendika', 'sendika uyeligi', 'الديانة', 'الدين', 'دين', 'דת', 
    // Religion and ethnic group in Indonesian, Malay, Vietnamese, Thai and Chinese; China's political affiliation (政治面貌).
    'agama', 'bangsa', 'kaum', 'suku', 'ton giao', 'dan toc', 'ศาสนา', '民族', '宗教', '宗教信仰', '政治面貌', 'religious belief', 'religious beliefs', 'religious affiliation', 'denomination',
    // A church's register: a member's denomination and baptism (Portuguese, German, French, Spanish, Italian, Dutch).
    'denominacao', 'batismo', 'data do batismo', 'data de batismo', 'baptism', 'baptism date', 'date of baptism', 'taufdatum', 'taufe',
    'date de bapteme', 'bapteme', 'fecha de bautismo', 'bautismo', 'data di battesimo', 'battesimo', 'doopdatum',
    // A trade union's own membership list: its member's branch.
    'union branch', 'union region', 'branch of union',
    // Membership of a church ("Medlem i Svenska kyrkan": Ja, as a Swedish population register extract writes it).
    'medlem i svenska kyrkan', 'svenska kyrkan', 'kyrkotillhorighet', 'church member', 'church membership', 'kirchenmitglied',
    'kirchenmitgliedschaft', 'religionszugehorigkeit', 'religionsbekenntnis', 'bekenntnis', 'religion or belief', 'levensbeschouwing',
    // Trade unions in Swedish, Norwegian, Danish and Finnish; an Austrian payslip's union dues "to" (an) a union.
    'fackforbund', 'fackforening', 'fagforening', 'fagforbund', 'ammattiliitto', 'gewerkschaftsbeitrag an',
    'konfession', 'religionszugehorigkeit', 'glaube', 'weltanschauung', 'religione', 'religie', 'religia', 'religiao',
    // A German payroll's church tax attribute (rk, ev) or church tax paid: a church's member.
    'kirchensteuermerkmal', 'kirchensteuer', 'kist', 'kist merkmal', 'konfessionsschlussel', 'religionsschlussel',
    'confession', 'croyance', 'creencia', 'ethnicity', 'ethnic origin', 'ethnic group', 'race', 'racial origin',
    'ethnic category', 'ethnic category code', 'ethnicity code', 'ethnic code',
    // CDISC SDTM's demographics (DM): "ETHNIC" beside "RACE".
    'ethnic',
    // Brazil's race or colour (eSocial's "raca_cor", IBGE's categories).
    'raca cor', 'raca', 'cor raca', 'raca etnia', 'cor ou raca',
    // Australia's Indigenous status (ABS's standard question; Medical Director's "ATSI") and Canada's Indigenous self-identification.
    'indigenous status', 'indigenous', 'atsi', 'atsi status', 'aboriginal status', 'aboriginal', 'aboriginal or torres strait islander',
    'aboriginal and or torres strait islander', 'aboriginal torres strait islander', 'aboriginal and torres strait islander status', 'torres strait islander',
    'indigenous self identification', 'indigenous identity', 'auto identification autochtone', 'autochtone', 'identite autochtone',
    'ethnie', 'ethnische herkunft', 'origine ethnique', 'origen etnico', 'etnia', 'etniciteit', 'pochodzenie etniczne',
    // An equal-opportunities form's background question (a Dutch diversity monitor's "Culturele achtergrond").
    'ethnic background', 'cultural background', 'etnische achtergrond', 'culturele achtergrond', 'etnische afkomst', 'ethnische zugehorigkeit',
    'sexual orientation', 'sex life', 'sexual activity', 'sex log', 'intercourse', 'sexuelle aktivitat', 'activite sexuelle', 'sexuelle orientierung', 'orientation sexuelle', 'orientacion sexual',
    'orientamento sessuale', 'seksuele orientatie', 'orientacja seksualna', 'orientacao sexual', 'political opinion',
    'political opinions', 'political party', 'political affiliation', 'political views', 'party membership',
    // A voter roll's registered party (North Carolina's "party_cd") and ethnicity code.
    'party cd', 'party affiliation', 'registered party', 'voter party', 'ethnic code', 'ethnicity code',
    'politische meinung', 'parteizugehorigkeit', 'opinion politique', 'parti politique', 'opinion politica',
    'partido politico', 'opinione politica', 'partito politico', 'politieke voorkeur', 'poglady polityczne',
    'trade union', 'union member', 'union membership', 'union dues deduction', 'union deduction', 'union fees', 'gewerkschaftsbeitrag', 'gewerkschaft', 'gewerkschaftsmitglied', 'syndicat', 'sindicalizado',
    'sindicalizada', 'filiacao sindical',
    'sindicato', 'sindacato', 'vakbond', 'zwiazek zawodowy', 'philosophical belief', 'philosophical beliefs',
    'afiliacion sindical', 'affiliation syndicale', 'iscrizione sindacale', 'gewerkschaftszugehorigkeit',
    'union affiliation', 'trade union membership', 'union', 'union dues', 'union local', 'union name',
    'gewerkschaftsbeitrag', 'gewerkschaftsbeitrage', 'cotisation syndicale', 'cuota sindical', 'quota sindacale',
    'parteimitgliedschaft', 'godsdienst', 'politieke partij', 'vakbondslid', 'seksuele geaardheid', 'origine etnica',
    'wyznanie', 'przynaleznosc partyjna', 'geloofsovertuiging', 'kerkgenootschap', 'kerkelijke gezindte', 'religieuze overtuiging', 'origem etnica', 'filiacao partidaria', 'filiacao sindical',
    'appartenance syndicale', 'gender identity', 'geschlechtsidentitat', 'identite de genre', 'identidad de genero'],
  criminal: ['criminal record', 'criminal records', 'criminal history', 'criminal conviction', 'criminal convictions',
    // A visa or a travel authorisation's eligibility question (ESTA's, ETIAS's: "Have you ever been arrested or convicted ...?").
    'arrested or convicted', 'convicted or arrested', 'ever arrested', 'ever convicted', 'arrested', 'convicted',
    // A screening's adverse media categories ("Fraud", "Bribery and Corruption", "Organised Crime"): alleged offences (Art. 10).
    'adverse media categories', 'adverse media category', 'adverse media', 'adverse media types',
    'conviction', 'convictions', 'offence', 'offences', 'offense', 'offenses', 'arrest record', 'arrests', 'felony',
    'felonies', 'misdemeanor', 'sex offender', 'background check result', 'vorstrafe', 'vorstrafen', 'strafregister',
    'fuhrungszeugnis', 'fuehrungszeugnis', 'straftat', 'verurteilung', 'casier judiciaire', 'condamnation', 'condamnations',
    'antecedentes penales', 'delito', 'condena', 'condenas', 'sanciones penales', 'precedenti penali', 'casellario giudiziale', 'condanna', 'reato',
    'condanne penali', 'condanne', 'carichi pendenti', 'casellario', 'reati',
    'strafblad', 'veroordeling', 'karalnosc', 'wyrok', 'antecedentes criminais', 'registo criminal', 'police record',
    'police records', 'court case', 'court case number', 'offence type', 'offense type', 'criminal background',
    // The UK's Disclosure and Barring Service checks and US background checks are about criminal records, whatever they found.
    'dbs check', 'dbs certificate', 'dbs status', 'dbs check status', 'background check', 'background check status', 'criminal background check',
    'criminal background check', 'incarceration', 'parole status', 'probation status',
    // Charges not yet tried are about criminal offences too (UK GDPR Art. 10 "offences or related security measures").
    'pending charges', 'pending charge', 'outstanding charges', 'open charges', 'criminal charges', 'charges pending',
    // A background check's searches of court records (Checkr's county_criminal_search_records): what they found.
    'criminal search', 'criminal searches', 'criminal search records', 'criminal search result', 'criminal search results', 'offender search',
    // A court's docket and a police case list (not a bare "charge": a payment's amount): what is alleged and what followed.
    // Not a bare "sentence" (a text corpus's), nor a "charge description" (a bill's line: see CASE_FIELD in core.ts).
    'charged offense', 'charged offence', 'criminal charge', 'sentencing', 'sentence imposed', 'custodial sentence', 'verdict',
    'case disposition', 'court disposition', 'plea', 'delikt', 'delikte', 'tatvorwurf', 'straftatbestand', 'strafe', 'urteil',
    'infraction', 'infractions', 'delit', 'delits', 'peine', 'chef d inculpation', 'brott', 'brottsrubricering', 'pafoljd',
    'delitos', 'pena', 'tipo penal', 'misdrijf', 'strafbaar feit', 'delict', 'przestepstwo',
    'criminal justice status', 'criminal justice involvement', 'justice involvement', 'criminal justice referral', 'drug court',
    'dbs result', 'dbs check result', 'dbs outcome', 'disclosure result', 'disclosure outcome', 'criminal check', 'criminal record check',
    'arrest reason', 'reason for arrest', 'charged with', 'offence description', 'offense description', 'barred list', 'barring status',
    // A police caution is criminal offence data (DPA 2018 s.11(2)); not "caution" alone, a French rental's deposit.
    'cautions', 'police caution', 'police cautions', 'youth caution', 'youth cautions', 'conditional caution', 'cautions and convictions',
    'convictions and cautions', 'reprimands', 'final warnings',
    // A prisoner's or an inmate's number: someone held in prison (a visits log's "Prisoner Number", NOMIS's).
    'prisoner number', 'prisoner no', 'prison number', 'prisoner id', 'inmate number', 'inmate id', 'nomis number', 'noms number'],
  biometric: ['biometric', 'biometrics', 'fingerprint', 'fingerprints', 'face template', 'facial template',
    // Vendors' own names: ZKTeco's fingerprint table's FINGERTMP (its TEMPLATE4 is told by its values: see BIOMETRIC_TEMPLATE; digits
    // are dropped from names, and "template" alone is a page's), BioStar 2's face_template_ex, a call centre's voiceprint blob.
    'fingertmp', 'finger template', 'fp template', 'face template ex', 'face template data', 'voiceprint blob', 'voice print blob',
    'faceprint', 'face embedding', 'iris scan', 'retina scan', 'voiceprint', 'voice print', 'palm print',
    'biometric template', 'fingerabdruck', 'empreinte digitale', 'huella dactilar', 'impronta digitale',
    'fingerprint template', 'fingerprint hash', 'fingerprint data', 'face embedding vector', 'face embeddings',
    'facial embedding', 'face vector', 'face encoding', 'face id template', 'iris template', 'voice template',
    'minutiae', 'gesichtsbild', 'biometrie', 'iris code', 'iris template code', 'retina template',
    'finger template', 'finger print', 'finger minutiae', 'palm template', 'palm vein template', 'vein template'],
  genetic: ['dna', 'dna sequence', 'genotype', 'genetic', 'genetic data', 'genetic test', 'genome', 'snp', 'snps',
    'genetic marker', 'genetic markers', 'gentest', 'genetique', 'genetico', 'dna test', 'dna test result', 'dna result',
    'genetic test result', 'genotypes', 'allele', 'alleles', 'haplogroup', 'brca', 'brca status',
    // A DNA match list's shared DNA between two testers, a pharmacogenomic report's diplotypes, a donor's karyotype and carrier screening.
    'shared cm', 'shared centimorgans', 'shared segments', 'longest segment cm', 'longest segment', 'pct dna shared', 'dna shared', 'shared dna',
    'diplotype', 'diplotypes', 'metabolizer status', 'metaboliser status', 'karyotype', 'carrier screening', 'carrier status',
    'pathogenic variant', 'genetic result', 'brca result', 'ancestry composition', 'ethnicity estimate',
    // Illumina GenomeStudio's Final Report: a SNP's name and each sample's alleles on its strands.
    'snp name', 'allele1 top', 'allele2 top', 'allele1 forward', 'allele2 forward', 'allele1 ab', 'allele2 ab', 'allele1 plus', 'allele2 plus',
    'allele1 design', 'allele2 design'],
  communications: ['message body', 'message content', 'message text', 'email body', 'email content', 'email text',
    'sms', 'sms text', 'chat', 'chat message', 'chat log', 'private message', 'direct message', 'call log',
    'call record', 'call records', 'cdr', 'voicemail', 'transcript',
    // A call record's traffic data: that a call or message took place, when and for how long.
    'call type', 'call duration', 'call start', 'call start time', 'call end', 'call direction', 'call date',
    'email subject', 'subject line', 'sms body', 'sms content', 'sms message', 'message subject'],
};

// Longer phrases that look like a hint's ending but mean something else ("company name" is not
// a person's name, "gift card" is not a payment card). They map to no hint.
const NOT_PERSONAL_PHRASES: readonly string[] = [
  // A bounced mail's SMTP status (SES's bounce.bouncedRecipients[].diagnosticCode: "smtp; 550 5.1.1 user unknown"), no diagnosis.
  'recipients diagnostic code', 'recipient diagnostic code', 'smtp diagnostic code',
  // Where a thing is kept: a biobank's freezer position, a warehouse's bin ("FRZ-23/R1/B12"), no one's address.
  'storage location', 'storage position', 'freezer position', 'freezer location', 'rack position', 'box position', 'shelf location',
  'bin location', 'warehouse location', 'stock location', 'storage', 'freezer',
  // A loyalty scheme's points are no money.
  'points balance', 'point balance', 'points', 'loyalty points', 'reward points', 'bonus points', 'miles balance', 'punkte', 'punktestand',
  'company name', 'business name', 'org name', 'organization name', 'organisation name', 'firm name',
  // A health unit's or an institution's name (a vaccination booklet's "estabelecimento.nome": UBS Centro).
  'estabelecimento nome', 'nome estabelecimento', 'nome do estabelecimento', 'establecimiento nombre', 'nombre establecimiento', 'nombre del establecimiento',
  'unidade nome', 'nome unidade', 'unidade de saude', 'ubs nome', 'nome ubs', 'facility name', 'institution name', 'nom etablissement',
  // A Turkish "X Adı" is X's name: a company's, a product's, a shop's.
  'firma adi', 'sirket adi', 'urun adi', 'magaza adi', 'kurum adi', 'numele firmei',
  'employer name', 'product name', 'item name', 'file name', 'filename', 'host name', 'hostname', 'domain name',
  'server name', 'device name', 'app name', 'application name', 'brand name', 'bank name', 'branch name',
  'store name', 'shop name', 'restaurant name', 'variation name', 'option name', 'article name', 'merchant name', 'vendor name', 'supplier name', 'event name', 'campaign name',
  'category name', 'table name', 'column name', 'field name', 'project name', 'team name', 'group name', 'plan name',
  'course name', 'lineitem name', 'line item name', 'account name', 'province name', 'tax name', 'shipping method name',
  // Names of things in nested exports (GitHub's labels[].name, Azure AD's physicalDeliveryOfficeName).
  'label name', 'labels name', 'milestone name', 'tag name', 'tags name', 'role name', 'roles name', 'repo name',
  'repository name', 'office name', 'physical delivery office name', 'department name', 'site name', 'list name',
  'channel name', 'workspace name', 'bucket name',
  'status name', 'type name', 'model name', 'database name', 'queue name', 'topic name', 'license name', 'licence name',
  'station name', 'airport name', 'stop name', 'venue name', 'location name', 'place name', 'facility name', 'school name',
  'hospital name', 'route name', 'ship name', 'vessel name', 'package name', 'packages name', 'library name', 'module name',
  // A sign-in log's application and device (Entra's appDisplayName, deviceDetail.displayName).
  'app display name', 'application display name', 'device display name', 'device detail display name', 'resource display name',
  // Rules and settings, not a person's values: an event's minimum age, a wheel's balance, a board's GPIO pin.
  'min age', 'max age', 'minimum age', 'maximum age', 'age limit', 'age rating', 'age restriction', 'recommended age',
  'age range', 'match offence', 'match offense', 'last match offence', 'game offence', 'market cap', 'cap rate', 'cap table', 'wheel balance', 'white balance', 'load balance', 'cell balance', 'color balance', 'gpio pin', 'pin count',
  'cell id', 'cell tower', 'cell tower id', 'cell site', 'discount name', 'variant name', 'sku name', 'package name', 'service name', 'gift card', 'loyalty card', 'sim card', 'item condition', 'product condition', 'vehicle condition',
  'weather condition', 'road condition', 'payment condition', 'web address', 'error message', 'status message',
  'log message', 'state machine', 'app state', 'order state', 'job state', 'item state', 'race condition',
  'drug store', 'card type', 'card brand', 'card network', 'order number', 'invoice number', 'tracking number',
  // A charge detail record's id (OCPI's "CDR ID": an EV charging session's), no call's content.
  'cdr id', 'cdr ref', 'cdr reference',
  // A payment card's fingerprint is the processor's token for the card (Stripe), not a person's
  // finger; the country that issued a card (or served an IP address) is not where the person lives.
  'card fingerprint', 'payment method fingerprint',
  // So is a bank account's (Stripe's external_accounts.data[].fingerprint, a bank account's de-duplication hash).
  'accounts data fingerprint', 'external accounts fingerprint', 'bank account fingerprint', 'account fingerprint', 'source fingerprint', 'card issue country', 'card issuing country', 'card country',
  'issuer country', 'issuing country', 'bin country', 'bank country', 'card issuer country',
  'page position', 'sort position', 'list position', 'queue position', 'job position', 'position title',
  // Names of machines, programs and things, not of people.
  'function name', 'process name', 'service name', 'host name', 'app name', 'application name', 'bucket name', 'table name',
  'file name', 'event name', 'stack name', 'log group name', 'log stream name', 'role name', 'policy name', 'queue name',
  'topic name', 'cluster name', 'instance name', 'device name', 'product name', 'item name', 'campaign name', 'project name',
  'repo name', 'repository name', 'domain name', 'server name', 'database name', 'schema name', 'field name', 'key name',
  'logger name', 'thread name', 'job name', 'task name', 'container name', 'image name', 'pod name', 'namespace name',
  'issuer name', 'card issuer', 'issuer', 'issuing bank', 'issuing bank name',
  'cookie name', 'header name', 'parameter name', 'param name', 'claim name', 'scope name', 'realm name',
  // A password policy's deny-list (NIST SP 800-63B asks verifiers to keep one) is no one's password.
  'banned passwords', 'banned password', 'blocked passwords', 'blocklisted passwords', 'blacklisted passwords', 'denied passwords',
  'disallowed passwords', 'forbidden passwords', 'common passwords', 'weak passwords', 'password blacklist', 'password blocklist',
  'password denylist', 'min password length', 'password min length', 'password length', 'password policy', 'password expiry days',
  // Names of organisations, not of the record's person.
  'carrier name', 'insurance carrier', 'carrier', 'insurer', 'insurer name', 'payer name', 'plan name', 'employer name', 'bank name',
  // Where a card was used or a loss happened, not where the person lives.
  'merchant country', 'merchant city', 'merchant state', 'merchant address', 'merchant name', 'merchant zip', 'loss state',
  'loss location', 'loss city', 'loss zip', 'accident state', 'incident state', 'incident location',
  // Where a background check searched a court's records (Checkr's county_criminal_searches[].state): not where the candidate lives.
  'searches state', 'search state', 'searches county', 'search county', 'court state', 'court county', 'searches country',
  // A CDN's point of presence (CloudFront's x-edge-location), a server's region.
  'edge location', 'x edge location', 'pop location', 'server location', 'aws region', 'region name aws',
  // A card's token stands for the card at the processor: no card number, no secret of its holder.
  'card token', 'payment token', 'network token', 'token card',
  // The ages or the number of someone's dependants are not the person's own age.
  'dependents ages', 'dependent ages', 'dependants ages', 'ages of dependents', 'children ages', 'kids ages', 'dependents count',
  'dependent count', 'number of dependents', 'dependents', 'dependants',
  // Where someone works, not where they live (payroll's "Worked In State" is for the state's withholding).
  'worked in state', 'work state', 'worked state', 'state worked', 'work in state', 'state worked in',
  'optin sms', 'opt in sms', 'sms optin', 'sms opt in', 'sms opt out', 'sms consent', 'consent sms', 'sms enabled',
  'sms notifications', 'sms marketing', 'email optin', 'email consent',
];

// Trailing words that do not change what a column holds ("phone_number", "address_home").
/** Whether a column name ends in an identifier's word ("child_id", "ChildID", "Parent No"). */
export function isIdName(name: string): boolean {
  return /[^a-z](?:id|no|nr|num|number|nummer|numero|ref)$/i.test(name) || /[a-z](?:Id|ID|No|Nr|Num|Number|Ref)$/.test(name);
}
const GENERIC_TAILS = new Set(['number', 'no', 'nr', 'num', 'nummer', 'numero', 'value', 'val', 'text', 'txt', 'str',
  // A first password given to be changed ("Mot de passe provisoire", "temporary password" after its field).
  'provisoire', 'temporaire', 'temporary', 'initial', 'initiale', 'provisorio', 'provisoria', 'provvisoria', 'temporal',
  'md', 'sha', 'bcrypt', 'crypt', 'argon', 'salted', 'legacy',
  'string', 'raw', 'plain', 'clear', 'cleartext', 'primary', 'secondary', 'main', 'alt', 'other', 'private',
  'personal', 'work', 'home', 'business', 'current', 'new', 'old', 'encrypted', 'enc', 'masked', 'code', 'id',
  'hash', 'hashed', 'digest', 'data', 'info', 'details', 'status', 'flag', 'list', 'desc', 'description', 'notes',
  'a', 'b', // the two parties of a call record: imsi_a, msisdn_b
  's', 'sec', 'secs', 'ms', 'percent', 'pct', // units: call_duration_s, hba1c_percent
  'ytd', 'mtd', // so far this year or month: sick_days_ytd
  'mensual', 'mensal', 'mensile', 'mensuel', 'monatlich', 'monthly', 'anual', 'annuel', 'annuale', 'yearly', // salario_mensual
  'usd', 'eur', 'gbp', 'inr', 'brl', 'chf', 'sek', 'nok', 'dkk', 'pln', 'aud', 'cad', 'jpy', 'mxn', 'zar']); // salary_inr

/** A lawyer's words: a column of theirs is a third party's, and their email keys no records (see emailKeyColumn). */
const LAWYER_WORDS = ['attorney', 'lawyer', 'counsel', 'solicitor', 'barrister', 'anwalt', 'rechtsanwalt', 'avocat', 'abogado', 'advocaat'];

// Qualifiers saying an email column belongs to someone else than the record's person.
const THIRD_PARTY_QUALIFIERS = new Set(['manager', 'supervisor', 'referrer', 'referral', 'referred', 'sales', 'rep',
  'agent', 'advisor', 'created', 'creator', 'updated', 'modified', 'assigned', 'assignee', 'owner', 'approver',
  'reviewer', 'sender', 'from', 'to', 'reply', 'cc', 'bcc',
  // A patient's clinicians and a client's caseworker (a prescriber's name and NPI are the prescriber's).
  'prov', 'provider', 'prescriber', 'physician', 'doctor', 'gp', 'therapist', 'clinician', 'nurse', 'caseworker', 'dentist',
  'pharmacist', 'attending', 'referring', 'ordering', 'rendering', 'officer', 'praticien', 'medecin', 'arzt', 'medico', 'support', 'admin', 'emergency', 'employer', 'company',
  // A payment's other side: a transaction's creditor or payee (a shop, a utility) is not the account's holder.
  'creditor', 'payee', 'counterparty',
  // A case's staff: its officer, clerk, judge, prosecutor ("Sachbearbeiter", "officer_name", "judge").
  'sachbearbeiter', 'bearbeiter', 'ermittler', 'richter', 'judge', 'juge', 'juez', 'clerk', 'prosecutor', 'handler', 'handlaggare', 'behandelaar',
  // A party's lawyer (a court e-filing's "Lead Attorney", "Attorney Email"): see LAWYER_WORDS.
  ...LAWYER_WORDS]);

// Qualifiers of a person-identifying key: customer_id, PatientNumber, user.uuid ...
const PERSON_QUALIFIERS = new Set(['customer', 'user', 'patient', 'client', 'member', 'employee', 'person', 'subject', 'supporter', 'patron',
  'account', 'contact', 'citizen', 'student', 'applicant', 'guest', 'subscriber', 'visitor', 'debtor', 'psu', 'keeper', 'attendee', 'registrant', 'camper', 'kunde', 'kunden', 'cliente',
  'usuario', 'utilisateur', 'mitarbeiter', 'individual', 'consumer', 'buyer', 'donor', 'policyholder', 'klant',
  'paziente', 'patient', 'pacjent', 'klient', 'requester', 'requestor', 'caller', 'candidate', 'claimant', 'insured',
  'passenger', 'traveler', 'traveller', 'pupil', 'learner', 'resident', 'cardholder', 'holder', 'emp', 'pacjenta',
  'klienta', 'uzytkownika', 'pracownika', 'pracownik', 'kund', 'medlem', 'anstalld', 'dipendente', 'lavoratore',
  // A pupil in Portuguese, Spanish, French and Italian ("cpf_aluno", "nombre_alumno").
  'aluno', 'aluna', 'alumno', 'alumna', 'eleve', 'alunno', 'alunna', 'estudante', 'estudiante',
  // ADP's employees are associates; a loan's applicant is its borrower; a payroll's or a dormitory's worker (Paychex's "Worker ID").
  'associate', 'borrower', 'worker',
  // Turkish and Romanian patients, customers, members, pupils and employees.
  'hasta', 'musteri', 'uye', 'ogrenci', 'personel', 'calisan', 'pacient', 'angajat', 'elev',
  // A French employee (salarié), a Spanish or Portuguese patient.
  'salarie', 'salariee', 'paciente', 'patienten',
  // A newborn, a DNA kit's tester.
  'infant', 'baby', 'newborn', 'neonate', 'tester',
  // A Polish invoice's buyer and counterparty; a Polish and a Finnish pupil (Librus's "Uczeń", Wilma's "Oppilas"), a Finnish patient.
  'nabywca', 'kontrahent', 'uczen', 'oppilas', 'potilas',
  // A voter roll's voter: a county's registration number ("Voter ID") keys them, and is no national id (an SSN's nine digits).
  'voter',
  // A pupil in Dutch and German ("BSN leerling", "Schüler_ID").
  'leerling', 'scholier', 'schueler', 'schuler', 'schulerin', 'schuelerin',
  // A French subscriber, a holder; a vehicle's driver, a trip's rider.
  'abonne', 'abonnee', 'abonnent', 'titulaire', 'driver', 'rider', 'fahrer',
  // An insurer's or a bank's party (a policyholder, an insured person, a beneficiary: "partyId").
  'party',
  // A league's or a camp's players and participants, a landlord's tenants, a charity's volunteers (not
  // "tenant": a SaaS's tenant is a customer organisation).
  'player', 'athlete', 'participant', 'camper', 'volunteer', 'spieler', 'joueur', 'jugador', 'mieter', 'locataire']);
const NAME_PARTS = new Set(['first', 'last', 'middle', 'given', 'family', 'surname', 'forename']);
// Person words that, alone, name something else than a person's name ("subject" of a message, "account").
const NOT_NAMES_ALONE = new Set(['subject', 'account', 'individual', 'consumer', 'user', 'party']);
const KEY_WORDS = new Set(['id', 'number', 'no', 'nr', 'num', 'uuid', 'guid', 'key', 'ref', 'nummer', 'numero', 'cod']);
const ONE_WORD_PERSON_KEYS = new Set(['usubjid', 'subjid', 'personalnummer', 'mitarbeiternummer', 'kundennummer', 'patientennummer',
  'mitgliedsnummer', 'matricule', 'klantnummer', 'personeelsnummer', 'kundnummer', 'kundnr', 'kundennr', 'medlemsnummer',
  'anstallningsnummer', 'personalnr', 'persnr', 'klantnr', 'filenumber',
  // A Dutch club's member, a Dutch school's pupil, a French club's licence holder.
  'lidnummer', 'lidnr', 'leerlingnummer', 'leerlingnr', 'patientnummer', 'numeroadherent', 'numerolicencie',
  // Open Dental's patient number.
  'patnum', 'patmrnid', 'patmrn', 'patid', 'mrn', 'nhc', 'prontuario',
  // A pupil's national number: England's UPN and ULN, France's INE, Spain's NIA (a UPN is also an Entra user's principal name: one person either way).
  'upn', 'uln', 'ine', 'nia',
  // A German resident register's record key (Bundesmeldegesetz).
  'ordnungsmerkmal',
  // Japanese, Korean and Thai employee, member, customer and patient numbers.
  '社員番号', '従業員番号', '会員番号', '顧客番号', '患者番号', '회원번호', '고객번호', '환자번호', '사번', '사원번호', 'รหัสสมาชิก', 'รหัสลูกค้า', 'รหัสผู้ป่วย', 'รหัสพนักงาน',
  // Chinese employee, member, outpatient and patient numbers; Russian, Ukrainian and Polish personnel and client numbers.
  '工号', '员工编号', '員工編號', '会员号', '會員號', '门诊号', '病历号', '病歷號碼', '病历号码', 'табельныиномер', 'табельнииномер', 'номерсотрудника',
  'кодсотрудника', 'номерклиента', 'кодклиента', 'номерпациента', 'nrewidencyjny', 'numerpracownika', 'numerklienta']);

// Words naming a document's issuer ("uk_passport", "reisepass"), for issuer-specific layouts.
const ISSUER_WORDS: Readonly<Record<string, PassportIssuer>> = {
  uk: 'GB', gb: 'GB', british: 'GB', us: 'US', usa: 'US', american: 'US', de: 'DE', german: 'DE', reisepass: 'DE',
  reisepassnummer: 'DE', passnummer: 'DE', es: 'ES', spanish: 'ES', pasaporte: 'ES', it: 'IT', italian: 'IT',
  passaporto: 'IT', fr: 'FR', french: 'FR', passeport: 'FR',
};

/** Splits a column name into lower-case ASCII words: "customerEMail2" → customer, e, mail. */
export function columnWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    // A possessive is its noun ("Children's ages", "Mother's maiden name").
    .replace(/(?<=\p{L})['’]s\b/giu, '')
    .replace(/ß/g, 'ss')
    // Letters that NFKD does not take apart: Polish ł, Nordic ø and æ.
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    // Vietnamese đ ("Điện thoại", "Địa chỉ").
    .replace(/[đĐ]/g, 'd')
    // Turkish dotless ı ("Adı", "Tanı").
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Greek, Cyrillic, Japanese, Korean, Thai, Arabic and Hebrew names stay words (Όνομα, Фамилия, 生年月日, 주민등록번호, เลขบัตรประชาชน, الاسم, שם).
    .split(/[^a-z0-9\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}]+/u)
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

// Two to four capitalised words of letters ("Anna Schmidt", "José de la Cruz", "O'Brien-Smith Jr"),
// particles allowed: how a person's full name is written.
// Also surname first ("Martin, William", as Canvas's gradebook writes its Student column).
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*,?(?:\s+(?:(?:de|del|la|le|van|von|der|den|da|di|du|dos|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

// Columns whose values are prose that may quote other data.
const FREE_TEXT_HINTS: ReadonlySet<ColumnHint | undefined> = new Set<ColumnHint | undefined>([
  undefined, 'communications', 'health', 'diagnosis', 'postal-address', 'special-category', 'criminal', 'financial',
  'online-identifier', 'biometric', 'genetic', 'secret',
]);

export interface ColumnProfile {
  readonly name: string;
  readonly hint: ColumnHint | undefined;
  /** Looks like a key or reference (…_id, …_number), where shape-only matches mean nothing. */
  readonly identifierLike: boolean;
  /** Holds someone else's data than the record's person (manager_email, created_by_email). */
  readonly thirdParty: boolean;
  /** The issuing country a document column names ("uk_passport"), else any. */
  readonly issuer: PassportIssuer;
  /** An identity document's number whatever its name says (an "ID Number" beside an "ID Type": see core.ts). */
  readonly document?: boolean;
  /** Holds prose that may quote other data (notes, addresses): scanned after the column's own reading. */
  readonly freeText: boolean;
  /** Named for a person alone ("customer", "Kunde", "patient"): its values may be names (see NAME_SHAPE). */
  readonly namedForPerson: boolean;
  /** Named for notes about the person ("notes", "comment", "description", "Bemerkung"): read for sensitive words. */
  readonly notes: boolean;
  /**
   * Says where, or at which bank, and nothing of who (a city, a postcode, coordinates, a BIC or
   * sort code): personal data in a record about a person, but alone it makes no record one (a
   * gazetteer, a list of bank branches, weather stations). See WEAK_HINTS.
   */
  readonly placeOnly: boolean;
  /** Names an organisation's id, name or kind ("store_id", "hotel_name", "amenity"): see RecordClassifier's aboutOrganisations. */
  readonly organisation: boolean;
  /** A country or state an IP address was located in ("IP Country", "IP State/Region"): it places only a record nothing else places. */
  readonly ipLocated: boolean;
  /** Other identifiers the name says the column holds ("SSN/ITIN", "PPSN / NI Number"): their validators are tried after the hint's. */
  readonly alternatives?: readonly ColumnHint[];
  /** A display name or a nickname (DISPLAY_NAME_COLUMN): a handle there is a screen name, an online identifier. */
  readonly screenName?: boolean;
  /**
   * No one's, whatever is found in it: a machine's address ("server_ip", SendGrid's "outbound_ip", IIS's "s-ip": see
   * MACHINE_IP_WORDS), where a meeting or an event takes place ("Event Location", "Meeting Location": see EVENT_PLACE_WORDS).
   */
  readonly impersonal?: boolean;
}

// Hints whose columns only say where (see ColumnProfile.placeOnly), and the words of the
// postal-address and financial hints that do too.
const WEAK_HINTS: ReadonlySet<ColumnHint | undefined> = new Set<ColumnHint | undefined>(['postal-code', 'latitude', 'longitude', 'coordinates', 'geohash', 'routing-number']);
const CITY_WORDS = new Set(['city', 'town', 'location', 'ort', 'wohnort', 'stadt', 'ville', 'ciudad', 'citta', 'woonplaats', 'plaats', 'miasto', 'cidade',
  'postort', 'postitoimipaikka', 'kaupunki', 'poststed', 'postdistrikt',
  'standort', 'locality', 'municipality', 'commune', 'suburb', 'gemeinde', 'πολη']);
const BANK_CODE_WORDS = new Set(['bic', 'swift', 'sort', 'blz', 'bankleitzahl']);
const NOTE_WORDS = new Set(['note', 'notes', 'comment', 'comments',
  // A contact's tags, segments and interests ("Type 2 Diabetic - Blood Sugar Support"): what they say of the person decides.
  'tags', 'segments', 'interests',
  // An absence's type or reason ("Sick - flu", Personio's "Abwesenheitstyp": Krankheit): what it says decides.
  'absence', 'abwesenheitstyp', 'abwesenheitsart', 'abwesenheitsgrund', 'fehlzeitenart', 'fehlgrund',
  // A roster's "Medical" or "Dietary / medical" column: what it says decides (asthma is health, halal a belief, "none" nothing).
  'medical', 'dietary', 'remark', 'remarks', 'description', 'memo', 'observations',
  // A sign-up's own words ("Why I joined", "Your story", "About you", "How do you identify?"); a profile's orientation,
  // read for sensitive words alone (an onboarding "orientation" session says none).
  'why', 'story', 'bio', 'biography', 'motivation', 'about', 'identify', 'orientation',
  // A travel card's concession ("Freedom Pass (Disabled)", "Disabled Persons Railcard"): what it entitles to may tell of a disability.
  'concession', 'railcard',
  // A canteen's or a holiday club's diet column (French "régime alimentaire", Spanish "dieta", German "Ernährung", "Kost").
  'diet', 'regime', 'alimentaire', 'alimentation', 'dieta', 'dieet', 'ernahrung', 'ernaehrung', 'kost', 'specialkost',
  'message', 'messages', 'msg', 'feedback', 'review', 'reviews', 'complaint', 'reason', 'nachricht', 'mensaje', 'messaggio', 'bericht',
  'bemerkung', 'bemerkungen', 'kommentar', 'notiz', 'notizen', 'anmerkung', 'commentaire', 'commentaires', 'remarque', 'nota', 'notas',
  'beschreibung', 'descripcion', 'descrizione', 'omschrijving', 'opis', 'descricao',
  'comentario', 'comentarios', 'osservazioni', 'opmerking', 'opmerkingen', 'uwagi', 'observacoes', 'details', 'remarques', 'hinweis', 'hinweise',
  // A hotel's or an airline's special requests (a wheelchair, a diet); a utility's Priority Services Register,
  // whose needs are partly health (medical equipment, dementia, sight) and partly not (pensionable age, language).
  'request', 'requests', 'priority', 'psr',
  // A hotel PMS's guest preferences (OPERA's "ALLERGY: PEANUTS" beside "HIGH FLOOR"), an airline's or a caterer's.
  'preference', 'preferences',
  // A suspicious activity report's typology ("Suspected money laundering"), a legal aid application's or a law firm's matter
  // ("Assault causing harm", "Expungement of a burglary conviction"), a screening's allegation: read for what they say.
  'typology', 'typologies', 'matter', 'allegation', 'allegations', 'suspicion',
  // A security officer's incident report ("Subject collapsed, reported chest pain; EMS transported to hospital").
  'narrative',
  // An Italian school's specific learning disorders (DSA: "Dislessia") and special educational needs (BES).
  'dsa', 'bes',
  // An HR case's allegation ("a police caution for common assault", "long-term sickness").
  'allegation', 'allegations', 'allegation details', 'hearing notes', 'investigation notes',
  // A payroll's deduction ("RCN Membership", "UNISON Subs": a union's subscription).
  'deduction', 'deduction description', 'deduction type', 'deduction name', 'pay element',
  // A German utility's hardship case ("Härtefall": home ventilation, dialysis): why it must not cut the supply.
  'hartefall', 'haertefall',
  // A German event's meal wish and accessibility needs, a club's fee group ("Schwerbehinderte"), a Spanish volunteer's support needs.
  'essenswunsch', 'essenswunsche', 'speisewunsch', 'verpflegungswunsch', 'barrierefreiheit', 'beitragsgruppe', 'beitragsart',
  'necesidades de apoyo', 'necesidades especiales', 'besoins specifiques',
  // A journal's or a diary's entries, a post's or a message's text (a mood tracker's "entry_text").
  'entry', 'entries', 'journal', 'diary', 'text', 'body', 'content', 'eintrag', 'tagebuch', 'dagboek',
  // A ticket's or a booking's accessibility needs and special assistance (wheelchair access, a companion for a visually impaired visitor).
  'accessibility', 'assistance',
  // A driver register's or an HR file's sanctions and infractions: a speeding fine, or a conviction ("Condena art. 379 CP").
  'antecedentes', 'sanciones', 'sanctions', 'infractions', 'infracciones', 'violations',
  // A pharmacy's prescription charge exemption (maternity, medical).
  'exemption',
  // What someone eats can tell a belief (halal, kosher) or a condition (diabetic).
  'diet', 'dietary', 'meal', 'meals',
  // A debt collector's vulnerability notes; a KYC check's adverse media findings.
  'vulnerability', 'vulnerabilities', 'adverse',
  // A payroll's leave and absence types (vacation, or medical leave for surgery).
  'leave', 'absence', 'abwesenheit', 'fehlzeit', 'conge', 'ausencia', 'assenza', 'verlof',
  'abwesenheitsgrund', 'abwesenheitsart', 'fehlgrund', 'fehlzeitgrund', 'verzuim', 'franvaro', 'franvarotyp', 'nieobecnosc', 'absenza',
  // The service or clinic a client's appointment is with (a drug and alcohol team, an eating disorders service).
  'service', 'clinic',
  // What a check or a case found (a DBS check's "Result": "Information disclosed: Conviction 2006").
  'result', 'results', 'outcome', 'outcomes', 'finding', 'findings', 'disclosure',
  // A lab's test or panel ordered ("Exome sequencing (trio)", "Chromosomal microarray"): a genetic test is its patient's genetic data.
  'test', 'tests', 'panel']);
// Columns that say the records are about organisations or their premises (a store locator, a
// supplier list, map points of interest): one of these words alone ("amenity", "store"), or a word
// of either list with an id, name or kind after it ("store_id", "business_name"). A bare "company"
// is a person's employer (a GitHub user's), not what the record is about.
const ORGANISATION_ALONE_WORDS = new Set(['store', 'shop', 'branch', 'outlet', 'venue', 'hotel', 'restaurant', 'merchant', 'vendor',
  'supplier', 'facility', 'amenity', 'dealer', 'dealership', 'franchise', 'poi', 'filiale', 'magasin', 'tienda', 'negozio', 'winkel',
  // A fleet's or a distributor's depots and warehouses.
  'depot', 'warehouse', 'lager', 'entrepot', 'almacen', 'magazzino',
  // A product's codes: a catalogue's rows are its products, named like people ("Harper Table Lamp") and reached through businesses.
  'sku', 'ean', 'gtin', 'upc', 'asin', 'mpn', 'barcode', 'artikelnummer']);
const ORGANISATION_WORDS_BEFORE_ID = new Set([...ORGANISATION_ALONE_WORDS, 'company', 'business', 'organisation', 'organization', 'firm',
  'geschaeft', 'firma', 'unternehmen', 'entreprise', 'empresa', 'azienda', 'bedrijf',
  // A health unit or an institution by its name ("estabelecimento.nome": a vaccination booklet's UBS).
  'estabelecimento', 'establecimiento', 'etablissement', 'unidade', 'ubs', 'instituicao', 'institucion', 'institution', 'operadora']);
const ORGANISATION_TAILS = new Set(['id', 'name', 'code', 'number', 'no', 'nr', 'type', 'category', 'kind', 'key', 'ref', 'nome', 'nombre', 'nom', 'naam']);

function namesOrganisationColumn(words: readonly string[]): boolean {
  if (words.length === 1) return ORGANISATION_ALONE_WORDS.has(words[0] ?? '');
  return words.length === 2 && ORGANISATION_WORDS_BEFORE_ID.has(words[0] ?? '') && ORGANISATION_TAILS.has(words[1] ?? '');
}
const NOT_RESIDENCE_WORDS = new Set(['birth', 'born', 'naissance', 'nacimiento', 'nascita', 'geboorte', 'origin', 'origine', 'origen',
  // A court's ("JUDGMENT_STATE", a collection file's judgment venue), an employer's (see WORKPLACE_WORDS).
  'judgment', 'judgement', 'court', 'venue', 'filing', 'employer', 'arbeitgeber', 'employeur', 'empleador', 'werkgever',
  'roaming', 'visited', 'issue', 'issuing', 'issued', 'issuer', 'destination', 'departure', 'arrival', 'transit', 'citizenship',
  'nationality', 'ausstellung', 'ausstellungsland',
  // A tax residency (a neobank's US person living in France: "tax_residency_country" US beside "country_code" FR). Not a
  // "domicilio fiscal": the address a tax office writes to is the person's.
  'tax', 'steuer',
  // Where someone lived before or moves to ("Zuzug aus Staat", a register's previous country).
  'zuzug', 'wegzug', 'previous', 'former', 'prior', 'vorherige', 'vorheriger', 'vorheriges', 'fruhere', 'fruherer', 'ancien', 'ancienne', 'anterior',
  // A driving licence's issuing state ("insured_dl_state", "DL State").
  'dl', 'dln',
  // Where an identity document, a visa or a professional licence was issued (a KYC check's document country, a clinician's licence state).
  'document', 'doc', 'passport', 'visa', 'permit', 'licence', 'license', 'licensure', 'dokument', 'ausweis', 'reisepass']);
// A form's question about being Aboriginal, Torres Strait Islander or Indigenous ("Do you identify as Aboriginal and/or Torres Strait Islander?").
const INDIGENOUS_QUESTION = /\b(?:aboriginal|torres strait|indigenous|autochtone|first nations)\b/i;

const HEALTH_QUESTION = /\b(?:medical (?:conditions?|needs|information|history)|health (?:conditions?|issues|needs|problems)|allerg(?:y|ies)|medications?|disabilit(?:y|ies)|impairments?|injur(?:y|ies)|symptoms?)\b/i;
const CRIMINAL_CONTEXT = new Set(['criminal', 'arrest', 'arrests', 'petition', 'petitions', 'court', 'offence', 'offences', 'offense', 'offenses', 'conviction', 'convictions', 'custody']);
const CRIMINAL_FIELDS = new Set(['charge', 'charges', 'description', 'reason', 'disposition', 'outcome', 'verdict', 'sentence', 'offence', 'offense', 'statute']);
const TOKENISED_WORDS = new Set(['customer', 'email', 'ssn', 'name', 'card', 'pan', 'phone', 'address', 'dob', 'iban', 'account', 'tax', 'nino', 'passport',
  // A shop's token for a cart, a checkout or an order (Shopify's cart_token, checkout_token) names it: no one's secret.
  'cart', 'checkout', 'order',
  // A card vault's token for a payment method (Stripe's pm_..., "paymentMethodToken", a "payment_token"): the card's stand-in.
  'payment', 'method', 'instrument', 'vault', 'billing']);
const WORKPLACE_WORDS = new Set(['work', 'office', 'workplace', 'worksite', 'site', 'branch', 'store', 'employer', 'arbeitgeber', 'employeur', 'empleador', 'werkgever']);
const PROFESSIONAL_WORDS = new Set(['provider', 'practitioner', 'physician', 'clinician', 'prescriber', 'medical', 'nursing', 'nurse',
  'professional', 'pharmacist', 'pharmacy', 'dentist', 'dental', 'dea', 'board', 'practice', 'contractor', 'broker', 'insurance', 'real', 'estate', 'liquor', 'business']);
const GEO_IP_PATH = /(?:^|\.)(?:geo|geoip|geo_ip|geolocation|ip_?geo|location_?info|geographical_?context|geographicalContext)\./i;
const THING_WORDS = new Set(['source', 'continent', 'session', 'role', 'function', 'process', 'service', 'app', 'application', 'host',
  'server', 'bucket', 'table', 'queue', 'topic', 'stream', 'cluster', 'instance', 'device', 'file', 'product', 'item', 'event', 'metric',
  'rule', 'policy', 'stack', 'resource', 'region', 'zone', 'domain', 'bot', 'job', 'task', 'model', 'plan', 'package', 'brand', 'sku',
  // A product's options, attributes and properties ("options[].name": Size, an order line's "properties[].name": Engraving).
  'option', 'attribute', 'property', 'properties', 'variant', 'tag', 'category', 'collection', 'field',
  // A health record's diagnoses, tests, drugs, departments and facilities ("DX_NAME", "Test_Name", "DEPARTMENT_NAME").
  'dx', 'diagnosis', 'test', 'drug', 'med', 'medication', 'procedure', 'department', 'dept', 'facility', 'payer', 'insurer',
  'specimen', 'vaccine', 'allergen', 'condition', 'order', 'care home', 'home', 'practice', 'clinic', 'hospital',
  'secret', 'parameter', 'key', 'certificate', 'repository', 'branch', 'image', 'container', 'volume', 'database', 'schema',
  // A gazetteer's places ("subdivision_name": Texas, "county_name", "capital_name").
  'subdivision', 'province', 'county', 'district', 'municipality', 'capital', 'territory', 'prefecture',
  // An analytics event's software and campaign (Amplitude's "os_name": ios, "library_name", "campaign_name").
  'os', 'browser', 'platform', 'carrier', 'library', 'sdk', 'campaign', 'channel', 'page', 'team',
  // A medicine's non-proprietary or trade name (a formulary's "generic_name": Sertraline).
  'generic', 'trade', 'proprietary', 'substance',
  // A cloud's log and load balancer's parts (Cloud Logging's "logName", a URL map's, a target proxy's, a backend's name).
  'log', 'proxy', 'map', 'backend', 'frontend', 'gateway', 'endpoint', 'pipeline', 'namespace', 'pod', 'deployment', 'workload',
  // An audit log's operation, activity and method ("operationName": Start Virtual Machine, Entra's "ActivityDisplayName": Add
  // user, Google Cloud's "methodName": SetIamPolicy).
  'operation', 'activity', 'method',
  // A medicine's or a product's maker (an NDC directory's "labeler_name").
  'labeler', 'manufacturer', 'mfr', 'vendor', 'supplier', 'distributor', 'packager', 'marketer',
  // A code's label (Xero's "AccountsPayableTaxCodeName": 20% (VAT on Expenses)).
  'code']);
/** A thing's word, or a list of things in the plural ("items", "products"). */
const OWN_NAME_OF_LISTED = /(?:^|\.)(?:accounts|transactions)\.(?:name|official_name|display_name|merchant_name)$|(?:^|\.)\w+Name\.(?:value|localizedValue)$/;
function isThingWord(word: string): boolean {
  return THING_WORDS.has(word) || (word.length > 3 && word.endsWith('s') && THING_WORDS.has(word.slice(0, -1)));
}
// A server's, a mail relay's or a proxy's side of a connection: its address is the machine's (SendGrid's "originating_ip", the
// sending app's server, and "outbound_ip", its own relay's), not the person's at the other end.
const MACHINE_IP_WORDS = new Set(['server', 'host', 'outbound', 'originating', 'relay', 'mta', 'smtp', 'proxy', 'gateway', 'nat', 'router', 'egress', 'sending']);
const ID_DOCUMENT_WORDS = new Set(['passport', 'identification', 'document']);
const CHOSEN_PLACE_WORDS = new Set(['preferred', 'favourite', 'favorite', 'home', 'usual', 'default', 'nearest', 'my', 'regular', 'selected', 'chosen']);
const INCIDENT_PLACE_WORDS = new Set(['loss', 'accident', 'incident', 'crash', 'collision', 'injury',
  // Where a card payment was made (Plaid's "transactions[].location.city"): the merchant's place. Where a cloud's resource
  // is (a Google Cloud audit log's "resourceLocation.currentLocations": us-central1).
  'transactions', 'transaction', 'resource']);
const EVENT_PLACE_WORDS = new Set(['event', 'meeting', 'appointment', 'booking', 'venue', 'session', 'class', 'course', 'interview', 'webinar', 'conference']);
const STREET_WORDS = new Set(['address', 'street', 'strasse', 'adresse', 'rue', 'calle', 'via', 'straat', 'ulica', 'rua', 'line', 'addr']);

/** What a column's name says about its values. Pure, and remembered for the last few thousand names (a JSON key search asks per record). */
export function describeColumn(name: string): ColumnProfile {
  let profile = profiles.get(name);
  if (profile === undefined) {
    if (profiles.size >= REMEMBERED_NAMES) profiles.clear();
    profile = profileOf(withoutFieldTag(name));
    profiles.set(name, profile);
  }
  return profile;
}

const REMEMBERED_NAMES = 4096;
const profiles = new Map<string, ColumnProfile>();

/** A column's name without a SWIFT message's field tag ("50K_ordering_customer_name", "59_beneficiary_account"). */
function withoutFieldTag(name: string): string {
  return /^\d{2}[A-Z]?_(?=[A-Za-z])/.test(name) ? name.slice(name.indexOf('_') + 1) : name;
}

// Salesforce's API names as Data Loader writes them, in capitals and run together ("MAILINGSTATE", "BILLINGPOSTALCODE").
const GLUED_ADDRESS = /^(mailing|billing|shipping|other)(street|city|state|postalcode|country)$/i;

// A German field with the child after it ("Vorname_Kind", "Geburtsdatum des Kindes", "Konfession_Kind"), as a Kita's list
// writes the record's child: the field says the kind, as "Kind_Vorname" does. Only German fields: an English "kind" is a type.
// Dutch writes its child fields so too ("naam_kind", "geboortedatum_kind").
const KIND_CHILD_FIELD = /^((?:vor|nach|familien|ruf|geburts)name|geburtsdatum|geburtstag|geburtsort|geschlecht|konfession|religion(?:szugeh(?:ö|oe|o)rigkeit)?|staatsangeh(?:ö|oe|o)rigkeit|allergien?|krankenkasse|impfstatus|masernschutz|besonderheiten|anschrift|adresse|alter|naam|voornaam|achternaam|roepnaam|geboortedatum|leeftijd|geslacht|bsn)[ _-](?:(?:des|van[ _-]het)[ _-])?kind(?:es)?$/i;

// A field in Chinese, Japanese or Korean, its word for the kind last and run into the words before it (Taobao's
// "收货人姓名", "联系手机", a roster's "现居住地址", a school's "児童氏名", "食物アレルギー", a Korean EMR's "상병코드"), or
// after a colon (Rakuten's "注文者住所：都道府県"): the kind's word, in English. Not where a phrase names the whole.
const CJK_FIELD_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:地址|住址|住所|居住地|通訊地址|通讯地址|주소)$/u, 'address'],
  [/(?:姓名|氏名|名字|名前|성명|이름)$|^(?:氏|名|姓)$/u, 'name'],
  [/(?:手机号码|手机号|手机|手機|电话号码|电话|電話番号|電話|携帯番号|联系方式|連絡先|전화번호|연락처|휴대전화|휴대폰)$/u, 'phone'],
  [/(?:身份证号码|身份证号|身份證號碼)$/u, 'national id'],
  [/(?:出生日期|生年月日|生日|생년월일)$/u, 'date of birth'],
  [/(?:邮箱|电子邮件|電子郵件|電郵|メールアドレス|이메일)$/u, 'email'],
  [/(?:诊断名称|诊断|診斷|診断名|病名|상병코드|상병명|진단코드|진단명)$/u, 'diagnosis'],
  [/(?:アレルギー|过敏史|過敏史|알레르기)$/u, 'allergies'],
  [/(?:邮政编码|邮编|郵便番号|郵遞區號|우편번호)$/u, 'postal code'],
  [/(?:会员名|會員名|用户名|用戶名|ユーザー名)$/u, 'username'],
  [/(?:月薪|年薪|工资|工資|薪资|薪資|薪水|給与|月給|급여|연봉)$/u, 'salary'],
  [/(?:银行卡号|銀行卡號|工资卡号|銀行口座|口座番号|银行账号|銀行帳號|계좌번호)$/u, 'bank account'],
];
const CJK_ONLY_FIELD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]+$/u;

function cjkFieldOf(name: string): string | undefined {
  const colon = name.lastIndexOf('：');
  const field = colon > 0 ? name.slice(0, colon) : name;
  if (!CJK_ONLY_FIELD.test(field) || PHRASE_INDEX.has(field)) return undefined;
  return CJK_FIELD_WORDS.find(([word]) => word.test(field))?.[1];
}

// Scripts of a bilingual header's other half ("छात्र का नाम (Student Name)", "Mobile No. 手提電話", "Relationship 關係").
const OTHER_SCRIPT = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}`;
const IN_OTHER_SCRIPT = new RegExp(`[${OTHER_SCRIPT}]`, 'u');
const OTHER_SCRIPT_RUNS = new RegExp(`[${OTHER_SCRIPT}][${OTHER_SCRIPT}\\s\\p{M}]*`, 'gu');

/** The English half of a bilingual header, without the other script and its brackets; undefined for a header in one script. */
function latinHalf(name: string): string | undefined {
  if (!/[A-Za-z]{2}/.test(name) || !IN_OTHER_SCRIPT.test(name)) return undefined;
  const half = name.replace(OTHER_SCRIPT_RUNS, ' ').replace(/[([]\s*[)\]]/g, ' ').replace(/^\s*[([]\s*(.*?)\s*[)\]]\s*$/, '$1').replace(/\s+/g, ' ').trim();
  return half === '' || half === name.trim() ? undefined : half;
}

// A guardian's field in Japanese, Korean or Chinese, the role's word run into the field's ("保護者氏名", "보호자연락처").
const CJK_GUARDIAN_FIELD = /^(?:保護者|보호자|親権者|监护人|監護人|家长|家長|법정[ _-]?대리인|法定代理人)[ _-]?(\S.*)$/u;
// A Japanese shop's order field with its party after it in brackets (BASE's "氏(請求先)", the buyer billed; "電話番号(配送先)", where
// it ships: a gift's recipient, another person when their name is another's).
const CJK_BRACKETED_PARTY = /^(\S+?)\s*[（(](請求先|注文者|購入者|ご注文者|配送先|送付先|お届け先)[)）]$/u;
// A spouse's, a dependant's or an emergency contact's field in Japanese, Chinese or Korean, the role's word run into the field's
// (a Japanese payroll's "配偶者氏名", "扶養親族1生年月日"; a Chinese HR roster's "紧急联系人电话"; "배우자성명"): the role, its number, the field.
const CJK_FAMILY_FIELD = /^(配偶者|配偶|배우자|扶養親族|扶養家族|부양가족|紧急联系人|緊急聯絡人|緊急連絡先|비상연락처|긴급연락처)[ _-]?(\d?)[ _-]?(\S.*)$/u;
const CJK_FAMILY_ROLES: Readonly<Record<string, string>> = { 配偶者: 'spouse', 配偶: 'spouse', 배우자: 'spouse', 扶養親族: 'dependent', 扶養家族: 'dependent',
  부양가족: 'dependent', 紧急联系人: 'emergencycontact', 緊急聯絡人: 'emergencycontact', 緊急連絡先: 'emergencycontact', 비상연락처: 'emergencycontact',
  긴급연락처: 'emergencycontact' };
// A Thai guardian's field, the role after the field's word ("ชื่อผู้ปกครอง", "เบอร์โทรผู้ปกครอง").
const THAI_GUARDIAN_FIELD = /^(\S+?)ผู้ปกครอง$/u;
// An order's recipient in Japanese and Korean, the role before the field (Rakuten's "送付先名字", Coupang's "수취인이름"): a gift's, another person.
const CJK_RECIPIENT_FIELD = /^(?:送付先|수취인)[ _-]?(\S.*)$/u;

/** A German or Dutch field with the child ("Kind") after it (see KIND_CHILD_FIELD). */
export function isKindChildField(name: string): boolean {
  return KIND_CHILD_FIELD.test(name.trim());
}

// A German child's field with "Kind" before it, as a CRM's custom fields on a parent's contact write it ("Kind Vorname", "Kind_Geburtsdatum").
const KIND_LED_FIELD = /^kind(?:es)?[ _-](?:(?:vor|nach|familien|ruf|geburts)?name|geburtsdatum|geburtstag|alter|geschlecht)$/i;

/** A German child's field led by "Kind" (see KIND_LED_FIELD). */
export function isKindLedField(name: string): boolean {
  return KIND_LED_FIELD.test(name.trim());
}

// Vendors' own field codes, as their exports write the header: what each is. Tribal SITS's student table (HESA's numeric
// disability codes, STU_DSBC, "00" and "95" saying there is none, are left unread) and Steam's player summaries.
const VENDOR_FIELDS: ReadonlyMap<string, string> = new Map([
  ['STU_CODE', 'student number'], ['STU_SURN', 'surname'], ['STU_FNM1', 'forename'], ['STU_FNM2', 'middle name'], ['STU_FNM3', 'middle name'],
  ['STU_FUSD', 'preferred name'], ['STU_DOB', 'date of birth'], ['STU_GEND', 'gender'], ['STU_CAEM', 'email'], ['STU_HAEM', 'home email'],
  ['STU_HAD1', 'home address line 1'], ['STU_HAD2', 'home address line 2'], ['STU_HAD3', 'home address line 3'], ['STU_HAD4', 'home city'],
  ['STU_HAPC', 'home postcode'], ['STU_HATE', 'home telephone'], ['STU_CAD1', 'address line 1'], ['STU_CAD2', 'address line 2'],
  ['STU_CAD3', 'address line 3'], ['STU_CAD4', 'city'], ['STU_CAPC', 'postcode'], ['STU_CATE', 'telephone'], ['STU_NATC', 'nationality'],
  ['STU_ETHC', 'ethnicity'],
  // Steam's Web API (GetPlayerSummaries): a player's real name, country and state codes, persona name.
  ['REALNAME', 'real name'], ['LOCCOUNTRYCODE', 'country code'], ['LOCSTATECODE', 'state code'], ['PERSONANAME', 'screen name'],
]);

// Names whose words mislead once columnWords folds their accents and drops their digits, read as written: Hungarian addresses
// ("Cím", "Szállítási cím", "Lakcím"; not ICD-10 in French, CIM-10), Czech and Slovak "Stát" (the country, not English "stat"),
// Swedish and Norwegian pay ("Lön", "Månadslön", "Lønn"; not "lon", a longitude).
const WRITTEN_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:(?:sz[aá]ll[ií]t[aá]si|sz[aá]ml[aá]z[aá]si|lak|post[aá]zási|levelez[eé]si)[ _-]?)?c[ií]m$/i, 'address'],
  [/^stát$/i, 'country'],
  [/^(?:m[aå]nads|grund|brutto|fast )?l[öø]nn?$/i, 'salary'],
];

/** The plain name a vendor's field code (see VENDOR_FIELDS) or a misleading written name (see WRITTEN_NAMES) stands for, else the name. */
function plainFieldName(name: string): string {
  const trimmed = name.trim();
  const vendor = VENDOR_FIELDS.get(trimmed.toUpperCase());
  if (vendor !== undefined) return vendor;
  for (const [written, plain] of WRITTEN_NAMES) if (written.test(trimmed)) return plain;
  return name;
}

// A field with the record's own person's role after it, in French, Spanish, Italian, Portuguese, Russian and Greek ("nom_adherent", "Nome do
// aluno", "nif_utente", "Cognome_condomino", "CAP_dichiarante"): the field says the kind.
const OWN_ROLE_AFTER = new RegExp(String.raw`^(.+?)[ _-](?:(?:do|da|dos|das|de|del|della|dello|du|des)[ _-])?(?:adh[eé]rente?|aluno|aluna|alumno|alumna|utente|utentes|cond[oó]mino|condomini|copropri[eé]taire|propietari[oa]|proprietari[oa]|dichiarante|titular|s[oó]cio|[eé]l[eè]ve|paciente|comprador[a]?|trabalhador[a]?|trabajador[a]?|empleado|funcion[aá]rio|colaborador[a]?|cotizante|afiliad[oa]|asegurad[oa]|estudiante|assur[eé]e?|usu[aá]rio|membre|abonn[eé]e?|interessad[oa]|richiedente|solicitante|demandeur|`
  // Russian, in the genitive: the pupil's, the patient's, the employee's, the client's, the subscriber's, the borrower's, the recipient's.
  + String.raw`учащегося|ученика|ученицы|пациента|пациентки|сотрудника|работника|клиента|абонента|заемщика|покупателя|получателя|`
  // Greek, in the genitive: the beneficiary's, the insured's, the patient's, the pupil's, the employee's, the member's, the customer's.
  + String.raw`δικαιο[υύ]χου|ασφαλισμ[εέ]νου|ασθεν[οό][υύ]ς|μαθητ[ηή]|εργαζ[οό]μενου|μ[εέ]λους|πελ[αά]τη)$`, 'i');

/**
 * The kind a column's words say, else theirs without up to three generic trailing words ("phone_number_home",
 * "HMDA_Race_Borrower", "Email du responsable légal", "Salaire net mensuel"), and the words it was read from.
 */
function hintWithoutTails(all: readonly string[]): { hint: ColumnHint | null | undefined; words: readonly string[] } {
  let words = all;
  let hint = hintOfWords(words);
  for (let dropped = 0; hint === undefined && dropped < 3 && words.length > 1; dropped++) {
    const last = words[words.length - 1] ?? '';
    if (!GENERIC_TAILS.has(last) && !PERSON_QUALIFIERS.has(last) && !ROLE_TAILS.has(last)) break;
    words = words.slice(0, -1);
    hint = hintOfWords(words);
  }
  return { hint, words };
}

// Where a person comes from, not where they live: a Ghanaian's or a Nigerian's "home town" (their family's town), a profile's
// "hometown". Read as no address (siblings with other home towns are one household; their parents, one person each).
const HOME_TOWN = /^(?:home[ _-]?town|native[ _-]?town|town[ _-]of[ _-]origin|state[ _-]of[ _-]origin)$/i;

function profileOf(name: string): ColumnProfile {
  if (HOME_TOWN.test(name.trim())) return { ...profileOf(''), name };
  const ownRole = OWN_ROLE_AFTER.exec(name.trim());
  if (ownRole && partyOf(name) === undefined) {
    const field = describeColumn(ownRole[1] ?? '');
    if (field.hint !== undefined) return { ...field, name };
  }
  const compound = cjkFieldOf(name.trim());
  if (compound !== undefined) return { ...describeColumn(compound), name };
  // A number's type in the Romance languages' order ("Tipo de contribuinte": Pessoa Física; "Tipo de documento": DNI) is no number
  // (but "Tipo de afiliación": Militante says what it says).
  const typed = /^(?:tipo|type|typ)[ _-](?:(?:de|do|da|del|di|du|of)[ _-])?(?!.*(?:n[uú]mero|number|nummer|\bn[º°o]\b))(.+)$/i.exec(name.trim());
  if (typed) {
    const hint = describeColumn(typed[1] ?? '').hint;
    if (hint !== undefined && (PERSONAL_NUMBER_HINTS.has(hint) || hint === 'government-id' || hint === 'passport' || hint === 'driver-license')) return { ...describeColumn('record type'), name };
  }
  // A driving licence's number as a US rental or dealer export abbreviates it ("Additional Driver 1 DL #"): as "DL Number".
  // (Not every "#": a CRM's "Account #" or "ID #" is its own record's number more often than a bank's or a state's.)
  const numbered = /^(.*[^\s#])\s*#$/.exec(name.trim());
  if (numbered) {
    const spelled = describeColumn(`${numbered[1]} number`);
    if (spelled.hint === 'driver-license') return { ...spelled, name };
  }
  const latin = latinHalf(name);
  if (latin !== undefined) {
    const half = describeColumn(latin);
    if (half.hint !== undefined) return { ...half, name };
  }
  const plain = plainFieldName(name);
  if (plain !== name) return { ...describeColumn(plain), name };
  const child = KIND_CHILD_FIELD.exec(name.trim()) ?? CJK_GUARDIAN_FIELD.exec(name.trim()) ?? THAI_GUARDIAN_FIELD.exec(name.trim()) ?? CJK_RECIPIENT_FIELD.exec(name.trim());
  if (child) return { ...describeColumn(child[1] ?? ''), name };
  const relative = CJK_FAMILY_FIELD.exec(name.trim());
  if (relative) return { ...describeColumn(relative[3] ?? ''), name };
  const bracketed = CJK_BRACKETED_PARTY.exec(name.trim());
  if (bracketed) return { ...describeColumn(bracketed[1] ?? ''), name };
  // An analytics tool's reserved property in its event's properties ("properties.$name", Mixpanel's): what the property is alone.
  // A place of business's email with the place after it ("email_tienda", "Email du magasin"): an email column, the place's (see PLACE_EMAIL).
  if (/^e[ _-]?mail[ _.-]/i.test(name.trim()) && PLACE_EMAIL.test(name.trim())) return { ...describeColumn('email'), name };
  // A fellow traveller's column of a German registration form ("Mitreisender Ehegatte/Lebenspartner"): their name.
  if (FELLOW_BY_RELATION.test(name.trim())) return { ...describeColumn('name'), name };
  // A Salesforce custom field ("CPF__c", "Date_of_Birth__c", Data Loader's "CPF__C"): what the field is without its suffix.
  if (/^[A-Za-z][A-Za-z0-9_]*?[A-Za-z0-9]__c$/i.test(name.trim())) return { ...describeColumn(name.trim().slice(0, -3)), name };
  const reserved = /\.(\$[A-Za-z_]+)$/.exec(name.trim());
  const property = reserved ? describeColumn(reserved[1] ?? '') : undefined;
  if (property?.hint !== undefined) return { ...property, name };
  const glued = GLUED_ADDRESS.exec(name.trim());
  if (glued) return { ...describeColumn(`${glued[1]} ${glued[2]?.toLowerCase() === 'postalcode' ? 'postal code' : glued[2]}`), name };
  // A label with its field's name in brackets (Entra ID's bulk template: "Country or region
  // [country]", "Initial password [passwordProfile] Required"): the field's name says it, else the
  // label without it.
  const field = /\[([A-Za-z][\w.]*)\]/.exec(name)?.[1];
  if (field !== undefined && field.length < name.length - 2) {
    const own = describeColumn(field);
    if (own.hint !== undefined) return { ...own, name };
  }
  // A unit or note in brackets at the end says nothing of the kind: "Renda Mensal (R$)", "Amount (€)".
  const bare = name.replace(/\s*\[[A-Za-z][\w.]*\]\s*(?:required)?$/i, '').replace(/\s*\[[A-Za-z][\w.]*\]\s*/, ' ').replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  // A name of two or three kinds ("SSN/ITIN", "PPSN / NI Number", "Religion or Belief"): of
  // identifiers, any of them validates a value; else the first kind that the name's parts say.
  const parts = bare.split(/\s*(?:\/|\||&|\s(?:or|oder|ou|o)\s)\s*/i).filter((part) => /\p{L}/u.test(part));
  const partHints = parts.length >= 2 && parts.length <= 3 ? parts.map((part) => describeColumn(part).hint) : [];
  if (partHints.length > 0 && new Set(partHints).size > 1 && partHints.every((kind) => kind !== undefined && kind !== 'person-name' && NAMED_VALIDATORS[kind] !== undefined)) {
    return { ...describeColumn(parts[0] ?? ''), name, alternatives: partHints.slice(1).filter((kind): kind is ColumnHint => kind !== undefined) };
  }
  const read = hintWithoutTails(columnWords(bare === '' ? name : bare));
  const words = read.words;
  let hint = read.hint;
  // A field with another person's role after it, of one word or several ("Name_Beschuldigter", "nom_mis_en_cause",
  // "Salaire net mensuel_garant"): the field says the kind.
  if (hint === undefined) {
    const role = TRAILING_PARTY.exec(bare === '' ? name : bare);
    if (role && role.index > 0) hint = hintWithoutTails(columnWords((bare === '' ? name : bare).slice(0, role.index))).hint;
  }
  // A call record's parties by their letters ("b_number", "B-Nummer"): their phone numbers.
  if (hint === undefined && !/im[se]i/i.test(name) && (CALLED_PARTY.test(name.trim()) || SUBSCRIBER_NUMBER.test(name.trim()))) hint = 'phone';
  // Nested JSON names a list in the plural ("cards[].number", "phones[].value"): its items' kind in the singular.
  if (hint === undefined && words.some((word) => word.length > 3 && word.endsWith('s') && !word.endsWith('ss'))) {
    hint = hintOfWords(words.map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)));
  }
  // "Student First", "candidate_last": a person's name part after the word for the person.
  // So after another person's role ("bene_first", "guarantor_last"), also in a dump's table ("policy_beneficiaries.bene_first").
  const fieldWords = name.includes('.') ? columnWords(name.slice(name.lastIndexOf('.') + 1)) : words;
  // So after someone else's ("owner_first", "manager_last"): a name, theirs as "owner_first_name" is (see thirdParty).
  if (hint === undefined && fieldWords.length === 2 && (PERSON_QUALIFIERS.has(fieldWords[0] ?? '') || THIRD_PARTY_QUALIFIERS.has(fieldWords[0] ?? '') || PARTY_WORDS.test(fieldWords[0] ?? ''))
    && NAME_PARTS.has(fieldWords[1] ?? '')) hint = 'person-name';
  // A gym's Physical Activity Readiness Questionnaire ("PAR-Q Chest Pain", "PAR-Q Dizziness"): each question is about health.
  if (hint === undefined && words[0] === 'par' && words[1] === 'q' && words.length > 2) hint = 'health';
  // A charge, a description or an outcome under a criminal search, an arrest or a juvenile petition
  // ("results.county_criminal[].charge", "arrest.reason", "petition.charges[].description"); not a bill's charge.
  if (hint === undefined && CRIMINAL_FIELDS.has(words[words.length - 1] ?? '') && words.some((word) => CRIMINAL_CONTEXT.has(word))) hint = 'criminal';
  // A form's question about someone's health ("Medical conditions we should know about", "Any allergies or medications?").
  if (hint === undefined && words.length >= 3 && HEALTH_QUESTION.test(name)) hint = 'health';
  if (hint === undefined && words.length >= 3 && INDIGENOUS_QUESTION.test(name)) hint = 'special-category';
  // A US school's Section 504 plan: a disability's accommodations (its number is no word: see columnWords).
  if (hint === undefined && /(?:^|[^a-z0-9])(?:section[ _-]?504|504[ _-]?plan)(?![a-z0-9])/i.test(name)) hint = 'health';
  // A column named by a SNP's reference id (rs4680) holds genotypes (AG, CT).
  if (hint === undefined && /^rs\d{2,}$/i.test(name.trim())) hint = 'genetic';
  // A column named for another person alone ("Mother", "Guardian", "Emerg_Contact_1", as school systems write them) holds their name.
  // So is one with a role's word after it ("Tutor legal").
  const alone = words.join(' ');
  // Not a share of them ("Bene1_Pct": a beneficiary's percentage).
  // Nor their id ("ChildID", "guardian_id": a key, not a name).
  // So is a nested list's field of that name alone (Workday's "Dependents_group.Dependent": the dependant's name).
  const ownField = fieldWords.join(' ');
  if (hint === undefined && !/[ _.-](?:pct|percent)$/i.test(name.trim()) && !isIdName(name.trim())
    && (PARTY_WORDS.exec(name.trim())?.[0].length === name.trim().length || PARTY_WORDS.exec(alone)?.[0].length === alone.length
      || (name.includes('.') && ownField !== '' && PARTY_WORDS.exec(ownField)?.[0].length === ownField.length))) hint = 'person-name';
  // The name of a thing a log or a cloud service names ("httpSourceName" ALB, "continent_name"
  // Europe, "roleSessionName", a product's "item_name", an order's "line_items[].name"): no one's name.
  // (Its display name too: Entra's "ActivityDisplayName", a product's "item_display_name".)
  const thing = words[words.length - 2] === 'display' ? words[words.length - 3] : words[words.length - 2];
  if (hint === 'person-name' && words.length > 1 && words[words.length - 1] === 'name' && isThingWord(thing ?? '')) hint = undefined;
  // So is a bank account's or a payment's own name in a list of them (Plaid's "accounts[].name" "Plaid Checking", its
  // "accounts[].official_name", a transaction's "name" "Starbucks"): the account's product, the merchant; and Azure's
  // names of things as value and localized value ("resourceProviderName.value": Microsoft.Compute).
  if (hint === 'person-name' && OWN_NAME_OF_LISTED.test(name)) hint = undefined;
  // Italian "età" would read "eta" without its accent, which is an arrival time in English.
  if (hint === undefined && /(?:^|[^\p{L}])et[àÀ]$/u.test(name.trim())) hint = 'age';
  if (hint === undefined) hint = partHints.find((kind) => kind !== undefined);
  // A statistic over many people ("avg_customer_age", "pct_female", "median_income") is no one's.
  // Not a credit union's share account, its deposit account ("share_balance").
  if (/^(?:avg|average|mean|median|pct|percent|percentage|share|ratio|stddev|std|percentile|quartile|decile)$/.test(words[0] ?? '') && words.length > 1 && !(words[0] === 'share' && /^(?:account|balance|draft|capital)$/.test(words[1] ?? ''))) hint = undefined;
  // So is a ward's or a region's commonest value ("top_icd10", "most_frequent_diagnosis"); not a person's most recent one.
  if (words.length > 1 && (words[0] === 'top' || (words[0] === 'most' && /^(?:common|frequent)$/.test(words[1] ?? '')))) hint = undefined;
  // So is a percentile's ("p25_salary", "p75_salary").
  if (/^p(?:10|25|50|75|90|95|99)[ _-]\p{L}/iu.test(name.trim())) hint = undefined;
  // A pet's or an animal's name, birth date or diagnosis is no person's ("pet_name", "pet_dob", "animal_diagnosis").
  if (/^(?:pet|pets|animal|animals|tier|haustier|dog|cat|horse|puppy|kitten|hund|katze|chien|perro|gato|cane|gatto)$/.test(words[0] ?? '') && words.length > 1) hint = undefined;
  const allWords = columnWords(name);
  const last = allWords[allWords.length - 1] ?? '';
  // A city that an IP address's geolocation gives (Auth0's "location_info.city_name", ECS's
  // "source.geo.city_name", Okta's "client.geographicalContext.city") is where a request came from,
  // no one's address; its country, state and postcode still place the record.
  // Microsoft Graph's message parties: "from.emailAddress.address" is an email address.
  if (/(?:^|\.)emailAddress\.address$/i.test(name)) hint = 'email';
  // So is Mixpanel's "$city" (a reserved property it fills from the IP address), and Marketo's "Inferred City".
  if (hint === 'postal-address' && (GEO_IP_PATH.test(name) || /(?:^|\.)\$city$/i.test(name) || /^inferred[ _]city$/i.test(name.trim()))) hint = undefined;
  // A country or state of birth, origin, roaming or a document's issue is no residence: it places no one.
  // Not a wrapper's name at the top of a longer path (CouchDB's "doc.address.country", a "document.customer.country").
  const segments = name.split('.');
  const ownWords = segments.length >= 3 ? columnWords(segments.slice(1).join('.')) : allWords;
  if ((hint === 'country' || hint === 'us-state' || hint === 'region') && ownWords.some((word) => NOT_RESIDENCE_WORDS.has(word) || /^(?:herkunft|geburts)/.test(word))) hint = undefined;
  // So is the country of a national id or a passport (SuccessFactors' "National ID Information Country/Region": its issuer).
  if ((hint === 'country' || hint === 'region') && (ownWords.some((word) => ID_DOCUMENT_WORDS.has(word)) || (ownWords.includes('national') && ownWords.includes('id')))) hint = undefined;
  // A clinician's professional licence ("Provider License Number_1", "medical_license_no") is no driving licence.
  if (hint === 'driver-license' && allWords.some((word) => PROFESSIONAL_WORDS.has(word))) hint = undefined;
  // A push service's token in a device's or a push subscription's object (Braze's "push_tokens[].token", Iterable's
  // "devices.token"): the device's address, no secret (as "push token" is: see HINT_PHRASES).
  if (hint === 'secret' && last === 'token' && allWords.some((word) => /^(?:push|devices?|apns|fcm|gcm|firebase)$/.test(word))) hint = 'device-id';
  // A hashed token or secret (Meteor's "hashedToken", "api_key_hash") is a hash, as a password's is.
  if (hint === 'secret' && allWords.some((word) => word === 'hashed' || word === 'hash' || word === 'digest')) hint = 'password';
  // The id of a secret (Secrets Manager's "secretId", "token_id", "api_key_id") names it and is none.
  if ((hint === 'secret' || hint === 'password') && allWords.length > 1 && /^(?:id|ids|arn|uuid|guid)$/.test(last)) hint = undefined;
  // A vault's token standing for a value ("ssn_token", "email_token", "customer_token": tokenisation) is a reference to it, no secret.
  const tokenised = last === 'token' && TOKENISED_WORDS.has(allWords[allWords.length - 2] ?? '');
  // A session's anti-forgery secret (Express's csrfSecret, an XSRF-TOKEN) guards a form, it lets no one in as anyone.
  if (hint === 'secret' && (tokenised || allWords.some((word) => word === 'csrf' || word === 'xsrf'))) hint = undefined;
  // Where someone works ("work_location", "office_city") is their employer's place, not their address.
  // So inside an object ("section2.employer_address": an I-9's employer).
  const lastWords = name.includes('.') ? columnWords(name.slice(name.lastIndexOf('.') + 1)) : allWords;
  if ((hint === 'postal-address' || hint === 'postal-code') && allWords.length > 1 && (WORKPLACE_WORDS.has(allWords[0] ?? '') || (lastWords.length > 1 && WORKPLACE_WORDS.has(lastWords[0] ?? '')))) hint = undefined;
  // So is where a meeting, an appointment or an event takes place ("Event Location", "Meeting Location", "Venue Address").
  const eventPlace = ((hint === 'postal-address' || hint === 'postal-code') && allWords.length > 1 && EVENT_PLACE_WORDS.has(allWords[allWords.length - 2] ?? ''))
    // And where a loss or an accident happened (Guidewire's "LossLocationCity", "LossLocationState", an incident's "accident_location"): no one's home.
    || ((hint === 'postal-address' || hint === 'postal-code' || hint === 'us-state' || hint === 'region' || hint === 'country')
      && allWords.some((word) => INCIDENT_PLACE_WORDS.has(word)) && allWords.some((word) => word === 'location' || word === 'site' || word === 'scene'));
  // A web page's "location" is its URL (GA4's "page_location"), no address.
  // (Also under a typed value's tail: GA4's "event_params.page_location.string_value".)
  if (hint === 'postal-address' && words[words.length - 1] === 'location' && words[words.length - 2] === 'page') hint = undefined;
  if (eventPlace) hint = undefined;
  const issuerWord = allWords.find((word) => ISSUER_WORDS[word] !== undefined);
  return {
    name,
    hint: hint ?? undefined,
    // A product's barcode or stock code is its identifier, whatever number it is (an EAN-13 or a SKU may pass Luhn).
    identifierLike: KEY_WORDS.has(last) || /^(?:uu|gu)?id$/.test(last) || (allWords.length === 1 && /^(?:ean|ean13|gtin|upc|barcode|sku|asin|mpn|isbn|artikelnummer)$/.test(last))
      // A vault's token in the shape of what it stands for (format-preserving: "ssn_token" 412-37-8823) is none of it.
      || tokenised,
    // "To Email Address" is a payment's or a message's other end; "Bill To Email", "Ship To Name" the buyer's.
    // Not a payment's ordering customer (SWIFT's field 50): the record's own person, where an ordering clinician is not.
    thirdParty: allWords.some((word, index) => THIRD_PARTY_QUALIFIERS.has(word) && (word !== 'to' || index === 0) && !(word === 'ordering' && allWords[index + 1] === 'customer')),
    issuer: issuerWord ? (ISSUER_WORDS[issuerWord] ?? 'any') : 'any',
    freeText: FREE_TEXT_HINTS.has(hint ?? undefined),
    namedForPerson: allWords.length === 1 && PERSON_QUALIFIERS.has(last) && !NOT_NAMES_ALONE.has(last),
    // A form's numbered answer ("Response 1", Calendly's; "Answer 3") is what someone wrote: a note.
    // So is a ticket's or a message's subject, a helpdesk's only text ("Freeze membership - pregnant", "Your Sertraline refill").
    notes: hint === undefined && (allWords.some((word) => NOTE_WORDS.has(word)) || /^(?:response|answer)[ _-]?\d{1,2}$/i.test(name.trim()) || last === 'subject'
      || /^(?:leave|time off|case|absence|incident) (?:type|reason|category)$/.test(allWords.join(' '))
      // An employee relations case's issue and allegation ("Long-term absence - stress and anxiety", "Alleged: theft of company property").
      || /^(?:case )?(?:issue|issues|allegation|allegations)(?: detail| details| summary)?$/.test(allWords.join(' '))
      // A tenancy's anti-social behaviour case and vulnerabilities, a client's needs, a benefit's kind (what it says decides).
      || /^(?:asb|anti social behaviou?r)(?: case| cases| notes?)?$|^(?:vulnerabilit(?:y|ies)|needs|support needs|referral reason|primary referral reason|benefit status|benefit type|benefits|prestations?|uitkeringssoort|uitkering|leistungsart)$/.test(allWords.join(' '))),
    placeOnly: WEAK_HINTS.has(hint ?? undefined) || (hint === 'postal-address' && allWords.some((word) => CITY_WORDS.has(word)) && !allWords.some((word) => STREET_WORDS.has(word)))
      || (hint === 'financial' && allWords.some((word) => BANK_CODE_WORDS.has(word))),
    // So is Marketo's "Inferred Country" and "Inferred State Region" (from the lead's IP address).
    ipLocated: (hint === 'country' || hint === 'us-state' || hint === 'region') && allWords.some((word) => word === 'ip' || word === 'geoip' || word === 'inferred'),
    // Not a person's own choice of one ("preferred_store", "home_branch", "favourite_venue": the customer's, in a customer's record).
    organisation: hint === undefined && namesOrganisationColumn(allWords.slice(-2).length === 2 && ORGANISATION_TAILS.has(last) ? allWords.slice(-2) : [last])
      && !CHOSEN_PLACE_WORDS.has(allWords[allWords.length - (ORGANISATION_TAILS.has(last) ? 3 : 2)] ?? ''),
    ...(hint === 'person-name' && DISPLAY_NAME_COLUMN.test(name) ? { screenName: true } : {}),
    ...((hint === 'ip-address' && (allWords.some((word) => MACHINE_IP_WORDS.has(word)) || allWords.join(' ') === 's ip')) || eventPlace ? { impersonal: true } : {}),
    // A US alien registration number, or a call record's A party (its subscriber's number, beside a b_number).
    ...(hint === 'government-id' && allWords.join(' ') === 'a number' ? { alternatives: ['phone'] as const } : {}),
    // Germany's and Austria's social insurance numbers are both a "(Sozial-)Versicherungsnummer".
    // And Switzerland's AHV number is one too (SAP HCM's "Versicherungsnummer" for Swiss staff).
    ...(hint === 'de-social-security' && /^(?:sozial)?versicherungsnummer$/.test(allWords.join('')) ? { alternatives: ['at-social-insurance', 'ch-ahv'] as const } : {}),
  };
}

/** Other people a column may describe, by the word its name starts with; "guardian2_email" is guardian 2. */
const OBJECT_PARTY_WORDS = /^(driver|courier)\./i;
/** The people of a police case or a court's docket, in the languages of the column names: each a person of their own (see partyOf). */
export const CASE_ROLES = String.raw`victims?|witness(?:es)?|defendants?|offenders?|complainants?|plaintiffs?|injured[ _.-]?part(?:y|ies)|beschuldigte[rn]?|gesch(?:ae|ä|a)digte[rn]?|tatverd(?:ae|ä|a)chtige[rn]?|zeug(?:e|in|en)|opfer|pr[eé]venue?s?|victimes?|t[eé]moins?|plaignante?s?|mis[ _.-]?en[ _.-]?cause|accus[eé]e?s?|acusad[oa]s?|v[ií]ctimas?|testigos?|denunciantes?|imputad[oa]s?|tilltalade?|m(?:a|å)ls(?:a|ä)gande|vittnen?|verdachten?|slachtoffers?|getuigen?|aangever|oskar(?:z|ż)ony|pokrzywdzony|(?:s|ś)wiadek`;
const PARTY_WORDS = new RegExp(`^(?:legal[ _.-]?)?(passengers(?=\\.)|travell?ers(?=\\.)|pax(?=\\.)|attendees?(?=\\.)|participants(?=\\.)|(?:involved[ _.-]?)?persons(?=\\.)|hush[aå]ll(?=\\.)|haushalt(?=\\.)|husholdning(?=\\.)|husstand(?=\\.)|involved[ _.-]?parties(?=\\.)|applicants(?=\\.)|children(?=\\.)|profiles(?=\\.)|family(?=\\.)|family[ _.-]?members(?=\\.)|members(?=\\.)|parent[ _./-]?guardian|nok|household(?:[ _.-]?members?|(?![ _.-]?(?:phone|tel|telephone|address|addr|street|city|zip|postcode)))|recipient|accompanying[ _.-]?guest|additional[ _.-]?guest|companion|acompanhante|acompa(?:ñ|n)ante|accompagnat(?:eur|rice)|accompagnatore|guardian|parent|mother|father|emerg(?:ency)?[ _.-]?contact|emerg(?:ency)?(?=[ _.-]?(?:phone|tel|telephone|mobile|cell|email|relationship|relation)$)|booking[ _.-]?contact|ticket[ _.-]?holder|booker(?=[ _.-]?(?:name|first[ _.-]?name|last[ _.-]?name|surname|email|phone)$)|j[12](?=[ _.-]+(?:surname|first|middle|generation|social|date|telephone|ecoa|consumer)[ _.-]?)|primary[ _.-]?contact(?=[ _.-]?(?:name)?$)|cntctprsn|contact(?=[ _.-]?\\d)|contacts(?=\\.(?!(?:type|value|kind|channel|method|label|primary|verified|system|use)$))|responsable(?=[ _.-]?\\d)|co[ _.-]?borrower|co[ _.-]?(?:buyer|purchaser)|joint[ _.-]?(?:owner|holder|account[ _.-]?holder|applicant|debtor|liable(?:[ _.-]?party)?)|minor(?=[ _.-]?\\S)|insured[ _.-]?person|claimant|opposing[ _.-]?part(?:y|ies)|adverse[ _.-]?part(?:y|ies)|opiekun|tutore|next[ _.-]?of[ _.-]?kin|anh[oö]rig(?:a|e)?|vec[aā]k(?:s|a)|aizbildn(?:is|a)|lapsevanem|eestkostja|t[eė]vai|glob[eė]jas|z[aá]konn[yý][ _.-]?z[aá]stupce|sz[uü]l[oő]|gondvisel[oő]|n[aä]rst[aå]ende|p[aå]r[oø]rende|paaroerende|(?:l[aä]hi)?omainen|spouse|beneficiar(?:y|ie)|bene|dependent|dependant|child|kid|infant(?=\\.)|inf(?=[ _.-](?:surname|given[ _.-]?names?|first[ _.-]?name|last[ _.-]?name|name|dob|date[ _.-]?of[ _.-]?birth|sex|gender|doc[ _.-]?(?:no|number|type)|passport)$)|co[ _.-]?signer|co[ _.-]?applicant|erziehungsberechtigte[rn]?|erzieher(?=[ _.-]?\\d|:)|erz\\.(?=[ ]?\\d)|sorgeberechtigte[rn]?|hauptversicherte[rn]?|abholberechtigte[rn]?(?=\\.)|kontakte(?=\\.(?!(?:typ|art|wert)$))|notfallkontakt|notfall(?:telefon|tel|handy|nummer|nr|mobil)(?=$)|notfall(?=[ _.-](?:telefon|tel|handy|nummer|nr|mobil)$)|kontak[ _.-]?darurat|ehepartner|mitreisende[rn]?|begleitperson|kind(?=[ _.-]?\\d)|ehegatte|lebenspartner(?:in)?|additional[ _.-]?drivers?|named[ _.-]?drivers?|co[ _.-]?drivers?|second[ _.-]?drivers?|zusatzfahrer|guest[ _.-]?riders?|epoux|epouse|mere|pere|temoins?|declarant|defunt|tuteur|tutor|conjoint|conyuge|cónyuge|empfaenger|empfänger|destinataire|destinatario|enfant|hijo|hija|figlio|figlia|huoltaja|eltern|elternteil|mutter|vater|genitor[ei]|v[aå]rdnadshavare|m[aå]lsman|foresatte?|foreldre|forelder|for[æa]lder|foraelder|v[æa]rge|vaerge|ouders?|verzorgers?|responsable[ _.-]?l[eé]gal|respons[aá]vel|responsavel|encarregado|rodzic|madre|padre|m[aã]e|alleged[ _.-]?(?:person[ _.-]?responsible|perpetrator|abuser)|perpetrator|suspect|accused|prisoner|inmate|${CASE_ROLES}|`
  // A moderation report's reporting and reported users ("reporter_user_id", "reported_username").
  + String.raw`report(?:er|ed|ee)(?=[ _.-]?(?:user|name|id|email|username|account|uid|player))|`
  // A DNA match list's other tester ("match_tester_id", "match_display_name").
  + String.raw`match(?=[ _.-]?(?:tester|display|kit|user|customer|profile))|`
  // A suspicious activity report's related parties (joint holders, depositors, beneficiaries of its transfers).
  + String.raw`related[ _.-]?part(?:y|ies)|`
  // A debt's co-debtors and joint parties ("Mitschuldner Vorname", "Joint Party Surname"), a debtor's personal references (references[]).
  + String.raw`mitschuldner(?:in)?|co[ _.-]?debtors?|joint[ _.-]?part(?:y|ies)|references?(?=\.)|`
  // A French or Belgian health insurer's (mutuelle's) dependants: the member's spouse and children ("ayants_droit[].prenom",
  // "personnes_a_charge[].niss", the Flemish "personen ten laste"); a minor's legal representative in Dutch, German and French.
  + String.raw`ayants?[ _.-]?droits?|personnes?[ _.-]?(?:a|à)[ _.-]?charges?|person(?:en)?[ _.-]?ten[ _.-]?laste|persoon[ _.-]?ten[ _.-]?laste|`
  + String.raw`wettelijke?[ _.-]?vertegenwoordiger|gesetzliche[rn]?[ _.-]?vertreter(?:in)?|repr[eé]sentant[ _.-]?l[eé]gal|`
  + String.raw`guarantor|b[uü]rge|buerge|garant|fiador|garante|kontoinhaber(?:in)?|zahlungspflichtige[rn]?|titulaire[ _.-]du[ _.-]compte|`
  // A care home resident's attorney under a Lasting Power of Attorney ("LPA Health and Welfare Attorney", "LPA H&W Attorney Phone").
  + String.raw`lpa(?:[ _.-](?:h&w|p&fa|pfa|health|and|welfare|property|financial|affairs))*[ _.-]attorney|power[ _.-]of[ _.-]attorney|`
  // A tenancy's other people: its landlord, its joint tenants, the occupants it lists; a utility account's joint holder, authorised
  // user, carer or nominee (an NDIS plan's "plan_nominee"); a candidate's referees; a delivery's courier; an audit log's target user; a cycle tracker's partner
  // object; a grievance's respondent object; a list of children in Dutch, German, French or Spanish.
  + String.raw`landlord|vermieter(?:in)?|verhuurder|bailleur|tenant(?=[ _.-]?\d)|co[ _.-]?tenant|joint[ _.-]?tenant|mitmieter(?:in)?|medehuurder|co[ _.-]?locataire|co[ _.-]?titulaire|cotitular|`
  // A partner by their personal fields (an immigration file's "Partner achternaam", "Partner geboortedatum"), not a business partner's name or id.
  + String.raw`partner(?=[ _-](?:achternaam|voornamen|voornaam|geboortedatum|geboorteplaats|bsn|nachname|vorname|vornamen|geburtsdatum|first[ _-]?name|last[ _-]?name|surname|given[ _-]?names?|forenames?|date[ _-]of[ _-]birth|dob|birth[ _-]?date|nationality|nationaliteit|nino|ni[ _-]?number)$)|`
  + String.raw`occupants(?=\.)|additional[ _.-]?occupant|target(?=\.)|binding[ _.-]?deltas(?=\.member$)|partner(?=\.)|respondent(?=\.)|occupant(?=[ _.-]?\d)|authori[sz]ed[ _.-]?users?|carer|caregiver|(?:plan[ _.-]?)?nominee|referees?|courier|kurier|`
  // A pregnancy or parenting app's baby ("baby_name", "baby_birth_date"); a child in Polish, Russian and Ukrainian.
  + String.raw`baby|newborn|dziecko|реб[её]н(?:ок|ка)|дитина|`
  + String.raw`kinderen(?=\.)|kinder(?=\.)|enfants(?=\.)|hijos(?=\.))(?:s|es|['’]s)?[ _.-]?(\d{0,2})(?=$|[ _./:-])`, 'i');

// A column saying how the record's person relates to the key's person: an enrolment export has
// one row per covered family member under the employee's id ("Relationship": Employee, Spouse, Child).
const RELATIONSHIP_COLUMN = /^(?:(?:member|dependent|dependant|patient|insured|individual)[ _.-]?)?(?:relazione(?:[ _.-]con[ _.-]\S+)?|relationship|relation|rel[ _.-]?code|relationship[ _.-]?code|relationship[ _.-]?to[ _.-]?(?:subscriber|employee|insured|member|policyholder|holder)|member[ _.-]?type|dependent[ _.-]?type|dependant[ _.-]?type|beziehung|verwandtschaftsverh(?:a|ä)ltnis|lien[ _.-]?de[ _.-]?parent(?:e|é)|parentesco|parentela|qualit(?:e|é)|qualit(?:e|é)[ _.-]?(?:du[ _.-]?)?b(?:e|é)n(?:e|é)ficiaire)$/i;

/** Whether a column says how the record's person relates to the subject key's person (see RELATIONSHIP_COLUMN). */
export function isRelationshipColumn(name: string): boolean {
  return RELATIONSHIP_COLUMN.test(name.trim());
}

// In such an export, columns about the key's person ("Employee SSN", "Subscriber Name"): on a
// dependant's row they repeat the employee's data, which is the employee's own row's.
const PRIMARY_PERSON_COLUMN = /^(?:employee|subscriber|policy[ _.-]?holder|primary[ _.-]?(?:member|insured)|mitarbeiter|versicherungsnehmer|titulaire|titular)[ _.-]+\S/i;
// What the relationship column says on the key's person's own row (X12 834: "18" is self).
const SELF_RELATIONSHIPS: ReadonlySet<string> = new Set([
  'employee', 'ee', 'emp', 'self', 'subscriber', 'sub', 'primary', 'policyholder', 'policy holder', 'holder', 'member',
  'insured', 'principal', '18', 'mitarbeiter', 'selbst', 'versicherungsnehmer', 'titulaire', 'assuré', 'titular', 'empleado',
  // A French mutuelle's "Qualité": the insured person, the member.
  'assuré(e)', 'assure', 'assure(e)', 'assurée', 'adhérent', 'adherent', 'adhérente', 'ouvrant droit',
]);

/** Whether a column of an export with a relationship column describes the key's person (see PRIMARY_PERSON_COLUMN). */
export function isPrimaryPersonColumn(name: string): boolean {
  // camelCase too ("SubscriberFirstName", as claims exports write them).
  return PRIMARY_PERSON_COLUMN.test(name.trim().replace(/([a-z])([A-Z])/g, '$1_$2'));
}

// Where an order goes ("Shipping Name", "ship_to_city", "Lieferadresse Ort"): the buyer's, or a gift's recipient's.
const SHIPPING_WORDS = new Set(['shipping', 'ship', 'shipto', 'delivery', 'lieferadresse', 'lieferung', 'livraison', 'envio', 'teslimat']);

/** Whether a column describes where an order is delivered (see SHIPPING_WORDS). */
const ADDRESSEE = /^address\.(?:first[ _]?name|last[ _]?name|full[ _]?name|name)$/i;

export function isShippingColumn(name: string): boolean {
  const words = columnWords(name);
  // Or the name in a subscription's "address" object, its addressee (Recharge's "address.first_name"); not the
  // object's other fields, which are the customer's own address in a record of a customer (Stripe's).
  return words.length >= 2 && (SHIPPING_WORDS.has(words[0] ?? '') || ADDRESSEE.test(name));
}

/** Whether a column names the addressee of a record's "address" object (Recharge's "address.first_name"). */
export function isAddresseeName(name: string): boolean {
  return ADDRESSEE.test(name);
}

/**
 * Whether a column is another field of a record's "address" object ("address.city", "address.phone"): the
 * addressee's on a row whose addressee is not its customer (a gift subscription), else the customer's own.
 */
export function isAddressObjectField(name: string): boolean {
  return /^address\./i.test(name) && !ADDRESSEE.test(name);
}

/** Whether a relationship column's value says the row is the key's person's own ("Employee", "Self"); blank counts as own. */
export function isSelfRelationship(value: string): boolean {
  const trimmed = value.trim().toLowerCase();
  return trimmed === '' || SELF_RELATIONSHIPS.has(trimmed);
}

// The called party of a call record (the B party): another person than the subscriber (the A party).
const CALLED_PARTY = /^(?:(?:msisdn|imsi|imei|number|phone|tel|num)[ _.-]?b|other[ _.-]?party(?:[ _.-]?(?:msisdn|number|phone|num|imsi))?|b[ _.-]?(?:number|party|msisdn|subscriber|rufnummer|nummer|teilnehmer)|angerufene[rn]?(?:[ _.-]?(?:nummer|rufnummer))?|called[ _.-]?(?:number|party|msisdn|subscriber)?|callee(?:[ _.-]?(?:number|msisdn))?|dial(?:l)?ed[ _.-]?number|destination[ _.-]?(?:number|msisdn))$/i;
// The subscriber of a call record (the A party) or of a mobile line: who the record is about.
const SUBSCRIBER_NUMBER = /^(?:(?:msisdn|imsi)(?:[ _.-]?a)?|served[ _.-]?(?:msisdn|imsi|number|subscriber)|a[ _.-]?(?:number|party|msisdn|subscriber|rufnummer|nummer|teilnehmer)|calling[ _.-]?(?:number|party|msisdn)|caller[ _.-]?(?:number|msisdn|phone))$/i;

/** The other person a column name describes ("recipient_name" → "recipient"), or undefined for the record's person. */
export function partyOf(name: string): string | undefined {
  const role = partyOfName(name);
  // A qualifier in brackets after the role ("Einkommen Vater (brutto)": the father's gross income).
  return role === undefined && name.endsWith(')') ? partyOfName(name.replace(/\s*\([^()]*\)$/, '')) : role;
}

function partyOfName(name: string): string | undefined {
  // A bilingual header, its two languages apart (Ontario's "Parent/Tuteur 1 / Parent/Guardian 1"): the half that says most, a numbered role.
  if (name.includes(' / ')) {
    const halves = name.split(' / ').map((half) => partyOf(half));
    return halves.find((role) => role !== undefined && /\d$/.test(role)) ?? halves.find((role) => role !== undefined);
  }
  // A German registration form's fellow traveller named by their relation ("Mitreisender Ehegatte/Lebenspartner"): the relation.
  const named = withoutFieldTag(name.trim()).replace(FELLOW_BY_RELATION, '');
  // A camp's "Primary Parent First" and "Secondary Parent Email", a GP's "Main carer": the first and the second of them.
  const ordinal = ORDINAL_PARTY.exec(named);
  const trimmed = ordinal ? named.slice(ordinal[0].length) : named;
  let role = roleOf(trimmed);
  // Two words for one role and its number after them ("Rodzic/opiekun 1"): that role's number.
  const slashNumber = role !== undefined && !/\d$/.test(role) ? /^[\p{L}]+\/[\p{L}]+[ _-]?(\d)$/u.exec(trimmed) : null;
  if (slashNumber) role = `${role}${slashNumber[1]}`;
  return ordinal && role !== undefined && !/\d$/.test(role) ? `${role}${/^(?:secondary|second|other)$/i.test(ordinal[1] ?? '') ? 2 : 1}` : role;
}

const ORDINAL_PARTY = /^(primary|main|first|secondary|second|other)[ _-](?=(?:parent|guardian|carer|caregiver|emergency|next[ _-]of[ _-]kin|nok)(?:$|[^a-z]))/i;

function roleOf(trimmed: string): string | undefined {
  if (CALLED_PARTY.test(trimmed)) return 'callee';
  if (CJK_GUARDIAN_FIELD.test(trimmed) || THAI_GUARDIAN_FIELD.test(trimmed)) return 'guardian';
  if (CJK_RECIPIENT_FIELD.test(trimmed)) return 'recipient';
  const bracketed = CJK_BRACKETED_PARTY.exec(trimmed);
  if (bracketed) return /^(?:配送先|送付先|お届け先)$/u.test(bracketed[2] ?? '') ? 'recipient' : undefined;
  const family = CJK_FAMILY_FIELD.exec(trimmed);
  if (family) return `${CJK_FAMILY_ROLES[family[1] ?? ''] ?? 'relative'}${family[2] ?? ''}`;
  const latin = latinHalf(trimmed);
  if (latin !== undefined) return roleOf(latin);
  // camelCase names ("CoBorrowerFirstName") as words; in a JSON path, an object that is the
  // person ("accounts[].jointOwner.name", "beneficiaries[].dateOfBirth"; not "notices[].recipient").
  // vBulletin's "parentemail" (a child member's parent, as COPPA asks): the role's word run into the field's.
  const spaced = trimmed.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/(^|\.)(parent)(email)$/i, '$1$2_$3');
  // A dot before a space or a hyphen ends an abbreviation ("Courriel resp. 1", "Geb.-Datum"), not a JSON path's segment.
  const segments = spaced.split(/\.(?![ -])/);
  // A person inside another's list item is theirs to the innermost ("passengers[].infant.dob": a lap infant's).
  let found: string | undefined;
  for (let start = 0; start < segments.length; start++) {
    const rest = segments.slice(start).join('.').replace(/\[\]/g, '');
    // A trip's or a delivery's driver or courier as an object of its own ("driver.name"): another
    // person than the rider or customer; a fleet's flat "driver_id" is the record's own person.
    const role = OBJECT_PARTY_WORDS.exec(rest);
    if (role) return (role[1] ?? '').toLowerCase();
    const match = PARTY_WORDS.exec(rest);
    // A last segment names another person with more after its word ("parentalConsent.parentEmail"), not alone ("notices[].recipient").
    if (!match || (start > 0 && start === segments.length - 1 && match[0].length === rest.length)) continue;
    const word = (match[1] ?? '').toLowerCase().replace(/[ _./-]/g, '');
    // "NOK Phone" and "Next of Kin Name" are one person; so are "Responsable légal 1" and "Courriel resp. 1".
    // Odoo's "emergency_phone" beside its "emergency_contact" (the name): one person.
    found = `${word === 'nok' ? 'nextofkin' : word === 'emergency' || word === 'emerg' ? 'emergencycontact' : /^responsablel[eé]gal$/.test(word) ? 'responsable' : word === 'parentguardian' ? 'guardian' : germanRole(word)}${match[2] ?? ''}`;
  }
  if (found !== undefined) return found;
  // The role after the field, as Spanish, French and Italian forms write it ("DNI tutor", "Teléfono del tutor",
  // "Téléphone du tuteur"), and English reversed ("Email Guardian").
  const trailing = segments.length === 1 ? TRAILING_PARTY.exec(trimmed) : null;
  // (A Brazilian shop's "Nome para a entrega": whom the order is delivered to, a gift's recipient when their name is another's.)
  // Séneca's "Nombre Primer tutor" and "DNI/Pasaporte Segundo tutor": the first and the second tutor.
  const ordinal = trailing ? /[ _-](primer|segund)[oa]?[ _-]\S+$/i.exec(trimmed) : null;
  const number = trailing?.[2] || (ordinal ? (/^primer/i.test(ordinal[1] ?? '') ? '1' : '2') : '');
  if (trailing) return `${germanRole((trailing[1] ?? '').toLowerCase().replace(/^tutora$/, 'tutor').replace(/^resp$/, 'responsable').replace(/^para[ _-]a[ _-]entrega$/, 'recipient'))}${number}`;
  return undefined;
}

const FELLOW_BY_RELATION = /^mitreisende[rn]?[ _-]+(?=(?:ehegatte|ehepartner|lebenspartner|kind))/i;

/** One role whatever its German ending ("Erziehungsberechtigter", "E-Mail Erziehungsberechtigte", "der Erziehungsberechtigten") or its LPA's kind. */
function germanRole(word: string): string {
  if (word.startsWith('lpa') && word.endsWith('attorney')) return 'lpaattorney'; // one attorney, however the LPA's kind is written
  // A Polish parent or guardian in the genitive ("E-mail rodzica 1", "Telefon opiekuna") is the one of the nominative ("Rodzic 1").
  if (word === 'rodzica') return 'rodzic';
  // A Portuguese school's guardian, "encarregado de educação" in full or "encarregado" alone.
  if (word.startsWith('encarregad')) return 'encarregado';
  // A Latvian parent in the genitive ("Vecāka e-pasts") is the one of the nominative ("Vecāks/aizbildnis").
  if (/^vec[aā]k[as]$/.test(word)) return 'vecaks';
  if (word === 'opiekuna') return 'opiekun';
  // A child in the genitive ("PESEL dziecka", "Дата рождения ребенка") is the one of the nominative ("Ребенок").
  if (word === 'dziecka') return 'dziecko';
  if (/^реб[её]н(?:ок|ка)$/.test(word)) return 'ребенок';
  if (word === 'дитини') return 'дитина';
  if (word.endsWith('представителя') || word.endsWith('представитель')) return 'представитель';
  if (word === 'родителя') return 'родитель';
  if (word === 'опекуна') return 'опекун';
  // A German school's guardian: "Erziehungsberechtigter", Schild-NRW's "Erzieher 1", ASV's "Erz. 1".
  if (word.startsWith('erziehungsberechtigt') || word === 'erzieher' || word === 'erz') return 'erziehungsberechtigte';
  if (word.startsWith('sorgeberechtigt')) return 'sorgeberechtigte';
  if (word.startsWith('hauptversichert')) return 'hauptversicherter';
  if (word.startsWith('abholberechtigt')) return 'abholberechtigte';
  if (word === 'kontakte') return 'contacts';
  if (word.startsWith('notfall')) return 'notfallkontakt';
  // A direct debit's payer ("Zahlungspflichtiger") is its account's holder ("Kontoinhaber"): one person.
  if (word.startsWith('zahlungspflichtig') || word === 'kontoinhaberin') return 'kontoinhaber';
  return word;
}

// Words of another person's role after a field's name ("DNI tutor", "Nombre del tutor", "Tutor legal"): the field says the kind.
const ROLE_TAILS = new Set(['tutor', 'tutora', 'tuteur', 'tutrice', 'tutore', 'guardian', 'legal', 'del', 'du', 'della', 'des', 'der',
  // The first and the second of them (Séneca's "Nombre Primer tutor").
  'primer', 'primero', 'primera', 'segundo', 'segunda',
  'ouder', 'ouders', 'verzorger', 'eltern', 'erziehungsberechtigte', 'erziehungsberechtigter', 'erziehungsberechtigten', 'responsable', 'parent', 'parents',
  'matki', 'ojca', 'rodzica', 'opiekuna', 'resp', 'genitore', 'vardnadshavare', 'malsman', 'familiare', 'familiari', 'responsavel']);
// Also a parent's (Dutch "E-mail ouder/verzorger", German "E-Mail der Eltern", French "Email du responsable légal", "Email Parent",
// Polish "Telefon matki", a mother's, a father's, a parent's, a guardian's).
const TRAILING_PARTY = new RegExp(`[ _-](?:(?:del|della|de la|du|de|of|des|der|van de|do|da|dos|das)[ _-])?(tutor|tutora|tuteur|tutrice|tutore|guardian|ouders?|verzorger|elternteils?|eltern|ehegatte|lebenspartner(?:in)?|mutter|vater|mother|father|moeder|vader|m[eè]re|p[eè]re|madre|padre|m[aã]e|(?<=(?:do|de)[ _-])pai|para[ _-]a[ _-]entrega|erziehungsberechtigte[rn]?|sorgeberechtigte[rn]?|hauptversicherte[rn]?|responsable|resp(?=\\.)|parents?|matki|ojca|rodzica|opiekuna|genitore|v[aå]rdnadshavare|m[aå]lsman|familiar[ei]|mitmieter(?:in|s)?|repr[eé]sentante?|familiar[ _-]respons[aá]vel|respons[aá]vel|${CASE_ROLES}|`
  // A deed's or a lease's parties after the field, French, Spanish, Italian and Portuguese ("nom_vendeur", "prenom_acquereur",
  // "date_naissance_conjoint_acquereur": the buyer's spouse, "nombre_arrendatario", "cognome_acquirente"), and the spouse of one.
  + String.raw`(?:conjoint[ _-])?(?:vendeur|vendeuse|acqu[eé]reur|acqu[eé]reuse|locataire|bailleur|garant|caution|emprunteur|co[ _-]?emprunteur|donateur|donataire|c[eé]dant|cessionnaire|propri[eé]taire|co[iï]ndivisaire|co[ _-]?locataire|h[eé]ritier|enfant|hij[oa]|filh[oa]|crian[cç]a|menor|apoderad[oa]|encarregad[oa](?:[ _-]de[ _-]educa[cç][aã]o)?)|`
  // A child after the field in Polish, Russian, Ukrainian and Bulgarian ("PESEL dziecka", "Дата рождения ребенка"); a Russian
  // pupil's legal representative, parent or guardian ("Телефон законного представителя", "ФИО родителя").
  + String.raw`dziecka|ребенка|ребёнка|дитини|детето|(?:законного[ _-])?представителя|родителя|опекуна|матери|отца|`
  + String.raw`vendedor[a]?|arrendatari[oa]|arrendador[a]?|inquilin[oa]|fiador[a]?|avalista|venditore|venditrice|acquirente|locatari[oa]|locador[a]?|conduttore|garante|senhori[oa]|arrendat[aá]ri[oa])`
  + String.raw`(?:\.|[ _-]l[eé]gale?|\/[a-z]+)?[ _-]?(\d?)$`, 'i');

const ACCOUNT_NAME_KEYS = new Set(['user', 'username', 'login', 'loginname', 'handle', 'screenname', 'userprincipalname', 'samaccountname', 'upn', 'actor', 'actorlogin']);

/**
 * How strongly a column identifies the record's person, lower is better: 0 for a person key
 * (customer_id, patient_number), 1 for the person's email, 2 for a subscriber's number or an
 * account's name, 3 for a bare "id", 4 for a device's id or an IBAN.
 */
export function subjectKeyRank(name: string): number | undefined {
  if (ranks.has(name)) return ranks.get(name);
  if (ranks.size >= REMEMBERED_NAMES) ranks.clear();
  const rank = rankOf(name);
  ranks.set(name, rank);
  return rank;
}

const ranks = new Map<string, number | undefined>();

const ARABIC_PERSON_KEYS: ReadonlySet<string> = new Set(['كود العميل', 'رقم العميل', 'معرف العميل', 'رقم المشترك', 'كود المشترك', 'رقم الموظف',
  'الرقم الوظيفي', 'رقم الطالب', 'رقم المريض', 'رقم الملف الطبي', 'رقم العضوية', 'رقم العضو']);

const ACTIONS_LIST = /(?:^|[._])(?:stage_?changes|changes|history|events|activities|comments|notes|actions|updates|transitions|approvals|reviews|replies|feedback|interviews|scorecards)$/i;
const KIND_WORDS: ReadonlySet<string> = new Set(['method', 'methods', 'type', 'kind', 'brand', 'scheme', 'network', 'funding', 'category']);
const IDENTITY_DOCUMENT_WORDS: ReadonlySet<string> = new Set(['card', 'piece', 'document', 'documento', 'ausweis', 'carte', 'tarjeta']);

/** Hints of a national number that names one person (not a document's number, which a person renews). */
export const PERSONAL_NUMBER_HINTS: ReadonlySet<ColumnHint> = new Set<ColumnHint>(['us-ssn', 'uk-nino', 'de-tax-id', 'de-social-security', 'fr-nir', 'fr-tax-id',
  'es-dni', 'es-social-security', 'it-codice-fiscale', 'nl-bsn', 'pl-pesel', 'se-personnummer', 'fi-henkilotunnus', 'dk-cpr', 'no-fodselsnummer',
  'be-national-number', 'pt-nif', 'ie-ppsn', 'at-social-insurance', 'ca-sin', 'au-tfn', 'nz-ird', 'in-aadhaar', 'br-cpf', 'kr-rrn', 'sg-nric', 'my-mykad', 'nz-nhi', 'br-cns',
  'th-national-id', 'tr-kimlik', 'tw-national-id', 'mena-national-id', 'ma-cin', 'za-id', 'ch-ahv', 'cz-birth-number', 'mx-curp',
  // A health system's number for life (NHS number, a provincial health card, Medicare's MBI, a German insurance number).
  'nhs-number', 'health-insurance-number', 'de-health-insurance', 'us-mbi']);

function rankOf(field: string): number | undefined {
  const name = plainFieldName(field);
  if (partyOf(name) !== undefined) return undefined; // another person's column: never the record's person
  const words = columnWords(name);
  const compact = words.join('');
  // An account's number or reference is a bank's or a creditor's (one of a person's accounts); an
  // account's id is a login's (one person).
  if (words[0] === 'account' && words.length === 2 && /^(?:number|no|nr|num|ref|nummer|numero)$/.test(words[1] ?? '')) return 2;
  // A person's id in the system of the business that sent them (Sumsub's "externalUserId", a CDP's "external_customer_id").
  if (words.length === 3 && words[0] === 'external' && PERSON_QUALIFIERS.has(words[1] ?? '') && KEY_WORDS.has(words[2] ?? '')) return 0;
  // An EV driver's charging token (OCPI's "Token UID", an RFID card's) and their contract's e-mobility account id (eMAID): a
  // roaming driver is known by nothing else.
  if (compact === 'tokenuid' || compact === 'emaid') return 1;
  // An M-Pesa statement's payer, their phone number and name in one cell ("254797947585 - FAITH OCHIENG ODHIAMBO").
  if (compact === 'otherpartyinfo') return 0;
  // A customer's, a subscriber's, an employee's, a student's or a patient's number in Arabic ("كود العميل", "الرقم الوظيفي").
  if (ARABIC_PERSON_KEYS.has(words.join(' '))) return 0;
  // A traveller's public transport smartcard (see TRANSIT_CARD): theirs alone, its journeys theirs.
  if (compact === 'transitsmartcardid' || compact === 'oystercardnumber') return 0;
  // A bill's account (a carrier's BAN, a utility's) is its holder's, who may have several lines or meters on it.
  if (words[0] === 'billing' && words[1] === 'account' && words.length === 3 && /^(?:number|no|nr|num|id)$/.test(words[2] ?? '')) return 0;
  // A client's id is a customer's in a CRM and an application's in an OAuth log: after a user's id, before an email.
  if ((words[0] === 'client' && words.length === 2 && KEY_WORDS.has(words[1] ?? '')) || compact === 'clientid') return 0.5;
  if (words.length === 2 && PERSON_QUALIFIERS.has(words[0] ?? '') && KEY_WORDS.has(words[1] ?? '')) return 0;
  // A person's code or medical record number ("Donor Code", "Infant MRN"); a biobank's donor by their pseudonym.
  if (words.length === 2 && PERSON_QUALIFIERS.has(words[0] ?? '') && (words[1] === 'code' || words[1] === 'mrn' || words[1] === 'pseudonym')) return 0;
  if (compact === 'participantpseudonym' || compact === 'donorpseudonym' || compact === 'subjectpseudonym') return 0.5;
  // A thing's owner's id in a table of things that people own (an API key's "owner_user_id"): the person the row is about.
  if (words.length === 3 && words[0] === 'owner' && PERSON_QUALIFIERS.has(words[1] ?? '') && KEY_WORDS.has(words[2] ?? '')) return 0.5;
  // "patient_member_id", "Subscriber Member ID": the person's id in a plan.
  if (words.length === 3 && PERSON_QUALIFIERS.has(words[0] ?? '') && PERSON_QUALIFIERS.has(words[1] ?? '') && KEY_WORDS.has(words[2] ?? '')) return 0;
  // Segment's anonymousId: a visitor's before they sign in, until a record names a user's id (see segmentEvents in core.ts).
  if (compact === 'anonymousid') return 3;
  // A platform's id of the customer's own user (OneSignal's external_user_id): after a user's id, before an email. Not a bare
  // "external_id", which Zendesk's users leave null where their ticket's requester_id keys them.
  if (compact === 'externaluserid') return 0.5;
  // An analytics tool's person (Mixpanel's and PostHog's distinct_id: an identified user's or an anonymous device's, one person each).
  // A direct message's sender's id (a dating app's "sender_uid"): the message's person; its recipient is another (see core.ts).
  if (/^(?:sender|from|author)(?:u?id|userid)$/.test(compact)) return 0.5;
  // A Moodle log's "User full name": its lines' only name for their user (a log keyed by nothing else).
  if (compact === 'userfullname') return 2;
  // An audit log's acting account's id (GitHub's "actor_id").
  if (compact === 'uid' || compact === 'distinctid' || compact === 'actorid' || [...PERSON_QUALIFIERS].some((qualifier) => compact === `${qualifier}id`)) return 0;
  // Key first ("id_cliente", "numero_client") and one-word keys ("Personalnummer", "Kundennummer").
  if (words.length === 2 && KEY_WORDS.has(words[0] ?? '') && PERSON_QUALIFIERS.has(words[1] ?? '')) return 0;
  if (ONE_WORD_PERSON_KEYS.has(compact)) return 0;
  // "Employee #", "Member #": the person's number.
  if (words.length === 1 && PERSON_QUALIFIERS.has(compact) && /#\s*$/.test(name)) return 0;
  const profile = describeColumn(name);
  if (profile.hint === 'email' && !profile.thirdParty && !PLACE_EMAIL.test(name.trim())) return 1;
  // A national number is one person's for life (a population register's BSN, a payroll's PESEL): after an email, before an account's name.
  // Not by a name of two letters ("rc", a Czech birth number's and a tool's return code).
  if (profile.hint !== undefined && PERSONAL_NUMBER_HINTS.has(profile.hint) && compact.length > 2) return 1.5;
  // So is a national id of a country without a check rule here (Pakistan's CNIC, Nigeria's NIN): not an identity card's or
  // document's number, which is renewed.
  if (profile.hint === 'government-id' && compact.length > 2 && !words.some((word) => IDENTITY_DOCUMENT_WORDS.has(word))) return 1.5;
  if (compact === 'id') return 3; // after an account's name: a log's "id" is its event's
  // A DynamoDB table's partition key: in a single-table design, every item of one user ("USER#7f1c",
  // the profile, the sessions, the orders) shares it, which their emails do not.
  if (compact === 'pk' || compact === 'partitionkey') return 0.75;
  // A lab's sample or a study's participant: a person's specimen, but a sample may be a product's.
  if (compact === 'participantid' || compact === 'sampleid' || compact === 'specimenid' || compact === 'sampleno') return 3;
  // With no id and no email, a call record's subscriber number (msisdn_a, imsi): one line, one
  // person; an account's name (a chat export's "user", a log's "username"); then a device's id
  // (location pings, telemetry): one device, one person.
  if (SUBSCRIBER_NUMBER.test(name.trim()) || ACCOUNT_NAME_KEYS.has(compact)) return 2;
  // An account's name inside a JSON object that is the caller (CloudTrail's "userIdentity.userName", "actor.login").
  const dot = name.lastIndexOf('.');
  if (dot > 0 && ACCOUNT_NAME_KEYS.has(columnWords(name.slice(dot + 1)).join(''))) return 2;
  // A person's id inside the object that is the record's person ("policyholder.partyId", "order.customer_id"):
  // after one at the top (a log's "user_id" before its "details.request.auth.user.user_id").
  // Not an account's id inside an object, a cloud's or a platform's ("event.requestContext.accountId").
  // Not a user's id in a list of what was done to the record (Lever's "stageChanges[].userId", a ticket's "comments[].author_id"):
  // the staff member who did it.
  if (dot > 0 && ACTIONS_LIST.test(name.slice(0, dot))) return undefined;
  // Nor a staff member's inside their object (a KYC check's "agent.employee_id", a ticket's "assignee.id").
  if (dot > 0 && profile.thirdParty) return undefined;
  if (dot > 0 && subjectKeyRank(name.slice(dot + 1)) === 0 && !/^account/i.test(name.slice(dot + 1))) return 0.25;
  // So is a bare id of the object that is the record's acting person (a chat message's "author.id", an event's "user.id").
  if (dot > 0 && ACTING_PERSON_ID.test(name)) return 0.25;
  // A bank account's IBAN likewise: one account, one holder (a payments list without a customer id).
  // Not a creditor's (a direct-debit mandate's: the company collecting, the same on every row) or a merchant's account.
  if (profile.hint === 'iban' && ORGANISATION_ACCOUNT.test(name.trim())) return undefined;
  // So is a card's number: one card, one holder (a processor's authorisations, a chargeback file). Not a payment's method or a
  // card's kind ("Payment Method": "Visa", "ACH"; "card_type", "card_brand"): every customer who paid so would be one person.
  if (profile.hint === 'payment-card' && KIND_WORDS.has(words[words.length - 1] ?? '')) return undefined;
  if (profile.hint === 'device-id' || profile.hint === 'imei' || profile.hint === 'mac-address' || profile.hint === 'iban' || profile.hint === 'payment-card') return 4;
  return undefined;
}

const ACTING_PERSON_ID = /(?:^|\.)(?:author|user|sender|actor|poster|member|customer|patient|client)\.(?:id|uid|_id)$/i;
const ORGANISATION_ACCOUNT = /^(?:.*\.)?(?:creditor|merchant|company|employer|glaeubiger|gläubiger|creancier|créancier|acreedor|creditore|incassant)[ _.-]/i;

/** The email of a place of business ("store_email", "branch_email"): an organisation's, no one's key. */
export const PLACE_EMAIL = /^(?:store|shop|branch|hotel|restaurant|location|site|venue|outlet|dealer|franchise|clinic|practice|pharmacy|filiale|magasin|tienda|negozio)[ _.-]?e[ _-]?mail|^e[ _-]?mail[ _.-](?:(?:de|du|del|della)[ _.-](?:la[ _.-])?)?(?:store|shop|branch|hotel|restaurant|location|site|venue|outlet|dealer|franchise|clinic|practice|pharmacy|filiale|magasin|tienda|negozio|sucursal|boutique)$/i;

const LAWYER_FIELD = new RegExp(`(?:^|[^a-z])(?:${LAWYER_WORDS.join('|')})(?![a-z])`, 'i');

/**
 * The first column whose values in the first rows are (nearly) all email addresses, at least
 * three of them: who a row is about when no column name says it (a log without a header, an "id"
 * that holds emails). Undefined when there is none.
 */
export function emailKeyColumn(names: readonly string[], rows: readonly (readonly string[])[]): string | undefined {
  for (let column = 0; column < names.length; column++) {
    // Another person's addresses (a player's parents', a patient's guardian's) are theirs, not the records' key; nor is a store's,
    // nor a lawyer's (an e-filing's "Attorney Email").
    if (partyOf(names[column] ?? '') !== undefined || PLACE_EMAIL.test((names[column] ?? '').trim()) || LAWYER_FIELD.test(names[column] ?? '')) continue;
    let emails = 0;
    let others = 0;
    let first: string | undefined;
    let varied = false;
    for (const row of rows) {
      const value = (row[column] ?? '').trim();
      if (value === '' || isBlankValue(value)) continue;
      if (isPersonalEmail(value)) {
        emails++;
        first ??= value.toLowerCase();
        if (value.toLowerCase() !== first) varied = true;
      } else {
        others++;
      }
    }
    // One address on every row is the account's whose export it is (a shop's PayPal address), no one's key.
    if (emails >= 3 && others * 10 <= emails && varied) return names[column];
  }
  return undefined;
}

/** A column about an animal: a vet's, a kennel's or a groomer's records are about pets, their owners the people. */
export const ANIMAL_COLUMN = /^(?:.*\.)?(?:species|breed|(?:pet|animal|dog|cat|horse|puppy|kitten|hund|katze|chien|perro|gato|cane|gatto)[ _]?(?:name|type|species|breed|age|dob)|tierart|rasse|espece|race animal)$/i;

// A marketplace's two sides: its sellers (an Etsy shop, a tutor, a host, a ride's driver) and its buyers (see isMarketplaceSeller).
// Not a document's name (a "Driver License Number" is the record's own person's licence; a ride's "driver.license_number" is the driver's).
const MARKETPLACE_SELLER = /^(?:.*\.)?(?:seller|merchant|provider|host|driver(?![ _-]?(?:'?s[ _-]?)?(?:licen[cs]e|lic\b|dl\b|permit))|courier)[ _.-]/i;
const MARKETPLACE_BUYER = /^(?:.*\.)?(?:buyer|customer|client|purchaser|guest|renter|rider|passenger)[ _.-]/i;

/** Whether records with these columns name both a marketplace's buyer and its seller ("Buyer Email", "Seller Email"). */
export function namesBothSides(names: readonly string[]): boolean {
  return names.some((name) => MARKETPLACE_BUYER.test(name.trim())) && names.some((name) => MARKETPLACE_SELLER.test(name.trim()));
}

/** Whether a column is a marketplace seller's ("Seller Email", "Provider name", "host_name"): in records that name both sides, another person's. */
export function isMarketplaceSeller(name: string): boolean {
  return MARKETPLACE_SELLER.test(name.trim());
}

/** The column that identifies the person: best rank first, then column order. */
export function pickSubjectKey(columns: Iterable<string>): string | undefined {
  let best: { column: string; rank: number } | undefined;
  let name = false;
  let birth = false;
  /** A person of the record's own is named (their name, email, phone, address or birth date). */
  let ownPerson = false;
  /** The id of a driver or courier object (see OBJECT_PARTY_WORDS). */
  let driverKey: string | undefined;
  /** A device's id (an advertising id, an IMEI). */
  let deviceKey: string | undefined;
  const names = [...columns];
  // A REDCap export (its "Event Name" or redcap_event_name): its "Record ID" is the study's participant, on every event's row.
  if (names.some((column) => /^(?:event name|redcap_event_name)$/i.test(column.trim()))) {
    const record = names.find((column) => /^record[ _]id$/i.test(column.trim()));
    if (record !== undefined) return record;
  }
  // Google Analytics 4's BigQuery export: every event has its browser's or app instance's user_pseudo_id, a signed-in user's
  // events a user_id too: the pseudo id is on every row (a person per browser, as GA4 counts users).
  if (names.includes('user_pseudo_id')) return 'user_pseudo_id';
  // Amazon Connect's contact trace records: each call or chat is its caller's, known by their number.
  if (names.includes('AWSContactTraceRecordFormatVersion') && names.includes('CustomerEndpoint.Address')) return 'CustomerEndpoint.Address';
  // A dimension table that keeps its rows' versions (Epic Caboodle's PatientDim: a PatientKey per version, a DurableKey per patient).
  const durable = names.find((column) => /^durable[ _]?key$/i.test(column.trim()));
  if (durable !== undefined) return durable;
  // A Magento address book (customer_address_entity): its entity_id is the address's, its parent_id the customer's.
  if (names.some((column) => column.trim() === 'entity_id') && names.some((column) => /^(?:street|postcode|telephone)$/.test(column.trim()))) {
    const customer = names.find((column) => column.trim() === 'parent_id');
    if (customer !== undefined) return customer;
  }
  // A vet's records: the patient is an animal (a species or a breed says so), its owner the person.
  const animals = names.some((column) => ANIMAL_COLUMN.test(column.trim()));
  for (const column of names) {
    const own = animals && /patient/i.test(column) ? undefined : subjectKeyRank(column);
    // A marketplace's seller is known after its buyer ("buyer_email" before "seller_email" in an Etsy receipt); a payout's seller alone is the key.
    // A person's own reference comes before a member's number, which may be their place in a household's claim ("Member No" 1, 2, 3).
    const rank = own === undefined ? own : isMarketplaceSeller(column) ? own + 0.1 : own === 0 && PERSON_REFERENCE.test(column.trim()) ? -0.1 : own;
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { column, rank };
    if (rank === 4 && deviceKey === undefined && describeColumn(column).hint !== 'iban' && describeColumn(column).hint !== 'payment-card') deviceKey = column;
    if (partyOf(column) !== undefined || isPrimaryPersonColumn(column)) {
      if (driverKey === undefined && OBJECT_PARTY_WORDS.test(column.trim()) && (subjectKeyRank(column.slice(column.lastIndexOf('.') + 1)) ?? 4) <= 3) driverKey = column;
      continue;
    }
    const hint = describeColumn(column).hint;
    if (hint === 'person-name') name = true;
    else if (hint === 'date-of-birth') birth = true;
    if (hint === 'person-name' || hint === 'date-of-birth' || hint === 'email' || hint === 'phone' || hint === 'postal-address') ownPerson = true;
  }
  // Without a person's id or email, a name and a date of birth tell people apart better than an
  // account's, a device's or an event's id (a debtor with three debt accounts is one person).
  if (best !== undefined && best.rank >= 2 && name && birth) return undefined;
  // A fleet's telemetry names no one but its driver ("driver.driverId" next to a vehicle and its
  // tracker): the driver is the record's person, known by their id, not the tracker's.
  if (driverKey !== undefined && !ownPerson && (best === undefined || best.rank >= 4)) return driverKey;
  // A record that names no one but a device (an ad exchange's bid request: its "id" and its device.ifa) is the device's:
  // its bare id is the event's.
  if (best !== undefined && best.rank === 3 && deviceKey !== undefined && !ownPerson && !name && !birth) return deviceKey;
  // A person's account's number ("Consumer Account Number" of a credit bureau's tradelines) beside their SSN: one person may
  // have several accounts, so the SSN keys them.
  if (best !== undefined && best.rank <= 1 && /account/i.test(best.column)) {
    const ssn = names.find((column) => describeColumn(column).hint === 'us-ssn' && partyOf(column) === undefined && !isPrimaryPersonColumn(column) && !describeColumn(column).thirdParty);
    if (ssn !== undefined) return ssn;
  }
  return best?.column;
}

const PERSON_REFERENCE = /^(?:.*\.)?(?:person|individual)[ _-]?(?:ref|reference|id|no|number|nr)$/i;

/** Whether an email column's addresses are the record person's own (for Art. 34 notices). */
export function holdsSubjectEmail(column: ColumnProfile): boolean {
  return column.hint === 'email' && !column.thirdParty;
}

// ---------------------------------------------------------------------------------------------
// Detectors: each has a stable name (reported as evidence, never a value), a category and how
// much a hit of it is worth on its own.

export interface DetectorInfo {
  readonly name: string;
  readonly category: Category;
  /** How sure one validated hit makes the category (0..1). */
  readonly confidence: number;
  /** What a credentials hit says: a password in the clear, a password hash, or a token/key. */
  readonly credential?: 'plain' | 'hashed' | 'token';
  /** Told in words, not shown by a value (see SENSITIVE_IN_TEXT): makes no record a person's on its own. */
  readonly weak?: boolean;
  /** Position in ALL_DETECTORS (for per-column counters). */
  readonly id: number;
  /** The category's position in CATEGORIES (its bit in a person's mask). */
  readonly bit: number;
}

let detectorCount = 0;
const detector = (name: string, category: Category, confidence: number, credential?: DetectorInfo['credential']): DetectorInfo => ({
  name, category, confidence, id: detectorCount++, bit: CATEGORIES.indexOf(category), ...(credential ? { credential } : {}),
});

export const DETECTORS = {
  email: detector('email', 'contact', 0.99),
  phone: detector('phone', 'contact', 0.97),
  phoneUnverified: detector('phone-unverified', 'contact', 0.8),
  postalAddress: detector('postal-address', 'contact', 0.9),
  postalCode: detector('postal-code', 'contact', 0.85),
  personName: detector('person-name', 'identity', 0.9),
  dateOfBirth: detector('date-of-birth', 'identity', 0.95),
  usSsn: detector('us-ssn', 'government-id', 0.97),
  usItin: detector('us-itin', 'government-id', 0.97),
  ukNino: detector('uk-nino', 'government-id', 0.98),
  deTaxId: detector('de-tax-id', 'government-id', 0.98),
  deIdDocument: detector('de-id-document', 'government-id', 0.98),
  deSocialSecurity: detector('de-social-security-number', 'government-id', 0.98),
  frNir: detector('fr-nir', 'government-id', 0.98),
  frSpi: detector('fr-tax-id', 'government-id', 0.95),
  esDniNie: detector('es-dni-nie', 'government-id', 0.98),
  esSocialSecurity: detector('es-social-security-number', 'government-id', 0.95),
  itCodiceFiscale: detector('it-codice-fiscale', 'government-id', 0.98),
  nlBsn: detector('nl-bsn', 'government-id', 0.97),
  plPesel: detector('pl-pesel', 'government-id', 0.98),
  sePersonnummer: detector('se-personnummer', 'government-id', 0.98),
  fiHenkilotunnus: detector('fi-henkilotunnus', 'government-id', 0.98),
  dkCpr: detector('dk-cpr', 'government-id', 0.9),
  noFodselsnummer: detector('no-fodselsnummer', 'government-id', 0.98),
  beNationalNumber: detector('be-national-number', 'government-id', 0.98),
  ptNif: detector('pt-nif', 'government-id', 0.95),
  iePpsn: detector('ie-ppsn', 'government-id', 0.97),
  chAhv: detector('ch-ahv', 'government-id', 0.98),
  czBirthNumber: detector('cz-birth-number', 'government-id', 0.97),
  mxCurp: detector('mx-curp', 'government-id', 0.98),
  atSocialInsurance: detector('at-social-insurance-number', 'government-id', 0.95),
  caSin: detector('ca-sin', 'government-id', 0.97),
  auTfn: detector('au-tfn', 'government-id', 0.97),
  nzIrd: detector('nz-ird', 'government-id', 0.95),
  balticPersonalCode: detector('baltic-personal-code', 'government-id', 0.95),
  lvPersonalCode: detector('lv-personal-code', 'government-id', 0.9),
  roCnp: detector('ro-cnp', 'government-id', 0.97),
  isKennitala: detector('is-kennitala', 'government-id', 0.95),
  grAmka: detector('gr-amka', 'government-id', 0.95),
  grAfm: detector('gr-afm', 'government-id', 0.9),
  inAadhaar: detector('in-aadhaar', 'government-id', 0.98),
  inPan: detector('in-pan', 'government-id', 0.95),
  brCpf: detector('br-cpf', 'government-id', 0.97),
  krRrn: detector('kr-rrn', 'government-id', 0.95),
  krFrn: detector('kr-frn', 'government-id', 0.95),
  sgNricFin: detector('sg-nric-fin', 'government-id', 0.98),
  myKad: detector('my-mykad', 'government-id', 0.95),
  // A health system's number for life, as an NHS number is (health).
  nzNhi: detector('nz-nhi', 'health', 0.95),
  brCns: detector('br-cns', 'health', 0.95),
  thNationalId: detector('th-national-id', 'government-id', 0.98),
  trKimlikNo: detector('tr-kimlik-no', 'government-id', 0.98),
  twNationalId: detector('tw-national-id', 'government-id', 0.98),
  saNationalId: detector('sa-national-id', 'government-id', 0.95),
  aeEmiratesId: detector('ae-emirates-id', 'government-id', 0.98),
  egNationalId: detector('eg-national-id', 'government-id', 0.95),
  ghanaCard: detector('gh-card', 'government-id', 0.95),
  clRut: detector('cl-rut', 'government-id', 0.95),
  cnResidentId: detector('cn-resident-id', 'government-id', 0.98),
  zaIdNumber: detector('za-id-number', 'government-id', 0.98),
  passport: detector('passport', 'government-id', 0.9),
  driverLicense: detector('driver-license', 'government-id', 0.85),
  governmentIdColumn: detector('government-id-column', 'government-id', 0.75),
  paymentCard: detector('payment-card', 'payment-card', 0.99),
  cardSecurityCode: detector('card-security-code', 'payment-card', 0.9),
  iban: detector('iban', 'financial', 0.99),
  abaRouting: detector('aba-routing-number', 'financial', 0.97),
  bankAccount: detector('bank-account-number', 'financial', 0.85),
  financialColumn: detector('financial-column', 'financial', 0.75),
  plainPassword: detector('plain-password', 'credentials', 0.95, 'plain'),
  passwordHash: detector('password-hash', 'credentials', 0.98, 'hashed'),
  secretColumn: detector('secret-column', 'credentials', 0.8, 'token'),
  icd10: detector('icd10-code', 'health', 0.95),
  healthColumn: detector('health-column', 'health', 0.8),
  ssrHealth: detector('ssr-health-code', 'health', 0.9),
  licenceHealthCode: detector('licence-health-code', 'health', 0.9),
  ssrReligiousMeal: detector('ssr-religious-meal', 'special-category', 0.8),
  nhsNumber: detector('nhs-number', 'health', 0.98),
  usMbi: detector('us-mbi', 'health', 0.97),
  medicalRecordNumber: detector('medical-record-number', 'health', 0.9),
  healthInsuranceNumber: detector('health-insurance-number', 'health', 0.85),
  deHealthInsurance: detector('de-health-insurance-number', 'health', 0.98),
  auMedicare: detector('au-medicare-number', 'health', 0.97),
  usNpi: detector('us-npi', 'health', 0.97),
  geoCoordinates: detector('geo-coordinates', 'location', 0.95),
  // A digest of an email, a phone or a name where the value would be (an ad platform's audience: Customer Match,
  // Custom Audiences): a pseudonymous identifier, re-identifiable by whoever holds the address (GDPR Recital 26),
  // that reaches no one (no contact data) and is no state law's personal information.
  hashedIdentifier: detector('hashed-identifier', 'online-identifier', 0.8),
  ipAddress: detector('ip-address', 'online-identifier', 0.97),
  privateIpAddress: { ...detector('private-ip-address', 'online-identifier', 0.7), weak: true },
  macAddress: detector('mac-address', 'online-identifier', 0.97),
  imei: detector('imei', 'online-identifier', 0.97),
  deviceId: detector('device-id', 'online-identifier', 0.9),
  onlineIdentifierColumn: detector('online-identifier-column', 'online-identifier', 0.8),
  specialCategoryColumn: detector('special-category-column', 'special-category', 0.8),
  criminalColumn: detector('criminal-column', 'criminal', 0.8),
  // The same, told in words in notes (see SENSITIVE_IN_TEXT): a word, not a column, so less sure.
  healthInText: { ...detector('health-in-text', 'health', 0.6), weak: true },
  specialCategoryInText: { ...detector('special-category-in-text', 'special-category', 0.6), weak: true },
  criminalInText: { ...detector('criminal-in-text', 'criminal', 0.6), weak: true },
  geneticInText: { ...detector('genetic-in-text', 'genetic', 0.6), weak: true },
  // A medicine as an order's or a pharmacy's item, or named in a note (see medicines.ts): the record's person's only if something else makes it one's.
  medicine: { ...detector('medicine-name', 'health', 0.8), weak: true },
  biometricColumn: detector('biometric-column', 'biometric', 0.8),
  geneticColumn: detector('genetic-column', 'genetic', 0.8),
  communicationsColumn: detector('communications-column', 'communications', 0.8),
} as const satisfies Record<string, DetectorInfo>;

const TOKEN_DETECTORS: ReadonlyMap<TokenKind, DetectorInfo> = new Map(
  ([
    'aws-access-key-id', 'aws-secret-access-key', 'artifactory-token', 'azure-storage-key', 'basic-auth-url', 'discord-bot-token', 'github-token',
    'gitlab-token', 'jwt', 'mailchimp-key', 'npm-token', 'openai-key', 'pypi-token', 'sendgrid-key', 'slack-token',
    'stripe-key', 'telegram-bot-token', 'twilio-key', 'private-key', 'google-api-key',
  ] as const).map((kind) => [kind, detector(kind, 'credentials', 0.97, 'token')]),
);

/** Every detector, for reports ("which detectors exist") and tests; a detector's `id` is its index. */
export const ALL_DETECTORS: readonly DetectorInfo[] = [...Object.values(DETECTORS), ...TOKEN_DETECTORS.values()].sort((a, b) => a.id - b.id);

/** Where detections of one value go: the classifier counts them, `detectValue` lists them. */
export interface DetectionSink {
  /** The record's country (ISO alpha-2), for reading national phone numbers; undefined if unknown. */
  readonly country: string | undefined;
  /** The reference date for ages (children under 13/16). */
  readonly asOf: Date;
  /**
   * Whether sensitive facts told in words count (see SENSITIVE_IN_TEXT): in records' notes, yes;
   * not when a single string is judged (a header's "Diagnosis 1", a column name), which is no one's note.
   */
  readonly readsProse?: boolean;
  validated(detector: DetectorInfo): void;
  /** Passed a validator whose chance matches matter without context: confirmed per column. */
  probable(detector: DetectorInfo): void;
  /** A phone number's country (libphonenumber), a jurisdiction signal for the record. */
  phoneCountry(country: string): void;
  /** A person's age in whole years, from a date of birth, or `stated` by an age column. */
  /** An age: a birth date's, a stated age's (`stated`), or one a national number's encoded birth date gives (`fromId`). */
  age(years: number, stated?: boolean, fromId?: boolean): void;
  /** A birth date that reads either way (03/04/2012): the age month first and day first (-1: none). */
  ambiguousAge(monthFirst: number, dayFirst: number): void;
  /** A part of a date of birth given in several columns (BirthDay, BirthMonth, BirthYear): the record puts them together. */
  birthPart(part: BirthPart, value: number): void;
  /** A slash or dash date of this column showed its order by itself. */
  sawDateOrder(order: DateOrder): void;
}

// ---------------------------------------------------------------------------------------------
// Whole-value detection

/** Longest stretch of free text scanned per value; bounds the work per cell. */
export const MAX_SCANNED_TEXT = 10_000;

const COLUMN_ONLY: Partial<Record<ColumnHint, DetectorInfo>> = {
  financial: DETECTORS.financialColumn,
  secret: DETECTORS.secretColumn,
  health: DETECTORS.healthColumn,
  'postal-address': DETECTORS.postalAddress,
  'online-identifier': DETECTORS.onlineIdentifierColumn,
  'special-category': DETECTORS.specialCategoryColumn,
  criminal: DETECTORS.criminalColumn,
  biometric: DETECTORS.biometricColumn,
  genetic: DETECTORS.geneticColumn,
  communications: DETECTORS.communicationsColumn,
};

// Column-only categories whose columns are often answered yes or no (has_disability, sms_opt_in).
const ANSWERED_HINTS: ReadonlySet<ColumnHint> = new Set<ColumnHint>(['health', 'biometric', 'genetic', 'communications', 'financial']);

// Answers of a yes/no column.
const FLAG_ANSWERS: ReadonlySet<string> = new Set(['yes', 'no', 'true', 'false', 'y', 'n', '1', '0', 'ja', 'nein', 'oui',
  'non', 'si', 'sí', 'opt in', 'opt out', 'opted in', 'opted out', 'subscribed', 'unsubscribed']);

// Placeholders that are also people's names (Nan, Na, Nil): kept in name columns.
const NAMES_TOO: ReadonlySet<string> = new Set(['na', 'nan', 'nil']);

/** `isBlankValue` as a column reads it: a name column keeps the names that look like placeholders. */
export function isBlankIn(value: string, column: ColumnProfile): boolean {
  return isBlankValue(value) && !(column.hint === 'person-name' && NAMES_TOO.has(value.trim().toLowerCase()));
}

// Answers that say a flag column does NOT apply to the person ("criminal_record: no"), compared
// without case and accents; and answers that begin by saying so ("Keine Vorstrafen", "sin antecedentes").
// NKDA and NKA: a clinician's "no known (drug) allergies".
const NEGATIVE_ANSWERS = new Set(['false', 'no', '0', 'n', 'f', 'u', 'nein', 'non', 'nee', 'nie', 'nao', 'never', 'unknown', 'undesignated', 'nkda', 'nka',
  // None in Japanese, Korean, Chinese and Thai.
  'なし', '無し', 'ない', '特になし', '없음', '무', '无', '無', '没有', '沒有', 'ไม่มี',
  'not applicable', 'prefer not to say', 'keine', 'aucun', 'aucune', 'ninguno', 'ninguna', 'nessuno', 'nessuna', 'geen',
  'brak', 'neant', 'ras', 'nil', 'clean', 'clear', 'nothing', 'nada', 'niente', 'nichts', 'nunca', 'jamais', 'mai',
  'nulla', 'ingen', 'ingenting', 'inga', 'nej', 'negativo', 'negativa', 'negative', 'negatif', 'pulito', 'limpio', 'sauber',
  'schoon', 'blanco', 'vierge', 'kein eintrag', 'keine eintrage', 'ohne', 'konfessionslos', 'nenhuma', 'nenhum', 'declined',
  'odmowa', 'nie podano', 'prefiero no decirlo', 'preferisco non rispondere', 'prefiro nao dizer', 'wil ik niet zeggen',
  'prefiro nao responder', 'prefiro não responder', 'prefiro não dizer', 'niekarany', 'niekarana', 'niekarani', 'nie karany',
  'ne souhaite pas repondre', 'ne souhaite pas le dire', 'keine angabe', 'möchte ich nicht sagen', 'mochte ich nicht sagen',
  'prefer not to answer', 'prefer not to disclose', 'not disclosed', 'not stated', 'none stated', 'rather not say',
  // REDCap's and the NIH's categories for a race or an ethnicity not given.
  'unknown / not reported', 'unknown or not reported', 'not reported', 'unknown/not reported',
  // The UK school census's codes for an ethnicity refused or not obtained (DfE: REFU, NOBT).
  'refu', 'nobt', 'refused', 'information refused', 'not obtained', 'information not yet obtained', 'not known',
  // A police custody record's self-defined ethnicity not stated (NS).
  'ns',
  // None in German; a school's secular ethics class instead of religion (Belgium's, Spain's).
  'keiner', 'keines', 'niet-confessionele zedenleer', 'niet confessionele zedenleer', 'zedenleer', 'valores eticos']);
const NEGATIVE_START = /^(?:decline[ds]? to|(?:i )?choose not to|prefer not|prefere(?:rais)? ne pas|rather not|prefiero no|prefer[ií]s?co non|prefiro n[aã]o|(?:je )?ne (?:souhaite|veux) pas|(?:zeg|wil) ik liever niet|liever niet|(?:ich )?m[oö]chte? (?:ich )?(?:das )?nicht|(?:i )?do not wish|(?:i )?do(?:n['’]?t| not) (?:want|wish|care) to|(?:i )?(?:would|['’]d) rather not|no|none|not|never|nein|keine?|nicht|non|sans|aucune?|pas de|sin|ningun[oa]?|nessun[oa]?|nulla|geen|niet|brak|nao|sem|nunca|jamais|nil|clean|ingen|inga|nie|ohne|nenhum[a]?|noch nicht|not yet|pas encore|todav[ií]a no|ancora non|nog niet|jeszcze nie|ainda n[aã]o)(?=[\s,;:!]|\.(?!\s*\d)|$)/;
// A statement that ends by saying no ("liegt vor - ohne Eintrag": a certificate of good conduct with no entry).
const NEGATIVE_END = /(?:^|[-–:,;]\s*)(?:ohne eintr(?:ag|agung|agungen)|keine? eintr(?:ag|age|agung|agungen)|no entr(?:y|ies)|nothing recorded|sans mention|neant|sin antecedentes|nessuna iscrizione|geen vermelding(?:en)?)\s*\.?$/;

const OMB_NOT_HISPANIC = /^not hispanic(?:[ /]or[ /]latin[oa](?:\/[ax])?)?$/;

function isNegativeAnswer(value: string): boolean {
  const text = value.trim().toLowerCase();
  // An amount of nothing ("0.00", "£0", "0,00 €", a disability degree of "0%"): a union dues deduction of zero says no membership.
  if (/^[£$€]?\s*0+(?:[.,]0+)?\s*(?:%|€|eur|gbp|usd)?$/.test(text)) return true;
  if (NEGATIVE_ANSWERS.has(text)) return true;
  // The US OMB's ethnicity category "Not Hispanic or Latino" (CDISC's ETHNIC, REDCap's) is an answer, not a refusal.
  if (OMB_NOT_HISPANIC.test(text)) return false;
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return NEGATIVE_ANSWERS.has(plain) || NEGATIVE_START.test(plain) || NEGATIVE_END.test(plain) || NOT_GIVEN.test(plain);
}
// A record system's code for an answer not given: Epic's "*Unspecified", "Patient Declined", SystmOne's "Ethnic category not stated".
const NOT_GIVEN = /^\*?unspecified$|^(?:patient |client )?(?:declined|refused)(?: to (?:answer|state|specify|disclose))?$|\bnot (?:stated|known|recorded|specified|disclosed)\b/;

// National-id validators tried on a generic government-id column's values, in order, the first
// that passes naming the scheme: letters with a check character, two check digits, or a check
// digit with an encoded date come first. Schemes marked 'weak' have one check digit and little
// else (a random nine-digit number passes the SIN, TFN, BSN or NIF check one time in ten or
// eleven): a value passing one of them names it only when no other scheme passes it too.
// A weak scheme with a check digit and a birth date ('dated': Austria's) names an id alone where the record's country is not known.
/** An Australian Medicare card's number as the card prints it: four digits, five, one, and the person's reference number. */
const AU_MEDICARE_LAYOUT = /^[2-6]\d{3} \d{5} \d(?:[ -/]?\d)?$/;

const NATIONAL_ID_VALIDATORS: ReadonlyArray<readonly [DetectorInfo, (value: string) => boolean, string, ('weak' | 'dated')?]> = [
  [DETECTORS.ukNino, isUkNino, 'GB'],
  // Before Germany's id card: a letter and nine digits pass its check digit one time in ten.
  [DETECTORS.twNationalId, isTwNationalId, 'TW'],
  [DETECTORS.deIdDocument, isDeIdentityDocument, 'DE'],
  [DETECTORS.frNir, isFrNir, 'FR'],
  [DETECTORS.frSpi, isFrSpi, 'FR'],
  [DETECTORS.esDniNie, isEsDniOrNie, 'ES'],
  [DETECTORS.itCodiceFiscale, isItCodiceFiscale, 'IT'],
  [DETECTORS.sgNricFin, isSgNricFin, 'SG'],
  [DETECTORS.fiHenkilotunnus, isFiHenkilotunnus, 'FI'],
  [DETECTORS.iePpsn, isIePpsn, 'IE'],
  [DETECTORS.inPan, isInPan, 'IN'],
  [DETECTORS.brCpf, isBrCpf, 'BR'],
  [DETECTORS.zaIdNumber, isZaIdNumber, 'ZA'],
  [DETECTORS.aeEmiratesId, isAeEmiratesId, 'AE'],
  [DETECTORS.egNationalId, isEgNationalId, 'EG'],
  [DETECTORS.ghanaCard, isGhanaCardNumber, 'GH'],
  [DETECTORS.chAhv, isChAhvNumber, 'CH'],
  [DETECTORS.czBirthNumber, isCzBirthNumber, 'CZ SK'],
  [DETECTORS.mxCurp, isMxCurp, 'MX'],
  [DETECTORS.thNationalId, isThNationalId, 'TH'],
  [DETECTORS.krRrn, (value) => isKrRrn(value, true), 'KR'],
  [DETECTORS.noFodselsnummer, isNoFodselsnummer, 'NO'],
  [DETECTORS.trKimlikNo, isTrKimlikNo, 'TR'],
  [DETECTORS.beNationalNumber, isBeNationalNumber, 'BE'],
  [DETECTORS.clRut, isClRut, 'CL'],
  [DETECTORS.cnResidentId, isCnResidentId, 'CN'],
  [DETECTORS.deTaxId, isDeTaxId, 'DE'],
  [DETECTORS.deSocialSecurity, isDeSocialSecurityNumber, 'DE'],
  [DETECTORS.plPesel, isPlPesel, 'PL'],
  [DETECTORS.sePersonnummer, isSePersonnummer, 'SE'],
  [DETECTORS.inAadhaar, isInAadhaar, 'IN', 'weak'],
  // Eight digits are a BSN with its leading zero dropped only in a column named for one: in a generic id column (Moodle's
  // "idnumber"), a student's or an employee's number, which passes the 11-proef one time in eleven.
  [DETECTORS.nlBsn, (value) => /^\d{9}$/.test(value.trim().replace(/[\s.-]/g, '')) && isNlBsn(value), 'NL', 'weak'],
  [DETECTORS.caSin, isCaSin, 'CA', 'weak'],
  [DETECTORS.auTfn, isAuTfn, 'AU', 'weak'],
  [DETECTORS.nzIrd, isNzIrd, 'NZ', 'weak'],
  [DETECTORS.balticPersonalCode, isBalticPersonalCode, 'EE LT', 'dated'],
  [DETECTORS.lvPersonalCode, isLvPersonalCode, 'LV', 'weak'],
  [DETECTORS.roCnp, isRoCnp, 'RO', 'dated'],
  [DETECTORS.isKennitala, isIsKennitala, 'IS', 'weak'],
  [DETECTORS.grAmka, isGrAmka, 'GR', 'dated'],
  [DETECTORS.grAfm, isGrAfm, 'GR', 'weak'],
  [DETECTORS.ptNif, isPtNif, 'PT', 'weak'],
  [DETECTORS.saNationalId, isSaNationalId, 'SA', 'weak'],
  [DETECTORS.atSocialInsurance, isAtSocialInsuranceNumber, 'AT', 'dated'],
  // A CPR number has no check digit to rely on: only in its written form DDMMYY-SSSS.
  [DETECTORS.dkCpr, (value) => value.includes('-') && isDkCpr(value), 'DK', 'weak'],
];

/** Countries whose national ids a generic government-id column's value is checked against (the US: SSN and ITIN). */
const NATIONAL_ID_COUNTRIES: ReadonlySet<string> = new Set(['US', ...NATIONAL_ID_VALIDATORS.flatMap(([, , countries]) => countries.split(' '))]);
const COUNTRIES_OF_SCHEME: ReadonlyMap<DetectorInfo, string> = new Map(NATIONAL_ID_VALIDATORS.map(([found, , countries]) => [found, countries]));

/** Whether an id of this scheme is the record's country's own (or the country is unknown): a foreign id's encoded birth date may be a misreading. */
function ownScheme(found: DetectorInfo, country: string | undefined): boolean {
  const countries = COUNTRIES_OF_SCHEME.get(found);
  return country === undefined || countries === undefined || countries.includes(country);
}

/**
 * Whether a value is a national id that says so by itself (a header-less table's column): one that
 * passes a scheme's check and is not bare digits (an NRIC's letters, a CPF's dots, a codice fiscale).
 */
export function isSelfEvidentNationalId(value: string): boolean {
  return !DIGITS_ONLY.test(value.trim()) && nationalIdOf(value.trim()) !== undefined;
}

/**
 * The national id a generic government-id column's value is, if one scheme says so. In a record
 * placed in a country whose ids are known here, the value must be one of that country's, or
 * another country's with letters in it (a resident foreigner's NINO or DNI): a PESEL in Poland is
 * no Norwegian number, and a Polish number with a wrong check digit no id at all, though it
 * passes a Brazilian CPF's or a Turkish number's checks.
 */
function nationalIdOf(value: string, country?: string): DetectorInfo | undefined {
  const known = country !== undefined && NATIONAL_ID_COUNTRIES.has(country);
  if (known) {
    for (const [found, test, countries] of NATIONAL_ID_VALIDATORS) if (countries.includes(country) && test(value)) return found;
    if (country === 'US') {
      const ssn = usTaxpayerNumber(value);
      if (ssn) return ssn;
    }
    // Digits alone that are not the country's own id: its own with a wrong check digit (an
    // 11-digit PESEL passes Brazil's or Turkey's two check digits one time in a hundred).
    if (DIGITS_ONLY.test(value)) return undefined;
  } else if (country !== undefined && DIGITS_ONLY.test(value)) {
    // A country whose ids have no check here (Colombia's cédula, Argentina's DNI): digits of an id's
    // length in a column named for one are that country's id, not another country's that they happen to pass.
    return isUncheckedIdNumber(value, 6) ? DETECTORS.governmentIdColumn : undefined;
  }
  let weakMatch: DetectorInfo | undefined;
  for (const [found, test, , weak] of NATIONAL_ID_VALIDATORS) {
    if ((weak === 'weak' && known) || !test(value)) continue;
    if (!weak) return found;
    if (weakMatch) return DETECTORS.governmentIdColumn;
    weakMatch = found;
  }
  return weakMatch;
}

const DIGITS_ONLY = /^[\d\s./-]+$/;

/** Digits of an id's length (`minimum` to 15, written with spaces, dots, slashes or dashes), not one digit repeated: an id no check rule here can test. */
function isUncheckedIdNumber(value: string, minimum: number): boolean {
  const digits = value.replace(/[\s./-]/g, '');
  return digits.length >= minimum && digits.length <= 15 && /^\d+$/.test(digits) && !/^(\d)\1+$/.test(digits);
}

// A column of identity documents' numbers rather than of national numbers.
const IDENTITY_DOCUMENT = /doc|passport|card|licen[cs]e|permit|ausweis|pass\b|carte|tarjeta|carta|paspoort|dowod|pi[eè]ce|aufenthalt|s[eé]jour|soggiorno|verblijf|pobytu|brp/i;

/** A US SSN or ITIN. */
function usTaxpayerNumber(value: string): DetectorInfo | undefined {
  return parseUsSsn(value)?.valid ? DETECTORS.usSsn : isUsItin(value) ? DETECTORS.usItin : undefined;
}

/** A column's validator: what a value is, if it is what the column's name says; `country` is the record's, where known. */
type Validator = (value: string, column: ColumnProfile, country?: string) => DetectorInfo | undefined;
const when = (test: (value: string) => boolean, found: DetectorInfo): Validator => (value) => (test(value) ? found : undefined);

/**
 * `test`, or `test` of the number a word ends in, for numbers that begin with a digit: prose
 * in a column named for the number drops a space ("my code is030594W903B").
 */
const orGlued = (test: (value: string) => boolean) => (value: string): boolean => {
  if (test(value)) return true;
  const glued = /^\p{L}+(\d[\dA-Z+-]{7,16})$/u.exec(value);
  return glued?.[1] !== undefined && test(glued[1]);
};
const isSePersonnummerInText = orGlued(isSePersonnummer);

// What a Nordic "personnummer" column's value is: Sweden's, Finland's henkilötunnus (named so in Swedish), Norway's, Denmark's.
const NORDIC_PERSONAL_NUMBERS: ReadonlyArray<readonly [(value: string) => boolean, string, DetectorInfo]> = [
  [isSePersonnummerInText, 'SE', DETECTORS.sePersonnummer], [isFiHenkilotunnus, 'FI', DETECTORS.fiHenkilotunnus],
  [isNoFodselsnummer, 'NO', DETECTORS.noFodselsnummer], [isDkCpr, 'DK', DETECTORS.dkCpr],
];

// Columns named for one kind of identifier: the value must pass that identifier's validator.
const NAMED_VALIDATORS: Partial<Record<ColumnHint, Validator>> = {
  // Outside the US, a social security number column holds the record's country's (Odoo's "SSN No": an AHV, an SVNR).
  'us-ssn': (value, _column, country) => usTaxpayerNumber(value) ?? (country !== undefined && country !== 'US' ? nationalIdOf(value, country) : undefined),
  'us-itin': (value) => (isUsItin(value) ? DETECTORS.usItin : undefined),
  'uk-nino': when(isUkNino, DETECTORS.ukNino),
  'de-tax-id': when(isDeTaxId, DETECTORS.deTaxId),
  'de-social-security': when(isDeSocialSecurityNumber, DETECTORS.deSocialSecurity),
  'de-id-card': when(isDeIdentityDocument, DETECTORS.deIdDocument),
  // In a column named for it, also without its key (kept in a "Clé" column beside it).
  'fr-nir': when((value) => isFrNir(value) || isFrNirWithoutKey(value), DETECTORS.frNir),
  'fr-tax-id': when(isFrSpi, DETECTORS.frSpi),
  // "NIF" is Spain's and Portugal's tax number (8 digits and a letter, or 9 digits).
  'es-social-security': when(isEsSocialSecurityNumber, DETECTORS.esSocialSecurity),
  'es-dni': (value) => (isEsDniOrNie(value) ? DETECTORS.esDniNie : isPtNif(value) ? DETECTORS.ptNif : undefined),
  'it-codice-fiscale': when(isItCodiceFiscale, DETECTORS.itCodiceFiscale),
  'nl-bsn': when(isNlBsn, DETECTORS.nlBsn),
  'pl-pesel': when(isPlPesel, DETECTORS.plPesel),
  // "Personnummer" is also the Swedish name of Finland's henkilötunnus.
  // Tried in the record's country's order first: a Danish number may pass Sweden's check by chance.
  'se-personnummer': (value, _column, country) => {
    const own = NORDIC_PERSONAL_NUMBERS.find(([, countryOf]) => countryOf === country);
    if (own?.[0](value)) return own[2];
    return NORDIC_PERSONAL_NUMBERS.find(([test]) => test(value))?.[2];
  },
  'fi-henkilotunnus': when(orGlued(isFiHenkilotunnus), DETECTORS.fiHenkilotunnus),
  'dk-cpr': when(orGlued(isDkCpr), DETECTORS.dkCpr),
  'no-fodselsnummer': when(orGlued(isNoFodselsnummer), DETECTORS.noFodselsnummer),
  'be-national-number': when(orGlued(isBeNationalNumber), DETECTORS.beNationalNumber),
  'pt-nif': when(orGlued(isPtNif), DETECTORS.ptNif),
  'ie-ppsn': when(orGlued(isIePpsn), DETECTORS.iePpsn),
  // "SV-Nummer" names the Austrian number and, in German payrolls, the German one.
  'at-social-insurance': (value) => (orGlued(isAtSocialInsuranceNumber)(value) ? DETECTORS.atSocialInsurance : isDeSocialSecurityNumber(value) ? DETECTORS.deSocialSecurity : undefined),
  'ca-sin': when(orGlued(isCaSin), DETECTORS.caSin),
  'au-tfn': when(orGlued(isAuTfn), DETECTORS.auTfn),
  'nz-ird': when(isNzIrd, DETECTORS.nzIrd),
  'in-aadhaar': when(orGlued(isInAadhaar), DETECTORS.inAadhaar),
  'in-pan': when(isInPan, DETECTORS.inPan),
  'br-cpf': when(isBrCpf, DETECTORS.brCpf),
  'kr-rrn': when(orGlued(isKrRrn), DETECTORS.krRrn),
  'kr-frn': when(orGlued(isKrFrn), DETECTORS.krFrn),
  'sg-nric': (value) => (isSgNricFin(value) ? DETECTORS.sgNricFin : isMyKad(value) ? DETECTORS.myKad : undefined),
  'my-mykad': when(isMyKad, DETECTORS.myKad),
  'nz-nhi': when(isNzNhi, DETECTORS.nzNhi),
  'br-cns': when(isBrCns, DETECTORS.brCns),
  'th-national-id': when(orGlued(isThNationalId), DETECTORS.thNationalId),
  'tr-kimlik': when(orGlued(isTrKimlikNo), DETECTORS.trKimlikNo),
  'tw-national-id': when(isTwNationalId, DETECTORS.twNationalId),
  'ma-cin': when((value) => /^[A-Z]{1,2}\d{4,7}$/i.test(value.trim()), DETECTORS.governmentIdColumn),
  // Each scheme in turn, then a number of an id's length unchecked (Kuwait's civil id, Qatar's QID: no check rule here).
  'mena-national-id': (value) => {
    const compact = value.trim().replace(/\s/g, '');
    if (isSaNationalId(compact)) return DETECTORS.saNationalId;
    if (isAeEmiratesId(compact)) return DETECTORS.aeEmiratesId;
    if (isEgNationalId(compact)) return DETECTORS.egNationalId;
    return isUncheckedIdNumber(compact, 8) ? DETECTORS.governmentIdColumn : undefined;
  },
  'za-id': when(orGlued(isZaIdNumber), DETECTORS.zaIdNumber),
  'ch-ahv': when(isChAhvNumber, DETECTORS.chAhv),
  'cz-birth-number': when(isCzBirthNumber, DETECTORS.czBirthNumber),
  'mx-curp': when(isMxCurp, DETECTORS.mxCurp),
  passport: (value, column, country) => {
    // A German word for passport names the language, not always the issuer: in records of people of other countries (a
    // German university's applicants' "Reisepassnummer"), any country's passport.
    if (column.issuer === 'DE') {
      if (isDeIdentityDocument(value)) return DETECTORS.deIdDocument;
      return country !== undefined && country !== 'DE' && isPassportNumber(value, 'any') ? DETECTORS.passport : undefined;
    }
    // Of any issuer's, a German serial in a German record (there letters alone too: no other country's passport has no digit).
    if (column.issuer === 'any' && country === 'DE' && isDeIdentityDocument(value)) return DETECTORS.deIdDocument;
    return isPassportNumber(value, column.issuer) ? DETECTORS.passport : undefined;
  },
  'driver-license': when(isDocumentNumberShaped, DETECTORS.driverLicense),
  'government-id': (value, column, country) => {
    // An identity document's number (a passport's, an id card's) is any country's: the record's country checks national numbers only.
    const document = column.document === true || IDENTITY_DOCUMENT.test(column.name);
    // Its number is still read as the record's country's, where it is one (a Dutch BSN on an Adyen identity document, which a
    // Chilean RUT's check also passes); in a record of a country whose ids are known, any other is the document's own number
    // (a British passport's nine digits are no US SSN), told by its shape.
    const ownCountry = document && country !== undefined && NATIONAL_ID_COUNTRIES.has(country);
    const national = ownCountry ? nationalIdOf(value, country) : nationalIdOf(value, document ? undefined : country);
    if (national) return national;
    // Written as a CURP is, with a wrong check digit: no id, whatever document the column names (a KYC's "documento": {tipo: CURP}).
    if (isMxCurpShaped(value)) return undefined;
    if (ownCountry) return isDocumentNumberShaped(value) ? DETECTORS.governmentIdColumn : undefined;
    // In a record of a country whose ids are known, a national number that is none of them is no id (a wrong check digit).
    if (country !== undefined && NATIONAL_ID_COUNTRIES.has(country) && !document) return undefined;
    if (parseUsSsn(value)?.valid) return DETECTORS.usSsn;
    return isDocumentNumberShaped(value) ? DETECTORS.governmentIdColumn : undefined;
  },
  'routing-number': when(isAbaRoutingNumber, DETECTORS.abaRouting),
  // Digits in groups, by spaces, dashes or dots (Norway's 1503.12.34567).
  // Seven digits at least (a Canadian account's), an IBAN, or a longer number.
  'bank-account': (value) => (isIban(value) ? DETECTORS.iban : /^\d[\d .-]{5,20}\d$/.test(value.trim()) && !isDateLike(value) ? DETECTORS.bankAccount : undefined),
  'nhs-number': when(isNhsNumber, DETECTORS.nhsNumber),
  'us-mbi': when(isUsMbi, DETECTORS.usMbi),
  'de-health-insurance': when(isDeHealthInsuranceNumber, DETECTORS.deHealthInsurance),
  // A "Medicare card number" is Australian, or a US card's MBI.
  'au-medicare': (value) => (isAuMedicareNumber(value) ? DETECTORS.auMedicare : isUsMbi(value) ? DETECTORS.usMbi : undefined),
  'us-npi': when(orGlued(isUsNpi), DETECTORS.usNpi),
  'medical-record-number': when(isDocumentNumberShaped, DETECTORS.medicalRecordNumber),
  'health-insurance-number': (value) =>
    isDeHealthInsuranceNumber(value) ? DETECTORS.deHealthInsurance : isUsMbi(value) ? DETECTORS.usMbi
      : isAuMedicareNumber(value) ? DETECTORS.auMedicare
      // Written as an Australian Medicare card prints it ("2630 25673 5 1") but with a wrong check digit: no one's number.
      : AU_MEDICARE_LAYOUT.test(value.trim()) ? undefined
      : isDocumentNumberShaped(value) ? DETECTORS.healthInsuranceNumber : undefined,
  'mac-address': when(isMacAddress, DETECTORS.macAddress),
  imei: when(isImei, DETECTORS.imei),
  // An IMSI: a mobile country code (200-799) and 11-12 more digits.
  'device-id': (value) => (isUuid(value) || isImei(value) || isMacAddress(value) || /^[A-Za-z0-9:_-]{16,200}$/.test(value.trim()) || /^[2-7]\d{13,14}$/.test(value.trim()) ? DETECTORS.deviceId : undefined),
  'card-security-code': when((value) => /^\d{3,4}$/.test(value.trim()), DETECTORS.cardSecurityCode),
  latitude: when(isLatitude, DETECTORS.geoCoordinates),
  longitude: when(isLongitude, DETECTORS.geoCoordinates),
  coordinates: when(isCoordinatePair, DETECTORS.geoCoordinates),
  // A geohash (base 32 without a, i, l, o; 6 characters and more is a few hundred metres) or a what3words address.
  geohash: when((value) => /^[0-9b-hjkmnp-z]{6,12}$/.test(value.trim()) || /^(?:\/\/\/)?\p{L}+\.\p{L}+\.\p{L}+$/u.test(value.trim()), DETECTORS.geoCoordinates),
  // Not a bot's account name ("dependabot[bot]", as GitHub lists them), nor a company's or a place's,
  // nor a label with a number in it ("Caller +1 (307) 694-8155", as Zendesk names unknown callers),
  // nor an account's handle ("priya.jenkins", "anna_b", as Auth0's nickname and WordPress's display name often are).
  // A display name or a nickname that is a handle, not a name ("WolfBuilder62", "avisser"): a screen name, an online identifier.
  'person-name': (value, column) => (column.screenName === true && isScreenName(value) ? DETECTORS.onlineIdentifierColumn
    : isPersonName(nameOf(value)) || isCompanyContact(value) ? DETECTORS.personName : undefined),
};
const DISPLAY_NAME_COLUMN = /display[ _.-]?name|nick[ _]?name|persona[ _]?name|screen[ _]?name/i;

/** A handle as a display name or a nickname holds one: one word, with digits or punctuation in it or all in small letters; no bot's or desk's. */
function isScreenName(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && !hasWhitespace(trimmed) && (isHandleOrLabel(trimmed) || /^[a-z][a-z0-9._-]{2,}$/.test(trimmed)) && !isBotAccountName(trimmed);
}

/** Whether a value has a letter (any non-ASCII character is taken as one, as names are). */
function hasLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) return true;
    if (code > 127) return /\p{L}/u.test(value);
  }
  return false;
}

/**
 * `/\s/.test(value)` without a regular expression call (it runs on most cells): the same set,
 * ASCII blanks and the Unicode spaces, line and paragraph separators and BOM that `\s` matches.
 */
export function hasWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 32) {
      if (code === 32 || (code >= 9 && code <= 13)) return true;
    } else if (code >= 160) {
      if (
        code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 ||
        code === 8239 || code === 8287 || code === 12288 || code === 65279
      ) return true;
    }
  }
  return false;
}

/**
 * A label with three digits or more ("Caller +1 (307) 694-8155") or an account's handle: one word
 * joined by a dot or an underscore before a small letter, or with a digit ("priya.jenkins",
 * "anna_b", "julien47"); a software's name in small letters joined by a hyphen ("orders-backend",
 * "shopify-app") or with a digit between letters ("m2m"). "J.R.", "Jean-Luc" and "jean dupont" are
 * names. One pass over the value.
 */
function isHandleOrLabel(raw: string): boolean {
  const value = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
  let digits = 0;
  let space = false;
  let joined = false;
  let capital = false;
  let slug = false;
  let digitInWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      if (isSmallLetter(value.charCodeAt(i - 1)) && isSmallLetter(value.charCodeAt(i + 1))) digitInWord = true;
    } else if (code <= 32) space = true;
    else if (code >= 65 && code <= 90) capital = true;
    else if ((code === 46 || code === 95) && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if ((next >= 97 && next <= 122) || next >= 223) joined = true;
    } else if (code === 45 && isSmallLetter(value.charCodeAt(i - 1)) && isSmallLetter(value.charCodeAt(i + 1))) slug = true;
  }
  return digits >= 3 || digitInWord || (slug && !capital) || (!space && (joined || digits > 0));
}

const isSmallLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Whether a value of a name column can be a person's name (see NAMED_VALIDATORS['person-name']). */
// A forum's accounts for crawlers (phpBB's "Google [Bot]", "AdsBot [Google]", "Google Feedfetcher") and for visitors not signed in ("Anonymous").
const CRAWLER_ACCOUNT = /\[[^\]]*\]\s*$/;
const CRAWLER_WORD = /\b(?:\w*bot|\w*crawler|spider|google|bing|yahoo|baidu|yandex|msn)\b/i;

// A shared mailbox's, a desk's or a room's name where a person's would be ("Reception", "Front Desk", "HR Shared",
// "Accounts Payable", "Training Room 2").
// Atlassian's "Former user" stands for a deleted account; Discourse's "system" and "discobot" are its own; Canvas's gradebook's
// "Points Possible" row is its assignments' maxima, and its "Test Student" (in a gradebook "Student, Test") the teacher's view as a student.
// A telematics log's fix with no driver signed in (Geotab's "UnknownDriver", "No Driver").
// Odoo's own users: its bot, the public user and the templates of new users.
const ROLE_NAME = new RegExp(String.raw`^\s*(?:former user|system|discobot|odoobot|public user|(?:portal|default|public|internal) user template|points possible|test student|student, test|(?:unknown|no|unassigned) ?(?:driver|operator)|`
  // A form's hint row where the names would be ("Last, First", "Surname, Forename").
  + String.raw`(?:last|surname|family name)(?: name)?,? (?:first|forename|given)(?: name)?|(?:first|given)(?: name)?,? (?:last|surname)(?: name)?|reception|front ?desk|help ?desk|service ?desk|it support|customer service|info|sales|support|admin|administrator|office|accounts|billing|marketing|payroll|facilities|no-?reply|postmaster|webmaster|accounts (?:payable|receivable)|[\w-]+ shared|shared [\w-]+|[\w-]+ room(?: [\w.-]+){0,3}|`
  // Equipment and desks booked as resources, and teams' mailboxes ("Phone Booth 4", "Projector Cart 1", "Press Office", "Careers").
  + String.raw`(?:phone |call )?booth(?: [\w.-]+){0,2}|`
  // A hearing's companion by their role, as an employee relations case log writes it ("UNISON representative", "Work colleague").
  + String.raw`(?:[\w-]+ ){0,2}(?:representative|rep)|(?:work |workplace |a )?colleague|`
  // A role's desk or team by its place or its kind ("Reception Berlin", "HR Germany", "Payroll UK", "Careers Team", "IT Helpdesk").
  + String.raw`(?:reception|hr|payroll|invoices?|careers|help ?desk|service ?desk)(?: [\w-]+){1,2}|it help ?desk|no[ -]reply|(?:[\w-]+ ){1,2}(?:booth|cart|desk|pod)(?: [\w.-]+){0,2}|projector(?: [\w.-]+){0,2}|invoices?|press(?: office)?|careers|jobs|recruiting|security|legal|finance|hr)\s*$`, 'i');

// Windows' own accounts, with or without their domain: a computer's (WS01$), Kerberos' krbtgt, the built-in Guest and
// Administrator, Unix's root, an admin account by its role (a break-glass "CORP\bg-admin"); and service accounts by the usual prefix (svc_backup, CORP\svc-sccm, Keycloak's service-account-billing-api).
const WINDOWS_ACCOUNT = /^(?:[^\\\s]+\\)?(?:[\w.-]+\$|krbtgt|guest|administrator|defaultaccount|wdagutilityaccount|root|(?:[\w]+[-_.])?admin|svc[_.-][\w.-]+|service-account-[\w.-]+)$/i;

// Intercom's name for an anonymous lead, two words and the city its IP address is in ("Purple Koala from Berlin").
const ANONYMOUS_LEAD = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ from \p{Lu}[\p{L} .'-]*$/u;

/** Whether an account's or a name's value is a crawler's, Slackbot, the anonymous visitor's (see CRAWLER_ACCOUNT), a desk's or Windows' own, no one's. */
export function isBotAccountName(value: string): boolean {
  // Not "Bing" alone at the start: it is also a given name ("Bing Liu").
  return (CRAWLER_ACCOUNT.test(value) && CRAWLER_WORD.test(value)) || /^\s*(?:anonymous\s*$|slackbot\s*$|(?:google|yahoo|msn|baidu|yandex)\b)/i.test(value)
    || ROLE_NAME.test(value) || WINDOWS_ACCOUNT.test(value) || (value.includes(' from ') && ANONYMOUS_LEAD.test(value));
}

export function isPersonName(value: string): boolean {
  // The classifier asks of a name as its validator does: the second question is answered from here.
  if (value === lastName) return lastNameAnswer;
  lastName = value;
  lastNameAnswer = value.length <= 300 && hasLetter(value) && !value.includes('@') && !isBotAccountName(value) && !namesOrganisation(value)
    && !isHandleOrLabel(value) && !(isDigitAt(value, value.length - 1) && (NUMBERED_TITLE.test(value) || MONTH_AND_DAY.test(value)));
  return lastNameAnswer;
}
/**
 * The name a name column's value gives: a directory's distinguished name gives its common name ("CN=Byrne\\, Darragh,OU=Users,DC=corp"
 * is "Byrne, Darragh"; "CN=krbtgt,OU=Service,..." is Kerberos' account), any other value itself.
 */
export function nameOf(value: string): string {
  if (value.charCodeAt(2) !== 61 /* = */ || !/^\s*cn=/i.test(value)) return value;
  const cn = /^\s*cn=((?:[^,\\]|\\.)*)/i.exec(value)?.[1] ?? '';
  return cn.replace(/\\(.)/g, '$1').trim();
}

/**
 * A company's contact person as an ERP names them, the company first ("Kraus Bau GmbH, Anna Weber": Odoo's display name of a
 * company's contact): a person, whose name is after the comma.
 */
export function isCompanyContact(value: string): boolean {
  const comma = value.lastIndexOf(', ');
  if (comma <= 0) return false;
  const person = value.slice(comma + 2).trim();
  return hasWhitespace(person) && namesOrganisation(value.slice(0, comma)) && isPersonName(person);
}

// A date where a name would be: a report's footer line "Monday, November 23, 2026 03:14 PM" unquoted, cut at its commas.
const MONTH_AND_DAY = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}$/i;
// A matter's or a case's title where a name would be: words, a spaced dash, and a number at the end ("Family Law – Byrne 12").
const NUMBERED_TITLE = /\s[–—-]\s.*\s#?\d{1,6}$/;
let lastName = '';
let lastNameAnswer = false;

const isDigitAt = (value: string, index: number): boolean => {
  const code = value.charCodeAt(index);
  return code >= 48 && code <= 57;
};

// Words that make a name a company's, an institution's or a place's ("Frankfurt am Main Airport",
// "Nordlicht Logistics GmbH"), never a person's.
// Surnames that are also such words (Bank, Station, Hotel, College; Ab, Ag, Oy, Sas) are not in it.
const ORGANISATION_WORDS = new Set(['airport', 'intl', 'international', 'gmbh', 'mbh', 'ltd', 'llc', 'inc', 'plc', 'corp',
  'corporation', 'company', 'co', 'kg', 'ohg', 'bv', 'nv', 'srl', 'spa', 'sarl', 'pty', 'llp', 'e.v', 'sons', 'inn',
  'university', 'universität', 'hospital', 'klinikum', 'airlines', 'airways', 'hauptbahnhof', 'museum', 'foundation',
  'association', 'holdings', 'services', 'solutions', 'systems', 'technologies', 'logistics', 'limited', 'stiftung',
  'verein', 'gesellschaft', 'b.v', 's.l', 's.r.l', 'o.o', 's.a',
  // Brazil's company forms: limitada, EIRELI, a micro or small business (ME, EPP).
  'ltda', 'eireli', 'me', 'epp', 'trust',
  // Colombia's simplified stock company (S.A.S.), Peru's closed and open ones (S.A.C., S.A.A.) and its E.I.R.L.; Chile's SpA is spa.
  's.a.s', 's.a.c', 's.a.a', 'e.i.r.l', 'e.u',
  // Switzerland's Sàrl and Sagl, the Netherlands' and Belgium's general partnership (V.O.F.).
  'sàrl', 'sagl', 'v.o.f', 'vof', 'stichting', 'fondation', 'fundacion', 'fondazione', 'estate', 's.p.a',
  // Gulf, Turkish and Egyptian company forms (PJSC, FZE, W.L.L., A.Ş.), and hospitals.
  'pjsc', 'psc', 'fze', 'fzco', 'fz-llc', 'w.l.l', 'wll', 'saog', 'a.s', 'a.ş', 'hospitals',
  // A US national bank ("Capital One Bank (USA), N.A.", "Discover Bank") as a creditor in a court's party list.
  'bank', 'n.a',
  // Québec's company forms (Ltée, S.E.N.C., S.E.N.C.R.L., a sole proprietor's Enr.) and a clinic in French.
  'ltée', 'ltee', 's.e.n.c', 'senc', 's.e.n.c.r.l', 'sencrl', 'enr', 'clinique',
  // France's company forms (a property company "SCI Les Tilleuls", SASU, EURL, SNC, a professional partnership's SCP, SELARL).
  'sci', 'sccv', 'scea', 'sasu', 'eurl', 'snc', 'scp', 'selarl', 'scm', 'gie', 'earl', 'gaec',
  // Germany's mini-GmbH: "UG (haftungsbeschränkt)" (Austria's OG, as its KG, in CAPITAL_LEGAL_FORM); the Dutch and Belgian N.V.;
  // Ireland's designated activity company (DAC), company limited by guarantee (CLG) and Teoranta (not its "Teo.": a Singaporean
  // surname), Wales' Cyfyngedig.
  'haftungsbeschränkt', 'haftungsbeschraenkt', 'n.v', 'dac', 'clg', 'teoranta', 'cyf',
  // Rooms, shared mailboxes and service accounts of a directory ("Boardroom 4.01", "Conference Room Rainier",
  // "Shuttle Bus Booking", "Directory Synchronization Service Account").
  'room', 'boardroom', 'conference', 'booking', 'bookings', 'mailbox', 'account', 'helpdesk', 'team']);

/**
 * Whether a name starts or ends with a word only organisations and places have ("Hotel Adlon",
 * "Nordlicht Logistics GmbH"; see ORGANISATION_WORDS). Runs on every name: two words looked up.
 */
export function namesOrganisation(value: string): boolean {
  // The classifier asks of a name before its validator does: the second question is answered from here.
  if (value === lastAsked) return lastAnswer;
  const trimmed = value.trim();
  const firstSpace = trimmed.indexOf(' ');
  const answer = firstSpace >= 0 && (isOrganisationWord(trimmed, 0, firstSpace) || isOrganisationWord(trimmed, trimmed.lastIndexOf(' ') + 1, trimmed.length)
    || (trimmed.endsWith('.') && PARTNERSHIP_FORM.test(trimmed)) || JOINED_LEGAL_FORM.test(trimmed) || BRANCH_NUMBER.test(trimmed) || capitalLegalForm(trimmed)
    || innerLegalForm(trimmed, firstSpace) || (trimmed.includes(' of ') && GOVERNMENT_BODY.test(trimmed)));
  lastAsked = value;
  lastAnswer = answer;
  return answer;
}
let lastAsked = '';
let lastAnswer = false;
/** A state, a city or a county as a party ("The State of Texas", "People of the State of New York", "City of Austin"). */
const GOVERNMENT_BODY = /^(?:the )?(?:state|commonwealth|people|city|county|town|village|borough|district|republic|kingdom|united states|government|municipality|province|territory) of /i;
// A company's legal form inside a longer name ("Acme Corp Group Block", a hotel's master folio for a company's group).
const LEGAL_FORMS = new Set(['gmbh', 'ltd', 'llc', 'inc', 'plc', 'corp', 'corporation', 'limited', 'sarl', 'b.v', 'n.v', 'pty', 'llp']);
function innerLegalForm(name: string, firstSpace: number): boolean {
  for (let start = firstSpace + 1, end = name.indexOf(' ', start); end > start; start = end + 1, end = name.indexOf(' ', start)) {
    if (LEGAL_FORMS.has(name.slice(start, end).replace(/[.,]$/, '').toLowerCase())) return true;
  }
  return false;
}
// Polish partnerships' forms, in two parts: "sp. j." (jawna), "sp. k." (komandytowa), "sp. p." (partnerska), "s.c." (cywilna), "S.K.A.".
// And the Spanish-speaking world's limited partnership (Colombia's "Cárdenas y Cía S. en C."), Luxembourg's and France's S.à r.l.
const PARTNERSHIP_FORM = /\s(?:sp\.\s?[jkp]\.|s\.\s?c\.|s\.k\.a\.|s\.\s?en\s?c\.(?:\s?s\.)?|s\.\s?[aà]\.?\s?r\.\s?l\.)$/i;
// A legal form joined to the name's last word ("Allianz Versicherungs-AG", "Musterverlags-GmbH"), or a Luxembourg partnership
// limited by shares without its last dot (PayPal's "PayPal (Europe) S.à r.l. et Cie, S.C.A").
const JOINED_LEGAL_FORM = /(?:-(?:AG|GmbH|KG|KGaA|SE|eG)|\sS\.C\.A|\sS\.C\.S)$/;
// Legal forms that are also surnames (Sas, Ag, Ab): a company's when written in capitals after a name of another case
// ("Dupont Holding SAS", "Müller Maschinen AG"), or after two words in capitals ("DEUTSCHE BANK AG"), not "ANNA SAS".
const CAPITAL_LEGAL_FORM = /\s(?:AG|SAS|SA|SE|AB|OY|OYJ|ASA|AS|APS|NV|SPA|SRL|SARL|KG|KGAA|UG|OG)$/;
function capitalLegalForm(name: string): boolean {
  if (!CAPITAL_LEGAL_FORM.test(name)) return false;
  const words = name.split(/\s+/);
  return name !== name.toUpperCase() || words.length >= 3;
}

// A chain's branch by its number ("Bean & Leaf Coffee - Miami #12", a Colombian company's "- Sede 36"): no person's name ends so.
const BRANCH_NUMBER = /\s(?:#\s?|[-–]\s(?:sede|sucursal|filial|loja|unidade|branch|store|tienda|agencia|ag[eê]ncia)\s(?:n[oº°.]*\s?)?)\d{1,5}$/i;

// Lengths and first letters of ORGANISATION_WORDS: most words of names ("Anna", "Jansen") are refused without a string made.
const ORGANISATION_SHAPES = new Uint8Array(32 * 32);
const shapeOf = (length: number, first: number): number => Math.min(length, 31) * 32 + ((first | 32) & 31);
for (const word of ORGANISATION_WORDS) ORGANISATION_SHAPES[shapeOf(word.length, word.charCodeAt(0))] = 1;

function isOrganisationWord(text: string, start: number, end: number): boolean {
  for (let code = text.charCodeAt(end - 1); end > start && (code === 44 || code === 46 || code === 40 || code === 41 || code === 38); code = text.charCodeAt(end - 1)) end--; // "Inc.", "(GmbH)"
  if (text.charCodeAt(start) === 40 /* ( */) start++; // "UG (haftungsbeschränkt)"
  if (end - start < 2 || ORGANISATION_SHAPES[shapeOf(end - start, text.charCodeAt(start))] === 0) return false;
  return ORGANISATION_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Formats that identify themselves wherever they appear. */
function selfIdentifying(value: string): DetectorInfo | undefined {
  const first = value.charCodeAt(0);
  if (value.includes('@')) {
    if (isEmailAddress(value)) return isPlaceholderEmail(value) ? undefined : DETECTORS.email; // an address, but no one's
  } else if (
    (first | 32) >= 97 && (first | 32) <= 122 && value.length >= 15 && value.length <= 42 &&
    isDigitAt(value, 2) && isDigitAt(value, 3) && isIban(value)
  ) {
    return DETECTORS.iban;
  }
  if (first === 36 /* $ */ || first === 123 /* { */ || value.startsWith('pbkdf2')) {
    if (passwordHashKind(value)) return DETECTORS.passwordHash;
  }
  if (value.length >= 13 && !hasWhitespace(value)) {
    const kind = tokenKind(value);
    if (kind) return TOKEN_DETECTORS.get(kind);
  }
  // MAC-48: a separator third (01:23:..., 01-23-...) or fifth (Cisco's 0123.4567.89ab).
  if (value.length >= 14 && value.length <= 17) {
    const third = value.charCodeAt(2);
    if ((third === 58 || third === 45 || value.charCodeAt(4) === 46) && isMacAddress(value)) return DETECTORS.macAddress;
  }
  return undefined;
}

/** `2026-01-10`, `2026-01-10T09:15:00Z`, `2026-01-10 09:15:00.123+01:00`: a date, then optionally a time and a zone. */
function isIsoTimestamp(value: string): boolean {
  const n = value.length;
  if (n < 10 || n > 35 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (!isDigitAt(value, 0) || !isDigitAt(value, 1) || !isDigitAt(value, 2) || !isDigitAt(value, 3) || !isDigitAt(value, 5) || !isDigitAt(value, 6) || !isDigitAt(value, 8) || !isDigitAt(value, 9)) return false;
  if (n === 10) return true;
  const separator = value.charCodeAt(10);
  if ((separator !== 84 /* T */ && separator !== 32) || n < 16 || value.charCodeAt(13) !== 58 /* : */) return false;
  for (let i = 11; i < n; i++) {
    const code = value.charCodeAt(i);
    // Digits, then : . , + - and a zone letter (Z) at the end.
    if (!((code >= 48 && code <= 57) || code === 58 || code === 46 || code === 44 || code === 43 || code === 45 || (code === 90 && i === n - 1))) return false;
  }
  return true;
}

/** Checks `test` on each run of up to five words of a text (for identifiers written inside prose). */
function countInWords(text: string, test: (candidate: string) => boolean): number {
  const words = text.slice(0, MAX_SCANNED_TEXT).split(/\s+/).filter(Boolean);
  let found = 0;
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(5, words.length - start); length >= 1; length--) {
      const candidate = words.slice(start, start + length).join(' ').replace(/^[\s,;:.()'"[\]=]+|[\s,;:.()'"[\]]+$/g, '');
      if (candidate && test(candidate)) {
        found++;
        start += length - 1;
        break;
      }
    }
  }
  return found;
}

// Numbers that forms and systems fill in for "no phone": one digit repeated, or counting up.
const PLACEHOLDER_PHONE = /^\+?[\s().\-/]*(?:1[\s().\-/]*)?(?:(\d)(?:[\s().\-/]*\1){5,}|0?1[\s().\-/]*2[\s().\-/]*3[\s().\-/]*4[\s().\-/]*5[\s().\-/]*6[\s().\-/]*7[\s().\-/]*8[\s().\-/]*9[\s().\-/]*0?)[\s().\-/]*$/;

// The North American way of writing a number: "(415) 555-0123", "415-555-0123", "1-415-555-0123".
// With an extension as Faker and CRMs write it ("212-685-9221x123", "(415)392-4410 ext. 45").
const NANP_WRITTEN = /^(?:1[ .-]?)?(?:\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4})(?: ?(?:x|ext\.?|extension) ?\d{1,6})?$/i;

function detectPhone(value: string, sink: DetectionSink): boolean {
  if (PLACEHOLDER_PHONE.test(value)) return true; // decided: nothing
  // A date in a "from" or "to" column (a range's ends) is no phone number, written with dashes or as yyyymmdd.
  if (DATE_TIME_START.test(value) || COMPACT_DATE.test(value)) return false;
  // Without a country, a number written the North American way is read as one (its area code
  // tells the US from Canada); other national numbers stay unverified.
  let verdict = phoneNumberVerdict(value, sink.country ?? (NANP_WRITTEN.test(value.trim()) ? 'US' : undefined));
  // An MSISDN as SMS gateways and operators write it: the international number without its "+" (447911123456).
  if (!verdict.valid && MSISDN.test(value.trim())) verdict = phoneNumberVerdict(`+${value.trim()}`);
  if (verdict.valid) {
    sink.validated(DETECTORS.phone);
    if (verdict.country) sink.phoneCountry(verdict.country);
    return true;
  }
  if (isPhoneShaped(value) || isPhoneNumber(value)) {
    sink.validated(DETECTORS.phoneUnverified);
    return true;
  }
  return false;
}

const MSISDN = /^[1-9]\d{10,14}$/;
const COMPACT_DATE = /^\s*(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*$/;

/** Phone numbers written inside a sentence of a phone column. */
function detectPhonesInText(text: string, sink: DetectionSink): boolean {
  const found = phoneNumbersInText(text, sink.country ?? 'US', sink.country === undefined);
  if (found.length > 0) {
    for (const verdict of found) {
      sink.validated(DETECTORS.phone);
      if (verdict.country) sink.phoneCountry(verdict.country);
    }
    return true;
  }
  const shaped = countInWords(text, (candidate) => /\d{3}/.test(candidate) && isPhoneShaped(candidate));
  for (let i = 0; i < shaped; i++) sink.validated(DETECTORS.phoneUnverified);
  return shaped > 0;
}

/** IP addresses in text: words split at spaces, brackets, quotes and "=", CIDR suffixes, zones and ports removed. */
function ipAddressesInText(text: string): number {
  let found = 0;
  for (const word of text.slice(0, MAX_SCANNED_TEXT).split(/[\s,;'"()[\]=<>@]+/)) {
    const candidate = word.replace(/\.+$/, '');
    if (candidate.length < 2) continue;
    const v4Port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(candidate);
    if (isAnyIpAddress(v4Port?.[1] ?? candidate)) found++;
  }
  return found;
}

/** A date as Excel stores it, days since 1899-12-30 (44927 is 2023-01-01), in a column named for a birth date only: five digits elsewhere are postcodes. */
export function excelSerialDate(value: string): CalendarDate | undefined {
  const trimmed = value.trim();
  if (!/^[1-6]\d{4}$/.test(trimmed)) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Number(trimmed) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export type BirthPart = 'year' | 'month' | 'day';

/** A part of a date of birth (see DetectionSink.birthPart): a year of the last 130, a month (number or name), a day. */
function birthPartOf(part: BirthPart, value: string, asOfYear: number): number | undefined {
  const trimmed = value.trim();
  const number = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : part === 'month' ? MONTHS[trimmed.toLowerCase()] : undefined;
  if (number === undefined) return undefined;
  if (part === 'year') return trimmed.length === 4 && number > asOfYear - 130 && number <= asOfYear ? number : undefined;
  return number >= 1 && number <= (part === 'month' ? 12 : 31) ? number : undefined;
}

/** A date of birth as a number: JavaScript's milliseconds (Mongo, Firebase: 11 to 13 digits) or Unix seconds (9 or 10) since 1970. */
function epochDate(value: string, asOfYear: number): CalendarDate | undefined {
  const trimmed = value.trim();
  const digits = /^-?(\d{9,13})$/.exec(trimmed)?.[1]?.length;
  if (digits === undefined) return undefined;
  const date = new Date(Number(trimmed) * (digits >= 11 ? 1 : 1000));
  const year = date.getUTCFullYear();
  return year > asOfYear - 130 && year <= asOfYear ? { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() } : undefined;
}

function detectBirthDate(value: string, sink: DetectionSink): boolean {
  const shown = shownDateOrder(value);
  const asOfYear = sink.asOf.getUTCFullYear();
  // A day alone: a date of birth in parts ("BirthDay" beside BirthMonth and BirthYear).
  const day = value.length <= 2 ? birthPartOf('day', value, asOfYear) : undefined;
  if (day !== undefined) {
    sink.birthPart('day', day);
    return true;
  }
  if (shown === 'ambiguous') {
    // 03/04/2012: both readings go to the sink, which picks one by what the column shows.
    const monthFirst = parseBirthDate(value, asOfYear, 'mdy');
    const dayFirst = parseBirthDate(value, asOfYear, 'dmy');
    if (monthFirst && dayFirst) {
      if (isPlaceholderDate(monthFirst)) return true;
      sink.validated(DETECTORS.dateOfBirth);
      const ageOf = (birth: CalendarDate): number => {
        const age = ageAt(birth, sink.asOf);
        return age !== undefined && age < 130 ? age : -1;
      };
      sink.ambiguousAge(ageOf(monthFirst), ageOf(dayFirst));
      return true;
    }
  } else if (shown) {
    sink.sawDateOrder(shown);
  }
  const birth = parseBirthDate(value, asOfYear, shown === 'dmy' ? 'dmy' : 'mdy') ?? excelSerialDate(value) ?? epochDate(value, asOfYear);
  if (birth && isPlaceholderDate(birth)) return true;
  if (!birth && !isDateLike(value)) return false;
  sink.validated(DETECTORS.dateOfBirth);
  if (birth) {
    const age = ageAt(birth, sink.asOf);
    if (age !== undefined && age < 130) sink.age(age);
  }
  return true;
}

// Ethereum (0x and 40 hex digits), Bitcoin bech32 (bc1...) and base58 (1... or 3...) addresses.
const CRYPTO_ADDRESS = /^(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/;
// 32 to 128 hex digits, a "SHA256:" base64 digest (ssh-keygen), or colon-separated hex pairs (MD5 key fingerprints).
const DIGEST = /^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128}|(?:SHA256|SHA1|MD5):[A-Za-z0-9+/=:]{16,}|[0-9a-f]{2}(?::[0-9a-f]{2}){15,})$/;
const BARE_FINGERPRINT = /^(?!.*(?:biometric|template|minutiae|thumb|finger_?print_?hash))(?:[\w.]*[._]|[\w.]*[a-z0-9](?=F))?[Ff]ingerprints?$/;

// A TLS or SSH client's fingerprint (WAF's ja3Fingerprint and ja4Fingerprint, JARM, an SSH key's): a device's, whatever its digest's form.
const TLS_FINGERPRINT = /(?:^|[._\s-])(?:ja[34]s?|jarm|tls|ssl|ssh|hassh)[._\s-]?fingerprints?$/i;
const AGE = /^(\d{1,3})(?:[.,]\d+)?\s*(?:years?|yrs?|y|yo|j|jahre?|ans?|a[nñ]os?|anni|jaar|lat)?\.?$/i;

/** Degrees with the decimals of a place (three or more), alone in a value. */
const DEGREES_ALONE = /^\s*[+-]?\d{1,3}\.\d{3,}\s*$/;

/** An MD5, SHA-1, SHA-256 or SHA-512 digest in hex (a hashed email, phone or name: see DETECTORS.hashedIdentifier). */
export function isHashedValue(value: string): boolean {
  const n = value.length;
  return (n === 64 || n === 32 || n === 40 || n === 128) && /^[0-9a-fA-F]+$/.test(value);
}

/** The column's own reading of a value; true when the column's hint decided it. */
function byColumn(value: string, column: ColumnProfile, sink: DetectionSink): boolean {
  const hint = column.hint;
  if ((hint === 'email' || hint === 'phone' || hint === 'person-name') && isHashedValue(value)) {
    sink.validated(DETECTORS.hashedIdentifier);
    return true;
  }
  // A location's degrees, not its address (Faker's profile()["current_location"]: ["41.878100", "-87.629800"]).
  if (hint === 'postal-address' && DEGREES_ALONE.test(value) && isLongitude(value)) {
    sink.validated(DETECTORS.geoCoordinates);
    return true;
  }
  switch (hint) {
    case undefined:
      return false;
    case 'phone':
      if (detectPhone(value, sink)) return true;
      return value.length > 12 && hasWhitespace(value) && detectPhonesInText(value, sink);
    case 'ip-address': {
      if (isAnyIpAddress(value)) {
        // A private, loopback or link-local address (10.x, 192.168.x, ::1) is a machine's inside a
        // network: someone's only in a record that something else makes someone's (a load balancer's health checks are no one's).
        sink.validated(isInternalIpAddress(value) ? DETECTORS.privateIpAddress : DETECTORS.ipAddress);
        return true;
      }
      const found = ipAddressesInText(value);
      for (let i = 0; i < found; i++) sink.validated(DETECTORS.ipAddress);
      return found > 0;
    }
    case 'date-of-birth':
      return detectBirthDate(value, sink);
    case 'birth-year':
    case 'birth-month':
    case 'birth-day': {
      const part = hint === 'birth-year' ? 'year' : hint === 'birth-month' ? 'month' : 'day';
      const number = birthPartOf(part, value, sink.asOf.getUTCFullYear());
      if (number === undefined) return false;
      if (part === 'year') sink.validated(DETECTORS.dateOfBirth);
      sink.birthPart(part, number);
      return true;
    }
    case 'age': {
      // "9", "12.5", "9 years", "42 Jahre": whole years.
      const match = AGE.exec(value);
      const years = match ? Number(match[1]) : Number.NaN;
      if (years < 130) sink.age(years, true);
      return true;
    }
    case 'password':
      // A flag ("qa_pass": true), a number of one to three digits (a board's pin 17) or an account's state where
      // its password would be (a locked "!" or "*", "LOCKED", "SSO": no password is stored) is no password.
      if (FLAG_ANSWERS.has(value.trim().toLowerCase()) || /^\d{1,3}$/.test(value.trim()) || NO_PASSWORD.test(value.trim())) return true;
      // Ghana's personal identification number is its national identity card's number ("PIN": GHA-123456789-0), no password.
      if (isGhanaCardNumber(value)) {
        sink.validated(DETECTORS.ghanaCard);
        return true;
      }
      sink.validated(passwordHashKind(value, true) ? DETECTORS.passwordHash : DETECTORS.plainPassword);
      return true;
    case 'diagnosis':
      // A national id that says so by its check is that id, no diagnosis (a Thai hospital's "CID", its patient's 13-digit citizen
      // id, where a Brazilian record's "CID" is a diagnosis's ICD code).
      if (DIGITS_ONLY.test(value.trim()) && value.trim().length >= 11) {
        const id = nationalIdOf(value.trim(), sink.country);
        if (id !== undefined) {
          sink.validated(id);
          return true;
        }
      }
      // One code, or a list of them ("E11.9; I10").
      sink.validated(isIcd10Code(value) || (/[;,|]/.test(value) && value.split(/\s*[;,|]\s*/).every((code) => code === '' || isIcd10Code(code))) ? DETECTORS.icd10 : DETECTORS.healthColumn);
      return true;
    case 'postal-code':
      // Not a masked one ("021**": a ZIP3, an area of tens of thousands).
      if (/\d/.test(value) && value.length <= 12 && !value.includes('*')) sink.validated(DETECTORS.postalCode);
      return true;
    case 'payment-card': {
      // "PAN" is a card's primary account number, and India's Permanent Account Number.
      if (isInPan(value)) {
        sink.validated(DETECTORS.inPan);
        return true;
      }
      // A GDS's form of payment: CC, the network's two letters, the number, its expiry.
      const fop = FORM_OF_PAYMENT.exec(value.trim());
      if (fop && parsePaymentCard(fop[1] ?? '')?.valid) {
        sink.validated(DETECTORS.paymentCard);
        return true;
      }
      return false;
    }
    case 'email':
    case 'iban':
    case 'country':
    case 'us-state':
    case 'region':
      return false;
    case 'special-category':
    case 'criminal':
      // The NHS Data Dictionary's ethnic category codes are letters: "N" is Black or Black British - African, no "no" ("Z": not stated).
      if (hint === 'special-category' && /ethnic/i.test(column.name) && /^[A-Y]$/i.test(value.trim())) sink.validated(DETECTORS.specialCategoryColumn);
      else if (!isNegativeAnswer(value)) sink.validated(COLUMN_ONLY[hint] ?? DETECTORS.specialCategoryColumn);
      return true;
    case 'licence-restriction':
      for (const code of value.split(/[^\d.]+/)) {
        if (LICENCE_HEALTH_CODE.test(code)) {
          sink.validated(DETECTORS.licenceHealthCode);
          break;
        }
      }
      return true;
    case 'cycle-log': {
      const answer = value.trim().toLowerCase().replace(/[_-]/g, ' ');
      if (SEX_LOGGED.has(answer)) sink.validated(DETECTORS.specialCategoryColumn);
      else if (PERIOD_FLOW.has(answer)) sink.validated(DETECTORS.healthColumn);
      return true;
    }
    case 'political-party':
      if (isPoliticalParty(value) || PARTY_MEMBERSHIP.test(value)) sink.validated(DETECTORS.specialCategoryColumn);
      return true;
    case 'service-request':
      for (const code of value.toUpperCase().split(/[^A-Z]+/)) {
        if (SSR_HEALTH.has(code)) sink.validated(DETECTORS.ssrHealth);
        else if (SSR_RELIGIOUS_MEALS.has(code)) sink.validated(DETECTORS.ssrReligiousMeal);
      }
      return true;
    default: {
      const validator = column.alternatives ? alternativesValidator(hint, column.alternatives) : NAMED_VALIDATORS[hint];
      // A masked number ("XXX-XX-1234", "****5678") discloses no more than its last digits: no id.
      if (validator && hint !== 'person-name' && isMaskedNumber(value)) return true;
      if (validator) {
        const found = validator(value, column, sink.country);
        if (found) {
          sink.validated(found);
          // A national number that encodes the birth date (PESEL, personnummer): an age, as a date of birth gives.
          const birth = found.category === 'government-id' && ownScheme(found, sink.country) ? birthDateInId(found.name, value, sink.asOf) : undefined;
          const age = birth === undefined ? undefined : ageAt(birth, sink.asOf);
          if (age !== undefined && age < 130) sink.age(age, false, true);
          return true;
        }
        // A column named for an id or a phone number (a call record's a_number): an international number is the phone.
        if (column.alternatives?.includes('phone') && value.charCodeAt(0) === 43 /* + */ && detectPhone(value, sink)) return true;
        // An identifier written inside a sentence ("Mi NIE es X9613851N"); a name refused whole
        // ("Frankfurt am Main Airport") is no name in part.
        if (hint !== 'person-name' && value.length > 12 && hasWhitespace(value)) {
          const times = countInWords(value, (candidate) => validator(candidate, column, sink.country) !== undefined);
          const inText = times > 0 ? validator(firstValid(value, (candidate) => validator(candidate, column, sink.country) !== undefined), column, sink.country) : undefined;
          if (inText) for (let i = 0; i < times; i++) sink.validated(inText);
          return times > 0;
        }
        return false;
      }
      // A thing's condition in an inventory ("Condition": Good, Needs repair) is no one's health.
      if (hint === 'health' && /^conditions?$/i.test(column.name.trim()) && ITEM_CONDITION.test(value.trim())) return true;
      // A golf club's "Handicap" (12.4, +2) is a playing ability, not a disability (which a "handicap" column states as yes, a rate, a kind).
      if (hint === 'health' && /^handicap$/i.test(column.name.trim()) && /^[+-]?\d{1,2}(?:[.,]\d)?$/.test(value.trim())) return true;
      // A crypto wallet in an exchange's "address" column is where money goes, not where someone lives.
      if (hint === 'postal-address' && CRYPTO_ADDRESS.test(value.trim())) {
        sink.validated(DETECTORS.financialColumn);
        return true;
      }
      // A bare "fingerprint" holding a digest fingerprints a browser, a device or a key: an online identifier, not a finger.
      if (hint === 'biometric' && ((DIGEST.test(value.trim()) && BARE_FINGERPRINT.test(column.name.trim())) || TLS_FINGERPRINT.test(column.name.trim()))) {
        sink.validated(DETECTORS.deviceId);
        return true;
      }
      // A "user name" holding a full name ("Evelyn Taylor", a tracker's user.name) is the person's name, not a login.
      if (hint === 'online-identifier' && USER_NAME_COLUMN.test(column.name.trim()) && hasWhitespace(value.trim()) && isPersonName(value)) {
        sink.validated(DETECTORS.personName);
        return true;
      }
      // A number in a messages column is where the messages go (Brevo's "SMS" attribute: 33612345678; OneRoster's "sms":
      // 713-256-8530), read as a phone number.
      if (hint === 'communications' && PHONE_WRITTEN.test(value.trim())) return detectPhone(value.trim(), sink);
      const columnOnly = COLUMN_ONLY[hint];
      // "nein" in a disability column says there is none; a yes/no in a messages column is a flag, not a message.
      // So does a form's long "No, I don't have a disability, or a history/record of having a disability" (EEOC's self-identification).
      const answer = columnOnly !== undefined && ANSWERED_HINTS.has(hint) && (value.length <= 40 || (LONG_NO.test(value) && !HEDGE.test(value)));
      // A secret (key, token) is longer than a word: "USDC" in a crypto export's "token" column is a coin. So is a
      // browser's visitor, cookie or session id ("V50001" in a prison's visits log is a visitor's reference number).
      const tooShort = (hint === 'secret' || (hint === 'online-identifier' && TRACKING_ID_COLUMN.test(column.name.trim()))) && value.trim().length < 8;
      // A negative test result ("HIV status: negative") is a health fact, not a "no".
      const testResult = hint === 'health' && /^(?:neg|pos)/i.test(value.trim());
      // A shop's product handle is a URL's slug ("ceramic-pour-over-set"), no one's account.
      const slug = hint === 'online-identifier' && /^(?:.*\.)?handle$/i.test(column.name.trim()) && PRODUCT_SLUG.test(value.trim());
      // A zero amount (an order's outstanding balance of 0.00) tells nothing of anyone's finances.
      const zero = hint === 'financial' && ZERO_AMOUNT.test(value.trim());
      if (columnOnly && !tooShort && !slug && !zero && !(answer && !testResult && (isNegativeAnswer(value) || (hint === 'communications' && FLAG_ANSWERS.has(value.trim().toLowerCase()))))) {
        sink.validated(columnOnly);
      }
      return columnOnly !== undefined;
    }
  }
}

// A long answer that says no in its first words, in the languages of the column names, and takes nothing back (HEDGE).
const LONG_NO = /^\s*(?:no|non|nein|nee)[,.;:]?\s+(?:i|je|ich|ik)\s+(?:do not|don['’]t|am not|have not|haven['’]t|n['’]ai pas|ne suis pas|habe keine?|bin nicht|heb geen|ben niet)\b/i;
const HEDGE = /\b(?:but|except|however|although|aber|au[sß]er|mais|sauf|maar|behalve)\b/i;
const FORM_OF_PAYMENT = /^CC[A-Z]{2}(\d{13,19})(?:\/\d{4})?$/;
const PHONE_WRITTEN = /^\+?\(?(?:\d[ ().-]{0,2}){8,15}$/;
const USER_NAME_COLUMN = /(?:^|[._ ])user[ _.]?name$/i;
const TRACKING_ID_COLUMN = /(?:visitor|cookie|session)[ _.-]?id$/i;
const ZERO_AMOUNT = /^(?:[$€£¥]\s?)?[-+]?0+(?:[.,]0+)?(?:\s?(?:[$€£¥]|[A-Z]{3}))?$/;
const PRODUCT_SLUG = /^[a-z0-9()]+(?:-+[a-z0-9()]+){2,}$/;

// What a password column holds for an account without a password: a locked or disabled marker, a single sign-on.
// Django marks an account that signs in elsewhere with "!" and 40 random characters (an unusable password).
// Moodle writes "not cached" for a user who signs in elsewhere (SAML, LDAP) and "restored" for one restored from a backup.
const NO_PASSWORD = /^(?:[!*x]{1,2}|![A-Za-z0-9]{20,40}|locked|disabled|sso|saml|oauth|ldap|external|none|no password|not set|not cached|restored|nologin)$/i;

const alternativeValidators = new Map<string, Validator>();

/** The validators of a column named for several identifiers, tried in the name's order (see ColumnProfile.alternatives). */
function alternativesValidator(hint: ColumnHint, alternatives: readonly ColumnHint[]): Validator | undefined {
  const key = [hint, ...alternatives].join('|');
  let validator = alternativeValidators.get(key);
  if (!validator) {
    const each = [hint, ...alternatives].flatMap((kind) => NAMED_VALIDATORS[kind] ?? []);
    validator = (value, column, country) => {
      for (const one of each) {
        const found = one(value, column, country);
        if (found) return found;
      }
      return undefined;
    };
    alternativeValidators.set(key, validator);
  }
  return validator;
}

// IATA special service request codes (AIRIMP; as airlines publish them, secondary sources,
// unverified): a passenger's wheelchair, blindness, deafness, medical case, stretcher, oxygen and
// medical meals tell their health; religious meals (Muslim, kosher, Hindu, Jain) their belief.
const SSR_HEALTH: ReadonlySet<string> = new Set(['WCHR', 'WCHS', 'WCHC', 'WCBD', 'WCBW', 'WCMP', 'WCOB', 'BLND', 'DEAF', 'DPNA', 'MEDA', 'STCR',
  'OXYG', 'DBML', 'GFML', 'LFML', 'LSML', 'BLML', 'NLML', 'PRML', 'LCML']);
const SSR_RELIGIOUS_MEALS: ReadonlySet<string> = new Set(['MOML', 'KSML', 'HNML', 'VJML']);
// A driving licence's codes that tell of its holder's health (Directive 2006/126/EC, Annex I, point 12): 01-03
// the driver's sight, hearing or prosthesis, 05 limited use for medical reasons, 10-44 the vehicle's adaptations
// to a disability; from 45 on they are administrative (78: automatic gearbox only). A code, then a subcode.
// A tracker's log of sex (its sex life: GDPR Art. 9(1)) and of a period's flow (menstruation: health).
const SEX_LOGGED: ReadonlySet<string> = new Set(['protected', 'unprotected', 'protected sex', 'unprotected sex', 'condom', 'no condom', 'withdrawal', 'had sex', 'intercourse',
  'high sex drive', 'low sex drive', 'sex drive', 'masturbation']);
const PERIOD_FLOW: ReadonlySet<string> = new Set(['spotting', 'light', 'medium', 'heavy', 'light flow', 'medium flow', 'heavy flow', 'very heavy']);
const LICENCE_HEALTH_CODE = /^(?:0[1-35]|[1-3]\d|4[0-4])(?:\.\d{1,2})?$/;

const isMaskCharacter = (code: number): boolean => code === 88 || code === 120 || code === 42 || code === 8226 || code === 35;

/**
 * Three or more masking characters (X, *, •, #) in runs of two or more, and at most four digits: "XXX-XX-1234",
 * "***-**-6789", "••••5678". Single X's are a number's letters (a German passport's "KXH8LYXXH").
 */
function isMaskedNumber(value: string): boolean {
  let masks = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (isMaskCharacter(code) && (isMaskCharacter(value.charCodeAt(i - 1)) || isMaskCharacter(value.charCodeAt(i + 1)))) masks++;
  }
  return masks >= 3 && digits <= 4;
}

function firstValid(text: string, test: (candidate: string) => boolean): string {
  let first = '';
  countInWords(text, (candidate) => {
    const ok = test(candidate);
    if (ok && first === '') first = candidate;
    return ok;
  });
  return first;
}

/** A public transport smartcard's number (see OV_CHIPKAART in tools.ts; an Oyster card's): a card's shape, no payment card. */
const TRANSIT_CARD = /(?:transit|travel)[ _-]?(?:smart)?card|oyster[ _-]?card|ov[ _-]?chip/i;

function numberShaped(value: string, column: ColumnProfile, sink: DetectionSink): boolean {
  const first = value.charCodeAt(0);
  if (first < 48 || first > 57 || value.length < 9 || value.length > 23) return false;
  const card = parsePaymentCard(value);
  if (card?.valid) {
    if (TRANSIT_CARD.test(column.name)) return true; // read: no one's card
    if (card.grouped || column.hint === 'payment-card') {
      sink.validated(DETECTORS.paymentCard);
      return true;
    }
    // In a note, a valid card number written bare is still one (an agent pasting what a customer read out).
    if (column.notes && !column.identifierLike) {
      sink.validated(DETECTORS.paymentCard);
      return true;
    }
    // Unformatted and unnamed: could be an order number that happens to pass Luhn.
    if (column.hint === undefined && !column.identifierLike) {
      sink.probable(DETECTORS.paymentCard);
      return true;
    }
  }
  const ssn = parseUsSsn(value);
  if (ssn?.valid && ssn.grouped && column.hint === undefined && !column.identifierLike) {
    // 123-45-6789 is an SSN in any unnamed column but a key's (part_no, order_id: references are
    // printed that way too); nine bare digits, or a number split once (165.072000, a rate), only
    // in a column named for one.
    sink.validated(DETECTORS.usSsn);
    return true;
  }
  return false;
}

// A card's magnetic stripe as a skimmer or a point-of-sale memory scraper saves it (ISO/IEC 7813): track 1
// "%B<PAN>^SURNAME/GIVEN^<YYMM><service code>...?" and track 2 ";<PAN>=<YYMM><service code>...?".
const TRACK_1 = /^%B(\d{12,19})\^([^^]{2,26})\^\d{4}/;
const TRACK_2 = /^;(\d{12,19})=\d{4}/;

/** A stripe's track (see TRACK_1) with a card number that passes Luhn: the card, and on track 1 its holder's name. */
function magneticStripe(value: string, sink: DetectionSink): boolean {
  const track = TRACK_1.exec(value) ?? TRACK_2.exec(value);
  if (!track || !luhnChecksumValid(track[1] ?? '')) return false;
  sink.validated(DETECTORS.paymentCard);
  if (track[2] !== undefined && /\p{L}{2}/u.test(track[2])) sink.validated(DETECTORS.personName);
  return true;
}

const FCM_TOKEN = /^[\w-]{11,}:APA91b[\w-]{40,}$/;

/**
 * Detects what one value of a column holds and reports it to `sink`: self-identifying formats
 * first, then validated numbers, then what the column's name says, then a scan of free text.
 */
export function detectInto(rawValue: string, column: ColumnProfile, sink: DetectionSink): void {
  let value = rawValue.length > 0 && (rawValue.charCodeAt(0) <= 32 || rawValue.charCodeAt(rawValue.length - 1) <= 32) ? rawValue.trim() : rawValue;
  // A leading apostrophe keeps a spreadsheet from reading a number as one ("'+14085550123", as Shopify exports phones).
  if (value.charCodeAt(0) === 39 && value.length > 1 && (value.charCodeAt(1) === 43 || isDigitAt(value, 1))) value = value.slice(1);
  if (value.length === 0 || (value.length <= 9 && isBlankIn(value, column))) return;
  // A mail's Message-ID ("<a1b2c3@mail.shop.example>", and In-Reply-To, References): a server's id, no one's address.
  if (value.charCodeAt(0) === 60 /* < */ && MESSAGE_ID_COLUMN.test(column.name.trim())) return;
  // An ISO date or time stamp in a column whose name says nothing (created_at, last_login): no one's
  // data by itself, and the commonest value of exports, so told first (a date of birth needs its column's name).
  if (column.hint === undefined && (isIsoTimestamp(value) || (value.charCodeAt(3) === 44 && RFC_2822_DATE.test(value)))) return;
  // A push service's registration token ("<instance id>:APA91b...", Firebase Cloud Messaging's) is a device's address,
  // whatever key its "APA91b" looks like.
  const identified = selfIdentifying(value);
  const own = identified !== undefined && FCM_TOKEN.test(value) ? undefined : identified;
  if (own) {
    // Twilio's account and API key SIDs (AC..., SK...) name an account: in a column of SIDs they are identifiers; the secret is its auth token.
    if (own.name === 'twilio-key' && /sid$/i.test(column.name.trim())) return;
    // An AWS access key id names a key, as CloudTrail logs it with every call: in a column of key ids, not the secret.
    if (own.name === 'aws-access-key-id' && /key[ _]?ids?$/i.test(column.name.trim())) return;
    // A transaction's or an order's id that happens to look like an Artifactory token (PayPal's "APF27QGWUKAKLM8BL").
    // So is a card's fingerprint (Stripe's "Card Fingerprint": AKCpjNwYbKbNpbTK), which names the card, not a key.
    if (own.name === 'artifactory-token' && (column.identifierLike || /fingerprint/i.test(column.name))) return;
    // A biometric template in base64 ("APA..." in a voiceprint's column) is the template, not a key that its start looks like.
    if (column.hint === 'biometric' && own.category === 'credentials') {
      sink.validated(DETECTORS.biometricColumn);
      return;
    }
    sink.validated(own);
    return;
  }
  if (column.hint === 'payment-card' || column.hint === undefined ? numberShaped(value, column, sink) : false) return;
  if ((value.charCodeAt(0) === 37 /* % */ || value.charCodeAt(0) === 59 /* ; */) && magneticStripe(value, sink)) return;
  const decided = byColumn(value, column, sink);
  // "Anna Schmidt" in a column called "customer": a name, if most of the column's values are.
  if (!decided && column.namedForPerson && value.length <= 80 && NAME_SHAPE.test(value) && !namesOrganisation(value) && !isBotAccountName(value)) {
    sink.probable(DETECTORS.personName);
    return;
  }
  if (!decided && column.hint === undefined && !column.identifierLike) {
    if (isMedicineValue(value)) {
      sink.validated(DETECTORS.medicine);
      return;
    }
    // A biometric template in base64 by its format's magic, whatever the column's name (UKG's "Template Data").
    if (value.length >= 64 && BIOMETRIC_TEMPLATE.test(value)) {
      sink.validated(DETECTORS.biometricColumn);
      return;
    }
    // A health record's type or value in Apple's HealthKit names: health, or sex life where it is sexual activity.
    if (value.charCodeAt(0) === 72 /* H */ && HEALTHKIT_NAME.test(value)) {
      sink.validated(value.includes('SexualActivity') ? DETECTORS.specialCategoryColumn : DETECTORS.healthColumn);
      return;
    }
    const address = value.length <= 21 ? /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?$/.exec(value)?.[1] : undefined;
    if (address !== undefined || isIpAddress(value)) {
      if (isPublicIpAddress(address ?? value) && !(address !== undefined && VERSION_COLUMN.test(column.name.trim()))) sink.probable(DETECTORS.ipAddress);
      return;
    }
    if (value.charCodeAt(0) === 43 /* + */ && value.length >= 8) {
      const verdict = phoneNumberVerdict(value, sink.country);
      if (verdict.valid) {
        sink.probable(DETECTORS.phone);
        if (verdict.country) sink.phoneCountry(verdict.country);
        return;
      }
    }
  }
  // Free text (notes, comments, addresses, message bodies) can carry values of any kind, and so can
  // a URL's query ("/login?user=anna@example.com", "?email=anna%40example.com"); a value that a
  // column's own validator read (a phone number, an id in a sentence) is not read twice.
  // Not in a column of numbers its validator refused (an NHS number with a wrong check digit is no US phone).
  const refusedNumber = !decided && column.hint !== undefined && column.hint !== 'person-name' && !column.freeText && NAMED_VALIDATORS[column.hint] !== undefined;
  // So can a serialized value with no space in it (XenForo's PHP-serialized "data" holding a bcrypt hash).
  if (value.length >= 8 && (!decided || column.freeText) && !refusedNumber && (hasWhitespace(value) || value.includes('@') || value.includes('%40') || (value.length > 60 && value.includes('$')))) {
    // Notes and messages are also read for sensitive facts told in words; addresses and names are not.
    scanTextInto(value, sink, sink.readsProse !== false && (column.hint === 'communications' || column.notes));
  } else if (column.notes && !decided && sink.readsProse !== false && value.length <= 40) {
    // A note of a word or two ("Halal" as a meal preference) is read for sensitive words alone.
    sensitiveWordsInto(value, sink);
  }
}



/** Text with its percent-escapes decoded (a URL's query); as it is where they do not decode (a lone "100%"). */
function percentDecoded(text: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%40/g, '@').replace(/%2B/gi, '+');
  }
}

const MESSAGE_ID_COLUMN = /^(?:.*[._ -])?(?:message[ _-]?id|msg[ _-]?id|internet[ _-]?message[ _-]?id|in[ _-]?reply[ _-]?to|references)$/i;

// An email's or an HTTP header's date ("Fri, 30 Oct 2026 23:41:13 +0000", as Twilio's API writes them): its "+0000" is no phone.
const RFC_2822_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|UT|Z)$/;

/** Categories of one (non-blank) value in its column, as a list (see `detectInto`). */
export function detectValue(rawValue: string, column: ColumnProfile, context: { country?: string; asOf?: Date } = {}): Detection[] {
  const found: Detection[] = [];
  detectInto(rawValue, column, listingSink(found, context));
  return found;
}

/** A sink that lists what it is told (ages, places and date orders are not listed). */
function listingSink(found: Detection[], context: { country?: string; asOf?: Date }): DetectionSink {
  return {
    country: context.country,
    asOf: context.asOf ?? new Date(),
    readsProse: false,
    validated: (info) => found.push({ category: info.category, detector: info.name, certainty: 'validated' }),
    probable: (info) => found.push({ category: info.category, detector: info.name, certainty: 'probable' }),
    phoneCountry: () => undefined,
    age: () => undefined,
    ambiguousAge: () => undefined,
    birthPart: () => undefined,
    sawDateOrder: () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Free-text scanning

// Sensitive facts told in words in notes ("Patient reports depression", "asked for halal meals",
// "released from prison"): distinctive words only, each group naming its category (health, GDPR
// Art. 9 beliefs, origin and orientation, Art. 10 criminal data). Set phrases that tell no one's
// condition are not read: a cancer charity, kosher salt, the Great Depression, a prison break. A
// record check that found nothing still relates to convictions (criminal offence data).
// A party's member, supporter or youth wing's member as its register writes them ("Militante", "Simpatizante", "Juventudes").
const PARTY_MEMBERSHIP = /^\s*(?:militante|simpatizante|juventudes|afiliad[oa]|militant[ea]?|sympathisant(?:e|in)?|parteimitglied)\s*$/i;

const SENSITIVE_IN_TEXT = new RegExp(
  '(?<![\\w-])(?:(diagnosed with|diagnosis of|(?:liver|kidney|heart|lung|cancer|medical|mental health|adhd|autism|dementia) diagnosis|'
  // A dentist's patients' words (a tooth abscess, a root canal, a wisdom tooth out), blood thinners, a sports injury, recovery from drink.
  + '(?:tooth |dental )?abscess|root canal|(?:tooth|teeth|wisdom tooth|wisdom teeth) (?:extraction|removal)s?|(?:from|after|since) (?:the|my) extraction|blood thinners?|anticoagulants?|'
  + 'work[- ]related stress|low mood|panic attacks?|signed off (?:sick|work|for \\d+ (?:days?|weeks?|months?)|\\d+ (?:days?|weeks?|months?))|post[- ]viral|long covid|chronic fatigue|'
  + 'rotator cuff(?: tear)?|tennis elbow|golfer.?s elbow|(?:ankle|wrist|knee) sprain|\\d+ (?:days?|weeks?|months?|years?) sober|sobriety|'
  + '(?:stop|quit|stopped|quitting) drinking(?! (?:coffee|tea|soda|milk|water|juice|energy))|(?:lab|laboratory|blood test|pathology|biopsy|mri|ct scan|x-ray) results?|(?:hospital|doctor.?s?|gp|medical|outpatient|physio(?:therapy)?|specialist) (?:appt|appointment)s?|(?<!great )depression|depressed|diabet(?:es|ic)|(?<!(?:contre le|contra el|contra o|against|contro il|tegen|gegen den|gegen) )cancers?(?! (?:research|charity|charities|society|foundation|awareness|fundrais\\w*|walk|run|ride|relay|institute|trust|council|centre|center|uk)(?![\\w-]))|chemo(?:therapy)?|chimioth[eé]rapie|quimioterapia|chemioterapia|chemotherapie|hiv|gambling addiction|(?:drug|alcohol|opioid|substance) (?:addiction|abuse|dependen(?:ce|cy))|alcoholism|addiction treatment|[eé]pilep(?:sie|sia|tique|tico|tica)|epiless(?:ia|ico|ica)|depressie|depresi[oó]n|depressione|dépression(?! (?:tropicale|atmosph[eé]rique|[eé]conomique))|hersenbloeding|beroerte|pregnan(?:t|cy)|miscarriage|dementia|alzheimer|epilep(?:sy|tic)|'
  + 'schizophreni[ac]|bipolar|autis(?:m|tic)|adhd|dyslexi[ac]|dyspraxi[ac]|dyscalculi[ac]|insulin|antidepressants?|psychiatric|suicidal|overdose|mental health|sick leave|maternity leave|medical leave|(?:illness|sickness|disability) benefit|krankengeld|vih|esquizofreni[ao]|schizofreni[ae]|alcoholismo|alcolismo|alcoholisme|desintoxicaci[oó]n|disintossicazione|di[aá]lisis|dialisi|dialyse|(?:di|de|van) parkinson|(?:long|borst|darm|huid|prostaat|bloed)kanker|drug and alcohol (?:team|service)|eating disorders? (?:service|unit|clinic|team)|psychosis|community mental health team|talking therapies|substance misuse service|accidents? du travail|arbeitsunfall|wegeunfall|accidente laboral|accidente de trabajo|infortunio sul lavoro|bedrijfsongeval|arbeidsongeval|wypadek przy pracy|arbetsskada|(?:serious|terminal|chronic|long[- ]term) illness|(?:serious|chronic|pre-?existing|own) (?:health|medical)(?: condition)?|hearing impairment|visual impairment|(?:knee|hip|heart|back|eye|shoulder|spinal|cardiac|cosmetic|major|minor|emergency|weight[- ]loss|bariatric|dental|foot|hand|brain) surgery|(?:had|underwent|after|post|needs?|recovering from) surgery|surgery recovery|recovery from surgery|^surgery$|^(?:krank|krankheit|krankmeldung|krankenstand|arbeitsunf[aä]hig(?:keit)?|sick|sickness|illness|maladie|cong[eé] maladie|malattia|enfermedad|incapacidad temporal|ziek|ziekte|ziekmelding|sjuk|sjukdom|sjukskriven|choroba|chorobowe|zwolnienie lekarskie|l4)$|burn-?out|heart attack|hospitali[sz]ed|in hospital|wheelchair(?! ramps?| lifts?| spaces?| parking| access(?:ible)? (?:entrances?|toilets?|restrooms?|parking|buildings?|stores?|premises|venues?))|anxiety|back pain|migraines?|influenza|flu|covid(?:-19)?(?! (?:restrictions|rules|lockdown|measures|pandemic|policy|guidelines|vaccination centre))|gastroenteritis|stress[- ]related|hospital stay|dental appointment|fractured?|concussion|broken (?:leg|arm|wrist|ankle|hip|rib|collarbone)|surgery - \\w+|medical exemption|maternity exemption|(?:gluten|lactose) intolerance(?! (?:season|friendly|free|safe|aware(?:ness)?|information|info|labels?|tags?|filters?|menus?|policy|advice|statement|warning|promotion|products?|range|category|categories|medicines?|section|articles?|recipes?|collection))|intol[ée]rance au (?:gluten|lactose)|intolerancia a la lactosa|intolerancia al gluten|intolleranza al (?:glutine|lattosio)|oncologique|oncologist|oncology (?:treatment|appointment|follow-up|referral|patient)|(?:under|in|receiving|attends) oncology|malvoyante?|allerg(?:y|ies|ic|ie|ien|isch|ique|ia|ias)(?![- ](?:season|friendly|free|safe|aware(?:ness)?|information|info|labels?|tags?|filters?|menus?|policy|advice|statement|warning|promotion|products?|range|category|categories|medicines?|section|articles?|recipes?|collection))|alergi(?:a|as|co|ca)|c(?:o|oe)liac(?![- ](?:season|friendly|free|safe|aware(?:ness)?|information|info|labels?|tags?|filters?|menus?|policy|advice|statement|warning|promotion|products?|range|category|categories|medicines?|section|articles?|recipes?|collection))|medical equipment dependent|dependent on medical equipment|medically dependent|partially sighted|visually impaired|hearing impaired|registered blind|(?:short|long)[- ]term disability|disability leave|workers\\W? ?comp(?:ensation)?|(?:work(?:place)?|sports?|back|knee|head) injury|whiplash|(?:herniated|slipped|bulging) discs?|torn (?:acl|mcl|meniscus|ligaments?|rotator cuff|tendons?|achilles)|sprained (?:ankle|wrist|knee)|surgery scheduled|scheduled for surgery|medical bills|dialysis|sign language interpreter|hearing loop|freedom pass \\(disabled\\)|disabled (?:person.?s )?freedom pass|disabled persons? railcard|disabled person.?s bus pass|blue badge holder'
  // A utility's Priority Services Register needs: equipment that keeps someone alive or well, an impairment, a condition.
  + '|nebuli[sz]er|apno?ea monitor|ventilator|oxygen (?:concentrator|use|therapy|cylinders?)|feeding pump|stair ?lift|electric bed'
  + '|(?:physical|cognitive|mobility|speech|sight|visual|hearing) impairment|dementia|medicine refrigeration|deaf\\b|^blind$'
  // An aid, an intolerance, a treatment as a volunteer list or a club notes it ("hearing aid", "Lactose intolerant", Dutch "bloedverdunners").
  + '|hearing aids?|(?:lactose|gluten) intolerant|co?eliac(?=\\s*(?:$|[,;|/(]|[-–] ))|co?eliac disease|epi-?pen|bloedverdunners?|hartklep|suikerziekte|asthma(?:tic)?|inhaler|epilep(?:sy|tic)|(?:nut|peanut|bee sting|penicillin|food) allergy'
  // Mental health as a journal, a school counsellor or a helpline writes it.
  + '|panic attacks?|self[- ]harm(?:ing)?|eating (?:disorders?|concerns)|anorexi[ac]|bulimi[ac]|binge[- ]eating|binge(?:d|ing)? and purg(?:e|ed|ing)|purging|ocd|obsessive[- ]compulsive|ptsd|post[- ]traumatic|psychiatrist|camhs|suicidal thoughts|(?:thoughts of )?ending it all|end(?:ing)? my life|kill(?:ing)? myself|want(?:ed)? to die|'
  + 'panikattacken?|angstst[oö]rung(?:en)?|essst[oö]rung(?:en)?|zwangsst[oö]rung(?:en)?|trouble bipolaire|troubles? anxieux|crises? d.angoisse|troubles? alimentaires?|'
  + 'ataques? de p[aá]nico|trastorno (?:bipolar|alimentario|de ansiedad)|attacchi di panico|disturbo bipolare|paniekaanval(?:len)?|eetstoornis'
  // An appointment or a referral to a medical speciality ("your appointment with Dr. Patel at Lakeview Cardiology"), not the speciality's name alone (a clinic as a customer).
  + '|(?:appointment|consultation|referral|check-?up|follow-?up|session)\\b(?:dr\\.|[^.!?\\n]){0,60}\\b(?:cardiology|dermatology|neurology|oncology|psychiatry|urology|gyn(?:a)?ecology|obstetrics|orthop(?:a)?edics|physiotherapy|rheumatology|endocrinology|gastroenterology|h(?:a)?ematology|nephrology|pulmonology|fertility clinic|ivf clinic)'
  // German, French, Spanish, Italian, Dutch and Portuguese notes ("Krebs" alone is also a surname).
  + '|(?:brust|darm|haut|lungen|prostata)krebs|krebserkrankung|rollstuhl(?!rampe|gerechte[rns]? (?:eingang|zugang|toilette|wc|parkplatz|laden|filiale))[a-zäöüß]*|(?:gluten|laktose)unvertr[aä]glichkeit|laktoseintoleranz|multiple sklerose|multipler sklerose|multiple sclerosis|scl[eé]rose en plaques|esclerosis m[uú]ltiple|sclerosi multipla|parkinson(?:\\Ws|s| disease|ism)(?! (?:charity|charities|foundation|society|uk|research|recipes?|collection|fun run|awareness))|morbus parkinson|maladie de parkinson|(?:hat|has|with|mit|avec|con|a|tiene|ha il) parkinson|z[oö]liakie|(?<!(?:acc[eè]s|rampe|accessible) (?:pour |aux |en )?)fauteuils? roulants?|c(?:oe|œ)liaque|silla de ruedas|celiaqu[ií]a|sedia a rotelle|celiachia|rolstoel|schwanger(?:schaft)?|diabetiker(?:in)?|depressive?|herzinfarkt|schlaganfall|krankenhaus|krankgeschrieben|krankschreibung|enceinte|grossesse|diab[eé]tique|infarctus|hospitalis[ée]e?|arr[eê]t maladie|'
  // A pupil's or a student's condition as a school writes it (a French diabetic child's PAI, a German exam adjustment's reason).
  + "crohn'?s(?: disease)?|ulcerative colitis|(?:hip|knee|joint) replacement|cpap|limited (?:walking|mobility)|reduced mobility|tuberculosis|hepatitis [abc]|hiv positive|"
  + "heart condition|pacemaker|carpal tunnel|long[- ]term sickness|fibromyalgia|repetitive strain injury|post-?op(?:erative)?|(?:acl|mcl|ligament) reconstruction|disc (?:bulge|herniation|prolapse)|plantar fasciitis|tendin(?:opathy|itis)|tendonitis|chronic lbp|sciatica|frozen shoulder|scoliosis|(?:walking|zimmer) frame|schwerh[oö]rig|geh[oö]rlos|geb[aä]rdensprach[a-z]*|sehbehindert[a-z]*|schwerbehindert[a-z]*|gdb (?:ab |von )?\\d{2}|grad der behinderung|reha-?sport|herzgruppe|herzsport|lengua de signos|silla de ruedas|discapacidad|hard of hearing|mobility impaired|locomotor disability|(?:post[- ])?hospital recovery|oxyg[eé]noth[eé]rapie|(?:appareil|assistance) respiratoire|(?:heim)?beatmung|dialysepatient(?:in)?|sauerstoffger[aä]t|pflegegrad [1-5]|[a-zäöüß]+-?allergie|anafylaxie|anaphylaxie|mobility scooter|rollator|walking aid|crutches|colectomy|ileostomy|colostomy|(?:have|has|with) a stoma|inflammatory bowel disease|"
  + 'diab[eè]te(?: de)? type [12]|diab[eè]te insulino|(?:morbus|maladie de|enfermedad de|malattia di) crohn|colitis ulcerosa|legasthenie|lese-rechtschreib-st[oö]rung|adhs|'
  + 'tdah|dyslexie|dyspraxie|dyscalculie|dislessia|disgrafia|disortografia|discalculia|dislexia|autisme|autismus|asperger|an[ao]phyla(?:xie|xis|ctic|ctique|ktischer? schock)|asthme|asma|epilepsia|'
  + 'intolerancia a la (?:fructosa|lactosa|gluten)|intol[eé]rance au fructose|fruktoseintoleranz|histaminintoleranz|'
  // An Italian health exemption's condition ("Diabete mellito", "Ipertensione arteriosa"), and hypertension in other languages.
  + 'diabete(?: mellito)?|ipertensione(?: arteriosa)?|fibrosi cistica|insufficienza (?:renale|cardiaca|respiratoria)|cardiopatia|neoplasi[ae]|epatite cronica|'
  + 'ipotiroidismo|ipertiroidismo|artrite reumatoide|demenza|trapianto|hypertension|hipertensi[oó]n|hypertonie|epilessia|malattia rara|patologie neoplastiche|patologia neoplastica|'
  // A payroll's absence labels: Sage Paie's "Maladie non professionnelle", an occupational disease, an accident at work; Spain's
  // "Baja IT enfermedad común"; a German sick note.
  + 'sickness absence|stress and anxiety|'
  // A security officer's incident report: a medical emergency, its symptoms, an ambulance to hospital.
  + 'medical emergenc(?:y|ies)|chest pains?|(?:taken|transported|conveyed|rushed) to (?:the )?hospital|'
  // A liability claim's bodily injury ("second-degree burns to hand", "lacerations to right forearm requiring stitches").
  + '(?:first|second|third|1st|2nd|3rd)[- ]degree burns?|lacerations?|(?:requiring|required|needed|needing) (?:stitches|sutures)|'
  // Illness and disability benefits: the UK's PIP, ESA, DLA, attendance allowance; France's AAH; the Netherlands' WIA, Wajong,
  // Ziektewet (a code alone only as a whole value); a food bank's referral for ill health; a tenant's vulnerabilities.
  + 'personal independence payment|pip claimant|employment and support allowance|esa \\(support group\\)|disability living allowance|attendance allowance|'
  + 'allocation aux adultes handicap[eé]s|(?<=^|,\\s{0,2})aah(?=\\s*(?:,|$))|diabetes|torture survivor|^(?:wia(?:[- ](?:iva|wga))?|wajong|ziektewet|zw|wao)$|wajong|ziektewet|burn-?out|sickness/ill health|ill health|'
  + 'learning disabilit(?:y|ies)|substance misuse|wheelchair user|hearing impaired|visually impaired|recovering from (?:a )?(?:stroke|surgery|operation|cancer)|hip replacement|'
  + 'maladie (?:non )?professionnelle|maladie ordinaire|longue maladie|accident (?:du travail|de trajet)|arr[eê]t maladie|cong[eé] (?:de )?maladie|'
  + 'baja (?:it|por enfermedad)|enfermedad (?:com[uú]n|profesional)|accidente (?:de trabajo|laboral|in itinere)|krankmeldung|arbeitsunf[aä]higkeit|'
  + 'embarazada|embarazo|(?<!contra el )cáncer|diab[eé]tico|hospitalizad[oa]|baja m[eé]dica|incinta|gravidanza|cancro|ricoverat[oa]|tumou?r|tumore|zwanger(?:schap)?|kanker|gr[aá]vida|gravidez)'
  + '|(halal|kosher(?! salt)|koscher|mosque|synagogue|ramadan|muslim(?:in|e|a)?|kopftuch|political party member(?:ship)?|(?<!(?:wedding|bridal|search|dinner|birthday|house|hen|stag|third|working|garden|tea|christmas) )party membership|parteimitglied(?:schaft)?|member of the (?:green|labou?r|conservative|liberal|democratic|republican|socialist|communist|libertarian|pirate|reform|social democratic|christian democratic) party|lesbian|transgender|gay|bisexual|homosexual|pansexual|asexual|heterosexual|queer|non-?binary|genderqueer|trans (?:woman|man|women|men)|transsexual|intersex|lesbisch|schwul|bisexuell|homosexuel(?:le)?|bisexuel(?:le)?|trade union|union dues|union member(?! states?| countr(?:y|ies))|union sub(?:s|scriptions?)|(?:unison|unite|gmb|rcn|nasuwt|ucu|pcs|usdaw|cwu|rmt|aslef|seiu|afscme|teamsters|uaw|ver\\.di|ig metall)[ -](?:subs?|subscriptions?|membership|dues|fees?)|moschee|synagoge|gewerkschaft(?:smitglied)?|membre du syndicat|d[ée]l[ée]gu[ée]e? syndicale?|syndiqu[ée]e?|sindacalista|delegat[oa] sindacale|iscritt[oa] al sindacato|sindicalista|delegad[oa] sindical|afiliad[oa] al sindicato|mosqu[eé]e|mezquita|moschea|sinagoga|moskee)'
  + '|(prison(?! break| service| officers?| staff| estate| guards?)|jail(?:ed)?|convicted|conviction|criminal record|arrested|'
  // A watch list's or a fraud team's suspicion of a financial crime (GDPR Art. 10 covers alleged offences), not a
  // compliance function's name ("anti-money laundering training", "AML officer").
  + '(?<!anti[- ])money laundering(?! (?:training|compliance|polic(?:y|ies)|checks?|screening|officer|prevention|regulations?|rules|controls?|risk|course|module|team|act|directive|laws?|reporting officer))|terrorist financing(?! (?:training|compliance|polic(?:y|ies)|checks?|screening|risk|regulations?|laws?))|financing of terrorism|sanctions evasion|fraud ring|structuring (?:cash )?deposits|structuring / smurfing|smurfing|(?:suspected|alleged|suspicion of|investigated for|under investigation for) (?:\\w+ ){0,2}(?:fraud|theft|laundering|bribery|corruption|embezzlement|tax evasion|terrorist financing)|geldw[aä]sche(?:verdacht)?(?!-?(?:schulung|beauftragte[rn]?|pr[aä]vention|gesetz|richtlinie))|terrorismusfinanzierung|blanchiment(?: d.argent)?(?! (?:formation|conformit[eé]))|blanqueo de capitales|riciclaggio|witwassen|(?:children.?s|adults.?|child|adult) barred list|barred from (?:working|regulated activity)|sentenced|dui|dwi|drunk driving|driving under the influence|field sobriety|criminal defen[cs]e|reckless driving|driving while (?:license |licence )?(?:suspended|revoked|disqualified)|hit[- ]and[- ]run|leaving the scene of an? (?:accident|collision)|vehicular (?:manslaughter|homicide)'
  // An offence a candidate declares: a police caution, a fine for possession, drink driving, shoplifting (UK DPA 2018 s.11(2)).
  + '|(?:police |formal |simple |conditional )?caution(?:ed)? for|fined for|possession of (?:cannabis|cocaine|heroin|drugs|a controlled substance|controlled substances|an offensive weapon|a weapon)|drink[- ]driving|shoplifting'
  // An employee's alleged offence in a disciplinary case ("Theft of company property", "Physical assault on a colleague").
  + '|theft of|(?:alleged|suspected) (?:theft|assault|fraud|embezzlement)|physical assault|assault(?:ed)? on'
  // ... and an employee's alleged fraud ("Falsified expenses claim", "Falsification of timesheets").
  + '|falsified (?:expenses?|timesheets?|time ?sheets?|records|documents|invoices?)|falsification of (?:expenses?|timesheets?|records|documents)|expenses? fraud'
  // A housing officer's anti-social behaviour notes: an arrest, suspected dealing, an injunction or a closure order.
  + '|criminal damage|drug dealing|closure order|injunction granted|tenant arrested'
  // A security officer's report of a trespasser warned off under a state's criminal trespass law.
  + '|criminal trespass'
  // A criminal case's type in a court's party list ("Felony - Theft", "Misdemeanor - DWI").
  + '|felony|felonies|misdemeanou?rs?'
  // A charge as a legal aid application or a defence firm's matter names it ("Assault causing harm – s.3 NFOAP Act 1997",
  // "Probation violation hearing", "Expungement of 2015 burglary conviction").
  + '|(?:common|sexual|aggravated|indecent) assault|assault (?:causing|occasioning|on a peace officer|with intent)|burglary|robbery|manslaughter|murder charge|charged with|criminal damage|dangerous driving|public order offen[cs]e|probation violation|parole violation|expunge(?:ment|d)?|drug trafficking|human trafficking|arson|possession with intent'
  // An offence with its statute's section ("Theft – s.4 Criminal Justice (Theft and Fraud Offences) Act 2001").
  + '|(?:theft|fraud|assault|handling stolen (?:goods|property)|harassment|trespass) (?:–|-|—) s\\.\\s?\\d|criminal justice \\((?:theft|public order|drug)'
  + '|vorbestraft|vorstrafen?|strafregister(?:auszug)?|strafverfahren|verurteilt|gef[aä]ngnis|haftstrafe|casier judiciaire|condamn[eé]e?|antecedentes penales|condenad[oa]|condenas?|sentencia firme|c[oó]digo penal|codice penale|code p[eé]nal|stgb|prisi[oó]n|carcere|condannat[oa]|'
  + 'casellario giudiziale|strafblad|veroordeeld|gevangenis|antecedentes criminais))(?![\\w-])', 'i');
const SENSITIVE_IN_TEXT_ALL = new RegExp(SENSITIVE_IN_TEXT.source, 'gi');
// A genetic result told in words: a variant in HGVS notation ("BRCA2 c.5946delT"), a pathogenic variant, a carrier of a
// recessive condition, a chromosome's deletion or a karyotype ("46,XX", "22q11.2 deletion"), an FMR1 premutation.
const GENETIC_IN_TEXT = new RegExp(String.raw`(?<![\w-])(?:c\.\d+(?:[+-]\d+)?(?:_\d+(?:[+-]\d+)?)?(?:[ACGT]>[ACGT]|del[ACGT]*|dup[ACGT]*|ins[ACGT]+)`
  + String.raw`|(?:likely )?pathogenic variant|variant of uncertain significance|(?:sma|smn1|cf|cftr|cystic fibrosis|tay-sachs|sickle cell|thalass?a?emia|fragile x|h(?:a)?emophilia)[^,;.]{0,24}carrier`
  + String.raw`|carrier of (?:sma|cf|cystic fibrosis|tay-sachs|sickle cell|thalass|fragile x|h(?:a)?emophilia|a pathogenic|a recessive)|(?:fmr1 )?premutation|microdeletion`
  + String.raw`|\d{1,2}q\d+(?:\.\d+)? (?:deletion|duplication)|4[67],\s?x[xy]|trisomy \d{1,2}|brca[12](?:/2)? (?:positive|mutation|pathogenic)`
  // A genetic test by its name (a lab's order: "Exome sequencing (trio)", "Chromosomal microarray", "Expanded carrier screen"): its result, normal or not, is genetic data.
  + String.raw`|(?:whole )?(?:exome|genome) sequencing|chromosomal microarray|(?:expanded )?carrier screen(?:ing)?|fragile x (?:pcr|testing|test)|karyotyp(?:e|ing))(?![\w-])`, 'i');
export const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Not after a "+": an international phone number's digits ("+4915112345678") are no card's. An Amex number typed in fours
// ("3782 8224 6310 005") too.
const CARD_IN_TEXT =
  /(?<![\w+-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{3,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{12,19})(?![\w-])/g;
const SSN_IN_TEXT = /(?<![\w.-])\d{3}[- .]?\d{2}[- .]?\d{4}(?![\w-])/g;
const IBAN_IN_TEXT = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,32}/g;
// The words before a version ("version 2.14.0.3", "v1.2.3.4"), also with the thing it is of between ("Version de
// l'application 5.27.6.63"): what follows them is a release, not an address.
const VERSION_WORD = String.raw`version|versie|versi[oó]n|vers[aã]o|versione|verze|wersja`;
const VERSION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:${VERSION_WORD})(?:\s+[\p{L}'’]+){0,3}|ver\.?|v|build|release|rev\.?|firmware|fw)\s*[:=]?\s*$`, 'iu');
// A column of versions ("version", "app_version", "service.version"): "5.19.2.105" there is a release, not an address.
const VERSION_COLUMN = new RegExp(String.raw`(?:^|[^\p{L}])(?:${VERSION_WORD}|build|release|firmware|fw|revision)$`, 'iu');
// Not after a slash: "Chrome/124.0.0.0" is a version.
const JWT_IN_TEXT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g;
const IPV4_IN_TEXT = /(?<![\w./])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/g;
// Words that announce a phone number, in the languages of the column names.
const PHONE_CONTEXT = /\b(?:phone|tel|telephone|mobile|cell|fax|call(?:ing)?|ring|text me|sms|whatsapp|reach (?:me|us)|answering|messages to|registered|telefon|handy|rufnummer|portable|telefono|movil|celular|cellulare|telefoon|mobiel|telefone)\b/i;
const USER_AGENT_TEXT = /^(?:Mozilla|Dalvik|Opera)\/\d/;
// A run of 7-15 digits in phone punctuation, not inside a longer number or word.
const PHONE_IN_CONTEXT = /(?<![\w.+-])(?:\+|\(\d)?[\d(][\d ().\-/]{5,22}\d(?![\w-])/g;
const DATE_TIME_START = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/;
// Two hex groups joined by colons: what an IPv6 address in prose needs at least.
const IPV6_HINT = /[0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f]{0,4}/i;
// Secrets named in text: a URL's query or a form body ("?email=anna%40x.de&new_password=hunter2"), or a JSON body
// logged inside a message ("Login failed, request body: {"username":"anna@x.de","password":"hunter2"}"). Their
// names are read as column names are (any language: "passwort", "mot_de_passe", "newPassword").
const NAMED_SECRET_HINT = /pass|pwd|token|secret|api_?key|kennwort|wachtwoord|contrase|senha|has[lł]o|parola|mdp|clave|salasana|adgangskode|losenord|l[öo]senord/i;
const NAMED_IN_QUERY = /(?:^|[?&;\s])([A-Za-z_][\w.[\]-]{1,40})=([^&\s"'#]+)/g;
const NAMED_IN_JSON = /\\?"([A-Za-z_][\w.-]{1,40})\\?"\s*:\s*\\?"((?:[^"\\]|\\[^"])*)\\?"/g;
// Query names that are tokens and keys, whatever describeColumn makes of them.
const QUERY_TOKEN_NAMES = /^(?:access_token|token|auth_token|session_token|refresh_token|id_token|client_secret|secret|api_?key)$/i;
const secretNames = new Map<string, 'password' | 'secret' | undefined>();
/** What a secret's name in a query or a logged body says it is: a password, a token or key, or neither. */
function secretNamed(name: string): 'password' | 'secret' | undefined {
  const known = secretNames.get(name);
  if (known !== undefined || secretNames.has(name)) return known;
  if (secretNames.size >= REMEMBERED_NAMES) secretNames.clear();
  const hint = QUERY_TOKEN_NAMES.test(name) ? 'secret' : describeColumn(name).hint;
  // Not a "pin" (a map's pin in a URL: "pin=48.13,11.58").
  const kind = hint === 'password' && !/^pin$/i.test(name) ? 'password' : hint === 'secret' ? 'secret' : undefined;
  secretNames.set(name, kind);
  return kind;
}
const decodeQueryValue = (value: string): string => {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
};
// A date of birth by its label in the languages of the column names, then a date written with numbers.
// Postal addresses as people write them in a note: a house number and a street, a town, and a postcode of one country's shape
// (a US state and ZIP code; a UK postcode; an Irish Eircode; a German street and five-digit PLZ; a French street and code postal;
// a Dutch street and postcode; an Indian state and PIN code).
const STREET_IN_TEXT = String.raw`(?:[A-Z][\p{L}'.-]*\s+){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Ter|Terrace|Cir|Circle|Hwy|Highway|Close|Crescent|Grove|Gardens|Park|Square|Row|Hill|View|Walk|Mews|Green)\.?`;
const US_ADDRESS_IN_TEXT = new RegExp(String.raw`\b\d{1,6}\s+(?:[NSEW]\.?\s+)?${STREET_IN_TEXT}(?:,?\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*[\w-]+)?,\s*[A-Z][\p{L} .'-]{1,30},\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b`, 'u');
const UK_IE_ADDRESS_IN_TEXT = new RegExp(String.raw`\b\d{1,5}[A-Za-z]?,?\s+${STREET_IN_TEXT},\s*(?:[A-Z][\p{L} .'-]{1,30},?\s*)?(?:(?:Co\.?|County)\s+[A-Z][\p{L}]+,?\s*)?(?:([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})|((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[AC-FHKNPRTV-Y0-9]{4}))\b`, 'u');
const DE_ADDRESS_IN_TEXT = /[A-ZÄÖÜ][\p{L}.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee)\s+\d{1,4}\s?[a-z]?,\s*(?:D-)?\d{5}\s+[A-ZÄÖÜ][\p{L}]+/u;
const NL_ADDRESS_IN_TEXT = /[A-Z][\p{L}.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof)\s+\d{1,4}\s?[a-zA-Z]?,\s*\d{4}\s?[A-Z]{2}\s+[A-Z][\p{L}]+/u;
const IN_ADDRESS_IN_TEXT = new RegExp(String.raw`\b\d{1,4}[A-Z]?,\s+[^,\n]{2,60},\s*[A-Z][\p{L} ]{1,30},\s*(?:Andhra Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|Punjab|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|Uttarakhand|West Bengal|Delhi)\s+[1-9]\d{2}\s?\d{3}\b`, 'u');
const FR_ADDRESS_IN_TEXT = /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|allée|place|chemin|impasse|quai|route|cours)\s+[^,\n]{2,40},\s*\d{5}\s+[A-ZÉ][\p{L}' -]+/iu;

/** The country of a postal address a text gives (see the patterns above): '' for an address of no one country, undefined for none. */
function addressCountryInText(text: string): string | undefined {
  const us = US_ADDRESS_IN_TEXT.exec(text);
  if (us) return usStateOf(us[1] ?? '') !== undefined ? 'US' : '';
  const ukIe = UK_IE_ADDRESS_IN_TEXT.exec(text);
  if (ukIe) return ukIe[1] !== undefined ? 'GB' : 'IE';
  if (DE_ADDRESS_IN_TEXT.test(text)) return 'DE';
  if (FR_ADDRESS_IN_TEXT.test(text)) return 'FR';
  if (NL_ADDRESS_IN_TEXT.test(text)) return 'NL';
  if (IN_ADDRESS_IN_TEXT.test(text)) return 'IN';
  return undefined;
}

const BIRTH_WORD = /dob|d\.o\.b|birth|born|geb|naiss|n[ée]e? le|nacim|nacid|geboor|geboren|nascit|nat[oa] il|urodz|f[öo]dd/i;
const BIRTH_DATE_IN_TEXT = /(?:\bDOB|\bD\.O\.B\.?|date of birth|birth ?date|\bborn(?: on)?|\bgeb\.|geboren(?: am| op)?|geburtsdatum|n[ée]e? le|date de naissance|fecha de nacimiento|nacid[oa] el|geboortedatum|data di nascita|nat[oa] il|data de nascimento|data urodzenia|urodzon[ya]|f[öo]delsedatum|f[öo]dd)\s*[:=-]?\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?![\d./-])/gi;
const HASH_IN_TEXT = /(?<![\w$./+=-])(?:\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2\S+)/g;

/** Whether the "+" at `at` starts a time zone's offset: four digits (or hh:mm) after a time, then the end, a space or a bracket. */
function isZoneOffset(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 5) || 32;
  const colon = text.charCodeAt(at + 3) === 58;
  const end = colon ? text.charCodeAt(at + 6) || 32 : next;
  const digits = colon ? isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 4) && isDigitAt(text, at + 5)
    : isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 3) && isDigitAt(text, at + 4);
  return digits && (end === 32 || end === 93 || end === 41 || end === 34)
    && ((text.charCodeAt(at - 1) === 32 && isDigitAt(text, at - 2)) || (isDigitAt(text, at - 1) && TIME_BEFORE_ZONE.test(text.slice(Math.max(0, at - 18), at))));
}
// An ISO 8601 time right before its offset ("2026-11-18T00:13:37.770873+00:00", as Heroku's Logplex stamps its lines).
const TIME_BEFORE_ZONE = /\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?$/;

/**
 * IBANs in text: take exactly the country's length, and the IBAN must end there. Counts the valid
 * ones, and gives the text with every such run blanked, valid or not (one with a typo): its digits
 * are no card's and no phone's ("NL20 INGB 8214 5582 47" holds a US number's shape).
 */
function ibansIn(text: string): { found: number; rest: string } {
  const pattern = new RegExp(IBAN_IN_TEXT.source, 'g');
  let found = 0;
  let rest = text;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const candidate = match[0];
    const length = IBAN_LENGTHS[candidate.slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let taken = 0;
    let end = 0;
    while (end < candidate.length && taken < length) {
      if (candidate[end] !== ' ' && candidate[end] !== '-') taken++;
      end++;
    }
    const after = text[match.index + end];
    const endsCleanly = after === undefined || !/[A-Za-z0-9]/.test(after);
    if (taken === length && endsCleanly) {
      if (isIban(candidate.slice(0, end))) found++;
      rest = `${rest.slice(0, match.index)}${' '.repeat(end)}${rest.slice(match.index + end)}`;
      // The greedy candidate may run into a following IBAN: resume right after this one.
      pattern.lastIndex = match.index + end;
    }
  }
  return { found, rest };
}

// Biometric templates' formats by their first bytes in base64: ISO/IEC 19794-2 and ANSI 378 fingerprint minutiae ("FMR\0 2"),
// ISO/IEC 19794-5 faces ("FAC\0"), ZKTeco's fingerprint templates ("SS21").
const BIOMETRIC_TEMPLATE = /^(?:Rk1SACAy|RkFDAD|U1MyM)[A-Za-z0-9+/]{56}/;
// Apple HealthKit's type and category value identifiers ("HKQuantityTypeIdentifierHeartRate", "HKCategoryValueMenstrualFlowHeavy").
const HEALTHKIT_NAME = /^HK(?:(?:Quantity|Category|DataType|Correlation)TypeIdentifier|CategoryValue)[A-Z]\w+$/;

/** Sensitive facts told in words (see SENSITIVE_IN_TEXT), each category once per value ("arrested at a protest, and diabetic": criminal and health). */
function sensitiveWordsInto(text: string, sink: DetectionSink): void {
  if (GENETIC_IN_TEXT.test(text)) sink.validated(DETECTORS.geneticInText);
  if (SENSITIVE_IN_TEXT.test(text)) {
    const told = new Set<DetectorInfo>();
    for (const match of text.matchAll(SENSITIVE_IN_TEXT_ALL)) {
      told.add(match[1] !== undefined ? DETECTORS.healthInText : match[2] !== undefined ? DETECTORS.specialCategoryInText : DETECTORS.criminalInText);
    }
    for (const detector of told) sink.validated(detector);
  }
  if (namesMedicine(text)) sink.validated(DETECTORS.medicine);
}

/**
 * Validated values inside free text, one report per occurrence: emails, IBANs, card numbers,
 * separated SSNs, public IPv4 addresses, international phone numbers, keys and tokens, password
 * hashes. A single pass first counts what the text could hold, so plain prose costs little.
 */
export function scanTextInto(rawText: string, sink: DetectionSink, prose = true): void {
  const cut = rawText.length > MAX_SCANNED_TEXT ? rawText.slice(0, MAX_SCANNED_TEXT) : rawText;
  // A URL's query is read decoded ("phone=%2B4915112345678", "email=anna%40example.com").
  const text = cut.includes('%') ? percentDecoded(cut) : cut;
  if (prose) sensitiveWordsInto(text, sink);
  let digits = 0;
  let at = false;
  let dollar = false;
  let plus = false;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) {
      if (run > longestRun) longestRun = run;
      run = 0;
      continue;
    }
    run++;
    if (code >= 48 && code <= 57) digits++;
    else if (code === 64) at = true;
    else if (code === 36) dollar = true;
    // A "+" before a phone's digits; not a time zone's offset ("08:00:03 +0000", "+01:00") at a date's end.
    else if (code === 43 && !isZoneOffset(text, i)) plus = true;
  }
  if (run > longestRun) longestRun = run;

  if (at) {
    for (const match of text.matchAll(EMAIL_IN_TEXT)) {
      // Not the end of a masked address ("ja*****h@yahoo.com" is no "h@yahoo.com").
      const before = text.charCodeAt(match.index - 1);
      if (before === 42 /* * */ || before === 8226 /* • */) continue;
      const email = match[0].replace(/\.+$/, '');
      if (isPersonalEmail(email)) sink.validated(DETECTORS.email);
    }
  }
  /**
   * The text that may hold cards and phone numbers: an IBAN's digits are neither's, and a card number's
   * digits are no phone's ("card 4111 1111 1111 1111" in a German record).
   */
  let phoneText = text;
  // An IBAN has at least ten digits in all (check digits and a numeric account part).
  if (digits >= 10 && longestRun >= 4) {
    const ibans = ibansIn(text);
    for (let i = 0; i < ibans.found; i++) sink.validated(DETECTORS.iban);
    phoneText = ibans.rest;
  }
  if (digits >= 12) {
    for (const [candidate] of phoneText.matchAll(CARD_IN_TEXT)) {
      if (!isPaymentCardNumber(candidate)) continue;
      sink.validated(DETECTORS.paymentCard);
      phoneText = phoneText.replace(candidate, ' ');
    }
  }
  if (digits >= 9) {
    for (const [candidate] of text.matchAll(SSN_IN_TEXT)) {
      // In prose only the printed 3-2-4 form: "17151 2450 Crown St" is a house number.
      const ssn = parseUsSsn(candidate);
      if (ssn?.valid && ssn.grouped) sink.validated(DETECTORS.usSsn);
    }
  }
  // A date of birth told in a note ("Geburtsdatum 02.05.2014 bestätigt", "DOB: 2014-05-02"): the record's person's.
  if (digits >= 6 && BIRTH_WORD.test(text)) {
    for (const match of text.matchAll(BIRTH_DATE_IN_TEXT)) detectBirthDate(match[1] ?? '', sink);
  }
  // A postal address told in a note or a message ("please ship to 74 Harbour View, Limerick, V94 R6P4"): contact data, its
  // country a place for a record nothing else places (as a phone number's is). Not in an address column, read as addresses are.
  if (prose && digits >= 4 && text.includes(',')) {
    const country = addressCountryInText(text);
    if (country !== undefined) {
      sink.validated(DETECTORS.postalAddress);
      if (country !== '') sink.phoneCountry(country);
    }
  }
  if (digits >= 4 && text.includes('.')) {
    let addresses = false;
    for (const match of text.matchAll(IPV4_IN_TEXT)) {
      addresses = true;
      // "version 2.14.0.3", "v1.2.3.4": a version, not an address.
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (isPublicIpAddress(match[0]) && !VERSION_BEFORE.test(before)) sink.validated(DETECTORS.ipAddress);
    }
    // An address's digits are no phone number's (a router's fwd="64.191.52.168" read as +1 641 915 2168).
    if (addresses) phoneText = phoneText.replace(IPV4_IN_TEXT, ' ');
  }
  if (digits >= 2 && text.includes(':') && IPV6_HINT.test(text)) {
    for (const word of text.split(/[\s,;'"()[\]=<>@]+/)) {
      const candidate = word.replace(/\.+$/, '');
      if (candidate.includes(':') && candidate.length >= 6 && isIPv6(candidate) && isPublicIpAddress(candidate)) sink.validated(DETECTORS.ipAddress);
    }
  }
  if (digits >= 7) {
    let phones = 0;
    if (plus || /[\d)][ .-]?\d{3}[ .-]\d{4}\b|\(\d{2,4}\)/.test(phoneText)) {
      // libphonenumber's matcher, national numbers read in the record's country (the US if unknown).
      for (const verdict of phoneNumbersInText(phoneText, sink.country ?? 'US', sink.country === undefined)) {
        phones++;
        sink.validated(DETECTORS.phone);
        if (verdict.country) sink.phoneCountry(verdict.country);
      }
    }
    // National numbers of an unknown country: only where the text says it is giving a number (a
    // browser's user agent says "Mobile" next to its version numbers: "Chrome/130.0.6723.102 Mobile").
    if (phones === 0 && PHONE_CONTEXT.test(phoneText) && !USER_AGENT_TEXT.test(text)) {
      for (const [candidate] of phoneText.matchAll(PHONE_IN_CONTEXT)) {
        // A bare run of 12+ digits is a card or account number, not a phone number written for people.
        const bareLongRun = /^\d{12,}$/.test(candidate);
        if (!bareLongRun && !DATE_TIME_START.test(candidate) && isPhoneShaped(candidate)) sink.validated(DETECTORS.phoneUnverified);
      }
    }
  }
  if (longestRun >= 10) {
    let jwt = false;
    for (const kind of tokensIn(text)) {
      const found = TOKEN_DETECTORS.get(kind);
      if (found) sink.validated(found);
      if (kind === 'jwt') jwt = true;
    }
    // A token in a URL ("?access_token=eyJ..."), read in memory as a request's bearer token is: the email and the name its claims give.
    if (jwt) {
      for (const [token] of text.matchAll(JWT_IN_TEXT)) {
        const claims = jwtClaimsOf(token);
        if (typeof claims?.email === 'string' && isPersonalEmail(claims.email.trim())) sink.validated(DETECTORS.email);
        if (typeof claims?.name === 'string' && claims.name.includes(' ') && isPersonName(claims.name.trim())) sink.validated(DETECTORS.personName);
      }
    }
  }
  // Secrets in a URL's query or a form body ("/login?user=anna&password=hunter2", "?access_token=..."), as web logs keep them:
  // read in the text as written, each value decoded once (an encoded "&" or space stays in its value).
  if ((cut.includes('=') || cut.includes('":')) && NAMED_SECRET_HINT.test(cut)) {
    for (const match of cut.matchAll(NAMED_IN_QUERY)) secretInto(match[1] ?? '', decodeQueryValue(match[2] ?? ''), sink);
    if (cut.includes('":')) for (const match of cut.matchAll(NAMED_IN_JSON)) secretInto(match[1] ?? '', match[2] ?? '', sink);
  }
  if (dollar) {
    for (const [candidate] of text.matchAll(HASH_IN_TEXT)) {
      if (passwordHashKind(candidate)) sink.validated(DETECTORS.passwordHash);
    }
  }
}

/** A value given under a secret's name in text (see NAMED_IN_QUERY): a password in the clear or hashed, or a token. */
function secretInto(name: string, value: string, sink: DetectionSink): void {
  if (value.length < 3 || isBlankValue(value) || /^[*xX•]+$|^[{<$]/.test(value)) return;
  const kind = secretNamed(name);
  if (kind === 'password') sink.validated(passwordHashKind(value) ? DETECTORS.passwordHash : DETECTORS.plainPassword);
  // A token of a known make (GITHUB_TOKEN=ghp_...) is counted as what it is, once.
  else if (kind === 'secret' && value.length >= 16 && tokensIn(value).length === 0) sink.validated(DETECTORS.secretColumn);
}

/** Validated values inside free text, one detection per occurrence (see `scanTextInto`). */
export function scanText(rawText: string): Detection[] {
  const found: Detection[] = [];
  scanTextInto(rawText, listingSink(found, {}));
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
  uk: 'GB', 'u k': 'GB', el: 'GR', usa: 'US', us: 'US', 'u s': 'US', 'u s a': 'US', 'united states of america': 'US', america: 'US',
  'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  holland: 'NL', 'the netherlands': 'NL', 'czech republic': 'CZ', 'republic of korea': 'KR', 'korea republic of': 'KR',
  korea: 'KR', 'russian federation': 'RU', turkey: 'TR', turkiye: 'TR', 'ivory coast': 'CI', 'cote d ivoire': 'CI', burma: 'MM',
  'viet nam': 'VN', macedonia: 'MK', swaziland: 'SZ', 'cabo verde': 'CV', 'hong kong': 'HK', macau: 'MO', macao: 'MO',
  vatican: 'VA', 'holy see': 'VA', uae: 'AE', 'bosnia and herzegovina': 'BA', 'republic of ireland': 'IE',
  'trinidad and tobago': 'TT', palestine: 'PS', 'democratic republic of the congo': 'CD', 'republic of the congo': 'CG',
  deutschland: 'DE', allemagne: 'DE', alemania: 'DE', espana: 'ES', espagne: 'ES', spanien: 'ES', italia: 'IT',
  italien: 'IT', osterreich: 'AT', oesterreich: 'AT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', nederland: 'NL',
  niederlande: 'NL', belgique: 'BE', belgie: 'BE', belgien: 'BE', polska: 'PL', polen: 'PL', sverige: 'SE',
  danmark: 'DK', norge: 'NO', suomi: 'FI', brasil: 'BR', 'royaume uni': 'GB', 'reino unido': 'GB',
  'vereinigtes konigreich': 'GB', 'etats unis': 'US', 'estados unidos': 'US', 'vereinigte staaten': 'US',
  frankreich: 'FR', francia: 'FR', portugal: 'PT', irland: 'IE', irlande: 'IE', mexique: 'MX', kanada: 'CA',
  // Long forms as Central European registers write them.
  'ceska republika': 'CZ', 'slovenska republika': 'SK', 'magyarorszag': 'HU', 'republica moldova': 'MD',
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

// Built on first use (about 30 ms: eight languages' names from ICU), not when the module loads.
let countryNames: ReadonlyMap<string, string> | undefined;

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  // CLDR's names ("Germany", "Italie", "Spagna", "Niederlande", "Sverige", "România") come with Node's ICU: English
  // first, then the other languages of the column names, none replacing an earlier one.
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hu', 'ro', 'hr', 'sl', 'et', 'lv', 'lt', 'tr']) {
    const displayNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of ISO_COUNTRY_CODES) {
      const name = displayNames.of(code);
      if (!name) continue;
      const key = normalizePlaceName(name.replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, ''));
      if (!names.has(key)) names.set(key, code);
    }
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
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const alpha2 = ALPHA3[trimmed.toUpperCase()];
    if (alpha2 !== undefined) return alpha2;
  }
  return (countryNames ??= buildCountryNames()).get(normalizePlaceName(trimmed));
}

/** A country column's value: a code or name (countryCodeOf), or a one-letter vehicle code as German-speaking exports write them ("D", "A", "CH" is ISO). */
export function countryColumnCodeOf(value: string): string | undefined {
  const trimmed = value.trim();
  // An ISO 3166-2 code ("US-PA", "DE-BY", as BreachClock writes places): its country.
  const subdivision = /^([A-Za-z]{2})-[A-Za-z0-9]{1,3}$/.exec(trimmed);
  if (subdivision) return countryCodeOf(subdivision[1] ?? '');
  return countryCodeOf(value) ?? (trimmed.length === 1 ? VEHICLE_CODES[trimmed.toUpperCase()] : undefined);
}

// ISO 3166-1 alpha-3 codes, as identity-verification vendors and banks write them (the countries
// of the EEA, the Americas, and those most often seen in customer files).
const ALPHA3: Readonly<Record<string, string>> = {
  AUT: 'AT', BEL: 'BE', BGR: 'BG', HRV: 'HR', CYP: 'CY', CZE: 'CZ', DNK: 'DK', EST: 'EE', FIN: 'FI', FRA: 'FR', DEU: 'DE',
  GRC: 'GR', HUN: 'HU', IRL: 'IE', ITA: 'IT', LVA: 'LV', LTU: 'LT', LUX: 'LU', MLT: 'MT', NLD: 'NL', POL: 'PL', PRT: 'PT',
  ROU: 'RO', SVK: 'SK', SVN: 'SI', ESP: 'ES', SWE: 'SE', ISL: 'IS', LIE: 'LI', NOR: 'NO', CHE: 'CH', GBR: 'GB', USA: 'US',
  CAN: 'CA', MEX: 'MX', BRA: 'BR', ARG: 'AR', CHL: 'CL', COL: 'CO', PER: 'PE', AUS: 'AU', NZL: 'NZ', IND: 'IN', CHN: 'CN',
  JPN: 'JP', KOR: 'KR', SGP: 'SG', THA: 'TH', PHL: 'PH', IDN: 'ID', MYS: 'MY', VNM: 'VN', ZAF: 'ZA', NGA: 'NG', EGY: 'EG',
  TUR: 'TR', ISR: 'IL', ARE: 'AE', SAU: 'SA', RUS: 'RU', UKR: 'UA', SRB: 'RS', ALB: 'AL', MAR: 'MA', PAK: 'PK', BGD: 'BD',
};
// One-letter international vehicle codes that German, Austrian and Swiss exports use for countries.
const VEHICLE_CODES: Readonly<Record<string, string>> = { D: 'DE', A: 'AT', F: 'FR', I: 'IT', E: 'ES', B: 'BE', L: 'LU', P: 'PT', S: 'SE', N: 'NO', H: 'HU' };

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

// Canadian provinces and territories and Australian states and territories, as codes and names,
// for state columns without a country. NT (both countries') and WA (a US state) are left out.
// Spanish provinces, German and Austrian states, Italian and French regions by name (not their
// codes, which other countries' regions share; not Córdoba and La Rioja, Argentine provinces too).
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  ES: ['alava', 'araba', 'albacete', 'alicante', 'alacant', 'almeria', 'asturias', 'avila', 'badajoz', 'baleares', 'illes balears',
    'islas baleares', 'barcelona', 'burgos', 'caceres', 'cadiz', 'cantabria', 'castellon', 'castello', 'ciudad real', 'a coruna',
    'la coruna', 'cuenca', 'girona', 'gerona', 'granada', 'guadalajara', 'gipuzkoa', 'guipuzcoa', 'huelva', 'huesca', 'jaen', 'leon',
    'lleida', 'lerida', 'lugo', 'madrid', 'malaga', 'murcia', 'navarra', 'ourense', 'orense', 'palencia', 'las palmas', 'pontevedra',
    'salamanca', 'santa cruz de tenerife', 'segovia', 'sevilla', 'soria', 'tarragona', 'teruel', 'toledo', 'valencia', 'valladolid',
    'bizkaia', 'vizcaya', 'zamora', 'zaragoza', 'ceuta', 'melilla'],
  DE: ['baden-wurttemberg', 'baden-wuerttemberg', 'bayern', 'bavaria', 'berlin', 'brandenburg', 'bremen', 'hamburg', 'hessen', 'hesse',
    'mecklenburg-vorpommern', 'niedersachsen', 'lower saxony', 'nordrhein-westfalen', 'north rhine-westphalia', 'rheinland-pfalz',
    'rhineland-palatinate', 'saarland', 'sachsen', 'saxony', 'sachsen-anhalt', 'saxony-anhalt', 'schleswig-holstein', 'thuringen',
    'thueringen', 'thuringia'],
  AT: ['burgenland', 'karnten', 'kaernten', 'carinthia', 'niederosterreich', 'niederoesterreich', 'lower austria', 'oberosterreich',
    'oberoesterreich', 'upper austria', 'salzburg', 'steiermark', 'styria', 'tirol', 'tyrol', 'vorarlberg', 'wien', 'vienna'],
  IT: ['lombardia', 'lazio', 'campania', 'sicilia', 'veneto', 'piemonte', 'emilia-romagna', 'toscana', 'puglia', 'calabria', 'sardegna',
    'liguria', 'marche', 'abruzzo', 'friuli-venezia giulia', 'trentino-alto adige', 'umbria', 'basilicata', 'molise', "valle d'aosta"],
  // Brazil's and Mexico's states by name (not "Distrito Federal", which was Mexico City's name too).
  BR: ['acre', 'alagoas', 'amapa', 'amazonas', 'bahia', 'ceara', 'espirito santo', 'goias', 'maranhao', 'mato grosso', 'mato grosso do sul',
    'minas gerais', 'para', 'paraiba', 'parana', 'pernambuco', 'piaui', 'rio de janeiro', 'rio grande do norte', 'rio grande do sul',
    'rondonia', 'roraima', 'santa catarina', 'sao paulo', 'sergipe', 'tocantins'],
  MX: ['aguascalientes', 'baja california', 'baja california sur', 'campeche', 'chiapas', 'chihuahua', 'ciudad de mexico', 'cdmx', 'coahuila',
    'colima', 'durango', 'estado de mexico', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'michoacan', 'morelos', 'nayarit', 'nuevo leon',
    'oaxaca', 'puebla', 'queretaro', 'quintana roo', 'san luis potosi', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala', 'veracruz',
    'yucatan', 'zacatecas'],
  FR: ['ile-de-france', 'auvergne-rhone-alpes', 'hauts-de-france', 'nouvelle-aquitaine', 'occitanie', 'grand est',
    "provence-alpes-cote d'azur", 'pays de la loire', 'normandie', 'bretagne', 'bourgogne-franche-comte', 'centre-val de loire', 'corse'],
  // India's states and union territories (not Punjab, also Pakistan's).
  IN: ['andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana', 'himachal pradesh', 'jharkhand',
    'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur', 'meghalaya', 'mizoram', 'nagaland', 'odisha', 'rajasthan', 'sikkim',
    'tamil nadu', 'telangana', 'tripura', 'uttar pradesh', 'uttarakhand', 'west bengal', 'andaman and nicobar islands', 'chandigarh',
    'dadra and nagar haveli and daman and diu', 'delhi', 'nct of delhi', 'jammu and kashmir', 'ladakh', 'lakshadweep', 'puducherry'],
  // Japan's prefectures, South Korea's provinces and metropolitan cities, mainland China's provinces and Taiwan's cities and
  // counties, as their own scripts write them.
  JP: ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県',
    '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県',
    '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県',
    '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'],
  KR: ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도', '강원도',
    '강원특별자치도', '충청북도', '충청남도', '전라북도', '전북특별자치도', '전라남도', '경상북도', '경상남도', '제주특별자치도'],
  CN: ['北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省',
    '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '内蒙古自治区',
    '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区'],
  // Taiwan's special municipalities, cities and counties, written with 臺 or its common form 台.
  TW: ['臺北市', '台北市', '新北市', '桃園市', '臺中市', '台中市', '臺南市', '台南市', '高雄市', '基隆市', '新竹市', '嘉義市', '新竹縣', '苗栗縣',
    '彰化縣', '南投縣', '雲林縣', '嘉義縣', '屏東縣', '宜蘭縣', '花蓮縣', '臺東縣', '台東縣', '澎湖縣', '金門縣', '連江縣'],
};

const PROVINCES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(REGION_NAMES).flatMap(([country, names]) => names.map((name): [string, string] => [normalizeProvince(name), country])),
  ...['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT', 'alberta', 'british columbia', 'manitoba',
    'new brunswick', 'newfoundland and labrador', 'newfoundland', 'nova scotia', 'northwest territories', 'nunavut',
    'ontario', 'prince edward island', 'quebec', 'saskatchewan', 'yukon'].map((name): [string, 'CA'] => [normalizeProvince(name), 'CA']),
  ...['NSW', 'VIC', 'QLD', 'TAS', 'ACT', 'SA', 'new south wales', 'victoria', 'queensland', 'south australia', 'western australia',
    'tasmania', 'australian capital territory', 'northern territory'].map((name): [string, 'AU'] => [normalizeProvince(name), 'AU']),
]);

function normalizeProvince(name: string): string {
  return name.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The country ("CA", "AU", "ES", "DE"...) whose province or state a state column's value names, when it is not a US state. */
export function provinceCountryOf(value: string): string | undefined {
  return usStateOf(value) ? undefined : PROVINCES.get(normalizeProvince(value));
}

/** ISO 3166-2 code ("US-CA") of a US state column's value (postal code or name). */
export function usStateOf(value: string): string | undefined {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  const code = /^[A-Z]{2}$/.test(upper) && US_STATES[upper] ? upper : US_STATE_NAMES.get(normalizePlaceName(trimmed));
  return code ? `US-${code}` : undefined;
}
