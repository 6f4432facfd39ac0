// Legal's desk, used as a person would: a real headless Chromium (Debian's chromium, driven by
// playwright-core) on the page the embedded runtime serves. A responder files and updates but
// cannot decide; legal reads the assessment, approves the notices, sees them sent, records the
// portal submission, downloads the exports; a tampered and a missing audit event are shown as such.
// Without /usr/bin/chromium the tests step aside and say so (apt-get install chromium).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteItemCommand, DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { parse } from 'csv-parse/sync';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../lambdas/shared/contract.js';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';
import { client, eventually } from './harness.js';

// Debian's chromium; elsewhere, point BREACHCLOCK_CHROMIUM at a Chromium or Chrome binary.
const CHROMIUM = process.env.BREACHCLOCK_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SCREENSHOT = fileURLToPath(new URL('./screenshots/incident-page.png', import.meta.url));
const example = JSON.parse(readFileSync(new URL('../fixtures/reports/example-report.json', import.meta.url), 'utf8'));
const REFERENCE = 'LDA-BW-2026-1187';
const HOUR = 3_600_000;

if (!hasChromium) console.warn(`legal's desk browser tests skipped: ${CHROMIUM} is not installed (Debian: apt-get install chromium)`);

const utc = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

describe.skipIf(!hasChromium)(`legal's desk in Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed)`}`, () => {
  let system: EmbeddedSystem;
  let api: ReturnType<typeof client>;
  let browser: BrowserContext;
  let userDataDir: string;
  let id: string;
  let overdueId: string;

  /** A fresh tab (its own sessionStorage), signed in with the key of `role`. */
  const signIn = async (role: Role): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(system.pageUrl);
    await page.getByLabel('API key').fill(system.keys[role]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-testid=who]').getByText(role, { exact: true }).waitFor();
    return page;
  };
  const openIncident = async (page: Page, incidentId: string) => {
    await page.goto(`${system.pageUrl}#/incidents/${incidentId}`);
    await page.locator(`[data-testid=incident-page][data-incident="${incidentId}"]`).waitFor();
  };
  const notice = (page: Page, recipient: string) => page.locator(`article.notice[data-recipient="${recipient}"]`);

  beforeAll(async () => {
    // No authority address configured: the German authority takes notices through its portal.
    system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0 });
    api = client(system);
    userDataDir = mkdtempSync(join(tmpdir(), 'breachclock-chromium-'));
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1360, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Filed through the API, as a responder would (or their tooling).
    id = (await api.post('responder', '/incidents', { ...example, discoveredAt: new Date(Date.now() - HOUR).toISOString(), occurredAt: new Date(Date.now() - 2 * HOUR).toISOString() })).body.id;
    overdueId = (await api.post('responder', '/incidents', { ...example, title: 'Payroll export mailed to the wrong address', discoveredAt: new Date(Date.now() - 96 * HOUR).toISOString(), occurredAt: new Date(Date.now() - 97 * HOUR).toISOString() })).body.id;
    for (const incident of [id, overdueId]) {
      await eventually(async () => (await api.get('legal', `/incidents/${incident}`)).body.status === 'awaiting-approval', `the drafts of ${incident}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows a responder the incident, lets them record an update, and gives them no way to decide (the API refuses too)', async () => {
    const page = await signIn('responder');
    await page.locator(`tr[data-incident="${id}"]`).waitFor();
    await openIncident(page, id);
    await expect.poll(() => page.locator('article.notice[data-status="awaiting-approval"]').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    expect(await page.locator('[data-testid=exports]').count()).toBe(0);
    expect(await page.locator('#timeline').textContent()).toContain('open to legal and admin');
    expect(await page.getByRole('link', { name: 'Breach register' }).count()).toBe(0);

    const form = page.locator('[data-testid=update-form]');
    await form.getByLabel('Remedial action taken').fill('Leaked key revoked; all shop API keys rotated; repository removed.');
    await form.getByRole('button', { name: 'Record update' }).click();
    await form.getByText(/Recorded as event #\d+/).waitFor();

    const refused = await api.post('responder', `/incidents/${id}/decisions`, { action: 'approve', noticeId: 'eu-gdpr-individuals-notice' });
    expect(refused.status).toBe(403);
    await page.close();
  });

  it('shows legal the incident list with the overdue one first and marked', async () => {
    const page = await signIn('legal');
    const rows = page.locator('[data-testid=incident-list] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute('data-incident')).toBe(overdueId);
    expect(await rows.nth(0).locator('[data-testid=overdue-flag]').textContent()).toMatch(/overdue/i);
    expect(await rows.nth(0).locator('[data-testid=time-left]').textContent()).toMatch(/^overdue by/);
    expect(await rows.nth(1).getAttribute('data-incident')).toBe(id);
    expect(await rows.nth(1).locator('[data-testid=overdue-flag]').count()).toBe(0);
    expect(await rows.nth(1).locator('[data-testid=time-left]').textContent()).toMatch(/^2 d 2\d h left$/);
    await page.close();
  });

  it('shows legal the assessment: every severity factor and why, the people and data, the obligations and their clocks', async () => {
    const page = await signIn('legal');
    await openIncident(page, id);
    const { body: incident } = await api.get('legal', `/incidents/${id}`);
    const s = incident.assessment.severity;

    expect(await page.locator('[data-testid=severity-formula]').textContent()).toContain(`SE = DPC × EI + CB = ${s.dpc} × ${s.ei} + ${s.cb} = ${s.score}`);
    const factors = page.locator('[data-testid=severity-factors] tbody tr');
    expect(await factors.count()).toBe(3);
    for (const [i, code] of ['DPC', 'EI', 'CB'].entries()) {
      const row = factors.nth(i);
      expect(await row.locator('th').textContent()).toContain(code);
      expect(await row.locator('ul.rationale li').count(), code).toBeGreaterThan(0);
    }
    const payment = page.locator('[data-testid=categories] tr[data-category="payment-card"]');
    expect(await payment.locator('td').nth(1).textContent()).toBe('3');
    expect(await page.locator('[data-testid=jurisdictions]').textContent()).toBe('AT, DE');

    const authority = incident.obligations.find((o: { regime: string; recipient: string }) => o.regime === 'eu-gdpr' && o.recipient === 'authority');
    const row = page.locator(`[data-testid=obligations] tr[data-obligation="${authority.id}"]`);
    const text = (await row.textContent())!;
    expect(text).toContain('Required');
    expect(text).toContain(authority.reason);
    expect(text).toContain(authority.citation);
    expect(text).toContain(utc(authority.deadline)); // UTC
    expect(text).toMatch(/\d\d:\d\d CET/); // and the organisation's zone (Berlin, November)
    expect(text).toMatch(/\d+ h \d\d min left|2 d \d+ h left/);

    // The page as legal finds it, drafts waiting: the screenshot of the README (written when
    // missing, or again with BREACHCLOCK_SCREENSHOTS=1).
    if (!existsSync(SCREENSHOT) || process.env.BREACHCLOCK_SCREENSHOTS) {
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await page.locator('[data-testid=chain-status]').waitFor();
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    }
    await page.close();
  });

  it('lets legal approve the notices, shows them sent (a count, not addresses), the portal submission recorded and the timeline verified', async () => {
    const page = await signIn('legal');
    await openIncident(page, id);

    const individuals = notice(page, 'individuals');
    await individuals.getByRole('button', { name: 'Approve' }).click();
    expect(await individuals.locator('.confirm').textContent()).toContain('3 people');
    await individuals.getByRole('button', { name: 'Confirm approval' }).click();
    // An approved notice goes out at once, while the authority's draft still waits for legal.
    await page.locator('article.notice[data-recipient="individuals"][data-status="sent"]').waitFor({ timeout: 30_000 });
    expect(await notice(page, 'authority').getAttribute('data-status')).toBe('awaiting-approval');

    // Legal completes the authority draft before approving it.
    const authority = notice(page, 'authority');
    await authority.getByRole('button', { name: 'Edit' }).click();
    const body = authority.getByLabel('Text');
    await body.fill(`${await body.inputValue()}\n\nMeasures taken: the leaked key was revoked and every API key rotated.`);
    await authority.getByLabel('Why the change (optional)').fill('Completed the measures (Art. 33(3)(d))');
    await authority.getByRole('button', { name: 'Save the edit' }).click();
    await authority.locator('[data-testid=notice-body]').getByText('every API key rotated').waitFor();

    await authority.getByRole('button', { name: 'Approve' }).click();
    expect(await authority.locator('.confirm').textContent()).toContain('portal');
    await authority.getByRole('button', { name: 'Confirm approval' }).click();
    await page.locator('article.notice[data-recipient="individuals"][data-status="sent"]').waitFor({ timeout: 30_000 });
    expect(await individuals.locator('[data-testid=sent-count]').textContent()).toBe('3 of 3 sent');
    await individuals.locator('[data-testid=delivery]').getByText('3 accepted by the mail service, 0 failed').waitFor();
    expect(await individuals.textContent()).not.toContain('@customer.example');
    await page.locator('article.notice[data-recipient="authority"][data-status="ready-to-file"]').waitFor({ timeout: 30_000 });
    await authority.getByRole('button', { name: 'Record portal submission' }).click();
    await authority.getByLabel('Reference').fill(REFERENCE);
    await authority.getByRole('button', { name: 'Record submission' }).click();
    await page.locator('article.notice[data-recipient="authority"][data-status="filed"]').waitFor();
    expect(await authority.locator('[data-testid=reference]').textContent()).toBe(REFERENCE);

    // What the SES stand-in got: one message per person, to that person only.
    const mail = await api.sentMail();
    for (const person of ['erika@customer.example', 'max@customer.example', 'jan@customer.example']) {
      expect(mail.filter((m) => m.destination.to.includes(person)), person).toHaveLength(1);
    }

    const chain = page.locator('[data-testid=chain-status]');
    await expect.poll(async () => (await page.locator('[data-testid=timeline] tbody tr').count()) >= (await api.get('legal', `/incidents/${id}/timeline`)).body.events.length).toBe(true);
    expect(await chain.getAttribute('data-verified')).toBe('true');
    expect(await chain.textContent()).toContain('Hash chain verified');
    const timeline = page.locator('[data-testid=timeline]');
    for (const event of ['Access refused', 'Incident updated', 'Notice edited', 'Notice approved', 'Notice sent', 'Portal submission recorded']) {
      expect(await timeline.getByText(event, { exact: true }).count(), event).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-testid=timeline] tr[data-check]:not([data-check="ok"])').count()).toBe(0);

    await page.close();
  });

  it('lets legal reject a draft and waive an obligation, each with its reason', async () => {
    const page = await signIn('legal');
    await openIncident(page, overdueId);
    const individuals = notice(page, 'individuals');
    await individuals.getByRole('button', { name: 'Reject' }).click();
    await individuals.getByLabel('Why reject it').fill('The people will be told by letter with the payslips');
    await individuals.getByRole('button', { name: 'Reject the draft' }).click();
    await page.locator('article.notice[data-recipient="individuals"][data-status="rejected"]').waitFor();
    // While the duty is open the rejected draft can be redrafted; once waived, it cannot.
    const redraft = notice(page, 'individuals').getByRole('button', { name: 'Redraft' });
    await redraft.waitFor();

    const { body: incident } = await api.get('legal', `/incidents/${overdueId}`);
    const obligation = incident.obligations.find((o: { recipient: string; regime: string }) => o.regime === 'eu-gdpr' && o.recipient === 'individuals');
    const row = page.locator(`[data-testid=obligations] tr[data-obligation="${obligation.id}"]`);
    await row.getByRole('button', { name: 'Waive' }).click();
    const form = page.locator('[data-testid=waive-form]');
    await form.getByLabel('Reason').fill('Told by letter on 23 Nov, outside BreachClock; copy in the case file');
    await form.getByRole('button', { name: 'Waive obligation' }).click();
    await row.getByText('Waived').waitFor();
    expect(await row.textContent()).toContain('Told by letter on 23 Nov');
    await redraft.waitFor({ state: 'detached' });

    const { body: timeline } = await api.get('legal', `/incidents/${overdueId}/timeline`);
    expect(timeline.events.filter((e: { type: string }) => e.type === 'decision.reject' || e.type === 'decision.waive').map((e: any) => [e.type, e.actor.id, e.details.reason])).toEqual([
      ['decision.reject', 'legal-key', 'The people will be told by letter with the payslips'],
      ['decision.waive', 'legal-key', 'Told by letter on 23 Nov, outside BreachClock; copy in the case file'],
    ]);
    await page.close();
  });

  it('downloads the timeline as CSV with every event, and the breach record as PDF', async () => {
    const page = await signIn('legal');
    await openIncident(page, id);
    const exports = page.locator('[data-testid=exports]');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Timeline (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe(`${id}-timeline.csv`);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const { body: timeline } = await api.get('legal', `/incidents/${id}/timeline`);
    expect(Object.keys(rows[0]!)).toEqual(['seq', 'at', 'type', 'actor', 'kind', 'role', 'details', 'prevHash', 'hash', 'incidentId']);
    expect(rows.map((r) => [Number(r.seq), r.type, r.actor, r.hash])).toEqual(timeline.events.map((e: any) => [e.seq, e.type, e.actor.id, e.hash]));
    expect(rows.filter((r) => r.type === 'decision.approve').map((r) => `${r.actor} ${r.role}`)).toEqual(['legal-key legal', 'legal-key legal']);
    expect(rows.find((r) => r.type === 'decision.record-submission')!.details).toContain(REFERENCE);
    expect(csv).not.toContain('@customer.example');

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Breach record (PDF)' }).click()]);
    expect(pdfDownload.suggestedFilename()).toBe(`${id}-breach-record.pdf`);
    expect(readFileSync((await pdfDownload.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('link', { name: 'Breach register' }).click();
    const register = page.locator('[data-testid=register]');
    await register.waitFor();
    expect(await register.locator('tbody tr').count()).toBe(2);
    const [registerDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register (CSV)' }).click()]);
    const registerRows = parse(readFileSync((await registerDownload.path())!, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(registerRows.find((r) => r.incident === id)!.authority_notified).toContain(REFERENCE);
    await page.close();
  });

  it('says so, on the page and in the API, when a stored audit event was changed or removed', async () => {
    const dynamo = new DynamoDBClient({ endpoint: system.dynamoUrl, region: 'eu-central-1', credentials: { accessKeyId: 'embedded', secretAccessKey: 'embedded' } });
    // Someone with database access makes the breach look smaller, after the fact.
    await dynamo.send(new UpdateItemCommand({
      TableName: 'breachclock',
      Key: { pk: { S: `INCIDENT#${id}` }, sk: { S: 'EVENT#0000000001' } },
      UpdateExpression: 'SET #d.#n = :n',
      ExpressionAttributeNames: { '#d': 'details', '#n': 'subjectCount' },
      ExpressionAttributeValues: { ':n': { N: '1' } },
    }));
    // And removes an event of the other incident.
    await dynamo.send(new DeleteItemCommand({ TableName: 'breachclock', Key: { pk: { S: `INCIDENT#${overdueId}` }, sk: { S: 'EVENT#0000000003' } } }));
    dynamo.destroy();

    expect((await api.get('legal', `/incidents/${id}/timeline`)).body.verification).toMatchObject({ verified: false, brokenAt: { seq: 1, problem: 'altered' } });
    expect((await api.get('legal', `/incidents/${overdueId}/timeline`)).body.verification).toMatchObject({ verified: false, brokenAt: { seq: 4, problem: 'missing-before' } });
    expect((await api.bytes('legal', `/incidents/${id}/timeline?format=csv`)).headers.get('x-timeline-verified')).toBe('false');
    expect((await api.bytes('legal', `/incidents/${id}/record`, 'application/pdf')).headers.get('x-timeline-verified')).toBe('false');
    const { body: register } = await api.get('legal', '/register?format=json');
    expect(register.incidents.map((r: { timeline_verified: boolean }) => r.timeline_verified)).toEqual([false, false]);

    const page = await signIn('legal');
    await openIncident(page, id);
    const chain = page.locator('[data-testid=chain-status]');
    await chain.getByText('Hash chain does NOT verify').waitFor();
    expect(await chain.getAttribute('data-verified')).toBe('false');
    expect(await chain.textContent()).toContain('event #1');
    const altered = page.locator('[data-testid=timeline] tr[data-seq="1"]');
    await expect.poll(() => altered.getAttribute('data-check')).toBe('altered');
    expect(await altered.textContent()).toContain('altered: its content no longer matches its hash');
    expect(await page.locator('[data-testid=timeline] tr[data-seq="2"]').getAttribute('data-check')).toBe('ok');

    await openIncident(page, overdueId);
    const gap = page.locator('[data-testid=timeline] tr[data-seq="4"]');
    await expect.poll(() => gap.getAttribute('data-check')).toBe('missing-before');
    expect(await gap.textContent()).toContain('events are missing before this one');
    expect(await page.locator('[data-testid=chain-status]').textContent()).toContain('Hash chain does NOT verify');
    await page.close();
  });

  // Last: a third incident, which the tests above do not count.
  it('keeps an incident of people where no runbook covers open until legal closes it with counsel\'s finding', async () => {
    const oregon = {
      title: 'Student roster posted to a public bucket', discoveredAt: new Date(Date.now() - HOUR).toISOString(), reporter: { name: 'IT Desk', email: 'it@academy.example' },
      organization: { name: 'Willamette Academy', country: 'US', role: 'controller', contact: { name: 'Privacy Office', email: 'privacy@academy.example' } },
      breach: { types: ['confidentiality'], cause: 'misconfiguration', malicious: false, exfiltration: 'suspected' },
      affected: { subjectCount: 40, jurisdictions: ['US-OR'], dataCategories: ['contact', 'identity'] },
    };
    const uncoveredId = (await api.post('responder', '/incidents', oregon)).body.id;
    await eventually(async () => (await api.get('legal', `/incidents/${uncoveredId}`)).body.status === 'monitoring', `the review of ${uncoveredId}`);
    const page = await signIn('legal');
    await openIncident(page, uncoveredId);
    expect(await page.locator('[data-testid=uncovered-jurisdictions]').textContent()).toContain('US-OR');
    const form = page.locator('[data-testid=close-form]');
    await form.getByLabel('Reason').fill('Counsel checked ORS 646A.604: the families were told by letter on 25 Nov');
    await form.getByRole('button', { name: 'Close incident' }).click();
    await form.waitFor({ state: 'detached' });
    const { body: incident } = await api.get('legal', `/incidents/${uncoveredId}`);
    expect(incident.status).toBe('closed');
    const { body: timeline } = await api.get('legal', `/incidents/${uncoveredId}/timeline`);
    expect(timeline.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['incident.review-needed', 'decision.close', 'incident.closed']));
    await page.close();
  });
});
