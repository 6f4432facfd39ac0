// Loading our own synthetic EventBridge events (test/fixtures/events/). Each call returns a
// fresh copy, so a test can alter one without touching another's.
import { readFileSync } from 'node:fs';
import type { Alert, AlertInterpretation } from '../../../lambdas/alerts/core.js';

const EVENTS_DIR = new URL('../../fixtures/events/', import.meta.url);

export type EventJson = Record<string, any>;

export function loadEvent(name: string): EventJson {
  return JSON.parse(readFileSync(new URL(name, EVENTS_DIR), 'utf8')) as EventJson;
}

export function alertsOf(results: AlertInterpretation[]): Alert[] {
  return results.flatMap((result) => (result.kind === 'alert' ? [result.alert] : []));
}

export function onlyAlert(results: AlertInterpretation[]): Alert {
  const [first, ...rest] = results;
  if (first?.kind !== 'alert' || rest.length > 0) {
    throw new Error(`expected exactly one alert, got ${JSON.stringify(results)}`);
  }
  return first.alert;
}
