// An airline reservation system's PNR display, as Amadeus' cryptic form prints it (`RT`), one PNR
// after another (a queue print, a screen scrape):
//
//   RP/PARAF08AA/PARAF08AA            AA/SU  12NOV26/1004Z   7XK2LM
//     1.DUPONT/JEAN MR   2.DUPONT/LEA MISS(CHD/12MAR18)   3.WEBER/ANNA MRS(INFNOAH/04JUN25)
//     4  AF 006 Y 20DEC 7 CDGJFK HK3  1030 1300  20DEC  E  AF/7XK2LM
//     5 AP PAR +33 6 42 68 53 01 - M
//     6 APE JEAN.DUPONT@ORANGE.FR
//     7 SSR DOCS AF HK1 P/FRA/19AB12345/FRA/05MAY80/M/12DEC30/DUPONT/JEAN/P1
//     8 SSR WCHR AF HK1/S4/P2
//     9 FP CCVI4147202345678906/1228
//
// Its people are its passengers (the name elements; a lap infant in its adult's "(INF...)"), so each
// passenger is a record, with what the PNR's elements say of them: an element names its passenger
// ("/P2"), else it is the PNR's. Element layouts follow IATA's AIRIMP as airlines and GDS vendors
// publish them (secondary sources, unverified):
//   SSR DOCS  type/issuer/number/nationality/birth date/sex (MI, FI: an infant's)/expiry/surname/given names (dates as written: 05MAY80)
//   SSR DOCA  R (residence) or D (destination)/country/street/city/state/postcode
//   SSR DOCO  a visa: place of birth/V/number/place of issue/date of issue
//   SSR FOID  PP (passport), NI (national id) or CC (card) and its number
//   SSR INFT  a lap infant's surname/given names and birth date; SSR CHLD a child's birth date
//   SSR CTCE  an email, "//" for "@", ".." for "_", "./" for "-"; SSR CTCM a mobile number with its calling code
//   SSR FQTV  a frequent flyer number; other SSRs are service codes (a wheelchair, a religious meal: see SSR_HEALTH)
//   AP, APE, APM, APH, APB, APN  the contact's phone or email: the PNR's (its lead passenger's) unless it names one
//   FP CC...  the form of payment, a card and its expiry; RM, RC, RIR, OSI  remarks, the lead passenger's
// A PNR's passengers travel together: they are placed where its contact's phone is (as a booking's companions
// with their booker), unless their own residence (SSR DOCA R) says otherwise.

import { ValidationError } from '../shared/errors.js';
import { parseBirthDate } from './detectors.js';
import { phoneNumberVerdict } from './phone.js';
import { lineRecords, type LineReader, type TableBatch } from './table.js';

/** A PNR display's first line: "RP/" and its office id. */
const PNR_HEADER = /^RP\/[A-Z0-9]{6,9}\//;

/** Whether text starts with a PNR display (perhaps after its command's echo: ">RT7XK2LM"). */
export const looksLikePnrDisplay = (head: string): boolean => /^\uFEFF?(?:\s*>[^\n]*\n)?\s*RP\/[A-Z0-9]{6,9}\//.test(head);

type Passenger = Record<string, string>;

/**
 * A birth date as written in a PNR ("05MAY80") as an ISO date, its two-digit year the latest not after the PNR's (see
 * parseBirthDate). Undefined when it is no date.
 */
