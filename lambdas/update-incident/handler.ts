// POST /incidents/{id}/updates (responder, admin)
import { dependencies } from '../shared/dependencies.js';
import { actorOf, json, parseBody, route } from '../shared/http.js';
import { IncidentUpdate, updateIncident } from './core.js';

export const handler = route(['responder', 'admin'], async (event, caller) => {
  const update = parseBody(IncidentUpdate, event.body);
  return json(201, await updateIncident(event.pathParameters!.id!, update, actorOf(caller), dependencies()));
});
