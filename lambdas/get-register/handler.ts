// GET /register?format=csv|json (legal, admin): the breach register, every incident.
import type { IncidentRecord } from '../shared/store.js';
import { dependencies } from '../shared/dependencies.js';
import { ValidationError } from '../shared/errors.js';
import { attachment, json, route } from '../shared/http.js';
import { REGISTER_COLUMNS, registerCsv, registerRow } from './core.js';

export const handler = route(['legal', 'admin'], async (event) => {
  const format = event.queryStringParameters?.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new ValidationError('Invalid query', [{ field: 'format', message: 'one of csv, json' }]);
  const { store, clock } = dependencies();
  const now = clock.now();
  const incidents: IncidentRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listIncidents({ limit: 100, cursor });
    incidents.push(...page.incidents);
    cursor = page.nextCursor;
  } while (cursor);
  const rows = [];
  for (const incident of incidents) {
    const [obligations, notices, events] = await Promise.all([store.getObligations(incident.id), store.getNotices(incident.id), store.getTimeline(incident.id)]);
    rows.push(registerRow(incident, obligations, notices, events, now));
  }
  if (format === 'json') {
    return json(200, { generatedAt: now.toISOString(), columns: REGISTER_COLUMNS.map(([name, description]) => ({ name, description })), incidents: rows });
  }
  return attachment(registerCsv(rows), 'text/csv; charset=utf-8', `breach-register-${now.toISOString().slice(0, 10)}.csv`);
});
