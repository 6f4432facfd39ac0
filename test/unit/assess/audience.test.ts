// Who an individuals notice is for: the notice's regime, re-decided with one person's
// jurisdictions in place of the incident's (lambdas/shared/audience.ts), with the real runbooks.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../lambdas/assess/core.js';
import { audienceContext, coversPerson, noticeAudience, personFacts } from '../../../lambdas/shared/audience.js';
import type { Obligation } from '../../../lambdas/shared/contract.js';
import { classification, runbooks, severityModel, storedReport } from './fixtures.js';

const JURISDICTIONS = ['DE', 'FR', 'US', 'US-CA', 'US-TX'];

/** A multi-country SaaS (established in `country`) whose customers in five places were hit. */
function saas(country: string) {
  const report = storedReport({
    organization: { country },
    breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' },
    affected: { subjectCount: 500, jurisdictions: JURISDICTIONS },
  });
  const cls = classification([['identity', 500], ['contact', 500], ['payment-card', 500]], JURISDICTIONS);
  const { assessment, obligations } = assessIncident({ incidentId: 'inc-1', report, classification: cls }, runbooks, severityModel);
  const context = audienceContext({ report, classification: cls, assessment }, runbooks);
  const individuals = (regime: string) => obligations.find((o) => o.regime === regime && o.recipient === 'individuals')!;
  return { context, individuals };
}

const german = { jurisdictions: ['DE'] };
const californian = { jurisdictions: ['US', 'US-CA'] };
const texan = { jurisdictions: ['US', 'US-TX'] };
const somewhereInTheUs = { jurisdictions: ['US'] };
const unplaced = { jurisdictions: [] };

