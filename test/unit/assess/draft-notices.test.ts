import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { IncidentReport, Notice, type StoredReport } from '../../../lambdas/shared/contract.js';
import { draftNotices } from '../../../lambdas/draft-notices/core.js';
import { classification, reportInput, runbooks, severityModel, toStored } from './fixtures.js';

// Values that only the breached records hold: none of them may ever reach a notice.
const RECORD_VALUES = ['Erika Mustermann', 'erika.mustermann@example.net', '4111111111111111', '+49 151 98765432', 'Diabetes type 2'];

function incident(overrides: Parameters<typeof reportInput>[0] = {}, contacts?: Record<string, string>) {
  const full = IncidentReport.parse(
    reportInput({
      breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', ongoing: false },
      ...overrides,
      affected: {
        subjectCount: 1200,
        jurisdictions: ['DE'],
        records: [{ name: RECORD_VALUES[0], email: RECORD_VALUES[1], card: RECORD_VALUES[2], phone: RECORD_VALUES[3], diagnosis: RECORD_VALUES[4] }],
        ...overrides.affected,
      },
    }),
  );
  const report: StoredReport = toStored(full);
  const cls = classification([['health', 1100], ['payment-card', 900], ['contact', 1200]], ['DE']);
  const { assessment, obligations } = assessIncident({ incidentId: 'inc-42', report, classification: cls }, runbooks, severityModel, contacts);
  return { full, report, assessment, obligations };
}

function draft(setup: ReturnType<typeof incident>, now = new Date('2026-03-28T12:00:00Z'), report: StoredReport = setup.report) {
  const notices = draftNotices({ incidentId: 'inc-42', report, assessment: setup.assessment, obligations: setup.obligations, runbooks, now, recordCount: 1200 });
  Notice.array().parse(notices);
  return Object.fromEntries(notices.map((n) => [n.id, n]));
}

