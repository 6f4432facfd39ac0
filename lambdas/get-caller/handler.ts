// GET /me (responder, legal, admin): who is calling, and the regulator clock deadlines run on.
import { dependencies } from '../shared/dependencies.js';
import { json, route } from '../shared/http.js';
import { callerView } from './core.js';

export const handler = route(['responder', 'legal', 'admin'], async (_event, caller) => json(200, callerView(caller, dependencies().clock)));
