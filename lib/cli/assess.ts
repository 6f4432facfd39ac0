// `breachclock assess report.json`: a dry run of the assessment for legal, without a server.
// It classifies the report's inline sample (and a local recordsSource file), scores the ENISA
// severity, applies every runbook and prints the severity with its factors and a table of the
// obligations with their deadlines; `--json` prints the incident as GET /incidents/{id} would.
// Nothing is stored and nothing is sent.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assessIncident } from '../../lambdas/assess/core.js';
import { classifyRecords, mergeClassifications } from '../../lambdas/classify/core.js';
import { checkRecordsSource, readTable } from '../../lambdas/classify/sources.js';
import { classifyExport, nothingRecognised, withReportedFigures } from '../../lambdas/classify/task.js';
import { draftNotices } from '../../lambdas/draft-notices/core.js';
import { checkReport, readReport } from '../../lambdas/file-incident/core.js';
import { CLOCK_SKEW_MS } from '../../lambdas/shared/clock.js';
import { ValidationError } from '../../lambdas/shared/errors.js';
import { incidentView } from '../../lambdas/get-incident/core.js';
import {
  IncidentReport,
  needsLegalReview,
  RiskToIndividuals,
  START_EVENTS,
  unassessedPlaces,
  type Classification,
  type Obligation,
  type RiskOverride,
  type StoredReport,
} from '../../lambdas/shared/contract.js';
import { formatInZone } from '../../lambdas/shared/deadlines.js';
import { loadRunbooks, loadSeverityModel, resolveRunbooksDir, type StartEvent } from '../../lambdas/shared/runbooks.js';
import type { IncidentRecord } from '../../lambdas/shared/store.js';
import { oneFileCommand } from './args.js';
import { audienceContext } from '../../lambdas/shared/audience.js';

const USAGE = `Usage: breachclock assess <report.json> [options]

Assess a breach report as BreachClock would (severity, regimes, obligations, deadlines),
without a server. Nothing is stored or sent.

Options:
  --json                    print the incident as GET /incidents/{id} would (JSON)
  --event NAME=TIME         a start event legal recorded, e.g. materiality=2026-07-02T14:00:00Z
                            (repeatable; events: ${START_EVENTS.join(', ')})
  --override-risk LEVEL     legal's risk conclusion instead of the assessed one (unlikely, risk, high)
  --reason TEXT             the reason for --override-risk (required with it)
  --now TIME                the time of the dry run, for late-notice wording (default: now)
  --runbooks DIR            the runbooks directory (default: RUNBOOKS_DIR or ./runbooks)
  -h, --help                this help

Exit status: 0 assessed, 1 the report is invalid, 2 bad usage.`;

