// Realistic mixed customer export for the benchmark: 12 columns, people in the EU and the US,
// some of them children, a few rows repeating a customer, free-text notes that sometimes quote
// an email or an IBAN, and columns that are not personal data. Synthetic throughout: example.*
// domains, network test card ranges completed with a Luhn digit, phone numbers in assigned
// ranges (so libphonenumber accepts them), documentation IP ranges mixed with public ones.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const COLUMNS = [
  'customer_id', 'full_name', 'email', 'phone', 'date_of_birth', 'street', 'postal_code', 'country', 'card_number',
  'ip_address', 'last_login', 'notes',
] as const;

const FIRST = ['Anna', 'Bob', 'Chloé', 'David', 'Emma', 'Felix', 'Greta', 'Hugo', 'Inès', 'Jonas', 'Karin', 'Luca', 'Marta',
  'Noah', 'Olga', 'Paul', 'Quentin', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe'];
const LAST = ['Schmidt', 'Stone', 'Martin', 'García', 'Rossi', 'Jansen', 'Kowalski', 'Smith', 'Johnson', 'Müller', 'Dubois',
  'López', 'Bianchi', 'de Vries', 'Nowak', 'Brown', 'Wagner', 'Moreau', 'Fernández', 'Ricci'];
const STREETS = ['Hauptstraße', 'Main St', 'Rue de la Paix', 'Calle Mayor', 'Via Roma', 'Kerkstraat', 'ul. Długa', 'Oak Avenue',
  'Bahnhofstraße', 'Schillerweg', 'Goethestraße', 'Lindenallee', 'Rue Victor Hugo', 'Boulevard Voltaire', 'Avenue Jean Jaurès',
  'Calle de Alcalá', 'Gran Vía', 'Paseo del Prado', 'Via Garibaldi', 'Corso Italia', 'Via Dante', 'Prinsengracht', 'Dorpsstraat',
  'Stationsweg', 'High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Elm Street', 'Maple Avenue', 'Sunset Boulevard',
  'Broadway', 'Pine Street', 'Cedar Lane', 'Lakeview Drive', 'Park Avenue', 'Washington Street', 'Market Street', 'Ocean Drive',
  'Hill Road'];

interface Place {
  readonly country: string;
  readonly spelled: readonly string[];
  readonly postal: (n: number) => string;
  readonly phone: (n: number) => string;
}

const pad = (n: number, width: number) => String(n % 10 ** width).padStart(width, '0');
const US_AREAS = ['212', '415', '312', '617', '206', '512', '305', '646', '213', '702'];
const US_ZIPS = ['10001', '94105', '60601', '02108', '98101', '78701', '33101', '10016', '90012', '89101'];

const PLACES: readonly Place[] = [
  { country: 'DE', spelled: ['DE', 'Germany', 'Deutschland'], postal: (n) => `${10 + (n % 89)}${pad(n >> 3, 3)}`, phone: (n) => (n % 2 ? `+49 30 ${pad(n, 8)}` : `+49 151 ${pad(n, 8)}`) },
  { country: 'FR', spelled: ['FR', 'France'], postal: (n) => `75${pad(n, 3)}`, phone: (n) => `+33 6 ${pad(n, 2)} ${pad(n >> 3, 2)} ${pad(n >> 6, 2)} ${pad(n >> 9, 2)}` },
  { country: 'ES', spelled: ['ES', 'Spain', 'España'], postal: (n) => `28${pad(n, 3)}`, phone: (n) => `+34 6${pad(n, 2)} ${pad(n >> 4, 3)} ${pad(n >> 8, 3)}` },
  { country: 'IT', spelled: ['IT', 'Italy'], postal: (n) => `00${pad(n, 3)}`, phone: (n) => `+39 3${pad(n, 2)} ${pad(n >> 3, 3)} ${pad(n >> 6, 4)}` },
  { country: 'NL', spelled: ['NL', 'Netherlands'], postal: (n) => `10${pad(n, 2)} AB`, phone: (n) => `+31 6 ${pad(n, 8)}` },
  { country: 'GB', spelled: ['GB', 'United Kingdom', 'UK'], postal: () => 'SW1A 1AA', phone: (n) => `+44 7700 ${pad(n, 6)}` },
  { country: 'US', spelled: ['US', 'USA', 'United States'], postal: (n) => US_ZIPS[n % US_ZIPS.length] ?? '10001',
    phone: (n) => `(${US_AREAS[n % US_AREAS.length]}) ${200 + (n % 700)}-${pad(n >> 2, 4)}` },
  { country: 'US', spelled: ['US'], postal: (n) => US_ZIPS[(n >> 3) % US_ZIPS.length] ?? '10001', phone: (n) => `+1 ${US_AREAS[(n >> 2) % US_AREAS.length]} ${200 + (n % 700)} ${pad(n >> 3, 4)}` },
];

const NOTES = [
  'Called about a late delivery', 'Prefers contact by email', '', '', '', 'VIP customer since 2019',
  'Asked to update the billing address', 'Refund issued', '', 'Complained about packaging',
];

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return body + ((10 - (sum % 10)) % 10);
}

