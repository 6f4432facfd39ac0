// GET /incidents/{id}/timeline?format=json|csv|html (legal, admin)
import { dependencies } from '../shared/dependencies.js';
import { ValidationError } from '../shared/errors.js';
import { json, route } from '../shared/http.js';
import { verifyTimeline } from '../shared/timeline.js';
import { timelineCsv, timelineHtml } from './core.js';

export const handler = route(['legal', 'admin'], async (event) => {
  const { store } = dependencies();
  const id = event.pathParameters!.id!;
  const format = event.queryStringParameters?.format ?? 'json';
  if (!['json', 'csv', 'html'].includes(format)) {
    throw new ValidationError('Invalid query', [{ field: 'format', message: 'one of json, csv, html' }]);
  }
  const incident = await store.requireIncident(id);
  const events = await store.getTimeline(id);
  const verification = verifyTimeline(events, incident.timelineHead);
  if (format === 'csv') {
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${id}-timeline.csv"`, 'x-timeline-verified': String(verification.verified) },
      body: timelineCsv(events),
    };
  }
  if (format === 'html') {
    return { statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: timelineHtml(id, events, verification) };
  }
  // The head the incident holds: what a saved copy's last event must be (see breachclock verify-timeline).
  return json(200, { incidentId: id, verification, ...(incident.timelineHead && { head: incident.timelineHead }), events });
});
