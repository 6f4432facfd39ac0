// Configuration is read once, at cold start, from the environment the stack (or the embedded
// runtime) sets. A missing variable is named in the error.
import { fileURLToPath } from 'node:url';

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigurationError(`Environment variable ${name} is not set`);
  return value;
}

export interface Config {
  tableName: string;
  /** Only the functions that start or signal executions need it. */
  stateMachineArn?: string;
  senderAddress: string;
  /** SES configuration set for delivery events (CDK context `sesConfigurationSet`). */
  sesConfigurationSet?: string;
  /** Embedded only: local `recordsSource` paths must lie under this directory. */
  recordsDir?: string;
  runbooksDir: string;
  /** Regime id → authority email, overriding the runbook's channel (CDK context `contactOverrides`). */
  contactOverrides: Record<string, string>;
  /** Where reminders and escalations go when the report names no contact point. */
  escalationAddress?: string;
}

const DEFAULT_RUNBOOKS_DIR = fileURLToPath(new URL('../../runbooks', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  let contactOverrides: Record<string, string> = {};
  if (env.CONTACT_OVERRIDES) {
    try {
      contactOverrides = JSON.parse(env.CONTACT_OVERRIDES) as Record<string, string>;
    } catch (cause) {
      throw new ConfigurationError('CONTACT_OVERRIDES is not valid JSON', { cause });
    }
  }
  return {
    tableName: requireEnv('TABLE_NAME', env),
    stateMachineArn: env.STATE_MACHINE_ARN || undefined,
    senderAddress: env.SENDER_ADDRESS || 'breachclock@example.com',
    sesConfigurationSet: env.SES_CONFIGURATION_SET || undefined,
    recordsDir: env.RECORDS_DIR || undefined,
    runbooksDir: env.RUNBOOKS_DIR || DEFAULT_RUNBOOKS_DIR,
    contactOverrides,
    escalationAddress: env.ESCALATION_ADDRESS || undefined,
  };
}
