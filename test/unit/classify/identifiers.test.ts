// Validators of identity documents and national, health and bank identifiers. Every valid value
// here is synthetic: a body chosen in the test and completed with the check digit the scheme's
// published rule gives, so a wrong rule fails the test; no real person's number is used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateInId,
  icaoCheckDigit,
  isAbaRoutingNumber,
  isDeHealthInsuranceNumber,
  isDeIdentityDocument,
  isDeSocialSecurityNumber,
  isDeTaxId,
  isEsDniOrNie,
  isEsSocialSecurityNumber,
  isFrNir,
  isImei,
  isItCodiceFiscale,
  isMacAddress,
  isNhsNumber,
  isNlBsn,
  isPassportNumber,
  isPlPesel,
  isUkNino,
  isUsItin,
  isUsMbi,
  isUuid,
  isAtSocialInsuranceNumber,
  isAuMedicareNumber,
  isAuTfn,
  isBeNationalNumber,
  isCaSin,
  isDkCpr,
  isFiHenkilotunnus,
  isIePpsn,
  isInAadhaar,
  isInPan,
  isBrCpf,
  isKrFrn,
  isKrRrn,
  isNoFodselsnummer,
  isPtNif,
  isSePersonnummer,
  isSgNricFin,
  isMyKad,
  isNzNhi,
  isThNationalId,
  isTwNationalId,
  isSaNationalId,
  isAeEmiratesId,
  isEgNationalId,
  isGhanaCardNumber,
  isBrCns,
  isTrKimlikNo,
  isUsNpi,
  isVerhoeffValid,
  isZaIdNumber,
  isChAhvNumber,
  isCzBirthNumber,
  isMxCurp,
  isClRut,
  isCnResidentId,
} from '../../../lambdas/classify/identifiers.js';
import { describeColumn, detectValue } from '../../../lambdas/classify/detectors.js';

const categoriesOf = (value: string, column: string) => detectValue(value, describeColumn(column)).map((d) => d.category);
const detectorsOf = (value: string, column: string) => detectValue(value, describeColumn(column)).map((d) => d.detector);

/** Changes one digit (position `at`) to the next digit. */
const bump = (value: string, at: number): string => {
  const digit = value[at] ?? '0';
  return value.slice(0, at) + String((Number(digit) + 1) % 10) + value.slice(at + 1);
};

function nhs(body: string): string | undefined {
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? undefined : body + (check === 11 ? 0 : check);
}

function bsn(body: string): string | undefined {
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const check = sum % 11;
  return check === 10 ? undefined : body + check;
}

function pesel(body: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return body + ((10 - (sum % 10)) % 10);
}

function deTaxId(body: string): string {
  let product = 10;
  for (const digit of body) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return body + (check === 10 ? 0 : check);
}

function aba(body: string): string {
  const d = [...body].map(Number);
  const partial = 3 * ((d[0] ?? 0) + (d[3] ?? 0) + (d[6] ?? 0)) + 7 * ((d[1] ?? 0) + (d[4] ?? 0) + (d[7] ?? 0)) + (d[2] ?? 0) + (d[5] ?? 0);
  return body + ((10 - (partial % 10)) % 10);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

describe('United States', () => {
  it('accepts ITINs in the IRS group ranges only', () => {
    expect(isUsItin('912-70-1234')).toBe(true);
    expect(isUsItin('912 94 1234')).toBe(true);
    expect(isUsItin('912-89-1234')).toBe(false); // group 89 is not issued
    expect(isUsItin('812-70-1234')).toBe(false);
  });

  it('checks ABA routing numbers by prefix and 3-7-1 checksum', () => {
    const valid = aba('02100002');
    expect(isAbaRoutingNumber(valid)).toBe(true);
    expect(isAbaRoutingNumber(bump(valid, 4))).toBe(false);
    expect(isAbaRoutingNumber(aba('42100002'))).toBe(false); // 42 is not a Federal Reserve prefix
    expect(categoriesOf(valid, 'routing_number')).toEqual(['financial']);
  });

  it('checks Medicare Beneficiary Identifiers by character class', () => {
    expect(isUsMbi('2AC4-DE5-FG67')).toBe(true);
    expect(isUsMbi('2SC4-DE5-FG67')).toBe(false); // S is excluded
    expect(categoriesOf('2AC4DE5FG67', 'mbi')).toEqual(['health']);
  });
});

describe('United Kingdom', () => {
  it('applies the NINO prefix and suffix rules', () => {
    expect(isUkNino('JG 10 37 21 C')).toBe(true);
    expect(isUkNino('jg103721c')).toBe(true);
    expect(isUkNino('GB 10 37 21 C')).toBe(false); // never-issued prefix
    expect(isUkNino('DA 10 37 21 C')).toBe(false); // D is not a first letter
    expect(isUkNino('JG 10 37 21 E')).toBe(false);
  });

  it('checks NHS numbers modulo 11', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9]\d{8}$/), (body) => {
      const number = nhs(body);
      if (!number) return;
      expect(isNhsNumber(number)).toBe(true);
      expect(isNhsNumber(`${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`)).toBe(true);
      expect(isNhsNumber(bump(number, 9))).toBe(false);
    }));
  });
});

