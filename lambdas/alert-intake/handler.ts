// EventBridge target for GuardDuty, Macie, Security Hub and CloudWatch alarm events (embedded:
// POST /alerts passes the same event JSON).
import middy from '@middy/core';
import { dependencies } from '../shared/dependencies.js';
import { logger } from '../shared/logger.js';
import { takeAlert, type AlertOutcome } from './task.js';

export const handler = middy<unknown, AlertOutcome[]>().handler(async (event) => {
  const outcomes = await takeAlert(event, dependencies());
  for (const o of outcomes) logger.info('alert', o.outcome === 'ignored' ? { outcome: o.outcome, reason: o.reason } : { ...o });
  return outcomes;
});
