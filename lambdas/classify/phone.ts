// Phone numbers, validated with libphonenumber-js's metadata (Google's libphonenumber data).
//
// `parsePhoneNumberFromString(...).isValid()` costs 8-20 µs a call (it rebuilds its regular
// expressions and metadata wrappers every time), which alone would take 10-20 s for a million
// rows. So the common shapes (international "+CC ..." / "00CC ...", and national numbers of a known
// country with a plain trunk prefix) are checked here with the library's own metadata and the
// library's own rules (national number pattern, then the type patterns with their possible
// lengths; shared calling codes resolved by leading digits, then by type), with each country's
// patterns compiled once. Every other shape goes to the library itself. A unit test holds the
// fast path to the library's answers on thousands of generated numbers.
import { Metadata, findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.min.json';

const METADATA = metadataJson as unknown as MetadataJson;

export interface PhoneVerdict {
  readonly valid: boolean;
  /** ISO 3166-1 alpha-2 country of the number, when valid and geographic. */
  readonly country: string | undefined;
}

const INVALID: PhoneVerdict = { valid: false, country: undefined };
const VALID_NO_COUNTRY: PhoneVerdict = { valid: true, country: undefined };
const VALID_IN = new Map<string, PhoneVerdict>();

/** The (shared, immutable) verdict "valid, in `country`". */
function validIn(country: string | undefined): PhoneVerdict {
  if (country === undefined) return VALID_NO_COUNTRY;
  let verdict = VALID_IN.get(country);
  if (!verdict) {
    verdict = Object.freeze({ valid: true, country });
    VALID_IN.set(country, verdict);
  }
  return verdict;
}

// The parts of libphonenumber-js's Metadata class used here (its published types omit them).
interface TypeDefinition {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface NumberingPlanView {
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  leadingDigits(): string | undefined;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  type(type: string): TypeDefinition | undefined;
}
interface MetadataView {
  numberingPlan: NumberingPlanView;
  selectNumberingPlan(country: string): MetadataView;
  countryCallingCodes(): Record<string, string[]>;
  hasCountry(country: string): boolean;
}

// getNumberType's order: fixed line first, then these.
const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledPlan {
  readonly country: string;
  readonly national: RegExp;
  readonly types: ReadonlyArray<{ readonly pattern: RegExp; readonly lengths: ReadonlySet<number> }>;
  readonly leading: RegExp | undefined;
  /** Trunk prefixes, when national parsing needs nothing more than removing one (no transform, no pattern). */
  readonly trunkPrefixes: readonly string[];
  /** Parsing this country's national numbers needs the library (prefix patterns, transform rules). */
  readonly complexNationalParsing: boolean;
  readonly typeVerdicts: Map<number, boolean>;
  /** The country's international dialling prefix: a national number starting with it is read as international. */
  readonly idd: RegExp | undefined;
}

const MAX_REMEMBERED_VERDICTS = 50_000;

const metadata = new (Metadata as unknown as new (json: MetadataJson) => MetadataView)(METADATA);
const CALLING_CODES: Readonly<Record<string, string[]>> = metadata.countryCallingCodes();
const plans = new Map<string, CompiledPlan>();
/** Countries sharing each country's calling code (e.g. VA with IT, CA with US). */
const SHARING: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(CALLING_CODES).flatMap((countries) => countries.map((country): [string, readonly string[]] => [country, countries])),
);

function compile(country: string): CompiledPlan {
  const known = plans.get(country);
  if (known) return known;
  const plan = metadata.selectNumberingPlan(country).numberingPlan;
  const general = plan.possibleLengths();
  const types = TYPES.flatMap((name) => {
    const definition = plan.type(name);
    const pattern = definition?.pattern();
    if (!definition || !pattern) return [];
    return [{ pattern: new RegExp(`^(?:${pattern})$`), lengths: new Set(definition.possibleLengths() ?? general) }];
  });
  const leadingDigits = plan.leadingDigits() || undefined;
  // The metadata arrays hold 0 for "not set".
  const trunk = plan.nationalPrefix() || undefined;
  const forParsing = plan.nationalPrefixForParsing() || undefined;
  const transform = plan.nationalPrefixTransformRule() || undefined;
  // Simple: removing one of a few literal prefixes ("0", "0|180020") is all national parsing does.
  const literal = forParsing === undefined ? (trunk ? [trunk] : []) : /^\d+(?:\|\d+)*$/.test(forParsing) ? forParsing.split('|') : undefined;
  const simple = !transform && literal !== undefined && literal.every((prefix) => /^\d+$/.test(prefix));
  const compiled: CompiledPlan = {
    country,
    national: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    types,
    leading: leadingDigits ? new RegExp(`^(?:${leadingDigits})`) : undefined,
    trunkPrefixes: simple ? (literal ?? []) : [],
    complexNationalParsing: !simple,
    typeVerdicts: new Map(),
    idd: plan.IDDPrefix() ? new RegExp(`^(?:${plan.IDDPrefix()})`) : undefined,
  };
  plans.set(country, compiled);
  return compiled;
}

/**
 * libphonenumber's isValid() on a precompiled plan: the national number pattern, then (where the
 * metadata has them) the type patterns with their possible lengths.
 */
function validFor(plan: CompiledPlan, nsn: string): boolean {
  if (!plan.national.test(nsn)) return false;
  if (plan.types.length === 0) return true;
  // Some type patterns (the UK's fixed-line one above all) are large enough that V8 matches them
  // at ~25 µs. They select on leading digits (area codes, ranges) and end in plain digit runs, so
  // the verdict is remembered per leading digits and length; bounded, then computed every time.
  const key = nsn.length < 9 ? undefined : nsn.length * 1e7 + leadingSeven(nsn);
  if (key !== undefined) {
    const known = plan.typeVerdicts.get(key);
    if (known !== undefined) return known;
  }
  let valid = false;
  for (const type of plan.types) {
    if (type.lengths.has(nsn.length) && type.pattern.test(nsn)) {
      valid = true;
      break;
    }
  }
  if (key !== undefined && plan.typeVerdicts.size < MAX_REMEMBERED_VERDICTS) plan.typeVerdicts.set(key, valid);
  return valid;
}

/** The first seven digits of a string of at least seven ASCII digits, as a number. */
function leadingSeven(digits: string): number {
  let value = 0;
  for (let i = 0; i < 7; i++) value = value * 10 + digits.charCodeAt(i) - 48;
  return value;
}

/** libphonenumber's getNumberType(...) !== undefined: the national pattern and a type pattern. */
function hasType(plan: CompiledPlan, nsn: string): boolean {
  return plan.types.length > 0 && validFor(plan, nsn);
}

/** libphonenumber's getCountryByCallingCode for a shared calling code (undefined: none fits). */
function countryForCallingCode(countries: readonly string[], nsn: string): CompiledPlan | undefined {
  if (countries.length === 1) return compile(countries[0] ?? '');
  for (const country of countries) {
    const plan = compile(country);
    if (plan.leading ? plan.leading.test(nsn) : hasType(plan, nsn)) return plan;
  }
  return undefined;
}

function fromLibrary(value: string, defaultCountry?: string): PhoneVerdict {
  const options = defaultCountry && metadata.hasCountry(defaultCountry) ? { defaultCountry: defaultCountry as CountryCode, extract: false } : { extract: false };
  const parsed = parsePhoneNumberFromString(value, options, METADATA);
  if (!parsed?.isValid()) return INVALID;
  return { valid: true, country: parsed.country };
}

function dialsAbroadWith00(country: string): boolean {
  if (!metadata.hasCountry(country)) return false;
  return metadata.selectNumberingPlan(country).numberingPlan.IDDPrefix() === '00';
}

function startsWithAny(text: string, prefixes: readonly string[]): string | undefined {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return prefix;
  return undefined;
}

const MIN_NSN = 2;
const MAX_NSN = 17;

/** Digits of a number written with only spaces, dots, dashes, slashes and brackets; undefined otherwise. */
function plainDigits(value: string, from: number): string | undefined {
  // Runs of digits are sliced whole (not appended digit by digit): "+49 30 1234" is three slices.
  let digits = '';
  let run = -1;
  for (let i = from; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (run < 0) run = i;
      continue;
    }
    // space, ( ) - . /
    if (code !== 32 && code !== 40 && code !== 41 && code !== 45 && code !== 46 && code !== 47) return undefined;
    if (run >= 0) {
      digits += value.slice(run, i);
      run = -1;
    }
  }
  if (run >= 0) digits = digits.length === 0 ? value.slice(run) : digits + value.slice(run);
  return digits;
}

