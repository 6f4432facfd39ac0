// US state of a ZIP code, from the first three digits (USPS sectional centers). Used only for
// records already placed in the US, since five-digit postcodes exist in many countries.

// [first ZIP3, last ZIP3, state]; gaps are unassigned or military (APO/FPO) prefixes.
const ZIP3_RANGES: ReadonlyArray<readonly [number, number, string]> = [
  [5, 5, 'NY'], [6, 7, 'PR'], [8, 8, 'VI'], [9, 9, 'PR'], [10, 27, 'MA'], [28, 29, 'RI'], [30, 38, 'NH'],
  [39, 49, 'ME'], [50, 54, 'VT'], [55, 55, 'MA'], [56, 59, 'VT'], [60, 69, 'CT'], [70, 89, 'NJ'], [100, 149, 'NY'],
  [150, 196, 'PA'], [197, 199, 'DE'], [200, 200, 'DC'], [201, 201, 'VA'], [202, 205, 'DC'], [206, 219, 'MD'],
  [220, 246, 'VA'], [247, 268, 'WV'], [270, 289, 'NC'], [290, 299, 'SC'], [300, 319, 'GA'], [320, 339, 'FL'],
  [341, 349, 'FL'], [350, 369, 'AL'], [370, 385, 'TN'], [386, 397, 'MS'], [398, 399, 'GA'], [400, 427, 'KY'],
  [430, 459, 'OH'], [460, 479, 'IN'], [480, 499, 'MI'], [500, 528, 'IA'], [530, 549, 'WI'], [550, 567, 'MN'],
  [569, 569, 'DC'], [570, 577, 'SD'], [580, 588, 'ND'], [590, 599, 'MT'], [600, 629, 'IL'], [630, 658, 'MO'],
  [660, 679, 'KS'], [680, 693, 'NE'], [700, 714, 'LA'], [716, 729, 'AR'], [730, 732, 'OK'], [733, 733, 'TX'],
  [734, 749, 'OK'], [750, 799, 'TX'], [800, 816, 'CO'], [820, 831, 'WY'], [832, 838, 'ID'], [840, 847, 'UT'],
  [850, 865, 'AZ'], [870, 884, 'NM'], [885, 885, 'TX'], [889, 898, 'NV'], [900, 961, 'CA'], [967, 968, 'HI'],
  [969, 969, 'GU'], [970, 979, 'OR'], [980, 994, 'WA'], [995, 999, 'AK'],
];

// "US-XX" by ZIP3 prefix (0-999), built once: a ZIP is read without a regex or a scan of the ranges.
const STATE_OF_ZIP3: ReadonlyArray<string | undefined> = (() => {
  const table = new Array<string | undefined>(1000).fill(undefined);
  for (const [low, high, state] of ZIP3_RANGES) for (let prefix = low; prefix <= high; prefix++) table[prefix] = `US-${state}`;
  return table;
})();

const digitAt = (value: string, index: number): number => {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};

/** "US-CA" for "94105" or "94105-1234"; undefined for anything else. */
export function usStateOfZip(value: string): string | undefined {
  const zip = value.trim();
  // The shape /^\d{5}(?:-\d{4})?$/, checked character by character.
  if (zip.length !== 5 && zip.length !== 10) return undefined;
  const a = digitAt(zip, 0);
  const b = digitAt(zip, 1);
  const c = digitAt(zip, 2);
  if (a < 0 || b < 0 || c < 0 || digitAt(zip, 3) < 0 || digitAt(zip, 4) < 0) return undefined;
  if (zip.length === 10) {
    if (zip.charCodeAt(5) !== 45 /* - */) return undefined;
    for (let i = 6; i < 10; i++) if (digitAt(zip, i) < 0) return undefined;
  }
  const prefix = a * 100 + b * 10 + c;
  // Two territories share their neighbours' prefixes: American Samoa's 96799 (Hawaii's 967), the Northern Mariana Islands' 9695x (Guam's 969).
  if (prefix === 967 && zip.startsWith('96799')) return 'US-AS';
  if (prefix === 969 && digitAt(zip, 3) === 5) return 'US-MP';
  return STATE_OF_ZIP3[prefix];
}

// Postcodes whose shape belongs to one country (Royal Mail's PAF format, Canada Post's, Ireland's
// Eircode, PostNL's): a record with no country is placed by them. Five-digit codes are not:
// many countries use them.
const POSTCODE_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$/i, 'GB'],
  [/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i, 'CA'],
  [/^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/i, 'IE'],
  [/^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i, 'NL'],
  // Poland's two digits, a hyphen, three digits ("00-950"); no other country writes its codes so.
  [/^\d{2}-\d{3}$/, 'PL'],
];

