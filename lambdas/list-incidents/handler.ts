// GET /incidents?status=&limit=&cursor= (responder, legal, admin)
import { z } from 'zod';
import { IncidentStatus } from '../shared/contract.js';
import { dependencies } from '../shared/dependencies.js';
import { ValidationError } from '../shared/errors.js';
import { json, route, zodIssues } from '../shared/http.js';

const Query = z.strictObject({
  status: IncidentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

export const handler = route(['responder', 'legal', 'admin'], async (event) => {
  const query = Query.safeParse(event.queryStringParameters ?? {});
  if (!query.success) throw new ValidationError('Invalid query', zodIssues(query.error));
  const { incidents, nextCursor } = await dependencies().store.listIncidents(query.data);
  return json(200, {
    incidents: incidents.map((i) => ({
      id: i.id, title: i.title, status: i.status, origin: i.origin, createdAt: i.createdAt, updatedAt: i.updatedAt,
      discoveredAt: i.report?.discoveredAt, severity: i.assessment?.severity.level, riskToIndividuals: i.assessment?.riskToIndividuals,
      links: { self: `/incidents/${i.id}` },
    })),
    nextCursor,
  });
});
