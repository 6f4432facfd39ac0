// Who an individuals notice is for. Each regime's notice to affected people cites that regime's
// law, so it goes only to the people that law covers: a German customer gets the GDPR notice, not
// the Texas one. The runbooks already say when a regime applies (applicability.rules, over the
// incident's facts); a person is covered when the same rules hold with the incident's facts
// narrowed to that person's jurisdictions (where the records place them).
//
//   - Rules that apply by the organisation (GDPR Art. 3(1), an Australian APP entity, HIPAA for a
//     US covered entity) hold for everyone, wherever they live.
//   - Rules that apply by residence (US state laws, GDPR Art. 3(2)) hold for the people placed
//     there; someone placed in the US without a state meets each state's "state not reported"
//     rule, as the incident does (conservative: the state may be any of them).
//   - An obligation for one jurisdiction (`jurisdiction`, e.g. fanned out per country) also needs
//     the person within it: a country covers its states, and a person placed in a country
//     without a state may be in any of its states.
//   - A person the records do not place (no jurisdictions, including addresses stored before
//     jurisdictions were kept) gets every individuals notice, as before: their residence is
//     unknown, and a missed notice that the law requires is worse than one too many.
//
// Thresholds stay the incident's: the counts (affected.subjectCount, residentCounts) are not
// narrowed, since "more than 500 residents of a state" is about the breach, not about one person.
// Whether the obligation is required at all is decided by the assessment, not here.
import type { Obligation } from './contract.js';
import { evaluateCondition, incidentFacts, residentCount, type IncidentFacts, type Runbook } from './runbooks.js';
import type { IncidentRecord } from './store.js';

/** An affected person as the notices see them: where their records place them ("DE", "US", "US-CA"). */
export interface PlacedPerson {
  readonly jurisdictions: readonly string[];
}

/** What deciding coverage needs: the runbooks, and the incident's facts (absent before assessment). */
export interface AudienceContext {
  readonly runbooks: readonly Runbook[];
  readonly facts: IncidentFacts | undefined;
}

/** The context for one stored incident: its facts as the assessment saw them. */
export function audienceContext(
  incident: Pick<IncidentRecord, 'report' | 'classification' | 'assessment'>,
  runbooks: readonly Runbook[],
): AudienceContext {
  const { report, classification, assessment } = incident;
  const facts = report && classification
    ? incidentFacts(report, classification, { severity: assessment?.severity.level, risk: assessment?.riskToIndividuals })
    : undefined;
  return { runbooks, facts };
}

/** The person's jurisdictions, upper-cased, with the country of every state (US-CA comes with US). */
function placesOf(person: PlacedPerson): string[] {
  const codes = person.jurisdictions.map((j) => j.trim().toUpperCase()).filter((j) => j.length >= 2);
  return [...new Set([...codes, ...codes.map((j) => j.slice(0, 2))])].sort();
}

/** The incident's facts with the affected people narrowed to one person's jurisdictions. */
export function personFacts(facts: IncidentFacts, person: PlacedPerson): IncidentFacts {
  const jurisdictions = placesOf(person);
  return {
    ...facts,
    'affected.jurisdictions': jurisdictions,
    'affected.countries': [...new Set(jurisdictions.map((j) => j.slice(0, 2)))],
    // A person is placed in a state or not: the incident's unplaced Americans are not this Californian.
    'affected.unplaced': [],
  };
}

/** Does a person placed in `places` (possibly) lie within `jurisdiction`? A country covers its
 *  states; a person placed in a country but in none of its states may be in any of them. */
function liesWithin(places: readonly string[], jurisdiction: string): boolean {
  const target = jurisdiction.toUpperCase();
  if (places.includes(target)) return true;
  if (target.length === 2) return places.some((p) => p.startsWith(`${target}-`));
  const country = target.slice(0, 2);
  return places.includes(country) && !places.some((p) => p.startsWith(`${country}-`));
}

/**
 * Is this person covered by the regime of an individuals obligation (see the top of this file)?
 * Unplaced people are; so is everyone when coverage cannot be decided (no facts yet, or the
 * regime's runbook is not loaded): the notice then goes out as it did before scoping.
 */
export function coversPerson(
  obligation: Pick<Obligation, 'regime' | 'jurisdiction'>,
  person: PlacedPerson,
  context: AudienceContext,
): boolean {
  const places = placesOf(person);
  if (places.length === 0) return true;
  if (obligation.jurisdiction && !liesWithin(places, obligation.jurisdiction)) return false;
  const runbook = context.runbooks.find((r) => r.regime === obligation.regime);
  if (!runbook || !context.facts) return true;
  const facts = personFacts(context.facts, person);
  return runbook.applicability.rules.some((rule) => evaluateCondition(rule.when, facts, runbook.sets));
}

/**
 * The people an individuals notice goes to, in their order, and how many it leaves out. People
 * placed alike are decided once (a large incident has many people and few places).
 */
export function noticeAudience<T extends PlacedPerson>(
  obligation: Pick<Obligation, 'regime' | 'jurisdiction'>,
  people: readonly T[],
  context: AudienceContext,
): { covered: T[]; outOfScope: number } {
  const decided = new Map<string, boolean>();
  const covered = people.filter((person) => {
    const key = placesOf(person).join(',');
    let yes = decided.get(key);
    if (yes === undefined) decided.set(key, (yes = coversPerson(obligation, person, context)));
    return yes;
  });
  return { covered, outOfScope: people.length - covered.length };
}

/**
 * How many of the incident's affected people an individuals notice is for: those placed where its
 * regime covers them (Florida's residents for Florida's notice), counted as the thresholds count them
 * (an upper bound where a place's count is unknown); all of them when no place is known.
 */
export function peopleCovered(obligation: Pick<Obligation, 'regime' | 'jurisdiction'>, context: AudienceContext, total: number): number {
  const places = (context.facts?.['affected.jurisdictions'] ?? []) as readonly string[];
  if (!context.facts || places.length === 0) return total;
  const covered = places.filter((place) => coversPerson(obligation, { jurisdictions: [place] }, context));
  if (covered.length === places.length) return total;
  // A country covered beside its own states (US beside US-FL, for Florida's notice) stands for its people placed in no state.
  const members = covered.filter((place) => !(place.length === 2 && covered.some((other) => other.startsWith(`${place}-`))));
  return members.length === 0 ? 0 : residentCount({ residents: { in: members }, per: 'total' }, context.facts);
}
