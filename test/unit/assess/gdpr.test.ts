import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { Assessment, Obligation } from '../../../lambdas/shared/contract.js';
import { classification, runbooks, severityModel, storedReport } from './fixtures.js';

type Case = Parameters<typeof storedReport>[0];

function assess(overrides: Case, categories: Parameters<typeof classification>[0] = [['health', 800]], contacts?: Record<string, string>) {
  const result = assessIncident(
    { incidentId: 'inc-1', report: storedReport(overrides), classification: classification(categories) },
    runbooks,
    severityModel,
    contacts,
  );
  // The output is what Step Functions passes on unchecked: it must meet the contract.
  Assessment.parse(result.assessment);
  Obligation.array().parse(result.obligations);
  return result;
}

function byId(obligations: Obligation[]) {
  return Object.fromEntries(obligations.map((o) => [o.id, o]));
}

const highRiskBreach = { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } as const;

describe('EU GDPR applicability (Art. 3)', () => {
  it('does not apply to a non-EU organisation whose affected people are all in the US', () => {
    const { obligations } = assess({ organization: { country: 'US' }, affected: { subjectCount: 50, jurisdictions: ['US-CA', 'US'] } });

    expect(obligations.filter((o) => o.regime === 'eu-gdpr')).toEqual([]);
  });

  it('applies to a US organisation when affected people are in the EU', () => {
    const { obligations } = assess({
      organization: { country: 'US' },
      affected: { subjectCount: 50, jurisdictions: ['US', 'IE'] },
      breach: highRiskBreach,
    });

    // No one-stop-shop without an EU establishment: the authority of every Member State where
    // affected people live (EDPB 9/2022), each with its own obligation and channel.
    expect(byId(obligations)['eu-gdpr-authority']).toBeUndefined();
    const authority = byId(obligations)['eu-gdpr-authority-ie'];
    expect(authority).toMatchObject({ required: true, status: 'pending', jurisdiction: 'IE', channel: { kind: 'portal', name: 'Data Protection Commission (DPC)' } });
    expect(authority?.note).toContain('GDPR Art. 3(2)');
    expect(authority?.note).toContain('no lead supervisory authority');
  });

  it('a non-EU controller notifies the authority of each member state concerned', () => {
    const { obligations } = assess({
      organization: { country: 'US' },
      affected: { subjectCount: 50, jurisdictions: ['FR', 'NO', 'US-CA', 'DE'] },
      breach: highRiskBreach,
    });

    const authorities = obligations.filter((o) => o.regime === 'eu-gdpr' && o.recipient === 'authority');
    expect(authorities.map((o) => [o.id, o.jurisdiction])).toEqual([['eu-gdpr-authority-de', 'DE'], ['eu-gdpr-authority-fr', 'FR'], ['eu-gdpr-authority-no', 'NO']]);
    expect(authorities.map((o) => o.channel?.name)).toEqual([expect.stringContaining('German Land'), expect.stringContaining('CNIL'), expect.stringContaining('Datatilsynet')]);
    expect(new Set(authorities.map((o) => o.deadline))).toEqual(new Set(['2026-03-30T09:00:00.000Z']));
  });

  it('applies to an EU/EEA organisation whatever the residence of the people', () => {
    const { obligations } = assess({ organization: { country: 'NO' }, affected: { subjectCount: 5, jurisdictions: ['US'] } });

    const gdpr = obligations.filter((o) => o.regime === 'eu-gdpr');
    expect(gdpr.map((o) => o.id)).toEqual(['eu-gdpr-authority', 'eu-gdpr-individuals', 'eu-gdpr-internal-record']);
    expect(gdpr[0]?.note).toContain('GDPR Art. 3(1)');
  });
});

