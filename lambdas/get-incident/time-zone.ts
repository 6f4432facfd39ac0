// The organisation's time zone, in which legal reads its deadlines (instants stay in UTC). The
// contract gives the country of the main establishment, not a zone: this is the zone of its
// capital, which is right for every EU/EEA country and the UK; for countries with several zones
// it is a guess, and says so (`source`).
const CAPITAL_ZONES: Record<string, string> = {
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', HR: 'Europe/Zagreb', CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn', FI: 'Europe/Helsinki', FR: 'Europe/Paris',
  DE: 'Europe/Berlin', GR: 'Europe/Athens', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome',
  LV: 'Europe/Riga', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', MT: 'Europe/Malta', NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest', SK: 'Europe/Bratislava', SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid', SE: 'Europe/Stockholm', IS: 'Atlantic/Reykjavik', LI: 'Europe/Vaduz', NO: 'Europe/Oslo',
  GB: 'Europe/London', CH: 'Europe/Zurich', MC: 'Europe/Monaco', RS: 'Europe/Belgrade', UA: 'Europe/Kyiv',
  TR: 'Europe/Istanbul', IL: 'Asia/Jerusalem', AE: 'Asia/Dubai', SA: 'Asia/Riyadh', IN: 'Asia/Kolkata',
  SG: 'Asia/Singapore', JP: 'Asia/Tokyo', KR: 'Asia/Seoul', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong',
  TW: 'Asia/Taipei', PH: 'Asia/Manila', TH: 'Asia/Bangkok', MY: 'Asia/Kuala_Lumpur', VN: 'Asia/Ho_Chi_Minh',
  ZA: 'Africa/Johannesburg', NG: 'Africa/Lagos', KE: 'Africa/Nairobi', EG: 'Africa/Cairo', NZ: 'Pacific/Auckland',
  AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', CO: 'America/Bogota', PE: 'America/Lima',
};
/** Countries spanning several zones: the capital's zone, marked as a guess. */
const MULTI_ZONE: Record<string, string> = {
  US: 'America/New_York', CA: 'America/Toronto', AU: 'Australia/Sydney', BR: 'America/Sao_Paulo',
  MX: 'America/Mexico_City', RU: 'Europe/Moscow', ID: 'Asia/Jakarta', KZ: 'Asia/Almaty',
};

export interface OrganizationTimeZone {
  /** IANA time zone id. */
  id: string;
  /** How it was chosen: the capital of a one-zone country, a guess for a country with several, or UTC. */
  source: 'country' | 'country-capital-guess' | 'default-utc';
}

export function organizationTimeZone(country: string | undefined): OrganizationTimeZone {
  const code = country?.toUpperCase() ?? '';
  if (CAPITAL_ZONES[code]) return { id: CAPITAL_ZONES[code], source: 'country' };
  if (MULTI_ZONE[code]) return { id: MULTI_ZONE[code], source: 'country-capital-guess' };
  return { id: 'UTC', source: 'default-utc' };
}

/** "2026-11-23 21:30 CET" in `zone`. */
export function formatInZone(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', timeZoneName: 'short',
    }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** "2026-11-23 20:30 UTC". */
export const formatUtc = (instant: string | Date) => formatInZone(instant, 'UTC');
