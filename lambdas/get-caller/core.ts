// Who is calling, and the regulator clock. The page counts time left against the regulator
// clock, which an embedded demo may run faster than the wall clock.
import type { Clock } from '../shared/clock.js';
import type { Caller } from '../shared/http.js';

const HOUR = 3_600_000;

export function callerView(caller: Caller, clock: Clock) {
  const now = clock.now();
  // The clock port gives instants, not a speed: an hour of regulator time over the wall time it takes.
  const wallPerHour = clock.wallTime(new Date(now.getTime() + HOUR)).getTime() - clock.wallTime(now).getTime();
  return { user: caller.user, roles: caller.roles, clock: { now: now.toISOString(), speed: wallPerHour > 0 ? HOUR / wallPerHour : 1 } };
}