function birthDate(text: string | undefined, year: number): string | undefined {
  const date = /^\d{2}[A-Z]{3}\d{2}$/.test(text?.trim() ?? '') ? parseBirthDate(text as string, year) : undefined;
  return date === undefined ? undefined : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** What an SSR DOCS element's fields say of its holder: type/issuer/number/nationality/birth date/sex/expiry/surname/given names. */
export interface TravelDocument {
  readonly fields: ReadonlyArray<readonly [string, string]>;
  readonly birth?: string;
  readonly infant: boolean;
  readonly surname?: string;
  readonly givenNames?: string;
}

/** An SSR DOCS element's fields ("P/FRA/19AB12345/FRA/05MAY80/M/12DEC30/DUPONT/JEAN") read as columns its holder's record has. */
export function travelDocument(fields: readonly string[], year: number): TravelDocument {
  const [type = '', issuer = '', number = '', nationality = '', birth, sex = '', expiry = '', surname, ...given] = fields;
  const read: Array<readonly [string, string]> = [[type === 'P' ? 'passport_number' : 'identity_document_number', number],
    ['identity_document_type', type], ['identity_document_issuing_country', issuer], ['nationality', nationality],
    ['gender', sex.slice(0, 1)], ['identity_document_expiry', expiry]];
  return { fields: read.filter(([, value]) => value.trim() !== ''), birth: birthDate(birth, year), infant: sex.endsWith('I') && sex.length === 2,
    surname: surname || undefined, givenNames: given.length > 0 ? given.join(' ') : undefined };
}

/**
 * An SSR DOCS element as a passenger list's cell holds it, with or without its code, airline and status
 * ("SSR DOCS BA HK1 P/GBR/245890298/GBR/27DEC86/M/15JAN33/WRIGHT/CHARLIE", "P/GBR/245890298/GBR/27DEC86/M/..."): its fields.
 */
const DOCS_CELL = /^\s*(?:SSR\s+)?(?:DOCS\s+(?:[A-Z0-9]{2}\s+)?(?:[A-Z]{2}\d{0,3}\s*)?\/?)?\s*([PIACFMV]{1,2}\/[A-Z]{3}\/[A-Z0-9]{3,20}\/[A-Z]{3}\/\d{2}[A-Z]{3}\d{2}\/[MFUX]I?\/.*)$/;

export function docsCellFields(value: string): string[] | undefined {
  const match = DOCS_CELL.exec(value);
  return match ? (match[1] ?? '').replace(/\/P\d{1,3}\s*$/, '').split('/') : undefined;
}

/** A name element: "1.DUPONT/JEAN MR", perhaps "(CHD/12MAR18)", "(INFNOAH/04JUN25)" or "(INFMUELLER/NOAH/04JUN25)" after it. */
const NAME_ELEMENT = /(?:^|\s)(\d{1,3})\.([A-Z][A-Z' -]*?)\/([A-Z][A-Z' -]*?)((?:\([^)]*\))*)(?=\s{2,}\d{1,3}\.|\s*$)/g;
const TITLE = /\s+(MR|MRS|MS|MISS|MSTR|DR|PROF|REV|CHD|INF)$/;
/** An element: its number, its code and the rest ("  5 AP PAR +33 6..."); a flight segment's code is its airline's. */
const ELEMENT = /^\s*(\d{1,3})\s+([A-Z]{2,4})\b\s*(.*)$/;
/** What an element is about: "/P2", "/P1-3", "/P1,3" at its end (after its segments: "/S4/P2"). */
const ASSOCIATION = /\/P(\d{1,3}(?:[-,]\d{1,3})*)\s*$/;

function passengerNumbers(association: string): number[] {
  const numbers: number[] = [];
  for (const part of association.split(',')) {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined) continue;
    for (let n = from; n <= (to ?? from) && n - from < 99; n++) numbers.push(n);
  }
  return numbers;
}

/** Appends `value` to a passenger's field (a second phone, a second service code). */
function add(passenger: Passenger, field: string, value: string | undefined): void {
  const text = value?.trim();
  if (!text) return;
  const before = passenger[field];
  passenger[field] = before === undefined ? text : before.split(' | ').includes(text) ? before : `${before} | ${text}`;
}

