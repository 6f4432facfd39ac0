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

/** API route → handler folder. Roles allowed are enforced in the handlers (lambdas/shared/http.ts). */
export const API_ROUTES = [
  { method: 'POST', path: '/incidents', handler: 'file-incident' },
  { method: 'GET', path: '/incidents', handler: 'list-incidents' },
  { method: 'GET', path: '/incidents/{id}', handler: 'get-incident' },
  { method: 'POST', path: '/incidents/{id}/decisions', handler: 'record-decision' },
  { method: 'GET', path: '/incidents/{id}/timeline', handler: 'get-timeline' },
  { method: 'PUT', path: '/incidents/{id}/report', handler: 'file-report' },
] as const;

/** EventBridge security alerts (GuardDuty, Macie, Security Hub, CloudWatch); embedded: POST /alerts. */
export const ALERT_INTAKE = 'alert-intake';

export const handlerEntry = (folder: string) => `lambdas/${folder}/handler.ts`;
