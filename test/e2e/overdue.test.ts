// A report filed after the 72 hours have run out: the clock marks the authority obligation
// overdue and escalates, the draft asks for the reasons for the delay (GDPR Art. 33(1)), and
// the late notice is still sent and recorded as late.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

const AUTHORITY = 'breach-notifications@authority.example';
let system: EmbeddedSystem;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0, contactOverrides: { 'eu-gdpr': AUTHORITY } });
  api = client(system);
});
afterAll(async () => system?.stop());

describe('a notice after the deadline', () => {
  it('is marked overdue, escalated, drafted with the reasons for the delay, and sent as late', async () => {
    const report = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
    report.discoveredAt = new Date(Date.now() - 73 * 3_600_000).toISOString();
    report.occurredAt = new Date(Date.now() - 74 * 3_600_000).toISOString();
    const { body: filed } = await api.post('responder', '/incidents', report);

    const timeline = async () => (await api.get('legal', `/incidents/${filed.id}/timeline`)).body.events as { type: string; details: Record<string, unknown> }[];
    await eventually(async () => (await timeline()).some((e) => e.type === 'clock.escalated'), 'the escalation');
    const { body: incident } = await api.get('legal', `/incidents/${filed.id}`);
    const authority = incident.obligations.find((o: { id: string }) => o.id === 'eu-gdpr-authority');
    expect(authority.status).toBe('overdue');
    const events = await timeline();
    expect(events.find((e) => e.type === 'clock.overdue')?.details).toMatchObject({ obligationId: 'eu-gdpr-authority', deadline: authority.deadline });
    const escalations = (await api.sentMail()).filter((m) => m.destination.to.includes('dpo@shop.example') && m.subject.includes('OVERDUE'));
    expect(escalations).toHaveLength(1);

    const draft = incident.notices.find((n: { recipient: string }) => n.recipient === 'authority');
    expect(draft.body).toMatch(/Reasons for the delay/);
    const completed = draft.body.replace(/\[To complete before approval: the reasons for the delay\.\]/, 'The export was found in a partner system only on day 4.');
    expect((await api.post('legal', `/incidents/${filed.id}/decisions`, { action: 'edit', noticeId: draft.id, body: completed })).status).toBe(200);
    for (const n of incident.notices) await api.post('legal', `/incidents/${filed.id}/decisions`, { action: 'approve', noticeId: n.id });

    const sent = await eventually(async () => (await timeline()).find((e) => e.type === 'notice.sent' && e.details.obligationId === 'eu-gdpr-authority'), 'the late notice');
    expect(sent.details).toMatchObject({ late: true, sent: 1 });
    const mail = (await api.sentMail()).filter((m) => m.destination.to.includes(AUTHORITY));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body.text).toContain('found in a partner system only on day 4');
    expect((await api.get('legal', `/incidents/${filed.id}`)).body.obligations.find((o: { id: string }) => o.id === 'eu-gdpr-authority').status).toBe('fulfilled');
    expect((await timeline()).filter((e) => e.type === 'decision.edit')).toHaveLength(1);
  });
});
