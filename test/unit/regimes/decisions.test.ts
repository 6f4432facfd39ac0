// Legal's decisions that re-assess: a start event recorded (the SEC materiality determination), a
// risk override with its reason, a portal submission that starts the next stage's clock. Against
// the real store on dynalite (in memory), as the embedded runtime runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { recordDecision } from '../../../lambdas/record-decision/core.js';
import { draftAndRecord } from '../../../lambdas/draft-notices/task.js';
import { Decision } from '../../../lambdas/shared/contract.js';
import { registerRow } from '../../../lambdas/get-register/core.js';
import type { IncidentStore } from '../../../lambdas/shared/store.js';
import { storeOnDynalite } from '../store-on-dynalite.js';
import { classification, runbooks, severityModel, storedReport } from '../assess/fixtures.js';
import type { ReportCase } from './helpers.js';

const db = storeOnDynalite('decisions');
let store: IncidentStore;
const NOW = new Date('2026-11-25T16:00:00.000Z');
const clockAt = (now: Date) => ({ now: () => now, wallTime: (d: Date) => d });
const legal = { kind: 'user' as const, id: 'dana.legal', role: 'legal' };

beforeAll(() => void (store = db.store));

let sequence = 0;
async function incident(report: ReportCase, categories: Parameters<typeof classification>[0], approvalToken?: string) {
  const id = `inc-${++sequence}`;
  const stored = storedReport(report);
  const cls = classification(categories);
  const { assessment, obligations } = assessIncident({ incidentId: id, report: stored, classification: cls }, runbooks, severityModel);
  await store.createIncident({
    id, title: stored.title, status: 'awaiting-approval', version: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), origin: 'api',
    report: stored, classification: cls, assessment, ...(approvalToken && { approvalToken }),
  });
  for (const o of obligations) await store.putObligationIfAbsent(id, o);
  return id;
}

function ports(resumed: string[] = [], now = NOW, started: string[] = []) {
  return {
    store, clock: clockAt(now), regulatory: { runbooks, severityModel },
    workflow: { resume: async (token: string) => (resumed.push(token), true), start: async (_id: string, name?: string) => void started.push(name ?? _id) },
  };
}
const IN_MARCH = new Date('2026-03-28T12:00:00.000Z');

const obligation = async (incidentId: string, id: string) => (await store.getObligations(incidentId)).find((o) => o.id === id)!;
/** The last decision on the timeline (a follow-up run may be recorded after it). */
const lastEvent = async (incidentId: string) => (await store.getTimeline(incidentId)).filter((e) => e.type.startsWith('decision.')).at(-1)!;

describe('the new decisions are part of the contract', () => {
  it('parses record-start-event and override-risk, and refuses an override without a reason', () => {
    expect(Decision.parse({ action: 'record-start-event', event: 'materiality', at: '2026-11-25T15:00:00Z' })).toMatchObject({ event: 'materiality' });
    expect(Decision.parse({ action: 'override-risk', riskToIndividuals: 'high', reason: 'competitor received it' })).toMatchObject({ riskToIndividuals: 'high' });
    expect(Decision.safeParse({ action: 'override-risk', riskToIndividuals: 'high' }).success).toBe(false);
    expect(Decision.safeParse({ action: 'record-start-event', event: 'lunch', at: '2026-11-25T15:00:00Z' }).success).toBe(false);
  });
});

