// The public API (contract v1): API Gateway REST, one Lambda per route, Cognito users in the
// groups responder / legal / admin (the handlers check the group, lambdas/shared/http.ts),
// request validation from the zod contract, JSON access logs, tracing, throttling and a WAF.
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { z } from 'zod';
import { IncidentReport, ROLES } from '../lambdas/shared/contract.js';
import { IncidentUpdate } from '../lambdas/update-incident/core.js';

export interface ApiRoute {
  readonly method: string;
  readonly path: string;
  readonly function: lambda.IFunction;
}

export interface IncidentApiProps {
  readonly routes: readonly ApiRoute[];
  /** Steady-state requests per second for the whole stage, and the burst above it. */
  readonly throttle?: { rateLimit: number; burstLimit: number };
}

/** API Gateway models are JSON Schema draft-04: the request model of a zod schema (its input side). */
export function requestModelSchema(schema: z.ZodType): apigw.JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-04', io: 'input', reused: 'inline' }) as Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`Unexpected JSON Schema version ${String($schema)}`);
  if (JSON.stringify(rest).includes('"$ref"')) throw new Error('API Gateway models must be self-contained ($ref found)');
  // zod's output is plain draft-04 JSON Schema; CDK passes unknown keys through unchanged.
  return { schema: apigw.JsonSchemaVersion.DRAFT4, ...rest } as apigw.JsonSchema;
}

/** Query strings and headers the routes read (declared so the validator knows them; none required). */
const OPTIONAL_PARAMETERS: Record<string, string[]> = {
  'POST /incidents': ['method.request.header.Idempotency-Key'],
  'GET /incidents': ['method.request.querystring.status'],
  'GET /incidents/{id}/timeline': ['method.request.querystring.format'],
  'GET /incidents/{id}/record': ['method.request.querystring.format'],
  'GET /register': ['method.request.querystring.format'],
};

/** The access log: who (Cognito subject, never the email), what, how it went. No bodies. */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  user: '$context.authorizer.claims.sub',
  method: '$context.httpMethod',
  resource: '$context.resourcePath',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationStatus: '$context.integration.status',
  integrationError: '$context.integration.error',
  errorType: '$context.error.responseType',
  wafStatus: '$context.waf.status',
  xrayTraceId: '$context.xrayTraceId',
});

