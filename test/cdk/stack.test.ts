// The security-relevant properties of the synthesized BreachClock stack, and cdk-nag's verdict.
// One synthesis for the whole file; the handlers are not bundled (test/cdk/fixture-code stands
// in for them), `npm run synth` bundles the real ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IncidentReport } from '../../lambdas/shared/contract.js';
import { ALERT_PATTERNS } from '../../lib/alerts.js';
import { BreachClockStack, readContextConfig } from '../../lib/breachclock-stack.js';
import { ALERT_INTAKE, API_ROUTES, WORKFLOW_TASKS } from '../../lib/functions.js';
import { TABLE_SCHEMA } from '../../lib/table-schema.js';
import { allStates, definitionFromTemplate, logicalIdOfFunctionArn } from './asl.js';

const fixtureCode = fileURLToPath(new URL('./fixture-code', import.meta.url));
const cdkJson = JSON.parse(readFileSync(fileURLToPath(new URL('../../cdk.json', import.meta.url)), 'utf8')) as {
  context: Record<string, unknown>;
};
const CONTEXT = {
  ...cdkJson.context,
  senderAddress: 'notices@breach.example.org',
  sesConfigurationSet: 'breachclock',
  contactOverrides: { 'eu-gdpr': 'dpa-test@example.org' },
  organizationContact: 'dpo@example.org',
};
/** Actions AWS allows only on Resource "*". */
const RESOURCELESS_ACTIONS = new Set([
  'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets',
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
]);

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

let stack: BreachClockStack;
let template: Template;
let resources: Record<string, Resource>;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const asArray = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const logicalIdOf = (construct: { node: { defaultChild?: unknown } } | undefined) =>
  stack.getLogicalId(construct!.node.defaultChild as never);
const functionIdOf = (folder: string) => logicalIdOf(stack.functions[folder]?.function);
const statementsOf = (policy: Resource) => policy.Properties.PolicyDocument.Statement as Statement[];

beforeAll(() => {
  const app = new App({ context: CONTEXT });
  stack = new BreachClockStack(app, 'BreachClock', { handlerCode: () => lambda.Code.fromAsset(fixtureCode) });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources as Record<string, Resource>;
});

describe('incident table', () => {
  it('is encrypted with a rotating customer-managed key, on demand, with PITR, and retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] } },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ EnableKeyRotation: true }) });
  });

  it('has the keys and the index of lib/table-schema.ts (shared with the embedded runtime)', () => {
    const [[, table]] = ofType('AWS::DynamoDB::Table') as [[string, Resource]];
    expect(table.Properties.KeySchema).toEqual(TABLE_SCHEMA.KeySchema);
    expect(new Set(table.Properties.AttributeDefinitions)).toEqual(new Set(TABLE_SCHEMA.AttributeDefinitions));
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(TABLE_SCHEMA.GlobalSecondaryIndexes);
  });
});