describe('approve', () => {
  it('refuses a draft that still asks for text only legal can write, until it is edited (black-box QA w1)', async () => {
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } as const;
    // Discovered this morning: no notice is late yet (a late one also asks for the reasons for the delay).
    const discoveredAt = '2026-11-25T09:00:00Z';
    const id = await incident({ discoveredAt, breach, affected: { subjectCount: 10, jurisdictions: ['DE'] } }, [['contact', 10], ['payment-card', 10]]);
    await draftAndRecord(id, { store, clock: clockAt(NOW), runbooks });
    const notice = (await store.getNotices(id)).find((n) => n.recipient === 'authority')!;
    expect(notice.body).toContain('[To complete before approval: the measures taken');

    await expect(recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports())).rejects.toMatchObject({ statusCode: 409, message: expect.stringContaining('edit it first') });
    expect((await store.getNotices(id)).find((n) => n.id === notice.id)?.status).toBe('awaiting-approval');

    const body = notice.body.replace(/\[To complete before approval:[^\]]*\]/g, 'The key was revoked and every customer password reset.');
    await recordDecision(id, { action: 'edit', noticeId: notice.id, body }, legal, ports());
    await recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports());
    expect((await store.getNotices(id)).find((n) => n.id === notice.id)?.status).toBe('approved');

    // The report's measures fill the drafts: nothing is left to complete.
    const told = await incident({ discoveredAt, breach: { ...breach, measures: 'The key was revoked.' }, affected: { subjectCount: 10, jurisdictions: ['DE'] } }, [['contact', 10]]);
    await draftAndRecord(told, { store, clock: clockAt(NOW), runbooks });
    for (const n of await store.getNotices(told)) expect(n.body, n.id).not.toContain('[To complete');
  });

  it('refuses a late authority notice that does not state the reasons for the delay, drafted in time or with the line deleted (black-box QA w3)', async () => {
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', measures: 'The key was revoked.' } as const;
    const id = await incident({ discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 10, jurisdictions: ['DE'] } }, [['contact', 10]]);
    // Drafted in time (no reasons line), approved four days later, after the 72 hours.
    await draftAndRecord(id, { store, clock: clockAt(NOW), runbooks });
    const notice = (await store.getNotices(id)).find((n) => n.recipient === 'authority')!;
    expect(notice.body).not.toMatch(/reasons for the delay/i);
    const later = new Date('2026-11-29T12:00:00.000Z');
    await expect(recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports([], later)))
      .rejects.toMatchObject({ statusCode: 409, message: expect.stringMatching(/late .*GDPR Art\. 33\(1\)/) });
    expect((await store.getNotices(id)).find((n) => n.id === notice.id)?.status).toBe('awaiting-approval');

    // A reasons line with nothing after it is no reason either.
    await recordDecision(id, { action: 'edit', noticeId: notice.id, body: `Reasons for the delay:\n${notice.body}` }, legal, ports([], later));
    await expect(recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports([], later))).rejects.toMatchObject({ statusCode: 409 });
    await recordDecision(id, { action: 'edit', noticeId: notice.id, body: `Reasons for the delay: the processor told us on 28 November.\n${notice.body}` }, legal, ports([], later));
    await recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports([], later));
    expect((await store.getNotices(id)).find((n) => n.id === notice.id)?.status).toBe('approved');
  });
});

describe('two approvals of one notice at once', () => {
  it('approve it once; the other is refused with the status the notice has now (black-box QA w4)', async () => {
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', measures: 'The key was revoked.' } as const;
    const id = await incident({ discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 10, jurisdictions: ['DE'] } }, [['contact', 10]]);
    await draftAndRecord(id, { store, clock: clockAt(NOW), runbooks });
    const notice = (await store.getNotices(id)).find((n) => n.recipient === 'authority')!;
    const results = await Promise.allSettled([1, 2].map(() => recordDecision(id, { action: 'approve', noticeId: notice.id }, legal, ports())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ statusCode: 409, message: expect.stringContaining('is approved') });
  });
});

