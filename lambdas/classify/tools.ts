// Field names that particular tools write bare, read as what they hold in that tool's exports: Jira's "Reporter" is the
// reporter's display name, ServiceNow's "caller_id" the caller's, Entra's sign-ins' "User" the user's, Odoo's "user_id" the salesperson's and its
// "country_id/name" the country's, SAP's "LAND1" the country, OneRoster's "asian" a race, SendGrid's "username" its sending account;
// an X12 transaction's fields without their loop and segment, Dynamics 365's "(Do Not Modify)" columns, Blackboard's labels
// without their column ids. Only where the export's other columns show the tool, so that a bare "Reporter" or "user_id"
// elsewhere keeps its usual reading. The file's own names are still the ones shown (see RecordClassifier.setColumns). Also
// what a header is judged by (see looksLikeHeader).

/**
 * Jira's CSV export ("Export CSV (all fields)"): each issue's key beside its people's display names. The reporter is the
 * request's person; the assignee and the creator stay unread, as other tools' agents and owners are.
 */
const JIRA: Readonly<Record<string, string>> = { Reporter: 'Requester Name' };

/** ServiceNow's list export (incident, sc_req_item) with display values: its reference fields hold a user's or a site's name (its agents' unread). */
const SERVICENOW: Readonly<Record<string, string>> = {
  caller_id: 'Caller Name', requested_for: 'Requested For Name',
  // A site of the organisation's (cmn_location: "Berlin HQ"), no one's address.
  location: 'Office Location',
};

/** Entra ID's sign-in log as the portal downloads it: its bare "User" is the user's display name, beside their "User ID" and "Username". */
const ENTRA_SIGN_INS: Readonly<Record<string, string>> = { User: 'User Display Name' };

/**
 * Odoo's export dialog: a many2one field is its record's display name ("partner_id": "Kraus Bau GmbH, Anna Weber"), a
 * subfield after a slash ("partner_id/email", "country_id/name"). A document's partner is its customer, its user_id the
 * salesperson responsible; a contact's parent_id its company.
 */
const ODOO: Readonly<Record<string, string>> = {
  partner_id: 'Customer Name', 'partner_id/name': 'Customer Name', 'partner_id/display_name': 'Customer Name', 'partner_id/email': 'Customer Email',
  'partner_id/phone': 'Customer Phone', 'partner_id/mobile': 'Customer Mobile', 'partner_id/street': 'Customer Street', 'partner_id/zip': 'Customer Zip',
  'partner_id/city': 'Customer City', 'partner_id/country_id': 'Customer Country', 'partner_id/vat': 'Customer VAT Number',
  user_id: 'Sales Rep Name', 'user_id/name': 'Sales Rep Name', 'user_id/login': 'Sales Rep Email', 'user_id/email': 'Sales Rep Email',
  'parent_id/name': 'Company Name', 'parent_id/id': 'Company ID', 'commercial_partner_id': 'Company Name', 'company_id': 'Company Name',
};
const ODOO_SUBFIELD = /^[a-z][a-z0-9_]*_ids?\/[a-z][a-z0-9_]*$/;
const ODOO_DISPLAY_NAME = /^([a-z][a-z0-9_]*_id)\/(?:name|display_name)$/;

/**
 * SAP's tables under their technical field names, as SE16N saves them (KNA1 customers, LFA1 vendors, ADRC/ADR6 addresses, the
 * HR infotypes PA0002 and PA0006): read as SE16N's German labels for them are.
 */
const SAP: Readonly<Record<string, string>> = {
  MANDT: 'Mandant', KUNNR: 'Kunde', LIFNR: 'Lieferant', PERNR: 'Personalnummer', LAND1: 'Land', NAME1: 'Name 1', NAME2: 'Name 2',
  NAME3: 'Name 3', ORT01: 'Ort', PSTLZ: 'Postleitzahl', REGIO: 'Region', STRAS: 'Straße', TELF1: 'Telefon-1', TELF2: 'Telefon-2',
  TELFX: 'Telefax', ANRED: 'Anrede', SMTP_ADDR: 'E-Mail-Adresse', STCD1: 'Steuernummer 1', STCEG: 'USt-IdNr', SORTL: 'Suchbegriff',
  CITY1: 'Ort', POST_CODE1: 'Postleitzahl', STREET: 'Straße', HOUSE_NUM1: 'Hausnummer', COUNTRY: 'Land', REGION: 'Region',
  TEL_NUMBER: 'Telefon', VORNA: 'Vorname', NACHN: 'Nachname', GBDAT: 'Geburtsdatum', GBORT: 'Geburtsort', NATIO: 'Staatsangehörigkeit',
};
const SAP_KEY = /^(?:KUNNR|LIFNR|PERNR|ADDRNUMBER)$/;

