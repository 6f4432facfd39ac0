// A table without a header row (a MySQL OUTFILE, a legacy system's TSV): what its columns hold,
// told from their first values, for the kinds that only a column's name makes detectable: people's
// names, dates of birth, phone numbers written without their country code, streets, states,
// postcodes, countries, and IP addresses (a private one is someone's only under an IP column's name). Values that say what they are (emails, card numbers, IBANs, "+49 ..."
// phones, ids with check digits) need no name and get none.
//
// A recognised column is named `column_3 [date_of_birth]`: the bracketed field names its kind to
// describeColumn, as an Entra ID template's labels do, and the output shows which columns were
// read by their values. Each value is still checked by its kind's detector; the name only
// chooses the detector. A column is named only when nearly all of its sampled values have the
// kind's shape, and names and dates of birth only in a table that also holds a person's email,
// phone or street: a products table's "Blue Widget" is no one's name.
import { countryOfPostcode } from './places.js';
import { countryColumnCodeOf, isAnyIpAddress, isPersonName, provinceCountryOf, usStateOf } from './detectors.js';

/** The share of a column's sampled values that must have a kind's shape. */
const SHARE = 0.9;
/** Fewer sampled values than this say nothing of a column. */
const MIN_VALUES = 3;

type Kind = 'name' | 'date_of_birth' | 'phone' | 'street' | 'state' | 'country' | 'postal_code' | 'ip_address';

// A capitalised word of a name ("Chloé", "O'Brien", "Jean-Luc", "J."), and the particles that may sit between them.
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*\.?$/u;
const NAME_PARTICLE = /^(?:van|von|de|der|den|da|di|del|della|du|la|le|bin|ibn|al|y|dos|das|ten|ter|zu)$/;
// A date without a time: 1980-01-02, 02.01.1980, 1/2/1980.
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const DAY_MONTH_YEAR = /^\d{1,2}[./-]\d{1,2}[./-](\d{4})$/;
// A phone number in national writing: digits in phone punctuation; not an SSN's 3-2-4 groups.
const PHONE_SHAPE = /^\+?[\d\s().\-/]{7,20}$/;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// A street: a house number and a street's word, in the languages of the column names.
const STREET_WORD = /(?:^|[\s,])(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|ct|court|pl|place|terrace|sq|square|hwy|highway|pkwy|parkway|cres|crescent|close|rue|chemin|allée|impasse|via|viale|piazza|corso|calle|avenida|avda|paseo|plaza|carrer|rua|ulica|ul|straat|laan|gracht|plein|weg|gasse|allee|platz|ring|damm|ufer)\.?(?=$|[\s,])|\p{Ll}(?:straße|strasse|str\.|weg|gasse|allee|platz|straat|laan|gracht|vej|gatan|vägen|veien)(?=$|[\s,\d])/iu;

function words(value: string): string[] {
  return value.split(/\s+/);
}

function isFullName(value: string): boolean {
  const parts = words(value);
  if (parts.length < 2 || parts.length > 4) return false;
  let named = 0;
  for (const [index, part] of parts.entries()) {
    if (NAME_WORD.test(part)) named++;
    else if (index === 0 || !NAME_PARTICLE.test(part)) return false;
  }
  return named >= 2 && isPersonName(value);
}

const isOneName = (value: string): boolean => value.length >= 2 && value.length <= 30 && NAME_WORD.test(value) && isPersonName(value);

function yearOfDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value) ?? DAY_MONTH_YEAR.exec(value);
  return match ? Number(match[1]) : undefined;
}

function isPhone(value: string): boolean {
  if (!PHONE_SHAPE.test(value) || SSN_SHAPE.test(value) || DOTTED_QUAD.test(value) || yearOfDate(value) !== undefined) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  if (digits < 7 || digits > 15) return false;
  // A bare run of digits is an id or an amount; a phone is written with a "+", a trunk "0" or punctuation.
  return /[\s().\-/]/.test(value) || value.startsWith('+') || value.startsWith('0');
}

const isStreet = (value: string): boolean => /\d/.test(value) && /\p{L}{2}/u.test(value) && STREET_WORD.test(value);

