// A PNR display's passengers (QA round 99: an Amadeus-style dump was read as a person per line with an email or a phone,
// 300 people for 361 passengers with their passports, cards and 115 children missing; then refused).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { pnrPassengers } from '../../../lambdas/classify/pnr.js';

// Fictitious people; the card is a Luhn-valid test number, the phones valid numbers of their countries.
const FAMILY = [
  'RP/PARAF08AA/PARAF08AA            AA/SU  12NOV26/1004Z   7XK2LM',
  '  1.DUPONT/JEAN MR   2.DUPONT/MARIE MRS   3.DUPONT/LEA MISS(CHD/12MAR18)',
  '  4  AF 006 Y 20DEC 7 CDGJFK HK3  1030 1300  20DEC  E  AF/7XK2LM',
  '  5 AP PAR +33 6 42 68 53 01 - M',
  '  6 APE JEAN.DUPONT@ORANGE.EXAMPLE',
  '  7 TK OK12NOV/PARAF08AA',
  '  8 SSR DOCS AF HK1 P/FRA/19AB12345/FRA/05MAY80/M/12DEC30/DUPONT/JEAN/P1',
  '  9 SSR DOCS AF HK1 P/FRA/18CD54321/FRA/17JUL82/F/03FEB29/DUPONT/MARIE/P2',
  ' 10 SSR WCHR AF HK1/S4/P2',
  ' 11 FP CCVI4111111111111111/1228',
  ' 12 RM NOTIFY PAX OF SCHEDULE CHANGES BY SMS',
];
const LAP_INFANT = [
  'RP/FRALH08XY/FRALH08XY            JD/GS  14NOV26/0812Z   Q2MN7P',
  '  1.WEBER/ANNA MRS(INFNOAH/04JUN25)   2.WEBER/LUKAS MR',
  '  3  LH 400 Y 02DEC 3 FRAJFK HK2  1030 1300  02DEC  E  LH/Q2MN7P',
  '  4 AP FRA +49 151 23456789 - M',
  '  5 SSR DOCS LH HK1 P/DEU/C4J7K2M9P/DEU/03JUN87/F/12NOV30/WEBER/ANNA/P1',
  '  6 SSR DOCS LH HK1 P/DEU/KXH8LYXXH/DEU/12MAR85/M/02MAY31/WEBER/LUKAS/P2',
  '  7 SSR INFT LH HK1 WEBER/NOAH 04JUN25/S3/P1',
  '  8 SSR DOCS LH HK1 P/DEU/CF8RT21XN/DEU/04JUN25/MI/12NOV30/WEBER/NOAH/P1',
  '  9 SSR KSML LH HK1/S3/P2',
  ' 10 SSR DOCA LH HK1 R/AUT/RINGSTRASSE 1/WIEN//1010/P2',
  ' 11 FP CASH',
];

describe('a PNR display', () => {
  it("reads each passenger as a record, with the elements that name them, the PNR's contact and card the lead's", () => {
    expect(pnrPassengers(FAMILY)).toEqual([
      { country: 'FR', surname: 'DUPONT', given_names: 'JEAN', title: 'MR', phone: '+33 6 42 68 53 01', email: 'JEAN.DUPONT@ORANGE.EXAMPLE',
        passport_number: '19AB12345', identity_document_type: 'P', identity_document_issuing_country: 'FRA', nationality: 'FRA',
        date_of_birth: '1980-05-05', gender: 'M', identity_document_expiry: '12DEC30', form_of_payment: 'CCVI4111111111111111/1228',
        remarks: 'NOTIFY PAX OF SCHEDULE CHANGES BY SMS' },
      { country: 'FR', surname: 'DUPONT', given_names: 'MARIE', title: 'MRS', passport_number: '18CD54321', identity_document_type: 'P',
        identity_document_issuing_country: 'FRA', nationality: 'FRA', date_of_birth: '1982-07-17', gender: 'F', identity_document_expiry: '03FEB29',
        special_service_requests: 'WCHR' },
      { country: 'FR', surname: 'DUPONT', given_names: 'LEA', title: 'MISS', date_of_birth: '2018-03-12' },
    ]);
  });

  it("reads a lap infant as a passenger of its own, its passport not its adult's, and a residence over the contact's country", () => {
    const [anna, noah, lukas] = pnrPassengers(LAP_INFANT);
    expect(anna).toMatchObject({ country: 'DE', given_names: 'ANNA', passport_number: 'C4J7K2M9P', date_of_birth: '1987-06-03' });
    expect(noah).toEqual({ country: 'DE', surname: 'WEBER', given_names: 'NOAH', date_of_birth: '2025-06-04', passport_number: 'CF8RT21XN',
      identity_document_type: 'P', identity_document_issuing_country: 'DEU', nationality: 'DEU', gender: 'M', identity_document_expiry: '12NOV30' });
    expect(lukas).toMatchObject({ country: 'AUT', street: 'RINGSTRASSE 1', city: 'WIEN', postal_code: '1010', special_service_requests: 'KSML' });
  });

  it('is classified as its passengers: their documents, the card, the children, health and belief from service codes (both thread counts)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pnr-')), 'queue_print.txt');
    writeFileSync(file, `${[...FAMILY, '', ...LAP_INFANT].join('\n')}\n`);
    for (const workers of [1, 2]) {
      const { classification } = await classifyFile(file, { workers, parallelFromBytes: 0, asOf: new Date('2026-11-25T00:00:00Z') });
      expect(classification.recordsScanned).toBe(6);
      expect(Object.fromEntries(classification.categories.map((c) => [c.category, c.subjects]))).toEqual({
        identity: 6, contact: 3 /* the leads' phones and emails, Lukas' address */, 'government-id': 5, 'payment-card': 1, health: 1, 'special-category': 1 });
      expect(classification.children).toMatchObject({ under13: 2 });
      expect(Object.fromEntries((classification.jurisdictionCounts ?? []).map((j) => [j.jurisdiction, j.subjects]))).toEqual({ FR: 3, DE: 2, AT: 1 });
    }
    // Saved with a byte order mark (Windows Notepad's UTF-8): its first PNR still read (the line readers' textLines drops the mark).
    writeFileSync(file, `\uFEFF${[...FAMILY, '', ...LAP_INFANT].join('\r\n')}\r\n`);
    expect((await classifyFile(file, { workers: 1, asOf: new Date('2026-11-25T00:00:00Z') })).classification.recordsScanned).toBe(6);
  });
});
