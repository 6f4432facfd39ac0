// `npm run bench [-- --quick] [-- --workers N]`: throughput, memory and accuracy of record
// classification, side by side with established npm PII detectors. Prints tables; speed is
// measured here, never asserted in unit tests.
//
//  1. Throughput and memory: a generated export (12 columns of realistic mixed data) of 100k, 1M
//     and 5M rows (--quick skips 5M) classified in a fresh process each, so that the peak RSS is
//     that run's own.
//  2. The same records through redact-pii and @redactpii/node as their READMEs show, on a sample
//     of the same file (they are slower; the rate is records/s either way): in memory (their best
//     case, the verdict) and read through csv-parse (as a user would run them on the file).
//  3. Accuracy: precision and recall per category on labelled third-party cases (see accuracy.ts).
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  competitorPredictor,
  detectSecretsCells,
  macieComparisons,
  ours,
  precision,
  presidioRecognizerCells,
  presidioSentenceCells,
  recall,
  RELABELLED,
  score,
  type LabelledCell,
  type Predictor,
  type Score,
} from './accuracy.js';
import { redactPii, redactPiiNode, type Competitor } from './competitors.js';
import { COLUMNS, writeCustomerCsv } from './generate.js';
import { ESTIMATE_RELATIVE_STANDARD_ERROR } from '../../lambdas/classify/people.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
    'sample-records': { type: 'string', default: '20000' },
    'keep-files': { type: 'boolean', default: false },
    sizes: { type: 'string' },
  },
});
const QUICK = args.quick ?? false;
const PARALLEL_WORKERS = Number(args.workers);
const SAMPLE = Number(args['sample-records']);
const SIZES = args.sizes ? args.sizes.split(',').map(Number) : QUICK ? [100_000, 1_000_000] : [100_000, 1_000_000, 5_000_000];
const TARGETS = { seconds1M: 10, peakRssMB: 300, speedup: 10, precision: 0.95, recall: 0.95 } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const out = (line = ''): void => void process.stdout.write(`${line}\n`);
const fixed = (value: number, digits = 2): string => value.toFixed(digits);
const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');