describe('drafting notices', () => {
  it('writes the times of the report as people read them: date, hours and minutes, and the reporter\'s offset', () => {
    const setup = incident({ discoveredAt: '2026-03-27T10:00:30.156000+01:00', occurredAt: '2026-03-26T22:15:00Z' });
    const authority = draft(setup)['eu-gdpr-authority-notice'];
    expect(authority?.body).toContain('2026-03-27 10:00 UTC+01:00');
    expect(authority?.body).not.toContain('10:00:30.156000');
    expect(authority?.body).toContain('2026-03-26 22:15 UTC');
  });

  it('drafts one notice per required authority or individuals obligation, awaiting approval', () => {
    const setup = incident();

    const notices = draft(setup);

    expect(Object.keys(notices)).toEqual(['eu-gdpr-authority-notice', 'eu-gdpr-individuals-notice']);
    expect(notices['eu-gdpr-authority-notice']).toMatchObject({ obligationId: 'eu-gdpr-authority', recipient: 'authority', channel: 'portal', status: 'awaiting-approval' });
    expect(notices['eu-gdpr-individuals-notice']).toMatchObject({ obligationId: 'eu-gdpr-individuals', recipient: 'individuals', channel: 'email', status: 'awaiting-approval', recipientCount: 1200 });
  });

  it('from a sample of the records, says what the sample bounds, not the sample\'s counts as the breach\'s (black-box QA w1)', () => {
    const setup = incident();
    const assessment = { ...setup.assessment, subjectCount: 1200, categories: [{ category: 'payment-card' as const, subjects: 3 }, { category: 'contact' as const, subjects: 1200 }] };
    const body = draftNotices({ incidentId: 'inc-42', report: setup.report, assessment, obligations: setup.obligations, runbooks, now: new Date('2026-03-28T12:00:00Z'), recordCount: 3, recordsPeople: 3 })
      .find((n) => n.id === 'eu-gdpr-authority-notice')!.body;
    expect(body).toContain('- payment card data: up to 1,200 people (3 of the 3 people in the records examined so far)');
    expect(body).toContain('- contact details (e.g. postal address, e-mail address, phone number): approximately 1,200 people');
    expect(body).toContain('**Personal data records concerned:** at least 3 (a sample of the records was examined so far).');
  });

  it('drafts the US state notices each law prescribes: California\'s title and headings, Massachusetts\' without the nature of the breach (black-box QA w1)', () => {
    const report = toStored(IncidentReport.parse(reportInput({
      occurredAt: '2026-03-20T08:00:00Z',
      organization: { country: 'US' },
      breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', ongoing: false, measures: 'We reset every password.' },
      affected: { subjectCount: 200, jurisdictions: ['US-CA', 'US-MA', 'US-TX'] },
    })));
    const cls = classification([['identity', 200], ['government-id', 200]], ['US-CA', 'US-MA', 'US-TX']);
    const { assessment, obligations } = assessIncident({ incidentId: 'inc-us', report, classification: cls }, runbooks, severityModel);
    const notices = Object.fromEntries(draftNotices({ incidentId: 'inc-us', report, assessment, obligations, runbooks, now: new Date('2026-03-28T12:00:00Z') }).map((n) => [n.id, n.body]));
    const ca = notices['us-ca-individuals-notice']!;
    expect(ca.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Notice of Data Breach', '## What Happened', '## What Information Was Involved', '## What We Are Doing', '## What You Can Do', '## For More Information']);
    expect(ca).toContain('It happened on or about 2026-03-20.');
    expect(ca).toContain('2026-03-28'); // the date of the notice
    const ma = notices['us-ma-individuals-notice']!;
    expect(ma).not.toMatch(/what happened|attacker|unauthorised access|200/i);
    expect(ma).toContain('police report');
    expect(ma).toContain('security freeze');
    // Texas keeps the shared text, with the date of the breach (as HIPAA asks too).
    expect(notices['us-tx-individuals-notice']).toContain('It happened on or about 2026-03-20.');
  });

  it('the authority notice carries the Art. 33(3)(a)-(d) content and the phased-notice remark', () => {
    const body = draft(incident())['eu-gdpr-authority-notice']!.body;

    // (a) nature, categories and approximate numbers of data subjects and records
    expect(body).toContain('## 1. Nature of the personal data breach (Art. 33(3)(a))');
    expect(body).toContain('unauthorised disclosure of, or access to, personal data (confidentiality breach)');
    expect(body).toContain('Approximately 1,200 people');
    expect(body).toContain('- health data: approximately 1,100 people');
    expect(body).toContain('- payment card data: approximately 900 people');
    expect(body).toContain('**Personal data records concerned:** approximately 1,200.');
    expect(body).toContain('An attacker used a stolen administrator session');
    // (b) contact point: the organisation's DPO
    expect(body).toContain('Dana Privacy, dpo@example.org, +49 30 1234567');
    // (c) likely consequences, with the assessment behind them
    expect(body).toContain('severity **very-high**');
    expect(body).toContain('- fraudulent payments with the exposed card details and financial loss');
    // (d) measures
    expect(body).toContain('## 4. Measures taken or proposed (Art. 33(3)(d))');
    expect(body).toContain('- The breach has been contained.');
    expect(body).toContain('- We are informing the people concerned directly (Art. 34 GDPR).');
    // Art. 33(4)
    expect(body).toContain('in phases without undue further delay');
    expect(body).not.toContain('Notification after 72 hours');
    expect(body).not.toMatch(/\{\{|\}\}/);
  });

  it('asks for the reasons for the delay once the 72 hours have passed (Art. 33(1))', () => {
    const body = draft(incident(), new Date('2026-03-31T09:00:00Z'))['eu-gdpr-authority-notice']!.body;

    expect(body).toContain('The 72-hour period of Article 33(1) GDPR ended at 2026-03-30T09:00:00.000Z');
    expect(body).toContain('Reasons for the delay (Art. 33(1)): [To complete before approval');
  });

  it('falls back to the reporter as contact point and uses e-mail when the deployment overrides the authority address', () => {
    const setup = incident({ organization: { name: 'Example Shop GmbH', country: 'DE', contact: undefined } }, { 'eu-gdpr': 'breach-inbox@example.org' });

    const notice = draft(setup)['eu-gdpr-authority-notice']!;

    expect(notice.channel).toBe('email');
    expect(notice.body).toContain('Sam Responder, sam.responder@example.org');
  });

  it('the individuals notice is in plain language, with Art. 34(2) content and nobody else\'s data', () => {
    const setup = incident();

    const notice = draft(setup)['eu-gdpr-individuals-notice']!;

    expect(notice.subject).toBe('Important information about your personal data from Example Shop GmbH');
    expect(notice.body).toContain('## What happened');
    expect(notice.body).toContain('we found out about unauthorised access to our systems by an attacker at Example Shop GmbH');
    expect(notice.body).toContain('- someone who should not have had access to your data may have seen or copied it');
    expect(notice.body).toContain('- payment card data');
    expect(notice.body).toContain('## What this could mean for you');
    expect(notice.body).toContain('## What you can do');
    expect(notice.body).toContain('contact your card issuer');
    expect(notice.body).toContain('please contact Dana Privacy at dpo@example.org');
    // Not the incident narrative, the reporter, the counts of other people or anyone's records.
    expect(notice.body).not.toContain(setup.report.description!);
    expect(notice.body).not.toContain('Sam Responder');
    expect(notice.body).not.toMatch(/1,200|1,100|900/);
  });

  it('never contains a record value, even when handed a report that still has its records', () => {
    const setup = incident();
    const unstripped = setup.full as unknown as StoredReport; // a caller bug: records not stripped

    for (const report of [setup.report, unstripped]) {
      const notices = Object.values(draft(setup, new Date('2026-03-31T09:00:00Z'), report));
      for (const notice of notices) {
        for (const value of RECORD_VALUES) {
          expect(notice.body).not.toContain(value);
          expect(notice.subject).not.toContain(value);
        }
      }
    }
  });

  it('drafts nothing for obligations that are not required or are settled', () => {
    const setup = incident();
    const withObligations = (edit: (o: (typeof setup.obligations)[number]) => (typeof setup.obligations)[number]) =>
      draftNotices({
        incidentId: 'inc-42',
        report: setup.report,
        assessment: setup.assessment,
        obligations: setup.obligations.map(edit),
        runbooks,
        now: new Date('2026-03-28T12:00:00Z'),
      });

    expect(withObligations((o) => ({ ...o, required: false, status: 'not-required' }))).toEqual([]);
    expect(withObligations((o) => ({ ...o, status: 'waived' }))).toEqual([]);
    expect(withObligations((o) => ({ ...o, status: 'fulfilled' }))).toEqual([]);
  });
});
