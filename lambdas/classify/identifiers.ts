// Validators for identity documents, national and health identifiers, bank routing numbers and
// device identifiers. Each checks the number's own rules (check digits, issuing ranges, encoded
// dates) so that a column of order numbers does not count as passports. Pure; nothing is kept.

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
  // Issued numbers repeat at most one digit, at most three times (a run like 1111… is never issued).
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length > 1 || (repeated[0] ?? 0) > 3) return false;
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

/** German passport or identity card number (9 characters of the BSI alphabet, ICAO check digit last). */
export function isDeIdentityDocument(value: string): boolean {
  const compact = value.trim().toUpperCase();
  if (!/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}\d$/.test(compact)) return false;
  return icaoCheckDigit(compact.slice(0, 8)) === Number(compact[8]);
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

/** NIR (numéro de sécurité sociale): 13 characters and the key 97 - (number mod 97). */
export function isFrNir(value: string): boolean {
  const compact = upperCompact(value);
  const match = /^([1-478])(\d{2})(\d{2})(\d[0-9AB]|\d{2})(\d{6})(\d{2})$/.exec(compact);
  if (!match) return false;
  const month = Number(match[3]);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = 97 - Number(BigInt(body) % 97n);
  return key === Number(match[6]);
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
      // ICAO 9303 allows up to 9 characters; issuers use letters and digits, mostly digits.
      return /^[A-Z0-9]{6,9}$/.test(compact) && (compact.match(/\d/g)?.length ?? 0) >= 5;
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