function table(headers: string[], rows: Array<Array<string | number>>): void {
  const cells = rows.map((row) => row.map(String));
  const widths = headers.map((header, column) => Math.max(header.length, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  out(line(headers));
  out(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells) out(line(row));
}

// ---------------------------------------------------------------------------------------------
// Machine

function machine(): void {
  const cpus = os.cpus();
  out('## Machine');
  out();
  table(['CPU', 'cores', 'RAM', 'Node', 'load (1 min) at start', 'command'], [[
    cpus[0]?.model.trim() ?? 'unknown',
    String(os.availableParallelism()),
    `${fixed(os.totalmem() / 2 ** 30, 1)} GiB`,
    process.version,
    fixed(os.loadavg()[0] ?? 0),
    `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  ]]);
  out();
}

// ---------------------------------------------------------------------------------------------
// Throughput

interface Measurement {
  records: number;
  seconds: number;
  cpuSeconds: number;
  recordsPerSecond: number;
  peakRssMB: number;
  rssSamplesMB: number[];
  people: number;
  peopleMB: number;
  exact: boolean;
}

function measureOnce(file: string, workers: number): Measurement {
  // A fresh process per run: its peak RSS is this run's alone.
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'measure.ts'), file, '--workers', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measurement;
}

/** The faster of `runs` runs (the npm tools get the better of two passes too); its peak RSS is the larger of theirs. */
function measure(file: string, workers: number, runs: number): Measurement & { slowestSeconds: number } {
  const all = Array.from({ length: runs }, () => measureOnce(file, workers));
  const best = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, peakRssMB: Math.max(...all.map((m) => m.peakRssMB)), slowestSeconds: Math.max(...all.map((m) => m.seconds)) };
}

async function throughput(directory: string): Promise<{ million?: Measurement; millionParallel?: Measurement; file1M?: string }> {
  out('## Throughput and memory');
  out();
  out(`Generated CSV exports of ${COLUMNS.length} columns (${COLUMNS.join(', ')}): people in 6 EU countries and 10 US states, ` +
    'about 8% of rows repeating a customer, 35% with a card number, 6% of notes quoting an email or IBAN, ages 2-86. ' +
    'Each size is classified in a fresh process (`test/bench/measure.ts`); peak RSS is that process\'s `maxRSS`. The 1M-row file ' +
    'is classified twice per thread count and the faster run shown (the slower in brackets; this machine\'s speed varies from ' +
    'minute to minute), with the larger peak RSS of the two.');
  out();
  const rows: Array<Array<string | number>> = [];
  const results: { million?: Measurement; millionParallel?: Measurement; file1M?: string } = {};
  for (const size of SIZES) {
    const file = path.join(directory, `customers-${size}.csv`);
    const generated = performance.now();
    const bytes = await writeCustomerCsv(file, size);
    const generationSeconds = (performance.now() - generated) / 1000;
    const repeats = size === 1_000_000 ? 2 : 1;
    const runs: Array<[number, Measurement & { slowestSeconds: number }]> = [[1, measure(file, 1, repeats)]];
    if (PARALLEL_WORKERS > 1 && size === 1_000_000) runs.push([PARALLEL_WORKERS, measure(file, PARALLEL_WORKERS, repeats)]);
    for (const [workers, result] of runs) {
      rows.push([
        thousands(size), `${fixed(bytes / 2 ** 20, 0)} MiB`, workers === 1 ? '1 (main thread)' : `${workers} (main + ${workers - 1} worker)`,
        repeats > 1 ? `${fixed(result.seconds)} (${fixed(result.slowestSeconds)})` : fixed(result.seconds), fixed(result.cpuSeconds), thousands(result.recordsPerSecond), fixed(result.peakRssMB, 0),
        `${thousands(result.people)}${result.exact ? '' : ' (estimated)'}`, fixed(result.peopleMB, 1), fixed(generationSeconds, 1),
      ]);
      if (size === 1_000_000 && workers === 1) results.million = result;
      if (size === 1_000_000 && workers > 1) results.millionParallel = result;
    }
    if (size === 1_000_000) results.file1M = file;
    else if (!args['keep-files']) rmSync(file, { force: true });
  }
  table(['rows', 'file', 'threads', 'wall s', 'CPU s', 'rows/s', 'peak RSS MB', 'people', 'people set MB', 'generation s'], rows);
  out();
  out('Memory grows only with the distinct-people set: 16 bytes a slot, at most 75% full, exact up to 3,000,000 people ' +
    `(64 MB); past that it is folded into HyperLogLog sketches (${(ESTIMATE_RELATIVE_STANDARD_ERROR * 100).toFixed(2)}% standard error) and stops growing. ` +
    'Everything else (parser buffers, per-column state, memos) is bounded by the export\'s shape, not its length.');
  out();
  return results;
}

// ---------------------------------------------------------------------------------------------
// Competitors on the same records

/** The first `limit` records of a CSV file, read the way a user of an npm library would: csv-parse's stream. */
async function* csvRecords(file: string, limit: number): AsyncGenerator<Record<string, string>> {
  const parser = createReadStream(file).pipe(parse({ columns: true, to: limit }));
  for await (const record of parser as AsyncIterable<Record<string, string>>) yield record;
}

async function competitorThroughput(file: string, million: Measurement | undefined, parallel: Measurement | undefined): Promise<Map<string, number>> {
  out('## Side by side: the same records through npm PII detectors');
  out();
  const rows: Array<Array<string | number>> = [];
  const rates = new Map<string, number>();

  // One warm-up pass (JIT), then the better of two timed passes.
  const rateOf = async (pass: () => Promise<void> | void): Promise<number> => {
    await pass();
    let best = Infinity;
    for (let attempt = 0; attempt < 2; attempt++) {
      const begin = performance.now();
      await pass();
      best = Math.min(best, performance.now() - begin);
    }
    return SAMPLE / (best / 1000);
  };
  // The first SAMPLE records of the same file, parsed once by csv-parse, held in memory.
  const records: Array<Record<string, string>> = [];
  for await (const record of csvRecords(file, SAMPLE)) records.push(record);
  const parseOnly = await rateOf(async () => {
    for await (const record of csvRecords(file, SAMPLE)) void record;
  });

  if (million) rows.push(['BreachClock, one thread', '`npx breachclock classify FILE --workers 1`: reads and parses the whole 1M-row file', thousands(million.recordsPerSecond), '', '', '']);
  if (parallel) rows.push([`BreachClock, ${PARALLEL_WORKERS} threads`, `\`npx breachclock classify FILE\` (its default on ${os.availableParallelism()} cores): the same`, thousands(parallel.recordsPerSecond), '', '', '']);
  const perCore = million?.recordsPerSecond ?? 0;
  const asRun = parallel?.recordsPerSecond ?? perCore;
  for (const competitor of [redactPii(), redactPiiNode()] satisfies Competitor[]) {
    // Its best case: records already parsed, in memory (the file's reading and parsing not counted).
    const inMemory = await rateOf(() => {
      for (const record of records) competitor.processRecord(record);
    });
    // As its user would run it on the file: csv-parse's stream feeding it.
    const fromFile = await rateOf(async () => {
      for await (const record of csvRecords(file, SAMPLE)) competitor.processRecord(record);
    });
    rates.set(competitor.name, inMemory);
    rows.push([competitor.name, `${competitor.usage}, on the first ${thousands(SAMPLE)} records already in memory (its best case)`,
      thousands(inMemory), `${fixed(asRun / inMemory, 1)}x`, `${fixed(perCore / inMemory, 1)}x`, '']);
    rows.push([competitor.name, `the same, reading the file through csv-parse (${thousands(parseOnly)} records/s alone)`,
      thousands(fromFile), `${fixed(asRun / fromFile, 1)}x`, `${fixed(perCore / fromFile, 1)}x`, 'not the verdict']);
  }
  out(`The npm tools take the first ${thousands(SAMPLE)} records of the same file (they are slower), warmed up once, then the better ` +
    'of two passes; the libraries have no parallel mode. BreachClock\'s rates include reading and parsing the whole file in a fresh ' +
    'process. The verdict below compares with the tools\' best case (records in memory); reading the file through csv-parse as well ' +
    'lowers their rate by a fifth to a third, the CSV parser\'s cost, not the detector\'s.');
  out();
  table(['detector', 'used as', 'records/s', 'BreachClock is (as run)', 'BreachClock is (one thread)', ''], rows);
  out();
  return rates;
}

// ---------------------------------------------------------------------------------------------
// Accuracy

function accuracyTables(): Map<string, Map<string, Score>> {
  out('## Accuracy on labelled third-party cases');
  out();
  const { cells: recognizer, unsupported } = presidioRecognizerCells();
  const cells: LabelledCell[] = [...recognizer, ...presidioSentenceCells(), ...detectSecretsCells()];
  if (cells.length === 0) {
    out('Skipped: ../shared/fixtures/pii is not present next to this repository.');
    return new Map();
  }
  out('Every labelled case is one cell. Presidio recognizer cases sit in a column named for their entity (as an export names it); ' +
    'detect-secrets lines in an unnamed column; presidio-research sentences in a free-text `notes` column, scored per entity ' +
    '(BreachClock by detector name, the npm tools by their replacement label). Precision = TP/(TP+FP), recall = TP/(TP+FN).');
  out();
  const predictors: Predictor[] = [ours(true), ours(false), competitorPredictor(redactPii()), competitorPredictor(redactPiiNode())];
  const results = new Map(predictors.map((predictor) => [predictor.name, score(cells, predictor)]));
  const categoryTotals = new Map<string, Map<string, Score>>();

  const keys = [...(results.get(predictors[0]?.name ?? '')?.byCategory.keys() ?? [])].sort();
  const rows = keys.map((key) => {
    const [suite = '', category = ''] = key.split('\u0000');
    const cellsFor = (name: string): string => {
      const s = results.get(name)?.byCategory.get(key);
      if (!s) return 'not covered';
      const totals = categoryTotals.get(name) ?? new Map<string, Score>();
      categoryTotals.set(name, totals);
      const total = totals.get(category) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
      total.tn += s.tn;
      totals.set(category, total);
      return `${fixed(precision(s))} / ${fixed(recall(s))}`;
    };
    const s = results.get(predictors[0]?.name ?? '')?.byCategory.get(key);
    return [suite, category, String((s?.tp ?? 0) + (s?.fn ?? 0)), String((s?.fp ?? 0) + (s?.tn ?? 0)), ...predictors.map((p) => cellsFor(p.name))];
  });
  table(['suite', 'category', 'positives', 'negatives', ...predictors.map((p) => `${p.name} P / R`)], rows);
  out();

  out('Per category, all suites together:');
  out();
  const categories = [...(categoryTotals.get(predictors[0]?.name ?? '')?.keys() ?? [])].sort();
  table(['category', ...predictors.map((p) => `${p.name} P / R`)], categories.map((category) => [
    category,
    ...predictors.map((p) => {
      const s = categoryTotals.get(p.name)?.get(category);
      return s ? `${fixed(precision(s))} / ${fixed(recall(s))}` : 'not covered';
    }),
  ]));
  out();

  out('Where BreachClock (named columns) disagrees with the labels, per entity:');
  out();
  const byEntity = results.get(predictors[0]?.name ?? '')?.byEntity ?? new Map<string, Score>();
  table(['suite', 'entity', 'TP', 'FP', 'FN', 'TN'], [...byEntity]
    .filter(([, s]) => s.fp > 0 || s.fn > 0)
    .map(([key, s]) => [...key.split('\u0000'), s.tp, s.fp, s.fn, s.tn]));
  out();
  out(`Presidio labels changed: ${RELABELLED.map((r) => `${r.entity} positives where ${r.reason}`).join('; ')} (scored as negatives).`);
  out();
  out(`Presidio entities not supported (cases not scored): ${[...unsupported].sort(([a], [b]) => a.localeCompare(b)).map(([entity, count]) => `${entity} (${count})`).join(', ')}.`);
  out();
  return categoryTotals;
}

async function macieTable(): Promise<void> {
  const comparisons = await macieComparisons();
  if (comparisons.length === 0) return;
  out('## Agreement with Amazon Macie\'s findings on its sample files');
  out();
  out('Macie\'s own finding for each file (events/macie_finding_detail_*) against the values BreachClock finds in the columns Macie cites.');
  out();
  table(['file', 'Macie type', 'category', 'columns', 'Macie count', 'BreachClock values', 'detectors'], comparisons.map((c) => [
    c.file, c.type, c.category, c.columns.join(', '), c.macie, c.ours, c.oursDetectors.join(', ') || '-',
  ]));
  out();
  out('Differences: the sample SSNs are all 000-11-1111, which the SSA never issues (area 000), so BreachClock does not count them; ' +
    'Macie\'s ADDRESS occurrences point at the SSN and birthdate columns (its own locator), where there is no address: ' +
    'BreachClock finds the addresses in the address, city, state and zip columns of all 30 records; NAME: Macie counts ' +
    'names it recognises, BreachClock every non-empty value of a name column; PHONE: 555-0100 is a 7-digit local number, ' +
    'counted as an unverified phone in a phone column.');
  out();
}

// ---------------------------------------------------------------------------------------------

function verdicts(
  million: Measurement | undefined,
  parallel: Measurement | undefined,
  rates: Map<string, number>,
  totals: Map<string, Map<string, Score>>,
): void {
  out('## Targets');
  out();
  const rows: string[][] = [];
  if (million) {
    rows.push(['1M rows < 10 s (main thread)', `${fixed(million.seconds)} s`, million.seconds < TARGETS.seconds1M ? 'met' : `missed by ${fixed(million.seconds - TARGETS.seconds1M)} s`]);
    rows.push(['peak RSS < 300 MB (main thread, 1M)', `${fixed(million.peakRssMB, 0)} MB`, million.peakRssMB < TARGETS.peakRssMB ? 'met' : `missed by ${fixed(million.peakRssMB - TARGETS.peakRssMB, 0)} MB`]);
  }
  if (parallel) {
    rows.push([`1M rows < 10 s (${PARALLEL_WORKERS} threads)`, `${fixed(parallel.seconds)} s`, parallel.seconds < TARGETS.seconds1M ? 'met' : `missed by ${fixed(parallel.seconds - TARGETS.seconds1M)} s`]);
    rows.push([`peak RSS < 300 MB (${PARALLEL_WORKERS} threads, 1M)`, `${fixed(parallel.peakRssMB, 0)} MB`, parallel.peakRssMB < TARGETS.peakRssMB ? 'met' : `missed by ${fixed(parallel.peakRssMB - TARGETS.peakRssMB, 0)} MB`]);
  }
  const speedups: Array<[string, Measurement | undefined]> = [[`as run by default (${PARALLEL_WORKERS} threads)`, parallel], ['one thread', million]];
  for (const [name, rate] of rates) {
    for (const [how, measurement] of speedups) {
      if (!measurement) continue;
      const ratio = measurement.recordsPerSecond / rate;
      rows.push([`>= 10x faster than ${name}, ${how}`, `${fixed(ratio, 1)}x`, ratio >= TARGETS.speedup ? 'met' : `missed: ${fixed(ratio, 1)}x of 10x`]);
    }
  }
  const own = totals.get(ours(true).name);
  for (const [category, s] of [...(own ?? new Map<string, Score>())].sort(([a], [b]) => a.localeCompare(b))) {
    const ok = precision(s) >= TARGETS.precision && recall(s) >= TARGETS.recall;
    rows.push([`${category}: P and R >= 0.95`, `${fixed(precision(s))} / ${fixed(recall(s))}`, ok ? 'met' : 'missed']);
  }
  table(['target', 'measured', 'verdict'], rows);
  out();
}

const directory = mkdtempSync(path.join(os.tmpdir(), 'breachclock-bench-'));
try {
  out('# BreachClock record classification benchmark');
  out();
  machine();
  const { million, millionParallel, file1M } = await throughput(directory);
  const rates = file1M ? await competitorThroughput(file1M, million, millionParallel) : new Map<string, number>();
  if (file1M) out(`(1M-row file: ${fixed(statSync(file1M).size / 2 ** 20, 0)} MiB)\n`);
  const totals = accuracyTables();
  await macieTable();
  verdicts(million, millionParallel, rates, totals);
  out('Not supported (no detector): names, street addresses and dates of birth in free text (found by column name only); ' +
    'genetic data by value (column names, and a few results and test names in words) and biometric data by value (column names, ' +
    'and fingerprint and face templates by their formats\' first bytes); national ids without a published check rule (NG, PH) and ' +
    'tax, licence and passport numbers other than those listed in README.md (see the Presidio list above); vehicle ' +
    'registrations, VAT and company numbers (not personal data of the record\'s person); crypto wallet addresses by value.');
} finally {
  if (!args['keep-files']) rmSync(directory, { recursive: true, force: true });
}