/**
 * OneRoster 1.1's demographics.csv (Clever, ClassLink): a column of true or false per race, as the US federal categories name
 * them, beside "hispanicOrLatinoEthnicity".
 */
const ONEROSTER_RACES: Readonly<Record<string, string>> = {
  americanIndianOrAlaskaNative: 'American Indian or Alaska Native Race', asian: 'Asian Race', blackOrAfricanAmerican: 'Black or African American Race',
  nativeHawaiianOrOtherPacificIslander: 'Native Hawaiian or Other Pacific Islander Race', white: 'White Race', sourcedId: 'User ID',
};

/** Blackboard's Grade Center download: a grade column's label and its column id ("Quiz 1 [Total Pts: 10 Score] |3310415"). */
const BLACKBOARD_COLUMN = /^(.*\S) \|\d{4,}$/;

/** Booking.com's reservations export: "Booked by" is the guest who booked ("Fletcher, Sophie"), often the first guest. */
const BOOKING_COM: Readonly<Record<string, string>> = { 'Booked by': 'Booker Name' };

/**
 * The OV-chipkaart's travel history (ov-chipkaart.nl's "Reishistorie" CSV: Check-in, Vertrek, Check-uit, Bestemming): its
 * "Kaartnummer" is the traveller's card, whose number starts as a JCB card's does (3528) and is none.
 */
const OV_CHIPKAART: Readonly<Record<string, string>> = { Kaartnummer: 'Transit Smartcard ID' };

/** SendGrid's Email Activity export: its "username" is the sending account's (the business's). */
const SENDGRID: Readonly<Record<string, string>> = { username: 'sending account' };

// An X12 claim (837) or remittance (835) flattened with each field's loop and segment element before its name
// ("2010BA_NM104_SubscriberFirstName", "835_CLP01_PatientControlNumber").
const CLAIM_FIELD = /^(?:(\d{4}[A-Z]{0,2})|\d{3})_[A-Z][A-Z0-9]{1,2}\d{2}_(?=\p{L})/u;
// X12's "Individual Relationship Code" is the subscriber's in loop 2000B and the patient's in 2000C.
const CLAIM_LOOP_PERSON: Readonly<Record<string, string>> = { '2000B': 'Subscriber', '2000C': 'Patient' };

/** An X12 claim's field without its loop and segment ("SubscriberFirstName"), its person's where the loop tells it. */
function claimFieldName(name: string): string | undefined {
  const field = CLAIM_FIELD.exec(name);
  if (!field) return undefined;
  const rest = name.slice(field[0].length);
  const person = CLAIM_LOOP_PERSON[field[1] ?? ''];
  return person !== undefined && rest.startsWith('Individual') ? person + rest.slice('Individual'.length) : rest;
}

// An X12 transaction flattened with each field's segment and element before its name, no loop ("NM103_MemberLastName",
// "DMG02_DateOfBirth": a benefit enrolment, 834), where three or more of a header's names are so.
const SEGMENT_FIELD = /^[A-Z][A-Z0-9]{1,2}\d{2}_(?=\p{L})/u;
const ENVELOPE_SEGMENT = /^(?:ISA|IEA|GS|GE|ST|SE|BGN|BHT|BPR|TRN)\d{2}_/;

/**
 * A segment-prefixed field's name without its segment ("MemberLastName"). In an enrolment (its INS segment), the member's
 * NM109 identifier is their Social Security Number (qualifier 34, as the 834 guide has it): read as one, so that what is
 * no SSN is refused.
 */
