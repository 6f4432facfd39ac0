// Individual notices go only to the people their regime covers: drafting counts them, sending
// writes to them only (and counts the others on the timeline, never naming them), re-assessment
// counts them alike. Against the real store on dynalite (in memory), as the embedded runtime runs it.
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { reassessObligations } from '../../../lambdas/assess/reassess.js';
import { draftAndRecord } from '../../../lambdas/draft-notices/task.js';
import { draftNotices } from '../../../lambdas/draft-notices/core.js';
import { assessAndRecord } from '../../../lambdas/assess/task.js';
import { sendApprovedNotices } from '../../../lambdas/send-notices/core.js';
import { requestApproval } from '../../../lambdas/request-approval/task.js';
import { sha256, type IncidentStore } from '../../../lambdas/shared/store.js';
import { storeOnDynalite } from '../store-on-dynalite.js';
import { classification, runbooks, severityModel, storedReport } from '../assess/fixtures.js';

const TABLE = 'individual-notices';
const db = storeOnDynalite(TABLE);
let documents: DynamoDBDocumentClient;
let store: IncidentStore;
const NOW = new Date('2026-03-28T12:00:00.000Z');
const clock = { now: () => NOW, wallTime: (d: Date) => d };

beforeAll(() => void ({ store, documents } = db));

const GERMAN = 'erika@people.example';
const CALIFORNIAN = 'jordan@people.example';
const UNPLACED = 'kim@people.example';
/** Stored before addresses kept their jurisdictions: no attribute at all. */
const STORED_EARLIER = 'lee@people.example';
const JURISDICTIONS = ['DE', 'US', 'US-CA', 'US-FL', 'US-TX'];
const INDIVIDUALS = ['eu-gdpr-individuals-notice', 'us-ca-individuals-notice', 'us-fl-individuals-notice', 'us-tx-individuals-notice'];

let sequence = 0;
/** A US SaaS whose customers in Germany, California and Texas were hit. */
async function incident(options: { breach?: object; approvalToken?: string; subjectsByJurisdiction?: Record<string, number> } = {}) {
  const id = `inc-${++sequence}`;
  const report = storedReport({
    organization: { country: 'US' },
    breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', ...options.breach },
    affected: { subjectCount: 40, jurisdictions: JURISDICTIONS, ...(options.subjectsByJurisdiction && { subjectsByJurisdiction: options.subjectsByJurisdiction }) },
  });
  const cls = classification([['identity', 40], ['contact', 40], ['payment-card', 40]], JURISDICTIONS);
  const { assessment, obligations } = assessIncident({ incidentId: id, report, classification: cls }, runbooks, severityModel);
  await store.createIncident({
    id, title: report.title, status: 'assessing', version: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), origin: 'api',
    report, classification: cls, assessment, ...(options.approvalToken && { approvalToken: options.approvalToken }),
  });
  for (const o of obligations) await store.putObligationIfAbsent(id, o);
  await store.putNotificationAddresses(id, [
    { email: GERMAN, jurisdictions: ['DE'] },
    { email: CALIFORNIAN, jurisdictions: ['US', 'US-CA'] },
    { email: UNPLACED, jurisdictions: [] },
  ]);
  await documents.send(new PutCommand({ TableName: TABLE, Item: { pk: `RECIPIENTS#${id}`, sk: sha256(STORED_EARLIER), email: STORED_EARLIER } }));
  return id;
}

const noticesById = async (id: string) => Object.fromEntries((await store.getNotices(id)).map((n) => [n.id, n]));