describe('EU GDPR obligations', () => {
  it('a high-risk breach: authority within 72 h with reminders, individuals without undue delay, and the record', () => {
    const { assessment, obligations } = assess({ breach: highRiskBreach }, [['health', 800], ['identity', 800]]);

    expect(assessment).toMatchObject({ riskToIndividuals: 'high', subjectCount: 1200, jurisdictions: ['DE', 'FR'] });
    expect(assessment.severity.rationale.at(-1)).toMatch(/^Risk to individuals: high \(severity very-high\) \[our policy; .*EDPB Guidelines 9\/2022/);
    expect(obligations).toEqual([
      expect.objectContaining({
        id: 'eu-gdpr-authority',
        regime: 'eu-gdpr',
        recipient: 'authority',
        required: true,
        status: 'pending',
        citation: 'GDPR Art. 33(1)',
        startsFrom: 'awareness (discoveredAt)',
        deadline: '2026-03-30T09:00:00.000Z',
        remindBeforeHours: [48, 24, 6, 1],
      }),
      expect.objectContaining({
        id: 'eu-gdpr-individuals',
        recipient: 'individuals',
        required: true,
        status: 'pending',
        citation: 'GDPR Art. 34(1)',
        deadline: null,
        channel: { kind: 'email', name: 'the affected data subjects' },
      }),
      expect.objectContaining({ id: 'eu-gdpr-internal-record', recipient: 'internal-record', required: true, citation: 'GDPR Art. 33(5)', deadline: null }),
    ]);
    expect(obligations[1]?.note).toContain('Internal target 72 hours after awareness: 2026-03-30T09:00:00.000Z');
    // No deadline in law, but the internal target keeps the duty in view: reminded before it, escalated after it (black-box QA w3).
    expect(obligations[1]).toMatchObject({ target: '2026-03-30T09:00:00.000Z', remindBeforeHours: [24] });
    expect(obligations[2]?.target).toBeUndefined();
  });

  it('the 72 hours are elapsed time across the EU daylight-saving change', () => {
    // 29 March 2026: CET (+01:00) becomes CEST (+02:00); the local wall clock shows 11:00, not 10:00.
    const { obligations } = assess({ discoveredAt: '2026-03-27T10:00:00+01:00', breach: highRiskBreach });

    const deadline = byId(obligations)['eu-gdpr-authority']!.deadline!;
    expect(deadline).toBe('2026-03-30T09:00:00.000Z');
    expect(new Date(deadline).getTime() - Date.parse('2026-03-27T10:00:00+01:00')).toBe(72 * 3_600_000);
  });

  it('a low-severity misdelivery: the authority is listed, not required, with the Art. 33(1) reason', () => {
    const { assessment, obligations } = assess(
      { breach: { types: ['confidentiality'], cause: 'misdelivery', malicious: false, recipientTrusted: true } },
      [['contact', 1]],
    );

    expect(assessment.severity.level).toBe('low');
    expect(assessment.riskToIndividuals).toBe('unlikely');
    const { 'eu-gdpr-authority': authority, 'eu-gdpr-individuals': individuals, 'eu-gdpr-internal-record': record } = byId(obligations);
    expect(authority).toMatchObject({ required: false, status: 'not-required', deadline: null, citation: 'GDPR Art. 33(1)' });
    expect(authority?.reason).toContain('unlikely to result in a risk to the rights and freedoms of natural persons (assessed severity low)');
    expect(authority?.remindBeforeHours).toBeUndefined();
    expect(individuals).toMatchObject({ required: false, status: 'not-required', citation: 'GDPR Art. 34(1)' });
    expect(individuals?.reason).toContain('not likely to result in a high risk');
    expect(record).toMatchObject({ required: true, status: 'pending' });
  });

  it('strong encryption with the key safe: individuals not required under Art. 34(3)(a), the authority may still be', () => {
    const { obligations } = assess({
      breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed', encryption: 'strong', keyCompromised: false },
    });

    const { 'eu-gdpr-authority': authority, 'eu-gdpr-individuals': individuals } = byId(obligations);
    expect(individuals).toMatchObject({ required: false, status: 'not-required', citation: 'GDPR Art. 34(3)(a)' });
    expect(individuals?.reason).toContain('unintelligible');
    // health 4 × 0.25 + 1 = 2: medium, a risk: the authority must still be told.
    expect(authority).toMatchObject({ required: true, deadline: '2026-03-30T09:00:00.000Z' });
  });

  it('a compromised key gives no safe harbour', () => {
    const { obligations } = assess({ breach: { ...highRiskBreach, encryption: 'strong', keyCompromised: true } });

    expect(byId(obligations)['eu-gdpr-individuals']).toMatchObject({ required: true, citation: 'GDPR Art. 34(1)' });
  });

  it('a processor notifies the controller; the authority and individuals duties are the controller\'s', () => {
    const { obligations } = assess({ organization: { role: 'processor' }, breach: highRiskBreach });

    expect(obligations.map((o) => o.id)).toEqual(['eu-gdpr-authority', 'eu-gdpr-individuals', 'eu-gdpr-controller', 'eu-gdpr-internal-record']);
    const { 'eu-gdpr-authority': authority, 'eu-gdpr-individuals': individuals, 'eu-gdpr-controller': controller } = byId(obligations);
    expect(authority).toMatchObject({ required: false, status: 'not-required', citation: 'GDPR Art. 33(1), 33(2)' });
    expect(authority?.reason).toContain('processor');
    expect(individuals).toMatchObject({ required: false, status: 'not-required' });
    expect(controller).toMatchObject({
      recipient: 'controller',
      required: true,
      status: 'pending',
      citation: 'GDPR Art. 33(2)',
      deadline: null,
      startsFrom: 'awareness (discoveredAt)',
    });
    expect(controller?.note).toContain('Internal target 24 hours');
  });

  it('routes the authority notice by the main establishment, and honours a deployment override', () => {
    const channelFor = (country: string, sectors?: ['telecom']) =>
      byId(assess({ organization: { country, sectors }, breach: highRiskBreach }).obligations)['eu-gdpr-authority']!.channel;

    expect(channelFor('FR')).toEqual({ kind: 'portal', address: 'https://notifications.cnil.fr/notifications/violation', name: expect.stringContaining('CNIL'), website: 'https://www.cnil.fr' });
    expect(channelFor('IE')).toMatchObject({ kind: 'portal', name: 'Data Protection Commission (DPC)' });
    expect(channelFor('DE')).toMatchObject({ kind: 'none', name: expect.stringContaining('German Land') });
    expect(channelFor('DE', ['telecom'])).toMatchObject({ name: expect.stringContaining('BfDI') });
    expect(channelFor('PT')).toMatchObject({ kind: 'portal', name: expect.stringContaining('CNPD'), website: 'https://www.cnpd.pt' });
    expect(channelFor('LI')).toMatchObject({ name: expect.stringContaining('Datenschutzstelle') });

    const overridden = assess({ organization: { country: 'FR' }, breach: highRiskBreach }, [['health', 1]], { 'eu-gdpr': 'breach-inbox@example.org' });
    expect(byId(overridden.obligations)['eu-gdpr-authority']!.channel).toEqual({ kind: 'email', address: 'breach-inbox@example.org', name: expect.stringContaining('CNIL') });
  });

  it('is deterministic: the same input gives the same obligations', () => {
    const first = assess({ breach: highRiskBreach });
    const second = assess({ breach: highRiskBreach });
    expect(second).toEqual(first);
  });
});

describe('places no runbook covers', () => {
  it('lists the affected jurisdictions that no runbook names, so legal knows whose laws were not assessed', () => {
    const { assessment } = assess({ organization: { country: 'US' }, affected: { subjectCount: 50, jurisdictions: ['US', 'US-CA', 'US-IL', 'MX', 'DE'] } });
    const covered = assess({ organization: { country: 'US' }, affected: { subjectCount: 50, jurisdictions: ['US', 'US-CA', 'DE'] } });

    expect(assessment.uncoveredJurisdictions).toEqual(['MX', 'US-IL']);
    expect(covered.assessment.uncoveredJurisdictions).toBeUndefined();
  });
});