describe('Germany', () => {
  it('checks the Steuer-ID check digit and its digit-repetition rule', () => {
    const valid = deTaxId('3657426180'); // python-stdnum's example, 36574261809
    expect(valid).toBe('36574261809');
    expect(isDeTaxId(valid)).toBe(true);
    // Exactly one of the first ten digits repeats (twice or three times): not none, not two (QA round 55).
    expect(isDeTaxId(deTaxId('8612345790'))).toBe(false);
    expect(isDeTaxId('36554266806')).toBe(false);
    expect(isDeTaxId(bump(valid, 10))).toBe(false);
    expect(isDeTaxId(deTaxId('1111111111'))).toBe(false);
    expect(isDeTaxId(deTaxId('0612345790'))).toBe(false); // no leading zero
  });

  it('checks German passport and identity card numbers (the BSI alphabet; the ICAO 7-3-1 digit in the machine-readable zone)', () => {
    // The specimens' numbers, and the passport's as its machine-readable zone writes it (its check digit tenth).
    const valid = 'C01X00T47';
    expect(isDeIdentityDocument(valid)).toBe(true);
    expect(isDeIdentityDocument('L01X00T47')).toBe(true);
    expect(isDeIdentityDocument('CCFMZTYLN')).toBe(true); // letters alone are serials too
    expect(isDeIdentityDocument(`${valid}${icaoCheckDigit(valid)}`)).toBe(true);
    expect(isDeIdentityDocument(bump(`${valid}${icaoCheckDigit(valid)}`, 9))).toBe(false);
    expect(isDeIdentityDocument(`A${valid.slice(1)}`)).toBe(false); // A is not in the BSI alphabet
    expect(isDeIdentityDocument('XXXXXXXXX')).toBe(false); // a placeholder
    expect(categoriesOf(valid, 'Reisepassnummer')).toEqual(['government-id']);
    expect(categoriesOf(valid, 'Personalausweisnummer')).toEqual(['government-id']);
    // A hotel's "Ausweisnummer" is any guest's document: a Swiss or a Dutch passport's number too.
    expect(categoriesOf('EZ3834998', 'Ausweisnummer')).toEqual(['government-id']);
    expect(categoriesOf('YMPM6E7A7', 'Ausweisnummer')).toEqual(['government-id']);
  });

  it('checks Spain\'s social security numbers (province, eight digits, mod 97) and reads a Korean RRN\'s birth date', () => {
    // 28 12345678: 2812345678 mod 97 = 40; below 10,000,000 the province counts times 10,000,000.
    expect(isEsSocialSecurityNumber('28/12345678/40')).toBe(true);
    expect(isEsSocialSecurityNumber('281234567840')).toBe(true);
    expect(isEsSocialSecurityNumber('281234567841')).toBe(false);
    expect(isEsSocialSecurityNumber(`2800123456${String((280123456) % 97).padStart(2, '0')}`)).toBe(true);
    expect(isEsSocialSecurityNumber('001234567840')).toBe(false);
    // The seventh digit: 1 or 2 the 1900s, 3 or 4 the 2000s.
    expect(birthDateInId('kr-rrn', '900101-1000000', new Date('2026-11-20'))).toEqual({ year: 1990, month: 1, day: 1 });
    expect(birthDateInId('kr-rrn', '150315-3000000', new Date('2026-11-20'))).toEqual({ year: 2015, month: 3, day: 15 });
  });

  it('checks pension insurance (RVNR) and health insurance (KVNR) numbers', () => {
    // RVNR: area 12, born 01.02.85, initial M (13), serial 34: weights 2,1,2,5,7,1,2,1,2,1,2,1.
    const digits = '120102851334';
    const sum = [...digits].reduce((total, digit, i) => {
      const product = Number(digit) * ([2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1][i] ?? 1);
      return total + Math.floor(product / 10) + (product % 10);
    }, 0);
    const rvnr = `12010285M34${sum % 10}`;
    expect(isDeSocialSecurityNumber(rvnr)).toBe(true);
    expect(isDeSocialSecurityNumber(`12013285M34${sum % 10}`)).toBe(false); // month 32
    // KVNR: letter as two digits (B = 02), then alternating weights 1, 2 and cross sums.
    const body = '02' + '31415926';
    const kvSum = [...body].reduce((total, digit, i) => {
      const product = Number(digit) * (i % 2 === 0 ? 1 : 2);
      return total + Math.floor(product / 10) + (product % 10);
    }, 0);
    const kvnr = `B31415926${kvSum % 10}`;
    expect(isDeHealthInsuranceNumber(kvnr)).toBe(true);
    expect(isDeHealthInsuranceNumber(bump(kvnr, 9))).toBe(false);
    expect(categoriesOf(kvnr, 'Krankenversichertennummer')).toEqual(['health']);
  });
});

describe('France, Spain, Italy, the Netherlands, Poland', () => {
  it('checks the NIR key', () => {
    const body = '2850275123456';
    const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
    expect(isFrNir(`${body}${key}`)).toBe(true);
    expect(isFrNir(`2 85 02 75 123 456 ${key}`)).toBe(true);
    expect(isFrNir(`${body}${String((Number(key) + 1) % 100).padStart(2, '0')}`)).toBe(false);
    // Corsica: 2A counts as 19 for the key.
    const corsica = '18502' + '2A' + '123456';
    const corsicaKey = String(97 - Number(BigInt(corsica.replace('2A', '19')) % 97n)).padStart(2, '0');
    expect(isFrNir(corsica + corsicaKey)).toBe(true);
  });

  it('checks DNI and NIE control letters', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (number) => {
      const dni = `${String(number).padStart(8, '0')}${DNI_LETTERS[number % 23]}`;
      expect(isEsDniOrNie(dni)).toBe(true);
      expect(isEsDniOrNie(`${dni.slice(0, 8)}${DNI_LETTERS[(number + 1) % 23]}`)).toBe(false);
    }));
    const nie = `Y1234567${DNI_LETTERS[11_234_567 % 23]}`;
    expect(isEsDniOrNie(nie)).toBe(true);
    expect(categoriesOf(`Mi NIE es ${nie}`, 'nie')).toEqual(['government-id']);
  });

  it('checks the codice fiscale control character, omocodia included', () => {
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    const control = (body: string): string => {
      let sum = 0;
      for (let i = 0; i < 15; i++) {
        const char = body[i] ?? '0';
        const index = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
        sum += i % 2 === 0 ? (odd[index] ?? 0) : index;
      }
      return String.fromCharCode(65 + (sum % 26));
    };
    const body = 'RSSMRA85T10A562';
    expect(isItCodiceFiscale(body + control(body))).toBe(true);
    expect(isItCodiceFiscale(body + (control(body) === 'A' ? 'B' : 'A'))).toBe(false);
    const omocode = 'RSSMRA85T10A56N';
    expect(isItCodiceFiscale(omocode + control(omocode))).toBe(true);
  });

  it('applies the BSN 11-proef', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9]\d{7}$/), (body) => {
      const number = bsn(body);
      if (!number) return;
      expect(isNlBsn(number)).toBe(true);
      expect(isNlBsn(bump(number, 3))).toBe(false);
    }));
  });

  it('checks PESEL dates and check digits', () => {
    const born2004 = pesel('0422150123'); // month 22 = February in the 2000s
    expect(isPlPesel(born2004)).toBe(true);
    expect(isPlPesel(bump(born2004, 10))).toBe(false);
    expect(isPlPesel(pesel('0413150123'))).toBe(false); // month 13 encodes nothing
  });
});

