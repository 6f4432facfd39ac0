// Validators for identity documents, national and health identifiers, bank routing numbers and
// device identifiers. Each checks the number's own rules (check digits, issuing ranges, encoded
// dates) so that a column of order numbers does not count as passports. Pure; nothing is kept.

import type { CalendarDate } from './detectors.js';

const upperCompact = (value: string): string => value.trim().toUpperCase().replace(/[\s.-]/g, '');

function digitsOnly(value: string): number[] {
  const digits: number[] = [];
  for (let i = 0; i < value.length; i++) digits.push(value.charCodeAt(i) - 48);
  return digits;
}

// ---------------------------------------------------------------------------------------------
// United States

/** IRS ITIN: 9XX-[50-65 | 70-88 | 90-92 | 94-99]-XXXX. */
export function isUsItin(value: string): boolean {
  const match = /^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/.exec(value.trim());
  if (!match) return false;
  const group = Number(match[1]);
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/** ABA routing transit number: a Federal Reserve prefix and the 3-7-1 checksum. */
export function isAbaRoutingNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{9}|\d{4}-\d{4}-\d)$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/-/g, ''));
  const prefix = (d[0] ?? 0) * 10 + (d[1] ?? 0);
  const assigned = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!assigned || /^0+$/.test(trimmed)) return false;
  const sum = 3 * ((d[0] ?? 0) + (d[3] ?? 0) + (d[6] ?? 0)) + 7 * ((d[1] ?? 0) + (d[4] ?? 0) + (d[7] ?? 0)) + ((d[2] ?? 0) + (d[5] ?? 0) + (d[8] ?? 0));
  return sum % 10 === 0;
}

/** Medicare Beneficiary Identifier: the CMS character-class layout (no S, L, O, I, B, Z). */
export function isUsMbi(value: string): boolean {
  const compact = value.trim().toUpperCase().replace(/-/g, '');
  const letter = '[AC-HJKMNP-RT-Y]';
  const alnum = '[AC-HJKMNP-RT-Y0-9]';
  return new RegExp(`^[1-9]${letter}${alnum}\\d${letter}${alnum}\\d${letter}${letter}\\d\\d$`).test(compact);
}

// ---------------------------------------------------------------------------------------------
// United Kingdom

/** National Insurance number: HMRC's prefix rules and a suffix A-D. */
export function isUkNino(value: string): boolean {
  const compact = value.trim().toUpperCase().replace(/\s/g, '');
  const match = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(compact);
  if (!match) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(`${match[1]}${match[2]}`);
}

/** NHS number: ten digits (3-3-4), the last a mod 11 check digit. */
export function isNhsNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{10}|\d{3}([ -])\d{3}\1\d{4})$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/[ -]/g, ''));
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] ?? 0) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d[9];
}

// ---------------------------------------------------------------------------------------------
// Germany

