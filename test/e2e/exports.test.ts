// What legal exports, checked against what happened: the breach record (Art. 33(5) GDPR) as JSON
// and PDF, the breach register as CSV and JSON, the timeline as CSV and JSON; and the OpenAPI
// description, checked against the real requests and answers of the API.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as runVerify } from '../../lib/cli/verify-timeline.js';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';
import { pdfText } from './pdf-text.js';

const example = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
const REMEDIAL = 'Revoked the leaked key at 09:40 UTC, rotated every API key of the shop, removed the repository.';
const REFERENCE = 'LDA-NRW-2026-0042';
let system: EmbeddedSystem;
let api: ReturnType<typeof client>;
let id: string;
let alertIncident: string;
let uncoveredIncident: string;

beforeAll(async () => {
  // No authority address: the German authority takes notices through its portal (ready-to-file).
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0 });
  api = client(system);
  id = (await api.post('responder', '/incidents', { ...example, discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), occurredAt: new Date(Date.now() - 7_200_000).toISOString() })).body.id;
  const incident = await eventually(async () => {
    const r = await api.get('legal', `/incidents/${id}`);
    return r.body.status === 'awaiting-approval' && r.body;
  }, 'the drafts');
  expect((await api.post('responder', `/incidents/${id}/updates`, { remedialAction: REMEDIAL, effects: 'No misuse of the card data seen so far.' })).status).toBe(201);
  for (const notice of incident.notices) {
    expect((await api.post('legal', `/incidents/${id}/decisions`, { action: 'approve', noticeId: notice.id, reason: 'Checked against Art. 33(3)' })).status).toBe(200);
  }
  const authority = incident.obligations.find((o: { recipient: string; regime: string }) => o.regime === 'eu-gdpr' && o.recipient === 'authority');
  await eventually(async () => (await api.get('legal', `/incidents/${id}`)).body.notices.every((n: { status: string }) => n.status === 'sent' || n.status === 'ready-to-file'), 'the sends');
  // Approved for the portal: the duty waits for its filing now, not for legal's approval (black-box QA w5).
  expect((await api.get('legal', `/incidents/${id}`)).body.obligations.find((o: { id: string }) => o.id === authority.id)?.status).toBe('pending');
  expect((await api.post('legal', `/incidents/${id}/decisions`, { action: 'record-submission', obligationId: authority.id, reference: REFERENCE, submittedAt: new Date().toISOString() })).status).toBe(200);
  // A second incident that was never notified: an alert still in triage.
  const alert = JSON.parse(readFileSync(new URL('../fixtures/events/guardduty-finding-s3-exfiltration.json', import.meta.url), 'utf8'));
  alertIncident = (await api.post('admin', '/alerts', alert)).body[0].incidentId;
  const { records: _records, ...affected } = example.affected;
  uncoveredIncident = (await api.post('responder', '/incidents', {
    ...example, title: 'Customers in Illinois and Mexico', discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
    organization: { ...example.organization, country: 'MX' }, affected: { ...affected, subjectCount: 700, jurisdictions: ['US-IL', 'MX'] },
  })).body.id;
  await eventually(async () => (await api.get('legal', `/incidents/${uncoveredIncident}`)).body.assessment, 'the uncovered incident\'s assessment');
});
afterAll(async () => system?.stop());