describe('documents by column context', () => {
  it('reads passport numbers by the issuer a column names', () => {
    expect(isPassportNumber('AB1234567', 'GB')).toBe(true);
    expect(isPassportNumber('AB123456', 'GB')).toBe(false);
    expect(isPassportNumber('ABC123456', 'ES')).toBe(true);
    expect(isPassportNumber('C12803456', 'US')).toBe(true);
    expect(isPassportNumber('hello', 'any')).toBe(false);
    // Germany's alphabet of digits and consonants, with at least one digit.
    expect(isPassportNumber('JXT4R0RRP', 'any')).toBe(true);
    expect(isPassportNumber('CFGHJKLMN', 'any')).toBe(false);
    expect(isPassportNumber('JAT4R0RRP', 'any')).toBe(false);
    expect(categoriesOf('AB1234567', 'uk_passport_number')).toEqual(['government-id']);
    expect(categoriesOf('AB1234567', 'notes')).toEqual([]);
  });
});

describe('device identifiers', () => {
  it('accepts MAC addresses in the three notations, not broadcast or zero', () => {
    for (const mac of ['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', '001a.2b3c.4d5e']) expect(isMacAddress(mac)).toBe(true);
    for (const mac of ['FF:FF:FF:FF:FF:FF', '00:00:00:00:00:00', '00:1A:2B-3C:4D:5E', '00:1A:2B:3C:4D']) expect(isMacAddress(mac)).toBe(false);
    expect(categoriesOf('00:1A:2B:3C:4D:5E', 'anything')).toEqual(['online-identifier']);
  });

  it('checks IMEI Luhn digits and UUIDs', () => {
    expect(isImei('490154203237518')).toBe(true);
    expect(isImei('490154203237519')).toBe(false);
    expect(isUuid('9f1c2b7a-4d3e-4b8a-9c1d-2e3f4a5b6c7d')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(categoriesOf('9f1c2b7a-4d3e-4b8a-9c1d-2e3f4a5b6c7d', 'advertising_id')).toEqual(['online-identifier']);
    expect(categoriesOf('9f1c2b7a-4d3e-4b8a-9c1d-2e3f4a5b6c7d', 'order_uuid')).toEqual([]);
  });
});

describe('IBAN account layout', () => {
  it('rejects an IBAN whose check digits pass but whose account part breaks the country layout', async () => {
    const { ibanChecksumValid, isIban } = await import('../../../lambdas/classify/detectors.js');
    const withCheck = (country: string, bban: string): string => {
      for (let check = 2; check <= 98; check++) {
        const candidate = `${country}${String(check).padStart(2, '0')}${bban}`;
        if (ibanChecksumValid(candidate)) return candidate;
      }
      throw new Error('unreachable');
    };
    expect(isIban(withCheck('DE', '370400440532013000'))).toBe(true);
    expect(isIban(withCheck('DE', '37040044053201300A'))).toBe(false); // German accounts are digits only
  });
});

// ---------------------------------------------------------------------------------------------
// More countries. Check digits are computed here from each scheme's rule, on bodies made up
// for the test.

const luhnCheck = (body: string): number => {
  let sum = 0;
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = Number(body[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
};
const weighted = (body: string, weights: readonly number[]): number =>
  [...body].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);

describe('Nordic countries', () => {
  it('checks Swedish personnummer dates and Luhn digits, in the 10- and 12-digit forms', () => {
    const body = '850709123'; // 9 July 1985, serial 123
    const number = `${body}${luhnCheck(body)}`;
    expect(isSePersonnummer(number)).toBe(true);
    expect(isSePersonnummer(`850709-123${number[9]}`)).toBe(true);
    expect(isSePersonnummer(`850709+123${number[9]}`)).toBe(true); // 100 or older
    expect(isSePersonnummer(`19850709-123${number[9]}`)).toBe(true);
    expect(isSePersonnummer(`19${number}`)).toBe(true);
    expect(isSePersonnummer(`19850709+123${number[9]}`)).toBe(false); // + only in the short form
    expect(isSePersonnummer(bump(number, 9))).toBe(false);
    const coordination = '850769123'; // samordningsnummer: day + 60
    expect(isSePersonnummer(`${coordination}${luhnCheck(coordination)}`)).toBe(true);
    // Passing only the rule for 2000 on would make 62 a birth in 2062: no one's number yet (QA round 51).
    expect(isBeNationalNumber('62081526095')).toBe(false);
    expect(isBeNationalNumber('62081526066')).toBe(true);
    const badMonth = '851309123';
    expect(isSePersonnummer(`${badMonth}${luhnCheck(badMonth)}`)).toBe(false);
    const notLeap = '19010229123'.slice(2); // 29 February 1901
    expect(isSePersonnummer(`19${notLeap}${luhnCheck(notLeap)}`)).toBe(false);
    expect(categoriesOf(number, 'personnummer')).toEqual(['government-id']);
    expect(categoriesOf(`Mitt personnummer är ${body.slice(0, 6)}-${body.slice(6)}${number[9]}.`, 'personnummer')).toEqual(['government-id']);
  });

  it('checks Finnish identity codes: century signs, individual number and the mod 31 character', () => {
    const hetu = (date: string, sign: string, individual: string): string =>
      `${date}${sign}${individual}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + individual) % 31]}`;
    for (const [date, sign] of [['150385', '-'], ['150385', 'Y'], ['150385', 'U'], ['290204', 'A'], ['290204', 'F'], ['010199', '+']] as const) {
      expect(isFiHenkilotunnus(hetu(date, sign, '234'))).toBe(true);
    }
    const valid = hetu('150385', '-', '234');
    expect(isFiHenkilotunnus(valid.slice(0, 10) + (valid[10] === 'A' ? 'B' : 'A'))).toBe(false);
    expect(isFiHenkilotunnus(hetu('290203', 'A', '234'))).toBe(false); // 2003 is not a leap year
    expect(isFiHenkilotunnus(hetu('150385', 'G', '234'))).toBe(false); // not a century sign
    expect(isFiHenkilotunnus(hetu('150385', '-', '001'))).toBe(false); // individual numbers start at 002
    expect(isFiHenkilotunnus(valid.replace('-', '/'))).toBe(false);
    expect(categoriesOf(valid, 'henkilötunnus')).toEqual(['government-id']);
    expect(categoriesOf(valid, 'hetu')).toEqual(['government-id']);
  });

  it('checks the date of Danish CPR numbers only (the mod 11 rule was dropped in 2007)', () => {
    expect(isDkCpr('150385-1234')).toBe(true);
    expect(isDkCpr('1503851234')).toBe(true);
    expect(isDkCpr('290200-4321')).toBe(true); // seventh digit 4, year 00: 2000, a leap year
    expect(isDkCpr('290200-1234')).toBe(false); // seventh digit 1: 1900, not a leap year
    expect(isDkCpr('320185-1234')).toBe(false);
    expect(isDkCpr('15038-51234')).toBe(false);
    expect(categoriesOf('150385-1234', 'cpr_nummer')).toEqual(['government-id']);
  });

  it('checks both mod 11 digits of Norwegian fødselsnummer and D-numbers', () => {
    const fnr = (body: string): string | undefined => {
      const check = (digits: string, weights: readonly number[]): number | undefined => {
        const rest = 11 - (weighted(digits, weights) % 11);
        return rest === 10 ? undefined : rest % 11;
      };
      const k1 = check(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
      if (k1 === undefined) return undefined;
      const k2 = check(`${body}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
      return k2 === undefined ? undefined : `${body}${k1}${k2}`;
    };
    let tested = 0;
    for (const body of ['150385123', '150385124', '150385125', '550385123', '550385124', '550385125']) {
      const number = fnr(body);
      if (!number) continue;
      tested++;
      expect(isNoFodselsnummer(number)).toBe(true);
      expect(isNoFodselsnummer(bump(number, 9))).toBe(false);
      expect(isNoFodselsnummer(bump(number, 10))).toBe(false);
      expect(categoriesOf(number, 'fødselsnummer')).toEqual(['government-id']);
      expect(categoriesOf(number, 'personnummer')).toEqual(['government-id']);
    }
    expect(tested).toBeGreaterThanOrEqual(2);
    const badDate = fnr('320385123') ?? fnr('320385124');
    expect(badDate && isNoFodselsnummer(badDate)).toBeFalsy();
  });
});

describe('Chile and China', () => {
  /** The RUT's verifier: 11 - (digits from the right × 2..7, cycling) mod 11; 11 is 0, 10 is K. */
  const rutVerifier = (body: string): string => {
    const sum = [...body].reverse().reduce((total, digit, i) => total + Number(digit) * (2 + (i % 6)), 0);
    const rest = 11 - (sum % 11);
    return rest === 11 ? '0' : rest === 10 ? 'K' : String(rest);
  };
  /** The resident id's check character: ISO 7064 MOD 11-2 over 17 digits. */
  const cnCheck = (body: string): string => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const c = (12 - ([...body].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0) % 11)) % 11;
    return c === 10 ? 'X' : String(c);
  };

  it('checks the Chilean RUT\'s verifier, written with dots and a dash or without', () => {
    for (const body of ['10735806', '12345678', '7654321', '20111222']) {
      const verifier = rutVerifier(body);
      const dotted = `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${verifier}`;
      expect(isClRut(dotted), dotted).toBe(true);
      expect(isClRut(`${body}-${verifier.toLowerCase()}`)).toBe(true);
      const wrong = verifier === '2' ? '3' : '2';
      expect(isClRut(`${body}-${wrong}`)).toBe(false);
    }
    expect(isClRut('11.111.111-1')).toBe(false);
  });

  it('checks the Chinese resident id\'s birth date and check character', () => {
    for (const body of ['32010220010101656', '11010519491231002', '44030420150607123']) {
      expect(isCnResidentId(`${body}${cnCheck(body)}`), body).toBe(true);
      expect(isCnResidentId(`${body}${cnCheck(body) === '1' ? '2' : '1'}`)).toBe(false);
    }
    expect(isCnResidentId(`32010220011301656${cnCheck('32010220011301656')}`)).toBe(false); // month 13
    expect(categoriesOf(`32010220010101656${cnCheck('32010220010101656')}`, '身份证号')).toEqual(['government-id']);
  });
});

describe('Belgium, Portugal, Ireland, Austria', () => {
  it('checks the Belgian national number mod 97, with the 2 prefixed from 2000', () => {
    const born1985 = '850709123';
    const check1985 = String(97 - (Number(born1985) % 97)).padStart(2, '0');
    expect(isBeNationalNumber(`${born1985}${check1985}`)).toBe(true);
    expect(isBeNationalNumber(`85.07.09-123.${check1985}`)).toBe(true);
    expect(isBeNationalNumber(`${born1985}${String((Number(check1985) % 97) + 1).padStart(2, '0')}`)).toBe(false);
    const born2005 = '050709123';
    const check2005 = String(97 - (Number(`2${born2005}`) % 97)).padStart(2, '0');
    expect(isBeNationalNumber(`${born2005}${check2005}`)).toBe(true);
    // Passing only the rule for 2000 on would make 62 a birth in 2062: no one's number yet (QA round 51).
    expect(isBeNationalNumber('62081526095')).toBe(false);
    expect(isBeNationalNumber('62081526066')).toBe(true);
    const badMonth = '851309123';
    expect(isBeNationalNumber(`${badMonth}${String(97 - (Number(badMonth) % 97)).padStart(2, '0')}`)).toBe(false);
    expect(categoriesOf(`${born1985}${check1985}`, 'rijksregisternummer')).toEqual(['government-id']);
    expect(categoriesOf(`${born1985}${check1985}`, 'numéro national')).toEqual(['government-id']);
  });

  it('checks the Portuguese NIF mod 11 and its first digits', () => {
    const nif = (body: string): string => {
      const rest = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      return `${body}${rest < 2 ? 0 : 11 - rest}`;
    };
    const valid = nif('23456789');
    expect(isPtNif(valid)).toBe(true);
    expect(isPtNif(bump(valid, 8))).toBe(false);
    expect(isPtNif(nif('45678901'))).toBe(true); // non-resident
    expect(isPtNif(nif('41234567'))).toBe(false); // 4x other than 45 is not issued
    expect(isPtNif(nif('03456789'))).toBe(false);
    expect(categoriesOf(valid, 'nif')).toEqual(['government-id']); // Spain's NIF column name too
    expect(categoriesOf(valid, 'numero_contribuinte')).toEqual(['government-id']);
  });

  it('checks Irish PPS numbers mod 23, with the 2013 second letter', () => {
    const letters = 'WABCDEFGHIJKLMNOPQRSTUV';
    const digits = '1234567';
    const old = `${digits}${letters[weighted(digits, [8, 7, 6, 5, 4, 3, 2]) % 23]}`;
    expect(isIePpsn(old)).toBe(true);
    expect(isIePpsn(`${old}W`)).toBe(true); // the old second letter does not count
    const modern = `${digits}${letters[(weighted(digits, [8, 7, 6, 5, 4, 3, 2]) + 9 * 1) % 23]}A`;
    expect(isIePpsn(modern)).toBe(true);
    expect(isIePpsn(`${digits}${old[7] === 'A' ? 'B' : 'A'}`)).toBe(false);
    expect(categoriesOf(modern, 'ppsn')).toEqual(['government-id']);
  });

  it('checks the Austrian social insurance number check digit', () => {
    const svnr = (serial: string, date: string): string | undefined => {
      const sum = weighted(`${serial}0${date}`, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
      return sum === 10 ? undefined : `${serial}${sum}${date}`;
    };
    const valid = svnr('123', '150385') ?? svnr('124', '150385');
    expect(valid).toBeDefined();
    expect(isAtSocialInsuranceNumber(valid ?? '')).toBe(true);
    expect(isAtSocialInsuranceNumber(`${(valid ?? '').slice(0, 4)} ${(valid ?? '').slice(4)}`)).toBe(true);
    expect(isAtSocialInsuranceNumber(bump(valid ?? '', 3))).toBe(false);
    expect(isAtSocialInsuranceNumber(`0${(valid ?? '').slice(1)}`)).toBe(false);
    expect(categoriesOf(valid ?? '', 'svnr')).toEqual(['government-id']);
  });
});

describe('Canada, Australia, US provider numbers', () => {
  it('checks Canadian SINs by Luhn, never starting 0 or 8', () => {
    const body = '27182818';
    const sin = `${body}${luhnCheck(body)}`;
    expect(isCaSin(sin)).toBe(true);
    expect(isCaSin(`${sin.slice(0, 3)} ${sin.slice(3, 6)} ${sin.slice(6)}`)).toBe(true);
    expect(isCaSin(`${sin.slice(0, 3)}-${sin.slice(3, 6)} ${sin.slice(6)}`)).toBe(false); // mixed separators
    expect(isCaSin(bump(sin, 8))).toBe(false);
    expect(isCaSin(`0${body.slice(1)}${luhnCheck(`0${body.slice(1)}`)}`)).toBe(false);
    expect(isCaSin(`8${body.slice(1)}${luhnCheck(`8${body.slice(1)}`)}`)).toBe(false);
    expect(categoriesOf(sin, 'SIN')).toEqual(['government-id']);
    expect(categoriesOf(`mon NAS: ${sin}`, 'nas')).toEqual(['government-id']);
  });

  it('checks Australian TFNs (weights mod 11) and Medicare numbers (weights mod 10)', () => {
    const weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    const tfn = ['31415926', '27182818', '16180339'].flatMap((body) => {
      for (let last = 0; last <= 9; last++) if (weighted(`${body}${last}`, weights) % 11 === 0) return [`${body}${last}`];
      return [];
    })[0] ?? '';
    expect(isAuTfn(tfn)).toBe(true);
    expect(isAuTfn(`${tfn.slice(0, 3)} ${tfn.slice(3, 6)} ${tfn.slice(6)}`)).toBe(true);
    expect(isAuTfn(bump(tfn, 4))).toBe(false);
    expect(categoriesOf(tfn, 'tax_file_number')).toEqual(['government-id']);

    const body = '31415926';
    const medicare = `${body}${weighted(body, [1, 3, 7, 9, 1, 3, 7, 9]) % 10}1`;
    expect(isAuMedicareNumber(medicare)).toBe(true);
    expect(isAuMedicareNumber(`${medicare.slice(0, 4)} ${medicare.slice(4, 9)} ${medicare.slice(9)}`)).toBe(true);
    expect(isAuMedicareNumber(`${medicare}2`)).toBe(true); // with the person's reference number
    expect(isAuMedicareNumber(bump(medicare, 8))).toBe(false);
    expect(isAuMedicareNumber(`7${medicare.slice(1)}`)).toBe(false); // first digit 2-6
    expect(categoriesOf(medicare, 'medicare_card_number')).toEqual(['health']);
    expect(categoriesOf(medicare, 'medicare_number')).toEqual(['health']);
  });

  it('checks NPIs by Luhn over the 80840 prefix', () => {
    const body = '123456789';
    const npi = `${body}${luhnCheck(`80840${body}`)}`;
    expect(isUsNpi(npi)).toBe(true);
    expect(isUsNpi(`${npi.slice(0, 4)}-${npi.slice(4, 7)}-${npi.slice(7)}`)).toBe(true);
    expect(isUsNpi(bump(npi, 9))).toBe(false);
    const three = `323456789`;
    expect(isUsNpi(`${three}${luhnCheck(`80840${three}`)}`)).toBe(false); // starts 1 or 2
    expect(isUsNpi(`111111111${luhnCheck('80840111111111')}`)).toBe(false); // placeholder
    expect(categoriesOf(npi, 'npi')).toEqual(['health']);
  });
});

describe('India, South Korea, Singapore, Thailand, Turkey, South Africa', () => {
  it('computes Verhoeff check digits (the textbook 236 → 2363)', () => {
    expect(isVerhoeffValid('2363')).toBe(true);
    expect(isVerhoeffValid('2364')).toBe(false);
    // Verhoeff catches every single-digit error and every swap of two adjacent digits.
    fc.assert(fc.property(fc.stringMatching(/^\d{11}$/), fc.integer({ min: 0, max: 10 }), (body, at) => {
      const checks = [...Array(10).keys()].filter((digit) => isVerhoeffValid(`${body}${digit}`));
      expect(checks.length).toBe(1);
      const number = `${body}${checks[0]}`;
      expect(isVerhoeffValid(bump(number, at))).toBe(false);
      const swapped = number.slice(0, at) + number[at + 1] + number[at] + number.slice(at + 2);
      if (swapped !== number) expect(isVerhoeffValid(swapped)).toBe(false);
    }));
  });

  it('checks Aadhaar numbers: twelve digits, the first 2-9, a Verhoeff check digit', () => {
    const body = '27182818284';
    const check = [...Array(10).keys()].find((digit) => isVerhoeffValid(`${body}${digit}`));
    const aadhaar = `${body}${check}`;
    expect(isInAadhaar(aadhaar)).toBe(true);
    expect(isInAadhaar(`${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)}`)).toBe(true);
    expect(isInAadhaar(`${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)}-${aadhaar.slice(8)}`)).toBe(false);
    expect(isInAadhaar(bump(aadhaar, 11))).toBe(false);
    const one = `1${body.slice(1)}`;
    expect(isInAadhaar(`${one}${[...Array(10).keys()].find((digit) => isVerhoeffValid(`${one}${digit}`))}`)).toBe(false);
    expect(categoriesOf(aadhaar, 'aadhaar_number')).toEqual(['government-id']);
  });

  it('checks the PAN layout and holder type', () => {
    expect(isInPan('ABCPE1234F')).toBe(true);
    expect(isInPan('ABCCE1234F')).toBe(false); // a company's: no one's
    expect(isInPan('ABCXE1234F')).toBe(false); // X is no holder type
    expect(isInPan('ABCPE0000F')).toBe(false);
    expect(isInPan('ABCPE12345')).toBe(false);
    expect(categoriesOf('ABCPE1234F', 'pan_card_number')).toEqual(['government-id']);
    expect(categoriesOf('ABCPE1234F', 'permanent_account_number')).toEqual(['government-id']);
    // "pan" also names a card's number: an Indian PAN there is the PAN.
    expect(categoriesOf('ABCPE1234F', 'pan')).toEqual(['government-id']);
    expect(categoriesOf('4111 1111 1111 1111', 'pan')).toEqual(['payment-card']);
  });

  it('checks the Brazilian CPF\'s two check digits', () => {
    expect(isBrCpf('529.982.247-25')).toBe(true);
    expect(isBrCpf('11144477735')).toBe(true);
    expect(isBrCpf('529.982.247-24')).toBe(false);
    expect(isBrCpf('111.111.111-11')).toBe(false); // one digit repeated passes the check, never issued
    expect(isBrCpf('529.982.24725')).toBe(false);
    expect(categoriesOf('529.982.247-25', 'CPF')).toEqual(['government-id']);
  });

  it('checks Korean registration numbers: date, gender digit and the check digit when asked', () => {
    const rrn = (body: string): string => `${body}${(11 - (weighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10}`;
    const checked = rrn('850709123456');
    expect(isKrRrn(checked, true)).toBe(true);
    expect(isKrRrn(`${checked.slice(0, 6)}-${checked.slice(6)}`, true)).toBe(true);
    expect(isKrRrn(bump(checked, 12), true)).toBe(false);
    expect(isKrRrn(bump(checked, 12))).toBe(true); // since October 2020 the last digit may be random
    expect(isKrRrn(rrn('050709323456'))).toBe(true); // 3: born in the 2000s
    expect(isKrRrn(rrn('850230123456'))).toBe(false); // 30 February
    expect(isKrRrn(rrn('850709523456'))).toBe(false); // 5: a foreigner's number
    expect(isKrFrn(rrn('850709523456'))).toBe(true);
    expect(isKrFrn(checked)).toBe(false);
    expect(categoriesOf(checked, 'rrn')).toEqual(['government-id']);
    expect(categoriesOf(checked, '주민등록번호')).toEqual(['government-id']);
    expect(categoriesOf(rrn('850709523456'), 'foreigner_registration_number')).toEqual(['government-id']);
  });

  it('checks Singapore NRIC/FIN letters per series', () => {
    const nric = (prefix: string, digits: string): string => {
      const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0;
      const rest = (weighted(digits, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
      const letters = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'XWUTRQPNJLK' : 'XWUTRQPNMLK';
      return `${prefix}${digits}${letters[rest]}`;
    };
    for (const prefix of ['S', 'T', 'F', 'G', 'M']) {
      const valid = nric(prefix, '2718281');
      expect(isSgNricFin(valid)).toBe(true);
      expect(isSgNricFin(`${valid.slice(0, 8)}${valid[8] === 'K' ? 'L' : 'K'}`)).toBe(false);
    }
    expect(isSgNricFin(nric('S', '1234567'))).toBe(true);
    expect(nric('S', '1234567')).toBe('S1234567D'); // the widely published example
    expect(isSgNricFin(`A${nric('S', '1234567').slice(1)}`)).toBe(false);
    expect(categoriesOf(nric('T', '2718281'), 'nric')).toEqual(['government-id']);
  });

  it("checks New Zealand's NHI (mod 11, the published test numbers) and a Malaysian MyKad number's birth date and birth place", () => {
    for (const valid of ['ZZZ0016', 'ZZZ0024', 'RQM5667', 'zzz0016']) expect(isNzNhi(valid), valid).toBe(true);
    for (const invalid of ['ZZZ0017', 'ZIO0016', 'ZZ00016', 'ZZZ001']) expect(isNzNhi(invalid), invalid).toBe(false);
    // A health system's number, as an NHS number is.
    expect(categoriesOf('ZZZ0016', 'NHI')).toEqual(['health']);
    for (const valid of ['751115-08-8234', '010912079549']) expect(isMyKad(valid), valid).toBe(true);
    // A 31st of February, a birth place code of 00 or 17 (none).
    for (const invalid of ['750231-08-8234', '751115-00-8234', '751115-17-8234', '75111508823']) expect(isMyKad(invalid), invalid).toBe(false);
    expect(categoriesOf('751115-08-8234', 'IC No.')).toEqual(['government-id']);
  });

  it('checks Thai identity numbers: person type, province and mod 11', () => {
    const tnin = (body: string): string => `${body}${(11 - (weighted(body, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10}`;
    const valid = tnin('110020012345'); // type 1, Bangkok (10)
    expect(isThNationalId(valid)).toBe(true);
    expect(isThNationalId(`${valid[0]}-${valid.slice(1, 5)}-${valid.slice(5, 10)}-${valid.slice(10, 12)}-${valid[12]}`)).toBe(true);
    expect(isThNationalId(bump(valid, 12))).toBe(false);
    expect(isThNationalId(tnin('128020012345'))).toBe(false); // 28 is no province
    expect(isThNationalId(tnin('010020012345'))).toBe(false); // type 0
    expect(categoriesOf(valid, 'thai_national_id')).toEqual(['government-id']);
    expect(categoriesOf(valid, 'เลขบัตรประชาชน')).toEqual(['government-id']);
  });

  it("checks Brazil's SUS card number (CNS: weights 15 to 1, mod 11), a health number as an NHS number is", () => {
    for (const valid of ['733450095254320', '979346115080761', '123456789010051', '7334 5009 5254 320']) expect(isBrCns(valid), valid).toBe(true);
    // A wrong last digit, a first digit no CNS has, fourteen digits.
    for (const invalid of ['733450095254321', '333450095254320', '73345009525432']) expect(isBrCns(invalid), invalid).toBe(false);
    expect(categoriesOf('733450095254320', 'CNS')).toEqual(['health']);
    expect(categoriesOf('733450095254320', 'Cartão SUS')).toEqual(['health']);
  });

  it("checks Saudi Arabia's national id and iqama (Luhn), the Emirates ID (784, a birth year, Luhn), Egypt's national id (century, birth date, governorate) and a Ghana Card's number", () => {
    for (const valid of ['1067438653', '1412641340']) expect(isSaNationalId(valid), valid).toBe(true);
    for (const invalid of ['1067438654', '3067438653', '106743865']) expect(isSaNationalId(invalid), invalid).toBe(false);
    for (const valid of ['784-2014-8379560-1', '784201483795601']) expect(isAeEmiratesId(valid), valid).toBe(true);
    for (const invalid of ['784-2014-8379560-2', '785-2014-8379560-1', '784-1814-8379560-1']) expect(isAeEmiratesId(invalid), invalid).toBe(false);
    expect(isEgNationalId('30007291380815')).toBe(true);
    // A 30th of February, a governorate code no governorate has (05), a century digit of 4.
    for (const invalid of ['30002301380815', '30007290580815', '40007291380815']) expect(isEgNationalId(invalid), invalid).toBe(false);
    expect(isGhanaCardNumber('GHA-740949467-4')).toBe(true);
    expect(isGhanaCardNumber('GHA-74094946-4')).toBe(false);
    // Under their columns' names, in Arabic and English; a Ghana Card under "PIN" is no password.
    expect(detectorsOf('1067438653', 'رقم الهوية / الإقامة')).toEqual(['sa-national-id']);
    expect(detectorsOf('784-2014-8379560-1', 'Emirates ID')).toEqual(['ae-emirates-id']);
    expect(detectorsOf('30007291380815', 'الرقم القومي')).toEqual(['eg-national-id']);
    expect(detectorsOf('28012345678', 'Qatar ID')).toEqual(['government-id-column']);
    expect(detectorsOf('GHA-740949467-4', 'PIN')).toEqual(['gh-card']);
    // Not a card's number ("رقم البطاقة": a payment card's too) nor a residence's address ("عنوان الإقامة").
    expect(describeColumn('رقم البطاقة').hint).not.toBe('mena-national-id');
    expect(describeColumn('عنوان الإقامة').hint).not.toBe('mena-national-id');
  });

  it("checks Taiwan's national id (the letter's code and the nine digits, mod 10) and names it, not a German id card", () => {
    for (const valid of ['A123456789', 'D275881977', 'a123456789']) expect(isTwNationalId(valid), valid).toBe(true);
    // A wrong check digit, a third digit for sex, a letter and eight digits.
    for (const invalid of ['A123456788', 'A323456789', 'A12345678']) expect(isTwNationalId(invalid), invalid).toBe(false);
    expect(categoriesOf('D275881977', '身分證字號')).toEqual(['government-id']);
    // Under a generic id column too, by its own name (a German id card's check passes it: "de-id-document" before).
    expect(detectorsOf('D275881977', 'national_id')).toEqual(['tw-national-id']);
  });

  it('checks both Turkish identity number check digits', () => {
    const kimlik = (body: string): string => {
      const d = [...body].map(Number);
      const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
      const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
      const tenth = (((odd * 7 - even) % 10) + 10) % 10;
      const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
      return `${body}${tenth}${eleventh}`;
    };
    const valid = kimlik('271828182');
    expect(isTrKimlikNo(valid)).toBe(true);
    expect(isTrKimlikNo(bump(valid, 9))).toBe(false);
    expect(isTrKimlikNo(bump(valid, 10))).toBe(false);
    expect(isTrKimlikNo(kimlik('071828182'))).toBe(false); // no leading 0
    expect(categoriesOf(valid, 'tc_kimlik_no')).toEqual(['government-id']);
    expect(categoriesOf(`TC Kimlik No: ${valid}`, 'tc kimlik numarası')).toEqual(['government-id']);
  });

  it('checks South African identity numbers: date, citizenship digit and Luhn', () => {
    const za = (body: string): string => `${body}${luhnCheck(body)}`;
    const valid = za('850709512308');
    expect(isZaIdNumber(valid)).toBe(true);
    expect(isZaIdNumber(`${valid.slice(0, 6)} ${valid.slice(6, 10)} ${valid.slice(10)}`)).toBe(true);
    expect(isZaIdNumber(bump(valid, 12))).toBe(false);
    expect(isZaIdNumber(za('000229512308'))).toBe(true); // 29 February 2000
    expect(isZaIdNumber(za('990229512308'))).toBe(false); // 1999 and 2099 are no leap years
    expect(isZaIdNumber(za('850709512358'))).toBe(false); // citizenship digit 5
    expect(categoriesOf(valid, 'sa_id_number')).toEqual(['government-id']);
  });
});

describe('a generic national id column', () => {
  it('names the scheme a value passes, and none when single-check schemes disagree', async () => {
    const { DETECTORS } = await import('../../../lambdas/classify/detectors.js');
    const detectorOf = (value: string) => detectValue(value, describeColumn('national_id')).map((d) => d.detector);
    // A Turkish number (two check digits) is named.
    const d = [2, 7, 1, 8, 2, 8, 1, 8, 2];
    const tenth = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
    const kimlik = `${d.join('')}${tenth}${(d.reduce((a, b) => a + b, 0) + tenth) % 10}`;
    expect(detectorOf(kimlik)).toEqual([DETECTORS.trKimlikNo.name]);
    // A nine-digit number passing both the SIN (Luhn) and the BSN (11-proef) check names neither.
    let both = '';
    for (let n = 100_000_000; n < 100_100_000 && both === ''; n++) {
      const candidate = String(n);
      if (isCaSin(candidate) && isNlBsn(candidate)) both = candidate;
    }
    expect(both).not.toBe('');
    expect(detectorOf(both)).toEqual([DETECTORS.governmentIdColumn.name]);
    expect(detectValue(both, describeColumn('sin')).map((x) => x.detector)).toEqual([DETECTORS.caSin.name]);
  });
});

describe('Mexico', () => {
  it('validates CURPs by their birth date and check digit', () => {
    expect(isMxCurp('GOMA850101HDFRRN00')).toBe(true);
    expect(isMxCurp('LOPM150312MJCPRRA4')).toBe(true);
    expect(isMxCurp('LOPM150312MJCPRRA5')).toBe(false); // check digit
    expect(isMxCurp('GOMA851301HDFRRN00')).toBe(false); // month 13
    expect(detectValue('LOPM150312MJCPRRA4', describeColumn('curp')).map((found) => found.detector)).toEqual(['mx-curp']);
  });
});

describe('Switzerland and Czechia', () => {
  it('validates AHV numbers by their 756 prefix and EAN-13 check digit', () => {
    expect(isChAhvNumber('756.5260.1815.91')).toBe(true);
    expect(isChAhvNumber('7565260181591')).toBe(true);
    expect(isChAhvNumber('756.5260.1815.92')).toBe(false); // check digit
    expect(isChAhvNumber('757.5260.1815.91')).toBe(false); // not Switzerland's prefix
  });

  it('validates birth numbers: a date (women\'s month + 50), divisible by 11 since 1954, nine digits only written before 1954', () => {
    expect(isCzBirthNumber('915217/0929')).toBe(true);
    expect(isCzBirthNumber('9152170929')).toBe(true);
    expect(isCzBirthNumber('915217/0928')).toBe(false);
    expect(isCzBirthNumber('681309/5646')).toBe(false); // month 13
    expect(isCzBirthNumber('480512/123')).toBe(true);
    expect(isCzBirthNumber('480512123')).toBe(false); // nine bare digits: any number
    expect(detectValue('150312/4348', describeColumn('national_id_number')).map((found) => found.detector)).toEqual(['cz-birth-number']);
    expect(detectValue('756.0830.1661.38', describeColumn('AHV-Nummer')).map((found) => found.detector)).toEqual(['ch-ahv']);
  });
});

describe('birth dates that national numbers encode', () => {
  const asOf = new Date('2026-11-20T00:00:00Z');
  it.each([
    ['pl-pesel', '02270803628', '2002-07-08'], // month + 20: the 2000s
    ['pl-pesel', '44051401359', '1944-05-14'],
    ['se-personnummer', '150312-1236', '2015-03-12'],
    ['se-personnummer', '19121212-1212', '1912-12-12'],
    ['se-personnummer', '121212+1212', '1912-12-12'], // "+": a hundred or older
    ['fi-henkilotunnus', '131052-308T', '1952-10-13'],
    ['fi-henkilotunnus', '010115A123B', '2015-01-01'],
    ['dk-cpr', '070761-4285', '1961-07-07'],
    ['it-codice-fiscale', 'RSSMRA15T50A562S', '2015-12-10'], // day + 40: a woman
    ['be-national-number', '85.07.30-033.28', '1985-07-30'],
    ['za-id-number', '1501015800086', '2015-01-01'],
    ['cz-birth-number', '915217/0929', '1991-02-17'], // month + 50: a woman
    ['cz-birth-number', '150312/4348', '2015-03-12'],
    ['cz-birth-number', '480512/123', '1948-05-12'],
    ['mx-curp', 'LOPM150312MJCPRRA4', '2015-03-12'], // a letter before the check digit: born from 2000
    ['mx-curp', 'GOMA850101HDFRRN00', '1985-01-01'],
  ])('%s %s: %s', (detector, value, expected) => {
    const birth = birthDateInId(detector, value, asOf);
    expect(birth && `${birth.year}-${String(birth.month).padStart(2, '0')}-${String(birth.day).padStart(2, '0')}`).toBe(expected);
  });

  it('gives none for numbers that encode no date', () => {
    expect(birthDateInId('nl-bsn', '111222333', asOf)).toBeUndefined();
  });
});
