import { describe, expect, it } from 'vitest';
import {
  Alert,
  alertIncidentTitle,
  guardDutySeverity,
  interpretAlert,
  labelOfNormalizedSeverity,
  macieSeverity,
} from '../../../lambdas/alerts/core.js';
import { ValidationError } from '../../../lambdas/shared/errors.js';
import { alertsOf, loadEvent, onlyAlert } from './fixtures.js';

describe('interpretAlert: GuardDuty', () => {
  it('turns a finding into one alert keyed by the finding id', () => {
    // Prepare
    const event = loadEvent('guardduty-finding-s3-exfiltration.json');

    // Act
    const alert = onlyAlert(interpretAlert(event));

    // Assess
    expect(alert).toMatchObject({
      source: 'guardduty',
      findingId: '7ac6f1d2e8b34c5fa1d0e9b8c7a6f5e4',
      dedupeKey: 'guardduty:7ac6f1d2e8b34c5fa1d0e9b8c7a6f5e4',
      severity: 'high',
      findingType: 'Exfiltration:S3/AnomalousBehavior',
      observedAt: '2026-03-02T09:02:48.000Z',
      account: '111122223333',
      region: 'eu-west-1',
      resources: ['arn:aws:s3:::amzn-s3-demo-customer-exports'],
      dataCategories: [],
    });
    expect(alert.summary).toContain('seen 3 time(s) from 2026-03-02T08:41:03.000Z to 2026-03-02T09:02:48.000Z');
    expect(Alert.parse(alert)).toEqual(alert);
  });

  it('keeps the actor out of the summary and resources', () => {
    // Act
    const alert = onlyAlert(interpretAlert(loadEvent('guardduty-finding-s3-exfiltration.json')));

    // Assess: user name, access key, principal and caller IP appear only in fields we never read
    const kept = JSON.stringify({ ...alert, title: undefined });
    for (const actorDetail of ['ExampleUser', 'ASIAIOSFODNN7EXAMPLE', 'AIDACKCEVSQ6C2EXAMPLE', '198.51.100.7']) {
      expect(kept).not.toContain(actorDetail);
    }
  });

  it.each([true, 'true', 'TRUE'])('ignores a sample finding flagged %j', (flag) => {
    // Prepare
    const event = loadEvent('guardduty-sample-finding.json');
    event.detail.service.additionalInfo.sample = flag;

    // Act
    const results = interpretAlert(event);

    // Assess
    expect(results).toEqual([
      { kind: 'ignored', source: 'guardduty', findingId: '3f9e8d7c6b5a49382716a5b4c3d2e1f0', reason: expect.stringMatching(/sample/) },
    ]);
  });

  it('ignores an archived finding', () => {
    // Prepare
    const event = loadEvent('guardduty-finding-s3-exfiltration.json');
    event.detail.service.archived = true;

    // Act / Assess
    expect(interpretAlert(event)).toEqual([expect.objectContaining({ kind: 'ignored', reason: expect.stringMatching(/archived/) })]);
  });

  it('gives an instance finding an EC2 instance ARN', () => {
    // Prepare: the sample fixture is an instance finding; unflag it
    const event = loadEvent('guardduty-sample-finding.json');
    delete event.detail.service.additionalInfo.sample;

    // Act
    const alert = onlyAlert(interpretAlert(event));

    // Assess
    expect(alert.resources).toEqual(['arn:aws:ec2:eu-west-1:111122223333:instance/i-99999999']);
    expect(alert.severity).toBe('low');
  });

  it('falls back to updatedAt, then to the event time, for observedAt', () => {
    // Prepare
    const event = loadEvent('guardduty-finding-s3-exfiltration.json');
    delete event.detail.service.eventLastSeen;

    // Act / Assess
    expect(onlyAlert(interpretAlert(event)).observedAt).toBe('2026-03-02T09:14:55.208Z');
    delete event.detail.updatedAt;
    expect(onlyAlert(interpretAlert(event)).observedAt).toBe('2026-03-02T09:15:27.000Z');
  });

  it('rejects a finding without a severity, naming the field', () => {
    // Prepare
    const event = loadEvent('guardduty-finding-s3-exfiltration.json');
    delete event.detail.severity;

    // Act / Assess
    expect(() => interpretAlert(event)).toThrow(ValidationError);
    try {
      interpretAlert(event);
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([expect.objectContaining({ field: 'detail.severity' })]);
    }
  });
});