/** A column's sampled non-blank values, trimmed. */
function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value !== '' && !/^(?:null|n\/?a|-)$/i.test(value)) values.push(value);
  }
  return values;
}

const shareOf = (values: readonly string[], test: (value: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/** Whether a column's values vary as people's names do, not as a status's or a tier's few words ("Gold", "Silver"). */
const varied = (values: readonly string[]): boolean => new Set(values.map((value) => value.toLowerCase())).size >= Math.min(values.length, 4 + values.length / 10);

/** The median of the years of a column's dates, when nearly all of its values are dates spanning years (as births do, and sign-ups do not). */
function birthYears(values: readonly string[], thisYear: number): number | undefined {
  const years = values.map(yearOfDate).filter((year): year is number => year !== undefined).sort((a, b) => a - b);
  if (years.length < SHARE * values.length || years.length === 0) return undefined;
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  if (first < 1900 || last > thisYear || (years.length >= 5 && last - first < 5)) return undefined;
  return years[years.length >> 1];
}

/**
 * The names of a header-less table's columns (see the top of this file): `column_N`, or
 * `column_N [kind]` where the values say the kind. `skip` is the column already known (the email key).
 */
export function unnamedColumnNames(rows: readonly (readonly string[])[], width: number, skip?: number, thisYear = new Date().getUTCFullYear()): string[] {
  const kinds = new Array<Kind | undefined>(width).fill(undefined);
  const samples = Array.from({ length: width }, (_, column) => (column === skip ? [] : columnValues(rows, column)));
  const oneNames: number[] = [];
  let birth: { column: number; median: number } | undefined;
  for (let column = 0; column < width; column++) {
    const values = samples[column] as string[];
    if (values.length < MIN_VALUES) continue;
    const countries = shareOf(values, (value) => value.length >= 2 && countryColumnCodeOf(value) !== undefined);
    const states = shareOf(values, (value) => usStateOf(value) !== undefined || provinceCountryOf(value) !== undefined);
    // "CA", "DE", "IN" are as much countries as states: such a column is left unnamed.
    if (countries >= SHARE && states < SHARE) kinds[column] = 'country';
    else if (states >= SHARE && countries < SHARE) kinds[column] = 'state';
    else if (countries >= SHARE) continue;
    else if (shareOf(values, isAnyIpAddress) >= SHARE) kinds[column] = 'ip_address';
    else if (shareOf(values, isPhone) >= SHARE) kinds[column] = 'phone';
    else if (shareOf(values, isStreet) >= SHARE) kinds[column] = 'street';
    else if (shareOf(values, (value) => countryOfPostcode(value) !== undefined || /^\d{5}(?:-\d{4})?$/.test(value)) >= SHARE) kinds[column] = 'postal_code';
    else if (shareOf(values, isFullName) >= SHARE && varied(values)) kinds[column] = 'name';
    else if (shareOf(values, isOneName) >= SHARE && varied(values)) oneNames.push(column);
    else {
      const median = birthYears(values, thisYear);
      // The oldest dates are the births (a member's next to their joining date).
      if (median !== undefined && (birth === undefined || median < birth.median)) birth = { column, median };
    }
  }
  // A given name and a family name: two columns of single names side by side.
  for (let i = 0; i + 1 < oneNames.length; i++) {
    const column = oneNames[i] as number;
    if (oneNames[i + 1] === column + 1) {
      kinds[column] = 'name';
      kinds[column + 1] = 'name';
      i++;
    }
  }
  if (birth !== undefined) kinds[birth.column] = 'date_of_birth';
  // Bare five-digit numbers are postcodes only next to a state's or a country's column.
  const placed = kinds.includes('state') || kinds.includes('country');
  const personal = skip !== undefined || kinds.includes('phone') || kinds.includes('street');
  return kinds.map((kind, column) => {
    const name = `column_${column + 1}`;
    if (kind === undefined || ((kind === 'name' || kind === 'date_of_birth') && !personal)) return name;
    if (kind === 'postal_code' && !placed && !(samples[column] as string[]).every((value) => countryOfPostcode(value) !== undefined)) return name;
    return `${name} [${kind}]`;
  });
}
