// GET /incidents/{id} (responder, legal, admin)
import { dependencies } from '../shared/dependencies.js';
import { json, route } from '../shared/http.js';
import { incidentView } from './core.js';

export const handler = route(['responder', 'legal', 'admin'], async (event) => {
  const { store } = dependencies();
  const id = event.pathParameters!.id!;
  const incident = await store.requireIncident(id);
  const [obligations, notices] = await Promise.all([store.getObligations(id), store.getNotices(id)]);
  return json(200, incidentView(incident, obligations, notices));
});
