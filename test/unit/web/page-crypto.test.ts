// The page checks the timeline's hash chain again in the browser and signs in with PKCE: the
// same modules, run here on Node's WebCrypto, against the server's hashing and RFC 7636.
import { describe, expect, it } from 'vitest';
import { checkEvents, hashEvent } from '../../../lib/web/app/chain.js';
import { codeChallenge, jwtClaims } from '../../../lib/web/app/session.js';
import { sealEvent, type TimelineEvent } from '../../../lambdas/shared/timeline.js';

const chain = (): TimelineEvent[] => {
  const events: TimelineEvent[] = [];
  const entries = [
    { type: 'incident.filed', actor: { kind: 'user' as const, id: 'responder-key', role: 'responder' }, details: { subjectCount: 3, note: 'Köln, "quoted" – ✓' } },
    { type: 'risk.assessed', actor: { kind: 'system' as const, id: 'assess' }, details: { severity: { level: 'high', score: 3.5 }, list: [1, 'two', null] } },
    { type: 'decision.approve', actor: { kind: 'user' as const, id: 'legal-key', role: 'legal' }, details: { noticeId: 'n-1', reason: undefined } },
  ];
  for (const [i, entry] of entries.entries()) events.push(sealEvent('inc-1', entry, events.at(-1), new Date(Date.UTC(2026, 10, 20, 9, i))));
  return events;
};

describe('the browser check of the timeline', () => {
  it('hashes each event exactly as the server seals it', async () => {
    for (const event of chain()) expect(await hashEvent(event)).toBe(event.hash);
    expect(await checkEvents(chain())).toEqual(['ok', 'ok', 'ok']);
  });

  it('names the event that was altered, and only that one', async () => {
    const events = chain();
    events[1] = { ...events[1]!, details: { ...events[1]!.details, severity: { level: 'low', score: 1 } } };
    expect(await checkEvents(events)).toEqual(['ok', 'altered', 'ok']);
  });

  it('says where events are missing, and where the chain no longer links', async () => {
    const events = chain();
    expect(await checkEvents([events[0]!, events[2]!])).toEqual(['ok', 'missing-before']);
    const relinked = sealEvent('inc-1', { type: 'x', actor: { kind: 'system', id: 'y' }, details: {} }, { ...events[0]!, hash: 'f'.repeat(64) }, new Date());
    expect(await checkEvents([events[0]!, relinked])).toEqual(['ok', 'chain-broken']);
  });
});

describe('sign-in helpers', () => {
  it('computes the S256 code challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('reads the claims of an ID token (groups, expiry), UTF-8 included', () => {
    const payload = Buffer.from(JSON.stringify({ 'cognito:groups': ['legal'], name: 'Zoë', exp: 1 })).toString('base64url');
    expect(jwtClaims(`h.${payload}.s`)).toEqual({ 'cognito:groups': ['legal'], name: 'Zoë', exp: 1 });
  });
});
