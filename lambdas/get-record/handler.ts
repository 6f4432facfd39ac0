// GET /incidents/{id}/record?format=pdf|json (legal, admin): the Art. 33(5) GDPR record.
import { dependencies } from '../shared/dependencies.js';
import { ValidationError } from '../shared/errors.js';
import { binary, json, route } from '../shared/http.js';
import { breachRecord } from './core.js';
import { breachRecordPdf } from './pdf.js';

export const handler = route(['legal', 'admin'], async (event, caller) => {
  const format = event.queryStringParameters?.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'json') throw new ValidationError('Invalid query', [{ field: 'format', message: 'one of pdf, json' }]);
  const { store, clock } = dependencies();
  const id = event.pathParameters!.id!;
  const incident = await store.requireIncident(id);
  const [obligations, notices, events] = await Promise.all([store.getObligations(id), store.getNotices(id), store.getTimeline(id)]);
  const record = breachRecord({ incident, obligations, notices, events }, { now: clock.now(), generatedBy: `${caller.user} (${caller.roles.join(', ')})` });
  if (format === 'json') return json(200, record);
  return binary(200, await breachRecordPdf(record), {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${id}-breach-record.pdf"`,
    'x-timeline-verified': String(record.timeline.verification.verified),
  });
});
