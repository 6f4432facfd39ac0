// Shared helpers for the regime tests: assess a report against the real runbooks and look up
// obligations by id. Every result is checked against the contract, as Step Functions would not.
import { expect } from 'vitest';
import { assessIncident, type AssessInput } from '../../../lambdas/assess/core.js';
import { Assessment, Obligation } from '../../../lambdas/shared/contract.js';
import { classification, runbooks, severityModel, storedReport } from '../assess/fixtures.js';

export type ReportCase = Parameters<typeof storedReport>[0];
export type Categories = Parameters<typeof classification>[0];

export interface Extra {
  startEvents?: AssessInput['startEvents'];
  submissions?: AssessInput['submissions'];
  riskOverride?: AssessInput['riskOverride'];
  jurisdictionCounts?: Record<string, number>;
}

export function assess(report: ReportCase, categories: Categories = [['contact', 1]], extra: Extra = {}) {
  const cls = classification(categories);
  if (extra.jurisdictionCounts) {
    cls.jurisdictionCounts = Object.entries(extra.jurisdictionCounts).map(([jurisdiction, subjects]) => ({ jurisdiction, subjects, categories: [] }));
  }
  const result = assessIncident(
    {
      incidentId: 'inc-1',
      report: storedReport(report),
      classification: cls,
      ...(extra.startEvents && { startEvents: extra.startEvents }),
      ...(extra.submissions && { submissions: extra.submissions }),
      ...(extra.riskOverride && { riskOverride: extra.riskOverride }),
    },
    runbooks,
    severityModel,
  );
  Assessment.parse(result.assessment);
  Obligation.array().parse(result.obligations);
  const byId = Object.fromEntries(result.obligations.map((o) => [o.id, o]));
  const of = (id: string): Obligation => {
    const o = byId[id];
    expect(o, `obligation ${id} in [${Object.keys(byId).join(', ')}]`).toBeDefined();
    return o!;
  };
  const regimes = [...new Set(result.obligations.map((o) => o.regime))];
  return { ...result, byId, of, regimes };
}

export const HOUR = 3_600_000;