function international(digits: string): PhoneVerdict | undefined {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const countries = CALLING_CODES[digits.slice(0, length)];
    if (!countries) continue;
    // A non-geographic calling code (+800, +882 ...): let the library decide.
    if (countries.length === 1 && (countries[0] ?? '').length === 3) return undefined;
    const nsn = digits.slice(length);
    if (nsn.length < MIN_NSN || nsn.length > MAX_NSN) return INVALID;
    // A trunk prefix written after the calling code ("+44 (0)20 ...") is removed by the library's
    // own rules; leave those numbers to it.
    const main = compile(countries[0] ?? '');
    if (main.complexNationalParsing || startsWithAny(nsn, main.trunkPrefixes) !== undefined) return undefined;
    const plan = countryForCallingCode(countries, nsn);
    // No country fits: the library validates against the calling code's main plan, without a country.
    if (!plan) return validFor(main, nsn) ? VALID_NO_COUNTRY : INVALID;
    return validFor(plan, nsn) ? validIn(plan.country) : INVALID;
  }
  return INVALID;
}

function national(digits: string, country: string): PhoneVerdict | undefined {
  if (!metadata.hasCountry(country)) return undefined;
  const plan = compile(country);
  if (plan.complexNationalParsing || plan.idd?.test(digits)) return undefined;
  const trunk = startsWithAny(digits, plan.trunkPrefixes);
  const nsn = trunk ? digits.slice(trunk.length) : digits;
  if (nsn.length < MIN_NSN || nsn.length > MAX_NSN) return trunk ? undefined : INVALID;
  // As the library does, the number's country is the one its calling code's plans give it.
  const owner = countryForCallingCode(SHARING.get(country) ?? [country], nsn) ?? compile(country);
  if (validFor(owner, nsn)) return validIn(owner.country);
  // Not valid as read here: the library decides (e.g. whether the prefix was a trunk prefix).
  return undefined;
}

