// Every regime of the contract: a case that triggers its duties and one that does not, each
// from the rule its runbook cites; the multi-stage clocks; and the contract's promise that an
// applicable regime always lists its authority and individuals obligations.
import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../../lambdas/shared/contract.js';
import { runbooks } from '../assess/fixtures.js';
import { HOUR, assess } from './helpers.js';

const risky = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', encryption: 'none' } as const;
const harmless = { types: ['confidentiality'], cause: 'misdelivery', malicious: false, recipientTrusted: true, exfiltration: 'none' } as const;
const encrypted = { ...risky, encryption: 'strong', keyCompromised: false } as const;
const AWARE = '2026-03-27T10:00:00+01:00'; // 09:00Z, two days before the EU switches to summer time
const awareMs = Date.parse(AWARE);
const plus = (hours: number) => new Date(awareMs + hours * HOUR).toISOString();

describe('every regime of the contract', () => {
  it('has exactly one runbook', () => {
    expect(runbooks.map((r) => r.regime).sort()).toEqual([...REGIMES].sort());
  });

  it.each([
    ['eu-gdpr', { organization: { country: 'DE' } }],
    ['uk-gdpr', { organization: { country: 'GB' }, affected: { subjectCount: 10, jurisdictions: ['GB'] } }],
    ['eu-nis2', { organization: { country: 'DE', sectors: ['essential-entity'] } }],
    ['eu-dora', { organization: { country: 'FR', sectors: ['financial'] } }],
    ['eu-eprivacy', { organization: { country: 'DE', sectors: ['telecom'] } }],
    ['us-hipaa', { organization: { country: 'US', sectors: ['health'] }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] } }],
    ['us-sec-8k', { organization: { country: 'US', sectors: ['listed-company'] }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] } }],
    ['us-nydfs', { organization: { country: 'US', sectors: ['financial'] }, affected: { subjectCount: 10, jurisdictions: ['US-NY'] } }],
    ['us-ca', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] } }],
    ['us-ny', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-NY'] } }],
    ['us-tx', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-TX'] } }],
    ['us-fl', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-FL'] } }],
    ['us-wa', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-WA'] } }],
    ['us-co', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-CO'] } }],
    ['us-ma', { organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US-MA'] } }],
    ['ca-pipeda', { organization: { country: 'CA' }, affected: { subjectCount: 10, jurisdictions: ['CA'] } }],
    ['br-lgpd', { organization: { country: 'BR' }, affected: { subjectCount: 10, jurisdictions: ['BR'] } }],
    ['au-ndb', { organization: { country: 'AU' }, affected: { subjectCount: 10, jurisdictions: ['AU'] } }],
    ['sg-pdpa', { organization: { country: 'SG' }, affected: { subjectCount: 10, jurisdictions: ['SG'] } }],
    ['in-dpdp', { organization: { country: 'IN' }, affected: { subjectCount: 10, jurisdictions: ['IN'] } }],
    ['jp-appi', { organization: { country: 'JP' }, affected: { subjectCount: 10, jurisdictions: ['JP'] } }],
    ['kr-pipa', { organization: { country: 'KR' }, affected: { subjectCount: 10, jurisdictions: ['KR'] } }],
    ['ch-fadp', { organization: { country: 'CH' }, affected: { subjectCount: 10, jurisdictions: ['CH'] } }],
    ['cn-pipl', { organization: { country: 'CN' }, affected: { subjectCount: 10, jurisdictions: ['CN'] } }],
  ] as const)('%s, when it applies, lists its authority and individuals obligations with reason and citation', (regime, report) => {
    for (const breach of [risky, harmless]) {
      const { obligations, assessment } = assess({ ...report, breach }, [['identity', 10], ['health', 10]]);
      const own = obligations.filter((o) => o.regime === regime);
      expect(assessment.regimes?.map((r) => r.regime)).toContain(regime);
      for (const recipient of ['authority', 'individuals'] as const) {
        const listed = own.filter((o) => o.recipient === recipient);
        expect(listed.length, `${regime} ${recipient}`).toBeGreaterThan(0);
        for (const o of listed) {
          expect(o.reason.length).toBeGreaterThan(10);
          expect(o.citation.length).toBeGreaterThan(3);
          expect(o.confidence).toMatch(/^(primary|secondary|unverified)$/);
          expect(o.status).toBe(o.required ? 'pending' : 'not-required');
          if (!o.required) expect(o.deadline).toBeNull();
        }
      }
    }
  });
});

describe('EU GDPR (Art. 33, 34)', () => {
  it('triggers: a malicious exfiltration of health data must go to the authority within 72 h and to the people', () => {
    const { of } = assess({ discoveredAt: AWARE, breach: risky }, [['health', 100], ['identity', 100]]);
    expect(of('eu-gdpr-authority')).toMatchObject({ required: true, deadline: plus(72), deadlineLocal: '2026-03-30T11:00:00+02:00' });
    expect(of('eu-gdpr-individuals')).toMatchObject({ required: true });
  });

  it('does not trigger: a misdirected e-mail of contact details to a trusted recipient who deleted it', () => {
    const { of } = assess({ breach: harmless }, [['contact', 1]]);
    expect(of('eu-gdpr-authority')).toMatchObject({ required: false, citation: 'GDPR Art. 33(1)' });
    expect(of('eu-gdpr-individuals')).toMatchObject({ required: false });
  });
});

describe('UK GDPR (ICO)', () => {
  const uk = { organization: { country: 'GB' }, affected: { subjectCount: 100, jurisdictions: ['GB'] } } as const;

  it('triggers: the ICO within 72 hours of awareness', () => {
    const { of } = assess({ ...uk, discoveredAt: AWARE, breach: risky }, [['health', 100], ['identity', 100]]);
    expect(of('uk-gdpr-authority')).toMatchObject({ required: true, deadline: plus(72), channel: { name: expect.stringContaining('ICO') } });
    expect(of('uk-gdpr-individuals')).toMatchObject({ required: true });
  });

  it('does not trigger: unlikely to result in a risk; and encryption exempts the individuals (Art. 34(3)(a))', () => {
    expect(assess({ ...uk, breach: harmless }).of('uk-gdpr-authority')).toMatchObject({ required: false });
    expect(assess({ ...uk, breach: encrypted }, [['health', 100]]).of('uk-gdpr-individuals')).toMatchObject({ required: false, citation: 'UK GDPR Art. 34(3)(a)' });
  });
});

describe('NIS2 (Art. 23): three stages', () => {
  const entity = { organization: { country: 'DE', sectors: ['essential-entity'] } } as const;
  const ransomware = { types: ['availability', 'confidentiality'], cause: 'ransomware', malicious: true, backupAvailable: false } as const;

  it('triggers: early warning at 24 h, notification at 72 h, final report one month after the notification', () => {
    const { of, assessment } = assess({ ...entity, discoveredAt: AWARE, breach: ransomware }, [['contact', 1200]]);
    expect(assessment.regimes?.find((r) => r.regime === 'eu-nis2')?.risk).toMatchObject({ outcome: 'significant' });
    expect(of('eu-nis2-early-warning')).toMatchObject({ required: true, stage: 'initial', deadline: plus(24) });
    expect(of('eu-nis2-notification')).toMatchObject({ required: true, stage: 'intermediate', deadline: plus(72) });
    // Until the notification's submission is recorded, the month runs from awareness: same local
    // time in Berlin a month later, after the switch to summer time (10:00 CEST = 08:00Z).
    expect(of('eu-nis2-final-report')).toMatchObject({ required: true, stage: 'final', deadline: '2026-04-27T08:00:00.000Z' });
    expect(of('eu-nis2-final-report').startsFrom).toContain('submission of eu-nis2-notification (not recorded yet');
    expect(of('eu-nis2-individuals')).toMatchObject({ required: true });
  });

  it('the final report counts from the recorded submission of the notification', () => {
    const { of } = assess({ ...entity, discoveredAt: AWARE, breach: ransomware }, [['contact', 1200]], {
      submissions: { 'eu-nis2-notification': '2026-03-29T12:00:00.000Z' },
    });
    expect(of('eu-nis2-final-report')).toMatchObject({ deadline: '2026-04-29T12:00:00.000Z', startsFrom: expect.stringContaining('recorded 2026-03-29T12:00:00.000Z') });
  });

  it('does not trigger: no significant incident (Art. 23(3)); and not an essential or important entity', () => {
    const { of } = assess({ organization: { country: 'DE', sectors: ['important-entity'] }, breach: harmless });
    for (const id of ['early-warning', 'notification', 'final-report', 'individuals']) expect(of(`eu-nis2-${id}`).required).toBe(false);
    expect(assess({ breach: ransomware }).regimes).not.toContain('eu-nis2');
  });
});

describe('DORA: initial, intermediate and final reports', () => {
  const bank = { organization: { country: 'FR', sectors: ['financial'] }, discoveredAt: AWARE, breach: risky } as const;
  const categories = [['financial', 500], ['identity', 500]] as const;

  it('triggers: the initial notification runs 4 h from classification, capped at 24 h from awareness', () => {
    expect(assess(bank, categories).of('eu-dora-initial-notification')).toMatchObject({ required: true, deadline: plus(4) });
    const at = (hoursAfterAwareness: number) =>
      assess(bank, categories, { startEvents: { classification: plus(hoursAfterAwareness) } }).of('eu-dora-initial-notification').deadline;
    expect(at(10)).toBe(plus(14));
    expect(at(22)).toBe(plus(24)); // the 24-hour backstop
    expect(at(30)).toBe(plus(34)); // classified after the backstop: 4 h from classification
  });

  it('the intermediate report runs 72 h from the initial notification, the final report a month from the intermediate', () => {
    const { of } = assess(bank, categories, {
      startEvents: { classification: plus(1) },
      submissions: { 'eu-dora-initial-notification': plus(3), 'eu-dora-intermediate-report': '2026-03-30T10:00:00.000Z' },
    });
    expect(of('eu-dora-intermediate-report')).toMatchObject({ stage: 'intermediate', deadline: plus(75) });
    expect(of('eu-dora-final-report')).toMatchObject({ stage: 'final', deadline: '2026-04-30T10:00:00.000Z' });
  });

  it('does not trigger: not a major ICT-related incident', () => {
    const { of } = assess({ ...bank, breach: harmless }, [['contact', 10]]);
    for (const id of ['initial-notification', 'intermediate-report', 'final-report', 'individuals']) expect(of(`eu-dora-${id}`).required).toBe(false);
  });
});

describe('ePrivacy (Regulation 611/2013)', () => {
  const telco = { organization: { country: 'DE', sectors: ['telecom'] }, discoveredAt: AWARE } as const;

  it('triggers: every breach goes to the national authority within 24 h of detection; the people when adversely affected', () => {
    expect(assess({ ...telco, breach: harmless }).of('eu-eprivacy-authority')).toMatchObject({ required: true, deadline: plus(24) });
    expect(assess({ ...telco, breach: risky }, [['communications', 100]]).of('eu-eprivacy-individuals')).toMatchObject({ required: true });
  });

  it('does not trigger: not a telecoms provider; and encryption exempts the notice to individuals (Art. 4)', () => {
    expect(assess({ breach: risky }).regimes).not.toContain('eu-eprivacy');
    expect(assess({ ...telco, breach: encrypted }).of('eu-eprivacy-individuals')).toMatchObject({ required: false });
  });
});

describe('HIPAA (45 CFR 164.400-414)', () => {
  const clinic = (subjectCount: number) => ({
    organization: { country: 'US', sectors: ['health'] },
    discoveredAt: '2026-03-01T10:00:00-05:00',
    affected: { subjectCount, jurisdictions: ['US-CA'] },
  }) as const;

  it('triggers: individuals, HHS and media within 60 calendar days of discovery (600 Californians)', () => {
    const { of } = assess({ ...clinic(600), breach: risky }, [['health', 600], ['identity', 600]]);
    // 60 days later at 10:00 New York time, after the US switch to summer time (14:00Z, not 15:00Z).
    for (const id of ['individuals', 'authority', 'media']) expect(of(`us-hipaa-${id}`)).toMatchObject({ required: true, deadline: '2026-04-30T14:00:00.000Z' });
    expect(of('us-hipaa-authority-annual-log').required).toBe(false);
  });

  it('fewer than 500: the annual log, 60 days after the end of the calendar year; no media', () => {
    const { of } = assess({ ...clinic(40), breach: risky }, [['health', 40]]);
    expect(of('us-hipaa-authority')).toMatchObject({ required: false });
    expect(of('us-hipaa-authority-annual-log')).toMatchObject({ required: true, deadline: '2027-03-02T05:00:00.000Z' });
    expect(of('us-hipaa-media').required).toBe(false);
  });

  it('does not trigger: encrypted PHI is secured', () => {
    const { of } = assess({ ...clinic(600), breach: encrypted }, [['health', 600]]);
    for (const id of ['individuals', 'authority', 'media', 'authority-annual-log']) expect(of(`us-hipaa-${id}`).required).toBe(false);
    expect(of('us-hipaa-individuals').reason).toContain('secured');
  });

  it('does not apply to a health organisation established outside the US for its patients in the US (not a covered entity: 45 CFR 160.103)', () => {
    const german = assess({ organization: { country: 'DE', sectors: ['health'] }, breach: risky, affected: { subjectCount: 2, jurisdictions: ['US-CA', 'DE'] } }, [['health', 2]]);
    expect(german.regimes).not.toContain('us-hipaa');
    expect(german.regimes).toContain('us-ca');
  });
});

describe('SEC Form 8-K Item 1.05', () => {
  const registrant = { organization: { country: 'US', sectors: ['listed-company'] }, affected: { subjectCount: 10, jurisdictions: ['US-CA'] } } as const;

  it('triggers: four business days from the materiality determination, skipping Thanksgiving', () => {
    const { of } = assess({ ...registrant, breach: harmless }, [['contact', 10]], { startEvents: { materiality: '2026-11-25T15:00:00.000Z' } });
    expect(of('us-sec-8k-authority')).toMatchObject({ required: true, startEvent: 'materiality', deadline: '2026-12-02T15:00:00.000Z' });
  });

  it('does not trigger: no materiality determination and nothing suggesting one', () => {
    const { of } = assess({ ...registrant, breach: harmless }, [['contact', 10]]);
    expect(of('us-sec-8k-authority')).toMatchObject({ required: false, deadline: null });
    expect(of('us-sec-8k-individuals')).toMatchObject({ required: false });
  });
});

describe('NYDFS 23 NYCRR 500.17', () => {
  const licensee = { organization: { country: 'US', sectors: ['financial'] }, discoveredAt: AWARE, affected: { subjectCount: 10, jurisdictions: ['US-NY'] } } as const;

  it('triggers: 72 h from determination; an extortion payment 24 h, its written description 30 days', () => {
    const { of } = assess({ ...licensee, breach: { ...risky, cause: 'ransomware' } }, [['contact', 10]], { startEvents: { 'ransom-payment': '2026-03-28T12:00:00.000Z' } });
    expect(of('us-nydfs-authority')).toMatchObject({ required: true, deadline: plus(72) });
    expect(of('us-nydfs-extortion-payment')).toMatchObject({ required: true, deadline: '2026-03-29T12:00:00.000Z' });
    expect(of('us-nydfs-extortion-explanation')).toMatchObject({ required: true, deadline: '2026-04-27T12:00:00.000Z' });
  });

  it('does not trigger: no reportable cybersecurity incident, no payment', () => {
    const { of } = assess({ ...licensee, breach: harmless });
    expect(of('us-nydfs-authority').required).toBe(false);
    expect(of('us-nydfs-extortion-payment').required).toBe(false);
  });
});

describe('US state breach laws: personal information, encryption safe harbour, attorney-general thresholds', () => {
  const residents = (state: string, subjectCount: number) => ({ organization: { country: 'US' }, affected: { subjectCount, jurisdictions: [state] }, discoveredAt: AWARE, breach: risky }) as const;
  const nameAndSsn = (n: number) => [['identity', n], ['government-id', n]] as const;

  it.each([
    // regime, state, threshold count that requires the AG, count just below it
    ['us-ca', 'US-CA', 501, 500],
    ['us-tx', 'US-TX', 250, 249],
    ['us-fl', 'US-FL', 500, 499],
    ['us-wa', 'US-WA', 501, 500],
    ['us-co', 'US-CO', 500, 499],
  ] as const)('%s: the attorney general from %s residents on, not below', (regime, state, at, below) => {
    expect(assess(residents(state, at), nameAndSsn(at)).of(`${regime}-authority`)).toMatchObject({ required: true });
    const under = assess(residents(state, below), nameAndSsn(below));
    expect(under.of(`${regime}-authority`)).toMatchObject({ required: false });
    expect(under.of(`${regime}-individuals`)).toMatchObject({ required: true });
  });

  it.each(['us-ca', 'us-ny', 'us-tx', 'us-fl', 'us-wa', 'us-co', 'us-ma'] as const)('%s: contact details alone are not personal information; encryption with the key safe is a safe harbour', (regime) => {
    const state = regime.replace('us-', 'US-').toUpperCase();
    const contactOnly = assess(residents(state, 1000), [['contact', 1000]]);
    expect(contactOnly.of(`${regime}-individuals`)).toMatchObject({ required: false });
    expect(contactOnly.of(`${regime}-authority`)).toMatchObject({ required: false });
    const safe = assess({ ...residents(state, 1000), breach: encrypted }, nameAndSsn(1000));
    expect(safe.of(`${regime}-individuals`)).toMatchObject({ required: false, reason: expect.stringContaining('encrypted') });
  });

  it('deadlines: California 30 days from discovery, Texas 60 days from determination, the Texas AG 30 days', () => {
    expect(assess(residents('US-CA', 10), nameAndSsn(10)).of('us-ca-individuals').deadline).toBe('2026-04-26T09:00:00.000Z');
    const tx = assess(residents('US-TX', 300), nameAndSsn(300), { startEvents: { determination: '2026-04-01T15:00:00.000Z' } });
    expect(tx.of('us-tx-individuals')).toMatchObject({ deadline: '2026-05-31T15:00:00.000Z', startEvent: 'determination' });
    expect(tx.of('us-tx-authority')).toMatchObject({ deadline: '2026-05-01T15:00:00.000Z' });
  });

  it('New York and Massachusetts regulators hear of any breach of their residents; Massachusetts does not count health data', () => {
    expect(assess(residents('US-NY', 1), [['credentials', 1]]).of('us-ny-authority')).toMatchObject({ required: true });
    expect(assess(residents('US-MA', 1), [['identity', 1], ['financial', 1]]).of('us-ma-authority')).toMatchObject({ required: true });
    expect(assess(residents('US-MA', 1), [['identity', 1], ['health', 1]]).of('us-ma-individuals')).toMatchObject({ required: false });
  });

  it('per-state counts decide the thresholds when reported; the total stands in when not', () => {
    const report = { organization: { country: 'US' }, affected: { subjectCount: 1249, jurisdictions: ['US-CA', 'US-TX'], subjectsByJurisdiction: { 'US-TX': 249, 'US-CA': 1000 } }, breach: risky } as const;
    const { of } = assess(report, nameAndSsn(1249));
    expect(of('us-tx-authority').required).toBe(false);
    expect(of('us-ca-authority').required).toBe(true);
    const unknown = assess({ ...report, affected: { subjectCount: 1249, jurisdictions: ['US-CA', 'US-TX'] } }, nameAndSsn(1249));
    expect(unknown.of('us-tx-authority').required).toBe(true);
    // A US business's first report, before anyone knows where its customers live (black-box QA w1).
    const nowhere = assess({ organization: { country: 'US', sectors: ['health'] }, affected: { subjectCount: 700, jurisdictions: undefined }, breach: risky }, [...nameAndSsn(700), ['health', 700]]);
    for (const id of ['us-ca-authority', 'us-tx-authority', 'us-fl-authority', 'us-co-authority', 'us-wa-authority', 'us-hipaa-media']) {
      expect(nowhere.of(id).required, id).toBe(true);
    }
  });

  it('a classified export that places its Americans in states counts each state alone; those it places in none may live in any', () => {
    const states = { 'US-CA': 121, 'US-TX': 83, 'US-FL': 57, 'US-CO': 19, 'US-WA': 13, 'US-NY': 307 };
    const clinic = (us: number) => ({
      organization: { country: 'US', sectors: ['health'] }, affected: { subjectCount: us, jurisdictions: ['US', ...Object.keys(states)] }, breach: risky,
    }) as const;
    const placed = assess(clinic(600), [...nameAndSsn(600), ['health', 600]], { jurisdictionCounts: { US: 600, ...states } });
    for (const id of ['us-ca-authority', 'us-tx-authority', 'us-fl-authority', 'us-co-authority', 'us-wa-authority', 'us-hipaa-media']) {
      expect(placed.of(id).required, id).toBe(false);
    }
    // 300 more Americans placed in no state: they may all be Texans (383 of 250) or New Yorkers (607 of "more than 500 of a State").
    const unplaced = assess(clinic(900), [...nameAndSsn(900), ['health', 900]], { jurisdictionCounts: { US: 900, ...states } });
    expect(unplaced.of('us-tx-authority').required).toBe(true);
    expect(unplaced.of('us-hipaa-media').required).toBe(true);
    expect(unplaced.of('us-ca-authority').required).toBe(false);
    // Those 300 may live in Massachusetts, whose law the records name no one for: it applies to them too (black-box QA w1).
    expect(unplaced.regimes).toContain('us-ma');
    expect(placed.regimes).not.toContain('us-ma');
  });

  it('a report naming the US without states lists every state law (conservative)', () => {
    const { regimes } = assess({ organization: { country: 'US' }, affected: { subjectCount: 10, jurisdictions: ['US'] }, breach: risky }, nameAndSsn(10));
    expect(regimes).toEqual(expect.arrayContaining(['us-ca', 'us-ny', 'us-tx', 'us-fl', 'us-wa', 'us-co', 'us-ma']));
  });
});

describe('PIPEDA (real risk of significant harm)', () => {
  const canada = { organization: { country: 'CA' }, affected: { subjectCount: 100, jurisdictions: ['CA'] } } as const;

  it('triggers: a malicious exfiltration of health data is a real risk of significant harm', () => {
    const { of, assessment } = assess({ ...canada, breach: risky }, [['health', 100], ['identity', 100]]);
    expect(assessment.regimes?.find((r) => r.regime === 'ca-pipeda')?.risk?.outcome).toBe('rrosh');
    expect(of('ca-pipeda-authority')).toMatchObject({ required: true, deadline: null, startEvent: 'determination' });
    expect(of('ca-pipeda-individuals').required).toBe(true);
  });

  it('does not trigger: a misdirected letter to a trusted recipient; the record is kept anyway (s. 10.3)', () => {
    const { of } = assess({ ...canada, breach: harmless });
    expect(of('ca-pipeda-authority').required).toBe(false);
    expect(of('ca-pipeda-internal-record').required).toBe(true);
  });
});

describe('Brazil LGPD (Res. CD/ANPD 15/2024): business days on the Brazilian calendar', () => {
  const brazil = { organization: { country: 'BR' }, discoveredAt: '2026-11-19T10:00:00-03:00', affected: { subjectCount: 100, jurisdictions: ['BR'] }, breach: risky } as const;
  const financial = [['financial', 100], ['identity', 100]] as const;

  it('triggers: 3 business days, over the Consciência Negra holiday (Fri 20 Nov) and the weekend', () => {
    const { of } = assess(brazil, financial);
    expect(of('br-lgpd-authority')).toMatchObject({ required: true, deadline: '2026-11-25T13:00:00.000Z', deadlineLocal: '2026-11-25T10:00:00-03:00' });
    expect(of('br-lgpd-individuals')).toMatchObject({ required: true, deadline: '2026-11-25T13:00:00.000Z' });
  });

  it('small agents have 6 business days; the supplement is due 20 business days after the communication', () => {
    expect(assess({ ...brazil, organization: { country: 'BR', smallEnterprise: true } }, financial).of('br-lgpd-authority').deadline).toBe('2026-11-30T13:00:00.000Z');
    const { of } = assess(brazil, financial, { submissions: { 'br-lgpd-authority': '2026-11-24T15:00:00.000Z' } });
    expect(of('br-lgpd-supplement')).toMatchObject({ required: true, deadline: '2026-12-22T15:00:00.000Z' });
  });

  it('does not trigger: no relevant risk or damage (contact data, trusted recipient)', () => {
    const { of } = assess({ ...brazil, breach: harmless }, [['contact', 100]]);
    expect(of('br-lgpd-authority').required).toBe(false);
    expect(of('br-lgpd-individuals').required).toBe(false);
  });
});

describe('Australia NDB (serious harm)', () => {
  const australia = { organization: { country: 'AU' }, affected: { subjectCount: 100, jurisdictions: ['AU'] } } as const;

  it('triggers: an eligible data breach; the 30-day assessment clock runs in any case', () => {
    const { of } = assess({ ...australia, discoveredAt: AWARE, breach: risky }, [['health', 100], ['identity', 100]]);
    expect(of('au-ndb-authority').required).toBe(true);
    expect(of('au-ndb-individuals').required).toBe(true);
    expect(of('au-ndb-assessment')).toMatchObject({ required: true, stage: 'assessment', deadline: expect.stringMatching(/^2026-04-2[56]T/) });
  });

  it('does not trigger: encrypted data with the key safe is not likely to cause serious harm', () => {
    const { of } = assess({ ...australia, breach: encrypted }, [['health', 100]]);
    expect(of('au-ndb-authority').required).toBe(false);
  });
});

describe('Singapore PDPA (s. 26B, 26D)', () => {
  const singapore = (subjectCount: number) => ({ organization: { country: 'SG' }, affected: { subjectCount, jurisdictions: ['SG'] } }) as const;

  it('triggers: 500 or more people (significant scale) goes to the PDPC within 3 days of the assessment, not to the people', () => {
    const { of } = assess({ ...singapore(600), breach: harmless }, [['contact', 600]], { startEvents: { assessment: '2026-03-30T02:00:00.000Z' } });
    expect(of('sg-pdpa-authority')).toMatchObject({ required: true, deadline: '2026-04-02T02:00:00.000Z' });
    expect(of('sg-pdpa-individuals').required).toBe(false);
  });

  it('triggers: significant harm (name with financial data) goes to the PDPC and to each person', () => {
    const { of } = assess({ ...singapore(10), breach: risky }, [['identity', 10], ['financial', 10]]);
    expect(of('sg-pdpa-authority').required).toBe(true);
    expect(of('sg-pdpa-individuals').required).toBe(true);
  });

  it('does not trigger: 10 people, contact details to a trusted recipient', () => {
    const { of } = assess({ ...singapore(10), breach: harmless }, [['contact', 10]]);
    expect(of('sg-pdpa-authority').required).toBe(false);
  });
});

describe('India DPDP Rules 2025 (Rule 7)', () => {
  const india = { organization: { country: 'IN' }, affected: { subjectCount: 5, jurisdictions: ['IN'] }, discoveredAt: AWARE } as const;

  it('triggers: every breach, even a harmless one: intimation without delay, detailed report within 72 h, the people', () => {
    const { of } = assess({ ...india, breach: harmless });
    expect(of('in-dpdp-authority')).toMatchObject({ required: true, deadline: null });
    expect(of('in-dpdp-authority-report')).toMatchObject({ required: true, stage: 'final', deadline: plus(72) });
    expect(of('in-dpdp-individuals').required).toBe(true);
  });

  it('does not trigger: a Data Processor, whose Data Fiduciary notifies', () => {
    const { of } = assess({ ...india, organization: { country: 'IN', role: 'processor' }, breach: risky });
    expect(of('in-dpdp-authority').required).toBe(false);
    expect(of('in-dpdp-individuals').required).toBe(false);
  });
});

describe('Japan APPI (Art. 26)', () => {
  const japan = { organization: { country: 'JP' }, affected: { subjectCount: 5, jurisdictions: ['JP'] }, discoveredAt: AWARE } as const;

  it('triggers: special care-required data, final report within 30 days; 60 days for a wrongful purpose', () => {
    const { of } = assess({ ...japan, breach: harmless }, [['health', 5]]);
    expect(of('jp-appi-authority-final')).toMatchObject({ required: true, deadline: plus(30 * 24) });
    expect(of('jp-appi-authority-preliminary').required).toBe(true);
    expect(assess({ ...japan, breach: risky }, [['contact', 5]]).of('jp-appi-authority-final').deadline).toBe(plus(60 * 24));
  });

  it('does not trigger: contact details of 5 people, by mistake', () => {
    const { of } = assess({ ...japan, breach: harmless }, [['contact', 5]]);
    expect(of('jp-appi-authority-preliminary').required).toBe(false);
    expect(of('jp-appi-individuals').required).toBe(false);
  });
});

describe('South Korea PIPA (Art. 34)', () => {
  const korea = (subjectCount: number) => ({ organization: { country: 'KR' }, affected: { subjectCount, jurisdictions: ['KR'] }, discoveredAt: AWARE, breach: harmless }) as const;

  it('triggers: 1,000 or more people: the PIPC or KISA within 72 h', () => {
    expect(assess(korea(1500), [['contact', 1500]]).of('kr-pipa-authority')).toMatchObject({ required: true, deadline: plus(72) });
  });

  it('does not trigger the report for 10 people by mistake (the people are still told)', () => {
    const { of } = assess(korea(10), [['contact', 10]]);
    expect(of('kr-pipa-authority').required).toBe(false);
    expect(of('kr-pipa-individuals').required).toBe(true);
  });
});

describe('Switzerland revFADP (Art. 24)', () => {
  const swiss = { organization: { country: 'CH' }, affected: { subjectCount: 100, jurisdictions: ['CH'] } } as const;

  it('triggers: a high risk goes to the FDPIC as soon as possible', () => {
    expect(assess({ ...swiss, breach: risky }, [['health', 100], ['identity', 100]]).of('ch-fadp-authority')).toMatchObject({ required: true, deadline: null });
  });

  it('does not trigger: no high risk', () => {
    expect(assess({ ...swiss, breach: harmless }).of('ch-fadp-authority').required).toBe(false);
  });
});

describe('China PIPL (Art. 57) and the CAC measures', () => {
  const china = (subjectCount: number) => ({ organization: { country: 'CN' }, affected: { subjectCount, jurisdictions: ['CN'] }, discoveredAt: AWARE }) as const;

  it('triggers: any leak goes to the authorities; a million people also to the CAC within 4 hours', () => {
    expect(assess({ ...china(10), breach: harmless }).of('cn-pipl-authority').required).toBe(true);
    expect(assess({ ...china(1_000_000), breach: risky }, [['contact', 1_000_000]]).of('cn-pipl-cac-incident-report')).toMatchObject({ required: true, deadline: plus(4) });
  });

  it('does not trigger: individuals when encryption avoids the harm; the CAC below its tiers', () => {
    const { of } = assess({ ...china(10), breach: encrypted });
    expect(of('cn-pipl-individuals').required).toBe(false);
    expect(of('cn-pipl-cac-incident-report').required).toBe(false);
  });
});

describe('legal override of the risk', () => {
  it('replaces the assessed risk, says so in the rationale, and re-decides the obligations', () => {
    const before = assess({ breach: harmless });
    expect(before.assessment.riskToIndividuals).toBe('unlikely');
    const after = assess({ breach: harmless }, [['contact', 1]], {
      riskOverride: { riskToIndividuals: 'high', reason: 'the recipient is a competitor', by: 'dana.legal', at: '2026-03-28T10:00:00.000Z' },
    });
    expect(after.assessment).toMatchObject({ riskToIndividuals: 'high', riskOverride: { assessed: 'unlikely', riskToIndividuals: 'high', by: 'dana.legal' } });
    expect(after.assessment.severity.rationale.at(-1)).toContain('overridden by legal');
    expect(after.of('eu-gdpr-authority').required).toBe(true);
    expect(after.of('eu-gdpr-individuals').required).toBe(true);
  });
});

describe('drafting for every regime', () => {
  it('renders every required notice from its template, with no placeholder left', async () => {
    const { draftNotices } = await import('../../../lambdas/draft-notices/core.js');
    const { storedReport } = await import('../assess/fixtures.js');
    const countries = ['DE', 'GB', 'FR', 'US', 'CA', 'BR', 'AU', 'SG', 'IN', 'JP', 'KR', 'CH', 'CN'];
    const report = {
      organization: { country: 'US', sectors: ['health', 'financial', 'listed-company'] },
      discoveredAt: AWARE,
      affected: { subjectCount: 1_000_000, jurisdictions: [...countries, 'US-CA', 'US-NY', 'US-TX', 'US-FL', 'US-WA', 'US-CO', 'US-MA'] },
      breach: { ...risky, cause: 'ransomware', types: ['confidentiality', 'availability'], backupAvailable: false },
    } as const;
    const { obligations, assessment } = assess(report, [['identity', 10], ['health', 10], ['government-id', 10], ['financial', 10]], { startEvents: { materiality: plus(5), 'ransom-payment': plus(6) } });
    for (const sector of [['essential-entity', 'financial', 'telecom']] as const) {
      const eu = assess({ ...report, organization: { country: 'DE', sectors: [...sector] } }, [['identity', 10], ['health', 10]]);
      obligations.push(...eu.obligations.filter((o) => ['eu-nis2', 'eu-dora', 'eu-eprivacy'].includes(o.regime)));
    }
    const notices = draftNotices({ incidentId: 'inc-1', report: storedReport(report), assessment, obligations, runbooks, now: new Date(plus(100)) });
    const regimes = new Set(notices.map((n) => obligations.find((o) => o.id === n.obligationId)!.regime));
    expect([...regimes].sort()).toEqual([...REGIMES].sort());
    for (const notice of notices) {
      expect(notice.body, notice.id).not.toMatch(/\{\{|\}\}/);
      expect(notice.subject, notice.id).not.toMatch(/\{\{|\}\}/);
    }
  });
});
