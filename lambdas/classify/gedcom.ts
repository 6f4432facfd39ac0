// A family tree as genealogy software exports it: GEDCOM 5.5 and 5.5.1 (FamilySearch's specification), a line a fact,
// its level, perhaps a record's id, its tag and its value:
//
//   0 @I4@ INDI
//   1 NAME Lily /Fletcher/           the surname between slashes
//   1 BIRT                           an event, its date and place a level below
//   2 DATE 21 AUG 2017
//   1 RESI                           a residence and its address
//   2 ADDR 12 Park Lane
//   3 CITY Leeds
//   3 CTRY England
//   1 DEAT                           a death: no living person
//
// Its people are its individuals (INDI records) who are alive: not one with a death or a burial (DEAT, BURI), nor one born
// more than 110 years ago (as genealogy software judges who is living; GDPR's Recital 27: the data of deceased persons is not
// personal data). Each is a record with their name, sex, birth date and place, residence, email, phone, religion (RELI) and notes.
// The submitter (SUBM) and the families (FAM) are no records; the header (HEAD) neither.

import { lineRecords, type LineReader, type TableBatch } from './table.js';

/** Whether text starts as a GEDCOM file does: its header record. */
export const looksLikeGedcom = (head: string): boolean => /^\uFEFF?0 HEAD\s*\r?\n/.test(head);

const LINE = /^\s*(\d{1,2})\s+(?:(@[^@]+@)\s+)?([A-Za-z0-9_]+)(?:\s(.*))?$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** How old a person without a death can be and still be counted living (see the file's comment). */
const LIVING_YEARS = 110;

type Individual = Record<string, string>;

/** A GEDCOM date ("21 AUG 2017", "ABT 1950", "MAR 1921") as an ISO date, else its year as written; undefined when neither. */
function birthOf(date: string): { iso?: string; year?: string } {
  const text = date.trim().toUpperCase().replace(/^(?:ABT|ABOUT|EST|CAL|BEF|AFT|CIRCA|C\.)\s+/, '');
  const full = /^(\d{1,2}) ([A-Z]{3}) (\d{4})$/.exec(text);
  const month = full ? MONTHS.indexOf(full[2] ?? '') + 1 : 0;
  if (full && month > 0) return { iso: `${full[3]}-${String(month).padStart(2, '0')}-${(full[1] ?? '').padStart(2, '0')}` };
  const year = /(?:^|\s)(\d{4})$/.exec(text)?.[1];
  return year === undefined ? {} : { year };
}

/** Reads a GEDCOM's lines into its living individuals (see the file's comment). */
class GedcomReader implements LineReader {
  readonly records: Individual[] = [];
  private individual: Individual | undefined;
  private deceased = false;
  /** The tags of the lines above the current one, by level ("BIRT" at 1 above "DATE" at 2). */
  private readonly path: string[] = [];

  constructor(private readonly year: number) {}

  line(text: string): void {
    const parsed = LINE.exec(text);
    if (!parsed) return;
    const level = Number(parsed[1]);
    const tag = (parsed[3] ?? '').toUpperCase();
    const value = (parsed[4] ?? '').trim();
    this.path.length = level;
    this.path[level] = tag;
    if (level === 0) {
      this.finish();
      if (tag === 'INDI') this.individual = {};
      return;
    }
    const person = this.individual;
    if (person === undefined) return;
    const parent = this.path[level - 1];
    if (tag === 'CONT' || tag === 'CONC') {
      const field = parent === 'NOTE' ? 'notes' : parent === 'ADDR' ? 'street' : undefined;
      if (field !== undefined && person[field] !== undefined && value !== '') person[field] += `${tag === 'CONT' ? ' ' : ''}${value}`;
      return;
    }
    if (level === 1 && (tag === 'DEAT' || tag === 'BURI' || tag === 'CREM')) this.deceased = true;
    const add = (field: string): void => {
      if (value !== '') person[field] = person[field] === undefined ? value : `${person[field]} | ${value}`;
    };
    if (level === 1) {
      if (tag === 'NAME' && person.given_names === undefined) {
        const name = /^([^/]*)\/([^/]*)\/?(.*)$/.exec(value);
        if (name) {
          if (name[1]?.trim()) person.given_names = name[1].trim();
          if (name[2]?.trim()) person.surname = name[2].trim();
        } else if (value !== '') person.full_name = value;
      } else if (tag === 'SEX') add('sex');
      else if (tag === 'EMAIL') add('email');
      else if (tag === 'PHON') add('phone');
      else if (tag === 'RELI') add('religion');
      else if (tag === 'NOTE' && !value.startsWith('@')) add('notes');
      else if (tag === 'OCCU') add('occupation');
      else if (tag === 'ADDR') add('street');
      return;
    }
    const event = this.path[1];
    if (event === 'BIRT' && level === 2 && tag === 'DATE') {
      const { iso, year } = birthOf(value);
      if (iso !== undefined) person.date_of_birth ??= iso;
      else if (year !== undefined) person.year_of_birth ??= year;
    } else if (event === 'BIRT' && level === 2 && tag === 'PLAC') person.place_of_birth ??= value;
    else if ((event === 'RESI' || event === 'ADDR') && value !== '') {
      if (tag === 'ADDR') add('street');
      else if (tag === 'CITY') add('city');
      else if (tag === 'STAE') add('state');
      else if (tag === 'POST') add('postal_code');
      else if (tag === 'CTRY') add('country');
      else if (tag === 'EMAIL') add('email');
      else if (tag === 'PHON') add('phone');
    }
  }

  /** Ends the individual being read: kept when living. */
  finish(): void {
    const person = this.individual;
    this.individual = undefined;
    const deceased = this.deceased;
    this.deceased = false;
    if (person === undefined || deceased) return;
    const born = Number((person.date_of_birth ?? person.year_of_birth ?? '').slice(0, 4));
    if (born > 0 && this.year - born > LIVING_YEARS) return;
    if (Object.keys(person).length > 0) this.records.push(person);
  }
}

/** The living individuals of a GEDCOM file (see the file's comment), in batches. */
export function gedcomTable(text: AsyncIterable<Buffer | string>, describe: string, asOf: Date = new Date()): AsyncGenerator<TableBatch> {
  return lineRecords(text, describe, 'GEDCOM file', new GedcomReader(asOf.getUTCFullYear()));
}
