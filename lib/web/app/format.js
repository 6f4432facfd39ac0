// Times as legal reads them: in the organisation's time zone, with UTC beside it, and the time
// left on a clock counted in regulator time (which an embedded demo may run faster).

const pad = (n) => String(n).padStart(2, '0');

export function inZone(instant, zone, seconds = false) {
  if (!instant) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, weekday: 'short', year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23', timeZoneName: 'short',
    }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}${seconds ? `:${parts.second}` : ''} ${parts.timeZoneName}`;
}

export function utc(instant, seconds = false) {
  if (!instant) return '';
  const d = new Date(instant);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}` : ''} UTC`;
}

export function duration(ms) {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${pad(mins)} min`;
  return `${mins} min`;
}

/** { text, overdue, urgent } for a deadline against regulator time `now` (ms). */
export function timeLeft(deadline, now) {
  if (!deadline) return { text: 'no deadline', overdue: false, urgent: false };
  const left = Date.parse(deadline) - now;
  if (left < 0) return { text: `overdue by ${duration(left)}`, overdue: true, urgent: true };
  return { text: `${duration(left)} left`, overdue: false, urgent: left < 24 * 3_600_000 };
}

/** Regulator time, from the server's clock (GET /me) carried forward at its speed. */
export function regulatorClock({ now, speed }) {
  const serverNow = Date.parse(now);
  const wallAtFetch = Date.now();
  return () => serverNow + (Date.now() - wallAtFetch) * speed;
}

export const label = (value) => String(value ?? '').replace(/-/g, ' ');
