// The clock step's reminders against the real store on dynalite (in memory): a reminder is
// claimed, mailed, then recorded on the timeline. A run that stops or fails anywhere between
// those steps must not lose the reminder (a deadline would slip unannounced) nor leave its mail
// off the timeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { REMINDER_CLAIM_EXPIRES_AFTER_MS, checkClocks } from '../../../lambdas/check-clocks/task.js';
import { TransientDependencyError } from '../../../lambdas/shared/errors.js';
import type { Email } from '../../../lambdas/shared/mailer.js';
import type { IncidentStore } from '../../../lambdas/shared/store.js';
import { storeOnDynalite } from '../store-on-dynalite.js';
import { classification, runbooks, severityModel, storedReport } from '../assess/fixtures.js';

const db = storeOnDynalite('reminders');
let store: IncidentStore;
beforeAll(() => void (store = db.store));

const HOUR = 3_600_000;
const DISCOVERED = Date.parse('2026-03-27T09:00:00Z');
/** 24 h after awareness: the GDPR authority's first reminder (48 h left) is due. */
const FIRST_REMINDER = new Date(DISCOVERED + 24 * HOUR + 60_000);
const at = (instant: Date) => ({ now: () => instant, wallTime: (d: Date) => d });
const later = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

let sequence = 0;
async function incident(): Promise<string> {
  const id = `rem-${++sequence}`;
  const report = storedReport({
    discoveredAt: new Date(DISCOVERED).toISOString(),
    occurredAt: new Date(DISCOVERED - HOUR).toISOString(),
    breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' },
    affected: { subjectCount: 40, jurisdictions: ['DE'] },
  });
  const cls = classification([['identity', 40], ['contact', 40], ['payment-card', 40]], ['DE']);
  const { assessment, obligations } = assessIncident({ incidentId: id, report, classification: cls }, runbooks, severityModel);
  const created = new Date(DISCOVERED).toISOString();
  await store.createIncident({ id, title: report.title, status: 'awaiting-approval', version: 1, createdAt: created, updatedAt: created, origin: 'api', report, classification: cls, assessment });
  for (const o of obligations) await store.putObligationIfAbsent(id, o);
  return id;
}

/** A mailer that fails its first `failures` sends as SES does when throttled. */
function mailer(failures = 0) {
  const sent: Email[] = [];
  return {
    sent,
    send: async (email: Email) => {
      if (failures-- > 0) throw new TransientDependencyError('send email: throttled');
      sent.push(email);
      return `msg-${sent.length}`;
    },
  };
}

const ports = (instant: Date, mail: ReturnType<typeof mailer>) => ({ config: { escalationAddress: undefined }, store, clock: at(instant), mailer: mail });
const reminderEvents = async (id: string) => (await store.getTimeline(id)).filter((e) => e.type === 'clock.reminder');
const REMINDER = 'eu-gdpr-authority#reminder-48h';

