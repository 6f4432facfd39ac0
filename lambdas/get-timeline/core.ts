// The audit timeline with the result of verifying its hash chain, as JSON, CSV or HTML.
import type { TimelineEvent, Verification } from '../shared/timeline.js';

export const csvCell = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v ?? '');
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** Every field an event's hash covers, so that a saved copy can be verified (`breachclock verify-timeline`). */
export const TIMELINE_CSV_COLUMNS = ['seq', 'at', 'type', 'actor', 'kind', 'role', 'details', 'prevHash', 'hash', 'incidentId'] as const;

/** CSV for a spreadsheet: a byte-order mark, so that Excel reads it as UTF-8 ("Zürich", not "ZÃ¼rich"). */
export const CSV_BOM = '\uFEFF';

export function timelineCsv(events: TimelineEvent[]): string {
  const rows = events.map((e) => [e.seq, e.at, e.type, e.actor.id, e.actor.kind, e.actor.role ?? '', e.details, e.prevHash, e.hash, e.incidentId].map(csvCell).join(','));
  return CSV_BOM + [TIMELINE_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function timelineHtml(incidentId: string, events: TimelineEvent[], verification: Verification): string {
  const last = events.at(-1);
  const status = verification.verified
    ? `<p class="ok">Hash chain verified by the server when this page was made: ${verification.eventCount} events, the last (${last?.seq ?? 0}) with hash <code>${escapeHtml(last?.hash ?? '')}</code>. This page is a view: to verify a copy, export the timeline as JSON or CSV and run <code>npx breachclock verify-timeline</code>.</p>`
    : `<p class="bad">Hash chain does NOT verify: event ${verification.brokenAt?.seq} is ${verification.brokenAt?.problem}.</p>`;
  const rows = events.map((e) => `<tr><td>${e.seq}</td><td>${escapeHtml(e.at)}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.actor.id)}</td><td><code>${escapeHtml(JSON.stringify(e.details))}</code></td></tr>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Timeline ${escapeHtml(incidentId)}</title></head><body>
<h1>Audit timeline of ${escapeHtml(incidentId)}</h1>${status}
<table><thead><tr><th>#</th><th>At (UTC)</th><th>Event</th><th>By</th><th>Details</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}
