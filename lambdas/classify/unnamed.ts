// A table without a header row (a MySQL OUTFILE, a legacy system's TSV): what its columns hold,
// told from their first values, for the kinds that only a column's name makes detectable: people's
// names, dates of birth, phone numbers written without their country code, streets, states,
// postcodes, countries, bank routing numbers, password hashes beside other passwords, IP
// addresses (a private one is someone's only under an IP column's name), NHS numbers (ten digits
// with a check digit that one random number in eleven passes), national ids that are not bare
// digits and pass their check (an NRIC, a formatted CPF) and ICD-10 diagnoses. Values that say
// what they are (emails, card numbers, IBANs, "+49 ..." phones) need no name and get none. ICD-10
// codes only next to people's dates of birth: product codes and versions have their shape (A12.3,
// V10.2), and an order or a licence has no birth date.
//
// A recognised column is named `column_3 [date_of_birth]`: the bracketed field names its kind to
// describeColumn, as an Entra ID template's labels do, and the output shows which columns were
// read by their values. Each value is still checked by its kind's detector; the name only
// chooses the detector. A column is named only when nearly all of its sampled values have the
// kind's shape, and names and dates of birth only in a table that also holds a person's email,
// phone, street or a postcode of one country's shape. Capitalised words are people's names when many start or end with a common given
// name, or when the same rows' emails spell them (towns, products and book titles do neither); a
// column of dates is their births only next to their names, when the dates span decades around a
// grown-up median age (hires, orders, shipments and invoices are recent).
import { countryOfPostcode } from './places.js';
import {
  countryColumnCodeOf, isAnyIpAddress, isBlankValue, isIcd10Code, isPersonName, isPublicIpAddress, isSelfEvidentNationalId, passwordHashKind, provinceCountryOf, usStateOf,
} from './detectors.js';
import { isAbaRoutingNumber, isNhsNumber } from './identifiers.js';
import { phoneNumberVerdict } from './phone.js';

/** The share of a column's sampled values that must have a kind's shape. */
const SHARE = 0.9;
/** Kinds named only in a table of people, one with an email, a phone or a street (an ISBN-10 passes the NHS number's check). */
const PEOPLES_KINDS: ReadonlySet<Kind> = new Set(['name', 'date_of_birth', 'diagnosis', 'nhs_number', 'national_id']);
/** The share of NHS numbers that must pass their check: registers hold typos, and random ten digits pass one time in eleven. */
const NHS_SHARE = 0.75;
/** Fewer sampled values than this say nothing of a column. */
const MIN_VALUES = 3;

type Kind = 'name' | 'date_of_birth' | 'phone' | 'street' | 'state' | 'country' | 'postal_code' | 'ip_address' | 'routing_number' | 'password'
  | 'nhs_number' | 'diagnosis' | 'national_id';

// A capitalised word of a name ("Chloé", "O'Brien", "Jean-Luc", "J.", "RICHTER"), and the particles that may sit between them.
const NAME_WORD = /^\p{Lu}(?:[\p{Ll}\p{M}'’-]*|[\p{Lu}\p{M}'’-]+)\.?$/u;
const NAME_PARTICLE = /^(?:van|von|de|der|den|da|di|del|della|du|la|le|bin|ibn|al|y|dos|das|ten|ter|zu)$/;