export class IncidentApi extends Construct {
  readonly api: apigw.RestApi;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: IncidentApiProps) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'Users', {
      // Accounts are created by an admin: a breach tool is not open to sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true, username: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Responders and legal read breach assessments: a password alone is not enough.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of ROLES) {
      this.userPool.addGroup(`Group-${role}`, { groupName: role, description: `BreachClock ${role}` });
    }
    // A public client (CLI, SPA): SRP sign-in, no secret, short-lived tokens.
    this.userPoolClient = this.userPool.addClient('Client', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      disableOAuth: true,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    this.api = new apigw.RestApi(this, 'Api', {
      restApiName: 'BreachClock',
      description: 'BreachClock API v1: incidents, decisions, timelines',
      endpointTypes: [apigw.EndpointType.REGIONAL],
      // The breach record is a PDF: Lambda returns it base64-encoded, API Gateway sends the bytes
      // to a caller whose Accept is application/pdf.
      binaryMediaTypes: ['application/pdf'],
      // Execution logs (errors only) need the account-level CloudWatch role.
      cloudWatchRole: true,
      deployOptions: {
        stageName: 'v1',
        tracingEnabled: true,
        accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigw.AccessLogFormat.custom(ACCESS_LOG_FORMAT),
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        // Never log request or response bodies: they carry personal data.
        dataTraceEnabled: false,
        metricsEnabled: true,
        throttlingRateLimit: throttle.rateLimit,
        throttlingBurstLimit: throttle.burstLimit,
      },
    });
    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          'The account-level API Gateway logging role uses the AWS-managed push-to-CloudWatch policy, the documented setup for execution logs',
      });
    }

    // Errors from API Gateway itself use the same body shape as the handlers' errors.
    this.api.addGatewayResponse('BadBody', {
      type: apigw.ResponseType.BAD_REQUEST_BODY,
      statusCode: '400',
      templates: {
        'application/json':
          '{"error":"ValidationError","message":"The request body does not match the API contract","issues":[{"field":"(body)","message":"$context.error.validationErrorString"}]}',
      },
    });
    this.api.addGatewayResponse('BadParameters', {
      type: apigw.ResponseType.BAD_REQUEST_PARAMETERS,
      statusCode: '400',
      templates: { 'application/json': '{"error":"ValidationError","message":"$context.error.validationErrorString","issues":[]}' },
    });
    this.api.addGatewayResponse('Unauthorized', {
      type: apigw.ResponseType.UNAUTHORIZED,
      statusCode: '401',
      templates: { 'application/json': '{"error":"UnauthorizedError","message":"Sign in first (Cognito ID token in Authorization)"}' },
    });

    const authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [this.userPool],
      identitySource: apigw.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    const validator = this.api.addRequestValidator('Validator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const incidentReport = this.api.addModel('IncidentReport', {
      contentType: 'application/json',
      modelName: 'IncidentReport',
      description: 'POST /incidents body (contract v1, generated from the zod schema)',
      schema: requestModelSchema(IncidentReport),
    });
    const incidentUpdate = this.api.addModel('IncidentUpdate', {
      contentType: 'application/json',
      modelName: 'IncidentUpdate',
      description: 'POST /incidents/{id}/updates body (generated from the zod schema)',
      schema: requestModelSchema(IncidentUpdate),
    });
    const requestModels: Record<string, apigw.IModel> = {
      'POST /incidents': incidentReport,
      'PUT /incidents/{id}/report': incidentReport,
      'POST /incidents/{id}/updates': incidentUpdate,
    };

    for (const route of props.routes) {
      const key = `${route.method} ${route.path}`;
      const requestParameters: Record<string, boolean> = {};
      for (const name of route.path.match(/\{[^}]+\}/g) ?? []) requestParameters[`method.request.path.${name.slice(1, -1)}`] = true;
      for (const name of OPTIONAL_PARAMETERS[key] ?? []) requestParameters[name] = false;
      const model = requestModels[key];
      this.api.root.resourceForPath(route.path).addMethod(
        route.method,
        new apigw.LambdaIntegration(route.function, { allowTestInvoke: false }),
        {
          authorizer,
          authorizationType: apigw.AuthorizationType.COGNITO,
          requestValidator: validator,
          requestParameters,
          requestModels: model ? { 'application/json': model } : undefined,
        },
      );
    }

    this.addFirewall();
  }

  /**
   * A regional WAF on the stage: IP reputation, rate limiting per address, and the common rule
   * set. Its body rules only count: breach reports and notices legitimately quote attack strings
   * (script tags, URLs with IP addresses, long inline record samples), and blocking them would
   * lose a report.
   */
  private addFirewall() {
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: false });
    const managed = (name: string, priority: number, countOnly: string[] = []): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ruleActionOverrides: countOnly.length ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) : undefined,
        },
      },
      visibilityConfig: visibility(name),
    });
    const webAcl = new wafv2.CfnWebACL(this, 'Firewall', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('BreachClockApi'),
      rules: [
        managed('AWSManagedRulesAmazonIpReputationList', 0),
        {
          name: 'RequestsPerAddress',
          priority: 1,
          action: { block: {} },
          statement: { rateBasedStatement: { aggregateKeyType: 'IP', limit: 1000, evaluationWindowSec: 300 } },
          visibilityConfig: visibility('RequestsPerAddress'),
        },
        managed('AWSManagedRulesCommonRuleSet', 2, [
          'SizeRestrictions_BODY', 'CrossSiteScripting_BODY', 'GenericLFI_BODY', 'GenericRFI_BODY', 'EC2MetaDataSSRF_BODY',
        ]),
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'FirewallAssociation', {
      resourceArn: this.api.deploymentStage.stageArn,
      webAclArn: webAcl.attrArn,
    });
  }
}