describe('record-start-event', () => {
  it('refuses a start event or a submission that has not happened yet, and changes nothing', async () => {
    const id = await incident(
      { organization: { country: 'US', sectors: ['listed-company'] }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] }, breach: { types: ['confidentiality'], cause: 'misdelivery', malicious: false } },
      [['contact', 10]],
    );
    const before = await store.getTimeline(id);
    // 2027 typed for 2026.
    await expect(recordDecision(id, { action: 'record-start-event', event: 'materiality', at: '2027-11-25T15:00:00Z' }, legal, ports([], NOW, [])))
      .rejects.toMatchObject({ statusCode: 400, issues: [{ field: 'at' }] });
    await expect(recordDecision(id, { action: 'record-submission', obligationId: 'us-ca-authority', reference: 'X', submittedAt: '2027-11-25T15:00:00Z' }, legal, ports([], NOW, [])))
      .rejects.toMatchObject({ statusCode: 400, issues: [{ field: 'submittedAt' }] });
    // 2025 typed for 2026 (black-box QA w4, w1): a submission or a determination before the breach was discovered.
    const { discoveredAt } = (await store.requireIncident(id)).report!;
    const yearEarlier = new Date(Date.parse(discoveredAt) - 365 * 86_400_000).toISOString();
    await expect(recordDecision(id, { action: 'record-submission', obligationId: 'us-ca-authority', reference: 'X', submittedAt: yearEarlier }, legal, ports([], NOW, [])))
      .rejects.toMatchObject({ statusCode: 400, issues: [{ field: 'submittedAt', message: expect.stringContaining('before the breach was discovered') }] });
    await expect(recordDecision(id, { action: 'record-start-event', event: 'materiality', at: yearEarlier }, legal, ports([], NOW, [])))
      .rejects.toMatchObject({ statusCode: 400, issues: [{ field: 'at' }] });
    expect(await store.getStartEvents(id)).toEqual([]);
    expect(await store.getTimeline(id)).toEqual(before);
  });

  it('the materiality determination makes the 8-K required, four business days later, on the timeline with author and reason', async () => {
    const id = await incident(
      { organization: { country: 'US', sectors: ['listed-company'] }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] }, breach: { types: ['confidentiality'], cause: 'misdelivery', malicious: false } },
      [['contact', 10]],
    );
    expect(await obligation(id, 'us-sec-8k-authority')).toMatchObject({ required: false, status: 'not-required' });

    const started: string[] = [];
    await recordDecision(id, { action: 'record-start-event', event: 'materiality', at: '2026-11-25T15:00:00Z', reason: 'Board resolution 2026-11-25' }, legal, ports([], NOW, started));

    expect(await obligation(id, 'us-sec-8k-authority')).toMatchObject({
      required: true, status: 'pending', deadline: '2026-12-02T15:00:00.000Z', startsFrom: 'materiality (recorded 2026-11-25T15:00:00.000Z)',
    });
    const event = (await store.getTimeline(id)).find((e) => e.type === 'decision.record-start-event')!;
    expect(event).toMatchObject({ type: 'decision.record-start-event', actor: { id: 'dana.legal' }, details: { event: 'materiality', at: '2026-11-25T15:00:00.000Z' } });
    expect(event.details.reassessed).toMatchObject({
      changed: [{ id: 'us-sec-8k-authority', before: { required: false }, after: { required: true, deadline: '2026-12-02T15:00:00.000Z' } }],
      undrafted: ['us-sec-8k-authority'],
    });
    expect((await store.getStartEvents(id))[0]).toMatchObject({ event: 'materiality', recordedBy: 'dana.legal', reason: 'Board resolution 2026-11-25' });
    // The new duty needs a draft and a clock: a follow-up run, named after this decision.
    expect(started).toEqual([`${id}-r${event.seq}`]);
    expect((await store.getTimeline(id)).at(-1)).toMatchObject({ type: 'workflow.follow-up', details: { execution: `${id}-r${event.seq}` } });
  });
});

