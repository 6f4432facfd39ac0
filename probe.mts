import { describeColumn } from './lambdas/classify/detectors.ts';
for (const n of ['criminal charge','criminal sentence','criminal disposition','criminal charge_level','criminal plea','criminal verdict'])
  { const p = describeColumn(n); console.log(n.padEnd(28), String(p.hint)); }