// Common given names of the countries whose exports this reads (English, German, French, Spanish, Italian,
// Dutch, Portuguese, Polish, Nordic, Indian, Chinese, Arabic, Turkish): a column of capitalised words is
// one of people's names only if many of its values start or end with one (not product names, towns or titles).
const GIVEN_NAMES: ReadonlySet<string> = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew
joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis liam oliver lucas
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna
michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
marie kayla alexis lori ava mia chloe zoe lily ella aria scarlett nora riley layla luna harper aurora hazel violet stella ellie paisley
amelia isla freya poppy ivy florence evie rosie
hans peter klaus jurgen wolfgang dieter uwe stefan andreas thomas michael frank markus christian sebastian tobias jan lukas leon felix paul
maximilian jonas elias finn niklas tim moritz julian fabian florian matthias martin karl heinz gunter helmut horst werner manfred bernd
ursula monika petra sabine claudia susanne andrea birgit karin gabriele renate heike anja katrin stefanie julia lena lea laura sophie
marie hannah emilia mila lina clara johanna leonie lisa nina sarah jana katharina annika greta frieda ida luise
jean pierre michel philippe alain nicolas christophe francois patrick olivier eric laurent julien sebastien thierry pascal hugo louis
gabriel arthur jules raphael leo lucas mathis nathan theo antoine baptiste clement maxime quentin romain vincent guillaume benoit
marie nathalie isabelle sylvie catherine christine francoise sandrine valerie celine aurelie camille chloe manon lea ines jade louise
emma sarah juliette anais elodie amelie margaux oceane pauline claire helene sophie lucie
jose antonio manuel francisco juan david javier daniel carlos jesus alejandro miguel rafael pedro pablo sergio fernando jorge luis alberto
alvaro adrian diego mario raul enrique ramon andres ivan ruben oscar victor marcos hugo martin mateo santiago
maria carmen josefa isabel ana dolores pilar teresa rosa laura cristina marta lucia elena paula sara andrea marina sofia alba irene
julia carla valeria daniela natalia patricia raquel silvia beatriz rocio nuria lorena monica
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo michele giorgio
alessandro andrea marco matteo lorenzo leonardo riccardo davide simone federico stefano luca fabio roberto emanuele gabriele tommaso
giulia francesca chiara sara martina giorgia alessia valentina federica elisa silvia anna laura paola rosa angela giovanna lucia
jan pieter hendrik johannes cornelis willem gerrit dirk bram daan sem thijs ruben jesse stijn lars bas joris koen wouter
anna johanna maria cornelia elisabeth sanne lotte femke fleur anouk iris eva lieke roos noor tess
joao pedro tiago rui nuno miguel goncalo bruno ricardo andre jorge duarte rodrigo afonso
ana beatriz mariana ines rita joana catarina leonor matilde carolina
piotr krzysztof andrzej tomasz pawel michal marcin jakub adam lukasz grzegorz mateusz wojciech kamil maciej
anna katarzyna malgorzata agnieszka barbara ewa krystyna magdalena joanna aleksandra zofia monika natalia
lars erik anders johan per karl nils olof mikael fredrik magnus bjorn henrik jonas oskar axel emil gustav viktor mikko jari juha matti
anna eva maria karin kristina lena sara emma ingrid elin hanna astrid linnea maja saga ebba freja ida sofie mette hanne aino
rahul amit raj ravi sanjay vijay arjun rohan vikram anil sunil rajesh suresh deepak manoj ajay arun karan aditya priya pooja anjali neha
sunita kavita divya lakshmi meera aisha fatima mohammed muhammad ahmed ali omar hassan hussein ibrahim youssef khalid mustafa yusuf
mehmet ahmet mustafa emre burak can zeynep elif ayse fatma emine
wei li ming jie jun hui ling yan xin ying lei hao yu jing chen yang mei lan
`.split(/\s+/).filter(Boolean));

/** A word lower-cased, without its accents and with the letters that have none spelled out (ł, ø, đ, ß). */
const fold = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
  .replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe');

/** Whether a word (or the first part of a hyphenated one: "Jean-Luc") is a common given name, however it is cased or accented. */
const isGivenName = (word: string): boolean => GIVEN_NAMES.has(fold(word).replace(/[.'’]/g, '').split('-')[0] ?? '');
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

/** "Anna Schmidt", "Jean-Luc de la Tour", "RICHTER, Sophie": two to four capitalised words, as a person's name is written. */
function isNameShaped(value: string): boolean {
  const parts = words(value.replace(/,(?=\s)/, ''));
  if (parts.length < 2 || parts.length > 4) return false;
  let named = 0;
  for (const [index, part] of parts.entries()) {
    if (NAME_WORD.test(part)) named++;
    else if (index === 0 || !NAME_PARTICLE.test(part)) return false;
  }
  return named >= 2 && isPersonName(value);
}

/** A name whose first or last word is a given name. */
function hasGivenName(value: string): boolean {
  const parts = words(value.replace(/,(?=\s)/, ''));
  return isGivenName(parts[0] ?? '') || isGivenName(parts[parts.length - 1] ?? '');
}

/** One name, a family name with its particles too ("Meijer", "van der Meer", "de la Tour"). */
const isOneName = (value: string): boolean => value.length >= 2 && value.length <= 30 && (NAME_WORD.test(value) || withParticles(value)) && isPersonName(value);
function withParticles(value: string): boolean {
  const parts = words(value);
  return parts.length >= 2 && parts.length <= 4 && NAME_WORD.test(parts[parts.length - 1] ?? '') && parts.slice(0, -1).every((part) => NAME_PARTICLE.test(part));
}

/** Whether a good part of a column's values are given names (a first-name column, not a town's or a county's). */
const givenNames = (values: readonly string[], test: (value: string) => boolean = isGivenName): boolean => values.filter(test).length >= GIVEN_SHARE * values.length;
/** The share of given names that tells a column of names: common names are many of a population's, never all. */
const GIVEN_SHARE = 0.3;

/**
 * Whether a column's values are written in the same rows' email addresses ("Annelise" in
 * annelise.vorberg@...): people's names are, whatever they are; towns, titles and products are not.
 */
function namesInEmails(rows: readonly (readonly string[])[], column: number, email: number | undefined): boolean {
  if (email === undefined) return false;
  let both = 0;
  let written = 0;
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    const address = row[email] ?? '';
    const at = address.indexOf('@');
    if (value === '' || at <= 0) continue;
    both++;
    const local = fold(address.slice(0, at));
    if (fold(value).split(/[\s,'’-]+/).some((word) => word.length >= 3 && local.includes(word))) written++;
  }
  return both >= MIN_VALUES && written >= 0.5 * both;
}

/** Whether numbers rise from each value to the next (a table's ids in order). */
function rising(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(Number(values[i]) > Number(values[i - 1]))) return false;
  return values.length >= MIN_VALUES;
}

function yearOfDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value) ?? DAY_MONTH_YEAR.exec(value);
  return match ? Number(match[1]) : undefined;
}

function isPhone(value: string): boolean {
  if (!PHONE_SHAPE.test(value) || SSN_SHAPE.test(value) || DOTTED_QUAD.test(value) || yearOfDate(value) !== undefined) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  if (digits < 7 || digits > 15) return false;
  // A bare run of digits is an id or an amount; a phone is written with a "+", a trunk "0" or punctuation
  // (not a customer number padded with zeros, "0001004685").
  return /[\s().\-/]/.test(value) || value.startsWith('+') || (value.startsWith('0') && value.charCodeAt(1) !== 48);
}

/** A phone number with its country code but no "+" (a leak's 447400498658): a bare run of digits valid as an international number. */
const isCountryCodedPhone = (value: string): boolean => /^[1-9]\d{9,14}$/.test(value) && phoneNumberVerdict(`+${value}`).valid;

const isStreet = (value: string): boolean => /\d/.test(value) && /\p{L}{2}/u.test(value) && STREET_WORD.test(value);

/** A column's sampled non-blank values, trimmed. */
function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (!isBlankValue(value)) values.push(value);
  }
  return values;
}

const shareOf = (values: readonly string[], test: (value: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/** Whether a column's values vary as people's names do, not as a status's or a tier's few words ("Gold", "Silver"). */
const varied = (values: readonly string[]): boolean =>
  new Set(values.map((value) => value.toLowerCase())).size >= (values.length < 20 ? values.length / 2 : 4 + values.length / 10);

/** The median of the years of a column's dates, when nearly all of its values are dates spanning years (as births do, and sign-ups do not). */
function birthYears(values: readonly string[], thisYear: number): number | undefined {
  const years = values.map(yearOfDate).filter((year): year is number => year !== undefined).sort((a, b) => a - b);
  if (years.length < SHARE * values.length || years.length === 0) return undefined;
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const median = years[years.length >> 1] as number;
  // People's births span decades around a grown-up median age; hires, orders and invoices are recent.
  if (first < 1900 || last > thisYear || (years.length >= 5 && last - first < 10) || median > thisYear - 18 || median < thisYear - 80) return undefined;
  return median;
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
  let codes: number | undefined;
  // Whether names vary is judged once per person (their email), not per order: a customer who ordered thrice is one name.
  const people = skip === undefined ? rows : [...new Map(rows.map((row) => [(row[skip] ?? '').trim().toLowerCase(), row])).values()];
  const variedIn = (column: number): boolean => varied(people === rows ? (samples[column] as string[]) : columnValues(people, column));
  for (let column = 0; column < width; column++) {
    const values = samples[column] as string[];
    if (values.length < MIN_VALUES) continue;
    const countries = shareOf(values, (value) => value.length >= 2 && countryColumnCodeOf(value) !== undefined);
    const states = shareOf(values, (value) => usStateOf(value) !== undefined || provinceCountryOf(value) !== undefined);
    // "CA", "DE", "IN" are as much countries as states: such a column is left unnamed.
    if (countries >= SHARE && states < SHARE) kinds[column] = 'country';
    else if (states >= SHARE && countries < SHARE) kinds[column] = 'state';
    else if (countries >= SHARE) continue;
    // Addresses of a network's own machines (10.0.0.12) are no one's: a column of IP addresses is someone's when many are public.
    else if (shareOf(values, isAnyIpAddress) >= SHARE) kinds[column] = shareOf(values, isPublicIpAddress) >= 0.5 ? 'ip_address' : undefined;
    // Password hashes that say what they are (bcrypt, argon2, crypt): their column's other values (hex digests,
    // plain passwords) are passwords too.
    else if (shareOf(values, (value) => passwordHashKind(value) !== undefined) >= 0.5) kinds[column] = 'password';
    // Nine digits that pass the ABA checksum, which one random number in ten passes: a bank's routing numbers.
    else if (shareOf(values, (value) => /^\d{9}$/.test(value) && isAbaRoutingNumber(value)) >= SHARE) kinds[column] = 'routing_number';
    // Ten digits of which most pass the NHS check (one random number in eleven does; a register's typos fail it), with no
    // ISBN-10's "X": NHS numbers.
    else if (shareOf(values, isNhsNumber) >= NHS_SHARE && !values.some((value) => /x$/i.test(value))) kinds[column] = 'nhs_number';
    // National ids that pass their scheme's check and are not bare digits (Singapore's S1234567D, a CPF's 123.456.789-09).
    else if (shareOf(values, isSelfEvidentNationalId) >= SHARE) kinds[column] = 'national_id';
    // ICD-10 codes (E11.9, J45.909, I10), many written with their dot, which customer numbers of their shape (C1001) are not:
    // diagnoses, if the table also holds its people's births (see below).
    else if (shareOf(values, (value) => /\d/.test(value) && isIcd10Code(value)) >= SHARE && shareOf(values, (value) => value.includes('.')) >= 0.3) {
      codes = column;
    }
    else if (shareOf(values, isPhone) >= SHARE || shareOf(values, isCountryCodedPhone) >= SHARE) kinds[column] = 'phone';
    else if (shareOf(values, isStreet) >= SHARE) kinds[column] = 'street';
    else if (shareOf(values, (value) => countryOfPostcode(value) !== undefined || /^\d{5}(?:-\d{4})?$/.test(value)) >= SHARE) kinds[column] = 'postal_code';
    else if (shareOf(values, isNameShaped) >= SHARE && variedIn(column) && (givenNames(values, hasGivenName) || namesInEmails(rows, column, skip))) kinds[column] = 'name';
    else if (shareOf(values, isOneName) >= SHARE && variedIn(column)) oneNames.push(column);
    else {
      const median = birthYears(values, thisYear);
      // The oldest dates are the births (a member's next to their joining date).
      if (median !== undefined && (birth === undefined || median < birth.median)) birth = { column, median };
    }
  }
  // A given name and a family name: two columns of single names side by side, one of them of given names
  // and the other not (two columns of towns named Charlotte and Madison are no one's names).
  for (let i = 0; i + 1 < oneNames.length; i++) {
    const column = oneNames[i] as number;
    const known = givenNames(samples[column] as string[]) !== givenNames(samples[column + 1] as string[]);
    if (oneNames[i + 1] === column + 1 && (known || namesInEmails(rows, column, skip) || namesInEmails(rows, column + 1, skip))) {
      kinds[column] = 'name';
      kinds[column + 1] = 'name';
      i++;
    }
  }
  // Births only next to people's names: a catalogue's launch dates and a library's publication dates are no one's.
  if (birth !== undefined && kinds.includes('name')) kinds[birth.column] = 'date_of_birth';
  // Diagnoses only in a table of people with their births (a patient's visits), not next to an order's or a licence's codes.
  if (codes !== undefined && kinds.includes('date_of_birth')) kinds[codes] = 'diagnosis';
  // Bare five-digit numbers are postcodes only next to a state's or a country's column; of two such columns, one whose
  // numbers rise row after row is the rows' own key (a customer number), not where they live.
  const placed = kinds.includes('state') || kinds.includes('country');
  const postcodes = kinds.flatMap((kind, column) => (kind === 'postal_code' ? [column] : []));
  if (postcodes.length > 1) for (const column of postcodes) if (rising(samples[column] as string[])) kinds[column] = undefined;
  // A postcode of one country's shape (a UK one, not five bare digits) is an address, as a street is (a hospital's extract:
  // NHS number, names, birth date, postcode, diagnosis).
  const shaped = kinds.map((kind, column) => kind === 'postal_code' && (samples[column] as string[]).every((value) => countryOfPostcode(value) !== undefined));
  const personal = skip !== undefined || kinds.includes('phone') || kinds.includes('street') || shaped.includes(true);
  return kinds.map((kind, column) => {
    const name = `column_${column + 1}`;
    if (kind === undefined || (PEOPLES_KINDS.has(kind) && !personal)) return name;
    if (kind === 'postal_code' && !placed && !shaped[column]) return name;
    return `${name} [${kind}]`;
  });
}

/**
 * Whether a header-less table's email column is someone else's than the rows' people: the same address
 * written with different given names of one family (a school roster's parent, whose children are the rows).
 * Such a column keys no one; its rows are their people. `names` are the columns named above.
 */
export function emailOfOthers(rows: readonly (readonly string[])[], email: number, names: readonly string[]): boolean {
  const nameColumns = names.flatMap((column, index) => (column.endsWith(' [name]') ? [index] : []));
  if (nameColumns.length === 0) return false;
  const [first = 0, second] = nameColumns;
  const byEmail = new Map<string, { given: Set<string>; family: Set<string> }>();
  for (const row of rows) {
    const address = (row[email] ?? '').trim().toLowerCase();
    const whole = fold((row[first] ?? '').trim());
    if (address === '' || whole === '') continue;
    // A given and a family name in two columns side by side, or a full name's first and last words.
    const parts = words(whole);
    const given = second === first + 1 ? whole : parts[0] ?? '';
    const family = second === first + 1 ? fold((row[second] ?? '').trim()) : parts[parts.length - 1] ?? '';
    const seen = byEmail.get(address) ?? { given: new Set<string>(), family: new Set<string>() };
    seen.given.add(given);
    seen.family.add(family);
    byEmail.set(address, seen);
  }
  let families = 0;
  for (const seen of byEmail.values()) if (seen.given.size > 1 && seen.family.size === 1) families++;
  // Many families, as a roster of siblings has: not a few couples or nicknames (Robert and Bob) among customers.
  return families >= 5 && families >= 0.15 * byEmail.size;
}
