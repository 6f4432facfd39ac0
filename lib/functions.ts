// The functions of BreachClock: one per workflow task and one per API route. The CDK stack
// bundles each `lambdas/<dir>/handler.ts`; the embedded runtime imports the same modules.

/** Workflow task → handler folder under lambdas/. */
export const WORKFLOW_TASKS = {
  classify: 'classify',
  assess: 'assess',
  checkClocks: 'check-clocks',
  draftNotices: 'draft-notices',
  requestApproval: 'request-approval',
  sendNotices: 'send-notices',
  closeIncident: 'close-incident',
  recordFailure: 'record-failure',
} as const;
export type WorkflowTask = keyof typeof WORKFLOW_TASKS;

/**
 * API route → handler folder, the roles it admits and its OpenAPI operation. The handlers enforce
 * the roles (lambdas/shared/http.ts); the roles here describe them (OpenAPI `x-breachclock-roles`,
 * the page) and a test walks every route with every role to check the two agree.
 */
export const API_ROUTES = [
  { method: 'POST', path: '/incidents', handler: 'file-incident', roles: ['responder', 'admin'], operationId: 'fileIncident', summary: 'File a breach report' },
  { method: 'GET', path: '/incidents', handler: 'list-incidents', roles: ['responder', 'legal', 'admin'], operationId: 'listIncidents', summary: 'List incidents, newest first, with their next deadline' },
  { method: 'GET', path: '/incidents/{id}', handler: 'get-incident', roles: ['responder', 'legal', 'admin'], operationId: 'getIncident', summary: 'An incident: assessment, obligations, notices' },
  { method: 'POST', path: '/incidents/{id}/decisions', handler: 'record-decision', roles: ['legal', 'admin'], operationId: 'recordDecision', summary: "Legal's decision: approve, edit or reject a notice, record a portal submission, waive an obligation" },
  { method: 'GET', path: '/incidents/{id}/timeline', handler: 'get-timeline', roles: ['legal', 'admin'], operationId: 'getTimeline', summary: 'The audit timeline and the verification of its hash chain (JSON, CSV or HTML)' },
  { method: 'PUT', path: '/incidents/{id}/report', handler: 'file-report', roles: ['responder', 'admin'], operationId: 'fileReport', summary: 'The breach report of an incident an alert opened (starts its clocks)' },
  { method: 'POST', path: '/incidents/{id}/updates', handler: 'update-incident', roles: ['responder', 'admin'], operationId: 'updateIncident', summary: 'A responder update: remedial action taken, effects observed, a note' },
  { method: 'GET', path: '/incidents/{id}/record', handler: 'get-record', roles: ['legal', 'admin'], operationId: 'getBreachRecord', summary: 'The Art. 33(5) GDPR record of the breach (PDF or JSON)' },
  { method: 'GET', path: '/register', handler: 'get-register', roles: ['legal', 'admin'], operationId: 'getRegister', summary: 'The breach register: every incident, notified or not (CSV or JSON)' },
  { method: 'GET', path: '/openapi.json', handler: 'get-openapi', roles: ['responder', 'legal', 'admin'], operationId: 'getOpenApi', summary: 'This API described in OpenAPI 3.1' },
  { method: 'GET', path: '/me', handler: 'get-caller', roles: ['responder', 'legal', 'admin'], operationId: 'getCaller', summary: 'Who is calling: user, roles, and the regulator clock' },
] as const;
export type ApiRouteSpec = (typeof API_ROUTES)[number];

/** EventBridge security alerts (GuardDuty, Macie, Security Hub, CloudWatch); embedded: POST /alerts. */
export const ALERT_INTAKE = 'alert-intake';

export const handlerEntry = (folder: string) => `lambdas/${folder}/handler.ts`;
