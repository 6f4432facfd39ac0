// Validators of identity documents and national, health and bank identifiers. Every valid value
// here is synthetic: a body chosen in the test and completed with the check digit the scheme's
// published rule gives, so a wrong rule fails the test; no real person's number is used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  icaoCheckDigit,
  isAbaRoutingNumber,
  isDeHealthInsuranceNumber,
  isDeIdentityDocument,
  isDeSocialSecurityNumber,
  isDeTaxId,
  isEsDniOrNie,
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
} from '../../../lambdas/classify/identifiers.js';
import { describeColumn, detectValue } from '../../../lambdas/classify/detectors.js';

const categoriesOf = (value: string, column: string) => detectValue(value, describeColumn(column)).map((d) => d.category);

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
    const valid = deTaxId('8612345790');
    expect(isDeTaxId(valid)).toBe(true);
    expect(isDeTaxId(bump(valid, 10))).toBe(false);
    expect(isDeTaxId(deTaxId('1111111111'))).toBe(false);
    expect(isDeTaxId(deTaxId('0612345790'))).toBe(false); // no leading zero
  });

  it('checks passport and identity card numbers with the ICAO 7-3-1 digit', () => {
    const body = 'CF1234G5';
    const valid = body + icaoCheckDigit(body);
    expect(isDeIdentityDocument(valid)).toBe(true);
    expect(isDeIdentityDocument(bump(valid, 8))).toBe(false);
    expect(isDeIdentityDocument(`A${valid.slice(1)}`)).toBe(false); // A is not in the BSI alphabet
    expect(categoriesOf(valid, 'Reisepassnummer')).toEqual(['government-id']);
    expect(categoriesOf(valid, 'Personalausweisnummer')).toEqual(['government-id']);
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