/** The passenger records of one PNR's lines (the first its "RP/" line). */
export function pnrPassengers(lines: readonly string[]): Passenger[] {
  const header = /\s(\d{2}[A-Z]{3}(\d{2}))\/\d{4}Z/.exec(lines[0] ?? '');
  const year = header?.[2] !== undefined ? 2000 + Number(header[2]) : new Date().getUTCFullYear();
  const passengers = new Map<number, Passenger>();
  const infants = new Map<number, Passenger>();
  const elements: Array<{ code: string; text: string }> = [];
  let namesDone = false;
  for (const line of lines.slice(1)) {
    if (!namesDone && /^\s*\d{1,3}\.[A-Z]/.test(line)) {
      for (const match of line.matchAll(NAME_ELEMENT)) {
        const number = Number(match[1]);
        const given = (match[3] ?? '').trim();
        const title = TITLE.exec(given);
        const passenger: Passenger = { surname: (match[2] ?? '').trim(), given_names: title ? given.slice(0, title.index) : given };
        if (title?.[1] !== undefined) passenger.title = title[1];
        for (const [, inside = ''] of (match[4] ?? '').matchAll(/\(([^)]*)\)/g)) {
          const child = /^CHD\/(\d{2}[A-Z]{3}\d{2})$/.exec(inside);
          const birth = birthDate(child?.[1], year);
          if (birth !== undefined) passenger.date_of_birth = birth;
          const infant = /^INF([A-Z' -]*?)(?:\/([A-Z' -]+?))?(?:\/(\d{2}[A-Z]{3}\d{2}))?$/.exec(inside);
          if (infant) {
            const named: Passenger = infant[2] !== undefined
              ? { surname: infant[1] ?? '', given_names: infant[2] }
              : { surname: passenger.surname ?? '', given_names: infant[1] ?? '' };
            const infantBirth = birthDate(infant[3], year);
            if (infantBirth !== undefined) named.date_of_birth = infantBirth;
            infants.set(number, named);
          }
        }
        passengers.set(number, passenger);
      }
      continue;
    }
    const element = ELEMENT.exec(line);
    if (element) {
      namesDone = true;
      elements.push({ code: element[2] ?? '', text: (element[3] ?? '').trim() });
    } else if (namesDone && /^\s{4,}\S/.test(line) && elements.length > 0) {
      const last = elements[elements.length - 1] as { code: string; text: string };
      last.text += line.trim(); // an element continued on the next line
    }
  }
  if (passengers.size === 0) return [];
  const lead = passengers.get(Math.min(...passengers.keys())) as Passenger;
  const infantOf = (number: number): Passenger => {
    let infant = infants.get(number);
    if (infant === undefined) {
      infant = { surname: passengers.get(number)?.surname ?? '' };
      infants.set(number, infant);
    }
    return infant;
  };
  /** The passengers an element names, else (`pnrWide`) all of them or the lead. */
  const about = (text: string, pnrWide: 'all' | 'lead'): { targets: Passenger[]; numbers: number[]; rest: string } => {
    const association = ASSOCIATION.exec(text);
    const numbers = association?.[1] !== undefined ? passengerNumbers(association[1]).filter((n) => passengers.has(n)) : [];
    const rest = association ? text.slice(0, association.index) : text;
    if (numbers.length > 0) return { targets: numbers.map((n) => passengers.get(n) as Passenger), numbers, rest };
    return { targets: pnrWide === 'all' ? [...passengers.values()] : [lead], numbers: [], rest };
  };
  for (const { code, text } of elements) {
    if (code === 'AP' || code === 'APE' || code === 'APM' || code === 'APH' || code === 'APB' || code === 'APN') {
      const { targets, rest } = about(text, 'lead');
      // "PAR +33 6 42 68 53 01 - M": a city, the number, its kind; "E+JEAN@X.FR/EN" (APN): a notification's.
      const value = rest.replace(/^[A-Z]{3}\s+(?=[+\d(])/, '').replace(/\s*-\s*[A-Z]$/, '').replace(/^[EM]\+/, '').replace(/\/[A-Z]{2}$/, '').trim();
      for (const target of targets) add(target, value.includes('@') ? 'email' : 'phone', value);
    } else if (code === 'FP') {
      const { targets, rest } = about(text, 'lead');
      if (/^(?:O\/)?CC/.test(rest)) for (const target of targets) add(target, 'form_of_payment', rest.replace(/^O\//, ''));
    } else if (code === 'RM' || code === 'RC' || code === 'RIR' || code === 'OSI') {
      const { targets, rest } = about(text, 'lead');
      for (const target of targets) add(target, 'remarks', rest);
    } else if (code === 'SSR') {
      ssr(text);
    }
  }

  function ssr(text: string): void {
    const match = /^([A-Z]{4})\s+(?:[A-Z0-9]{2}\s+)?(?:[A-Z]{2}\d{0,3})?\s*\/?\s*(.*)$/.exec(text);
    if (!match) return;
    const code = match[1] ?? '';
    const { targets, numbers, rest } = about(match[2] ?? '', code === 'DOCS' || code === 'DOCA' || code === 'FOID' || code === 'DOCO' ? 'lead' : 'all');
    const fields = rest.replace(/^\//, '').split('/');
    switch (code) {
      case 'DOCS': {
        // "MI" or "FI" as its sex: the infant's.
        const document = travelDocument(fields, year);
        const holders = document.infant ? (numbers.length > 0 ? numbers : [Math.min(...passengers.keys())]).map(infantOf) : targets;
        for (const holder of holders) {
          for (const [field, value] of document.fields) add(holder, field, value);
          if (document.birth !== undefined && holder.date_of_birth === undefined) holder.date_of_birth = document.birth;
          if (document.infant) {
            if (document.surname) holder.surname = document.surname;
            if (document.givenNames && holder.given_names === undefined) holder.given_names = document.givenNames;
          }
        }
        break;
      }
      case 'DOCA': {
        const [kind, country, street, city, state, postcode] = fields;
        if (kind !== 'R') break; // a destination's address is a hotel's
        for (const target of targets) {
          target.residence_country = country ?? '';
          add(target, 'street', street);
          add(target, 'city', city);
          add(target, 'state', state);
          add(target, 'postal_code', postcode);
        }
        break;
      }
      case 'DOCO':
        for (const target of targets) if (fields[1] === 'V') add(target, 'visa_number', fields[2]);
        break;
      case 'FOID': {
        const id = /^(PP|NI|CC|ID)(.+)$/.exec(rest.trim());
        if (id) for (const target of targets) add(target, id[1] === 'PP' ? 'passport_number' : id[1] === 'CC' ? 'form_of_payment' : 'identity_document_number', id[1] === 'CC' ? `CC${id[2]}` : id[2]);
        break;
      }
      case 'INFT': {
        // "WEBER/NOAH 04JUN25/S3": the infant travelling on the named adult's lap.
        const infant = /^([A-Z' -]+)\/([A-Z' -]+?)\s+(\d{2}[A-Z]{3}\d{2})/.exec(rest.trim());
        for (const number of numbers.length > 0 ? numbers : [Math.min(...passengers.keys())]) {
          const held = infantOf(number);
          if (infant) {
            held.surname = infant[1] ?? held.surname ?? '';
            held.given_names ??= infant[2] ?? '';
            held.date_of_birth ??= birthDate(infant[3], year) ?? '';
          }
        }
        break;
      }
      case 'CHLD': {
        const birth = birthDate(/(\d{2}[A-Z]{3}\d{2})/.exec(rest)?.[1], year);
        if (birth !== undefined && numbers.length > 0) for (const target of targets) target.date_of_birth ??= birth;
        break;
      }
      case 'CTCE':
        for (const target of targets) add(target, 'email', (fields[0] ?? '').replace('//', '@').replace(/\.\./g, '_').replace(/\.\//g, '-'));
        break;
      case 'CTCM':
        for (const target of targets) add(target, 'phone', /^\d+$/.test(fields[0] ?? '') ? `+${fields[0]}` : fields[0]);
        break;
      case 'FQTV':
        for (const target of targets) add(target, 'frequent_flyer_number', rest.trim());
        break;
      default:
        for (const target of targets) add(target, 'special_service_requests', code);
    }
  }

  // Where the PNR's contact's phone is, for its passengers who give no residence of their own.
  const phone = lead.phone?.split(' | ')[0];
  const country = phone !== undefined ? phoneNumberVerdict(phone).country : undefined;
  const records: Passenger[] = [];
  for (const [number, passenger] of passengers) {
    records.push(passenger);
    const infant = infants.get(number);
    if (infant !== undefined && (infant.given_names !== undefined || infant.date_of_birth !== undefined)) records.push(infant);
  }
  return records.map(({ residence_country: own, ...record }) => (own || country !== undefined ? { country: own || (country as string), ...record } : record));
}

/** Reads a PNR display's lines into its passengers, a PNR at a time (each from its "RP/" line). */
class PnrReader implements LineReader {
  readonly records: Passenger[] = [];
  private pnr: string[] | undefined;

  constructor(private readonly describe: string) {}

  line(text: string): void {
    if (PNR_HEADER.test(text)) {
      this.finish();
      this.pnr = [text];
    } else if (this.pnr !== undefined) {
      if (this.pnr.length > 10_000) throw new ValidationError(`${this.describe} has a PNR of more than 10,000 lines: it is no PNR display`);
      this.pnr.push(text);
    }
  }

  finish(): void {
    if (this.pnr !== undefined) this.records.push(...pnrPassengers(this.pnr));
    this.pnr = undefined;
  }
}

/** The passengers of a PNR dump (see the file's comment), in batches; lines before the first "RP/" are no PNR's. */
export function pnrTable(text: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  return lineRecords(text, describe, 'PNR display', new PnrReader(describe));
}
