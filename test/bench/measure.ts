// One throughput measurement, in its own process so that its peak RSS is its own: classifies a
// file and prints one JSON line. Run by run.ts; by hand:
//   node --import tsx test/bench/measure.ts FILE [--workers N] [--exact-limit N]
import { parseArgs } from 'node:util';
import { classifyFile } from '../../lambdas/classify/parallel.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workers: { type: 'string', default: '1' }, 'exact-limit': { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: measure.ts FILE [--workers N]');

const rssSamples: number[] = [];
const sampler = setInterval(() => rssSamples.push(process.memoryUsage.rss()), 250);
const started = performance.now();
const cpuStart = process.cpuUsage();
const { classification, peopleBytes } = await classifyFile(file, {
  workers: Number(values.workers),
  collectEmails: false,
  asOf: new Date('2026-11-20T00:00:00Z'),
  ...(values['exact-limit'] ? { exactSubjectLimit: Number(values['exact-limit']) } : {}),
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
clearInterval(sampler);

process.stdout.write(`${JSON.stringify({
  records: classification.recordsScanned,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  recordsPerSecond: classification.recordsScanned / seconds,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  rssSamplesMB: rssSamples.map((bytes) => Math.round(bytes / 1048576)),
  people: classification.subjectCount,
  peopleMB: (peopleBytes ?? 0) / 1048576,
  exact: classification.subjectCounting?.exact ?? true,
  categories: classification.categories.map(({ category, subjects }) => [category, subjects]),
  children: classification.children,
})}\n`);