describe('the breach record (Art. 33(5) GDPR)', () => {
  it('holds the facts, the effects, the remedial action and every decision with its reason and author', async () => {
    const { status, body: record } = await api.get('legal', `/incidents/${id}/record?format=json`);
    expect(status).toBe(200);
    expect(record.facts).toMatchObject({ organization: { name: 'Example Shop GmbH', country: 'DE' }, breach: { cause: 'hacking', exfiltration: 'confirmed' } });
    expect(record.effects.categories.map((c: { category: string }) => c.category)).toEqual(expect.arrayContaining(['contact', 'payment-card']));
    expect(record.effects.severity.rationale.length).toBeGreaterThan(2);
    // The report's measures (which the notices state), then the responders' update (black-box QA w2).
    expect(record.remedialAction).toEqual([
      expect.objectContaining({ text: example.breach.measures, by: 'responder-key', role: 'responder' }),
      expect.objectContaining({ text: REMEDIAL, by: 'responder-key', role: 'responder' }),
    ]);
    expect(record.effects.recorded).toEqual([expect.objectContaining({ text: 'No misuse of the card data seen so far.' })]);
    const approvals = record.decisions.filter((d: { action: string }) => d.action === 'approve');
    expect(approvals.length).toBe(2);
    for (const d of approvals) expect(d).toMatchObject({ by: 'legal-key', role: 'legal', reason: 'Checked against Art. 33(3)' });
    expect(record.decisions).toContainEqual(expect.objectContaining({ action: 'record-submission', reference: REFERENCE, by: 'legal-key' }));
    expect(record.timeline.verification).toMatchObject({ verified: true });
    // Decisions in the record are the decisions on the timeline, one for one.
    const { body: timeline } = await api.get('legal', `/incidents/${id}/timeline`);
    expect(record.decisions.map((d: { seq: number }) => d.seq)).toEqual(timeline.events.filter((e: { type: string }) => e.type.startsWith('decision.')).map((e: { seq: number }) => e.seq));
  });

  it('is a PDF that says the same, with its title and a footer on every page', async () => {
    const pdf = await api.bytes('legal', `/incidents/${id}/record`, 'application/pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`${id}-breach-record.pdf`);
    expect(pdf.headers.get('x-timeline-verified')).toBe('true');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf.body);
    expect(doc.getTitle()).toContain(id);
    expect(doc.getSubject()).toContain('Art. 33(5) GDPR');
    const text = pdfText(pdf.body);
    for (const expected of ['Record of a personal data breach', '1. Facts', '2. Effects', '3. Remedial action taken', '6. Decisions', '7. Audit timeline', 'Example Shop GmbH', REFERENCE, 'legal-key (legal)', 'payment-card', 'The hash chain verifies']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replace(/\n/g, ' ')).toContain('Revoked the leaked key');
    expect(text.match(/page \d+ of \d+/g)).toHaveLength(doc.getPageCount());
    // No value of an affected person's record, ever.
    for (const value of ['Erika', 'erika@customer.example', '4111 1111 1111 1111', '4111111111111111', 'Heidestrasse']) expect(text).not.toContain(value);
  });

  it('is refused to a responder (who files; legal exports)', async () => {
    expect((await api.bytes('responder', `/incidents/${id}/record`)).status).toBe(403);
  });
});

describe('the breach record of a controller whose name the PDF font cannot write (black-box QA w2)', () => {
  it('writes letters outside its font without their accents, says so, and keeps them exact in JSON', async () => {
    const { records: _records, ...affected } = example.affected;
    const polish = (await api.post('responder', '/incidents', {
      ...example, title: 'Wyciek danych klientów', discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
      organization: { ...example.organization, name: 'Łódź Sp. z o.o.', country: 'PL' }, affected: { ...affected, jurisdictions: ['PL'] },
    })).body.id;
    await eventually(async () => (await api.get('legal', `/incidents/${polish}`)).body.assessment, 'the assessment');
    const text = pdfText((await api.bytes('legal', `/incidents/${polish}/record`, 'application/pdf')).body);
    expect(text.replace(/\s+/g, ' ')).toContain('Lódz Sp. z o.o.'); // ó is in the font, ź is not
    expect(text).toContain('Urzad Ochrony Danych Osobowych');
    expect(text).not.toContain('?od?');
    expect(text).toContain('written without their accents');
    expect((await api.get('legal', `/incidents/${polish}/record?format=json`)).body.facts.organization.name).toBe('Łódź Sp. z o.o.');
  });
});

