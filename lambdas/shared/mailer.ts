// Email through SES (v2 SendEmail, which the embedded SES stand-in also speaks).
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { asDependencyError } from './aws.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

export class Mailer {
  constructor(private readonly ses: SESv2Client, private readonly from: string, private readonly configurationSet?: string) {}

  /** Sends one message to one address (never several people on one message); returns the SES message id. */
  async send(email: Email): Promise<string> {
    try {
      const res = await this.ses.send(new SendEmailCommand({
        FromEmailAddress: this.from,
        ConfigurationSetName: this.configurationSet,
        Destination: { ToAddresses: [email.to] },
        Content: { Simple: { Subject: { Data: email.subject, Charset: 'UTF-8' }, Body: { Text: { Data: email.text, Charset: 'UTF-8' } } } },
      }));
      return res.MessageId ?? 'unknown';
    } catch (e) {
      throw asDependencyError(e, 'send email');
    }
  }
}
