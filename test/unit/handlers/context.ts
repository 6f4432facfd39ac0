// Test doubles shared by the handler tests: a frozen Lambda context and API Gateway events.
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

export const lambdaContext: Context = Object.freeze({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'breachclock-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-central-1:111122223333:function:breachclock-test',
  memoryLimitInMB: '512',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/breachclock-test',
  logStreamName: '2026/11/22/[$LATEST]abcdef',
  getRemainingTimeInMillis: () => 30_000,
  done: () => {},
  fail: () => {},
  succeed: () => {},
});

export function apiEvent(over: { method: string; resource: string; role: string; body?: unknown; pathParameters?: Record<string, string>; headers?: Record<string, string>; query?: Record<string, string> }): APIGatewayProxyEvent {
  return {
    resource: over.resource,
    path: over.resource,
    httpMethod: over.method,
    headers: over.headers ?? {},
    multiValueHeaders: {},
    queryStringParameters: over.query ?? null,
    multiValueQueryStringParameters: null,
    pathParameters: over.pathParameters ?? null,
    stageVariables: null,
    body: over.body === undefined ? null : typeof over.body === 'string' ? over.body : JSON.stringify(over.body),
    isBase64Encoded: false,
    requestContext: { authorizer: { claims: { 'cognito:username': 'alice', 'cognito:groups': over.role } } },
  } as unknown as APIGatewayProxyEvent;
}

export function setTestEnvironment() {
  Object.assign(process.env, {
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    TABLE_NAME: 'breachclock-test',
    STATE_MACHINE_ARN: 'arn:aws:states:eu-central-1:111122223333:stateMachine:incident-workflow',
    SENDER_ADDRESS: 'notices@org.example',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  delete process.env.BREACHCLOCK_CLOCK;
  delete process.env.CONTACT_OVERRIDES;
}
