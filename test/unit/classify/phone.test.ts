// Phone numbers: the fast path over libphonenumber-js's metadata must give the library's own
// answers (validity and country). Numbers are generated: random national numbers of every
// country in the metadata, written the ways exports write them.
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isPhoneShaped, libraryPhoneVerdict, phoneNumberVerdict, phoneNumbersInText } from '../../../lambdas/classify/phone.js';

/** A seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('phoneNumberVerdict', () => {
  it('agrees with libphonenumber-js on generated numbers of every country', () => {
    // Prepare
    const rand = random(20261120);
    const countries = getCountries();
    const mismatches: string[] = [];
    let valid = 0;

    // Act
    for (let i = 0; i < 6_000; i++) {
      const country = countries[Math.floor(rand() * countries.length)] ?? 'US';
      const code = getCountryCallingCode(country);
      let nsn = '';
      for (let length = 6 + Math.floor(rand() * 7); nsn.length < length;) nsn += Math.floor(rand() * 10);
      for (const written of [`+${code} ${nsn}`, `+${code}${nsn}`, `0${nsn}`, nsn, `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`]) {
        for (const defaultCountry of [undefined, country]) {
          // "00" is read as an international prefix (see below); the library needs a country for it.
          if (written.replace(/\D/g, '').startsWith('00') && !written.startsWith('+')) continue;
          const fast = phoneNumberVerdict(written, defaultCountry);
          const library = libraryPhoneVerdict(written, defaultCountry);
          if (fast.valid) valid++;
          if (fast.valid !== library.valid || (fast.valid && fast.country !== library.country)) {
            mismatches.push(`${written} (${defaultCountry ?? 'no country'}): ${JSON.stringify(fast)} vs ${JSON.stringify(library)}`);
          }
        }
      }
    }

    // Assess
    expect(valid).toBeGreaterThan(1_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('finds the country of international and national numbers', () => {
    expect(phoneNumberVerdict('+49 30 1234567')).toEqual({ valid: true, country: 'DE' });
    expect(phoneNumberVerdict('+1 (212) 555-0142')).toEqual({ valid: true, country: 'US' });
    expect(phoneNumberVerdict('+1 416 555 0142')).toEqual({ valid: true, country: 'CA' });
    expect(phoneNumberVerdict('+44 20 7946 0958')).toEqual({ valid: true, country: 'GB' });
    expect(phoneNumberVerdict('0044 20 7946 0958')).toEqual({ valid: true, country: 'GB' });
    expect(phoneNumberVerdict('0044 20 7946 0958', 'DE')).toEqual({ valid: true, country: 'GB' }); // DE dials abroad with 00
    expect(phoneNumberVerdict('030 1234567', 'DE')).toEqual({ valid: true, country: 'DE' });
    expect(phoneNumberVerdict('030 1234567').valid).toBe(false); // national, country unknown
    expect(phoneNumberVerdict('+49 1').valid).toBe(false);
  });

  it('tells phone-shaped values from dates and decimals', () => {
    expect(isPhoneShaped('555-0100')).toBe(true);
    expect(isPhoneShaped('(08) 8747 6301')).toBe(true);
    expect(isPhoneShaped('2024-01-15')).toBe(false);
    expect(isPhoneShaped('12345.678')).toBe(false);
    expect(isPhoneShaped('123')).toBe(false);
  });

  it('finds numbers in text with libphonenumber-js\'s matcher', () => {
    expect(phoneNumbersInText('call +49 30 1234567 or (212) 555-0142', 'US').map((found) => found.country)).toEqual(['DE', 'US']);
  });
});