describe('reminders survive a stopped or failed run', () => {
  it('sends the reminder on the retry when the first send fails (SES throttling), once', async () => {
    const id = await incident();
    const mail = mailer(1);
    await expect(checkClocks(id, ports(FIRST_REMINDER, mail))).rejects.toThrow(TransientDependencyError);
    expect(mail.sent).toHaveLength(0);

    // Step Functions retries the step seconds later.
    await checkClocks(id, ports(later(FIRST_REMINDER, 2_000), mail));
    await checkClocks(id, ports(later(FIRST_REMINDER, 4_000), mail));
    expect(mail.sent.map((m) => m.subject)).toEqual([expect.stringContaining('48 h left: eu-gdpr-authority')]);
    const events = await reminderEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ reminderId: REMINDER, obligationId: 'eu-gdpr-authority', hoursLeft: 48, messageId: 'msg-1' });
  });

  it('a run that stopped after its claim: looked at again once the claim expires, and then sent', async () => {
    const id = await incident();
    expect(await store.claimReminder(id, { id: REMINDER, kind: 'reminder', obligationId: 'eu-gdpr-authority', deadline: new Date(DISCOVERED + 72 * HOUR).toISOString(), hoursLeft: 48 }, FIRST_REMINDER, FIRST_REMINDER)).toBe(true);
    const mail = mailer();

    // The run that retries at once leaves the claim to its run, which may still be sending, and wakes when it expires.
    const soon = await checkClocks(id, ports(later(FIRST_REMINDER, 5_000), mail));
    expect(mail.sent).toHaveLength(0);
    expect(soon.wakeAt).toBe(later(FIRST_REMINDER, REMINDER_CLAIM_EXPIRES_AFTER_MS).toISOString());

    await checkClocks(id, ports(later(FIRST_REMINDER, REMINDER_CLAIM_EXPIRES_AFTER_MS), mail));
    await checkClocks(id, ports(later(FIRST_REMINDER, REMINDER_CLAIM_EXPIRES_AFTER_MS + 1_000), mail));
    expect(mail.sent).toHaveLength(1);
    expect(await reminderEvents(id)).toHaveLength(1);
  });

  it('a run that stopped after the mail: the timeline gets its event once, and the mail is not sent again', async () => {
    const id = await incident();
    expect(await store.claimReminder(id, { id: REMINDER, kind: 'reminder', obligationId: 'eu-gdpr-authority', deadline: new Date(DISCOVERED + 72 * HOUR).toISOString(), hoursLeft: 48 }, FIRST_REMINDER, FIRST_REMINDER)).toBe(true);
    await store.markReminder(id, REMINDER, { status: 'sent', sentTo: 'organization-contact', messageId: 'msg-earlier' });
    const mail = mailer();

    await checkClocks(id, ports(later(FIRST_REMINDER, 5_000), mail));
    expect(await reminderEvents(id)).toHaveLength(0); // its run may still be recording it

    const afterExpiry = later(FIRST_REMINDER, REMINDER_CLAIM_EXPIRES_AFTER_MS);
    await checkClocks(id, ports(afterExpiry, mail));
    await checkClocks(id, ports(later(afterExpiry, 1_000), mail));
    expect(mail.sent).toHaveLength(0);
    const events = await reminderEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ reminderId: REMINDER, messageId: 'msg-earlier', recordedAfterStop: true });
    expect((await store.getReminders(id)).find((r) => r.id === REMINDER)?.status).toBe('recorded');
  });

  it('says the time left when it is sent: a reminder sent late is no 48 h reminder', async () => {
    const id = await incident();
    const mail = mailer();
    await checkClocks(id, ports(new Date(DISCOVERED + 30 * HOUR), mail));
    expect(mail.sent.map((m) => m.subject)).toEqual([expect.stringContaining('42 h left: eu-gdpr-authority')]);
    expect(mail.sent[0]?.text).toContain('Time left: 42 h.');
  });

  it('says what the duty waits for: an approved portal notice is to be filed, not decided (black-box QA w5)', async () => {
    const id = await incident();
    await store.putNoticeIfAbsent(id, {
      id: 'eu-gdpr-authority-notice', obligationId: 'eu-gdpr-authority', recipient: 'authority', channel: 'portal', status: 'ready-to-file',
      subject: 'Personal data breach notification', body: 'The approved text.', draftedAt: new Date(DISCOVERED).toISOString(),
    } as never);
    const mail = mailer();
    await checkClocks(id, ports(new Date(DISCOVERED + 30 * HOUR), mail));
    expect(mail.sent[0]?.text).toContain("file it through the authority's portal, then record the reference");
    expect(mail.sent[0]?.text).not.toContain('Review and decide');
  });

  it('two runs checking at the same instant send one mail', async () => {
    const id = await incident();
    const mail = mailer();
    await Promise.all([checkClocks(id, ports(FIRST_REMINDER, mail)), checkClocks(id, ports(FIRST_REMINDER, mail))]);
    await checkClocks(id, ports(later(FIRST_REMINDER, REMINDER_CLAIM_EXPIRES_AFTER_MS * 2), mail));
    expect(mail.sent).toHaveLength(1);
    expect(await reminderEvents(id)).toHaveLength(1);
  });
});
