import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRecords } from '../../../lambdas/classify/core.js';
import {
  cardNetworkOf,
  countryCodeOf,
  describeColumn,
  detectValue,
  ibanChecksumValid,
  isAwsAccessKeyId,
  isBlankValue,
  isCoordinatePair,
  isDateLike,
  isEmailAddress,
  isIban,
  isIcd10Code,
  isIpAddress,
  isJwt,
  isLatitude,
  isLongitude,
  isPaymentCardNumber,
  isPersonName,
  isPhoneNumber,
  isUsSsn,
  luhnChecksumValid,
  parseBirthDate,
  parsePaymentCard,
  partyOf,
  parseUsSsn,
  passwordHashKind,
  pickSubjectKey,
  scanText,
  subjectKeyRank,
  usStateOf,
} from '../../../lambdas/classify/detectors.js';

// Synthetic values only: network test numbers, documentation IP ranges, example.com addresses.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const BCRYPT = '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';
const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';

/** Appends the Luhn check digit to a digit string. */
function withLuhnDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnChecksumValid(body + digit)) return body + digit;
  }
  throw new Error('unreachable');
}

/** Builds a valid IBAN from a country and BBAN by computing its check digits. */
function withIbanCheckDigits(country: string, bban: string): string {
  for (let check = 2; check <= 98; check++) {
    const candidate = `${country}${String(check).padStart(2, '0')}${bban}`;
    if (ibanChecksumValid(candidate)) return candidate;
  }
  throw new Error('unreachable');
}

const column = (name: string) => describeColumn(name);
const categoriesOf = (value: string, columnName: string) => detectValue(value, column(columnName)).map((d) => d.category);

describe('email', () => {
  it.each(['anna.schmidt@example.com', 'first+tag@sub.example.co.uk', 'user@xn--80ak6aa92e.com', "o'brien@example.ie"])(
    'accepts %s',
    (value) => expect(isEmailAddress(value)).toBe(true),
  );

  it.each(['plainaddress', '@example.com', 'user@', 'user@localhost', 'user@@example.com', 'a..b@example.com',
    'user@-example.com', 'user@example.c', `${'x'.repeat(65)}@example.com`])('rejects %s', (value) => {
    expect(isEmailAddress(value)).toBe(false);
  });
});

describe('US SSN', () => {
  it.each(['536-22-4417', '536 22 4417', '536.22.4417', '536224417', '078-05-1123'])('accepts %s', (value) => {
    expect(isUsSsn(value)).toBe(true);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['900-12-3456', 'area 900-999'],
    ['987-65-4321', 'area 900-999 (advertising range)'],
    ['536-00-4417', 'group 00'],
    ['536-22-0000', 'serial 0000'],
    ['078-05-1120', 'Woolworth wallet card'],
    ['219-09-9999', 'SSA pamphlet'],
    ['123-45-6789', 'sample number'],
    ['111-11-1111', 'one repeated digit'],
    ['536-22.4417', 'mixed separators'],
    ['53622441', 'eight digits'],
    ['5362244170', 'ten digits'],
  ])('rejects %s (%s)', (value) => {
    expect(isUsSsn(value)).toBe(false);
  });

  it('tells a separated number from bare digits', () => {
    expect(parseUsSsn('536-22-4417')).toEqual({ valid: true, separated: true, grouped: true });
    expect(parseUsSsn('536-224417')).toEqual({ valid: true, separated: true, grouped: false });
    expect(parseUsSsn('536224417')).toEqual({ valid: true, separated: false, grouped: false });
    expect(parseUsSsn('hello')).toBeUndefined();
  });

  it('counts bare nine digits only in a column named for an SSN', () => {
    expect(categoriesOf('536224417', 'ssn')).toEqual(['government-id']);
    expect(categoriesOf('536224417', 'Social Security Number')).toEqual(['government-id']);
    expect(categoriesOf('536224417', 'amount')).toEqual([]);
    expect(categoriesOf('536-22-4417', 'misc')).toEqual(['government-id']);
    expect(categoriesOf('000-22-4417', 'ssn')).toEqual([]);
  });
});

describe('payment card', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['371449635398431', 'amex'],
    ['30569309025904', 'diners'],
    ['6011000400000000', 'discover'],
    ['3528000700000000', 'jcb'],
    ['6759649826438453', 'maestro'],
  ])('accepts %s (%s)', (digits, network) => {
    expect(isPaymentCardNumber(digits)).toBe(true);
    expect(cardNetworkOf(digits)).toBe(network);
  });

  it('accepts 16 Luhn-valid digits under a card industry identifier outside the known ranges, and no other length', () => {
    // 3509... is in no network's published range (JCB starts at 3528), but 16 digits, first digit
    // 3-6 and the Luhn check: counted. The same check digit scheme at 15 digits needs a network.
    expect(cardNetworkOf('3509413199654323')).toBeUndefined();
    expect(isPaymentCardNumber('3509413199654323')).toBe(true);
    expect(isPaymentCardNumber(withLuhnDigit('35094131996543'))).toBe(false);
    expect(isPaymentCardNumber(withLuhnDigit('810000000000000'))).toBe(true); // UnionPay 81, 16 digits
    expect(isPaymentCardNumber(withLuhnDigit('800000000000000'))).toBe(false); // first digit 8: not a card industry
  });

  it('accepts the printed groupings and says so', () => {
    expect(parsePaymentCard('4111.1111.1111.1111')).toEqual({ valid: true, grouped: true });
    expect(parsePaymentCard('4111 1111 1111 1111')).toEqual({ valid: true, grouped: true });
    expect(parsePaymentCard('4111-1111-1111-1111')).toEqual({ valid: true, grouped: true });
    expect(parsePaymentCard('3714 496353 98431')).toEqual({ valid: true, grouped: true });
    expect(parsePaymentCard('4111111111111111')).toEqual({ valid: true, grouped: false });
  });

  it.each([
    ['4111111111111112', 'bad Luhn'],
    ['4012-8888-8888-1882', 'bad Luhn, grouped'],
    ['0000000000000000', 'no issuer'],
    ['7000000000000005', 'no issuer with prefix 7'],
    ['411111111111', 'too short'],
    ['4111 1111-1111 1111', 'mixed separators'],
    ['41111111111111111111', 'too long'],
  ])('rejects %s (%s)', (value) => {
    expect(isPaymentCardNumber(value)).toBe(false);
  });

  it('Luhn: any body completed with its check digit passes, any single changed digit fails', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12,18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const number = withLuhnDigit(body);
        const position = at % number.length;
        const changed =
          number.slice(0, position) + String((Number(number[position]) + delta) % 10) + number.slice(position + 1);
        return luhnChecksumValid(number) && !luhnChecksumValid(changed);
      }),
    );
  });
});

