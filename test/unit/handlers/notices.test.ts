// The notice handlers with the AWS SDK mocked: legal's decision resumes the workflow; sending
// claims each message first and never sends a claimed one again.
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SFNClient, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiEvent, lambdaContext, setTestEnvironment } from './context.js';

setTestEnvironment();
const { resetDependencies } = await import('../../../lambdas/shared/dependencies.js');
const decide = (await import('../../../lambdas/record-decision/handler.js')).handler;
const send = (await import('../../../lambdas/send-notices/handler.js')).handler;
const { sha256 } = await import('../../../lambdas/shared/store.js');

const ddb = mockClient(DynamoDBDocumentClient);
const ses = mockClient(SESv2Client);
const sfn = mockClient(SFNClient);
const ID = 'inc-test';
const incident = { pk: `INCIDENT#${ID}`, sk: 'INCIDENT', id: ID, title: 't', status: 'awaiting-approval', version: 3, approvalToken: 'token-1', createdAt: '2026-11-20T08:00:00Z' };
const obligation = { id: 'eu-gdpr-individuals', regime: 'eu-gdpr', recipient: 'individuals', required: true, status: 'awaiting-approval', deadline: null, reason: 'high risk', citation: 'GDPR Art. 34(1)', startsFrom: 'awareness' };
const notice = (status: string) => ({ id: 'eu-gdpr-individuals-notice', obligationId: obligation.id, recipient: 'individuals', channel: 'email', status, subject: 'About your data', body: 'We are sorry.' });
const condition = Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' });

/** Answers Query by the sort-key prefix asked for, like the table would. */
function table(items: { notices?: object[]; obligations?: object[]; addresses?: string[]; deliveries?: object[] }) {
  ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) => {
    const v = input.ExpressionAttributeValues;
    if (v[':p']?.startsWith('RECIPIENTS#')) return { Items: (items.addresses ?? []).map((email) => ({ email })) };
    if (v[':p']?.startsWith('DELIVERIES#')) return { Items: items.deliveries ?? [] };
    if (v[':s'] === 'NOTICE#') return { Items: items.notices ?? [] };
    if (v[':s'] === 'OBLIGATION#') return { Items: items.obligations ?? [] };
    return { Items: [] }; // timeline head
  });
}

beforeEach(() => {
  ddb.reset();
  ses.reset();
  sfn.reset();
  resetDependencies();
  ddb.on(GetCommand).resolves({ Item: incident });
  ddb.on(PutCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  sfn.on(SendTaskSuccessCommand).resolves({});
  let n = 0;
  ses.on(SendEmailCommand).callsFake(() => ({ MessageId: `msg-${++n}` }));
});

describe('POST /incidents/{id}/decisions', () => {
  const approve = (role = 'legal') =>
    decide(apiEvent({ method: 'POST', resource: '/incidents/{id}/decisions', role, pathParameters: { id: ID }, body: { action: 'approve', noticeId: 'eu-gdpr-individuals-notice' } }), lambdaContext);

  it('approves the last draft and resumes the waiting workflow with its token', async () => {
    let approved = false;
    ddb.on(UpdateCommand).callsFake(() => ((approved = true), {}));
    ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) =>
      input.ExpressionAttributeValues[':s'] === 'NOTICE#' ? { Items: [notice(approved ? 'approved' : 'awaiting-approval')] }
        : input.ExpressionAttributeValues[':s'] === 'OBLIGATION#' ? { Items: [obligation] } : { Items: [] });

    const res = await approve();

    expect(res.statusCode).toBe(200);
    const update = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(update.Key).toEqual({ pk: `INCIDENT#${ID}`, sk: 'NOTICE#eu-gdpr-individuals-notice' });
    expect(update.ConditionExpression).toContain('#status IN (:from0)');
    expect(update.ExpressionAttributeValues).toMatchObject({ ':from0': 'awaiting-approval' });
    expect(sfn.commandCalls(SendTaskSuccessCommand)[0]!.args[0].input).toEqual({ taskToken: 'token-1', output: JSON.stringify({ decided: true }) });
    const event = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item!).find((i) => i.type === 'decision.approve')!;
    expect(event.actor).toEqual({ kind: 'user', id: 'alice', role: 'legal' });
  });

  it('answers 409 when the notice was decided already, and resumes nothing', async () => {
    table({ notices: [notice('sent')], obligations: [obligation] });
    ddb.on(UpdateCommand).rejects(condition);
    expect((await approve()).statusCode).toBe(409);
    expect(sfn.calls()).toHaveLength(0);
  });

  it('refuses a responder, changing no notice', async () => {
    expect((await approve('responder')).statusCode).toBe(403);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(sfn.calls()).toHaveLength(0);
  });
});

describe('sending the approved notices', () => {
  const people = ['a@people.example', 'b@people.example', 'c@people.example'];

  it('sends one message per person, to that person only', async () => {
    table({ notices: [notice('approved')], obligations: [obligation], addresses: people });

    await send({ incidentId: ID }, lambdaContext);

    const sent = ses.commandCalls(SendEmailCommand).map((c) => c.args[0].input);
    expect(sent.map((m) => m.Destination!.ToAddresses)).toEqual(people.map((p) => [p]));
    expect(sent.every((m) => m.FromEmailAddress === 'notices@org.example' && !m.Destination!.CcAddresses && !m.Destination!.BccAddresses)).toBe(true);
    // Each send was claimed first with a conditional put.
    const claims = ddb.commandCalls(PutCommand).map((c) => c.args[0].input).filter((i) => String(i.Item?.pk).startsWith('DELIVERIES#'));
    expect(claims.map((c) => c.ConditionExpression)).toEqual(people.map(() => 'attribute_not_exists(pk)'));
  });

  it('on a re-run never sends to a person already claimed, whatever the outcome was', async () => {
    table({
      notices: [notice('sending')], obligations: [obligation], addresses: people,
      deliveries: [
        { pk: `DELIVERIES#${ID}`, sk: `eu-gdpr-individuals-notice#${sha256(people[0]!)}`, recipientKey: sha256(people[0]!), status: 'sent', messageId: 'msg-0' },
        { pk: `DELIVERIES#${ID}`, sk: `eu-gdpr-individuals-notice#${sha256(people[1]!)}`, recipientKey: sha256(people[1]!), status: 'sending' },
      ],
    });

    await send({ incidentId: ID }, lambdaContext);

    expect(ses.commandCalls(SendEmailCommand).map((c) => c.args[0].input.Destination!.ToAddresses)).toEqual([[people[2]]]);
  });

  it('does not send when another run won the claim', async () => {
    table({ notices: [notice('approved')], obligations: [obligation], addresses: people });
    ddb.on(PutCommand).callsFake((input: { Item: { pk: string } }) => {
      if (input.Item.pk.startsWith('DELIVERIES#')) throw condition;
      return {};
    });
    await send({ incidentId: ID }, lambdaContext);
    expect(ses.calls()).toHaveLength(0);
  });
});
