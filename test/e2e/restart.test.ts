// Stopping the embedded system while a regulator clock waits, and starting it again: the clock
// goes on, the next reminder still comes, and nothing already done is done again.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

// Two regulator hours per wall second: the next reminder comes ~12 s after the first, room for a
// restart (which synthesizes the workflow again) on a loaded machine.
const SPEED = 7_200;
const AUTHORITY = 'breach-notifications@authority.example';
const dataDir = mkdtempSync(join(tmpdir(), 'breachclock-restart-'));
const start = () => startEmbedded({ dataDir, port: 0, sesPort: 0, clockSpeed: SPEED, contactOverrides: { 'eu-gdpr': AUTHORITY } });
let system: EmbeddedSystem | undefined;

afterAll(async () => {
  await system?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const reminders = (events: { type: string; details: { obligationId?: string; hoursLeft?: number } }[]) =>
  events.filter((e) => e.type === 'clock.reminder').map((e) => `${e.details.obligationId}@${e.details.hoursLeft}h`);

describe('restart', () => {
  it('carries on open incidents: the clock keeps running, nothing is repeated', async () => {
    system = await start();
    let api = client(system);
    const regulatorNow = system.clock.regulatorOrigin + (Date.now() - system.clock.wallOrigin) * SPEED;
    const report = {
      ...JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8')),
      // Awareness 23.5 regulator hours ago: the first reminder (24 h after) comes at once.
      discoveredAt: new Date(regulatorNow - 23.5 * 3_600_000).toISOString(),
      occurredAt: new Date(regulatorNow - 24 * 3_600_000).toISOString(),
    };
    const { body: filed } = await api.post('responder', '/incidents', report);
    const timeline = async () => (await api.get('legal', `/incidents/${filed.id}/timeline`)).body.events;

    // The first reminder (24 h after awareness, 48 h left) comes ~0.25 s later.
    await eventually(async () => reminders(await timeline()).includes('eu-gdpr-authority@48h'), 'the first reminder');
    await system.stop();
    system = undefined;

    // Down for 1.5 s = 3 regulator hours: regulator time does not stop with the process.
    await new Promise((r) => setTimeout(r, 1500));
    system = await start();
    api = client(system);
    expect(system.resumed).toContain(filed.id);

    // The next reminder (48 h after awareness; on a machine so loaded that the restart took over 12 s, the one after
    // it) still comes, and the first is not sent again.
    await eventually(async () => reminders(await timeline()).length >= 2, 'the next reminder after the restart', 40_000);
    // Both drafts are written by the assessment's run, which a loaded machine may still be finishing.
    await eventually(async () => (await timeline()).filter((e: { type: string }) => e.type === 'notice.drafted').length >= 2, 'both drafts', 40_000);
    const events = await timeline();
    // The clock runs on: on a loaded machine a later reminder (12 h left) may come too, but none twice.
    const sent = reminders(events);
    expect(sent[0]).toBe('eu-gdpr-authority@48h');
    expect(new Set(sent).size).toBe(sent.length);
    expect(events.filter((e: { type: string }) => e.type === 'incident.filed')).toHaveLength(1);
    expect(events.filter((e: { type: string }) => e.type === 'notice.drafted')).toHaveLength(2);
    expect((await api.get('legal', `/incidents/${filed.id}/timeline`)).body.verification.verified).toBe(true);

    // Legal approves after the restart: every notice goes out exactly once.
    const { body: incident } = await api.get('legal', `/incidents/${filed.id}`);
    for (const n of incident.notices) expect((await api.post('legal', `/incidents/${filed.id}/decisions`, { action: 'approve', noticeId: n.id })).status).toBe(200);
    await eventually(async () => (await api.get('legal', `/incidents/${filed.id}`)).body.notices.every((n: { status: string }) => n.status === 'sent'), 'the sends');
    const mail = await api.sentMail();
    for (const to of [AUTHORITY, 'erika@customer.example', 'max@customer.example', 'jan@customer.example']) {
      expect(mail.filter((m) => m.destination.to.includes(to)), to).toHaveLength(1);
    }
    // The reminders went to the organisation's contact point, once each (read after the mail, so that a reminder
    // due meanwhile is counted in the timeline even if its mail came after).
    const toContact = mail.filter((m) => m.destination.to.includes('dpo@shop.example') && m.subject.includes(filed.id));
    expect(toContact.length).toBeGreaterThanOrEqual(2);
    expect(toContact.length).toBeLessThanOrEqual(reminders(await timeline()).length);
    expect(new Set(toContact.map((m) => m.subject)).size).toBe(toContact.length);
    // Two starts (each synthesizes the workflow) and two reminders: on a loaded two-core machine,
    // running beside the other files, this takes more than the suite's 60 s at times.
  }, 150_000);
});
