// AWS SDK clients, created once per cold start. Endpoints come from the standard
// AWS_ENDPOINT_URL_<SERVICE> variables, which the embedded runtime sets: handlers never know
// where they run.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { TransientDependencyError } from './errors.js';

const requestHandler = { requestTimeout: 10_000, connectionTimeout: 3_000 };

export const dynamo = () =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ requestHandler }), {
    marshallOptions: { removeUndefinedValues: true },
  });
export const ses = () => new SESv2Client({ requestHandler });
export const stepFunctions = () => new SFNClient({ requestHandler });

const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded',
  'InternalServerError', 'ServiceUnavailable', 'TooManyRequestsException', 'TimeoutError',
  'LimitExceededException', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT',
]);

/** Rethrow an SDK failure as TransientDependencyError when a retry may help; else as is. */
export function asDependencyError(error: unknown, what: string): Error {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  const status = e?.$metadata?.httpStatusCode ?? 0;
  if (TRANSIENT.has(e?.name ?? '') || TRANSIENT.has(e?.code ?? '') || status >= 500 || e?.$retryable) {
    return new TransientDependencyError(`${what} failed: ${e?.name ?? 'unknown error'}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