describe('IBAN', () => {
  it.each(['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32',
    'FR14 2004 1010 0505 0001 3M02 606', 'NO9386011117947', 'AL47-2121-1009-0000-0002-3569-8741',
    'de89370400440532013000'])('accepts %s', (value) => {
    expect(isIban(value)).toBe(true);
    // In any column: an IBAN identifies itself, in lower case too.
    expect(detectValue(value, describeColumn('value')).map((d) => d.detector)).toEqual(['iban']);
  });

  it.each([
    ['DE89 3704 0044 0532 0130 01', 'bad check digits'],
    ['DE88370400440532013000', 'bad check digits'],
    ['DE8937040044053201300', 'too short for DE'],
    ['DE893704004405320130000', 'too long for DE'],
    ['ZZ89370400440532013000', 'unknown country'],
    ['LV80 bANK 0000 4351 9500 1', 'mixed case'],
    ['IBAN', 'not an IBAN'],
  ])('rejects %s (%s)', (value) => {
    expect(isIban(value)).toBe(false);
  });

  it('mod 97: computed check digits pass, any single changed character fails', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (bban, at, delta) => {
        const iban = withIbanCheckDigits('DE', bban);
        const position = 2 + (at % (iban.length - 2));
        const changed = iban.slice(0, position) + String((Number(iban[position]) + delta) % 10) + iban.slice(position + 1);
        return isIban(iban) && !isIban(changed);
      }),
    );
  });
});

