// A report whose records source is missing: the workflow stops, and the incident and its line in
// the list say why, in the words of the report (its own path, not the server's).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

let system: EmbeddedSystem;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0 });
  api = client(system);
});
afterAll(async () => system?.stop());

describe('a missing records source', () => {
  it('stops the workflow with the reason on the incident, its timeline and its line in the list', async () => {
    const report = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
    delete report.affected.records;
    report.affected.recordsSource = 'exports/not-there.csv';
    const { status, body: filed } = await api.post('responder', '/incidents', report);
    expect(status).toBe(201);

    const incident = await eventually(async () => {
      const { body } = await api.get('legal', `/incidents/${filed.id}`);
      return body.failure ? body : undefined;
    }, 'the failure');
    expect(incident.failure).toMatchObject({ error: 'NotFoundError', message: 'records file exports/not-there.csv does not exist' });
    const { body: list } = await api.get('legal', '/incidents');
    expect(list.incidents.find((i: { id: string }) => i.id === filed.id)?.failure).toMatchObject({ error: 'NotFoundError' });
    const { body: timeline } = await api.get('legal', `/incidents/${filed.id}/timeline`);
    expect(timeline.events.find((e: { type: string }) => e.type === 'workflow.failed')?.details).toMatchObject({ error: 'NotFoundError' });
  });
});