describe('functions', () => {
  const folders = [...Object.values(WORKFLOW_TASKS), ...API_ROUTES.map((r) => r.handler), ALERT_INTAKE];

  // Besides ours, the one function aws-cdk-lib brings: the S3 deployment of the page's files.
  const ours = () => ofType('AWS::Lambda::Function').filter(([id]) => !id.startsWith('CustomCDKBucketDeployment'));

  it('exist once per workflow task, API route and the alert intake', () => {
    expect(ours()).toHaveLength(folders.length);
    expect(ofType('AWS::Lambda::Function')).toHaveLength(folders.length + 1);
    for (const folder of folders) expect(resources[functionIdOf(folder)]?.Type, folder).toBe('AWS::Lambda::Function');
  });

  it('run Node.js 22 on arm64 with active tracing, JSON logs, explicit timeout and memory', () => {
    for (const [id, fn] of ours()) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
        Timeout: expect.any(Number),
        MemorySize: expect.any(Number),
      });
    }
  });

  it('get their configuration from the environment', () => {
    for (const folder of folders) {
      const variables = resources[functionIdOf(folder)]!.Properties.Environment.Variables;
      expect(variables, folder).toMatchObject({
        TABLE_NAME: { Ref: expect.any(String) },
        SENDER_ADDRESS: 'notices@breach.example.org',
        RUNBOOKS_DIR: '/var/task/runbooks',
        CONTACT_OVERRIDES: JSON.stringify({ 'eu-gdpr': 'dpa-test@example.org' }),
        ESCALATION_ADDRESS: 'dpo@example.org',
        SES_CONFIGURATION_SET: 'breachclock',
        POWERTOOLS_SERVICE_NAME: 'breachclock',
      });
      // Only the functions that start or resume executions know the state machine (no cycle).
      const needsArn = ['file-incident', 'file-report', 'record-decision'].includes(folder);
      expect('STATE_MACHINE_ARN' in variables, `${folder}: STATE_MACHINE_ARN`).toBe(needsArn);
    }
  });

  it('write only to their own log group, kept for a year', () => {
    for (const [id, group] of ofType('AWS::Logs::LogGroup')) expect(group.Properties.RetentionInDays, id).toBe(365);
    for (const [folder, handler] of Object.entries(stack.functions)) {
      expect(resources[logicalIdOf(handler.role)]!.Properties.ManagedPolicyArns, folder).toBeUndefined();
    }
  });

  it('finish before the workflow task that invokes them times out', () => {
    const machine = definitionFromTemplate(template.toJSON() as Parameters<typeof definitionFromTemplate>[0]);
    const invocations = allStates(machine).filter((s) => s.state.Type === 'Task');
    expect(invocations.length).toBeGreaterThan(0);
    for (const { name, state } of invocations) {
      const id = logicalIdOfFunctionArn(String(state.Parameters?.FunctionName));
      const timeout = resources[id ?? '']?.Properties.Timeout as number | undefined;
      expect(timeout, name).toBeDefined();
      expect(timeout!, name).toBeLessThan(state.TimeoutSeconds!);
    }
  });
});

describe('permissions', () => {
  it('never allow "*" actions, nor "*" resources except for actions that have no resource level', () => {
    for (const [id, policy] of ofType('AWS::IAM::Policy')) {
      for (const statement of statementsOf(policy).filter((s) => s.Effect === 'Allow')) {
        const actions = asArray(statement.Action);
        expect(actions.filter((a) => a === '*' || a.endsWith(':*')), id).toEqual([]);
        if (asArray(statement.Resource).includes('*')) {
          expect(actions.filter((a) => !RESOURCELESS_ACTIONS.has(a)), `${id}: actions on "*"`).toEqual([]);
        }
      }
    }
  });

  it('let only the senders send email, as the configured identity and configuration set', () => {
    const senders = new Set<string>();
    for (const [id, policy] of ofType('AWS::IAM::Policy')) {
      for (const statement of statementsOf(policy).filter((s) => asArray(s.Action).some((a) => a.startsWith('ses:')))) {
        expect(asArray(statement.Action).every((a) => a === 'ses:SendEmail' || a === 'ses:SendRawEmail'), id).toBe(true);
        for (const resource of asArray(statement.Resource)) {
          expect(resource, id).not.toBe('*');
          const parts = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
          expect(parts.at(-1), id).toMatch(/^:(identity\/(notices@breach\.example\.org|breach\.example\.org)|configuration-set\/breachclock)$/);
        }
        senders.add(id);
      }
    }
    const roleOf = (folder: string) => logicalIdOf(stack.functions[folder]?.role.node.findChild('DefaultPolicy') as never);
    expect([...senders].sort()).toEqual([WORKFLOW_TASKS.checkClocks, WORKFLOW_TASKS.sendNotices].map(roleOf).sort());
  });

  it('let the intake routes start executions and the decision path answer task tokens', () => {
    const allowedOn = (folder: string) => {
      const role = stack.functions[folder]!.role;
      return Object.values(resources)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(stack.getLogicalId(role.node.defaultChild as never)))
        .flatMap((p) => statementsOf(p).flatMap((s) => asArray(s.Action)))
        .filter((a) => a.startsWith('states:'));
    };
    expect(allowedOn('file-incident')).toEqual(['states:StartExecution']);
    expect(allowedOn('record-decision')).toContain('states:StartExecution');
    // Alerts open incidents in triage: no execution starts until a responder files the report.
    expect(allowedOn(ALERT_INTAKE)).toEqual([]);
    for (const folder of ['record-decision', WORKFLOW_TASKS.requestApproval]) {
      expect(allowedOn(folder), folder).toEqual(expect.arrayContaining(['states:SendTaskSuccess', 'states:SendTaskFailure']));
    }
    expect(allowedOn('get-incident')).toEqual([]);
  });
});