describe('guardDutySeverity', () => {
  it.each([
    [1, 'low'], [3.9, 'low'], [4, 'medium'], [6.9, 'medium'], [7, 'high'], [8.9, 'high'], [9, 'critical'], [10, 'critical'],
  ] as const)('maps %d to %s', (score, severity) => {
    expect(guardDutySeverity(score)).toBe(severity);
  });
});

describe('interpretAlert: Macie', () => {
  it('maps detections to categories and keeps only type names and counts', () => {
    // Act
    const alert = onlyAlert(interpretAlert(loadEvent('macie-finding-sensitive-data.json')));

    // Assess
    expect(alert).toMatchObject({
      source: 'macie',
      findingId: '4d7e2f1a9b8c4e3d2a1f0e9d8c7b6a50',
      dedupeKey: 'macie:4d7e2f1a9b8c4e3d2a1f0e9d8c7b6a50',
      severity: 'high',
      findingType: 'SensitiveData:S3Object/Multiple',
      observedAt: '2026-03-03T14:20:41.118Z',
      resources: [
        'arn:aws:s3:::amzn-s3-demo-customer-exports/exports/2026-03/customers.csv',
        'arn:aws:s3:::amzn-s3-demo-customer-exports',
      ],
      sensitiveDetections: [
        { type: 'USA_SOCIAL_SECURITY_NUMBER', count: 12 },
        { type: 'EMAIL_ADDRESS', count: 40 },
        { type: 'USA_HEALTH_INSURANCE_CLAIM_NUMBER', count: 3 },
        { type: 'VEHICLE_IDENTIFICATION_NUMBER', count: 2 },
        { type: 'CREDIT_CARD_NUMBER', count: 9 },
        { type: 'custom:employee-number', count: 5 },
      ],
      unmappedDetectionTypes: ['VEHICLE_IDENTIFICATION_NUMBER', 'custom:employee-number'],
      minAffectedRecords: 40,
    });
    expect([...alert.dataCategories].sort()).toEqual(['contact', 'government-id', 'health', 'payment-card']);
    expect(alert.summary).toContain('71 detection(s) of 6 type(s)');
    expect(Alert.parse(alert)).toEqual(alert);
  });

  it('never carries occurrence locators (column names, rows) into the alert', () => {
    // Act
    const kept = JSON.stringify(interpretAlert(loadEvent('macie-finding-sensitive-data.json')));

    // Assess
    for (const locator of ['columnName', '"ssn"', 'emp_no', 'cells']) expect(kept).not.toContain(locator);
  });

  it.each([true, 'true'])('ignores a sample finding flagged %j', (flag) => {
    // Prepare
    const event = loadEvent('macie-finding-sensitive-data.json');
    event.detail.sample = flag;

    // Act / Assess
    expect(interpretAlert(event)).toEqual([
      { kind: 'ignored', source: 'macie', findingId: '4d7e2f1a9b8c4e3d2a1f0e9d8c7b6a50', reason: expect.stringMatching(/sample/) },
    ]);
  });

  it('accepts a policy finding, which has no classification details', () => {
    // Prepare
    const event = loadEvent('macie-finding-sensitive-data.json');
    delete event.detail.classificationDetails;
    delete event.detail.resourcesAffected.s3Object;
    event.detail.type = 'Policy:IAMUser/S3BucketPublic';
    event.detail.severity = { score: 3, description: 'High' };

    // Act
    const alert = onlyAlert(interpretAlert(event));

    // Assess
    expect(alert).toMatchObject({ findingType: 'Policy:IAMUser/S3BucketPublic', dataCategories: [], sensitiveDetections: [] });
    expect(alert.minAffectedRecords).toBeUndefined();
    expect(alert.resources).toEqual(['arn:aws:s3:::amzn-s3-demo-customer-exports']);
  });
});

describe('macieSeverity', () => {
  it.each([
    ['Low', 1, 'low'], ['Medium', 2, 'medium'], ['High', 3, 'high'], [undefined, 1, 'low'], [undefined, 3, 'high'], [undefined, undefined, 'medium'],
  ] as const)('maps %s / score %s to %s', (description, score, severity) => {
    expect(macieSeverity(description, score)).toBe(severity);
  });
});

