// Field names that particular tools write bare, read as what they hold in that tool's exports: Jira's "Reporter" is the
// reporter's display name, ServiceNow's "caller_id" the caller's, Entra's sign-ins' "User" the user's, Odoo's "user_id" the salesperson's and its
// "country_id/name" the country's, SAP's "LAND1" the country. Only where the export's other columns show the tool, so that a bare "Reporter" or
// "user_id" elsewhere keeps its usual reading. The file's own names are still the ones shown (see RecordClassifier.setColumns).

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

/** The names to read some of a header's columns under, by the tool the header shows: file name → name read. */
export function toolReadings(names: readonly string[]): ReadonlyMap<string, string> {
  const readings = new Map<string, string>();
  const read = (table: Readonly<Record<string, string>>): void => {
    for (const name of names) {
      const reading = table[name.trim()];
      if (reading !== undefined && !names.includes(reading)) readings.set(name, reading);
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
      if (field !== undefined && !readings.has(name) && !names.includes(field)) readings.set(name, field);
    }
  }
  return readings;
}