describe('state machine', () => {
  it('is STANDARD, logs ALL (without execution data) and traces', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
      TracingConfiguration: { Enabled: true },
    });
  });
});

describe('API', () => {
  it('authorizes every method with the Cognito user pool', () => {
    const [[authorizerId]] = ofType('AWS::ApiGateway::Authorizer') as [[string, Resource]];
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.anyValue(), 'Arn'] }],
    });
    const methods = ofType('AWS::ApiGateway::Method');
    expect(methods).toHaveLength(API_ROUTES.length);
    for (const [id, method] of methods) {
      expect(method.Properties, id).toMatchObject({ AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('validates bodies and parameters, POST /incidents against the contract model', () => {
    const [[validatorId]] = ofType('AWS::ApiGateway::RequestValidator') as [[string, Resource]];
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true, ValidateRequestParameters: true });
    for (const [id, method] of ofType('AWS::ApiGateway::Method')) {
      expect(method.Properties.RequestValidatorId, id).toEqual({ Ref: validatorId });
    }
    const [[modelId, model]] = ofType('AWS::ApiGateway::Model') as [[string, Resource]];
    const { $schema, ...expected } = z.toJSONSchema(IncidentReport, { target: 'draft-04', io: 'input' }) as Record<string, unknown>;
    expect(model.Properties.Schema).toEqual({ $schema, ...expected });
    expect(model.Properties.Schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'POST',
      RequestModels: { 'application/json': { Ref: modelId } },
    });
  });

  it('logs access as JSON (without bodies), traces and throttles the stage', () => {
    const [[, stage]] = ofType('AWS::ApiGateway::Stage') as [[string, Resource]];
    expect(stage.Properties.TracingEnabled).toBe(true);
    expect(stage.Properties.AccessLogSetting.DestinationArn).toBeDefined();
    const format = JSON.parse(stage.Properties.AccessLogSetting.Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(stage.Properties.MethodSettings).toEqual([
      expect.objectContaining({
        HttpMethod: '*',
        ResourcePath: '/*',
        DataTraceEnabled: false,
        LoggingLevel: 'ERROR',
        ThrottlingRateLimit: expect.any(Number),
        ThrottlingBurstLimit: expect.any(Number),
      }),
    ]);
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
  });

  it('admits only admin-created users with a strong password and MFA, in the three groups', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: Match.anyValue(),
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
    });
    const [[, pool]] = ofType('AWS::Cognito::UserPool') as [[string, Resource]];
    expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName as string);
    expect(groups.sort()).toEqual(['admin', 'legal', 'responder']);
  });
});

describe('security alerts', () => {
  it('route GuardDuty, Macie, Security Hub and CloudWatch alarms to the intake, with a DLQ and retries', () => {
    const intakeArn = { 'Fn::GetAtt': [functionIdOf(ALERT_INTAKE), 'Arn'] };
    const rules = ofType('AWS::Events::Rule');
    expect(rules).toHaveLength(4);
    expect(rules.map(([, r]) => r.Properties.EventPattern)).toEqual(
      expect.arrayContaining([
        { source: ['aws.guardduty'], 'detail-type': ['GuardDuty Finding'] },
        { source: ['aws.macie'], 'detail-type': ['Macie Finding'] },
        { source: ['aws.securityhub'], 'detail-type': ['Security Hub Findings - Imported'] },
        { source: ['aws.cloudwatch'], 'detail-type': ['CloudWatch Alarm State Change'], detail: { state: { value: ['ALARM'] } } },
      ]),
    );
    expect(Object.keys(ALERT_PATTERNS)).toHaveLength(4);
    for (const [id, rule] of rules) {
      expect(rule.Properties.Targets, id).toEqual([
        expect.objectContaining({
          Arn: intakeArn,
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
          RetryPolicy: expect.objectContaining({ MaximumRetryAttempts: expect.any(Number) }),
        }),
      ]);
    }
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });
});

