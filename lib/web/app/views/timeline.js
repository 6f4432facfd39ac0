// The audit timeline: every event in order, who did it and what changed, and whether the hash
// chain verifies, as the server says and as this browser checks again event by event. A changed
// event, a gap or a cut end is shown where it is.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { checkEvents } from '../chain.js';
import { label } from '../format.js';
import { ErrorBox, Section, When } from './ui.js';

const PROBLEMS = {
  altered: 'altered: its content no longer matches its hash',
  'missing-before': 'events are missing before this one',
  'chain-broken': 'does not link to the event before it',
  truncated: 'events at the end are missing',
};

const EVENT_NAMES = {
  'incident.filed': 'Incident filed',
  'incident.updated': 'Incident updated',
  'records.classified': 'Records classified',
  'risk.assessed': 'Risk assessed',
  'notice.drafted': 'Notice drafted',
  'approval.requested': "Legal's approval requested",
  'decision.approve': 'Notice approved',
  'decision.edit': 'Notice edited',
  'decision.reject': 'Notice rejected',
  'decision.record-submission': 'Portal submission recorded',
  'decision.waive': 'Obligation waived',
  'notice.sent': 'Notice sent',
  'notice.ready-to-file': 'Notice ready to file',
  'clock.reminder': 'Clock reminder',
  'clock.overdue': 'Deadline missed',
  'incident.closed': 'Incident closed',
  'incident.reopened': 'Incident reopened',
  'incident.obligations-open': 'Obligations still open',
  'access.refused': 'Access refused',
  'alert.received': 'Security alert received',
  'alert.repeated': 'Security alert repeated',
  'alert.closed-at-source': 'Finding archived or resolved at its source',
  'workflow.failed': 'Workflow failed',
};

const isPlain = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const plain = (v) => (v === null ? '—' : String(v));
/** An object in one line: its plain fields, and how many nested ones it has. */
const oneLine = (o) => {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  const flat = entries.filter(([, v]) => isPlain(v)).map(([k, v]) => `${k}: ${plain(v)}`);
  const nested = entries.length - flat.length;
  return flat.join(', ') + (nested ? `${flat.length ? ', ' : ''}+${nested} more` : '');
};

function Value({ value }) {
  if (isPlain(value)) return plain(value);
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return value.map(plain).join(', ') || '—';
    return html`<ul class="compact">${value.map((item) => html`<li>${isPlain(item) ? plain(item) : item.id ?? oneLine(item)}</li>`)}</ul>`;
  }
  const line = oneLine(value);
  if (line.length < 160 && !line.includes(' more')) return line;
  return html`<details><summary>${line.slice(0, 120)}${line.length > 120 ? '…' : ''}</summary><pre class="json">${JSON.stringify(value, null, 2)}</pre></details>`;
}

function Details({ details }) {
  const entries = Object.entries(details ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (!entries.length) return html`<span class="muted">—</span>`;
  return html`<dl class="details">${entries.map(([k, v]) => html`<dt>${k}</dt><dd><${Value} value=${v} /></dd>`)}</dl>`;
}

export function Timeline({ timeline, error, zone }) {
  const [verdicts, setVerdicts] = useState();
  const events = timeline?.events ?? [];
  useEffect(() => {
    let live = true;
    if (timeline) checkEvents(timeline.events).then((v) => live && setVerdicts(v));
    return () => { live = false; };
  }, [timeline]);

  const v = timeline?.verification;
  const browserProblems = verdicts ? verdicts.filter((x) => x !== 'ok').length : 0;
  const truncated = v?.brokenAt?.problem === 'truncated';

  return html`<${Section} id="timeline" title="Audit timeline">
    <${ErrorBox} error=${error} />
    ${!timeline ? html`<p class="muted">Loading…</p>` : html`
      <p class=${`banner ${v.verified && !browserProblems ? 'ok' : 'bad'}`} data-testid="chain-status" data-verified=${String(v.verified && !browserProblems)}>
        ${v.verified
          ? html`<strong>Hash chain verified</strong>: ${v.eventCount} events, each sealed with the hash of the one before.`
          : html`<strong>Hash chain does NOT verify</strong>: event #${v.brokenAt?.seq} — ${PROBLEMS[v.brokenAt?.problem] ?? v.brokenAt?.problem}. The record may have been tampered with.`}
        ${verdicts === undefined ? html` <span class="muted">(This browser cannot check it again: not a secure context.)</span>`
          : browserProblems ? html` This browser finds ${browserProblems} event${browserProblems === 1 ? '' : 's'} that do not check out (marked below).`
          : html` <span class="muted">Checked again in this browser.</span>`}
      </p>
      <table class="grid timeline" data-testid="timeline">
        <thead><tr><th>#</th><th>When</th><th>Event</th><th>By</th><th>What changed</th><th>Check</th></tr></thead>
        <tbody>
          ${events.map((e, n) => {
            const verdict = verdicts?.[n];
            const bad = verdict && verdict !== 'ok';
            return html`<tr class=${bad ? 'tampered' : ''} data-seq=${e.seq} data-check=${verdict ?? 'unchecked'}>
              <td class="num">${e.seq}</td>
              <td class="at"><${When} at=${e.at} zone=${zone} seconds /></td>
              <td><strong>${EVENT_NAMES[e.type] ?? label(e.type)}</strong><div class="muted"><code>${e.type}</code></div></td>
              <td>${e.actor.id}<div class="muted">${e.actor.role || e.actor.kind}</div></td>
              <td><${Details} details=${e.details} /></td>
              <td class="check">${verdict === undefined ? html`<span class="muted">…</span>` : bad ? html`<span class="bad">✗ ${PROBLEMS[verdict]}</span>` : html`<span class="ok" title=${e.hash}>✓</span>`}</td>
            </tr>`;
          })}
          ${truncated ? html`<tr class="tampered" data-check="truncated"><td colspan="6"><span class="bad">✗ Events after #${events.length} are missing: the incident last saw event #${v.brokenAt.seq}.</span></td></tr>` : null}
        </tbody>
      </table>`}
  </${Section}>`;
}