/**
 * Whether `value` is a valid phone number, and its country. Numbers without a calling code are
 * read as national numbers of `defaultCountry` (the record's country), when given.
 */
export function phoneNumberVerdict(value: string, defaultCountry?: string): PhoneVerdict {
  const trimmed = value.trim();
  if (trimmed.length < 4 || trimmed.length > 40) return INVALID;
  const first = trimmed.charCodeAt(0);
  if (first === 43 /* + */) {
    const digits = plainDigits(trimmed, 1);
    if (digits !== undefined) return international(digits) ?? fromLibrary(trimmed, defaultCountry);
  } else {
    const digits = plainDigits(trimmed, 0);
    if (digits !== undefined) {
      // "00" dials abroad from most of Europe, Africa and Asia: read it so without a country, or
      // where it is the country's own international prefix (libphonenumber needs the country).
      if (digits.startsWith('00') && (!defaultCountry || dialsAbroadWith00(defaultCountry))) {
        const verdict = international(digits.slice(2));
        if (verdict?.valid) return verdict;
      }
      if (!defaultCountry) return INVALID;
      return national(digits, defaultCountry) ?? fromLibrary(trimmed, defaultCountry);
    }
  }
  // Letters, extensions, other punctuation: the library's parser, for what has a phone's digits at
  // least (a user id "u_c55NeieVmS38" in a message's "to" would cost it an exception).
  return digitCount(trimmed) >= 7 ? fromLibrary(trimmed, defaultCountry) : INVALID;
}

function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** The library's own answer (for tests holding the fast path to it). */
export function libraryPhoneVerdict(value: string, defaultCountry?: string): PhoneVerdict {
  return fromLibrary(value.trim(), defaultCountry);
}

/**
 * Phone-number shape without a country to validate against: 7-15 digits (E.164's limit) written
 * with phone punctuation, not a date or a decimal. Used for national numbers whose country is
 * unknown, with lower confidence.
 */
export function isPhoneShaped(value: string): boolean {
  const trimmed = value.trim();
  const digits = plainDigits(trimmed, trimmed.startsWith('+') ? 1 : 0);
  if (digits === undefined || digits.length < 7 || digits.length > 15) return false;
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(trimmed)) return false;
  return !/^\d+\.\d+$/.test(trimmed);
}

/** Valid phone numbers in free text (libphonenumber's matcher), with their countries. */
export function phoneNumbersInText(text: string, defaultCountry?: string, assumed = false): PhoneVerdict[] {
  const options = defaultCountry && metadata.hasCountry(defaultCountry) ? { defaultCountry: defaultCountry as CountryCode } : {};
  return findPhoneNumbersInText(text, options, METADATA)
    // With a country only assumed, a number written from 0 is no one's: "0114 980 8278" is a
    // Sheffield number, not a US call abroad (011) to Germany (49).
    .filter((found) => !(assumed && text.charCodeAt(found.startsAt) === 48))
    // Fewer than seven digits are a quantity or a code, not a number written for people ("1000 IU" in an item's name).
    .filter((found) => digitCount(text.slice(found.startsAt, found.endsAt)) >= 7)
    .map((found) => ({ valid: true, country: found.number.country }));
}