function segmentFieldName(name: string, enrolment: boolean): string {
  if (enrolment && name.startsWith('NM109_')) return 'Member SSN';
  // Its REF02 under REF01 0F is the subscriber's number, on their dependants' rows too: the enrolment's key.
  if (enrolment && name === 'REF02_SubscriberIdentifier') return 'Subscriber ID';
  // The interchange's and the transaction's envelope (ISA06 the sender's id, BGN02 the file's reference): no one's.
  if (ENVELOPE_SEGMENT.test(name)) return 'transaction envelope';
  return name.replace(SEGMENT_FIELD, '');
}

// Dynamics 365's "Export to Excel" columns for its import: the row's id, checksum and modification time.
const DO_NOT_MODIFY = '(Do Not Modify) ';

/** Dynamics 365's "(Do Not Modify) Contact" as the contact's id ("Contact ID"), "(Do Not Modify) Row Checksum" as "Row Checksum". */
function dynamicsName(name: string): string | undefined {
  if (!name.startsWith(DO_NOT_MODIFY)) return undefined;
  const rest = name.slice(DO_NOT_MODIFY.length);
  return /^\p{L}+$/u.test(rest) ? `${rest} ID` : rest;
}

/**
 * The names to read some of a header's columns under, by the tool the header shows: file name → name read. A name read is
 * never one of the file's own names, and two columns read alike are numbered ("PatientControlNumber_2"), as a header's
 * repeated names are.
 */
export function toolReadings(names: readonly string[]): ReadonlyMap<string, string> {
  const readings = new Map<string, string>();
  const taken = new Map<string, number>();
  const readAs = (name: string, reading: string): void => {
    if (reading === name || names.includes(reading)) return;
    const count = (taken.get(reading) ?? 0) + 1;
    taken.set(reading, count);
    readings.set(name, count === 1 ? reading : `${reading}_${count}`);
  };
  const read = (table: Readonly<Record<string, string>>): void => {
    for (const name of names) {
      const reading = table[name.trim()];
      if (reading !== undefined) readAs(name, reading);
    }
  };
  if (names.some((name) => /^issue (?:key|id)$/i.test(name.trim()))) read(JIRA);
  if (names.includes('User ID') && names.includes('Username') && names.some((name) => /^(?:sign-in error code|failure reason)$/i.test(name.trim()))) read(ENTRA_SIGN_INS);
  if (names.some((name) => SAP_KEY.test(name.trim())) && names.filter((name) => SAP[name.trim()] !== undefined).length >= 3) read(SAP);
  if (names.includes('sys_id') || (names.includes('number') && names.includes('short_description'))) read(SERVICENOW);
  if (names.some((name) => ODOO_SUBFIELD.test(name.trim())) || (names.includes('partner_id') && names.includes('user_id'))) {
    read(ODOO);
    for (const name of names) {
      const field = ODOO_DISPLAY_NAME.exec(name.trim())?.[1];
      if (field !== undefined && !readings.has(name) && !names.includes(field)) readAs(name, field);
    }
  }
  if (names.includes('demographicRaceTwoOrMoreRaces') || names.includes('hispanicOrLatinoEthnicity')) read(ONEROSTER_RACES);
  if (names.includes('Book number') && names.includes('Guest name(s)')) read(BOOKING_COM);
  if (names.includes('Check-uit') && names.includes('Kaartnummer')) read(OV_CHIPKAART);
  // (SendGrid's: beside its servers' addresses.)
  if (names.includes('originating_ip') && names.includes('outbound_ip')) read(SENDGRID);
  for (const name of names) {
    const labelled = BLACKBOARD_COLUMN.exec(name)?.[1];
    if (labelled !== undefined) readAs(name, labelled);
  }
  const segmented = names.filter((name) => SEGMENT_FIELD.test(name)).length >= 3;
  const enrolment = segmented && names.some((name) => /^INS0\d_/.test(name));
  for (const name of names) {
    const reading = dynamicsName(name) ?? claimFieldName(name) ?? (segmented && SEGMENT_FIELD.test(name) ? segmentFieldName(name, enrolment) : undefined);
    if (reading !== undefined) readAs(name, reading);
  }
  return readings;
}
