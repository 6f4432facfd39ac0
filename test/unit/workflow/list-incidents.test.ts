// Paging the incident list against the real store on dynalite: every incident once, newest first,
// and a cursor the store did not make refused as the caller's mistake (a 400), not a 500.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentStore } from '../../../lambdas/shared/store.js';
import { storeOnDynalite } from '../store-on-dynalite.js';

const db = storeOnDynalite('list-incidents');
let store: IncidentStore;
beforeAll(() => void (store = db.store));

describe('listing incidents', () => {
  it('pages through every incident once, and refuses a forged cursor', async () => {
    for (let n = 0; n < 5; n++) {
      const at = new Date(Date.UTC(2026, 10, 20, 9, n)).toISOString();
      await store.createIncident({ id: `inc-${n}`, title: `t${n}`, status: 'triage', version: 1, createdAt: at, updatedAt: at, origin: 'alert' });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listIncidents({ limit: 2, ...(cursor && { cursor }) });
      seen.push(...page.incidents.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['inc-4', 'inc-3', 'inc-2', 'inc-1', 'inc-0']);
    for (const forged of ['not-a-cursor', Buffer.from('{"foo":"bar"}').toString('base64url')]) {
      await expect(store.listIncidents({ limit: 2, cursor: forged })).rejects.toMatchObject({ statusCode: 400 });
    }
  });
});
