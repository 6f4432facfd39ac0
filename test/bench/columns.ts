// Where the classifier's time goes, column by column: `node --import tsx test/bench/columns.ts [ROWS]`.
// Generates ROWS rows in memory (default 200,000), then times RecordClassifier.addRow over all
// columns and over each column alone (the others blank). A profiling aid, not part of `npm run bench`.
// `ONLY=phone node --cpu-prof --import tsx test/bench/columns.ts` repeats one column (for a profile).
// Last, the detectors alone, each distinct value of a column once (as a perfect memo would), with a
// sink that only counts: no people, no places. The floor under any redesign of the bookkeeping.
// The rows here are flat strings; the CSV parser's are slices of its chunks, which V8 hashes and
// compares more slowly: confirm a change on a file with test/bench/measure.ts too.
import { RecordClassifier } from '../../lambdas/classify/core.js';
import { describeColumn, detectInto, isBlankValue, type DetectionSink } from '../../lambdas/classify/detectors.js';
import { COLUMNS, customerRow } from './generate.js';

const ROWS = Number(process.argv[2] ?? 200_000);
let seed = 20261120;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const rows = Array.from({ length: ROWS }, (_, n) => customerRow(n, rand));

function time(only: number | undefined): number {
  const classifier = new RecordClassifier({ collectEmails: false, asOf: new Date('2026-11-20T00:00:00Z') });
  classifier.setColumns([...COLUMNS]);
  const begin = performance.now();
  if (only === undefined) for (const row of rows) classifier.addRow(row);
  else {
    const row = new Array<string>(COLUMNS.length).fill('');
    for (const values of rows) {
      row[only] = values[only] ?? '';
      // The subject key stays, so that people are counted as in a real run.
      row[0] = values[0] ?? '';
      classifier.addRow(row);
    }
  }
  classifier.result();
  return performance.now() - begin;
}

const onlyName = process.env.ONLY;
if (onlyName !== undefined) {
  const index = (COLUMNS as readonly string[]).indexOf(onlyName);
  for (let pass = 0; pass < 8; pass++) console.log(`${onlyName}: ${time(index).toFixed(0)} ms`);
  process.exit(0);
}
time(undefined); // warm-up
const all = Math.min(time(undefined), time(undefined), time(undefined));
console.log(`all columns: ${all.toFixed(0)} ms for ${ROWS} rows = ${Math.round(ROWS / (all / 1000))} rows/s`);
const best = (only: number | undefined): number => Math.min(time(only), time(only), time(only));
const keyOnly = best(0);
console.log(`${'customer_id (key only)'.padEnd(24)} ${keyOnly.toFixed(0).padStart(6)} ms`);
for (let i = 1; i < COLUMNS.length; i++) {
  const ms = best(i);
  console.log(`${(COLUMNS[i] ?? '').padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  (+${(ms - keyOnly).toFixed(0)})`);
}

let found = 0;
const countingSink: DetectionSink = {
  country: undefined, asOf: new Date('2026-11-20T00:00:00Z'),
  validated: () => void found++, probable: () => void found++, phoneCountry: () => undefined, age: () => undefined,
  ambiguousAge: () => undefined, sawDateOrder: () => undefined, birthPart: () => undefined,
};
const profiles = COLUMNS.map((name) => describeColumn(name));
const distinct = COLUMNS.map((_, column) => [...new Set(rows.map((values) => values[column] ?? ''))].filter((value) => value.length > 0));
function detectorsAlone(column: number): number {
  const profile = profiles[column] ?? profiles[0]!;
  const begin = performance.now();
  for (const value of distinct[column] ?? []) if (!isBlankValue(value)) detectInto(value, profile, countingSink);
  return performance.now() - begin;
}
console.log();
console.log('detectors alone, each distinct value once (no people, no places):');
let sum = 0;
for (let i = 0; i < COLUMNS.length; i++) {
  detectorsAlone(i);
  const ms = Math.min(detectorsAlone(i), detectorsAlone(i), detectorsAlone(i));
  sum += ms;
  console.log(`${(COLUMNS[i] ?? '').padEnd(24)} ${ms.toFixed(0).padStart(6)} ms`);
}
console.log(`${'all columns'.padEnd(24)} ${sum.toFixed(0).padStart(6)} ms = ${(sum * 1000 / ROWS).toFixed(2)} µs a row (${found} findings)`);
