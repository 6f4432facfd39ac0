// POST /incidents/{id}/decisions (legal, admin)
import { Decision } from '../shared/contract.js';
import { dependencies } from '../shared/dependencies.js';
import { actorOf, json, parseBody, route } from '../shared/http.js';
import { recordDecision } from './core.js';

export const handler = route(['legal', 'admin'], async (event, caller) => {
  const decision = parseBody(Decision, event.body);
  const result = await recordDecision(event.pathParameters!.id!, decision, actorOf(caller), dependencies());
  return json(200, result);
});
