// PUT /incidents/{id}/report (responder, admin): the report of an incident an alert opened.
import { IncidentReport } from '../shared/contract.js';
import { checkRecordsSource } from '../classify/sources.js';
import { dependencies } from '../shared/dependencies.js';
import { actorOf, json, parseBody, route } from '../shared/http.js';
import { fileReportForTriagedIncident } from '../file-incident/core.js';

export const handler = route(['responder', 'admin'], async (event, caller) => {
  const report = parseBody(IncidentReport, event.body);
  // A source that cannot be read is refused with the report (with its other bad fields), before anything is filed.
  const checkSource = (source: string) => checkRecordsSource(source, dependencies().config.recordsDir ?? null);
  const { replayed: _replayed, ...filed } = await fileReportForTriagedIncident(
    { incidentId: event.pathParameters!.id!, report, actor: actorOf(caller) },
    { ...dependencies(), checkSource },
  );
  return json(200, filed);
});