describe('the breach register', () => {
  it('lists every incident, notified or not, with when and how the authority and the people were told', async () => {
    const csv = await api.bytes('legal', '/register');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse(csv.body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const { body: list } = await api.get('legal', '/incidents?limit=100');
    expect(rows.map((r) => r.incident).sort()).toEqual(list.incidents.map((i: { id: string }) => i.id).sort());

    const notified = rows.find((r) => r.incident === id)!;
    expect(notified.authority_notification).toContain('eu-gdpr: required');
    expect(notified.authority_notified).toContain(REFERENCE);
    expect(notified.individuals_notified).toMatch(/eu-gdpr: .*3 message\(s\) by email/);
    expect(notified.people_affected).toBe('3');
    expect(notified.remedial_action).toContain('Revoked the leaked key');
    expect(notified.remedial_action).toContain(`report: ${example.breach.measures}`);
    expect(notified.timeline_verified).toBe('true');

    const triage = rows.find((r) => r.incident === alertIncident)!;
    expect(triage).toMatchObject({ status: 'triage', origin: 'alert', authority_notified: '', authority_notification: '' });
    // Assessed with people only where no runbook applies (Illinois, Mexico): the register says why no one was told.
    const uncovered = rows.find((r) => r.incident === uncoveredIncident)!;
    expect(uncovered.authority_notification).toBe('none: not assessed, no runbook covers MX, US-IL');
    // Nothing of an affected person in it.
    for (const value of ['erika@customer.example', '4111 1111 1111 1111', '4111111111111111']) expect(csv.body.toString()).not.toContain(value);
  });

  it('is also JSON, with a description of every column', async () => {
    const { body } = await api.get('legal', '/register?format=json');
    expect(body.columns.length).toBeGreaterThan(20);
    expect(body.incidents.find((r: { incident: string }) => r.incident === id)).toMatchObject({ timeline_verified: true, overdue_obligations: 0 });
  });
});

describe('the timeline exports', () => {
  it('say the same in CSV and JSON: every event, in order, with its hashes', async () => {
    const { body: json } = await api.get('legal', `/incidents/${id}/timeline?format=json`);
    const csv = await api.bytes('legal', `/incidents/${id}/timeline?format=csv`);
    expect(csv.headers.get('x-timeline-verified')).toBe('true');
    const rows = parse(csv.body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [Number(r.seq), r.type, r.actor, r.hash])).toEqual(json.events.map((e: any) => [e.seq, e.type, e.actor.id, e.hash]));
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['incident.updated', 'decision.approve', 'notice.sent', 'decision.record-submission']));
    // A spreadsheet reads it as UTF-8 (black-box QA w2).
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('can be verified when saved, and a saved copy cut short, edited or reordered does not verify (black-box QA w4)', async () => {
    const { body: json } = await api.get('legal', `/incidents/${id}/timeline?format=json`);
    const csv = (await api.bytes('legal', `/incidents/${id}/timeline?format=csv`)).body.toString('utf8');
    expect(json.head).toEqual({ seq: json.events.length, hash: json.events.at(-1).hash });
    const head = `--head=${json.head.hash}`;
    const verify = async (text: string, ...args: string[]) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'timeline-')), text.startsWith('{') ? 'timeline.json' : 'timeline.csv');
      writeFileSync(file, text);
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
      try {
        return { status: await runVerify([file, ...args]), output: lines.join('\n') };
      } finally {
        log.mockRestore();
      }
    };
    expect(await verify(JSON.stringify(json), head)).toMatchObject({ status: 0, output: expect.stringContaining(`Verified: ${json.events.length} events`) });
    expect(await verify(csv, head)).toMatchObject({ status: 0 });

    const cut = { ...json, events: json.events.slice(0, -2), head: { seq: json.events.length - 2, hash: json.events.at(-3).hash } };
    expect(await verify(JSON.stringify(cut), head)).toMatchObject({ status: 1, output: expect.stringContaining('cut off') });
    const edited = structuredClone(json);
    edited.events[2].details.reason = 'changed afterwards';
    expect(await verify(JSON.stringify(edited), head)).toMatchObject({ status: 1, output: expect.stringContaining('event 3 is altered') });
    const lines = csv.split('\r\n');
    [lines[3], lines[4]] = [lines[4]!, lines[3]!];
    expect(await verify(lines.join('\r\n'), head)).toMatchObject({ status: 1, output: expect.stringContaining('NOT VERIFIED') });
  });
});

describe('the OpenAPI 3.1 description', () => {
  const require = createRequire(import.meta.url);
  // ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) comes with asl-validator.
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats').default ?? require('ajv-formats');

  const validatorFor = async () => {
    const { body: doc } = await api.get('legal', '/openapi.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');
    const check = (ref: string, value: unknown) => {
      const validate = ajv.getSchema(`openapi${ref}`) ?? ajv.compile({ $ref: `openapi${ref}` });
      const ok = validate(value);
      return ok ? [] : validate.errors;
    };
    const schemaOf = (path: string, method: string, status: string) => doc.paths[path][method].responses[status].content['application/json'].schema.$ref as string;
    return { doc, check, schemaOf };
  };

  it('is OpenAPI 3.1 with an operation for every route', async () => {
    const { doc } = await validatorFor();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((item: any) => Object.values(item)) as { operationId: string }[];
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    // Every route has its description in lambdas/get-openapi/core.ts (request body, responses).
    expect(operations.filter((o) => (o as Record<string, unknown>)['x-breachclock-undescribed']).map((o) => o.operationId)).toEqual([]);
    for (const ref of JSON.stringify(doc).match(/"#\/components\/[^"]+"/g) ?? []) {
      const [, , kind, name] = JSON.parse(ref).split('/');
      expect(doc.components[kind][name], ref).toBeDefined();
    }
  });

  it('accepts what the API accepts and refuses what it refuses (request bodies)', async () => {
    const { check } = await validatorFor();
    expect(check('#/components/schemas/IncidentReport', example)).toEqual([]);
    expect(check('#/components/schemas/IncidentReport', { ...example, title: '' }).length).toBeGreaterThan(0);
    expect(check('#/components/schemas/Decision', { action: 'waive', obligationId: 'x', reason: 'why' })).toEqual([]);
    expect(check('#/components/schemas/Decision', { action: 'waive', obligationId: 'x' }).length).toBeGreaterThan(0);
    expect(check('#/components/schemas/IncidentUpdate', { remedialAction: 'done' })).toEqual([]);
  });

  it('describes what the API answers (responses)', async () => {
    const { check, schemaOf } = await validatorFor();
    const answers: [string, string, string][] = [
      ['/incidents', `/incidents?limit=100`, '200'],
      ['/incidents/{id}', `/incidents/${id}`, '200'],
      ['/incidents/{id}', `/incidents/${alertIncident}`, '200'],
      ['/incidents/{id}/timeline', `/incidents/${id}/timeline`, '200'],
      ['/incidents/{id}/record', `/incidents/${id}/record?format=json`, '200'],
      ['/register', '/register?format=json', '200'],
      ['/me', '/me', '200'],
    ];
    for (const [path, url, status] of answers) {
      const reply = await api.get('legal', url);
      expect(reply.status, url).toBe(Number(status));
      expect(check(schemaOf(path, 'get', status), reply.body), url).toEqual([]);
    }
    const refused = await api.call('responder', 'GET', `/incidents/${id}/timeline`);
    expect(check('#/components/schemas/Error', refused.body)).toEqual([]);
  });
});

