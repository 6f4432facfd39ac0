// ENISA severity (SE = DPC × EI + CB) computed from runbooks/severity.yaml. The numbers, the
// category mapping and the rules live in the YAML; this module only applies them and writes one
// rationale line per factor, naming the input that decided it and the rule's citation, so that
// legal can check every step without reading code.
import type { Classification, RiskToIndividuals, Severity, StoredReport } from '../shared/contract.js';
import {
  evaluateCondition,
  incidentFacts,
  type Condition,
  type Confidence,
  type IncidentFacts,
  type SeverityLevel,
  type SeverityModel,
} from '../shared/runbooks.js';

interface Provenance {
  citation: string;
  confidence: Confidence;
  basis: 'source' | 'our-policy';
}

interface Factor {
  score: number;
  rationale: string[];
}

export function scoreSeverity(
  report: StoredReport,
  classification: Pick<Classification, 'categories' | 'subjectCount' | 'jurisdictions'>,
  model: SeverityModel,
): Severity {
  const facts = incidentFacts(report, classification);
  const dpc = scoreDpc(facts, model);
  const ei = scoreEi(facts, model);
  const cb = scoreCb(facts, model);
  const score = round(dpc.score * ei.score + cb.score);
  const band = severityBand(score, model);
  return {
    score,
    level: band.level,
    dpc: dpc.score,
    ei: ei.score,
    cb: cb.score,
    rationale: [
      ...dpc.rationale,
      ...ei.rationale,
      ...cb.rationale,
      `SE = DPC × EI + CB = ${dpc.score} × ${ei.score} + ${cb.score} = ${score}: ${band.level} ${cite(band)}`,
    ],
  };
}

const RISK_ORDER: readonly RiskToIndividuals[] = ['unlikely', 'risk', 'high'];

/**
 * The GDPR risk level for a severity level, from the model's (policy) mapping; with the facts,
 * the first matching cap may lower it (e.g. a trusted recipient who deleted the data).
 */
export function riskFromSeverity(
  level: SeverityLevel,
  model: SeverityModel,
  facts?: IncidentFacts,
): { risk: RiskToIndividuals; rationale: string } {
  const mapped = model.riskMapping.levels[level];
  const rationale = `Risk to individuals: ${mapped} (severity ${level}) ${cite(model.riskMapping)}`;
  const cap = facts ? model.riskMapping.caps.find((c) => evaluateCondition(c.when, facts)) : undefined;
  if (!cap || RISK_ORDER.indexOf(cap.atMost) >= RISK_ORDER.indexOf(mapped)) return { risk: mapped, rationale };
  return { risk: cap.atMost, rationale: `${rationale}; at most ${cap.atMost}: ${cap.reason} ${cite(cap)}` };
}

/** Data Processing Context: the highest-scoring category, adjusted by context, within bounds. */
function scoreDpc(facts: IncidentFacts, model: SeverityModel): Factor {
  const { dpc } = model;
  const categories = (facts['data.categories'] ?? []) as readonly string[];
  const rationale: string[] = [];

  let score: number;
  if (categories.length === 0) {
    const fallback = dpc.whenNoCategory;
    score = dpc.dataTypes[fallback.type].base;
    rationale.push(`DPC: no data category detected or declared, scored as ${fallback.type} data (${score}) ${cite(fallback)}`);
  } else {
    const scored = categories.map((category) => {
      const mapping = dpc.categories[category as keyof typeof dpc.categories];
      const base = dpc.dataTypes[mapping.type].base;
      const categoryScore = base + mapping.adjust;
      const adjusted = mapping.adjust === 0 ? '' : ` ${signed(mapping.adjust)} = ${categoryScore}`;
      rationale.push(`DPC: ${category} is ${mapping.type} data, base ${base}${adjusted} ${cite(mapping)}`);
      return { category, score: categoryScore };
    });
    const highest = scored.reduce((a, b) => (b.score > a.score ? b : a));
    score = highest.score;
    if (scored.length > 1) rationale.push(`DPC: highest category score ${score} (${highest.category}) ${cite(dpc.combine)}`);
  }

  for (const adjustment of dpc.adjustments) {
    if (!evaluateCondition(adjustment.when, facts)) continue;
    const before = score;
    score = adjustment.add !== undefined ? score + adjustment.add : Math.max(score, adjustment.atLeast!);
    const effect = adjustment.add !== undefined ? signed(adjustment.add) : `at least ${adjustment.atLeast}`;
    const result = score === before ? `no change (${score})` : `${before} to ${score}`;
    rationale.push(`DPC ${effect}: ${adjustment.reason}; ${result} ${cite(adjustment)}`);
  }

  const bounded = Math.min(dpc.bounds.max, Math.max(dpc.bounds.min, score));
  if (bounded !== score) rationale.push(`DPC: ${score} kept within ${dpc.bounds.min} to ${dpc.bounds.max}, so ${bounded} ${cite(dpc.bounds)}`);
  return { score: bounded, rationale };
}

/** Ease of Identification: the level of the first rule that matches. */
function scoreEi(facts: IncidentFacts, model: SeverityModel): Factor {
  const rule = firstMatch(model.ei.rules, facts, 'ei.rules');
  const level = model.ei.levels[rule.level];
  return { score: level.score, rationale: [`EI = ${level.score} (${rule.level}): ${rule.reason} ${cite(rule)}`] };
}

/** Circumstances of the Breach: the sum over the elements, each decided by its first matching rule. */
function scoreCb(facts: IncidentFacts, model: SeverityModel): Factor {
  const rationale: string[] = [];
  let total = 0;
  for (const element of model.cb.elements) {
    const rule = firstMatch(element.rules, facts, `cb.${element.id}`);
    total += rule.score;
    rationale.push(`CB ${element.id} ${signed(rule.score)}: ${rule.reason} ${cite(rule)}`);
  }
  return { score: round(total), rationale };
}

function severityBand(score: number, model: SeverityModel): SeverityModel['levels'][number] {
  // The last band has no bound (validated at load), so find always succeeds.
  return model.levels.find((band) => band.below === undefined || score < band.below)!;
}

function firstMatch<R extends { when?: Condition }>(rules: readonly R[], facts: IncidentFacts, where: string): R {
  const rule = rules.find((r) => r.when === undefined || evaluateCondition(r.when, facts));
  if (!rule) throw new Error(`No rule matched in ${where}: the list needs a default as its last entry`);
  return rule;
}

function cite(source: Provenance): string {
  const policy = source.basis === 'our-policy' ? 'our policy; ' : '';
  return `[${policy}${source.citation}; confidence ${source.confidence}]`;
}

function signed(n: number): string {
  return n < 0 ? `${n}` : `+${n}`;
}

/** Scores are quarters and small integers; rounding only removes floating-point noise. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
