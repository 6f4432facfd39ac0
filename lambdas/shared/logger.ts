// Structured logs. Never log personal data, record values, addresses or notice bodies:
// log ids, counts, states and error names only.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'breachclock' });