describe('the people an individuals notice covers', () => {
  const eu = saas('DE');
  const us = saas('US');

  it('Americans the records place in no state bring in every state law, for them and not for the Californians', () => {
    const report = storedReport({
      organization: { country: 'US' },
      breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' },
      affected: { subjectCount: 900, jurisdictions: ['US', 'US-CA'] },
    });
    const cls = { ...classification([['identity', 900], ['government-id', 900]], ['US', 'US-CA']), jurisdictionCounts: [{ jurisdiction: 'US', subjects: 900, categories: [] }, { jurisdiction: 'US-CA', subjects: 600, categories: [] }] };
    const { assessment, obligations } = assessIncident({ incidentId: 'inc-2', report, classification: cls }, runbooks, severityModel);
    const ma = obligations.find((o) => o.regime === 'us-ma' && o.recipient === 'individuals')!;
    expect(ma).toBeDefined();
    const context = audienceContext({ report, classification: cls, assessment }, runbooks);
    expect(coversPerson(ma, somewhereInTheUs, context)).toBe(true);
    expect(coversPerson(ma, californian, context)).toBe(false);
  });

  it('the incident has all three notices, each required, so the scoping below is what decides', () => {
    for (const { individuals } of [eu, us]) {
      for (const regime of ['eu-gdpr', 'us-ca', 'us-tx']) expect(individuals(regime)).toMatchObject({ required: true });
    }
  });

  it('a person in Germany: the GDPR notice, not the Texas one', () => {
    expect(coversPerson(us.individuals('eu-gdpr'), german, us.context)).toBe(true);
    expect(coversPerson(us.individuals('us-tx'), german, us.context)).toBe(false);
    expect(coversPerson(us.individuals('us-ca'), german, us.context)).toBe(false);
  });

  it('a person in California: the California notice, not the Texas one', () => {
    expect(coversPerson(us.individuals('us-ca'), californian, us.context)).toBe(true);
    expect(coversPerson(us.individuals('us-tx'), californian, us.context)).toBe(false);
    expect(coversPerson(us.individuals('us-tx'), texan, us.context)).toBe(true);
  });

  it('the GDPR by establishment (Art. 3(1)) covers a Californian of an EU-established organisation, by Art. 3(2) only people in the EEA', () => {
    expect(coversPerson(eu.individuals('eu-gdpr'), californian, eu.context)).toBe(true);
    expect(coversPerson(us.individuals('eu-gdpr'), californian, us.context)).toBe(false);
    // The state laws go by residence wherever the organisation is.
    expect(coversPerson(eu.individuals('us-tx'), german, eu.context)).toBe(false);
    expect(coversPerson(eu.individuals('us-ca'), californian, eu.context)).toBe(true);
  });

  it('a person placed in the US without a state gets every state notice (the state may be any of them)', () => {
    expect(coversPerson(us.individuals('us-ca'), somewhereInTheUs, us.context)).toBe(true);
    expect(coversPerson(us.individuals('us-tx'), somewhereInTheUs, us.context)).toBe(true);
    expect(coversPerson(us.individuals('eu-gdpr'), somewhereInTheUs, us.context)).toBe(false);
  });

  it('a person the records do not place gets every individuals notice', () => {
    for (const regime of ['eu-gdpr', 'us-ca', 'us-tx']) {
      expect(coversPerson(us.individuals(regime), unplaced, us.context)).toBe(true);
    }
  });

  it('an obligation for one jurisdiction covers only people within it (a country covers its states)', () => {
    const forFrance: Pick<Obligation, 'regime' | 'jurisdiction'> = { regime: 'eu-gdpr', jurisdiction: 'FR' };
    expect(coversPerson(forFrance, { jurisdictions: ['FR'] }, us.context)).toBe(true);
    expect(coversPerson(forFrance, german, us.context)).toBe(false);
    expect(coversPerson(forFrance, unplaced, us.context)).toBe(true);
    // Within it, the regime must still cover the person: GDPR by establishment for the EU company.
    expect(coversPerson(forFrance, { jurisdictions: ['FR'] }, eu.context)).toBe(true);

    expect(coversPerson({ regime: 'us-ca', jurisdiction: 'US' }, californian, us.context)).toBe(true);
    expect(coversPerson({ regime: 'us-ca', jurisdiction: 'US-CA' }, californian, us.context)).toBe(true);
    expect(coversPerson({ regime: 'us-ca', jurisdiction: 'US-CA' }, somewhereInTheUs, us.context)).toBe(true);
    expect(coversPerson({ regime: 'us-ca', jurisdiction: 'US-CA' }, texan, us.context)).toBe(false);
    expect(coversPerson({ regime: 'us-ca', jurisdiction: 'US' }, german, us.context)).toBe(false);
  });

  it('reads jurisdictions as stored in any case, and a state without its country still places the person in the country', () => {
    expect(coversPerson(us.individuals('eu-gdpr'), { jurisdictions: ['de'] }, us.context)).toBe(true);
    expect(coversPerson(us.individuals('us-ca'), { jurisdictions: ['US-CA'] }, us.context)).toBe(true);
    expect(coversPerson(us.individuals('us-tx'), { jurisdictions: ['US-CA'] }, us.context)).toBe(false);
  });

  it('narrows only where the people are: the incident\'s counts and its organisation stay', () => {
    const facts = personFacts(us.context.facts!, californian);
    expect(facts).toMatchObject({
      'affected.jurisdictions': ['US', 'US-CA'], 'affected.countries': ['US'],
      'affected.subjectCount': 500, 'organization.country': 'US',
    });
  });

  it('covers everyone when it cannot decide: no facts yet, or a regime whose runbook is not loaded', () => {
    expect(coversPerson({ regime: 'us-tx' }, german, { runbooks, facts: undefined })).toBe(true);
    expect(coversPerson({ regime: 'us-tx' }, german, { ...us.context, runbooks: [] })).toBe(true);
    expect(audienceContext({}, runbooks).facts).toBeUndefined();
  });

  it('lists the covered people in their order and counts the others', () => {
    const people = [
      { email: 'de@x', jurisdictions: ['DE'] }, { email: 'ca@x', jurisdictions: ['US', 'US-CA'] },
      { email: 'tx@x', jurisdictions: ['US', 'US-TX'] }, { email: 'de2@x', jurisdictions: ['DE'] }, { email: 'nowhere@x', jurisdictions: [] },
    ];
    expect(noticeAudience(us.individuals('eu-gdpr'), people, us.context)).toEqual({ covered: [people[0], people[3], people[4]], outOfScope: 2 });
    expect(noticeAudience(us.individuals('us-tx'), people, us.context)).toEqual({ covered: [people[2], people[4]], outOfScope: 3 });
  });
});