describe('credentials', () => {
  it('recognises self-describing password hashes anywhere', () => {
    expect(passwordHashKind(BCRYPT)).toBe('bcrypt');
    expect(passwordHashKind(ARGON2)).toBe('argon2');
    // Its salt and hash in the URL-safe alphabet, as some libraries write them (QA round 62).
    expect(passwordHashKind('$argon2id$v=19$m=65536,t=3,p=4$c29t-ZXNhbHQ$Rdescud_JCsgt3ub-b-dWRWJTmaaJObG')).toBe('argon2');
    // Keycloak's stored credential: a salted hash as JSON, wherever it is.
    expect(passwordHashKind('{"value":"l0bH3C4nrwRo9ZSxP1b+Q8hH3yC8kY2d0ZVb0Y7s5Vw=","salt":"c2FsdHNhbHRzYWx0","additionalParameters":{}}')).toBe('pbkdf2');
    expect(categoriesOf(BCRYPT, 'blob')).toEqual(['credentials']);
  });

  it('counts hex digests as password hashes only in a password column', () => {
    const sha256 = 'a'.repeat(64);
    expect(passwordHashKind(sha256)).toBeUndefined();
    expect(passwordHashKind(sha256, true)).toBe('hex-digest');
    // Magento 2's "hash:salt:version" and WordPress 6.8's "$wp"-prefixed bcrypt.
    expect(passwordHashKind(`${sha256}:jHGyqMlIlvj78OTd5IjiHHsCkslr0MKc:1`, true)).toBe('hex-digest');
    expect(passwordHashKind(`${sha256}:jHGyqMlIlvj78OTd5IjiHHsCkslr0MKc:3_32_2_67108864`, true)).toBe('hex-digest');
    expect(passwordHashKind('$wp$2y$10$0dGOq9CJ1/yA4ws5nE787b.qLh9h4jkorWgGCe1ERpNbFGfagoqNT')).toBe('bcrypt');
    expect(detectValue(sha256, column('password_hash'))).toEqual([
      { category: 'credentials', detector: 'password-hash', certainty: 'validated' },
    ]);
    expect(detectValue(sha256, column('file_checksum'))).toEqual([]);
  });

  it('reads Drupal 7 and ASP.NET Identity hashes as hashes, and Django\'s unusable password as none', () => {
    expect(passwordHashKind('$S$DkIkdKLIvRK0iVHm99X7B/M8QC17E1Tp/kMOd1Ie8V/PgWjtAZld')).toBe('sha-crypt');
    expect(passwordHashKind('U$P$BUhFHmW0pXGjRnl5wpbOu0KdJZaZ7h/')).toBe('phpass');
    // Identity v3 (version byte, PRF, 10,000 iterations, 16-byte salt, subkey) and v2, only where the column says password.
    const v3 = 'AQAAAAEAACcQAAAAEOEGK1B1mr/kCS5TeJ3C5wwxVnugxeoPNFl+o8jtEjdcgabL8BU6X4SpzvMYPWKHrA==';
    expect(passwordHashKind(v3, true)).toBe('pbkdf2');
    expect(passwordHashKind('ADVqn9QJPnOo3RJHfLHmG1CFuu8kWY7D+C1il8wBNmug1Qo/dKneE0h9succUYa78A==', true)).toBe('pbkdf2');
    expect(passwordHashKind(v3)).toBeUndefined();
    expect(detectValue(v3, column('PasswordHash'))[0]?.detector).toBe('password-hash');
    expect(detectValue(`!${'Xq3WkP9zL2'.repeat(4)}`, column('password'))).toEqual([]);
    expect(detectValue('!Summer2024', column('password'))[0]?.detector).toBe('plain-password');
  });

  it('reports plain passwords separately from hashes', () => {
    expect(detectValue('hunter2', column('Passwort'))).toEqual([
      { category: 'credentials', detector: 'plain-password', certainty: 'validated' },
    ]);
    expect(detectValue('hunter2', column('nickname_note'))).toEqual([]);
  });

  it('validates AWS access key ids', () => {
    expect(isAwsAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isAwsAccessKeyId('ASIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isAwsAccessKeyId('AKIAIOSFODNN7EXAMPL')).toBe(false);
    expect(isAwsAccessKeyId('AKIAIOSFODNN7EXAMPL1')).toBe(false); // 1 is not base-32
    expect(isAwsAccessKeyId('AIDAIOSFODNN7EXAMPLE')).toBe(false);
  });

  it('validates JWTs by decoding their header', () => {
    expect(isJwt(JWT)).toBe(true);
    expect(isJwt('eyJub3QiOiJhIGp3dCJ9.eyJzdWIiOiIxIn0.c2ln')).toBe(false); // header without alg
    expect(isJwt('abc.def.ghi')).toBe(false);
    expect(categoriesOf(JWT, 'session')).toEqual(['credentials']);
  });
});

describe('health', () => {
  it.each(['E11.9', 'J45', 'S72.001A', 'C4A.1', 'U07.1'])('accepts ICD-10 code %s', (code) => {
    expect(isIcd10Code(code)).toBe(true);
  });

  it.each(['E1', '119.0', 'EE1.9', 'E11.99999'])('rejects %s as an ICD-10 code', (code) => {
    expect(isIcd10Code(code)).toBe(false);
  });

  it('reads ICD-10 codes and free text in diagnosis-like columns, and medical column names', () => {
    expect(detectValue('E11.9', column('diagnosis_code'))[0]?.detector).toBe('icd10-code');
    expect(detectValue('Type 2 diabetes', column('Diagnose'))[0]?.detector).toBe('health-column');
    expect(categoriesOf('metformin', 'medication')).toEqual(['health']);
    expect(categoriesOf('MRN-0042', 'mrn')).toEqual(['health']);
    expect(categoriesOf('XJH123456789', 'insurance_member_id')).toEqual(['health']);
    expect(categoriesOf('asthma', 'medical_condition')).toEqual(['health']);
    expect(categoriesOf('E11.9', 'product_code')).toEqual([]);
    expect(categoriesOf('used', 'item_condition')).toEqual([]);
  });

  it('reads a full name in a user name column as a name, and a login as a login', () => {
    expect(detectValue('Evelyn Taylor', column('user.name'))[0]?.detector).toBe('person-name');
    expect(categoriesOf('evelyn_t84', 'user_name')).toEqual(['online-identifier']);
  });

  it('reads a cycle tracker\'s columns as health and its sexual activity as special-category data', () => {
    expect(categoriesOf('light', 'period_flow')).toEqual(['health']);
    expect(categoriesOf('positive', 'pregnancy_test')).toEqual(['health']);
    expect(categoriesOf('protected', 'sexual_activity')).toEqual(['special-category']);
    expect(categoriesOf('2026-11-01', 'billing_period')).toEqual([]);
    // A tracker's day under plain "sex" and "period": the values say what was logged.
    expect(categoriesOf('unprotected', 'sex')).toEqual(['special-category']);
    expect(categoriesOf('high_sex_drive', 'sex')).toEqual(['special-category']);
    expect(categoriesOf('heavy', 'period')).toEqual(['health']);
    for (const [value, name] of [['F', 'sex'], ['Male', 'sex'], ['none', 'sex'], ['2026-11', 'period'], ['monthly', 'billing period']]) {
      expect(categoriesOf(value as string, name as string)).toEqual([]);
    }
  });

  it('reads column names in Turkish, Romanian, Greek, Russian, Japanese, Korean, Thai, Finnish and Swedish', () => {
    const hints = (names: string[]) => names.map((name) => describeColumn(name).hint);
    expect(hints(['Adı', 'Soyadı', 'Doğum Tarihi', 'Cep Telefonu', 'Tanı (ICD-10)', 'İlaç'])).toEqual(['person-name', 'person-name', 'date-of-birth', 'phone', 'diagnosis', 'health']);
    expect(hints(['Nume', 'Prenume', 'Data nașterii', 'Adresă'])).toEqual(['person-name', 'person-name', 'date-of-birth', 'postal-address']);
    expect(hints(['Επώνυμο', 'Ημερομηνία γέννησης', 'Τ.Κ.', 'Κινητό', 'Фамилия', 'Дата рождения'])).toEqual(['person-name', 'date-of-birth', 'postal-code', 'phone', 'person-name', 'date-of-birth']);
    expect(hints(['氏名', '生年月日', '電話番号', 'メールアドレス', '住所', '이름', '생년월일', '휴대폰', 'ชื่อ', 'วันเกิด'])).toEqual([
      'person-name', 'date-of-birth', 'phone', 'email', 'postal-address', 'person-name', 'date-of-birth', 'phone', 'person-name', 'date-of-birth']);
    expect(hints(['Huoltaja 1 sähköposti', 'puhelin', 'Lähiosoite', 'Postinumero', 'E-post', 'Utdelningsadress', 'Diagnoskod'])).toEqual([
      'email', 'phone', 'postal-address', 'postal-code', 'email', 'postal-address', 'diagnosis']);
    // A Turkish "X Adı" is X's name: a product's, a company's.
    expect(hints(['Ürün Adı', 'Firma Adı', '商品名'])).toEqual([undefined, undefined, undefined]);
    // A Polish mother's and a Finnish guardian's columns are theirs.
    expect(['Imię i nazwisko matki', 'E-mail matki', 'Huoltaja 1 puhelin'].map((name) => partyOf(name))).toEqual(['matki', 'matki', 'huoltaja1']);
    // vBulletin's "parentemail": a child member's parent.
    expect([partyOf('user.parentemail'), describeColumn('parentemail').hint]).toEqual(['parent', 'email']);
    // An Indian KYC's "Father's Name" is the father's.
    expect(partyOf("Father's Name")).toBe('father');
    expect(hints(['振込口座', '個人番号', 'Loan Account No'])).toEqual(['financial', 'government-id', 'financial']);
    // A tenant's guarantor is another person, with their own address.
    expect(['Guarantor Name', 'Guarantor Address', 'Bürge Telefon'].map((name) => partyOf(name))).toEqual(['guarantor', 'guarantor', 'bürge']);
  });

  it('reads a Norwegian account number in dotted groups, an Austrian Versicherungsnummer, and a Polish country of residence', () => {
    expect(categoriesOf('2397.79.25576', 'Kontonummer')).toEqual(['financial']);
    expect(categoriesOf('12.03.1980', 'Kontonummer')).toEqual([]);
    expect(categoriesOf('1237 010180', 'Versicherungsnummer')).toEqual(['government-id']);
    expect(describeColumn('Kraj zamieszkania').hint).toBe('country');
    // A German payroll's church tax attribute: rk, ev are churches; "--" is none.
    expect(categoriesOf('rk', 'Kirchensteuermerkmal')).toEqual(['special-category']);
    expect(categoriesOf('--', 'Kirchensteuermerkmal')).toEqual([]);
  });

  it('reads no one in a company\'s numbers: an Indian company\'s PAN, a buyer that is a company, loyalty points, no known allergies', () => {
    expect(categoriesOf('ABCPK1234F', 'PAN')).toEqual(['government-id']);
    expect(categoriesOf('AAACT2727Q', 'Buyer PAN')).toEqual([]);
    expect(detectValue('Tata Steel Ltd', column('Buyer'))).toEqual([]);
    expect(categoriesOf('1200', 'Points Balance')).toEqual([]);
    expect(categoriesOf('NKDA', 'Allergies')).toEqual([]);
    expect(categoriesOf('Penicillin', 'Allergies')).toEqual(['health']);
  });

  it('reads a gym\'s PAR-Q answers and a utility\'s Priority Services Register needs as health', () => {
    expect(categoriesOf('Yes', 'PAR-Q Chest Pain')).toEqual(['health']);
    expect(categoriesOf('No', 'PAR-Q Dizziness')).toEqual([]);
    const needs = ['Nebuliser and apnoea monitor', 'Oxygen concentrator', 'Dementia(s)/Cognitive impairment', 'Hearing impairment (inc. deaf)', 'Medicine refrigeration', 'Pensionable age'];
    const register = classifyRecords(needs.map((need, n) => ({ account: n, email: `c${n}@example.co.uk`, 'PSR Needs Description': need })));
    expect(register.categories.find((entry) => entry.category === 'health')?.subjects).toBe(5);
  });

  it('reads a political party under "Partei" and its other languages\' words, and no contract\'s party', () => {
    expect(categoriesOf('SPD', 'Partei')).toEqual(['special-category']);
    expect(categoriesOf('Les Républicains', 'parti')).toEqual(['special-category']);
    expect(categoriesOf('GroenLinks-PvdA', 'Partij')).toEqual(['special-category']);
    expect(categoriesOf('Käufer', 'Partei')).toEqual([]);
    expect(categoriesOf('Real Madrid - Sevilla', 'partido')).toEqual([]);
  });

  it('reads an equal-opportunity form\'s "No, I don\'t have a disability" as no health data, and its yes as some', () => {
    expect(categoriesOf("No, I don't have a disability", 'Disability Status')).toEqual([]);
    expect(categoriesOf("I don't wish to answer", 'Disability Status')).toEqual([]);
    expect(categoriesOf('Yes, I have a disability (or previously had a disability)', 'Disability Status')).toEqual(['health']);
    expect(isPersonName('Google [Bot]') || isPersonName('AdsBot [Google]') || isPersonName('Anonymous') || isPersonName('Bing [Bot]')).toBe(false);
    expect(isPersonName('Bing Liu')).toBe(true);
  });

  it('reads a company by a legal form joined to its last word or a partnership\'s dotted forms, not a double-barrelled name', () => {
    for (const company of ['Allianz Versicherungs-AG', 'Amazon EU S.a.r.l.', 'PayPal Europe S.a.r.l. et Cie S.C.A']) expect(isPersonName(company)).toBe(false);
    for (const person of ['Anna Müller-Lüdenscheidt', 'Jean-Luc Picard']) expect(isPersonName(person)).toBe(true);
  });

  it('reads no thing\'s name or display name as a person\'s (a log\'s, a proxy\'s, an activity\'s, a property\'s), and still a user\'s', () => {
    for (const name of ['logName', 'resource.labels.target_proxy_name', 'ActivityDisplayName', 'TargetResources.modifiedProperties.displayName', 'protoPayload.methodName', 'operationName.value']) {
      expect(describeColumn(name).hint, name).toBeUndefined();
    }
    for (const name of ['Display Name', 'user_display_name', 'claims.name']) expect(describeColumn(name).hint, name).toBe('person-name');
  });

  it('keys no one by a payment\'s method or a card\'s kind, as by a card\'s number', () => {
    for (const kind of ['Payment Method', 'payment_meta.payment_method', 'card_brand']) expect(subjectKeyRank(kind)).toBeUndefined();
    expect(subjectKeyRank('Card Number')).toBe(4);
  });

  it('reads a brokerage\'s or a custodial account\'s holdings as financial, not a position as a place', () => {
    for (const name of ['Market Value', 'Position Value', 'Cost Basis', 'net_worth']) expect(categoriesOf('12,480.55', name), name).toEqual(['financial']);
  });

  it('reads no finances in a zero balance, and a debt in any other', () => {
    for (const zero of ['0', '0.00', '0,00', '$0.00', '0.00 USD']) expect(categoriesOf(zero, 'Outstanding Balance')).toEqual([]);
    expect(categoriesOf('1,240.50', 'Outstanding Balance')).toEqual(['financial']);
  });

  it.each(['Sertraline 50mg tablets', 'Ozempic 1 mg pen', 'Insulin glargine 100units/ml', 'Carbidopa/Levodopa 25/100', 'Finasteride', 'co-amoxiclav 625mg',
    'Sertralin Heumann 50 mg Filmtabletten', 'Sertralina Normon 50 mg comprimidos EFG', 'Metformine 500 mg, comprimé', 'Insulina glargina',
    'Sertralin-ratiopharm 50 mg', 'Levothyroxin-Natrium', 'L-Thyroxin Henning'])(
    'reads the medicine %s as an order line health data', (item) => {
      expect(detectValue(item, column('Lineitem name'))).toEqual([{ category: 'health', detector: 'medicine-name', certainty: 'validated' }]);
    },
  );

  it.each(['Ibuprofen 200mg', 'Lithium coin cell 3V', 'Crestor Lane', 'Wool Socks', 'Concerta tickets'])('reads no medicine in %s', (item) => {
    expect(categoriesOf(item, 'Item')).toEqual([]);
  });

  it('reads no phone number in an item\'s quantities, in a record placed in a country', () => {
    expect(detectValue('Vitamin D3 1000 IU (90)', column('item_name'), { country: 'DE' })).toEqual([]);
    expect(categoriesOf('Tel. (030) 901 8200', 'notes')).toEqual(['contact']);
  });

  it('reads injuries and medicines named in notes, in several languages, and not in words that contain a name', () => {
    const health = (note: string) => classifyRecords([{ id: 1, email: 'a@example.com', notes: note }]).categories.some((entry) => entry.category === 'health');
    expect(health('Started on metformin last week')).toBe(true);
    expect(health('Patientin nimmt Sertralin seit Mai')).toBe(true);
    expect(health('Rear-ended on I-90. Injuries: whiplash and herniated disc C5-C6.')).toBe(true);
    expect(health('Injuries: torn ACL, surgery scheduled.')).toBe(true);
    for (const entry of ['Panic attack on the bus again', 'Referred to CAMHS after self-harm', 'Binged and purged twice today', 'Wieder eine Panikattacke', 'Mon trouble bipolaire revient', 'Had thoughts of ending it all last night']) {
      expect(health(entry)).toBe(true);
    }
    // A mood journal's entry, whatever its column is called.
    expect(classifyRecords([{ user_email: 'a@example.com', entry_text: 'Depression is bad this week.' }]).categories.map((entry) => entry.category)).toContain('health');
    const needs = (value: string) => classifyRecords([{ ticket: 'T1', email: 'a@example.com', accessibility: value }]).categories.some((entry) => entry.category === 'health');
    expect(needs('hearing loop / sign language interpreter')).toBe(true);
    expect(needs('companion for visually impaired visitor')).toBe(true);
    expect(needs('none')).toBe(false);
    const sanctions = (value: string) => classifyRecords([{ dni: '75311707R', email: 'a@example.es', antecedentes_sanciones: value }]).categories.map((entry) => entry.category);
    expect(sanctions('Condena art. 379 CP: conducción bajo la influencia de bebidas alcohólicas')).toContain('criminal');
    expect(sanctions('Infracción grave art. 76 LSV (velocidad)')).not.toContain('criminal');
    // A driving licence's EU codes: 01 (sight) to 44 (a vehicle adapted to a disability) tell of health, 78 (automatic gearbox) does not.
    expect(categoriesOf('01.06', 'restricciones_codigos')).toEqual(['health']);
    expect(categoriesOf('42.01, 78', 'Licence restrictions')).toEqual(['health']);
    expect(categoriesOf('78', 'restricciones_codigos')).toEqual([]);
    expect(health('Concerta una cita para el lunes')).toBe(false);
    expect(health('Conseiller spécialisé en assurance')).toBe(false);
  });

  it('names a line item no one: an order\'s line_items[].name is a product', () => {
    expect(describeColumn('line_items.name').hint).toBeUndefined();
    expect(describeColumn('order_items.name').hint).toBeUndefined();
    expect(describeColumn('billing_address.name').hint).toBe('person-name');
  });
});

describe('identity and contact by column', () => {
  it.each([
    ['first_name', 'Anna', 'identity'],
    ['Vorname', 'Anna', 'identity'],
    ['apellido', 'García', 'identity'],
    ['prénom', 'Chloé', 'identity'],
    ['date_of_birth', '1984-02-29', 'identity'],
    ['Geburtsdatum', '29.02.1984', 'identity'],
    ['billing_address', '1 Main St', 'contact'],
    ['Straße', 'Hauptstraße 1', 'contact'],
    ['mobile_phone', '+49 151 12345678', 'contact'],
    ['Telefon', '030 1234567', 'contact'],
    ['teléfono', '(212) 555-0142', 'contact'],
  ])('%s holding %s is %s', (columnName, value, category) => {
    expect(categoriesOf(value, columnName)).toEqual([category]);
  });

  it.each([
    ['company_name', 'Example GmbH'],
    ['product_name', 'Widget'],
    ['username', 'anna84'],
    ['date_of_birth', 'unknown'],
    ['phone', 'call me'],
    ['phone', '2024-01-15'],
  ])('%s holding %s is not a name, birth date or phone', (columnName, value) => {
    expect(categoriesOf(value, columnName).filter((category) => category === 'identity' || category === 'contact')).toEqual([]);
  });

  it('treats placeholders as blank', () => {
    for (const value of ['', '  ', 'NULL', 'n/a', 'N/A', 'none', '-', ' '.repeat(40), '00000000', '0000-00-00']) expect(isBlankValue(value)).toBe(true);
    expect(detectValue('n/a', column('first_name'))).toEqual([]);
    // Iterable's stand-in address for a user known by their id alone.
    expect(detectValue('816773@placeholder.email', column('email'))).toEqual([]);
  });
});

describe('values inside URLs', () => {
  it.each([
    ['path', '/login?user=anna@example.com&next=/account'],
    ['request', 'GET /reset?email=anna.smith%40example.com HTTP/1.1'],
  ])('%s holding %s has an email address', (columnName, value) => {
    expect(categoriesOf(value, columnName)).toEqual(['contact']);
  });
});

describe('phone numbers', () => {
  it.each(['+49 30 1234567', '+1 (212) 555-0142', '0044 20 7946 0958', '(212) 555-0142', '212-555-0142', '06 12 34 56 78'])(
    'accepts %s',
    (value) => expect(isPhoneNumber(value)).toBe(true),
  );

  it.each(['12345', '+0 30 1234567', '2024-01-15', '(112) 555-0142', 'call 555', '+49 30 12345678901234'])('rejects %s', (value) => {
    expect(isPhoneNumber(value)).toBe(false);
  });
});

describe('time stamps', () => {
  it('are no one\'s data in a column whose name says nothing, and a date of birth in a birth date column', () => {
    for (const stamp of ['2026-01-10', '2026-01-10T09:15:00Z', '2026-01-10 09:15:00.123+01:00', '2026-01-10T09:15']) expect(categoriesOf(stamp, 'last_login'), stamp).toEqual([]);
    expect(categoriesOf('2015-01-10', 'date_of_birth')).toEqual(['identity']);
    // Not a time stamp: still read.
    expect(categoriesOf('2026-01-10 call +49 30 901820', 'last_contact')).toEqual(['contact']);
  });
});

describe('online identifiers and location', () => {
  it.each(['198.51.100.7', '10.0.0.12', '2001:db8::1'])('accepts IP %s', (value) => expect(isIpAddress(value)).toBe(true));

  it.each(['256.1.1.1', '1.2.3', '127.0.0.1', '0.0.0.0', '::1', 'v1.2.3.4'])('rejects IP %s', (value) => {
    expect(isIpAddress(value)).toBe(false);
  });

  it('reports IP addresses as online identifiers', () => {
    expect(detectValue('198.51.100.7', column('client_ip'))).toEqual([
      { category: 'online-identifier', detector: 'ip-address', certainty: 'validated' },
    ]);
    // In a column whose name says nothing, shape alone is only probable: the classifier confirms it per column.
    expect(detectValue('198.51.100.7', column('host'))[0]?.certainty).toBe('probable');
  });

  it('validates coordinates in lat/long columns', () => {
    expect(isLatitude('52.5200')).toBe(true);
    expect(isLatitude('91.0')).toBe(false);
    expect(isLongitude('-179.99')).toBe(true);
    expect(isLongitude('180.5')).toBe(false);
    expect(isCoordinatePair('52.52, 13.405')).toBe(true);
    expect(isCoordinatePair('152.52, 13.405')).toBe(false);
    expect(categoriesOf('52.52', 'latitude')).toEqual(['location']);
    expect(categoriesOf('13.405', 'lng')).toEqual(['location']);
    expect(categoriesOf('north', 'lat')).toEqual([]);
    expect(categoriesOf('9000', 'long')).toEqual([]);
    // Degrees times ten million (Google's location history).
    expect(categoriesOf('404167754', 'latitudeE7')).toEqual(['location']);
    expect(categoriesOf('-37037902', 'longitudeE7')).toEqual(['location']);
    expect(isLatitude('1404167754')).toBe(false);
  });

  it('recognises dates of birth in common notations', () => {
    for (const value of ['1984-02-29', '29.02.1984', '02/29/84', '19840229', 'March 3, 1990']) expect(isDateLike(value)).toBe(true);
    // A Thai date in the Buddhist era: 2523 is 1980.
    expect(parseBirthDate('15/03/2523', 2026, 'dmy')).toEqual({ year: 1980, month: 3, day: 15 });
    // phpBB's day and month padded with spaces.
    expect(parseBirthDate(' 5- 3-2015', 2026, 'dmy')).toEqual({ year: 2015, month: 3, day: 5 });
    // Year first with dots (Korea, Hungary), spaced as Korean Excel writes it, and in Japanese and Korean characters.
    for (const value of ['1985.03.01.', '1985.03.01', '1985. 03. 01.', '1980/04/01', '1980年4月1日', '1985년 3월 1일']) {
      expect(parseBirthDate(value, 2026)).toEqual({ year: value.startsWith('1985') ? 1985 : 1980, month: value.startsWith('1985') ? 3 : 4, day: 1 });
    }
    // Taiwan's Minguo calendar, year 1 being 1912 (QA round 108: a clinic's children missed).
    for (const value of ['075/03/12', '民國75年3月12日']) expect(parseBirthDate(value, 2026)).toEqual({ year: 1986, month: 3, day: 12 });
    // Hijri dates, year first (Saudi HR systems): 1 Muharram 1446 was 7 July 2024 (the tabular calendar; Umm al-Qura's may differ by a day).
    expect(parseBirthDate('1446/01/01', 2026)).toEqual({ year: 2024, month: 7, day: 7 });
    expect(parseBirthDate('1397-05-11', 2026)).toEqual({ year: 1977, month: 4, day: 29 });
    expect(parseBirthDate('1446/13/01', 2026)).toBeUndefined();
    // A time after the date: Cerner's, and Salesforce Marketing Cloud's with AM or PM (QA round 100: its children missed).
    for (const value of ['26-NOV-1937 00:00:00', '11/26/1937 12:00:00 AM', '11/26/1937 0:00', '1937-11-26T00:00:00.000', '26.11.1937 12:00 pm']) {
      expect(parseBirthDate(value, 2026)).toEqual({ year: 1937, month: 11, day: 26 });
    }
    for (const value of ['yesterday', '42', 'abc-de-fg']) expect(isDateLike(value)).toBe(false);
  });
});

describe('unformatted numbers in unnamed columns', () => {
  it('marks Luhn-valid bare numbers as probable, and ignores them in id-like columns', () => {
    expect(detectValue('4111111111111111', column('value'))[0]?.certainty).toBe('probable');
    expect(detectValue('4111111111111111', column('order_id'))).toEqual([]);
    expect(detectValue('4111111111111111', column('card_number'))[0]?.certainty).toBe('validated');
    expect(detectValue('4111 1111 1111 1111', column('value'))[0]?.certainty).toBe('validated');
  });
});

describe('free text', () => {
  it('finds validated values inside text, one detection per occurrence', () => {
    const found = scanText(
      'Customer anna.schmidt@example.com paid with 4111 1111 1111 1111 from 198.51.100.7, ' +
        'SSN 536-22-4417, IBAN DE89 3704 0044 0532 0130 00, key AKIAIOSFODNN7EXAMPLE.',
    );
    expect(found.map((detection) => detection.detector).sort()).toEqual(
      ['aws-access-key-id', 'email', 'iban', 'ip-address', 'payment-card', 'us-ssn'].sort(),
    );
  });

  it('ignores invalid look-alikes in text', () => {
    expect(scanText('order 4111 1111 1111 1112 shipped to info@example. on 000-12-3456 ref DE89 3704 0044 0532 0130 01')).toEqual([]);
  });

  it('reads free text in a column that has its own category too', () => {
    expect(categoriesOf('Ring anna.schmidt@example.com re card', 'message_body').sort()).toEqual(['communications', 'contact']);
  });
});

describe('column names', () => {
  it('picks the person key: person ids before email before a bare id, then column order', () => {
    expect(pickSubjectKey(['id', 'email', 'customer_id', 'user_id'])).toBe('customer_id');
    expect(pickSubjectKey(['id', 'order_total', 'E-Mail'])).toBe('E-Mail');
    expect(pickSubjectKey(['id', 'order_total'])).toBe('id');
    // A marketplace's receipt is its buyer's; a payout list's seller is its person.
    expect(pickSubjectKey(['receipt_id', 'seller_email', 'buyer_email'])).toBe('buyer_email');
    expect(pickSubjectKey(['payout_id', 'seller_name', 'seller_email'])).toBe('seller_email');
    expect(pickSubjectKey(['PatientID', 'name'])).toBe('PatientID');
    expect(pickSubjectKey(['order_id', 'manager_email', 'amount'])).toBeUndefined();
    // Keys in other languages and short forms, before the email that some rows lack.
    expect(pickSubjectKey(['email', 'id_pacjenta'])).toBe('id_pacjenta');
    expect(pickSubjectKey(['email', 'emp_id'])).toBe('emp_id');
    expect(pickSubjectKey(['email', 'kundnummer'])).toBe('kundnummer');
    // A call record's subscriber, when nothing else identifies the person; never the called party.
    expect(pickSubjectKey(['record_id', 'msisdn_a', 'msisdn_b'])).toBe('msisdn_a');
    expect(pickSubjectKey(['record_id', 'msisdn_b'])).toBeUndefined();
    // A chat export's user, a device's pings: one account, one device, one person; the account first.
    expect(pickSubjectKey(['ts', 'text', 'user'])).toBe('user');
    expect(pickSubjectKey(['device_id', 'ts', 'lat', 'lon'])).toBe('device_id');
    expect(pickSubjectKey(['device_id', 'username'])).toBe('username');
    expect(pickSubjectKey(['invoice_no', 'amount', 'iban'])).toBe('iban');
    expect(pickSubjectKey(['customer_id', 'iban'])).toBe('customer_id');
  });

  it('reads sensitive facts told in words in notes, by distinctive words only', () => {
    const found = (text: string) => scanText(text).map((entry) => entry.category);
    expect(found('Patient reports depression since spring.')).toEqual(['health']);
    expect(found('Asked for halal meals on the flight.')).toEqual(['special-category']);
    expect(found('Released from prison in 2019.')).toEqual(['criminal']);
    expect(found('Lives on Church Street, prefers contact by email')).toEqual([]);
    // In German, French and English recruiters' and hotels' notes; compounds and inflected forms.
    for (const note of ['Rollstuhlfahrer, barrierefreier Arbeitsplatz nötig', 'Leidet an Multipler Sklerose', 'se déplace en fauteuil roulant', 'wheelchair accessible room', 'Coeliac: gluten-free only']) {
      expect(found(note), note).toEqual(['health']);
    }
    for (const note of ['Praktizierende Muslimin', 'Member of the Green Party cantonal council']) expect(found(note), note).toEqual(['special-category']);
    for (const note of ['Vorstrafe wegen Trunkenheit', 'Laufendes Strafverfahren wegen Körperverletzung']) expect(found(note), note).toEqual(['criminal']);
    expect(found('Member of the wedding party')).toEqual([]);
    for (const note of ["allergique à l'arachide", 'Allergie: Nüsse (schwer)', 'suivi oncologique en cours', 'Rollstuhlgerechtes Zimmer', 'Glutenunverträglichkeit']) {
      expect(found(note), note).toEqual(['health']);
    }
    for (const note of ['membre du syndicat FGTB', 'délégué syndical CSC']) expect(found(note), note).toEqual(['special-category']);
    expect(found('Réunion du syndicat de copropriété')).toEqual([]);
    // An absence's reason, an injury, a prescription exemption; a drink-driving arrest.
    for (const note of ['Back pain', 'Anxiety', 'Surgery - knee', 'Injuries: fractured left wrist', 'Medical exemption certificate', 'Flu', 'Covid-19', 'Hospital stay']) {
      expect(found(note), note).toEqual(['health']);
    }
    expect(found('Covid restrictions lifted at the depot')).toEqual([]);
    // The same words about a business, a place or a product say nothing of anyone's health, beliefs or past (QA round 22).
    for (const note of ['Wheelchair ramp installed at store entrance', 'Oncology ward supplies reorder due in Q1', 'Allergy season promotion at the counters',
      'Referred by Dr. Parkinson from the buying group', 'Parkinson Street depot closes at 4pm', 'Gluten intolerance labels needed on the bakery line',
      'Medical equipment catalogue sent to procurement', 'Please add an allergy filter to the recipe search', 'Feature request: coeliac friendly category',
      'Wedding party member (best man)', 'Party member discount applied', 'Customer in a European Union member state', 'Prison service framework tender',
      'Rollstuhlrampe am Eingang', 'Accès fauteuil roulant à l’entrée']) {
      expect(found(note), note).toEqual([]);
    }
    expect(found('Mein Mann hat Parkinson, Zimmer nahe am Aufzug')).toEqual(['health']);
    for (const note of ['Refused field sobriety test, DUI', 'Practice area: Criminal Defense']) expect(found(note), note).toEqual(['criminal']);
  });

  it('reads the GDPR Art. 9 and 10 categories in column names of more languages, and "none" answers in them as nothing', () => {
    const hints = (names: string[]) => names.map((name) => describeColumn(name).hint);
    expect(hints(['Parteimitgliedschaft', 'godsdienst', 'wyznanie', 'filiação sindical', 'gender_identity'])).toEqual(Array(5).fill('special-category'));
    expect(hints(['niepełnosprawność', 'gravidez', 'hba1c_percent', 'sick_leave_days', 'Krankheitstage', 'ehic_number'])).toEqual(Array(6).fill('health'));
    expect(hints(['dna_test_result', 'rs4680', 'iris_code', 'police_record', 'court_case_number', 'geohash', 'call_duration_s', 'email_subject']))
      .toEqual(['genetic', 'genetic', 'biometric', 'criminal', 'criminal', 'geohash', 'communications', 'communications']);
    expect(hints(['Disability_Accommodation', 'Medizinische Hinweise', 'covid_vaccinated', 'sick_leave_reason'])).toEqual(Array(4).fill('health'));
    expect(hints(['Health Card No', 'OHIP', 'dbs_check', 'background_check'])).toEqual(['health-insurance-number', 'health-insurance-number', 'criminal', 'criminal']);
    expect(hints(['last_match_offence', 'subscriber_id', 'policy_number'])).not.toContain('criminal');
    expect(hints(['subscriber_id', 'policy_number'])).not.toContain('health-insurance-number');
    for (const none of ['ohne', 'konfessionslos', 'nenhuma', 'declined', 'nie podano', 'prefiero no decirlo', 'wil ik niet zeggen', 'ne souhaite pas répondre']) {
      expect(categoriesOf(none, 'religion'), none).toEqual([]);
    }
    expect(categoriesOf('Catholic', 'religion')).toEqual(['special-category']);
    // A negative test result is a health fact, not a "no".
    expect(categoriesOf('negative', 'hiv_status')).toEqual(['health']);
    expect(categoriesOf('no', 'disability')).toEqual([]);
  });

  it('places no one by a nationality, a birth country or where a document or a licence was issued', () => {
    const hints = (names: string[]) => names.map((name) => describeColumn(name).hint);
    expect(hints(['nationality', 'country_of_birth', 'Issuing Country', 'kyc.document_country', 'passport_country', 'clinician.licenseState', 'citizenship']))
      .toEqual(Array(7).fill(undefined));
    expect(hints(['country', 'residence.country', 'state'])).toEqual(['country', 'country', 'us-state']);
  });

  it('reads column names of more languages and forms', () => {
    const hints = (names: string[]) => names.map((name) => describeColumn(name).hint);
    expect(hints(['förnamn', 'efternamn', 'dataNascimento', 'data_nascimento'])).toEqual(['person-name', 'person-name', 'date-of-birth', 'date-of-birth']);
    expect(hints(['Bruttogehalt', 'salary_inr', 'limiteCredito'])).toEqual(['financial', 'financial', 'financial']);
    expect(hints(['rozpoznanie', 'diagnos', 'SecurityAnswer'])).toEqual(['diagnosis', 'diagnosis', 'password']);
    // Names of things in nested exports are no person's; a region's name is a region.
    expect(hints(['labels.name', 'milestone.name', 'physicalDeliveryOfficeName', 'region_name'])).toEqual([undefined, undefined, undefined, 'region']);
  });

  it('prefers the longest matching phrase', () => {
    expect(describeColumn('email_address').hint).toBe('email');
    // The parties of a call record (A calls B) and a cell tower's id.
    expect([describeColumn('imsi_a').hint, describeColumn('msisdn_b').hint, describeColumn('cell_id').hint]).toEqual(['device-id', 'phone', undefined]);
    // A note or unit in brackets at the end (Google Workspace's "[Required]", a currency).
    expect([describeColumn('First Name [Required]').hint, describeColumn('Renda Mensal (R$)').hint]).toEqual(['person-name', 'financial']);
    expect(describeColumn('ip_address').hint).toBe('ip-address');
    expect(describeColumn('street_address').hint).toBe('postal-address');
    expect(describeColumn('customerEmail').hint).toBe('email');
    expect(describeColumn('phone_number_home').hint).toBe('phone');
    expect(describeColumn('last_login').hint).toBeUndefined();
  });

  it('marks other people\'s email columns', () => {
    expect(describeColumn('manager_email').thirdParty).toBe(true);
    expect(describeColumn('email').thirdParty).toBe(false);
  });
});

describe('jurisdictions', () => {
  it.each([
    ['DE', 'DE'], ['de', 'DE'], ['Germany', 'DE'], ['Deutschland', 'DE'], ['United States', 'US'], ['USA', 'US'],
    ['U.S.A.', 'US'], ['UK', 'GB'], ['United Kingdom', 'GB'], ['Côte d’Ivoire', 'CI'], ['South Korea', 'KR'],
    ['Czech Republic', 'CZ'], ['Hong Kong', 'HK'],
  ])('country %s is %s', (value, code) => expect(countryCodeOf(value)).toBe(code));

  it.each(['XX', 'EU', 'Atlantis', ''])('country %s is unknown', (value) => expect(countryCodeOf(value)).toBeUndefined());

  it('maps US states to ISO 3166-2 codes', () => {
    expect(usStateOf('CA')).toBe('US-CA');
    expect(usStateOf('ny')).toBe('US-NY');
    expect(usStateOf('California')).toBe('US-CA');
    expect(usStateOf('District of Columbia')).toBe('US-DC');
    expect(usStateOf('BY')).toBeUndefined();
    expect(usStateOf('Bavaria')).toBeUndefined();
  });
});

describe('machine fields of logs and cloud services (QA round 12b)', () => {
  it('reads no person\'s name in the name of a thing a log names', () => {
    for (const name of ['httpSourceName', 'source.geo.continent_name', 'userIdentity.sessionContext.roleSessionName', 'product_name', 'item_name']) {
      expect(describeColumn(name).hint, name).toBeUndefined();
    }
    for (const name of ['event.customer.name', 'contact_name', 'account_holder_name', 'first_name']) expect(describeColumn(name).hint, name).toBe('person-name');
  });

  it('reads a TLS client\'s fingerprint (JA3, JA4) as a device\'s identifier, not as biometric data', () => {
    expect(detectValue('t13d1516h2_e72aecfb67e8_e6ec7c1397ae', describeColumn('ja4Fingerprint')).map((found) => found.category)).toEqual(['online-identifier']);
    expect(detectValue('d0ed67c769ac2a9061ec83141bbc0424', describeColumn('ja3Fingerprint')).map((found) => found.category)).toEqual(['online-identifier']);
    expect(detectValue('template-7781', describeColumn('fingerprint_template')).map((found) => found.category)).toEqual(['biometric']);
  });

  it('reads an email\'s or an HTTP date as no one\'s, its "+0000" as no phone', () => {
    expect(detectValue('Fri, 30 Oct 2026 23:41:13 +0000', describeColumn('date_created'))).toEqual([]);
    expect(detectValue('Mon, 2 Nov 2026 08:00:00 GMT', describeColumn('notes'))).toEqual([]);
    // A time zone's offset after a time is no phone's "+"; a number after a time still is a phone.
    expect(detectValue('15/Nov/2026:08:00:03 +0000', describeColumn('requestTime'))).toEqual([]);
    expect(detectValue('Call me at 10:30 +49 151 23456789', describeColumn('notes')).map((found) => found.detector)).toEqual(['phone']);
  });

  it('reads a column named for two identifiers with both one\'s validators, and a name of two kinds by its first (QA round 18)', () => {
    const kinds = (value: string, column: string) => detectValue(value, describeColumn(column)).map((found) => found.detector);
    expect(kinds('412-37-5521', 'SSN/ITIN')).toEqual(['us-ssn']);
    expect(kinds('912-70-1234', 'SSN/ITIN')).toEqual(['us-itin']);
    expect(kinds('1234567T', 'PPSN / NI Number')).toEqual(['ie-ppsn']);
    expect(kinds('AB123456C', 'PPSN / NI Number')).toEqual(['uk-nino']);
    expect(kinds('131052-308T', 'Personnummer')).toEqual(['fi-henkilotunnus']); // Finland's number in Swedish
    expect(kinds('Roman Catholic', 'Religion or Belief')).toEqual(['special-category-column']);
    expect(kinds('Teamsters Local 705', 'Union Dues Deduction')).toEqual(['special-category-column']);
    expect(kinds('E11.9; I10', 'Active Problem List (ICD-10)')).toEqual(['icd10-code']);
  });

  it('reads a leave\'s type and a note for the health facts they tell, and a refusal as no answer (QA round 18)', () => {
    const kinds = (value: string, column: string) => classifyRecords([{ email: 'anna@example.org', [column]: value }]).categories.map((entry) => entry.category).filter((category) => category !== 'contact');
    expect(kinds('FMLA - own serious health condition', 'Leave Type')).toEqual(['health']);
    expect(kinds('Short-term disability: knee surgery', 'Leave Type')).toEqual(['health']);
    expect(kinds('Vacation', 'Leave Type')).toEqual([]);
    expect(kinds('Kunde liegt nach Herzinfarkt im Krankenhaus, Zahlungsaufschub gewährt.', 'Notiz')).toEqual(['health']);
    expect(kinds('Don\'t want to say', 'religion')).toEqual([]);
    // A definition of health data in a runbook's note is nobody's health.
    expect(kinds('information that identifies a person and relates to their health condition, health care or payment for it', 'note')).toEqual([]);
  });

  it('reads a card number in a note as a card, not also as a phone number of the record\'s country', () => {
    const note = "Asked for a refund; it's done, card 4111 1111 1111 1111";
    expect(detectValue(note, describeColumn('notes'), { country: 'DE' }).map((found) => found.detector)).toEqual(['payment-card']);
    expect(detectValue(`${note}, call +49 30 12345678`, describeColumn('notes'), { country: 'DE' }).map((found) => found.detector)).toEqual(['payment-card', 'phone']);
  });
});
