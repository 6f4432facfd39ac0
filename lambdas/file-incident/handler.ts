// POST /incidents (responder, admin)
import { checkRecordsSource } from '../classify/sources.js';
import { dependencies } from '../shared/dependencies.js';
import { actorOf, json, jsonBody, route } from '../shared/http.js';
import { fileIncident, readReport } from './core.js';

export const handler = route(['responder', 'admin'], async (event, caller) => {
  const header = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'idempotency-key')?.[1];
  // A source that cannot be read is refused with the report (with its other bad fields), before anything is filed.
  const checkSource = (source: string) => checkRecordsSource(source, dependencies().config.recordsDir ?? null);
  const report = await readReport(jsonBody(event.body), dependencies().clock.now(), checkSource);
  const filed = await fileIncident({ report, idempotencyKey: header ?? undefined, actor: actorOf(caller) }, { ...dependencies(), checkSource });
  const { replayed, ...body } = filed;
  return json(201, body, { location: body.links.self, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) });
});
