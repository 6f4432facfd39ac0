import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, sealEvent, verifyTimeline, type TimelineEvent } from '../../../lambdas/shared/timeline.js';

const actor = { kind: 'system' as const, id: 'test' };
function chain(n: number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    events.push(sealEvent('inc-1', { type: `step.${i}`, actor, details: { i, nested: { b: 1, a: [1, 2] } } }, events.at(-1), new Date(Date.UTC(2026, 0, 1, 0, i))));
  }
  return events;
}

describe('audit timeline', () => {
  it('links each event to the previous one and verifies', () => {
    const events = chain(4);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(verifyTimeline(events, { seq: 4, hash: events[3]!.hash })).toEqual({ verified: true, eventCount: 4 });
  });

  it('hashes independently of key order (storage may reorder attributes)', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('detects an altered event', () => {
    const events = chain(3);
    events[1] = { ...events[1]!, details: { i: 99 } };
    expect(verifyTimeline(events).brokenAt).toEqual({ seq: 2, problem: 'altered' });
  });

  it('detects a removed event in the middle', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyTimeline(events).brokenAt).toEqual({ seq: 3, problem: 'missing-before' });
  });

  it('detects a rewritten chain (a re-hashed edit breaks the next link)', () => {
    const events = chain(3);
    const forged = sealEvent('inc-1', { type: 'forged', actor, details: {} }, events[0], new Date());
    events[1] = forged;
    expect(verifyTimeline(events).brokenAt).toEqual({ seq: 3, problem: 'chain-broken' });
  });

  it('detects a truncated tail with the head the incident recorded', () => {
    const events = chain(5);
    const head = { seq: 5, hash: events[4]!.hash };
    expect(verifyTimeline(events.slice(0, 3), head)).toMatchObject({ verified: false, brokenAt: { seq: 5, problem: 'truncated' } });
  });
});
