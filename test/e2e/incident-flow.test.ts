// The whole path on the embedded runtime (real dynalite, the real SES stand-in, the definition
// synthesized from the CDK construct, the real handlers): a report in, notices out, a verified
// timeline; bad input, idempotency and alert dedupe.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

// The README's example, discovered an hour ago: its own dates (2026-11-20) put the GDPR deadline in the past after 2026-11-23.
const example = {
  ...JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8')),
  discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
  occurredAt: new Date(Date.now() - 12 * 3_600_000).toISOString(),
};
const AUTHORITY = 'breach-notifications@authority.example';
let system: EmbeddedSystem;
let api: ReturnType<typeof client>;
// Everything the system writes to stdout/stderr while it handles personal data.
const output: string[] = [];

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => (output.push(String(chunk)), (write as (...a: unknown[]) => boolean)(chunk, ...rest))) as typeof stream.write;
  }
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0, contactOverrides: { 'eu-gdpr': AUTHORITY } });
  api = client(system);
});
afterAll(async () => system?.stop());

describe('a breach report, from POST /incidents to sent notices', () => {
  let id: string;

  it('files the report and assesses it', async () => {
    const filed = await api.post('responder', '/incidents', example);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'assessing', links: { self: `/incidents/${filed.body.id}` } });
    id = filed.body.id;

    const incident = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${id}`);
      return r.body.status === 'awaiting-approval' && r.body;
    }, 'the drafts');
    expect(incident.assessment.severity).toMatchObject({ level: expect.any(String), dpc: expect.any(Number), ei: expect.any(Number), cb: expect.any(Number) });
    expect(incident.assessment.severity.rationale.length).toBeGreaterThanOrEqual(3);
    expect(incident.assessment.categories.map((c: { category: string }) => c.category)).toEqual(expect.arrayContaining(['contact', 'payment-card']));

    const authority = incident.obligations.find((o: { regime: string; recipient: string }) => o.regime === 'eu-gdpr' && o.recipient === 'authority');
    expect(authority).toMatchObject({ required: true, status: 'awaiting-approval', citation: expect.stringContaining('33') });
    expect(Date.parse(authority.deadline) - Date.parse(example.discoveredAt)).toBe(72 * 3_600_000);
    expect(incident.obligations.find((o: { recipient: string }) => o.recipient === 'individuals')).toMatchObject({ regime: 'eu-gdpr', required: true });
    // The raw records are not kept: the incident holds counts, never values.
    const stored = JSON.stringify(incident);
    for (const value of ['Erika', 'erika@customer.example', '4111 1111 1111 1111', '4111111111111111', 'Heidestrasse']) expect(stored).not.toContain(value);
  });

  it('sends nothing before legal decides, then sends each notice once after approval', async () => {
    expect((await api.sentMail()).filter((m) => m.destination.to.includes(AUTHORITY))).toHaveLength(0);
    const { body: incident } = await api.get('legal', `/incidents/${id}`);
    const notices = incident.notices as { id: string; recipient: string; status: string; body: string }[];
    expect(notices.map((n) => n.recipient).sort()).toEqual(['authority', 'individuals']);

    // A responder may not decide.
    expect((await api.post('responder', `/incidents/${id}/decisions`, { action: 'approve', noticeId: notices[0]!.id })).status).toBe(403);
    for (const n of notices) {
      const r = await api.post('legal', `/incidents/${id}/decisions`, { action: 'approve', noticeId: n.id });
      expect(r.status).toBe(200);
    }
    // Approving twice is a conflict, not a second send.
    expect((await api.post('legal', `/incidents/${id}/decisions`, { action: 'approve', noticeId: notices[0]!.id })).status).toBe(409);

    const sent = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${id}`);
      return r.body.notices.every((n: { status: string }) => n.status === 'sent') && r.body;
    }, 'the notices to be sent');
    expect(sent.obligations.filter((o: { required: boolean; status: string }) => o.required).map((o: { status: string }) => o.status)).not.toContain('pending');
    // Every duty done: the incident closes now, not when its clock next wakes (a day later; black-box QA w1).
    await eventually(async () => (await api.get('legal', `/incidents/${id}`)).body.status === 'closed', 'the incident to close');

    const mail = await api.sentMail();
    const toAuthority = mail.filter((m) => m.destination.to.includes(AUTHORITY));
    expect(toAuthority).toHaveLength(1);
    const text = toAuthority[0]!.body.text ?? '';
    // Art. 33(3): nature, categories and numbers, contact point, consequences, measures.
    expect(text).toMatch(/payment/i);
    expect(text).toContain('dpo@shop.example');
    expect(text).toMatch(/consequence/i);
    expect(text).toMatch(/measure/i);
    for (const person of ['erika@customer.example', 'max@customer.example', 'jan@customer.example']) {
      const own = mail.filter((m) => m.destination.to.includes(person));
      expect(own, person).toHaveLength(1);
      expect(own[0]!.destination.to).toEqual([person]);
      expect(own[0]!.body.text).not.toMatch(/Erika|Max Muster|Jan Jansen|4111 ?1111 ?1111 ?1111/);
    }
  });

  it('sends an approved notice at once, while another still awaits legal', async () => {
    const filed = await api.post('responder', '/incidents', { ...example, title: `${example.title} (second)` }, { 'Idempotency-Key': 'approve-one-first' });
    const other = filed.body.id as string;
    const drafted = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${other}`);
      return r.body.status === 'awaiting-approval' && r.body;
    }, 'the second incident\'s drafts');
    const notices = drafted.notices as { id: string; recipient: string }[];
    const authority = notices.find((n) => n.recipient === 'authority')!;
    const individuals = notices.find((n) => n.recipient === 'individuals')!;
    const before = (await api.sentMail()).filter((m) => m.destination.to.includes(AUTHORITY)).length;

    expect((await api.post('legal', `/incidents/${other}/decisions`, { action: 'approve', noticeId: authority.id })).status).toBe(200);
    const partly = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${other}`);
      // Sent, and the send step ended: the incident awaits legal again (it is 'notifying' while the step runs).
      return r.body.notices.find((n: { id: string; status: string }) => n.id === authority.id)?.status === 'sent' && r.body.status === 'awaiting-approval' && r.body;
    }, 'the approved notice to be sent');
    expect(partly.notices.find((n: { id: string }) => n.id === individuals.id)?.status).toBe('awaiting-approval');
    expect((await api.sentMail()).filter((m) => m.destination.to.includes(AUTHORITY))).toHaveLength(before + 1);

    expect((await api.post('legal', `/incidents/${other}/decisions`, { action: 'approve', noticeId: individuals.id })).status).toBe(200);
    await eventually(async () => (await api.get('legal', `/incidents/${other}`)).body.notices.every((n: { status: string }) => n.status === 'sent'), 'the second notice');
    expect((await api.sentMail()).filter((m) => m.destination.to.includes(AUTHORITY))).toHaveLength(before + 1);
  });

  it('redrafts a rejected notice: edited, it awaits legal again and is sent once approved (black-box QA w3)', async () => {
    const filed = await api.post('responder', '/incidents', { ...example, title: `${example.title} (third)` }, { 'Idempotency-Key': 'reject-then-redraft' });
    const third = filed.body.id as string;
    const drafted = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${third}`);
      return r.body.status === 'awaiting-approval' && r.body;
    }, "the third incident's drafts");
    const authority = drafted.notices.find((n: { recipient: string }) => n.recipient === 'authority');
    const individuals = drafted.notices.find((n: { recipient: string }) => n.recipient === 'individuals');
    const toErika = async () => (await api.sentMail()).filter((m) => m.destination.to.includes('erika@customer.example')).length;
    const before = await toErika();

    expect((await api.post('legal', `/incidents/${third}/decisions`, { action: 'reject', noticeId: individuals.id, reason: 'Too technical for customers' })).status).toBe(200);
    expect((await api.post('legal', `/incidents/${third}/decisions`, { action: 'approve', noticeId: authority.id })).status).toBe(200);
    // Nothing awaits legal: the notices' part of the workflow ends with the people's duty open.
    await eventually(async () => (await api.get('legal', `/incidents/${third}`)).body.status === 'monitoring', 'the incident to be monitored');

    const body = `${individuals.body}\n\nIn plain words: change your password and watch your card statements.`;
    expect((await api.post('legal', `/incidents/${third}/decisions`, { action: 'edit', noticeId: individuals.id, body })).status).toBe(200);
    const again = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${third}`);
      return r.body.status === 'awaiting-approval' && r.body;
    }, 'the redraft to await legal');
    expect(again.notices.find((n: { id: string }) => n.id === individuals.id)).toMatchObject({ status: 'awaiting-approval', body });
    expect((await api.post('legal', `/incidents/${third}/decisions`, { action: 'approve', noticeId: individuals.id })).status).toBe(200);
    await eventually(async () => (await api.get('legal', `/incidents/${third}`)).body.status === 'closed', 'the incident to close');
    expect(await toErika()).toBe(before + 1);
    const sentText = (await api.sentMail()).filter((m) => m.destination.to.includes('erika@customer.example')).at(-1)!.body.text;
    expect(sentText).toContain('In plain words');
    const events = (await api.get('legal', `/incidents/${third}/timeline`)).body.events as { type: string; details: Record<string, unknown> }[];
    expect(events.find((e) => e.type === 'decision.edit')?.details).toMatchObject({ noticeId: individuals.id, redrafted: true });
  });

  it('keeps a timeline that lists every step and verifies', async () => {
    const timeline = await eventually(async () => {
      const r = await api.get('legal', `/incidents/${id}/timeline`);
      return r.body.events.some((e: { type: string }) => e.type === 'notice.sent') && r.body;
    }, 'the sends on the timeline');
    const types = timeline.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['incident.filed', 'records.classified', 'risk.assessed', 'notice.drafted', 'approval.requested', 'decision.approve', 'notice.sent']));
    expect(timeline.verification).toMatchObject({ verified: true, eventCount: timeline.events.length });
    const serialized = JSON.stringify(timeline);
    for (const value of ['erika@customer.example', 'Mustermann', '4111 1111 1111 1111', '4111111111111111']) expect(serialized).not.toContain(value);
    const csv = await api.get('legal', `/incidents/${id}/timeline?format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\r\n')[0]).toBe('seq,at,type,actor,kind,role,details,prevHash,hash,incidentId');
  });
});

describe('bad input, retries and alerts', () => {
  const count = async () => (await api.get('legal', '/incidents?limit=100')).body.incidents.length as number;

  it('refuses a malformed report naming every bad field, and stores nothing', async () => {
    const before = await count();
    const bad = { ...example, discoveredAt: 'yesterday', reporter: { name: '' , email: 'not-an-email' }, breach: { types: [] }, affected: { subjectCount: -1 } };
    delete (bad as Record<string, unknown>).title;
    const r = await api.post('responder', '/incidents', bad);
    expect(r.status).toBe(400);
    const fields = r.body.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'discoveredAt', 'reporter.name', 'reporter.email', 'breach.types', 'affected.subjectCount']));
    expect((await api.post('responder', '/incidents', '{not json')).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('files one incident for the same report sent twice with one Idempotency-Key', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'retry-test-1' };
    const first = await api.post('responder', '/incidents', example, headers);
    const second = await api.post('responder', '/incidents', example, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await count()).toBe(before + 1);
    // The same key with a different report is a conflict.
    expect((await api.post('responder', '/incidents', { ...example, title: 'Other' }, headers)).status).toBe(409);
  });

  it('opens one triage incident for the same GuardDuty finding delivered twice, and ignores samples', async () => {
    const event = JSON.parse(readFileSync(new URL('../fixtures/events/guardduty-finding-s3-exfiltration.json', import.meta.url), 'utf8'));
    const first = await api.post('admin', '/alerts', event);
    const second = await api.post('admin', '/alerts', event);
    expect(first.body[0]).toMatchObject({ outcome: 'opened' });
    expect(second.body[0]).toMatchObject({ outcome: 'updated', incidentId: first.body[0].incidentId });
    const incident = (await api.get('legal', `/incidents/${first.body[0].incidentId}`)).body;
    expect(incident).toMatchObject({ status: 'triage', origin: 'alert', alert: { occurrences: 2 } });
    // The responder confirms the breach: the report starts the clocks of that same incident.
    const confirmed = await api.call('responder', 'PUT', `/incidents/${incident.id}/report`, example);
    expect(confirmed.status).toBe(200);
    await eventually(async () => (await api.get('legal', `/incidents/${incident.id}`)).body.status === 'awaiting-approval', 'the assessment of the confirmed alert');
    expect((await api.call('responder', 'PUT', `/incidents/${incident.id}/report`, example)).status).toBe(409);
    const sample = JSON.parse(readFileSync(new URL('../fixtures/events/guardduty-sample-finding.json', import.meta.url), 'utf8'));
    expect((await api.post('admin', '/alerts', sample)).body[0]).toMatchObject({ outcome: 'ignored' });
    expect((await api.post('responder', '/alerts', event)).status).toBe(403);
  });
});

describe('logs', () => {
  it('never contain the personal data of the records', () => {
    expect(output.join('').length).toBeGreaterThan(0);
    for (const value of ['erika@customer.example', 'Mustermann', 'Heidestrasse', '4111 1111', '5555 5555']) expect(output.join('')).not.toContain(value);
  });
});