describe("legal's desk (the web page)", () => {
  const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
  const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
  const distribution = () => ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
  const siteBucketId = () => stack.getLogicalId(stack.desk.bucket.node.defaultChild as never);

  it('keeps the files in a private, encrypted, versioned, logged bucket that only CloudFront reads (OAC)', () => {
    const bucket = resources[siteBucketId()]!.Properties;
    expect(bucket).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.any(String) } },
    });
    const [, policy] = ofType('AWS::S3::BucketPolicy').find(([, p]) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: siteBucketId() }))!;
    const statements = policy.Properties.PolicyDocument.Statement as (Statement & { Principal: unknown; Condition: unknown })[];
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const reads = statements.filter((st) => st.Effect === 'Allow');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } } });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    expect(distribution().Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig)).toMatchObject({
      OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
  });

  it('serves the page over HTTPS with a strict Content-Security-Policy, and logs access', () => {
    const config = distribution();
    expect(config).toMatchObject({ DefaultRootObject: 'index.html', Logging: { Bucket: expect.anything() } });
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] });
    const headers = resources[config.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "connect-src 'self' https://"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    expect(headers).toMatchObject({ FrameOptions: { FrameOption: 'DENY' }, StrictTransportSecurity: { AccessControlMaxAgeSec: expect.any(Number) } });
  });

  it('puts the API stage behind the same origin, uncached, with the caller\'s Authorization', () => {
    const [api] = distribution().CacheBehaviors;
    expect(api).toMatchObject({
      PathPattern: { 'Fn::Join': ['', ['/', { Ref: expect.any(String) }, '/*']] },
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
    });
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT']));
    const origin = distribution().Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(origin).toMatchObject({ OriginPath: '', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } });
  });

  it('signs in through the hosted login: a public client, code flow only, back to the page', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    const [, client] = ofType('AWS::Cognito::UserPoolClient').find(([, c]) => c.Properties.ClientName === 'breachclock-legal-desk')!;
    const pageUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.any(String), 'DomainName'] }, '/']] };
    expect(client.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [pageUrl],
      LogoutURLs: [pageUrl],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(client.Properties.ExplicitAuthFlows).toBeUndefined();
  });

  it('answers the breach record as PDF bytes, and gives each route its function', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { BinaryMediaTypes: ['application/pdf'] });
    for (const route of API_ROUTES) expect(stack.functions[route.handler], route.handler).toBeDefined();
  });
});

describe('route permissions', () => {
  const tableActions = (folder: string) => {
    const role = stack.getLogicalId(stack.functions[folder]!.role.node.defaultChild as never);
    return ofType('AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(role))
      .flatMap(([, p]) => statementsOf(p).flatMap((st) => asArray(st.Action)))
      .filter((a) => a.startsWith('dynamodb:'));
  };

  it('let the routes on one incident write (a refusal goes on its timeline), the register only read, the OpenAPI route touch nothing', () => {
    for (const folder of ['get-incident', 'get-timeline', 'get-record']) expect(tableActions(folder), folder).toContain('dynamodb:PutItem');
    for (const folder of ['list-incidents', 'get-register']) {
      expect(tableActions(folder), folder).toContain('dynamodb:Query');
      expect(tableActions(folder).filter((a) => /Put|Update|Delete|Write/.test(a)), folder).toEqual([]);
    }
    expect(tableActions('get-openapi')).toEqual([]);
  });
});

describe('cdk-nag', () => {
  it('finds no AwsSolutions errors', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const errors = report.violations
      .filter((v) => v.severity === 'error')
      .map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(errors).toEqual([]);
  });

  it('leaves no error annotation on the stack', () => {
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('records a specific reason with every acknowledgement', () => {
    const acknowledgements = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgements) {
      expect(id).toMatch(/AwsSolutions-/);
      expect(reason.trim().length, id).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('context', () => {
  const configWith = (context: Record<string, unknown>) => readContextConfig(new App({ context }));

  it('defaults the sender to a placeholder so that an offline synth works', () => {
    expect(configWith({})).toMatchObject({ senderAddress: 'breachclock@example.com', senderIsPlaceholder: true, contactOverrides: {} });
  });

  it('accepts contact overrides as a JSON string (-c) and rejects unknown regimes or bad addresses', () => {
    expect(configWith({ contactOverrides: '{"uk-gdpr":"ico-test@example.org"}' }).contactOverrides).toEqual({ 'uk-gdpr': 'ico-test@example.org' });
    expect(() => configWith({ contactOverrides: { 'xx-law': 'a@example.org' } })).toThrow(/unknown regime "xx-law"/);
    expect(() => configWith({ senderAddress: 'not an address' })).toThrow(/senderAddress/);
  });
});
