// Established npm PII detectors, used as their READMEs show, and what their output says about
// the categories of a text: each replaces what it finds by a fixed label (EMAIL_ADDRESS, ...).
import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
import type { Category } from '../../lambdas/shared/contract.js';

export interface Competitor {
  readonly name: string;
  /** Categories found in one text. */
  categoriesOf(text: string): Set<Category>;
  /** One record processed the way the tool's README suggests for records. */
  processRecord(record: Record<string, string>): void;
  /** How records are fed to it, for the report. */
  readonly usage: string;
  /** The categories its built-in rules cover (others are not scored for it). */
  readonly covers: ReadonlySet<Category>;
}

const LABELS: ReadonlyArray<readonly [string, Category]> = [
  ['CREDIT_CARD_NUMBER', 'payment-card'], ['EMAIL_ADDRESS', 'contact'], ['PHONE_NUMBER', 'contact'],
  ['STREET_ADDRESS', 'contact'], ['ZIPCODE', 'contact'], ['US_SOCIAL_SECURITY_NUMBER', 'government-id'],
  ['IP_ADDRESS', 'online-identifier'], ['USERNAME', 'online-identifier'], ['PASSWORD', 'credentials'],
  ['CREDENTIALS', 'credentials'], ['PERSON_NAME', 'identity'],
];

function labelsIn(redacted: string, original: string): Set<Category> {
  const found = new Set<Category>();
  for (const [label, category] of LABELS) if (redacted.includes(label) && !original.includes(label)) found.add(category);
  return found;
}

export function redactPii(): Competitor {
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii 3.4',
    usage: 'SyncRedactor.redact() on each field',
    covers: new Set<Category>(['payment-card', 'contact', 'government-id', 'online-identifier', 'credentials', 'identity']),
    categoriesOf: (text) => labelsIn(redactor.redact(text), text),
    processRecord: (record) => {
      for (const value of Object.values(record)) redactor.redact(value);
    },
  };
}

export function redactPiiNode(): Competitor {
  const redactor = new Redactor();
  return {
    name: '@redactpii/node 1.0',
    usage: 'Redactor.redactObject() on each record',
    covers: new Set<Category>(['payment-card', 'contact', 'government-id', 'identity']),
    categoriesOf: (text) => labelsIn(redactor.redact(text), text),
    processRecord: (record) => {
      redactor.redactObject(record);
    },
  };
}