const csvField = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row of the export; `n` numbers the row, `rand` draws the rest. */
export function customerRow(n: number, rand: () => number): string[] {
  // About one row in twelve repeats the previous customer (an update, a second order).
  const customer = rand() < 0.08 && n > 0 ? n - 1 : n;
  const personal = random(customer * 2654435761)();
  const first = FIRST[customer % FIRST.length] ?? 'Anna';
  const last = LAST[Math.floor(personal * LAST.length)] ?? 'Smith';
  const place = PLACES[customer % PLACES.length] ?? PLACES[0]!;
  const local = `${first}.${last}`.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
  const year = 1940 + Math.floor(personal * 84); // some children: born up to 2023
  const dob = `${year}-${pad(1 + (customer % 12), 2)}-${pad(1 + (customer % 28), 2)}`;
  const card = rand() < 0.35 ? luhnComplete(`4${pad(Math.floor(rand() * 1e14), 14)}`).replace(/(\d{4})(?=\d)/g, '$1 ') : '';
  const ip = rand() < 0.5 ? `198.51.100.${n % 250}` : `${81 + (n % 100)}.${n % 250}.${(n >> 8) % 250}.${(n >> 16) % 250 + 1}`;
  const noteDraw = rand();
  const notes = noteDraw < 0.03 ? `Refund to IBAN DE89 3704 0044 0532 0130 00 requested by ${first}`
    : noteDraw < 0.06 ? `Second address ${local}@example.org, please use for invoices`
      : NOTES[Math.floor(rand() * NOTES.length)] ?? '';
  return [
    `C-${customer}`,
    `${first} ${last}`,
    `${local}${customer}@example.com`,
    place.phone(customer),
    dob,
    // Addresses are as varied as in a real customer table: the classifier cannot lean on repeats.
    `${STREETS[Math.floor(personal * 9973) % STREETS.length]} ${1 + Math.floor(personal * 99991) % 999}`,
    place.postal(customer),
    place.spelled[customer % place.spelled.length] ?? place.country,
    card,
    ip,
    `2026-0${1 + (n % 9)}-1${n % 10}T0${n % 10}:${pad(n, 2)}:00Z`,
    notes,
  ];
}

/** Writes `rows` rows (plus a header) to `file`; returns the bytes written. */
export async function writeCustomerCsv(file: string, rows: number, seed = 20261120): Promise<number> {
  const out = createWriteStream(file);
  const rand = random(seed);
  let bytes = 0;
  let buffer = `${COLUMNS.join(',')}\n`;
  for (let n = 0; n < rows; n++) {
    buffer += `${customerRow(n, rand).map(csvField).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
