// `breachclock verify-timeline FILE`: checks an exported audit timeline (JSON or CSV, as GET
// /incidents/{id}/timeline gives it) without a server: every event's hash, every link, the
// sequence. A chain alone cannot show its last events cut off, so the file's last hash is compared
// with a head given separately (--head, from the breach record or the live API) or, failing that,
// with the head the JSON export states, and the command says which it did.
import { readFileSync } from 'node:fs';
import { CsvParser } from '../../lambdas/classify/csv.js';
import { TIMELINE_CSV_COLUMNS } from '../../lambdas/get-timeline/core.js';
import { verifyTimeline, type TimelineEvent } from '../../lambdas/shared/timeline.js';
import { oneFileCommand } from './args.js';

const USAGE = `Usage: breachclock verify-timeline <timeline.json|timeline.csv> [options]

Verify an exported audit timeline: each event's hash, the link to the event before it, and the
sequence. Without a head to compare with, cutting off the last events cannot be seen: give the
head from the breach record (GET /incidents/{id}/record, "timeline.head") or the live API.

Options:
  --head HASH        the hash of the last event as the system holds it (SEQ:HASH also accepted)
  -h, --help         this help

Exit status: 0 verified, 1 it does not verify, 2 bad usage or an unreadable file.`;

export async function run(args: string[]): Promise<number> {
  const command = oneFileCommand(args, { head: { type: 'string' } }, USAGE, 'exported timeline');
  if (typeof command === 'number') return command;
  const { values, file } = command;
  const given = values.head === undefined ? undefined : /^(?:(\d+):)?([0-9a-f]{64})$/i.exec(values.head.trim());
  if (values.head !== undefined && !given) {
    console.error(`--head must be the 64 hex digits of the last event's hash (optionally SEQ:HASH).\n\n${USAGE}`);
    return 2;
  }
  let exported: ExportedTimeline;
  try {
    exported = readExport(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file} as an exported timeline: ${(error as Error).message}`);
    return 2;
  }
  const { events } = exported;
  const last = events.at(-1);
  const head = given ? { hash: given[2]!.toLowerCase(), seq: given[1] === undefined ? undefined : Number(given[1]) } : exported.head;
  const verification = verifyTimeline(events);
  if (!verification.verified) {
    const at = verification.brokenAt!;
    console.log(`NOT VERIFIED: event ${at.seq} is ${PROBLEMS[at.problem]}.`);
    return 1;
  }
  if (head && (last?.hash !== head.hash || (head.seq !== undefined && last.seq !== head.seq))) {
    const known = events.find((e) => e.hash === head.hash);
    console.log(known
      ? `NOT VERIFIED: the head is event ${known.seq}, but the file goes on to event ${last?.seq}: events were added after it.`
      : `NOT VERIFIED: no event has the head's hash${head.seq !== undefined ? ` (event ${head.seq})` : ''}: the file ends at event ${last?.seq ?? 0}; later events were cut off, or an event was changed and the chain recomputed.`);
    return 1;
  }
  const against = given ? 'the head given' : head ? 'the head the export states (give --head from the breach record to rule out a rewritten file)' : 'no head (give --head from the breach record to rule out cut-off events)';
  console.log(`Verified: ${events.length} events, hash chain intact, last event ${last?.seq ?? 0} ${last?.hash ?? ''}; compared with ${against}.`);
  return 0;
}

const PROBLEMS: Record<string, string> = {
  altered: 'altered (its hash does not match its content)',
  'missing-before': 'out of sequence (an event before it is missing, or events were reordered)',
  'chain-broken': 'not linked to the event before it (an event was removed, inserted or reordered)',
  truncated: 'missing (the timeline was cut off)',
};

interface ExportedTimeline {
  events: TimelineEvent[];
  head?: { seq?: number; hash: string };
}

/** The events of a JSON export ({ incidentId, head, events }) or of a CSV export (see timelineCsv). */
export function readExport(text: string): ExportedTimeline {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) {
    const json = JSON.parse(body) as { events?: TimelineEvent[]; head?: { seq?: number; hash?: string } };
    if (!Array.isArray(json.events)) throw new Error('a JSON export has an "events" list');
    return { events: json.events, ...(typeof json.head?.hash === 'string' && { head: { seq: json.head.seq, hash: json.head.hash } }) };
  }
  const rows: string[][] = [];
  const parser = new CsvParser(',', 'the timeline export');
  parser.push(body, (row) => void rows.push(row));
  parser.end((row) => void rows.push(row));
  if (rows.shift()?.join(',') !== TIMELINE_CSV_COLUMNS.join(',')) throw new Error(`a CSV export starts with the header ${TIMELINE_CSV_COLUMNS.join(',')}`);
  return {
    events: rows.filter((row) => row.length === TIMELINE_CSV_COLUMNS.length).map((row) => {
      const [seq, at, type, actorId, kind, role, details, prevHash, hash, incidentId] = row.map(unneutralised);
      return {
        incidentId: incidentId!,
        seq: Number(seq),
        at: at!,
        type: type!,
        actor: { kind: kind as TimelineEvent['actor']['kind'], id: actorId!, ...(role ? { role } : {}) },
        details: JSON.parse(details!) as Record<string, unknown>,
        prevHash: prevHash!,
        hash: hash!,
      };
    }),
  };
}

/** A cell as written before timelineCsv kept a spreadsheet from reading it as a formula ("'=..."). */
const unneutralised = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
