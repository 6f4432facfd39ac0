// Alert intake against the real store on dynalite: a finding delivered late or out of order, and
// one that comes back after its incident closed (black-box QA w2).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { takeAlert } from '../../../lambdas/alert-intake/task.js';
import type { IncidentStore } from '../../../lambdas/shared/store.js';
import { storeOnDynalite } from '../store-on-dynalite.js';

const db = storeOnDynalite('alert-intake');
let store: IncidentStore;
beforeAll(() => void (store = db.store));

const base = JSON.parse(readFileSync(new URL('../../fixtures/events/guardduty-finding-s3-exfiltration.json', import.meta.url), 'utf8'));
/** The same GuardDuty finding (one id) as it stood at `lastSeen`, with its severity then. */
const finding = (id: string, lastSeen: string, severity: number) => ({
  ...base, detail: { ...base.detail, id, severity, updatedAt: lastSeen, service: { ...base.detail.service, eventLastSeen: lastSeen } },
});
let n = 0;
const ports = (at: string) => ({ store, clock: { now: () => new Date(at), wallTime: (d: Date) => d }, newIncidentId: () => `inc-alert-${++n}` });

describe('alert intake', () => {
  it('keeps the newest state of a finding when an older copy arrives late', async () => {
    const [opened] = await takeAlert(finding('f-late', '2026-03-02T10:00:00.000Z', 8), ports('2026-03-02T10:01:00Z'));
    await takeAlert(finding('f-late', '2026-03-02T09:00:00.000Z', 5), ports('2026-03-02T10:02:00Z'));
    const incident = await store.requireIncident(opened?.outcome === 'opened' ? opened.incidentId : '');
    expect(incident.alert).toMatchObject({ severity: 'high', lastSeenAt: '2026-03-02T10:00:00.000Z', occurrences: 2 });
  });

  it('opens a new triage incident for a finding seen again after its incident closed, which later copies update', async () => {
    const [first] = await takeAlert(finding('f-back', '2026-03-02T10:00:00.000Z', 5), ports('2026-03-02T10:01:00Z'));
    const closedId = first?.outcome === 'opened' ? first.incidentId : '';
    await store.mutateIncident(closedId, () => ({ status: 'closed' }), new Date('2026-03-03T00:00:00Z'));

    // A late copy of what the incident saw changes nothing; new activity opens a new incident.
    expect((await takeAlert(finding('f-back', '2026-03-02T10:00:00.000Z', 5), ports('2026-03-04T00:00:00Z')))[0]).toMatchObject({ outcome: 'updated', incidentId: closedId });
    const [back] = await takeAlert(finding('f-back', '2026-03-05T08:00:00.000Z', 8), ports('2026-03-05T08:01:00Z'));
    expect(back).toMatchObject({ outcome: 'opened' });
    const reopened = back?.outcome === 'opened' ? back.incidentId : '';
    expect(reopened).not.toBe(closedId);
    expect(await store.requireIncident(reopened)).toMatchObject({ status: 'triage', alert: { severity: 'high' } });
    expect((await store.getTimeline(closedId)).at(-1)).toMatchObject({ type: 'alert.repeated', details: { reopenedAs: reopened } });
    expect((await takeAlert(finding('f-back', '2026-03-05T09:00:00.000Z', 8), ports('2026-03-05T09:01:00Z')))[0]).toMatchObject({ outcome: 'updated', incidentId: reopened });
    expect((await store.requireIncident(closedId)).status).toBe('closed');
  });

  it('notes on its open incident that a finding was archived where it was raised, and changes nothing else (black-box QA w4)', async () => {
    const [opened] = await takeAlert(finding('f-archived', '2026-03-02T10:00:00.000Z', 8), ports('2026-03-02T10:01:00Z'));
    const id = opened?.outcome === 'opened' ? opened.incidentId : '';
    const archived = finding('f-archived', '2026-03-02T11:00:00.000Z', 8);
    archived.detail.service = { ...archived.detail.service, archived: true };

    expect((await takeAlert(archived, ports('2026-03-02T11:01:00Z')))[0]).toMatchObject({ outcome: 'ignored', incidentId: id, reason: expect.stringMatching(/archived/) });
    expect((await store.getTimeline(id)).at(-1)).toMatchObject({ type: 'alert.closed-at-source', actor: { kind: 'alert', id: 'guardduty' } });
    expect(await store.requireIncident(id)).toMatchObject({ status: 'triage', alert: { occurrences: 1 } });
    // A finding never seen open is simply ignored.
    const unseen = finding('f-never', '2026-03-02T11:00:00.000Z', 8);
    unseen.detail.service = { ...unseen.detail.service, archived: true };
    expect((await takeAlert(unseen, ports('2026-03-02T11:02:00Z')))[0]).toEqual({ outcome: 'ignored', reason: expect.any(String), findingId: 'f-never' });
  });

  it('keeps the resources an earlier copy named when a newer one leaves them out (black-box QA w4)', async () => {
    const [opened] = await takeAlert(finding('f-partial', '2026-03-02T10:00:00.000Z', 5), ports('2026-03-02T10:01:00Z'));
    const id = opened?.outcome === 'opened' ? opened.incidentId : '';
    const before = await store.requireIncident(id);
    expect(before.alert?.resources.length).toBeGreaterThan(0);
    const bare = finding('f-partial', '2026-03-02T11:00:00.000Z', 8);
    bare.detail.resource = { resourceType: 'S3Bucket' };
    await takeAlert(bare, ports('2026-03-02T11:01:00Z'));
    const after = await store.requireIncident(id);
    expect(after.alert).toMatchObject({ severity: 'high', resources: before.alert?.resources });
    expect(after.title).toBe(before.title.replace('medium', 'high'));
  });
});
