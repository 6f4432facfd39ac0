// Conformance against third-party AWS samples (AWS docs, aws-samples, Panther) kept outside the
// repo in ../shared/fixtures/events (next to the checkout, as in CI). They are read in place, never copied here; where
// a file holds only a finding, it is wrapped in the envelope EventBridge would put around it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Alert, interpretAlert, type AlertInterpretation } from '../../../lambdas/alerts/core.js';

const THIRD_PARTY_EVENTS = fileURLToPath(new URL('../../../../shared/fixtures/events', import.meta.url));
const available = existsSync(THIRD_PARTY_EVENTS);

type Json = Record<string, any>;

function filesStartingWith(prefix: string): string[] {
  return readdirSync(THIRD_PARTY_EVENTS).filter((name) => name.startsWith(prefix) && name.endsWith('.json')).sort();
}

function readJson(name: string): Json {
  return JSON.parse(readFileSync(join(THIRD_PARTY_EVENTS, name), 'utf8')) as Json;
}

function envelope(source: string, detailType: string, account: string, region: string, detail: Json): Json {
  return {
    version: '0',
    id: '00000000-0000-4000-8000-000000000000',
    'detail-type': detailType,
    source,
    account,
    time: '2026-01-01T00:00:00Z',
    region,
    resources: [],
    detail,
  };
}

/** The file as EventBridge would deliver it. */
function asEvent(name: string): Json {
  const body = readJson(name);
  if (name.startsWith('guardduty_finding_detail_')) {
    return envelope('aws.guardduty', 'GuardDuty Finding', body.accountId, body.region, body);
  }
  if (name.startsWith('macie_finding_detail_')) return envelope('aws.macie', 'Macie Finding', body.accountId, body.region, body);
  if (name.startsWith('securityhub_asff_finding_')) {
    return envelope('aws.securityhub', 'Security Hub Findings - Imported', body.AwsAccountId, body.Region, { findings: [body] });
  }
  return body; // Security Hub imported events and CloudWatch events are full envelopes already
}

function onlyAlert(results: AlertInterpretation[]): Alert {
  expect(results).toHaveLength(1);
  expect(results[0]?.kind).toBe('alert');
  return (results[0] as Extract<AlertInterpretation, { kind: 'alert' }>).alert;
}

describe.skipIf(!available)(
  `conformance with third-party AWS event samples (skipped: ${THIRD_PARTY_EVENTS} is not present on this machine)`,
  () => {
    const guardDuty = available ? filesStartingWith('guardduty_finding_detail_') : [];
    const guardDutySamples = guardDuty.filter((name) => name.endsWith('_sample.json'));
    const guardDutyReal = guardDuty.filter((name) => !name.endsWith('_sample.json'));
    const all = available ? readdirSync(THIRD_PARTY_EVENTS).filter((name) => name.endsWith('.json')).sort() : [];

    it('finds the expected files', () => {
      expect(guardDutyReal.length).toBeGreaterThan(0);
      expect(guardDutySamples.length).toBeGreaterThan(0);
    });

    it.each(guardDutyReal)('GuardDuty %s gives one alert', (name) => {
      // Act
      const alert = onlyAlert(interpretAlert(asEvent(name)));

      // Assess
      expect(alert.source).toBe('guardduty');
      expect(alert.findingType).toBe(readJson(name).type);
      expect(Alert.parse(alert)).toEqual(alert);
    });

    it.each(guardDutySamples)('GuardDuty sample finding %s is ignored', (name) => {
      expect(interpretAlert(asEvent(name))).toEqual([expect.objectContaining({ kind: 'ignored', source: 'guardduty' })]);
    });

    it('ignores the CloudWatch alarm configuration change', () => {
      expect(interpretAlert(asEvent('cloudwatch_alarm_configuration_change_update_metric_alarm.json'))).toEqual([
        expect.objectContaining({ kind: 'ignored', source: 'cloudwatch' }),
      ]);
    });

    it.each(available ? filesStartingWith('cloudwatch_alarm_state_change_') : [])(
      'CloudWatch %s (into ALARM) gives one alert keyed by the alarm ARN',
      (name) => {
        // Prepare
        const event = asEvent(name);

        // Act
        const alert = onlyAlert(interpretAlert(event));

        // Assess
        expect(alert.findingId).toBe(event.resources[0]);
      },
    );

    it('reads payment-card and government-id data from the Macie CSV finding', () => {
      // Act
      const alert = onlyAlert(interpretAlert(asEvent('macie_finding_detail_SensitiveData_S3Object_Multiple_csv.json')));

      // Assess: the object has 30 rows; 30 is the most any single type was found
      expect(alert.dataCategories).toEqual(expect.arrayContaining(['payment-card', 'government-id', 'contact', 'identity']));
      expect(alert.minAffectedRecords).toBe(30);
    });

    it('reads payment-card data from the Macie JSON finding', () => {
      // Act
      const alert = onlyAlert(interpretAlert(asEvent('macie_finding_detail_SensitiveData_S3Object_Multiple_json_creditcards.json')));

      // Assess: that object holds card numbers, security codes and names, but no SSN
      expect(alert.dataCategories).toEqual(expect.arrayContaining(['payment-card', 'identity']));
      expect(alert.dataCategories).not.toContain('government-id');
    });

    it('keeps the custom-identifier Macie finding with its detection unmapped', () => {
      // Act
      const alert = onlyAlert(interpretAlert(asEvent('macie_finding_detail_SensitiveData_S3Object_CustomIdentifier.json')));

      // Assess
      expect(alert.dataCategories).toEqual([]);
      expect(alert.unmappedDetectionTypes).toEqual(['custom:email check']);
    });

    it('ignores the informational Security Hub control finding by default', () => {
      expect(interpretAlert(asEvent('securityhub_findings_imported_event_FSBP_EC2.7.json'))).toEqual([
        expect.objectContaining({ kind: 'ignored', reason: expect.stringMatching(/informational/) }),
      ]);
    });

    it('rates the decoy-access Security Hub findings high', () => {
      for (const name of ['securityhub_asff_finding_s3_decoy_accessed.json', 'securityhub_asff_finding_secretsmanager_decoy_accessed.json']) {
        expect(onlyAlert(interpretAlert(asEvent(name))).severity).toBe('high');
      }
    });

    it.each(all)('%s gives the same results, dedupe keys included, when read twice', (name) => {
      // Act
      const first = interpretAlert(asEvent(name));
      const second = interpretAlert(asEvent(name));

      // Assess
      expect(second).toEqual(first);
      for (const result of first) {
        if (result.kind === 'alert') expect(result.alert.dedupeKey).toBe(`${result.alert.source}:${result.alert.findingId}`);
      }
    });

    it.each(all)('%s names none of its personal data in the alert summary', (name) => {
      // Act
      const summaries = interpretAlert(asEvent(name)).flatMap((result) => (result.kind === 'alert' ? [result.alert.summary] : []));

      // Assess: names, principals and caller IPs the samples contain
      for (const summary of summaries) {
        for (const personal of ['john_doe', 'john.doe', 'user/tester', '10.0.0.1', '111.111.111.111']) {
          expect(summary).not.toContain(personal);
        }
      }
    });
  },
);