describe('individual notices by jurisdiction', () => {
  it('drafting counts, for each individuals notice, the addresses it covers', async () => {
    const id = await incident();

    await draftAndRecord(id, { store, clock, runbooks });

    const notices = await noticesById(id);
    expect(Object.keys(notices).filter((n) => notices[n]!.recipient === 'individuals').sort()).toEqual(INDIVIDUALS);
    // The German (or the Californian) and the two people nobody placed; the Texas notice only those two.
    expect(notices['eu-gdpr-individuals-notice']!.recipientCount).toBe(3);
    expect(notices['us-ca-individuals-notice']!.recipientCount).toBe(3);
    expect(notices['us-fl-individuals-notice']!.recipientCount).toBe(2);
    expect(notices['us-tx-individuals-notice']!.recipientCount).toBe(2);
    const drafted = (await store.getTimeline(id)).filter((e) => e.type === 'notice.drafted' && e.details.recipient === 'individuals');
    expect(Object.fromEntries(drafted.map((e) => [e.details.noticeId, e.details.recipientCount]))).toEqual({
      'eu-gdpr-individuals-notice': 3, 'us-ca-individuals-notice': 3, 'us-fl-individuals-notice': 2, 'us-tx-individuals-notice': 2,
    });
  });

  it('sending gives the German and the Californian only their notices, the unplaced every one, and counts the rest on the timeline', async () => {
    const id = await incident();
    await draftAndRecord(id, { store, clock, runbooks });
    for (const noticeId of INDIVIDUALS) expect(await store.updateNotice(id, noticeId, ['awaiting-approval'], { status: 'approved' })).toBe(true);
    const mails: { to: string; text: string }[] = [];
    let n = 0;
    const mailer = { send: async (m: { to: string; text: string }) => (mails.push({ to: m.to, text: m.text }), `msg-${++n}`) };

    await sendApprovedNotices(id, { store, clock, mailer, contactOverrides: {}, runbooks, maxSendRate: 1000 });

    const notices = await noticesById(id);
    // Who got which notice, from the delivery records (the US state notices share one template).
    const delivered = Object.fromEntries(await Promise.all(INDIVIDUALS.map(async (n) => [n, await store.getDeliveries(id, n)] as const)));
    const received = (to: string) => INDIVIDUALS.filter((n) => delivered[n]!.some((d) => d.recipientKey === sha256(to) && d.status === 'sent'));
    expect(received(GERMAN)).toEqual(['eu-gdpr-individuals-notice']);
    expect(received(CALIFORNIAN)).toEqual(['us-ca-individuals-notice']);
    expect(received(UNPLACED)).toEqual(INDIVIDUALS);
    expect(received(STORED_EARLIER)).toEqual(INDIVIDUALS);
    // And the mail: one message per distinct text received, the GDPR one in its own words, California's
    // in the form its law prescribes. The Florida and Texas notices are word for word the same: who had one is not sent the other.
    const count = (to: string) => mails.filter((m) => m.to === to).length;
    expect([GERMAN, CALIFORNIAN, UNPLACED, STORED_EARLIER].map(count)).toEqual([1, 1, 3, 3]);
    expect(notices['us-tx-individuals-notice']!.body).toBe(notices['us-fl-individuals-notice']!.body);
    expect(notices['us-ca-individuals-notice']!.body).toMatch(/^# Notice of Data Breach\n[\s\S]*## What Happened\n[\s\S]*## What Information Was Involved\n[\s\S]*## What We Are Doing\n[\s\S]*## What You Can Do\n[\s\S]*## For More Information\n/);
    const messageOf = (noticeId: string, to: string) => delivered[noticeId]!.find((d) => d.recipientKey === sha256(to))?.messageId;
    expect(messageOf('us-tx-individuals-notice', UNPLACED)).toBe(messageOf('us-fl-individuals-notice', UNPLACED));
    expect(mails.find((m) => m.to === GERMAN)!.text).toBe(notices['eu-gdpr-individuals-notice']!.body);
    expect(mails.find((m) => m.to === CALIFORNIAN)!.text).toBe(notices['us-ca-individuals-notice']!.body);
    expect(mails).toHaveLength(8);

    const timeline = await store.getTimeline(id);
    const sent = timeline.filter((e) => e.type === 'notice.sent');
    expect(Object.fromEntries(sent.map((e) => [e.details.noticeId, { sent: e.details.sent, outOfScope: e.details.outOfScope, alreadySent: e.details.alreadySent }]))).toEqual({
      'eu-gdpr-individuals-notice': { sent: 3, outOfScope: 1, alreadySent: undefined },
      'us-ca-individuals-notice': { sent: 3, outOfScope: 1, alreadySent: undefined },
      'us-fl-individuals-notice': { sent: 2, outOfScope: 2, alreadySent: undefined },
      'us-tx-individuals-notice': { sent: 2, outOfScope: 2, alreadySent: 2 },
    });
    expect(INDIVIDUALS.map((n) => [notices[n]!.status, notices[n]!.sentCount])).toEqual([['sent', 3], ['sent', 3], ['sent', 2], ['sent', 2]]);
    // Counts only: no address reaches the timeline.
    expect(JSON.stringify(timeline)).not.toContain('@people.example');
    // Only the people in scope were claimed: one delivery per message sent.
    expect(INDIVIDUALS.map((n) => delivered[n]!.length)).toEqual([3, 3, 2, 2]);
    // The report counts 40 people and the records gave 4 addresses: 36 were not told, so no duty is done
    // (black-box QA w1: a 3-record sample "fulfilled" the notice to 12,000 people).
    // Without counts per place, each notice's people are all 40 at most (an upper bound): GDPR's and California's 3 addresses, Florida's and Texas' 2.
    expect(sent.map((e) => e.details.withoutAddress)).toEqual([37, 37, 38, 38]);
    const obligations = await store.getObligations(id);
    expect(INDIVIDUALS.map((n) => obligations.find((o) => `${o.id}-notice` === n)?.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('counts, for each state\'s notice, its own residents left without an address, not the whole incident\'s (black-box QA w4)', async () => {
    const id = await incident({ subjectsByJurisdiction: { DE: 10, US: 30, 'US-CA': 12, 'US-FL': 8, 'US-TX': 6 } });
    await draftAndRecord(id, { store, clock, runbooks });
    for (const noticeId of INDIVIDUALS) expect(await store.updateNotice(id, noticeId, ['awaiting-approval'], { status: 'approved' })).toBe(true);
    const mailer = { send: async () => `msg-${Math.random()}` };

    await sendApprovedNotices(id, { store, clock, mailer, contactOverrides: {}, runbooks, maxSendRate: 1000 });

    const sent = (await store.getTimeline(id)).filter((e) => e.type === 'notice.sent');
    // GDPR: the 10 Germans less 3 addresses; California: its 12 and the 4 Americans placed in no state, less 3; Florida 8 + 4 - 2; Texas 6 + 4 - 2.
    expect(Object.fromEntries(sent.map((e) => [e.details.noticeId, e.details.withoutAddress]))).toEqual({
      'eu-gdpr-individuals-notice': 7, 'us-ca-individuals-notice': 13, 'us-fl-individuals-notice': 10, 'us-tx-individuals-notice': 8,
    });
  });

  it('asks legal once for the same notices: not again after a restart or within a day, again when the notices change (black-box QA w3)', async () => {
    const id = await incident();
    await draftAndRecord(id, { store, clock, runbooks });
    const workflow = { resume: async () => true };
    const at = (iso: string) => ({ store, workflow, clock: { now: () => new Date(iso), wallTime: (d: Date) => d } });
    const asked = async () => (await store.getTimeline(id)).filter((e) => e.type === 'approval.requested').map((e) => (e.details.notices as string[]).length);

    await requestApproval(id, 'token-1', at('2026-03-28T12:00:00Z'));
    await requestApproval(id, 'token-2', at('2026-03-28T13:00:00Z'));
    expect(await asked()).toEqual([5]);
    await store.updateNotice(id, 'us-tx-individuals-notice', ['awaiting-approval'], { status: 'rejected' });
    await requestApproval(id, 'token-3', at('2026-03-28T14:00:00Z'));
    await requestApproval(id, 'token-4', at('2026-03-29T15:00:00Z'));
    expect(await asked()).toEqual([5, 4, 4]);

    // A run stopped half way through sending a notice (a restart): the workflow is resumed at once to send the rest,
    // not left waiting for legal's next decision on another notice (black-box QA w5).
    const resumed: string[] = [];
    await store.updateNotice(id, 'eu-gdpr-individuals-notice', ['awaiting-approval'], { status: 'sending' });
    await requestApproval(id, 'token-5', { ...at('2026-03-29T16:00:00Z'), workflow: { resume: async (token: string) => (resumed.push(token), true) } });
    expect(resumed).toEqual(['token-5']);
  });

  it('drafts each state Attorney General\'s notice with that state\'s residents, not the whole incident\'s people (black-box QA w5)', async () => {
    const id = `inc-${++sequence}`;
    const report = storedReport({
      organization: { country: 'US' },
      breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' },
      affected: { subjectCount: 2000, jurisdictions: ['US', 'US-CA', 'US-TX', 'US-FL'], subjectsByJurisdiction: { US: 2000, 'US-CA': 600, 'US-TX': 300, 'US-FL': 1100 } },
    });
    const cls = classification([['identity', 2000], ['government-id', 2000]], ['US', 'US-CA', 'US-TX', 'US-FL']);
    const { assessment, obligations } = assessIncident({ incidentId: id, report, classification: cls }, runbooks, severityModel);
    await store.createIncident({ id, title: report.title, status: 'assessing', version: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), origin: 'api', report, classification: cls, assessment });
    for (const o of obligations) await store.putObligationIfAbsent(id, o);

    await draftAndRecord(id, { store, clock, runbooks });

    const notices = await noticesById(id);
    expect(notices['us-tx-authority-notice']?.body).toContain('Approximately 300 people');
    expect(notices['us-ca-authority-notice']?.body).not.toContain('2,000');
  });

  it('a re-assessment that drafts an individuals notice counts the addresses it covers', async () => {
    // A misdelivery: the GDPR's high-risk test is not met, so its individuals duty is not required.
    const id = await incident({ breach: { cause: 'misdelivery', malicious: false, recipientTrusted: true, exfiltration: 'none' }, approvalToken: 'token-1' });
    const before = await store.requireIncident(id);
    expect((await store.getObligations(id)).find((o) => o.id === 'eu-gdpr-individuals')).toMatchObject({ required: false });

    const raised = { ...before, assessment: { ...before.assessment!, riskOverride: { assessed: before.assessment!.riskToIndividuals, riskToIndividuals: 'high' as const, reason: 'late finding', by: 'dana.legal', at: NOW.toISOString() } } };
    const result = await reassessObligations(raised, { store, now: NOW, contacts: {}, runbooks, severityModel });

    expect(result.draftedNotices).toContain('eu-gdpr-individuals-notice');
    expect((await noticesById(id))['eu-gdpr-individuals-notice']).toMatchObject({ status: 'awaiting-approval', recipientCount: 3 });
  });
});

describe('a run stopped halfway (a restart, a Lambda timeout)', () => {
  const events = async (id: string, type: string) => (await store.getTimeline(id)).filter((e) => e.type === type);

  it('records on the re-run the notice stored but not yet on the timeline, and only once', async () => {
    const id = await incident();
    // The stopped run stored the first notice, then stopped before its timeline event.
    const [first] = draftNotices({ incidentId: id, ...(await inputs(id)), runbooks, now: NOW });
    await store.putNoticeIfAbsent(id, first!);

    await draftAndRecord(id, { store, clock, runbooks });
    await draftAndRecord(id, { store, clock, runbooks });

    const drafted = (await events(id, 'notice.drafted')).map((e) => e.details.noticeId);
    expect(drafted).toContain(first!.id);
    expect(new Set(drafted).size).toBe(drafted.length);
    expect(drafted).toHaveLength((await store.getNotices(id)).length);
  });

  it('records the assessment stored but not yet on the timeline, and only once', async () => {
    // The stopped run stored the assessment (the fixture stores it, as that run would have), not its event.
    const id = await incident();
    const ports = { store, clock, runbooks, severityModel, config: { contactOverrides: {} } };

    await assessAndRecord(id, ports);
    await assessAndRecord(id, ports);

    expect(await events(id, 'risk.assessed')).toHaveLength(1);
  });
});

async function inputs(id: string) {
  const incident = await store.requireIncident(id);
  return { report: incident.report!, assessment: incident.assessment!, obligations: await store.getObligations(id) };
}
