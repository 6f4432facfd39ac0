// BreachClock on AWS: the incident table, one function per workflow task and API route, the
// workflow (Step Functions Standard), the API (API Gateway + Cognito) and the security-alert
// rules (EventBridge).
//
// Configuration: CDK context (cdk.json "context", or `npx cdk deploy -c key=value`):
//
//   senderAddress        From address of every email BreachClock sends (notices, reminders,
//                        escalations). SES must have it, or its domain, verified; the functions
//                        may send as that identity only. Default: breachclock@example.com, with
//                        a synth warning, so that `npm run synth` works offline: set it to deploy.
//   sesConfigurationSet  Optional SES configuration set to send through (SES_CONFIGURATION_SET).
//   contactOverrides     Optional JSON object, regime id → authority email, e.g.
//                        {"eu-gdpr":"dpa-test@example.org"}: authority notices go there instead of
//                        to the runbook's address (tests and dry runs). An object in cdk.json or
//                        a JSON string with -c.
//   organizationContact  Optional email where reminders and escalations go when a report names
//                        no contact point (ESCALATION_ADDRESS).
//   loginDomainPrefix    Optional prefix of the Cognito hosted-login domain of legal's desk,
//                        <prefix>.auth.<region>.amazoncognito.com; unique per region. Default:
//                        breachclock-<account id>.
import { Annotations, Aspects, Aws, CfnOutput, Duration, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { REGIMES } from '../lambdas/shared/contract.js';
import { SecurityAlertRules } from './alerts.js';
import { IncidentApi } from './api.js';
import { ALERT_INTAKE, API_ROUTES, WORKFLOW_TASKS, type WorkflowTask } from './functions.js';
import { HandlerFunction, LAMBDA_RUNBOOKS_DIR, type HandlerCode } from './handler-function.js';
import { AcknowledgeScopedWildcards } from './nag.js';
import { IncidentTable } from './storage.js';
import { LegalDesk } from './web/hosting.js';
import { IncidentWorkflow } from './workflow.js';

export const PLACEHOLDER_SENDER = 'breachclock@example.com';

export interface BreachClockConfig {
  senderAddress: string;
  sesConfigurationSet?: string;
  contactOverrides: Record<string, string>;
  organizationContact?: string;
}

export interface BreachClockStackProps extends StackProps {
  /**
   * Tests only: code for every function instead of bundling lambdas/<folder>/handler.ts with
   * esbuild, so that synthesis is fast and does not need the handlers. The app never sets it.
   */
  readonly handlerCode?: HandlerCode;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads and checks the context keys above; a bad value stops the synth with its name. */
export function readContextConfig(scope: Construct): BreachClockConfig & { senderIsPlaceholder: boolean } {
  const context = (key: string): unknown => scope.node.tryGetContext(key);
  const email = (key: string, value: unknown): string => {
    if (typeof value !== 'string' || !EMAIL.test(value)) throw new Error(`Context ${key}: expected an email address, got ${JSON.stringify(value)}`);
    return value;
  };

  const sender = context('senderAddress');
  const senderAddress = sender === undefined ? PLACEHOLDER_SENDER : email('senderAddress', sender);

  let overrides = context('contactOverrides') ?? {};
  if (typeof overrides === 'string') {
    try {
      overrides = JSON.parse(overrides);
    } catch {
      throw new Error('Context contactOverrides: not valid JSON');
    }
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new Error('Context contactOverrides: expected a JSON object of regime id → email');
  }
  const contactOverrides: Record<string, string> = {};
  for (const [regime, address] of Object.entries(overrides)) {
    if (!(REGIMES as readonly string[]).includes(regime)) throw new Error(`Context contactOverrides: unknown regime "${regime}"`);
    contactOverrides[regime] = email(`contactOverrides.${regime}`, address);
  }

  const configurationSet = context('sesConfigurationSet');
  if (configurationSet !== undefined && (typeof configurationSet !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(configurationSet))) {
    throw new Error('Context sesConfigurationSet: expected an SES configuration set name');
  }
  const organizationContact = context('organizationContact');
  return {
    senderAddress,
    senderIsPlaceholder: sender === undefined,
    sesConfigurationSet: configurationSet,
    contactOverrides,
    organizationContact: organizationContact === undefined ? undefined : email('organizationContact', organizationContact),
  };
}

/** Time and memory per function. Workflow tasks stay under their task's TimeoutSeconds (lib/workflow.ts). */
const SIZING: Record<string, { timeout: Duration; memorySize: number; description: string }> = {
  [WORKFLOW_TASKS.classify]: { timeout: Duration.minutes(14), memorySize: 1024, description: 'Classify the affected records (counts and categories only)' },
  [WORKFLOW_TASKS.assess]: { timeout: Duration.seconds(90), memorySize: 512, description: 'Assess severity and the obligations of every regime' },
  [WORKFLOW_TASKS.checkClocks]: { timeout: Duration.seconds(90), memorySize: 256, description: 'Check the regulator clocks, remind and escalate' },
  [WORKFLOW_TASKS.draftNotices]: { timeout: Duration.seconds(90), memorySize: 512, description: 'Draft the notices from the runbook templates' },
  [WORKFLOW_TASKS.requestApproval]: { timeout: Duration.seconds(45), memorySize: 256, description: "Ask for legal's decision (task token)" },
  [WORKFLOW_TASKS.sendNotices]: { timeout: Duration.minutes(14), memorySize: 512, description: 'Send the approved notices (SES), idempotently' },
  [WORKFLOW_TASKS.closeIncident]: { timeout: Duration.seconds(45), memorySize: 256, description: 'Close the incident when every obligation is settled' },
  [WORKFLOW_TASKS.recordFailure]: { timeout: Duration.seconds(45), memorySize: 256, description: 'Record a workflow failure on the timeline' },
  // API routes answer within API Gateway's 29-second integration limit.
  'file-incident': { timeout: Duration.seconds(25), memorySize: 512, description: 'POST /incidents' },
  'list-incidents': { timeout: Duration.seconds(25), memorySize: 512, description: 'GET /incidents' },
  'get-incident': { timeout: Duration.seconds(25), memorySize: 512, description: 'GET /incidents/{id}' },
  'record-decision': { timeout: Duration.seconds(25), memorySize: 512, description: 'POST /incidents/{id}/decisions' },
  'get-timeline': { timeout: Duration.seconds(25), memorySize: 1024, description: 'GET /incidents/{id}/timeline' },
  'file-report': { timeout: Duration.seconds(25), memorySize: 512, description: 'PUT /incidents/{id}/report' },
  [ALERT_INTAKE]: { timeout: Duration.seconds(30), memorySize: 256, description: 'Open or update an incident from a security alert' },
};

/**
 * Functions that only read the table. The routes on one incident (get-incident, get-timeline,
 * get-record, ...) write too: a refusal goes on that incident's timeline (lambdas/shared/http.ts).
 */
const READ_ONLY = new Set(['list-incidents', 'get-register']);
/** Functions that never touch the table. */
const NO_TABLE = new Set(['get-openapi']);

/** An API route without its own sizing: within API Gateway's 29-second limit, like the others. */
function routeSizing(folder: string) {
  const route = API_ROUTES.find((r) => r.handler === folder);
  return route && { timeout: Duration.seconds(25), memorySize: 512, description: `${route.method} ${route.path}` };
}

const LOGIN_DOMAIN_PREFIX = /^(?!.*(aws|amazon|cognito))[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Functions that send email through SES. */
const SENDS_EMAIL = new Set<string>([WORKFLOW_TASKS.checkClocks, WORKFLOW_TASKS.sendNotices]);
/** Functions that start an incident's execution (alerts open incidents in triage: no clock yet). */
// record-decision starts a follow-up run when a decision adds duties or moves deadlines.
const STARTS_WORKFLOW = new Set(['file-incident', 'file-report', 'record-decision']);
/** Functions that answer legal's task token (SendTaskSuccess / SendTaskFailure). */
const ANSWERS_TASK_TOKEN = new Set<string>(['record-decision', WORKFLOW_TASKS.requestApproval]);

const TASK_FOLDERS = new Set<string>(Object.values(WORKFLOW_TASKS));

const pascal = (folder: string) => folder.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

export class BreachClockStack extends Stack {
  readonly functions: Record<string, HandlerFunction> = {};
  /** Legal's desk: the page, its hosting and its sign-in. */
  readonly desk: LegalDesk;

  constructor(scope: Construct, id: string, props: BreachClockStackProps = {}) {
    super(scope, id, props);
    const config = readContextConfig(this);
    if (config.senderIsPlaceholder) {
      Annotations.of(this).addWarningV2(
        'breachclock:sender-placeholder',
        `Context senderAddress is not set: emails would be sent from ${PLACEHOLDER_SENDER}. Set it (cdk.json or -c senderAddress=...) to an SES-verified address before deploying.`,
      );
    }

    const { table } = new IncidentTable(this, 'Incidents');

    const environment: Record<string, string> = {
      TABLE_NAME: table.tableName,
      SENDER_ADDRESS: config.senderAddress,
      RUNBOOKS_DIR: LAMBDA_RUNBOOKS_DIR,
      CONTACT_OVERRIDES: JSON.stringify(config.contactOverrides),
      POWERTOOLS_SERVICE_NAME: 'breachclock',
      ...(config.organizationContact ? { ESCALATION_ADDRESS: config.organizationContact } : {}),
      ...(config.sesConfigurationSet ? { SES_CONFIGURATION_SET: config.sesConfigurationSet } : {}),
    };
    const functionsScope = new Construct(this, 'Functions');
    const make = (folder: string, extraEnvironment: Record<string, string> = {}): lambda.IFunction => {
      const sizing = SIZING[folder] ?? routeSizing(folder);
      if (!sizing) throw new Error(`No sizing for function ${folder}`);
      const handler = new HandlerFunction(functionsScope, pascal(folder), {
        folder,
        ...sizing,
        environment: { ...environment, ...extraEnvironment },
        code: props.handlerCode,
      });
      this.functions[folder] = handler;
      if (NO_TABLE.has(folder)) return handler.function;
      if (READ_ONLY.has(folder)) table.grantReadData(handler.function);
      else table.grantReadWriteData(handler.function);
      return handler.function;
    };

    // The workflow tasks first: the state machine needs them, and they must not need it back.
    const taskFunctions = Object.fromEntries(
      Object.entries(WORKFLOW_TASKS).map(([task, folder]) => [task, make(folder)]),
    ) as Record<WorkflowTask, lambda.IFunction>;
    const workflow = new IncidentWorkflow(this, 'Workflow', { functions: taskFunctions });
    const { stateMachine } = workflow;

    // Routes and the alert intake reference the state machine: separate functions, no cycle.
    const withArn = (folder: string): Record<string, string> =>
      STARTS_WORKFLOW.has(folder) || ANSWERS_TASK_TOKEN.has(folder) ? { STATE_MACHINE_ARN: stateMachine.stateMachineArn } : {};
    const routes = API_ROUTES.map((route) => ({ ...route, function: make(route.handler, withArn(route.handler)) }));
    const intake = make(ALERT_INTAKE, withArn(ALERT_INTAKE));

    for (const [folder, handler] of Object.entries(this.functions)) {
      if (STARTS_WORKFLOW.has(folder)) stateMachine.grantStartExecution(handler.function);
      if (ANSWERS_TASK_TOKEN.has(folder)) {
        if (TASK_FOLDERS.has(folder)) {
          // A task of the state machine itself: a grant in its role's default policy would make
          // the function depend on the state machine that depends on it. A separate policy doesn't.
          new iam.Policy(handler, 'AnswerTaskToken', {
            roles: [handler.role],
            statements: [
              new iam.PolicyStatement({
                actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
                resources: [stateMachine.stateMachineArn],
              }),
            ],
          });
        } else {
          stateMachine.grantTaskResponse(handler.function);
        }
      }
    }
    this.grantSendEmail(config, Object.entries(this.functions).filter(([folder]) => SENDS_EMAIL.has(folder)).map(([, h]) => h.function));

    const api = new IncidentApi(this, 'Api', { routes });
    const loginDomainPrefix = this.node.tryGetContext('loginDomainPrefix') as unknown;
    if (loginDomainPrefix !== undefined && (typeof loginDomainPrefix !== 'string' || !LOGIN_DOMAIN_PREFIX.test(loginDomainPrefix))) {
      throw new Error('Context loginDomainPrefix: lowercase letters, digits and hyphens, without "aws", "amazon" or "cognito"');
    }
    const desk = (this.desk = new LegalDesk(this, 'LegalDesk', {
      api: api.api,
      userPool: api.userPool,
      loginDomainPrefix: loginDomainPrefix ?? Fn.join('-', ['breachclock', Aws.ACCOUNT_ID]),
    }));
    const alerts = new SecurityAlertRules(this, 'Alerts', { intake });

    Aspects.of(this).add(new AcknowledgeScopedWildcards());

    new CfnOutput(this, 'ApiUrl', { value: api.api.url, description: 'API base URL (stage v1)' });
    new CfnOutput(this, 'UserPoolId', { value: api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: api.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'LegalDeskUrl', { value: desk.url, description: "Legal's desk, the web page (sign in with a Cognito user)" });
    new CfnOutput(this, 'HostedLoginUrl', { value: desk.loginDomain.baseUrl(), description: 'Cognito hosted login of the page' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'StateMachineArn', { value: stateMachine.stateMachineArn });
    new CfnOutput(this, 'AlertDeadLetterQueueUrl', { value: alerts.deadLetterQueue.queueUrl });
  }

  /** ses:SendEmail as the sender's identity (the address and its domain) and configuration set only. */
  private grantSendEmail(config: BreachClockConfig, senders: lambda.IFunction[]) {
    const domain = config.senderAddress.split('@')[1] ?? config.senderAddress;
    const identities = [config.senderAddress, domain].map((name, i) =>
      ses.EmailIdentity.fromEmailIdentityName(this, `SenderIdentity${i}`, name),
    );
    const configurationSetArn = config.sesConfigurationSet
      ? this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: config.sesConfigurationSet })
      : undefined;
    for (const sender of senders) {
      for (const identity of identities) identity.grantSendEmail(sender);
      if (configurationSetArn) {
        sender.addToRolePolicy(new iam.PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [configurationSetArn] }));
      }
    }
  }
}
