// A report whose records source cannot be read. One that is refused by its name or absence is
// refused with the report (400, nothing filed); one that turns out unreadable when it is read does
// not stop the clocks: the assessment goes on with the report's own figures, and the incident, its
// timeline and legal's page say the export was not read, naming the source as the report does
// and never a value of it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

let system: EmbeddedSystem;
let api: ReturnType<typeof client>;
let recordsDir: string;

beforeAll(async () => {
  recordsDir = mkdtempSync(path.join(tmpdir(), 'breachclock-records-'));
  // Not JSON: a ValidationError when read, naming the line, never a value.
  writeFileSync(path.join(recordsDir, 'broken.json'), '[{"email": "leak@example.com", "name": "Erika"');
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0, recordsDir });
  api = client(system);
});
afterAll(async () => {
  await system?.stop();
  rmSync(recordsDir, { recursive: true, force: true });
});

const reportWithSource = (source: string) => {
  const report = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
  delete report.affected.records;
  report.affected.recordsSource = source;
  return report;
};

describe('a records source', () => {
  it('that is missing, outside the records directory or of no known format is refused with the report, and nothing is filed', async () => {
    const before = (await api.get('legal', '/incidents?limit=100')).body.incidents.length;
    for (const source of ['not-there.csv', '/etc/hosts.csv', 'broken.xlsx']) {
      const { status, body } = await api.post('responder', '/incidents', reportWithSource(source));
      expect(status, source).toBe(400);
      expect(body.issues.map((issue: { field: string }) => issue.field), source).toEqual(['affected.recordsSource']);
    }
    // With the report's other bad fields, all named at once.
    const both = reportWithSource('not-there.csv');
    both.affected.jurisdictions = ['UK'];
    const { status, body } = await api.post('responder', '/incidents', both);
    expect(status).toBe(400);
    expect(body.issues.map((issue: { field: string }) => issue.field)).toEqual(['affected.recordsSource', 'affected.jurisdictions.0']);
    expect((await api.get('legal', '/incidents?limit=100')).body.incidents.length).toBe(before);
  });

  it('that cannot be read does not stop the clocks: the report\'s figures are assessed, and the incident says why the export was not read', async () => {
    const { status, body: filed } = await api.post('responder', '/incidents', reportWithSource(path.join(recordsDir, 'broken.json')));
    expect(status).toBe(201);

    const incident = await eventually(async () => {
      const { body } = await api.get('legal', `/incidents/${filed.id}`);
      return body.obligations?.length > 0 && body.assessment ? body : undefined;
    }, 'the obligations');
    expect(incident.failure).toBeUndefined();
    expect(incident.classification.sourceUnreadable).toMatchObject({ error: 'ValidationError', message: expect.stringContaining('broken.json') });
    expect(incident.classification.subjectCount).toBe(0); // no record was read
    expect(incident.assessment.subjectCount).toBe(3); // the report's own figure
    const authority = incident.obligations.find((o: { regime: string; recipient: string }) => o.regime === 'eu-gdpr' && o.recipient === 'authority');
    expect(authority).toMatchObject({ required: true, deadline: '2026-11-23T08:15:00.000Z' });

    const { body: timeline } = await api.get('legal', `/incidents/${filed.id}/timeline`);
    const classified = timeline.events.find((e: { type: string }) => e.type === 'records.classified');
    expect(classified.details.sourceUnreadable).toMatchObject({ error: 'ValidationError' });
    const serialized = JSON.stringify([incident, timeline]);
    for (const value of ['leak@example.com', 'Erika']) expect(serialized).not.toContain(value);
  });

  it('cut short, or with lines that are not records, is read as far as it goes, and the incident and its timeline say so', async () => {
    const lines = ['{"customer_id":"C1","email":"c1@example.com","country":"AT"}', 'java.lang.IllegalStateException: leak@example.com',
      '{"customer_id":"C2","email":"c2@example.com","country":"DE"}', '{"customer_id":"C3","email":"c3@exa'];
    writeFileSync(path.join(recordsDir, 'cut.jsonl'), lines.join('\n'));
    const { status, body: filed } = await api.post('responder', '/incidents', reportWithSource(path.join(recordsDir, 'cut.jsonl')));
    expect(status).toBe(201);

    const incident = await eventually(async () => {
      const { body } = await api.get('legal', `/incidents/${filed.id}`);
      return body.classification ? body : undefined;
    }, 'the classification');
    expect(incident.classification.sourceUnreadable).toBeUndefined();
    expect(incident.classification.sourceIncomplete).toEqual({ skippedLines: 2, firstSkippedLine: 2, cutShort: true });
    expect(incident.classification.recordsScanned).toBe(2);
    const { body: timeline } = await api.get('legal', `/incidents/${filed.id}/timeline`);
    const classified = timeline.events.find((e: { type: string }) => e.type === 'records.classified');
    expect(classified.details.sourceIncomplete).toEqual({ skippedLines: 2, firstSkippedLine: 2, cutShort: true });
    expect(JSON.stringify([incident, timeline])).not.toContain('leak@example.com');
  });

  it('without a header row is read under the column names the report gives, and names for no CSV are refused', async () => {
    writeFileSync(path.join(recordsDir, 'outfile.txt'), '7\tMia\tFrank\tmia@example.org\t2017-04-02\tAT\n8\tEva\tFrank\t\\N\t1986-02-02\tAT\n');
    const report = reportWithSource(path.join(recordsDir, 'outfile.txt'));
    report.affected.recordsColumns = ['customer_id', 'first_name', 'last_name', 'email', 'birth_date', 'country'];
    const { status, body: filed } = await api.post('responder', '/incidents', report);
    expect(status, JSON.stringify(filed)).toBe(201);
    const incident = await eventually(async () => {
      const { body } = await api.get('legal', `/incidents/${filed.id}`);
      return body.classification ? body : undefined;
    }, 'the classification');
    expect(incident.classification.recordsScanned).toBe(2);
    expect(incident.classification.evidence).toContainEqual(expect.objectContaining({ detector: 'date-of-birth', columns: ['birth_date'] }));
    expect(incident.classification.children).toMatchObject({ under13: 1 });

    const json = reportWithSource(path.join(recordsDir, 'broken.json'));
    json.affected.recordsColumns = ['email'];
    const refused = await api.post('responder', '/incidents', json);
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['affected.recordsColumns']);
  });
});