/** Steuerliche Identifikationsnummer: digit-frequency rule and ISO 7064 MOD 11,10 check digit. */
export function isDeTaxId(value: string): boolean {
  const compact = value.trim().replace(/[\s/]/g, '');
  if (!/^[1-9]\d{10}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  const counts = new Map<number, number>();
  for (let i = 0; i < 10; i++) counts.set(d[i] ?? 0, (counts.get(d[i] ?? 0) ?? 0) + 1);
  // Issued numbers repeat exactly one digit of the first ten, twice or three times (so one or two digits are missing;
  // all ten different, or a run like 1111…, is never issued).
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = ((d[i] ?? 0) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === d[10];
}

const icaoValue = (char: string): number => {
  const code = char.charCodeAt(0);
  return code >= 65 ? code - 55 : code - 48;
};

/** ICAO 9303 7-3-1 check digit over `body`. */
export function icaoCheckDigit(body: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += icaoValue(body[i] ?? '0') * (weights[i % 3] ?? 1);
  return sum % 10;
}

// The German passport's and identity card's serial number: nine of digits and the consonants C F G H J K L M N P R T V W X Y Z,
// led by a letter (passports C-K, identity cards L-Y: secondary sources, unverified).
const GERMAN_DOCUMENT = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/;

/**
 * German passport or identity card number: nine characters of the BSI alphabet (digits and
 * consonants: the specimens' C01X00T47 and L01X00T47), not a placeholder's one or two; or, as the
 * machine-readable zone writes it, those nine and their ICAO check digit (C01X00T478).
 */
export function isDeIdentityDocument(value: string): boolean {
  const compact = value.trim().toUpperCase();
  if (compact.length === 10) return GERMAN_DOCUMENT.test(compact.slice(0, 9)) && icaoCheckDigit(compact.slice(0, 9)) === Number(compact[9]);
  return GERMAN_DOCUMENT.test(compact) && new Set(compact).size >= 3;
}

/**
 * Spain's social security number (número de afiliación, NUSS/NAF): a province's two digits, eight
 * digits, two check digits: the first ten as a number modulo 97 (below 10,000,000 the eight
 * digits plus the province times 10,000,000). Separators ("28/12345678/40") allowed.
 */
export function isEsSocialSecurityNumber(value: string): boolean {
  const compact = value.trim().replace(/[\s/.-]/g, '');
  if (!/^\d{12}$/.test(compact) || compact.startsWith('00')) return false;
  const province = Number(compact.slice(0, 2));
  const number = Number(compact.slice(2, 10));
  const base = number < 10_000_000 ? number + province * 10_000_000 : Number(compact.slice(0, 10));
  return base % 97 === Number(compact.slice(10));
}

/** Rentenversicherungsnummer: area, birth date, initial, serial, check digit. */
export function isDeSocialSecurityNumber(value: string): boolean {
  const compact = value.trim().toUpperCase().replace(/\s/g, '');
  const match = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(compact);
  if (!match) return false;
  const [, area = '', day = '', month = '', year = '', letter = 'A', serial = '', check = ''] = match;
  const dayNumber = Number(day);
  const monthNumber = Number(month);
  if (dayNumber < 1 || dayNumber > 31 + 50 || (dayNumber > 31 && dayNumber < 51) || monthNumber < 1 || monthNumber > 12) return false;
  const letterNumber = String(letter.charCodeAt(0) - 64).padStart(2, '0');
  const d = digitsOnly(`${area}${day}${month}${year}${letterNumber}${serial}`);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const product = (d[i] ?? 0) * (weights[i] ?? 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(check);
}

/** Krankenversichertennummer (eGK): a letter, eight digits and a check digit. */
export function isDeHealthInsuranceNumber(value: string): boolean {
  const compact = value.trim().toUpperCase();
  if (!/^[A-Z]\d{9}$/.test(compact)) return false;
  const d = digitsOnly(String(compact.charCodeAt(0) - 64).padStart(2, '0') + compact.slice(1, 9));
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    const product = (d[i] ?? 0) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(compact[9]);
}

// ---------------------------------------------------------------------------------------------
// France, Spain, Italy, the Netherlands, Poland

/**
 * France's tax number (numéro fiscal de référence, SPI): 13 digits, the first 0 to 3, the last three the first ten modulo
 * 511 (as python-stdnum's fr.nif reads the tax administration's rule; secondary source, unverified).
 */
export function isFrSpi(value: string): boolean {
  const compact = value.trim().replace(/[\s.]/g, '');
  return /^[0-3]\d{12}$/.test(compact) && Number(compact.slice(0, 10)) % 511 === Number(compact.slice(10));
}

/** NIR (numéro de sécurité sociale): 13 characters and the key 97 - (number mod 97). */
export function isFrNir(value: string): boolean {
  const compact = upperCompact(value);
  const match = /^([1-478])(\d{2})(\d{2})(\d[0-9AB]|\d{2})(\d{6})(\d{2})$/.exec(compact);
  if (!match || !isNirMonth(match[3])) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = 97 - Number(BigInt(body) % 97n);
  return key === Number(match[6]);
}

/** A NIR's month: 1-12, or 20-42 and 50-99 where the birth month is unknown. */
function isNirMonth(text: string | undefined): boolean {
  const month = Number(text);
  return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99);
}

/** A NIR's 13 characters without its key, as software keeps it beside a "Clé" column: its sex, year, month, place and order. */
export function isFrNirWithoutKey(value: string): boolean {
  const match = /^[1-478]\d{2}(\d{2})(?:\d[0-9AB]|\d{2})\d{6}$/.exec(upperCompact(value));
  return match !== null && isNirMonth(match[1]);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI/NIF (8 digits and control letter) or NIE (X/Y/Z, 7 digits, letter). */
export function isEsDniOrNie(value: string): boolean {
  const compact = value.trim().toUpperCase().replace(/[\s-]/g, '');
  const dni = /^(\d{7,8})([A-Z])$/.exec(compact);
  if (dni) return DNI_LETTERS[Number(dni[1]) % 23] === dni[2];
  const nie = /^([XYZ])(\d{7})([A-Z])$/.exec(compact);
  if (!nie) return false;
  const number = Number(`${'XYZ'.indexOf(nie[1] ?? 'X')}${nie[2]}`);
  return DNI_LETTERS[number % 23] === nie[3];
}

const CF_ODD: Readonly<Record<string, number>> = Object.fromEntries(
  [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((char) => {
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    const index = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    return [char, odd[index] ?? 0];
  }),
);

/** Italian codice fiscale: layout (omocodia allowed), birth month letter and check character. */
export function isItCodiceFiscale(value: string): boolean {
  const compact = value.trim().toUpperCase();
  const digit = '[0-9LMNPQRSTUV]';
  if (!new RegExp(`^[A-Z]{6}${digit}{2}[ABCDEHLMPRST]${digit}{2}[A-Z]${digit}{3}[A-Z]$`).test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = compact[i] ?? '0';
    if (i % 2 === 0) sum += CF_ODD[char] ?? 0;
    else sum += /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === compact[15];
}

/** Dutch BSN: nine digits passing the 11-proef. */
export function isNlBsn(value: string): boolean {
  const compact = value.trim().replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return false;
  const d = digitsOnly(compact.padStart(9, '0'));
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d[i] ?? 0) * (9 - i);
  sum -= d[8] ?? 0;
  return sum !== 0 && sum % 11 === 0;
}

/** Polish PESEL: an encoded birth date (century in the month) and the 1-3-7-9 check digit. */
export function isPlPesel(value: string): boolean {
  const compact = value.trim();
  if (!/^\d{11}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  const month = ((d[2] ?? 0) * 10 + (d[3] ?? 0)) % 20;
  const day = (d[4] ?? 0) * 10 + (d[5] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (d[i] ?? 0) * (weights[i] ?? 1);
  return (10 - (sum % 10)) % 10 === d[10];
}

// ---------------------------------------------------------------------------------------------
// Shared checks of the schemes below

/** Luhn (ISO/IEC 7812-1 mod 10) over a string of digits, the check digit last. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The sum of digit × weight over the first weights.length digits. */
function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A mod-11 check digit as New Zealand's IRD number and Iceland's kennitala make it: 11 less the weighted sum mod 11, 0 for 11 (10 is never issued). */
function elevenLess(digits: readonly number[], weights: readonly number[]): number {
  const remainder = weightedSum(digits, weights) % 11;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** A real calendar date (month 1-12, day within the month, leap years counted). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A date whose century is unknown: valid in the 1900s or the 2000s (29 February of '00 is). */
const isDateOfSomeCentury = (yy: number, month: number, day: number): boolean =>
  isCalendarDate(1900 + yy, month, day) || isCalendarDate(2000 + yy, month, day);

const two = (d: readonly number[], at: number): number => (d[at] ?? 0) * 10 + (d[at + 1] ?? 0);

// ---------------------------------------------------------------------------------------------
// Nordic countries

/**
 * Swedish personnummer or samordningsnummer (day + 60): YYMMDD-NNNC (`+` once the person is
 * 100), or YYYYMMDD[-]NNNC; Luhn over the ten digits YYMMDDNNNC. Skatteverket SKV 704 (and SKV 707).
 */
export function isSePersonnummer(value: string): boolean {
  const match = /^(1[89]|20)?(\d{6})([-+]?)(\d{4})$/.exec(value.trim());
  if (!match) return false;
  const [, century, date = '', separator, serial = ''] = match;
  if (century !== undefined && separator === '+') return false;
  const d = digitsOnly(date);
  const month = two(d, 2);
  const rawDay = two(d, 4);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const dateValid = century !== undefined ? isCalendarDate(Number(century) * 100 + two(d, 0), month, day) : isDateOfSomeCentury(two(d, 0), month, day);
  return dateValid && luhnValid(date + serial);
}

// Century of a Finnish identity code by its sign (the letters Y-U and B-F were added in 2023).
const FI_CENTURY_SIGNS: Readonly<Record<string, number>> = {
  '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
const FI_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * Finnish henkilötunnus DDMMYYCZZZQ: a century sign, an individual number 002-999 and the
 * check character of DDMMYYZZZ mod 31. Digital and Population Data Services Agency (DVV),
 * "Personal identity code" (century signs as amended from 2023).
 */
export function isFiHenkilotunnus(value: string): boolean {
  const match = /^(\d{6})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/.exec(value.trim().toUpperCase());
  if (!match) return false;
  const [, date = '', sign = '', individual = '', check = ''] = match;
  const d = digitsOnly(date);
  if (!isCalendarDate((FI_CENTURY_SIGNS[sign] ?? 0) + two(d, 4), two(d, 2), two(d, 0))) return false;
  if (Number(individual) < 2) return false;
  return FI_CHECK_CHARACTERS[Number(`${date}${individual}`) % 31] === check;
}

/**
 * Danish CPR number DDMMYY-SSSS: the birth date, its century given by the seventh digit. Only the
 * date is checked: numbers without a valid modulus 11 digit have been issued since 2007.
 * CPR-kontoret, "Personnummeret i CPR-systemet".
 */
export function isDkCpr(value: string): boolean {
  const birth = dkCprBirth(value);
  return birth !== undefined && isCalendarDate(birth.year, birth.month, birth.day);
}

/** The birth date a CPR number's digits say, its century by the seventh digit (not checked as a calendar date). */
function dkCprBirth(value: string): CalendarDate | undefined {
  const match = /^(\d{6})-?(\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const d = digitsOnly(`${match[1]}${match[2]}`);
  const yy = two(d, 4);
  const seventh = d[6] ?? 0;
  let century = 1900;
  if ((seventh === 4 || seventh === 9) && yy <= 36) century = 2000;
  else if (seventh >= 5 && seventh <= 8) century = yy <= 57 ? 2000 : 1800;
  return { year: century + yy, month: two(d, 2), day: two(d, 0) };
}

/**
 * Norwegian fødselsnummer DDMMYYIIIKK (D-number: day + 40; H-number: month + 40) with its two
 * mod 11 check digits. Skatteetaten, "Fødselsnummer" (the check digit rule before 2032).
 */
export function isNoFodselsnummer(value: string): boolean {
  const compact = value.trim().replace(/^(\d{6}) (\d{5})$/, '$1$2');
  if (!/^\d{11}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  const rawDay = two(d, 0);
  const rawMonth = two(d, 2);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = rawMonth > 40 ? rawMonth - 40 : rawMonth;
  if (!isDateOfSomeCentury(two(d, 4), month, day)) return false;
  const check = (weights: readonly number[]): number => {
    const rest = 11 - (weightedSum(d, weights) % 11);
    return rest === 11 ? 0 : rest;
  };
  const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === d[9] && k2 === d[10];
}

// ---------------------------------------------------------------------------------------------
// Belgium, Portugal, Ireland, Austria

/**
 * Belgian national register number YY.MM.DD-SSS.CC: CC = 97 - (YYMMDDSSS mod 97), with a 2
 * prefixed for births from 2000; month and day may be 0 (unknown), bis numbers add 20 or 40
 * to the month. IBZ, "IT000 Rijksregisternummer".
 */
export function isBeNationalNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d{2}([.\s-]?)\d{2}\1\d{2}[.\s-]?\d{3}[.\s-]?\d{2}$/.test(trimmed)) return false;
  const compact = trimmed.replace(/[.\s-]/g, '');
  const d = digitsOnly(compact);
  const month = two(d, 2) % 20;
  const day = two(d, 4);
  if (two(d, 2) > 52 || month > 12 || day > 31 || /^0+$/.test(compact.slice(6, 9))) return false;
  const body = Number(compact.slice(0, 9));
  const check = Number(compact.slice(9));
  // The second rule is for people born from 2000 on: not for a birth year still to come (62 is 1962, not 2062).
  return 97 - (body % 97) === check || (2000 + two(d, 0) <= new Date().getUTCFullYear() && 97 - ((2_000_000_000 + body) % 97) === check);
}

/**
 * Portuguese NIF: nine digits, the last 11 - (sum of digit × 9..2 mod 11), 0 when that is 10 or
 * 11; first digits 1-3 (people), 45 (non-residents), 5-9 (entities). Autoridade Tributária;
 * the rule as published in secondary sources (unverified).
 */
export function isPtNif(value: string): boolean {
  const compact = value.trim().replace(/\s/g, '');
  if (!/^(?:[1235689]\d|45|7\d)\d{7}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  const rest = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (rest < 2 ? 0 : 11 - rest) === d[8];
}

const PPSN_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';

/**
 * Irish PPS number: seven digits, a check letter (weights 8..2 mod 23, plus 9 × the second
 * letter's value for the 2013 A/B/H suffixes) and an optional second letter. Department of
 * Social Protection; the check rule as published in secondary sources (unverified).
 */
export function isIePpsn(value: string): boolean {
  const match = /^(\d{7})([A-W])([ABHWTX]?)$/.exec(value.trim().toUpperCase().replace(/[\s-]/g, ''));
  if (!match) return false;
  const [, digits = '', check = '', second = ''] = match;
  let sum = weightedSum(digitsOnly(digits), [8, 7, 6, 5, 4, 3, 2]);
  if ('ABH'.includes(second) && second !== '') sum += 9 * PPSN_LETTERS.indexOf(second);
  return PPSN_LETTERS[sum % 23] === check;
}

/**
 * Austrian social insurance number SSSC DDMMYY: a serial not starting with 0 and the check
 * digit C = weighted sum (3 7 9 _ 5 8 4 2 1 6) mod 11, never 10. Dachverband der
 * Sozialversicherungsträger; the rule as published in secondary sources (unverified).
 */
export function isAtSocialInsuranceNumber(value: string): boolean {
  const compact = value.trim().replace(/^(\d{4}) (\d{6})$/, '$1$2');
  if (!/^[1-9]\d{9}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  return weightedSum(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 === d[3];
}

// ---------------------------------------------------------------------------------------------
// Canada, Australia, the United States (health)

/**
 * Canadian Social Insurance Number: nine digits (3-3-3), Luhn; the first digit is never 0 or 8
 * (9 is a temporary resident's). Employment and Social Development Canada, SIN Code of Practice.
 */
export function isCaSin(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{9}|\d{3}([ -])\d{3}\1\d{3})$/.test(trimmed)) return false;
  const compact = trimmed.replace(/[ -]/g, '');
  return compact[0] !== '0' && compact[0] !== '8' && luhnValid(compact);
}

/**
 * Australian Tax File Number: nine digits whose weighted sum (1 4 3 7 5 8 6 9 10) is a
 * multiple of 11. Australian Taxation Office; the rule as published in secondary sources (unverified).
 */
export function isAuTfn(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{9}|\d{3} \d{3} \d{3})$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/ /g, ''));
  return weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0 && !/^0+$/.test(trimmed.replace(/ /g, ''));
}

/**
 * New Zealand National Health Index number (NHI) in its first format: three letters (not I or O: A is 1 ... Z is 24), three digits
 * and a check digit, 11 less the weighted sum (7 6 5 4 3 2) mod 11 (a sum of 0 mod 11 is no NHI; a check of 10 is 0). The
 * format of 2022 on (three letters, two digits, two letters: a mod 23 check letter) is read by its shape alone. Te Whatu Ora's
 * NHI specification as published in secondary sources (unverified).
 */
export function isNzNhi(value: string): boolean {
  const nhi = value.trim().toUpperCase();
  if (/^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}$/.test(nhi)) return true;
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(nhi)) return false;
  const letter = (code: number): number => code - 64 - (code > 73 ? 1 : 0) - (code > 79 ? 1 : 0);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (i < 3 ? letter(nhi.charCodeAt(i)) : nhi.charCodeAt(i) - 48) * (7 - i);
  const rest = sum % 11;
  return rest !== 0 && (11 - rest) % 10 === nhi.charCodeAt(6) - 48;
}

/**
 * Malaysian identity card (MyKad) number: twelve digits (written 751115-08-8234), the holder's birth date (YYMMDD), the code of
 * their birth state or country (01-16, 21-59, 60-68, 71-72, 74-79, 82-93, 98-99) and a serial; no check digit. The National
 * Registration Department's layout as published in secondary sources (unverified).
 */
export function isMyKad(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{2})-?\d{4}$/.exec(value.trim());
  if (!match) return false;
  const [, yy = '', mm = '', dd = '', place = ''] = match;
  const code = Number(place);
  const known = (code >= 1 && code <= 16) || (code >= 21 && code <= 68) || code === 71 || code === 72 || (code >= 74 && code <= 79)
    || (code >= 82 && code <= 93) || code >= 98;
  return known && (isCalendarDate(1900 + Number(yy), Number(mm), Number(dd)) || isCalendarDate(2000 + Number(yy), Number(mm), Number(dd)));
}

/**
 * New Zealand IRD number: eight or nine digits (written 49-091-850 or 136-410-132) from 10,000,000 to 150,000,000, whose
 * check digit is 11 less the weighted sum (3 2 7 6 5 4 3 2) mod 11, or with the second weights (7 4 3 2 5 2 7 6) where the
 * first give 10. Inland Revenue's validation rules as published in secondary sources (unverified).
 */
export function isNzIrd(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{8,9}|\d{2,3}-\d{3}-\d{3}|\d{2,3} \d{3} \d{3})$/.test(trimmed)) return false;
  const compact = trimmed.replace(/[ -]/g, '');
  const number = Number(compact);
  if (number <= 10_000_000 || number >= 150_000_000) return false;
  const d = digitsOnly(compact.padStart(9, '0'));
  let check = elevenLess(d.slice(0, 8), [3, 2, 7, 6, 5, 4, 3, 2]);
  if (check === 10) check = elevenLess(d.slice(0, 8), [7, 4, 3, 2, 5, 2, 7, 6]);
  return check !== 10 && check === d[8];
}

/**
 * Estonian isikukood and Lithuanian asmens kodas GYYMMDDSSSC: the first digit gives the century (and sex: 1-2 the 1800s,
 * 3-4 the 1900s, 5-6 the 2000s), then the birth date, and a check digit: the weighted sum (1 2 3 4 5 6 7 8 9 1) mod 11, or
 * where that is 10 with the second weights (3 4 5 6 7 8 9 1 2 3), 0 where that is 10 again. Secondary sources (unverified).
 */
export function isBalticPersonalCode(value: string): boolean {
  const compact = value.trim();
  if (!/^[1-6]\d{10}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  if (balticBirth(d) === undefined) return false;
  let check = weightedSum(d.slice(0, 10), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (check === 10) check = weightedSum(d.slice(0, 10), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (check === 10 ? 0 : check) === d[10];
}

function balticBirth(d: readonly number[]): CalendarDate | undefined {
  const year = [1800, 1800, 1900, 1900, 2000, 2000][(d[0] ?? 1) - 1] ?? 1900;
  const birth = { year: year + two(d, 1), month: two(d, 3), day: two(d, 5) };
  return isCalendarDate(birth.year, birth.month, birth.day) ? birth : undefined;
}

/**
 * Latvian personas kods DDMMYY-CNNNN: the birth date, the century digit C (0 the 1800s, 1 the 1900s, 2 the 2000s) and a
 * check digit, (1101 - the weighted sum (1 6 3 7 9 10 5 8 4 2)) mod 11; or, issued since 2017, 32 and nine digits with no
 * date. Secondary sources (unverified).
 */
export function isLvPersonalCode(value: string): boolean {
  const compact = value.trim();
  if (/^32\d{4}-?\d{5}$/.test(compact)) return true;
  if (!/^\d{6}-?[012]\d{4}$/.test(compact)) return false;
  const d = digitsOnly(compact.replace('-', ''));
  const year = [1800, 1900, 2000][d[6] ?? 1] ?? 1900;
  if (!isCalendarDate(year + two(d, 4), two(d, 2), two(d, 0))) return false;
  return (1101 - weightedSum(d.slice(0, 10), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 === d[10];
}

/**
 * Icelandic kennitala DDMMYY-RRCM: a person's birth date (a company's day + 40, no person's), two random digits, a check
 * digit, 11 less the weighted sum (3 2 7 6 5 4 3 2) mod 11 (0 for 11, 10 never issued), and the century (9 the 1900s, 0 the
 * 2000s, 8 the 1800s). Þjóðskrá Íslands' rule as published in secondary sources (unverified).
 */
export function isIsKennitala(value: string): boolean {
  const compact = value.trim();
  if (!/^\d{6}-?\d{4}$/.test(compact)) return false;
  const d = digitsOnly(compact.replace('-', ''));
  if (kennitalaBirth(d) === undefined) return false;
  const check = elevenLess(d.slice(0, 8), [3, 2, 7, 6, 5, 4, 3, 2]);
  return check !== 10 && check === d[8];
}

/**
 * Greek AMKA (social security number): the birth date DDMMYY, four digits and a Luhn check digit (IDIKA's rule as published
 * in secondary sources, unverified).
 */
export function isGrAmka(value: string): boolean {
  const compact = value.trim();
  if (!/^\d{11}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  return isDateOfSomeCentury(two(d, 4), two(d, 2), two(d, 0)) && luhnValid(compact);
}

/**
 * Greek AFM (tax number): nine digits, the last the sum of the others by the powers of two (2^8 .. 2^1) mod 11 mod 10
 * (AADE's rule as published in secondary sources, unverified).
 */
export function isGrAfm(value: string): boolean {
  const compact = value.trim();
  if (!/^\d{9}$/.test(compact) || /^0{9}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  return (weightedSum(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === d[8];
}

function kennitalaBirth(d: readonly number[]): CalendarDate | undefined {
  const century = ({ 9: 1900, 0: 2000, 8: 1800 } as Record<number, number>)[d[9] ?? -1];
  if (century === undefined) return undefined;
  const birth = { year: century + two(d, 4), month: two(d, 2), day: two(d, 0) };
  return isCalendarDate(birth.year, birth.month, birth.day) ? birth : undefined;
}

/**
 * Romanian CNP SYYMMDDJJNNNC: the first digit gives sex and century (1-2 the 1900s, 3-4 the 1800s, 5-6 the 2000s, 7-9
 * residents and foreigners), the birth date, the county, a serial and a check digit: the weighted sum
 * (2 7 9 1 4 6 3 5 8 2 7 9) mod 11, 1 where that is 10. Secondary sources (unverified).
 */
export function isRoCnp(value: string): boolean {
  const compact = value.trim();
  if (!/^[1-9]\d{12}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  if (!isCalendarDate(2000 + two(d, 1), two(d, 3), two(d, 5)) && !isCalendarDate(1900 + two(d, 1), two(d, 3), two(d, 5))) return false;
  const remainder = weightedSum(d.slice(0, 12), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (remainder === 10 ? 1 : remainder) === d[12];
}

/**
 * Australian Medicare card number: first digit 2-6, eight digits whose weighted sum
 * (1 3 7 9 1 3 7 9) mod 10 is the ninth, an issue number, optionally the person's reference
 * number. Services Australia; the rule as published in secondary sources (unverified).
 */
export function isAuMedicareNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:[2-6]\d{9,10}|[2-6]\d{3} \d{5} \d(?: ?\d)?)$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/ /g, ''));
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8];
}

/**
 * US National Provider Identifier: ten digits starting 1 or 2, Luhn over 80840 and the number.
 * CMS, "Requirements for the NPI check digit" (NPI final rule, 45 CFR 162.406); placeholders of
 * one repeated digit are refused.
 */
export function isUsNpi(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[12](?:\d{9}|\d{3}([ -])\d{3}\1\d{3})$/.test(trimmed)) return false;
  const compact = trimmed.replace(/[ -]/g, '');
  // A body of one repeated digit (111111111 + check) is a placeholder, not an assigned number.
  return !/^(\d)\1{8}/.test(compact) && luhnValid(`80840${compact}`);
}

// ---------------------------------------------------------------------------------------------
// India, South Korea, Singapore, Thailand, Turkey, South Africa

// Verhoeff's dihedral-group tables (multiplication, and the position permutation's powers).
const VERHOEFF_D = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432',
  '7659821043', '8765932104', '9876543210'].map((row) => digitsOnly(row));
const VERHOEFF_P = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415',
  '7046913258'].map((row) => digitsOnly(row));

/** Verhoeff check over a string of digits, the check digit last. */
export function isVerhoeffValid(digits: string): boolean {
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    check = VERHOEFF_D[check]?.[VERHOEFF_P[i % 8]?.[digit] ?? 0] ?? 0;
  }
  return check === 0;
}

/**
 * Aadhaar number: twelve digits (4-4-4), the first 2-9, the last a Verhoeff check digit.
 * UIDAI, "Aadhaar numbering scheme" (2012).
 */
export function isInAadhaar(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[2-9](?:\d{11}|\d{3}([ -])\d{4}\1\d{4})$/.test(trimmed)) return false;
  return isVerhoeffValid(trimmed.replace(/[ -]/g, ''));
}

/**
 * Brazilian CPF (Cadastro de Pessoas Físicas) 000.000.000-00: nine digits and two check digits,
 * each 11 minus the weighted sum mod 11 (10 and 11 give 0), weights 10..2 then 11..2 over the
 * digits before it; numbers of one repeated digit pass the check but are never issued. Receita
 * Federal's algorithm as published in secondary sources (unverified).
 */
export function isBrCpf(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '');
  if (/^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/**
 * Brazil's Cartão Nacional de Saúde number (CNS, the SUS card): fifteen digits, starting 1 or 2 (a
 * definitive number, made from the holder's PIS) or 7, 8 or 9 (a provisional one), whose digits
 * weighted 15 down to 1 sum to a multiple of 11. Ministério da Saúde's validation routine as
 * published in secondary sources (unverified).
 */
export function isBrCns(value: string): boolean {
  const compact = value.trim().replace(/[\s.-]/g, '');
  if (!/^[12789]\d{14}$/.test(compact)) return false;
  return weightedSum(digitsOnly(compact), [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/**
 * Indian PAN AAAAA9999A: the fourth letter is the holder's type (P person, C company, H HUF,
 * F firm, A AOP, T trust, B BOI, L local authority, J artificial juridical person, G government);
 * no check digit is published. Income Tax Department, "Permanent Account Number (PAN)". Only a
 * person's (P) and a Hindu undivided family's (H) are personal data: a company's PAN is no one's.
 */
export function isInPan(value: string): boolean {
  const match = /^[A-Z]{3}[PH][A-Z](\d{4})[A-Z]$/.exec(value.trim());
  return match !== null && match[1] !== '0000';
}

/**
 * Korean resident registration number YYMMDD-GNNNNNC: a birth date, a gender digit that gives
 * the century (1, 2 in the 1900s; 3, 4 from 2000; 5-8 the same for foreigners' registration
 * numbers) and, for numbers issued before October 2020 only, the check digit
 * (11 - weighted sum 2..9,2..5 mod 11) mod 10; later numbers end in random digits, so the check
 * is optional. Resident Registration Act enforcement rules; the check rule as published in
 * secondary sources (unverified).
 */
function koreanRegistrationNumber(value: string, genders: string, requireCheckDigit: boolean): boolean {
  const match = /^(\d{6})-?(\d)(\d{6})$/.exec(value.trim());
  if (!match || !genders.includes(match[2] ?? '')) return false;
  const d = digitsOnly(`${match[1]}${match[2]}${match[3]}`);
  const gender = d[6] ?? 0;
  const century = gender === 3 || gender === 4 || gender === 7 || gender === 8 ? 2000 : 1900;
  if (!isCalendarDate(century + two(d, 0), two(d, 2), two(d, 4))) return false;
  if (!requireCheckDigit) return true;
  return (11 - (weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12];
}

/** Korean resident registration number (citizens, gender digit 1-4); see `koreanRegistrationNumber`. */
export const isKrRrn = (value: string, requireCheckDigit = false): boolean => koreanRegistrationNumber(value, '1234', requireCheckDigit);

/** Korean foreigner registration number (gender digit 5-8); only the date and gender digit are checked. */
export const isKrFrn = (value: string): boolean => koreanRegistrationNumber(value, '5678', false);

/**
 * Singapore NRIC/FIN: S/T (citizens and PRs), F/G (foreigners), M (foreigners from 2022), seven
 * digits and a check letter of weights 2 7 6 5 4 3 2 (+4 for T and G, +3 for M) mod 11.
 * ICA; the rule as published in secondary sources (unverified; the M series from
 * opengovsg's published validator).
 */
export function isSgNricFin(value: string): boolean {
  const match = /^([STFGM])(\d{7})([A-Z])$/.exec(value.trim().toUpperCase());
  if (!match) return false;
  const [, prefix = 'S', digits = '', check = ''] = match;
  const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0;
  const rest = (weightedSum(digitsOnly(digits), [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
  const letters = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'XWUTRQPNJLK' : 'XWUTRQPNMLK';
  return letters[rest] === check;
}

// Thai province codes (ISO 3166-2:TH numbers), the second and third digits of an identity number.
const TH_PROVINCES = new Set([
  ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27],
  ...Array.from({ length: 20 }, (_, i) => 30 + i),
  ...[50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77],
  ...[80, 81, 82, 83, 84, 85, 86, 90, 91, 92, 93, 94, 95, 96],
]);

/**
 * Thai national identification number: thirteen digits (1-4-5-2-1), a person type 1-8, the
 * registering province (ISO 3166-2:TH code) and the check digit (11 - weighted sum 13..2
 * mod 11) mod 10. Department of Provincial Administration; the check rule as published in
 * secondary sources (unverified).
 */
export function isThNationalId(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[1-8](?:\d{12}|-\d{4}-\d{5}-\d{2}-\d)$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/-/g, ''));
  if (!TH_PROVINCES.has(two(d, 1))) return false;
  return (11 - (weightedSum(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === d[12];
}

/**
 * Chinese resident identity number (GB 11643-1999): six digits of the place, the birth date
 * YYYYMMDD, three of sequence and a check character of ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11;
 * 10 written X). The rule as published in secondary sources (unverified).
 */
export function isCnResidentId(value: string): boolean {
  const compact = value.trim();
  if (!/^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(compact)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(compact[i]) * (weights[i] ?? 0);
  const check = (12 - (sum % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === (compact[17] ?? '').toUpperCase();
}

/** The two-digit codes of a Taiwanese id's first letter, A-Z (the place of first registration). */
const TW_LETTER_CODES = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];

/**
 * Taiwan's national identification number (身分證字號), and the resident certificate number of the
 * same form (since 2021): a letter, 1 or 2 (8 or 9 on a resident certificate), seven digits and a
 * check digit. The letter's two-digit code (A 10 ... Z 33) and the nine digits, weighted 1, 9, 8,
 * 7, 6, 5, 4, 3, 2, 1, 1, sum to a multiple of ten. Ministry of the Interior; the rule as published
 * in secondary sources (unverified).
 */
export function isTwNationalId(value: string): boolean {
  const compact = value.trim().toUpperCase();
  if (!/^[A-Z][1289]\d{8}$/.test(compact)) return false;
  const code = TW_LETTER_CODES[compact.charCodeAt(0) - 65] ?? 0;
  return (Math.floor(code / 10) + (code % 10) * 9 + weightedSum(digitsOnly(compact.slice(1)), [8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 === 0;
}

/**
 * Saudi Arabia's national id (citizens, starting 1) and iqama (residents, starting 2): ten digits whose last is a Luhn check
 * digit. Ministry of Interior (Absher); the rule as published in secondary sources (unverified).
 */
export function isSaNationalId(value: string): boolean {
  const compact = value.trim();
  return /^[12]\d{9}$/.test(compact) && luhnValid(compact);
}

/**
 * The United Arab Emirates' Emirates ID number: 784 (the country's ISO code), the holder's year of birth, seven digits and a
 * Luhn check digit, written 784-1985-1234567-1. Federal Authority for Identity and Citizenship; the rule as published in
 * secondary sources (unverified).
 */
export function isAeEmiratesId(value: string): boolean {
  const trimmed = value.trim();
  if (!/^784-?\d{4}-?\d{7}-?\d$/.test(trimmed)) return false;
  const compact = trimmed.replace(/-/g, '');
  const year = Number(compact.slice(3, 7));
  return year >= 1900 && year <= 2100 && luhnValid(compact);
}

/** Egypt's governorate codes in a national id (01-04 the cities, 11-19 Lower Egypt, 21-35 Upper Egypt and the frontier, 88 born abroad). */
const EG_GOVERNORATES = new Set(['01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '22', '23', '24', '25', '26', '27',
  '28', '29', '31', '32', '33', '34', '35', '88']);

/**
 * Egypt's national id number: fourteen digits, the century of birth (2 for the 1900s, 3 for the 2000s), the birth date
 * YYMMDD, the governorate of birth, a sequence whose last digit is odd for a man, and a check digit (its rule is not
 * published: not checked here). Civil Status Organization; the layout as published in secondary sources (unverified).
 */
export function isEgNationalId(value: string): boolean {
  const compact = value.trim();
  if (!/^[23]\d{13}$/.test(compact)) return false;
  const year = (compact[0] === '2' ? 1900 : 2000) + Number(compact.slice(1, 3));
  return isCalendarDate(year, Number(compact.slice(3, 5)), Number(compact.slice(5, 7))) && EG_GOVERNORATES.has(compact.slice(7, 9));
}

/**
 * Ghana's national identity card (Ghana Card) number, its PIN: GHA, nine digits and a check digit (GHA-123456789-0). National
 * Identification Authority; the layout as published in secondary sources (unverified: the check digit's rule is not published).
 */
export function isGhanaCardNumber(value: string): boolean {
  return /^GHA-?\d{9}-?\d$/i.test(value.trim());
}

/**
 * Chilean RUT/RUN (Rol Único Tributario / Nacional): seven or eight digits and a verifier, written
 * 12.345.678-5; the verifier is 11 - (sum of the digits from the right × 2, 3, 4, 5, 6, 7, 2, ...)
 * mod 11, with 11 as 0 and 10 as K. Servicio de Registro Civil e Identificación; the rule as
 * published in secondary sources (unverified). A company's RUT has the same form (from 50 million).
 */
export function isClRut(value: string): boolean {
  const match = /^(\d{1,2}(?:\.?\d{3}){2})-?([\dkK])$/.exec(value.trim());
  if (!match) return false;
  const body = (match[1] ?? '').replace(/\./g, '');
  if (body.length < 7 || /^(\d)\1+$/.test(body)) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const rest = 11 - (sum % 11);
  return (rest === 11 ? '0' : rest === 10 ? 'K' : String(rest)) === (match[2] ?? '').toUpperCase();
}

/**
 * Turkish identity number (T.C. Kimlik No): eleven digits, no leading 0; the tenth is
 * (7 × sum of digits 1,3,5,7,9 - sum of digits 2,4,6,8) mod 10, the eleventh the sum of the
 * first ten mod 10. Nüfus ve Vatandaşlık İşleri; the rule as published in secondary sources (unverified).
 */
export function isTrKimlikNo(value: string): boolean {
  const compact = value.trim();
  if (!/^[1-9]\d{10}$/.test(compact)) return false;
  const d = digitsOnly(compact);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return weightedSum(d, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) % 10 === d[10];
}

/**
 * South African identity number YYMMDD SSSS C A Z: a birth date, the citizenship digit C (0
 * citizen, 1 permanent resident, 2 refugee) and a Luhn check digit Z. Department of Home
 * Affairs (Identification Act 68 of 1997); the check rule as published in secondary sources (unverified).
 */
export function isZaIdNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\d{6}( ?)\d{4}\1\d{3}$/.test(trimmed)) return false;
  const compact = trimmed.replace(/ /g, '');
  const d = digitsOnly(compact);
  if (!isDateOfSomeCentury(two(d, 0), two(d, 2), two(d, 4))) return false;
  return (d[10] ?? 9) <= 2 && luhnValid(compact);
}

/**
 * Swiss social insurance number (AHV/AVS number, AHVN13): 756.XXXX.XXXX.XC, the country prefix
 * 756, nine digits and an EAN-13 check digit (Zentrale Ausgleichsstelle, "Die AHV-Nummer", since 2008).
 */
export function isChAhvNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^756(?:\.\d{4}\.\d{4}\.\d{2}|\d{10})$/.test(trimmed)) return false;
  const d = digitsOnly(trimmed.replace(/\./g, ''));
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d[i] ?? 0) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === d[12];
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Whether a value is written as a CURP is (see isMxCurp), whatever its check digit. */
export function isMxCurpShaped(value: string): boolean {
  return /^[A-Z]{4}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d$/i.test(value.trim());
}

/**
 * Mexican CURP (Clave Única de Registro de Población): four letters of the name, the birth date
 * YYMMDD, sex (H, M, or X), the state (two letters), three consonants, a character telling the
 * century (a digit before 2000, a letter after) and a check digit over the first 17 characters
 * (RENAPO's instructions as published in secondary sources, unverified).
 */
export function isMxCurp(value: string): boolean {
  const compact = value.trim().toUpperCase();
  if (!isMxCurpShaped(compact)) return false;
  const d = digitsOnly(compact.slice(4, 10));
  if (!isDateOfSomeCentury(two(d, 0), two(d, 2), two(d, 4))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(compact[i] ?? '') * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(compact[17]);
}

/** A Czech or Slovak birth number's month: +50 for women, +20 (+70) when a day's numbers ran out (since 2004). */
function czBirthMonth(rawMonth: number): number {
  return rawMonth > 70 ? rawMonth - 70 : rawMonth > 50 ? rawMonth - 50 : rawMonth > 20 ? rawMonth - 20 : rawMonth;
}

/**
 * Czech (and Slovak) birth number, rodné číslo: YYMMDD/SSSC, the birth date (month +50 for women)
 * and, since 1954, a tenth digit making the number divisible by 11 (Czech Act 133/2000 Coll., § 13);
 * numbers of 1954-1985 whose remainder was 10 end in 0 (secondary sources, unverified). Nine-digit
 * numbers (born before 1954) have no check digit: only the written form YYMMDD/SSS is taken.
 */
export function isCzBirthNumber(value: string): boolean {
  const match = /^(\d{6})(\/?)(\d{3,4})$/.exec(value.trim());
  if (!match) return false;
  const compact = `${match[1]}${match[3]}`;
  const d = digitsOnly(compact);
  const yy = two(d, 0);
  const month = czBirthMonth(two(d, 2));
  const day = two(d, 4);
  if (compact.length === 9) return match[2] === '/' && yy < 54 && isCalendarDate(1900 + yy, month, day);
  if (!isDateOfSomeCentury(yy, month, day)) return false;
  const remainder = Number(compact.slice(0, 9)) % 11;
  return (remainder === 10 ? 0 : remainder) === d[9];
}

// ---------------------------------------------------------------------------------------------
// Passports and other documents by column context


export type PassportIssuer = 'GB' | 'US' | 'DE' | 'ES' | 'IT' | 'FR' | 'any';

/** Passport number layouts of the issuers named in a column ("uk_passport"), or any common one. */
export function isPassportNumber(value: string, issuer: PassportIssuer = 'any'): boolean {
  const compact = value.trim().toUpperCase();
  switch (issuer) {
    case 'GB':
      return /^[A-Z]{2}\d{7}$/.test(compact) || /^\d{9}$/.test(compact);
    case 'US':
      return /^[A-Z]?\d{8,9}$/.test(compact) && compact.length === 9;
    case 'DE':
      return isDeIdentityDocument(compact);
    case 'ES':
      return /^[A-Z]{3}\d{6}$/.test(compact);
    case 'IT':
      return /^[A-Z]{2}\d{7}$/.test(compact);
    case 'FR':
      return /^\d{2}[A-Z]{2}\d{5}$/.test(compact);
    case 'any':
      // ICAO 9303 allows up to 9 characters; issuers use letters and digits, mostly digits; Germany's
      // are nine of its own alphabet (digits and consonants, no vowel: "C01X00T47", "JXT4R0RRP").
      // The Netherlands' since 2014: two letters, six letters or digits, a digit, never the letter O ("TRBXU2382").
      return (/^[A-Z0-9]{6,9}$/.test(compact) && (compact.match(/\d/g)?.length ?? 0) >= 5) || (isDeIdentityDocument(compact) && /\d/.test(compact))
        || /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/.test(compact);
  }
}

/** A document number of some kind (driving licence, ID card) in a column named for one. */
export function isDocumentNumberShaped(value: string): boolean {
  const compact = value.trim().toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9*]{5,20}$/.test(compact) && /\d/.test(compact);
}

// ---------------------------------------------------------------------------------------------
// Devices

/** MAC-48 address (colon, dash or Cisco dot notation), not the broadcast or all-zero address. */
export function isMacAddress(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})$/.test(trimmed)) return false;
  const hex = trimmed.replace(/[:.-]/g, '').toUpperCase();
  return hex !== 'FFFFFFFFFFFF' && hex !== '000000000000';
}

/** IMEI: 15 digits with a Luhn check digit (or the 16-digit IMEISV). */
export function isImei(value: string): boolean {
  const compact = value.trim().replace(/[\s/-]/g, '');
  if (/^\d{16}$/.test(compact)) return true;
  if (!/^\d{15}$/.test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let digit = compact.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A UUID (advertising ids, IDFA/IDFV, installation ids), not the nil UUID. */
export function isUuid(value: string): boolean {
  const trimmed = value.trim();
  return /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(trimmed) && !/^[0-]+$/.test(trimmed);
}

// ---------------------------------------------------------------------------------------------
// Birth dates that national identity numbers encode

/** A two-digit year in the latest century that puts the date on or before `asOf`. */
function latestPast(yy: number, month: number, day: number, asOf: Date): number {
  const year = 2000 + yy;
  const asOfKey = asOf.getUTCFullYear() * 10_000 + (asOf.getUTCMonth() + 1) * 100 + asOf.getUTCDate();
  return year * 10_000 + month * 100 + day <= asOfKey ? year : year - 100;
}

const CF_DIGITS = 'LMNPQRSTUV'; // codice fiscale's omocodia letters for 0-9
const CF_MONTHS = 'ABCDEHLMPRST';

/**
 * The birth date an already validated identity number encodes, by its detector's name: Polish
 * PESEL (century in the month), Swedish personnummer (century given, or from the separator: "+"
 * at 100), Finnish henkilötunnus (century sign), Danish CPR (century by the seventh digit),
 * Norwegian fødselsnummer (century by the individual number), Italian codice fiscale (day + 40
 * for women), Belgian national number (century by its check digits) and South African identity
 * number. Undefined for other numbers, or when the number leaves the date unknown.
 */
export function birthDateInId(detector: string, value: string, asOf: Date): CalendarDate | undefined {
  const compact = value.trim().toUpperCase().replace(/[\s.]/g, '');
  const d = digitsOnly(compact);
  const date = (year: number, month: number, day: number): CalendarDate | undefined => (isCalendarDate(year, month, day) ? { year, month, day } : undefined);
  switch (detector) {
    case 'pl-pesel': {
      const rawMonth = two(d, 2);
      const century = [1900, 2000, 2100, 2200, 1800][Math.floor(rawMonth / 20)] ?? 1900;
      return date(century + two(d, 0), rawMonth % 20, two(d, 4));
    }
    case 'se-personnummer': {
      const match = /^(1[89]|20)?(\d{6})([-+]?)\d{4}$/.exec(compact);
      if (!match) return undefined;
      const e = digitsOnly(match[2] ?? '');
      const rawDay = two(e, 4);
      const [month, day] = [two(e, 2), rawDay > 60 ? rawDay - 60 : rawDay];
      const year = match[1] !== undefined ? Number(match[1]) * 100 + two(e, 0) : latestPast(two(e, 0), month, day, asOf) - (match[3] === '+' ? 100 : 0);
      return date(year, month, day);
    }
    case 'fi-henkilotunnus':
      return date((FI_CENTURY_SIGNS[compact[6] ?? ''] ?? 0) + two(d, 4), two(d, 2), two(d, 0));
    case 'dk-cpr': {
      const birth = dkCprBirth(value);
      return birth && date(birth.year, birth.month, birth.day);
    }
    case 'no-fodselsnummer': {
      const yy = two(d, 4);
      const individual = Number(compact.slice(6, 9));
      let century = 1900;
      if (individual >= 500 && individual <= 749 && yy >= 54) century = 1800;
      else if (individual >= 500 && yy <= 39) century = 2000;
      const rawDay = two(d, 0);
      const rawMonth = two(d, 2);
      return date(century + yy, rawMonth > 40 ? rawMonth - 40 : rawMonth, rawDay > 40 ? rawDay - 40 : rawDay);
    }
    case 'it-codice-fiscale': {
      const digit = (at: number): number => {
        const char = compact[at] ?? '';
        return /\d/.test(char) ? Number(char) : CF_DIGITS.indexOf(char);
      };
      const yy = digit(6) * 10 + digit(7);
      const month = CF_MONTHS.indexOf(compact[8] ?? '') + 1;
      const rawDay = digit(9) * 10 + digit(10);
      const day = rawDay > 40 ? rawDay - 40 : rawDay;
      return date(latestPast(yy, month, day, asOf), month, day);
    }
    case 'be-national-number': {
      const e = digitsOnly(compact.replace(/-/g, ''));
      const body = Number(compact.replace(/-/g, '').slice(0, 9));
      const check = Number(compact.replace(/-/g, '').slice(9));
      const century = 97 - (body % 97) === check ? 1900 : 2000;
      return date(century + two(e, 0), two(e, 2) % 20, two(e, 4));
    }
    case 'mx-curp': {
      const month = two(d, 6);
      const day = two(d, 8);
      // The 17th character: a digit for births before 2000, a letter from 2000.
      return date((/\d/.test(compact[16] ?? '') ? 1900 : 2000) + two(d, 4), month, day);
    }
    case 'cz-birth-number': {
      const month = czBirthMonth(two(d, 2));
      const day = two(d, 4);
      // Ten digits: born 1954 or later; nine: before 1954.
      const year = compact.replace('/', '').length === 9 ? 1900 + two(d, 0) : two(d, 0) >= 54 ? 1900 + two(d, 0) : latestPast(two(d, 0), month, day, asOf);
      return date(year, month, day);
    }
    case 'kr-rrn': {
      // The seventh digit gives the century (and sex): 1, 2, 5, 6 the 1900s; 3, 4, 7, 8 the 2000s; 9, 0 the 1800s.
      const e = digitsOnly(compact.replace(/-/g, ''));
      const century = { 1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000 }[e[6] ?? 0] ?? 1800;
      return date(century + two(e, 0), two(e, 2), two(e, 4));
    }
    case 'baltic-personal-code':
      return balticBirth(d);
    case 'gr-amka': {
      const month = two(d, 2);
      const day = two(d, 0);
      return date(latestPast(two(d, 4), month, day, asOf), month, day);
    }
    case 'is-kennitala':
      return kennitalaBirth(digitsOnly(compact.replace('-', '')));
    case 'lv-personal-code': {
      if (compact.startsWith('32')) return undefined;
      const e = digitsOnly(compact.replace('-', ''));
      return date(([1800, 1900, 2000][e[6] ?? 1] ?? 1900) + two(e, 4), two(e, 2), two(e, 0));
    }
    case 'ro-cnp': {
      const century = { 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000 }[d[0] ?? 0];
      const month = two(d, 3);
      const day = two(d, 5);
      return century === undefined ? date(latestPast(two(d, 1), month, day, asOf), month, day) : date(century + two(d, 1), month, day);
    }
    case 'eg-national-id':
      return date((d[0] === 2 ? 1900 : 2000) + two(d, 1), two(d, 3), two(d, 5));
    case 'za-id-number': {
      const month = two(d, 2);
      const day = two(d, 4);
      return date(latestPast(two(d, 0), month, day, asOf), month, day);
    }
    default:
      return undefined;
  }
}