describe('interpretAlert: Security Hub', () => {
  it('gives one result per finding, in order', () => {
    // Act
    const results = interpretAlert(loadEvent('securityhub-findings-imported.json'));

    // Assess
    expect(results.map((result) => result.kind)).toEqual(['alert', 'ignored', 'ignored']);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/informational/) });
    expect(results[2]).toMatchObject({ reason: expect.stringMatching(/GuardDuty/) });
  });

  it('keys a finding by product ARN and id, and leaves the actor out of its resources', () => {
    // Act
    const [alert] = alertsOf(interpretAlert(loadEvent('securityhub-findings-imported.json')));

    // Assess
    expect(alert).toMatchObject({
      source: 'securityhub',
      findingId: 'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default/decoy-bucket-read-0001',
      dedupeKey: 'securityhub:arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default/decoy-bucket-read-0001',
      severity: 'critical',
      findingType: 'Unusual Behaviors/Data Exposure',
      observedAt: '2026-03-04T11:01:17.000Z',
      account: '111122223333',
      region: 'eu-west-1',
      resources: ['arn:aws:s3:::amzn-s3-demo-decoy', 'arn:aws:s3:::amzn-s3-demo-decoy/payroll.csv'],
    });
    expect(JSON.stringify(alert)).not.toContain('ExampleUser');
  });

  it('keeps informational and forwarded findings when told to', () => {
    // Act
    const results = interpretAlert(loadEvent('securityhub-findings-imported.json'), {
      securityHub: { ignoreInformational: false, ignoreForwardedFindings: false },
    });

    // Assess
    expect(alertsOf(results).map((alert) => alert.severity)).toEqual(['critical', 'low', 'high']);
  });

  it('ignores an archived finding', () => {
    // Act / Assess
    expect(interpretAlert(loadEvent('securityhub-archived-finding.json'))).toEqual([
      expect.objectContaining({ kind: 'ignored', source: 'securityhub', reason: expect.stringMatching(/archived/) }),
    ]);
  });

  it.each(['SUPPRESSED', 'RESOLVED'])('ignores a finding whose workflow status is %s', (status) => {
    // Prepare
    const event = loadEvent('securityhub-findings-imported.json');
    event.detail.findings = [event.detail.findings[0]];
    event.detail.findings[0].Workflow.Status = status;

    // Act / Assess
    expect(interpretAlert(event)).toEqual([expect.objectContaining({ kind: 'ignored', reason: expect.stringContaining(status) })]);
  });

  it('falls back to the normalized score when there is no label', () => {
    // Prepare
    const event = loadEvent('securityhub-findings-imported.json');
    event.detail.findings = [event.detail.findings[0]];
    event.detail.findings[0].Severity = { Normalized: 45 };

    // Act / Assess
    expect(onlyAlert(interpretAlert(event)).severity).toBe('medium');
  });

  it('rejects the whole event when one finding is malformed', () => {
    // Prepare
    const event = loadEvent('securityhub-findings-imported.json');
    delete event.detail.findings[2].Id;

    // Act / Assess
    expect(() => interpretAlert(event)).toThrow(
      expect.objectContaining({ name: 'ValidationError', issues: [expect.objectContaining({ field: 'detail.findings.2.Id' })] }),
    );
  });
});

describe('labelOfNormalizedSeverity', () => {
  it.each([
    [0, 'INFORMATIONAL'], [1, 'LOW'], [39, 'LOW'], [40, 'MEDIUM'], [69, 'MEDIUM'], [70, 'HIGH'], [89, 'HIGH'], [90, 'CRITICAL'], [100, 'CRITICAL'],
  ] as const)('maps %d to %s', (normalized, label) => {
    expect(labelOfNormalizedSeverity(normalized)).toBe(label);
  });
});

