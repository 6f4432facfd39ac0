// Time is a port so that the regulator clocks can be tested and demoed faster than real time.
// In AWS the clock is the system clock. The embedded runtime may run "regulator time" faster
// (e.g. one hour per second); Wait states still sleep in wall time, so the clock converts.

/** How far ahead of the server's clock a time someone gives may be (clocks of laptops drift). */
export const CLOCK_SKEW_MS = 15 * 60_000;

export interface Clock {
  /** Regulator time: the instant the law counts in. */
  now(): Date;
  /** The wall-clock instant at which a regulator-time instant will be reached. */
  wallTime(instant: Date): Date;
}

export const systemClock: Clock = { now: () => new Date(), wallTime: (instant) => instant };

export interface AcceleratedClockSettings {
  /** Regulator milliseconds per wall millisecond, e.g. 3600 = one hour per second. */
  speed: number;
  /** A wall instant (ms) and the regulator instant (ms) it corresponds to. */
  wallOrigin: number;
  regulatorOrigin: number;
}

export function acceleratedClock(s: AcceleratedClockSettings, wallNow: () => number = Date.now): Clock {
  return {
    now: () => new Date(s.regulatorOrigin + (wallNow() - s.wallOrigin) * s.speed),
    wallTime: (instant) => new Date(s.wallOrigin + (instant.getTime() - s.regulatorOrigin) / s.speed),
  };
}

/** BREACHCLOCK_CLOCK = JSON of AcceleratedClockSettings, set only by the embedded runtime. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  const raw = env.BREACHCLOCK_CLOCK;
  if (!raw) return systemClock;
  const s = JSON.parse(raw) as AcceleratedClockSettings;
  if (!(s.speed > 0) || !Number.isFinite(s.wallOrigin) || !Number.isFinite(s.regulatorOrigin)) {
    throw new Error('BREACHCLOCK_CLOCK must be {"speed":>0,"wallOrigin":ms,"regulatorOrigin":ms}');
  }
  return s.speed === 1 && s.wallOrigin === s.regulatorOrigin ? systemClock : acceleratedClock(s);
}