export async function run(args: string[]): Promise<number> {
  const command = oneFileCommand(args, {
    json: { type: 'boolean', default: false },
    event: { type: 'string', multiple: true, default: [] },
    'override-risk': { type: 'string' },
    reason: { type: 'string' },
    now: { type: 'string' },
    runbooks: { type: 'string' },
  }, USAGE, 'report file');
  if (typeof command === 'number') return command;
  const { values, file } = command;

  const usage = usageProblems(values);
  if (usage.problems.length > 0) {
    console.error(`${usage.problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }

  let input: unknown;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    return 1;
  }
  try {
    input = JSON.parse(text);
  } catch (error) {
    // Where, not what: the parser's message quotes the text around the error, which may be a person's data.
    const line = jsonErrorLine((error as Error).message, text);
    console.error(`Cannot read ${file} as JSON${line ? ` (the error is on line ${line})` : ''}.`);
    return 1;
  }
  const now = values.now ? new Date(values.now) : new Date();
  let given: IncidentReport;
  try {
    // What POST /incidents refuses, the schema and beyond it, all named at once.
    given = await readReport(input, now);
    await checkReport(given, now);
    // A local records source is read from the working directory, as the embedded API reads it, and one that is not there
    // is refused as the API refuses it: a dry run without the records would say the notices are not required.
    const source = given.affected.recordsSource;
    if (source !== undefined && !source.startsWith('s3://')) await checkRecordsSource(source, undefined);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.error(`${file} is not a valid breach report:`);
    for (const issue of error.issues) console.error(`  ${issue.field}: ${issue.message}`);
    return 1;
  }
  const { records, ...affected } = given.affected;
  const report: StoredReport = { ...given, affected: records ? { ...affected, inlineRecordCount: records.length } : affected };
  const { classification, notes } = await classify(report, records ?? [], new Date(report.discoveredAt));

  const runbooksDir = values.runbooks ?? resolveRunbooksDir();
  const runbooks = loadRunbooks(runbooksDir);
  const model = loadSeverityModel(runbooksDir);
  const riskOverride = usage.override && { ...usage.override, at: now.toISOString() };
  const { assessment, obligations } = assessIncident(
    { incidentId: 'dry-run', report, classification, startEvents: usage.events, ...(riskOverride && { riskOverride }) },
    runbooks,
    model,
  );
  const notices = draftNotices({
    incidentId: 'dry-run', report, assessment, obligations, runbooks, now, recordCount: classification.recordsScanned || undefined,
    ...(classification.recordsScanned > 0 && { recordsPeople: classification.subjectCount }),
    audience: audienceContext({ report, classification, assessment }, runbooks),
  });

  if (values.json) {
    const incident: IncidentRecord = {
      id: 'dry-run',
      title: report.title,
      status: notices.length > 0 ? 'awaiting-approval' : 'monitoring',
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      origin: 'api',
      report,
      classification,
      assessment,
    };
    console.log(JSON.stringify({ ...incidentView(incident, obligations, notices), dryRun: { notes } }, null, 2));
    return 0;
  }

  printReport(report, assessment, obligations, notes);
  return 0;
}

interface UsageResult {
  problems: string[];
  events: Partial<Record<StartEvent, string>>;
  override?: Omit<RiskOverride, 'at' | 'assessed'>;
}

function usageProblems(values: { event?: string[]; 'override-risk'?: string; reason?: string; now?: string }): UsageResult {
  const problems: string[] = [];
  const events: Partial<Record<StartEvent, string>> = {};
  for (const spec of values.event ?? []) {
    const [name, time] = spec.split(/=(.*)/s) as [string, string | undefined];
    if (!(START_EVENTS as readonly string[]).includes(name)) problems.push(`--event ${spec}: unknown event "${name}"`);
    else if (!time || Number.isNaN(Date.parse(time))) problems.push(`--event ${spec}: give a time, e.g. ${name}=2026-07-02T14:00:00Z`);
    // As the API refuses it (record-start-event): what legal records happened cannot be still to come.
    else if (Date.parse(time) > (values.now === undefined || Number.isNaN(Date.parse(values.now)) ? Date.now() : Date.parse(values.now)) + CLOCK_SKEW_MS) problems.push(`--event ${spec}: is in the future`);
    else events[name as StartEvent] = new Date(time).toISOString();
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) problems.push(`--now ${values.now}: not a time`);
  const level = values['override-risk'];
  if (level === undefined) {
    if (values.reason !== undefined) problems.push('--reason goes with --override-risk');
    return { problems, events };
  }
  const risk = RiskToIndividuals.safeParse(level);
  if (!risk.success) problems.push(`--override-risk ${level}: one of ${RiskToIndividuals.options.join(', ')}`);
  if (!values.reason?.trim()) problems.push('--override-risk needs --reason: an override is recorded with its reason');
  if (!risk.success || !values.reason?.trim()) return { problems, events };
  // The assessment fills in the assessed level itself.
  return { problems, events, override: { riskToIndividuals: risk.data, reason: values.reason.trim(), by: 'legal (dry run)' } };
}

/** Classification as the workflow does it: the inline sample, a local export, the declared categories. */
async function classify(
  report: StoredReport,
  records: Record<string, unknown>[],
  asOf: Date,
): Promise<{ classification: Classification; notes: string[] }> {
  const notes: string[] = [];
  const subjectKey = report.affected.recordsSubjectKey;
  let classification = classifyRecords(records, { asOf, collectEmails: false, ...(subjectKey !== undefined ? { subjectKey } : {}) });
  const source = report.affected.recordsSource;
  if (source && !source.startsWith('s3://')) {
    // From the working directory, as the embedded API reads it (checked to exist in run).
    const path = resolve(source);
    const streamed = await classifyExport(path, report.affected, asOf, readTable);
    const exported = streamed.result();
    classification = mergeClassifications(classification, exported);
    notes.push(`Classified the records at ${path}.`);
    // As the workflow does: nothing recognised in records said to hold people is no reassurance.
    const unread = nothingRecognised(exported, report.affected);
    if (unread) {
      classification = { ...classification, sourceUnreadable: unread };
      notes.push(unread.message);
    }
  } else if (source) {
    notes.push(`recordsSource ${source} is in S3: the dry run does not read it; only the inline sample and the declared categories count.`);
  }
  return { classification: withReportedFigures(classification, report.affected), notes };
}

// ---------------------------------------------------------------------------------------------
// The human-readable report

function printReport(
  report: StoredReport,
  assessment: ReturnType<typeof assessIncident>['assessment'],
  obligations: Obligation[],
  notes: string[],
): void {
  const zone = assessment.timeZone ?? 'UTC';
  const out: string[] = [];
  out.push(`${report.title}`);
  out.push(`${report.organization.name} (${report.organization.country}, ${report.organization.role}); aware ${report.discoveredAt}`);
  out.push('');
  const { severity } = assessment;
  out.push(`Severity: ${severity.level} (SE = DPC ${severity.dpc} × EI ${severity.ei} + CB ${severity.cb} = ${severity.score})`);
  for (const line of severity.rationale) out.push(`  - ${line}`);
  out.push(`Risk to individuals: ${assessment.riskToIndividuals}${assessment.riskOverride ? ` (overridden by legal; assessed ${assessment.riskOverride.assessed})` : ''}`);
  out.push(`People: ${assessment.subjectCount}; categories: ${assessment.categories.map((c) => `${c.category} (${c.subjects})`).join(', ') || 'none'}; jurisdictions: ${assessment.jurisdictions.join(', ') || 'none'}`);
  out.push('');

  const regimes = assessment.regimes ?? [];
  out.push(regimes.length === 0 ? 'No regime applies.' : `Regimes that apply (${regimes.length}):`);
  for (const regime of regimes) {
    out.push(`  ${regime.regime}: ${regime.name}`);
    out.push(`    applies: ${regime.grounds.join('; ')}`);
    if (regime.risk) out.push(`    ${regime.risk.test}: ${regime.risk.outcome} - ${regime.risk.reason} [${regime.risk.citation}; ${regime.risk.confidence}]`);
  }
  if (needsLegalReview(assessment)) out.push(`Not assessed: ${unassessedPlaces(assessment)}. Check their breach laws with counsel.`);
  out.push('');

  const sorted = [...obligations].sort((a, b) => (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity) || a.id.localeCompare(b.id));
  out.push(`Obligations (deadlines in UTC and in ${zone}):`);
  out.push(table(
    ['obligation', 'recipient', 'stage', 'required', 'deadline (UTC)', `deadline (${zone})`, 'starts from'],
    sorted.map((o) => [
      o.id,
      o.recipient,
      o.stage ?? '',
      o.required ? 'yes' : 'no',
      o.deadline ? o.deadline.replace(':00.000Z', 'Z') : o.required && !o.startsFrom.includes('no deadline') ? 'no fixed deadline' : '-',
      o.deadline ? formatInZone(new Date(o.deadline), zone) : '',
      o.startsFrom.length > 60 ? `${o.startsFrom.slice(0, 57)}...` : o.startsFrom,
    ]),
  ));
  out.push('');
  out.push('Why:');
  for (const o of sorted) out.push(`  ${o.id}: ${o.required ? 'REQUIRED' : 'not required'} - ${o.reason} [${o.citation}; ${o.confidence ?? 'see note'}]`);
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) out.push(`Note: ${note}`);
  }
  out.push('');
  out.push('A dry run: nothing was stored or sent. Deadlines of start events not recorded (--event) run conservatively from discoveredAt.');
  console.log(out.join('\n'));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The line of a JSON syntax error, from the parser's message: its position, or the text it quotes found in the file. */
function jsonErrorLine(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  const quoted = /, (?:\.\.\.)?"(.+)"(?:\.\.\.)? is not valid JSON/s.exec(message)?.[1];
  const at = position !== undefined ? Number(position) : quoted ? text.indexOf(quoted) : -1;
  return at < 0 ? undefined : text.slice(0, at).split('\n').length + (quoted && position === undefined ? (quoted.match(/\n/g)?.length ?? 0) : 0);
}