describe('interpretAlert: CloudWatch alarms', () => {
  const alarmArn = 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:CustomerExportsUnusualGetObject';

  it('turns a change into ALARM into a medium alert keyed by the alarm ARN', () => {
    // Act
    const alert = onlyAlert(interpretAlert(loadEvent('cloudwatch-alarm-state-change-alarm.json')));

    // Assess
    expect(alert).toMatchObject({
      source: 'cloudwatch',
      findingId: alarmArn,
      dedupeKey: `cloudwatch:${alarmArn}`,
      severity: 'medium',
      findingType: 'MetricAlarm/ALARM',
      observedAt: '2026-03-06T02:14:09.115Z',
      resources: [alarmArn],
    });
    expect(alert.summary).toContain('from OK to ALARM');
    expect(alert.summary).toContain('AWS/S3 GetRequests');
  });

  it('keeps one key per alarm, so a second ALARM updates the same incident', () => {
    // Prepare
    const later = loadEvent('cloudwatch-alarm-state-change-alarm.json');
    later.time = '2026-03-07T00:00:00Z';
    later.detail.state.timestamp = '2026-03-07T00:00:00.000+0000';

    // Act
    const first = onlyAlert(interpretAlert(loadEvent('cloudwatch-alarm-state-change-alarm.json')));
    const second = onlyAlert(interpretAlert(later));

    // Assess
    expect(second.dedupeKey).toBe(first.dedupeKey);
  });

  it('takes the severity from configuration, by alarm name or ARN', () => {
    // Prepare
    const event = loadEvent('cloudwatch-alarm-state-change-alarm.json');

    // Act / Assess
    expect(onlyAlert(interpretAlert(event, { cloudWatch: { alarmSeverity: 'low' } })).severity).toBe('low');
    expect(
      onlyAlert(interpretAlert(event, { cloudWatch: { severityByAlarm: { CustomerExportsUnusualGetObject: 'high' } } })).severity,
    ).toBe('high');
    expect(onlyAlert(interpretAlert(event, { cloudWatch: { severityByAlarm: { [alarmArn]: 'critical' } } })).severity).toBe(
      'critical',
    );
  });

  it('ignores a change into OK', () => {
    // Act / Assess
    expect(interpretAlert(loadEvent('cloudwatch-alarm-state-change-ok.json'))).toEqual([
      { kind: 'ignored', source: 'cloudwatch', findingId: alarmArn, reason: expect.stringMatching(/OK/) },
    ]);
  });

  it('ignores a change into INSUFFICIENT_DATA', () => {
    // Prepare
    const event = loadEvent('cloudwatch-alarm-state-change-ok.json');
    event.detail.state.value = 'INSUFFICIENT_DATA';

    // Act / Assess
    expect(interpretAlert(event)).toEqual([expect.objectContaining({ kind: 'ignored', reason: expect.stringMatching(/INSUFFICIENT_DATA/) })]);
  });

  it('ignores a configuration change', () => {
    // Act / Assess
    expect(interpretAlert(loadEvent('cloudwatch-alarm-configuration-change.json'))).toEqual([
      { kind: 'ignored', source: 'cloudwatch', reason: expect.stringContaining('CloudWatch Alarm Configuration Change') },
    ]);
  });
});

describe('interpretAlert: what it refuses', () => {
  it('rejects an unsupported source, naming source and detail-type', () => {
    // Act / Assess
    expect(() => interpretAlert(loadEvent('unknown-source-ec2-state-change.json'))).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        message: expect.stringMatching(/aws\.ec2.*EC2 Instance State-change Notification/),
      }),
    );
  });

  it('rejects another detail-type from a supported source', () => {
    // Prepare
    const event = loadEvent('securityhub-findings-imported.json');
    event['detail-type'] = 'Security Hub Insight Results';

    // Act / Assess
    expect(() => interpretAlert(event)).toThrow(ValidationError);
  });

  it.each([null, 'text', [], {}, { source: 'aws.guardduty' }])('rejects %j as not an EventBridge event', (input) => {
    expect(() => interpretAlert(input)).toThrow(ValidationError);
  });
});

describe('alertIncidentTitle', () => {
  it('names the source, severity, type and the most specific resource', () => {
    // Act
    const title = alertIncidentTitle(onlyAlert(interpretAlert(loadEvent('macie-finding-sensitive-data.json'))));

    // Assess
    expect(title).toBe('Macie high: SensitiveData:S3Object/Multiple on amzn-s3-demo-customer-exports/exports/2026-03/customers.csv');
  });

  it('uses structured fields only, so a principal named in the provider title stays out', () => {
    // Act
    const alert = onlyAlert(interpretAlert(loadEvent('guardduty-finding-s3-exfiltration.json')));

    // Assess
    expect(alert.title).toContain('ExampleUser'); // the provider's own wording, kept for responders
    expect(alertIncidentTitle(alert)).toBe('GuardDuty high: Exfiltration:S3/AnomalousBehavior on amzn-s3-demo-customer-exports');
  });

  it('stays within the 200 characters an incident title may have', () => {
    // Prepare
    const alert = onlyAlert(interpretAlert(loadEvent('cloudwatch-alarm-state-change-alarm.json')));

    // Act
    const title = alertIncidentTitle({ ...alert, findingType: 'X'.repeat(500) });

    // Assess
    expect(title.length).toBeLessThanOrEqual(200);
  });
});