describe('override-risk', () => {
  const misdelivery = { breach: { types: ['confidentiality'], cause: 'misdelivery', malicious: false, recipientTrusted: true } } as const;

  it('raises the risk with a reason: the GDPR duties become required and their drafts await approval; lowering it again withdraws them', async () => {
    const resumed: string[] = [];
    const id = await incident(misdelivery, [['contact', 1]], 'token-1');
    expect(await obligation(id, 'eu-gdpr-authority')).toMatchObject({ required: false });

    await recordDecision(id, { action: 'override-risk', riskToIndividuals: 'high', reason: 'the recipient turned out to be a competitor' }, legal, ports(resumed, IN_MARCH));

    const raised = await store.requireIncident(id);
    expect(raised.assessment).toMatchObject({ riskToIndividuals: 'high', riskOverride: { assessed: 'unlikely', riskToIndividuals: 'high', by: 'dana.legal', reason: 'the recipient turned out to be a competitor' } });
    expect(await obligation(id, 'eu-gdpr-authority')).toMatchObject({ required: true, status: 'awaiting-approval', deadline: '2026-03-30T09:00:00.000Z' });
    expect(await obligation(id, 'eu-gdpr-individuals')).toMatchObject({ required: true, status: 'awaiting-approval' });
    expect((await store.getNotices(id)).map((n) => [n.id, n.status]).sort()).toEqual([['eu-gdpr-authority-notice', 'awaiting-approval'], ['eu-gdpr-individuals-notice', 'awaiting-approval']]);
    expect((await lastEvent(id)).details).toMatchObject({ reason: 'the recipient turned out to be a competitor', assessed: 'unlikely', before: 'unlikely', after: 'high' });
    // The register says what legal decided, not only that they did (black-box QA w2).
    const row = registerRow(raised, await store.getObligations(id), await store.getNotices(id), await store.getTimeline(id), IN_MARCH);
    expect(row.decisions).toContain('override-risk risk to individuals unlikely -> high (the recipient turned out to be a competitor)');
    expect(resumed).toEqual([]);

    await recordDecision(id, { action: 'override-risk', riskToIndividuals: 'unlikely', reason: 'the competitor confirmed deletion under NDA' }, legal, ports(resumed, IN_MARCH));

    expect(await obligation(id, 'eu-gdpr-authority')).toMatchObject({ required: false, status: 'not-required', deadline: null });
    expect((await store.getNotices(id)).map((n) => n.status)).toEqual(['withdrawn', 'withdrawn']);
    expect((await store.requireIncident(id)).assessment?.riskOverride).toMatchObject({ assessed: 'unlikely', riskToIndividuals: 'unlikely' });
    // Nothing awaits legal any more: the workflow resumes.
    expect(resumed).toEqual(['token-1']);

    // Raised again once the workflow no longer waits and the incident closed (black-box QA w3): a follow-up run drafts the
    // withdrawn notices anew, and the timeline says the incident reopened (not closed twice in a row).
    await store.mutateIncident(id, () => ({ approvalToken: undefined, status: 'closed' }), IN_MARCH);
    await store.appendEvent(id, { type: 'incident.closed', actor: legal, details: {} }, IN_MARCH);
    const started: string[] = [];
    await recordDecision(id, { action: 'override-risk', riskToIndividuals: 'high', reason: 'the NDA turned out not to cover the file' }, legal, ports(resumed, IN_MARCH, started));
    expect(started).toHaveLength(1);
    const reopened = await store.requireIncident(id);
    expect(reopened.status).toBe('assessing');
    const types = (await store.getTimeline(id)).map((e) => e.type);
    expect(types.slice(types.lastIndexOf('incident.closed'))).toEqual(['incident.closed', 'decision.override-risk', 'incident.reopened', 'workflow.follow-up']);
    expect(registerRow(reopened, await store.getObligations(id), await store.getNotices(id), await store.getTimeline(id), IN_MARCH).closed_at).toBeNull();
    await draftAndRecord(id, { store, clock: clockAt(IN_MARCH), runbooks });
    expect((await store.getNotices(id)).map((n) => n.status)).toEqual(['awaiting-approval', 'awaiting-approval']);
    expect(await obligation(id, 'eu-gdpr-individuals')).toMatchObject({ required: true, status: 'awaiting-approval' });
  });

  it('a duty that becomes required after its deadline is overdue, and still gets its draft', async () => {
    const id = await incident(misdelivery, [['contact', 1]], 'token-2');

    await recordDecision(id, { action: 'override-risk', riskToIndividuals: 'risk', reason: 'late finding: the file held more than contact data' }, legal, ports());

    expect(await obligation(id, 'eu-gdpr-authority')).toMatchObject({ required: true, status: 'overdue' });
    expect((await store.getNotices(id)).map((n) => n.id)).toEqual(['eu-gdpr-authority-notice']);
    expect(await obligation(id, 'eu-gdpr-individuals')).toMatchObject({ required: false });
  });

  it('refuses an override before the incident is assessed', async () => {
    const id = `inc-${++sequence}`;
    await store.createIncident({ id, title: 't', status: 'triage', version: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), origin: 'alert' });
    await expect(recordDecision(id, { action: 'override-risk', riskToIndividuals: 'high', reason: 'x' }, legal, ports())).rejects.toThrow(/not been assessed/);
  });
});

describe('record-submission starts the next stage', () => {
  it('NIS2: recording the incident notification moves the final report to one month after it', async () => {
    const id = await incident(
      { organization: { country: 'DE', sectors: ['essential-entity'] }, discoveredAt: '2026-03-27T10:00:00+01:00', breach: { types: ['availability'], cause: 'ransomware', malicious: true, backupAvailable: false } },
      [['contact', 100]],
    );
    expect((await obligation(id, 'eu-nis2-final-report')).deadline).toBe('2026-04-27T08:00:00.000Z');

    await recordDecision(id, { action: 'record-submission', obligationId: 'eu-nis2-notification', reference: 'BSI-2026-1', submittedAt: '2026-03-29T12:00:00Z' }, legal, ports([], new Date('2026-03-29T13:00:00.000Z')));

    expect(await obligation(id, 'eu-nis2-notification')).toMatchObject({ status: 'fulfilled' });
    expect(await obligation(id, 'eu-nis2-final-report')).toMatchObject({ status: 'pending', deadline: '2026-04-29T12:00:00.000Z' });
  });
});

describe('edit', () => {
  it('refuses a text of a few words: an edit replaces the whole draft (black-box QA w5: the README\'s "...the completed text..." was sent)', () => {
    const edit = Decision.safeParse({ action: 'edit', noticeId: 'eu-gdpr-authority-notice', body: '...the completed text...' });
    expect(edit.success).toBe(false);
    expect(edit.error?.issues[0]).toMatchObject({ path: ['body'], message: expect.stringContaining('replaces the draft') });
    expect(Decision.safeParse({ action: 'edit', noticeId: 'n', body: 'x'.repeat(200) }).success).toBe(true);
  });
});

