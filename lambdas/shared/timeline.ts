// The audit timeline: append-only events, each carrying the hash of the one before it, so that
// an edited, removed or reordered event is detectable. Pure: persistence is in store.ts.
import { createHash } from 'node:crypto';

export interface Actor {
  kind: 'user' | 'system' | 'alert';
  /** User name (API), function name (system) or alert source. Never an email of an affected person. */
  id: string;
  role?: string;
}

export interface TimelineEntry {
  type: string;
  actor: Actor;
  /** Ids, counts, statuses, reasons: never record values or addresses of affected people. */
  details: Record<string, unknown>;
}

export interface TimelineEvent extends TimelineEntry {
  incidentId: string;
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so that the hash does not depend on key order after storage. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashEvent(e: Omit<TimelineEvent, 'hash'>): string {
  const { incidentId, seq, at, type, actor, details, prevHash } = e;
  return createHash('sha256').update(canonicalJson({ incidentId, seq, at, type, actor, details, prevHash })).digest('hex');
}

export function sealEvent(incidentId: string, entry: TimelineEntry, previous: TimelineEvent | undefined, at: Date): TimelineEvent {
  const unsealed = {
    incidentId,
    seq: (previous?.seq ?? 0) + 1,
    at: at.toISOString(),
    ...entry,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unsealed, hash: hashEvent(unsealed) };
}

export interface Verification {
  verified: boolean;
  eventCount: number;
  /** The first event that does not verify, and why. */
  brokenAt?: { seq: number; problem: 'altered' | 'missing-before' | 'chain-broken' | 'truncated' };
}

/**
 * Checks sequence, links and hashes. The chain alone cannot see its last events deleted, so the
 * incident keeps the head it last saw (`head`): the events must reach it, with the same hash.
 */
export function verifyTimeline(events: readonly TimelineEvent[], head?: { seq: number; hash: string }): Verification {
  let previous: TimelineEvent | undefined;
  for (const event of events) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq) return broken(events, event.seq, 'missing-before');
    if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) return broken(events, event.seq, 'chain-broken');
    if (hashEvent(event) !== event.hash) return broken(events, event.seq, 'altered');
    previous = event;
  }
  if (head) {
    const atHead = events[head.seq - 1];
    if (!atHead || atHead.hash !== head.hash) return broken(events, head.seq, atHead ? 'altered' : 'truncated');
  }
  return { verified: true, eventCount: events.length };
}

const broken = (events: readonly TimelineEvent[], seq: number, problem: NonNullable<Verification['brokenAt']>['problem']): Verification => ({
  verified: false,
  eventCount: events.length,
  brokenAt: { seq, problem },
});