/** "GB" for "LS11 5DR", "CA" for "K1A 0B1", "IE" for "D02 X285", "NL" for "1012 AB", "PL" for "00-950"; else undefined. */
export function countryOfPostcode(value: string): string | undefined {
  const code = value.trim();
  if (code.length < 5 || code.length > 8) return undefined;
  for (const [shape, country] of POSTCODE_SHAPES) if (shape.test(code)) return country;
  return undefined;
}

// A postcode column named in the language of one country whose postcodes have five digits (a German export's
// "PLZ", an Italian one's "CAP", a French one's "code postal"): its five digits are that country's. A domestic export
// rarely has a country column; its five digits alone could be a US ZIP code.
// So with its party's role after it ("code_postal_acquereur", "PLZ Mieter", "Code postal_responsable légal 1").
const ROLE_AFTER = String.raw`(?:[\s_.-][\p{L}\d]+){0,3}`;
const NAMED_POSTCODES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`(?:^|[\s_.-])(?:plz|postleitzahl)${ROLE_AFTER}$`, 'iu'), 'DE'],
  [new RegExp(String.raw`(?:^|[\s_.-])cap${ROLE_AFTER}$`, 'iu'), 'IT'],
  [new RegExp(String.raw`(?:^|[\s_.-])code[\s_.-]?postal${ROLE_AFTER}$`, 'iu'), 'FR'],
];

/** The country of a five-digit postcode by its column's name (see NAMED_POSTCODES), or undefined. */
export function countryOfNamedPostcode(columnName: string, value: string): string | undefined {
  if (!/^\d{5}$/.test(value)) return undefined;
  const name = columnName.trim();
  for (const [named, country] of NAMED_POSTCODES) if (named.test(name)) return country;
  return undefined;
}

/** The country of a postcode that ends an address ("…, Leeds LS11 5DR", "…, Toronto ON M5V 3L9"). */
export function countryOfPostcodeAtEnd(address: string): string | undefined {
  // Runs on every address without a country: most ("Main St 12") end in digits alone and are refused at once.
  const text = address.trimEnd();
  const lastStart = wordStart(text, text.length);
  const last = text.slice(lastStart);
  if (last.length === 0 || last.length > 7 || /^\d+$/.test(last)) return undefined;
  // The postcode in two parts ("LS11 5DR", "1012 AB") or in one ("LS115DR", "M5V3L9").
  let beforeEnd = lastStart;
  while (beforeEnd > 0 && isSeparator(text.charCodeAt(beforeEnd - 1))) beforeEnd--;
  const before = text.slice(wordStart(text, beforeEnd), beforeEnd);
  return (before.length > 0 && before.length <= 4 ? countryOfPostcode(`${before} ${last}`) : undefined) ?? countryOfPostcode(last);
}

const isSeparator = (code: number): boolean => code === 32 || code === 44 || code === 9;

/** Where the word that ends at `end` starts (words are parted by spaces, commas and tabs). */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isSeparator(text.charCodeAt(start - 1))) start--;
  return start;
}

// A street of one language with a five-digit postcode before the city ("56 rue Pasteur, 69001 Lyon",
// "Hauptstraße 5, 10115 Berlin", "Via Roma 1, 00184 Roma"): of the countries that write five-digit
// postcodes, only France (and Monaco), Germany and Italy (and San Marino) write those streets;
// Belgium, Switzerland, Luxembourg and Austria have four digits. Spanish streets are Mexico's too.
const STREET_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|[\s,])(?:rue|boulevard|bd|impasse|all[ée]e|chemin|quai|cours)\s/i, 'FR'],
  [/(?:stra(?:ß|ss)e|str\.|(?:^|[\s,])(?:am|an der|im)\s)/i, 'DE'],
  [/(?:^|[\s,])(?:via|viale|piazza|piazzale|corso|vicolo)\s/i, 'IT'],
];
const FIVE_DIGITS_THEN_CITY = /,\s*(\d{5})\s+\p{L}[\p{L}\s'.-]*$/u;

/** The country of an address by its street's language and its five-digit postcode (see STREET_COUNTRIES). */
export function countryOfStreetAndPostcode(address: string): string | undefined {
  if (!FIVE_DIGITS_THEN_CITY.test(address)) return undefined;
  for (const [street, country] of STREET_COUNTRIES) if (street.test(address)) return country;
  return undefined;
}
