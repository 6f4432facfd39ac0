// A French DSN's employees and their dependants (QA round 104: a monthly DSN was read as a headerless two-column table, a
// "person" per email line, the payroll office's among them; names, NIRs, pay, sick leave and 52 children lost).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';

// Fictitious people; the NIRs' keys are valid (97 - the number mod 97).
const DSN = [
  "S10.G00.00.001,'Paie Exemple'",
  "S10.G00.00.006,'P26V01'",
  "S10.G00.01.001,'532108774'",
  "S10.G00.01.003,'ATELIERS EXEMPLE'",
  "S10.G00.02.002,'SERVICE PAIE MME CLAIRE MARTIN'",
  "S10.G00.02.004,'paie@ateliers.example'",
  "S20.G00.05.001,'01'",
  "S21.G00.06.001,'532108774'",
  "S21.G00.20.004,'FR7630004287118386966707557'",
  "S21.G00.30.001,'185077512345608'",
  "S21.G00.30.002,'HENRY'",
  "S21.G00.30.004,'GUILLAUME'",
  "S21.G00.30.006,'25071985'",
  "S21.G00.30.008,'73 CHEMIN DES VIGNES'",
  "S21.G00.30.009,'69100'",
  "S21.G00.30.010,'VILLEURBANNE'",
  "S21.G00.30.018,'guillaume.henry@orange.example'",
  "S21.G00.30.019,'00349'",
  "S21.G00.40.001,'19042012'",
  "S21.G00.50.002,'2617.17'",
  "S21.G00.50.004,'2492.54'",
  "S21.G00.60.001,'01'",
  "S21.G00.60.002,'19092026'",
  "S21.G00.70.004,'MUT01'",
  "S21.G00.73.003,'02'",
  "S21.G00.73.005,'26012016'",
  "S21.G00.73.006,'HENRY'",
  "S21.G00.73.007,'216017511223313'",
  "S21.G00.73.008,'185077512345608'",
  "S21.G00.73.009,'LEA'",
  "S21.G00.73.003,'01'",
  "S21.G00.73.005,'17021987'",
  "S21.G00.73.006,'HENRY'",
  "S21.G00.73.009,'SOPHIE'",
  "S21.G00.30.001,'287026905432113'",
  "S21.G00.30.002,'GIRARD'",
  "S21.G00.30.004,'AURELIE'",
  "S21.G00.30.006,'09021987'",
  "S21.G00.30.008,'12 CALLE MAYOR'",
  "S21.G00.30.009,'28013'",
  "S21.G00.30.010,'MADRID'",
  "S21.G00.30.011,'ES'",
  "S21.G00.50.004,'2032.45'",
  "S21.G00.60.001,'02'",
  "S90.G00.90.001,'35'",
];

describe('a DSN', () => {
  it('is classified as its employees and their dependants: NIRs, pay, sick leave, children; not the payroll office (both thread counts)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dsn-')), 'dsn_mensuelle_202610.txt');
    writeFileSync(file, `${DSN.join('\r\n')}\r\n`);
    for (const workers of [1, 2]) {
      const { classification } = await classifyFile(file, { workers, parallelFromBytes: 0, asOf: new Date('2026-11-25T00:00:00Z') });
      expect(classification.subjectCount).toBe(4);
      expect(Object.fromEntries(classification.categories.map((c) => [c.category, c.subjects]))).toEqual({
        // The payroll office's email is no one's; a maternity leave is not read as health.
        contact: 2, identity: 4, 'government-id': 3, financial: 2, health: 1 });
      expect(classification.children).toMatchObject({ under13: 1, under16: 1 });
      expect(Object.fromEntries((classification.jurisdictionCounts ?? []).map((j) => [j.jurisdiction, j.subjects]))).toEqual({ FR: 3, ES: 1 });
    }
  });
});
