// A French DSN (déclaration sociale nominative), the monthly payroll declaration every employer in France files, as
// payroll software writes it: one rubric a line, its code and its value in quotes.
//
//   S10.G00.00.001,'Sage Paie & RH'          the sender (S10) and the declaration (S20): the software, the payroll office's contact
//   S21.G00.30.001,'1911269311907'            an employee (individu): NIR, names, birth, address, email, staff number
//   S21.G00.50.004,'2492.54'                  their pay (versement individu), S21.G00.51 its parts
//   S21.G00.60.001,'01'                       a sick leave (arrêt de travail) and its reason
//   S21.G00.73.006,'GIRARD'                   a dependant covered by their health insurance (ayant droit)
//
// Its people are its employees and their dependants, each a record. The rubrics read, from the DSN's technical
// specification (cahier technique, norme P26) as payroll tools that write it list them (secondary sources, unverified):
//   S21.G00.30  .001 NIR, .002 family name, .003 name in use, .004 first names, .006 birth date (DDMMYYYY), .007 place of
//               birth, .008 street, .009 postcode, .010 town, .011 country (written only abroad), .016 and .017 address
//               complements, .018 email, .019 staff number
//   S21.G00.50  .002 net taxable pay, .004 net pay paid
//   S21.G00.60  .001 the leave's reason: 01 illness, 04 commuting accident, 05 occupational disease, 06 work accident,
//               10 and 11 illnesses of the public service (02 maternity, 03 paternity, 07 pregnancy leave are not read as health)
//   S21.G00.73  .005 birth date, .006 family name, .007 NIR, .009 first names (.008, the insured employee's NIR, is theirs)
// A block begins again where its rubric numbers start over (a second sick leave, a second dependant). The sender's and
// the declaration's contacts (S10.G00.02, S20.G00.07) are the payroll office's, no one's here; the company's bank
// details (S21.G00.20) are the company's.

import { lineRecords, type LineReader, type TableBatch } from './table.js';

/** Whether text starts as a DSN does: its first rubric, the sending software's name. */
export const looksLikeDsn = (head: string): boolean => /^\uFEFF?S10\.G00\.00\.001,'/.test(head);

const RUBRIC = /^(S\d{2}\.G\d{2}\.\d{2})\.(\d{3}),'(.*)'\s*$/;

const EMPLOYEE_FIELDS: Readonly<Record<string, string>> = {
  '001': 'nir', '002': 'last_name', '003': 'name_in_use', '004': 'first_names', '006': 'date_of_birth', '007': 'place_of_birth',
  '008': 'street', '009': 'postal_code', '010': 'city', '011': 'country', '016': 'address_complement', '017': 'address_service', '018': 'email',
  '019': 'employee_number',
};
const DEPENDANT_FIELDS: Readonly<Record<string, string>> = { '005': 'date_of_birth', '006': 'last_name', '007': 'nir', '009': 'first_names' };
const PAY_FIELDS: Readonly<Record<string, string>> = { '002': 'net_taxable_salary', '004': 'net_salary' };
/** S21.G00.60.001's reasons that tell of an illness or an injury (see the file's comment). */
const SICK_LEAVE: Readonly<Record<string, string>> = {
  '01': 'maladie', '04': 'accident de trajet', '05': 'maladie professionnelle', '06': 'accident du travail', '10': 'maladie imputable au service', '11': 'maladie',
};

type Person = Record<string, string>;

/** A DSN date (DDMMYYYY) as an ISO date; the value as it is when it is none. */
function isoDate(text: string): string {
  const date = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  return date ? `${date[3]}-${date[2]}-${date[1]}` : text;
}

/** Reads a DSN's lines into its people (see the file's comment). */
class DsnReader implements LineReader {
  readonly records: Person[] = [];
  private employee: Person | undefined;
  private dependant: Person | undefined;
  private block = '';
  private field = '';

  line(text: string): void {
    const rubric = RUBRIC.exec(text);
    if (!rubric) return;
    const [, block = '', field = '', raw = ''] = rubric;
    const value = raw.trim();
    const again = block !== this.block || field <= this.field;
    this.block = block;
    this.field = field;
    if (block === 'S21.G00.30') {
      if (again) this.finish();
      if (again) this.employee = {};
      const name = EMPLOYEE_FIELDS[field];
      if (name !== undefined && value !== '' && this.employee) this.employee[name] = name === 'date_of_birth' ? isoDate(value) : value;
    } else if (!block.startsWith('S21.')) {
      this.finish();
    } else if (this.employee === undefined) {
      return; // the company's and its establishment's blocks
    } else if (block === 'S21.G00.50') {
      const name = PAY_FIELDS[field];
      if (name !== undefined && value !== '') this.employee[name] = value;
    } else if (block === 'S21.G00.60' && field === '001') {
      const reason = SICK_LEAVE[value];
      if (reason !== undefined) this.employee.sick_leave_reason = this.employee.sick_leave_reason ? `${this.employee.sick_leave_reason} | ${reason}` : reason;
    } else if (block === 'S21.G00.73') {
      if (again) this.finishDependant();
      this.dependant ??= {};
      const name = DEPENDANT_FIELDS[field];
      if (name !== undefined && value !== '') this.dependant[name] = name === 'date_of_birth' ? isoDate(value) : value;
    }
  }

  /** Ends the employee being read, and their dependant. */
  finish(): void {
    this.finishDependant();
    if (this.employee === undefined) return;
    this.employee.country ??= 'FR';
    this.records.push(this.employee);
    this.employee = undefined;
  }

  private finishDependant(): void {
    if (this.dependant === undefined) return;
    // A dependant lives where the employee they are covered with does, as far as the declaration tells.
    if (Object.keys(this.dependant).length > 0) this.records.push({ ...this.dependant, country: this.employee?.country ?? 'FR' });
    this.dependant = undefined;
  }
}

/** The people of a DSN (see the file's comment), in batches. */
export function dsnTable(text: AsyncIterable<Buffer | string>, describe: string): AsyncGenerator<TableBatch> {
  return lineRecords(text, describe, 'DSN', new DsnReader());
}
