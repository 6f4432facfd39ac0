// PUT /incidents/{id}/report (responder, admin): the report of an incident an alert opened.
import { checkRecordsSource } from '../classify/sources.js';
import { dependencies } from '../shared/dependencies.js';
import { actorOf, json, jsonBody, route } from '../shared/http.js';
import { fileReportForTriagedIncident, readReport } from '../file-incident/core.js';

export const handler = route(['responder', 'admin'], async (event, caller) => {
  // A source that cannot be read is refused with the report (with its other bad fields), before anything is filed.
  const checkSource = (source: string) => checkRecordsSource(source, dependencies().config.recordsDir ?? null);
  const report = await readReport(jsonBody(event.body), dependencies().clock.now(), checkSource);
  const { replayed: _replayed, ...filed } = await fileReportForTriagedIncident(
    { incidentId: event.pathParameters!.id!, report, actor: actorOf(caller) },
    { ...dependencies(), checkSource },
  );
  return json(200, filed);
});