describe('close', () => {
  it('keeps an incident whose people live where no runbook covers open for counsel, until legal closes it with a reason (black-box QA r97)', async () => {
    const { closeIncident } = await import('../../../lambdas/close-incident/core.js');
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } as const;
    const id = await incident({ organization: { country: 'US' }, discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 911, jurisdictions: ['US', 'US-OR'] } }, [['contact', 911], ['identity', 911]]);
    expect((await store.requireIncident(id)).assessment?.uncoveredJurisdictions).toEqual(['US-OR']);
    for (const o of await store.getObligations(id)) expect(o.required, o.id).toBe(false);

    // Nothing is required by the runbooks, but Oregon's breach law was not assessed: the workflow's end does not close it.
    await closeIncident(id, { store, now: NOW });
    expect((await store.requireIncident(id)).status).toBe('monitoring');
    const review = (await store.getTimeline(id)).find((e) => e.type === 'incident.review-needed');
    expect(review?.details).toEqual({ uncoveredJurisdictions: ['US-OR'] });

    await recordDecision(id, { action: 'close', reason: 'Counsel checked ORS 646A.604: notices sent outside BreachClock on 2026-11-26.' }, legal, ports());
    expect((await store.requireIncident(id)).status).toBe('closed');
    expect((await store.getTimeline(id)).at(-1)).toMatchObject({ type: 'incident.closed', details: { closedByLegal: expect.stringContaining('ORS 646A.604') } });
    await expect(recordDecision(id, { action: 'close', reason: 'again' }, legal, ports())).rejects.toMatchObject({ statusCode: 409 });
    expect(Decision.safeParse({ action: 'close' }).success).toBe(false);
  });

  it("keeps open for counsel an incident whose people the records place nowhere, and one of an organisation in a country no runbook covers (QA r109: a South African payroll's incident closed itself)", async () => {
    const { closeIncident } = await import('../../../lambdas/close-incident/core.js');
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } as const;
    const file = async (report: ReportCase) => {
      const id = `inc-${++sequence}`;
      const stored = storedReport(report);
      const cls = { ...classification([['contact', 300], ['identity', 300], ['government-id', 300], ['financial', 300]]), subjectsWithoutJurisdiction: 300 };
      const { assessment, obligations } = assessIncident({ incidentId: id, report: stored, classification: cls }, runbooks, severityModel);
      await store.createIncident({ id, title: stored.title, status: 'awaiting-approval', version: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), origin: 'api', report: stored, classification: cls, assessment });
      for (const o of obligations) await store.putObligationIfAbsent(id, o);
      await closeIncident(id, { store, now: NOW });
      return { id, incident: await store.requireIncident(id), review: (await store.getTimeline(id)).find((e) => e.type === 'incident.review-needed') };
    };
    const payroll = await file({ organization: { country: 'ZA' }, discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 300, jurisdictions: [] } });
    expect(payroll.incident.assessment).toMatchObject({ uncoveredJurisdictions: ['ZA'], unplacedSubjects: 300 });
    expect(payroll.incident.status).toBe('monitoring');
    expect(payroll.review?.details).toEqual({ uncoveredJurisdictions: ['ZA'], unplacedSubjects: 300 });
    expect(registerRow(payroll.incident, [], [], [], NOW)).toMatchObject({ authority_notification: 'none: not assessed, no runbook covers ZA; 300 people placed nowhere by their records' });
    // Where the report says where they live, that is what is assessed: a German processor's customers in Germany.
    const placed = await file({ organization: { country: 'DE' }, discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 300, jurisdictions: ['DE'] } });
    expect(placed.incident.assessment?.unplacedSubjects).toBeUndefined();
    expect(placed.incident.assessment?.uncoveredJurisdictions).toBeUndefined();
  });

  it('refuses to close an incident while an obligation is open, and leaves one the runbooks cover to close itself', async () => {
    const { closeIncident } = await import('../../../lambdas/close-incident/core.js');
    const breach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } as const;
    const id = await incident({ discoveredAt: '2026-11-25T09:00:00Z', breach, affected: { subjectCount: 10, jurisdictions: ['DE'] } }, [['contact', 10], ['payment-card', 10]]);
    await expect(recordDecision(id, { action: 'close', reason: 'done' }, legal, ports())).rejects.toMatchObject({ statusCode: 409, message: expect.stringContaining('open obligation') });
    for (const o of await store.getObligations(id)) {
      if (o.required) await recordDecision(id, { action: 'waive', obligationId: o.id, reason: 'test' }, legal, ports());
    }
    await closeIncident(id, { store, now: NOW });
    expect((await store.requireIncident(id)).status).toBe('closed');
  });
});
