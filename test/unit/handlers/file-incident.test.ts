// POST /incidents with the AWS SDK mocked: what is written, what is started, what is refused.
import { readFileSync } from 'node:fs';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SFNClient, StartExecutionCommand, ExecutionAlreadyExists } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiEvent, lambdaContext, setTestEnvironment } from './context.js';

setTestEnvironment();
const { handler } = await import('../../../lambdas/file-incident/handler.js');
const { resetDependencies } = await import('../../../lambdas/shared/dependencies.js');

const ddb = mockClient(DynamoDBDocumentClient);
const sfn = mockClient(SFNClient);
const report = JSON.parse(readFileSync(new URL('../../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
const post = (body: unknown, role = 'responder', headers: Record<string, string> = {}) =>
  handler(apiEvent({ method: 'POST', resource: '/incidents', role, body, headers }), lambdaContext);

beforeAll(() => resetDependencies());
beforeEach(() => {
  // Prepare: an empty table and a state machine that accepts executions.
  ddb.reset();
  sfn.reset();
  ddb.on(PutCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(BatchWriteCommand).resolves({});
  ddb.on(QueryCommand).resolves({ Items: [] });
  sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:execution', startDate: new Date() });
});

describe('POST /incidents', () => {
  it('stores the report without its records and starts the execution named after the incident', async () => {
    const res = await post(report);

    expect(res.statusCode).toBe(201);
    const { id } = JSON.parse(res.body);
    const incidentPut = ddb.commandCalls(PutCommand).map((c) => c.args[0].input).find((i) => i.Item?.sk === 'INCIDENT')!;
    expect(incidentPut).toMatchObject({
      TableName: 'breachclock-test',
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: { pk: `INCIDENT#${id}`, status: 'assessing', report: { title: report.title, affected: { inlineRecordCount: 3 } } },
    });
    expect(incidentPut.Item!.report.affected.records).toBeUndefined();
    expect(JSON.stringify(incidentPut.Item)).not.toMatch(/Erika|4111 ?1111 ?1111 ?1111|Heidestrasse/);
    expect(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input).toEqual({
      stateMachineArn: process.env.STATE_MACHINE_ARN,
      name: id,
      input: JSON.stringify({ incidentId: id }),
    });
    // The addresses of the affected people go to their own partition, for the Art. 34 notice only.
    const addresses = ddb.commandCalls(BatchWriteCommand)[0]!.args[0].input.RequestItems!['breachclock-test']!;
    expect(addresses.map((r) => r.PutRequest!.Item!.pk)).toEqual([`RECIPIENTS#${id}`, `RECIPIENTS#${id}`, `RECIPIENTS#${id}`]);
  });

  it('computes the ages in the inline records at the discovery, not at filing', async () => {
    // Born 2013-06-01: 12 when discovered on 2026-05-01, 13 on the day this test may run.
    const records = [{ customer_id: 'C-1', date_of_birth: '2013-06-01' }];
    const res = await post({ ...report, discoveredAt: '2026-05-01T08:00:00Z', occurredAt: '2026-04-30T22:00:00Z', affected: { ...report.affected, records } });

    expect(res.statusCode).toBe(201);
    const incident = ddb.commandCalls(PutCommand).map((c) => c.args[0].input).find((i) => i.Item?.sk === 'INCIDENT')!;
    expect(incident.Item!.inlineClassification.children).toEqual({ under13: 1, under16: 1, withBirthDate: 1, asOf: '2026-05-01T08:00:00.000Z' });
  });

  it('refuses a bad report naming every bad field, and touches nothing', async () => {
    const res = await post({ ...report, discoveredAt: '2026-11-20 09:15', reporter: { name: 'x' }, organization: { ...report.organization, country: 'Germany' } });

    expect(res.statusCode).toBe(400);
    const fields = JSON.parse(res.body).issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['discoveredAt', 'reporter.email', 'organization.country']));
    expect(ddb.calls()).toHaveLength(0);
    expect(sfn.calls()).toHaveLength(0);
    // Two letters that name no country: the user-assigned ZZ, and UK (the United Kingdom is GB).
    for (const country of ['ZZ', 'UK']) {
      const refused = await post({ ...report, organization: { ...report.organization, country } });
      expect(refused.statusCode, country).toBe(400);
      expect(JSON.parse(refused.body).issues.map((i: { field: string }) => i.field)).toEqual(['organization.country']);
    }
    expect(ddb.calls()).toHaveLength(0);
  });

  it('refuses times that contradict each other or the clock, and jurisdictions that do not exist, naming each, and touches nothing', async () => {
    const res = await post({
      ...report,
      discoveredAt: '2099-01-01T00:00:00Z',
      occurredAt: '2099-02-01T00:00:00Z',
      affected: { ...report.affected, jurisdictions: ['DE', 'UK', 'XX', 'US-XX', 'US-CA'], subjectsByJurisdiction: { 'US-ZZ': 3 } },
    });

    expect(res.statusCode).toBe(400);
    const issues = JSON.parse(res.body).issues as Array<{ field: string; message: string }>;
    expect(issues.map((i) => i.field)).toEqual([
      'discoveredAt', 'occurredAt', 'affected.jurisdictions.1', 'affected.jurisdictions.2', 'affected.jurisdictions.3', 'affected.subjectsByJurisdiction.US-ZZ',
    ]);
    expect(issues[2]!.message).toContain('GB');
    expect(ddb.calls()).toHaveLength(0);
    expect(sfn.calls()).toHaveLength(0);
  });

  it('names what the schema refuses and what it accepted but the clock or the code lists refuse, in one answer', async () => {
    const res = await post({
      ...report,
      reporter: { name: 'x' },
      discoveredAt: '2099-01-01T00:00:00Z',
      occurredAt: 'last week',
      affected: { ...report.affected, jurisdictions: ['UK', 'de'], subjectsByJurisdiction: { 'US-ZZ': 3, 'us-ca': 1 }, recordsSubjectKey: 'customer_no' },
    });

    expect(res.statusCode).toBe(400);
    const issues = JSON.parse(res.body).issues as Array<{ field: string; message: string }>;
    expect(issues.map((i) => i.field).sort()).toEqual([
      'affected.jurisdictions.0', 'affected.jurisdictions.1', 'affected.recordsSubjectKey', 'affected.subjectsByJurisdiction.US-ZZ',
      'affected.subjectsByJurisdiction.us-ca', 'discoveredAt', 'occurredAt', 'reporter.email',
    ]);
    expect(issues.find((i) => i.field === 'discoveredAt')!.message).toContain('future');
    expect(issues.find((i) => i.field === 'affected.jurisdictions.0')!.message).toContain('GB');
    expect(ddb.calls()).toHaveLength(0);
    expect(sfn.calls()).toHaveLength(0);
  });

  it('names an unknown field itself, and a place counted with more people than the report (black-box QA w1)', async () => {
    const res = await post({
      ...report, severty: 'high', breach: { ...report.breach, encrypted: true },
      affected: { ...report.affected, jurisdictions: ['DE'], subjectsByJurisdiction: { DE: report.affected.subjectCount + 1 } },
    });
    expect(res.statusCode).toBe(400);
    expect((JSON.parse(res.body).issues as Array<{ field: string }>).map((i) => i.field).sort()).toEqual(['affected.subjectsByJurisdiction.DE', 'breach.encrypted', 'severty']);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('counts the inline records by the key column the report names, and refuses one that is none of theirs', async () => {
    const records = [{ account: 'A-1', email: 'a@example.com' }, { account: 'A-1', email: 'a.other@example.com' }];
    const res = await post({ ...report, affected: { ...report.affected, records, recordsSubjectKey: 'account' } });
    expect(res.statusCode).toBe(201);
    const incident = ddb.commandCalls(PutCommand).map((c) => c.args[0].input).find((i) => i.Item?.sk === 'INCIDENT')!;
    expect(incident.Item!.inlineClassification.subjectCount).toBe(1);

    ddb.resetHistory();
    const bad = await post({ ...report, affected: { ...report.affected, records, recordsSubjectKey: 'customer_no' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).issues.map((issue: { field: string }) => issue.field)).toEqual(['affected.recordsSubjectKey']);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('refuses a role that may not file', async () => {
    expect((await post(report, 'legal')).statusCode).toBe(403);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('answers a retry with the same Idempotency-Key with the first incident, and files nothing new', async () => {
    const first = JSON.parse((await post(report, 'responder', { 'Idempotency-Key': 'k-1' })).body);
    const claim = ddb.commandCalls(PutCommand).map((c) => c.args[0].input).find((i) => String(i.Item?.pk).startsWith('IDEMPOTENCY#'))!;
    ddb.reset();
    sfn.reset();
    // Prepare: the key is taken, by the same request.
    ddb.on(PutCommand).rejects(Object.assign(new Error('taken'), { name: 'ConditionalCheckFailedException' }));
    ddb.on(GetCommand, { Key: { pk: claim.Item!.pk, sk: 'IDEMPOTENCY' } }).resolves({ Item: claim.Item });
    ddb.on(GetCommand, { Key: { pk: `INCIDENT#${first.id}`, sk: 'INCIDENT' } }).resolves({ Item: { id: first.id, status: 'awaiting-approval' } });
    sfn.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));

    const again = await post(report, 'responder', { 'idempotency-key': 'k-1' });

    expect(again.statusCode).toBe(201);
    expect(JSON.parse(again.body)).toMatchObject({ id: first.id, status: 'awaiting-approval' });
    expect(again.headers).toMatchObject({ 'idempotent-replayed': 'true' });
    expect(ddb.commandCalls(PutCommand).filter((c) => c.args[0].input.Item?.sk === 'INCIDENT')).toHaveLength(0);
  });

  it('refuses the same Idempotency-Key with a different report', async () => {
    ddb.on(PutCommand).rejects(Object.assign(new Error('taken'), { name: 'ConditionalCheckFailedException' }));
    ddb.on(GetCommand).resolves({ Item: { requestHash: 'another-request', incidentId: 'inc-other' } });
    expect((await post(report, 'responder', { 'Idempotency-Key': 'k-2' })).statusCode).toBe(409);
    expect(sfn.calls()).toHaveLength(0);
  });

  it('maps a throttled table to 503, so that the client retries', async () => {
    ddb.on(PutCommand).rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException', $metadata: { httpStatusCode: 400 } }));
    const res = await post(report);
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(res.body).error).toBe('TransientDependencyError');
  });
});
