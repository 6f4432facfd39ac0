// GET /incidents?status=&limit=&cursor= (responder, legal, admin)
import { z } from 'zod';
import { IncidentStatus } from '../shared/contract.js';
import { dependencies } from '../shared/dependencies.js';
import { ValidationError, zodIssues } from '../shared/errors.js';
import { json, route } from '../shared/http.js';
import { isOverdue, nextDeadline } from '../get-incident/core.js';
import { organizationTimeZone } from '../get-incident/time-zone.js';

const Query = z.strictObject({
  status: IncidentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

export const handler = route(['responder', 'legal', 'admin'], async (event) => {
  const query = Query.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw new ValidationError('Invalid query', zodIssues(query.error));
  const { store, clock } = dependencies();
  const { incidents, nextCursor } = await store.listIncidents(query.data);
  // The next deadline of each incident, so that a reader sees which clock runs out first.
  const obligations = await Promise.all(incidents.map((i) => store.getObligations(i.id)));
  const now = clock.now().getTime();
  return json(200, {
    incidents: incidents.map((i, n) => ({
      id: i.id, title: i.title, status: i.status, origin: i.origin, createdAt: i.createdAt, updatedAt: i.updatedAt,
      discoveredAt: i.report?.discoveredAt, ...(i.failure ? { failure: i.failure } : {}), severity: i.assessment?.severity.level, riskToIndividuals: i.assessment?.riskToIndividuals,
      nextDeadline: nextDeadline(obligations[n]!),
      overdueObligations: obligations[n]!.filter((o) => isOverdue(o, now)).length,
      timeZone: organizationTimeZone(i.report?.organization.country),
      links: { self: `/incidents/${i.id}` },
    })),
    nextCursor,
  });
});
