// Email through SES (v2 SendEmail, which the embedded SES stand-in also speaks).
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { asDependencyError } from './aws.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/**
 * Pauses before sending again when SES refuses a message for the account's sending rate (nothing
 * was sent; the SDK's own quick retries came first). Other failures are not retried here: a
 * timeout may have sent the message, and a notice is never sent twice.
 */
export const RATE_REFUSAL_PAUSES_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000];
const RATE_REFUSALS = new Set(['TooManyRequestsException', 'Throttling', 'ThrottlingException']);

export class Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    private readonly configurationSet?: string,
    private readonly pauses: readonly number[] = RATE_REFUSAL_PAUSES_MS,
  ) {}

  /** Sends one message to one address (never several people on one message); returns the SES message id. */
  async send(email: Email): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.ses.send(new SendEmailCommand({
          FromEmailAddress: this.from,
          ConfigurationSetName: this.configurationSet,
          Destination: { ToAddresses: [email.to] },
          Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Text: { Data: email.text, Charset: 'UTF-8' } } } },
        }));
        return res.MessageId ?? 'unknown';
      } catch (e) {
        const pause = this.pauses[attempt];
        if (pause === undefined || !RATE_REFUSALS.has((e as { name?: string })?.name ?? '')) throw asDependencyError(e, 'send email');
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }
}
