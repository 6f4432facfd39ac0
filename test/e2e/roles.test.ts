// Roles, everywhere: every route of the API with every role (and with none). responder files and
// updates, legal reads everything, decides and exports, admin does all; a refusal is a 403, and
// when the route is about an incident, the refusal is on that incident's timeline.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../lambdas/shared/contract.js';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { API_ROUTES } from '../../lib/functions.js';
import { client, eventually } from './harness.js';

const example = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
let system: EmbeddedSystem;
let api: ReturnType<typeof client>;
let incidentId: string;

/** Every route, the embedded POST /alerts included, with the roles it admits. */
const ROUTES = [...API_ROUTES.map((r) => ({ method: r.method, path: r.path, roles: r.roles as readonly Role[] })), { method: 'POST', path: '/alerts', roles: ['admin'] as readonly Role[] }];
const MATRIX = ROUTES.flatMap((route) => [...ROLES, null].map((role) => ({ route, role })));

beforeAll(async () => {
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0 });
  api = client(system);
  incidentId = (await api.post('responder', '/incidents', example)).body.id;
  await eventually(async () => (await api.get('legal', `/incidents/${incidentId}`)).body.status === 'awaiting-approval', 'the assessment');
});
afterAll(async () => system?.stop());

// A body that every admitted caller gets past the role check with, and that changes nothing.
const INVALID_BODY = { unexpected: true };

describe('the matrix of routes x roles', () => {
  it.each(MATRIX.map(({ route, role }) => [`${route.method} ${route.path}`, role ?? 'no key', route, role] as const))('%s as %s', async (_name, _who, route, role) => {
    const path = route.path.replace('{id}', incidentId);
    const body = route.method === 'GET' ? undefined : INVALID_BODY;
    const reply = await api.call(role, route.method, path, body);
    if (role === null) {
      expect(reply.status).toBe(401);
      // The shape of every error, as the OpenAPI says (black-box QA w2).
      expect(reply.body).toMatchObject({ error: 'UnauthorizedError' });
    } else if (!route.roles.includes(role)) {
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ error: 'ForbiddenError' });
    } else {
      // Admitted: a read answers, a write with a bad body is refused for the body (nothing changes).
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(route.method === 'GET' ? 200 : 400);
    }
  });

  it('recorded every refusal about the incident on its timeline, with who, what and which roles would do', async () => {
    const refusedHere = MATRIX.filter(({ route, role }) => role !== null && route.path.includes('{id}') && !route.roles.includes(role));
    expect(refusedHere.length).toBeGreaterThan(0);
    const { body: timeline } = await api.get('legal', `/incidents/${incidentId}/timeline`);
    const refusals = timeline.events.filter((e: { type: string }) => e.type === 'access.refused');
    expect(refusals.map((e: any) => `${e.details.method} ${e.details.route} ${e.actor.role}`).sort()).toEqual(
      refusedHere.map(({ route, role }) => `${route.method} ${route.path} ${role}`).sort(),
    );
    for (const e of refusals) {
      expect(e.actor).toMatchObject({ kind: 'user', id: `${e.actor.role}-key` });
      expect(e.details.allowedRoles).toEqual(ROUTES.find((r) => r.path === e.details.route && r.method === e.details.method)!.roles);
    }
    expect(timeline.verification.verified).toBe(true);
  });

  it('writes nothing for a refusal about an incident that does not exist', async () => {
    expect((await api.call('responder', 'GET', '/incidents/inc-does-not-exist/timeline')).status).toBe(403);
    expect((await api.get('legal', '/incidents/inc-does-not-exist/timeline')).status).toBe(404);
  });

  it('describes the same roles in the OpenAPI document that the handlers enforce', async () => {
    const { body: doc } = await api.get('responder', '/openapi.json');
    for (const route of ROUTES) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.['x-breachclock-roles'], `${route.method} ${route.path}`).toEqual([...route.roles]);
    }
  });

  it('tells each caller who they are', async () => {
    for (const role of ROLES) expect((await api.get(role, '/me')).body).toMatchObject({ user: `${role}-key`, roles: [role], clock: { speed: 1 } });
  });
});