describe('a triage incident that is no breach (black-box QA w2)', () => {
  it('is dismissed by legal with a reason, closed, and says why in the register; a confirmed incident cannot be', async () => {
    const alarm = JSON.parse(readFileSync(new URL('../fixtures/events/cloudwatch-alarm-state-change-alarm.json', import.meta.url), 'utf8'));
    const opened = (await api.post('admin', '/alerts', alarm)).body[0].incidentId as string;
    expect((await api.post('responder', `/incidents/${opened}/decisions`, { action: 'dismiss', reason: 'CPU alarm' })).status).toBe(403);
    expect((await api.post('legal', `/incidents/${opened}/decisions`, { action: 'dismiss', reason: 'A CPU alarm: no personal data involved' })).status).toBe(200);
    expect((await api.get('legal', `/incidents/${opened}`)).body.status).toBe('closed');
    const rows = parse((await api.bytes('legal', '/register')).body.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const row = rows.find((r) => r.incident === opened)!;
    expect(row.decisions).toContain('dismiss');
    expect(row.decisions).toContain('A CPU alarm: no personal data involved');
    expect(row.closed_at).not.toBe('');
    expect((await api.post('legal', `/incidents/${id}/decisions`, { action: 'dismiss', reason: 'no' })).status).toBe(409);
  });
});

describe('a Macie finding confirmed as a breach (black-box QA w2)', () => {
  it('keeps the categories Macie found when the report does not repeat them', async () => {
    const macie = JSON.parse(readFileSync(new URL('../fixtures/events/macie-finding-sensitive-data.json', import.meta.url), 'utf8'));
    const opened = (await api.post('admin', '/alerts', macie)).body[0].incidentId as string;
    const found = (await api.get('legal', `/incidents/${opened}`)).body.alert.dataCategories as string[];
    expect(found.length).toBeGreaterThan(0);
    const { records: _records, ...affected } = example.affected;
    const report = { ...example, discoveredAt: new Date(Date.now() - 3_600_000).toISOString(), occurredAt: new Date(Date.now() - 7_200_000).toISOString(), affected: { ...affected, dataCategories: ['contact'] } };
    expect((await api.call('responder', 'PUT', `/incidents/${opened}/report`, report)).status).toBe(200);
    const assessed = await eventually(async () => (await api.get('legal', `/incidents/${opened}`)).body.assessment, 'the assessment');
    expect(assessed.categories.map((c: { category: string }) => c.category)).toEqual(expect.arrayContaining(found));
  });
});

describe('refusals that name the field (black-box QA w2)', () => {
  it('refuses a cursor the API did not return, and an update dated in the future, changing nothing', async () => {
    const otherPartition = { pk: 'INCIDENT#x', sk: 'INCIDENT', gsi1pk: 'OTHER', gsi1sk: 'x' };
    for (const cursor of ['not-a-cursor', Buffer.from('{"foo":"bar"}').toString('base64url'), Buffer.from(JSON.stringify(otherPartition)).toString('base64url')]) {
      const paged = await api.get('legal', `/incidents?cursor=${cursor}`);
      expect(paged.status).toBe(400);
      expect(paged.body.issues).toEqual([expect.objectContaining({ field: 'cursor' })]);
    }
    const before = (await api.get('legal', `/incidents/${id}/timeline`)).body.events.length;
    const update = await api.post('responder', `/incidents/${id}/updates`, { remedialAction: 'Rotated keys', occurredAt: '2030-01-01T00:00:00Z' });
    expect(update.status).toBe(400);
    expect(update.body.issues).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
    expect((await api.get('legal', `/incidents/${id}/timeline`)).body.events.length).toBe(before);
  });
});
