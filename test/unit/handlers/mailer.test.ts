// The mailer against a mocked SES: a message SES refused for the sending rate was not sent, so it
// is sent again after a pause; a failure that may have sent it (a timeout) is never retried here.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransientDependencyError } from '../../../lambdas/shared/errors.js';
import { Mailer } from '../../../lambdas/shared/mailer.js';

const ses = mockClient(SESv2Client);
const refusal = (name: string) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: name === 'TimeoutError' ? undefined : 429 } });
const mailer = () => new Mailer(ses as unknown as SESv2Client, 'from@org.example', undefined, [0, 0]);
const email = { to: 'dpo@org.example', subject: 's', text: 't' };

beforeEach(() => ses.reset());

describe('mailer', () => {
  it('sends again after SES refused for its sending rate', async () => {
    ses.on(SendEmailCommand).rejectsOnce(refusal('TooManyRequestsException')).rejectsOnce(refusal('TooManyRequestsException')).resolves({ MessageId: 'm-1' });
    await expect(mailer().send(email)).resolves.toBe('m-1');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
  });

  it('gives up as a transient failure once its pauses are spent', async () => {
    ses.on(SendEmailCommand).rejects(refusal('TooManyRequestsException'));
    await expect(mailer().send(email)).rejects.toThrow(TransientDependencyError);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
  });

  it('never sends again after a failure that may have sent the message', async () => {
    ses.on(SendEmailCommand).rejectsOnce(refusal('TimeoutError')).resolves({ MessageId: 'm-2' });
    await expect(mailer().send(email)).rejects.toThrow(TransientDependencyError);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});
