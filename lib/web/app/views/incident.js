// One incident: what happened, the assessment with every factor and its reason, the people and
// data concerned, the obligations with their clocks, the notices and legal's decisions, the
// responders' updates, the audit timeline, and the exports.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { label } from '../format.js';
import { Notices } from './notices.js';
import { CloseForm, SubmissionForm, WaiveForm } from './forms.js';
import { Timeline } from './timeline.js';
import { Badge, ErrorBox, Section, TimeLeft, When, useNow, usePolling } from './ui.js';

const BUSY = new Set(['assessing', 'notifying']);
const OPEN_OBLIGATION = new Set(['pending', 'awaiting-approval', 'overdue']);
/** `note` is the portal reference or the waiver's reason once legal decided, else how the rule was applied. */
const shortNote = (o) => o.note && (o.status === 'waived' || o.status === 'fulfilled') && o.note.length < 200;

/** datetime-local value (the browser's zone) for an instant. */
const localInput = (ms) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

export function IncidentPage({ ctx, id }) {
  const now = useNow(ctx.clock, 1000);
  const canReadTimeline = ctx.client.allows('getTimeline', ctx.me.roles);
  const canDecide = ctx.client.allows('recordDecision', ctx.me.roles);
  const incident = usePolling(
    () => ctx.client.call('getIncident', { params: { id } }),
    [id],
    (data) => (!data || BUSY.has(data.status) || data.notices?.some((n) => n.status === 'approved' || n.status === 'sending') ? 1500 : 10_000),
  );
  const timeline = usePolling(
    () => (canReadTimeline ? ctx.client.call('getTimeline', { params: { id } }) : Promise.resolve(undefined)),
    [id],
    canReadTimeline ? 5000 : 0,
  );
  const refresh = () => {
    incident.reload();
    timeline.reload();
  };
  const decide = async (decision) => {
    const result = await ctx.client.call('recordDecision', { params: { id }, body: decision });
    refresh();
    return result;
  };

  const i = incident.data;
  if (!i) {
    return html`<main class="page"><p><a href="#/">← Incidents</a></p><${ErrorBox} error=${incident.error} />${incident.loading ? html`<p class="muted">Loading…</p>` : null}</main>`;
  }
  const zone = i.timeZone?.id ?? 'UTC';
  const ctxHere = { ...ctx, zone, now, decide, canDecide, refresh, localInput };

  return html`<main class="page incident" data-testid="incident-page" data-incident=${i.id}>
    <p class="crumbs"><a href="#/">← Incidents</a></p>
    <div class="page-head">
      <div>
        <h1>${i.title}</h1>
        <div class="id">${i.id} · times in ${zone}${i.timeZone?.source === 'country-capital-guess' ? ' (capital of the organisation\'s country: check)' : ''}, UTC below</div>
      </div>
      <div class="head-badges">
        <${Badge} kind="status" value=${i.status} />
        ${i.assessment ? html`<${Badge} kind="severity" value=${i.assessment.severity.level} title="ENISA severity" />` : null}
      </div>
    </div>
    <${ErrorBox} error=${incident.error} />
    ${i.nextDeadline ? html`<p class="banner clock" data-testid="next-deadline">Next deadline: <${When} at=${i.nextDeadline} zone=${zone} /> <${TimeLeft} deadline=${i.nextDeadline} now=${now} /></p>` : null}
    ${i.failure ? html`<p class="banner bad">The workflow failed (${i.failure.error}${i.failure.message ? `: ${i.failure.message}` : ''}) at ${i.failure.at}: see the timeline.</p>` : null}
    <${Exports} ctx=${ctx} id=${i.id} />
    <nav class="toc" aria-label="On this page">
      <a href=${`#/incidents/${i.id}`} onClick=${(e) => jump(e, 'facts')}>Facts</a>
      <a href=${`#/incidents/${i.id}`} onClick=${(e) => jump(e, 'assessment')}>Assessment</a>
      <a href=${`#/incidents/${i.id}`} onClick=${(e) => jump(e, 'obligations')}>Obligations</a>
      <a href=${`#/incidents/${i.id}`} onClick=${(e) => jump(e, 'notices')}>Notices</a>
      ${canReadTimeline ? html`<a href=${`#/incidents/${i.id}`} onClick=${(e) => jump(e, 'timeline')}>Timeline</a>` : null}
    </nav>
    <${Facts} incident=${i} zone=${zone} />
    <${Assessment} incident=${i} />
    <${Obligations} incident=${i} ctx=${ctxHere} />
    <${Notices} incident=${i} ctx=${ctxHere} events=${timeline.data?.events} />
    ${ctx.client.allows('updateIncident', ctx.me.roles) ? html`<${UpdateForm} ctx=${ctx} id=${i.id} onDone=${refresh} />` : null}
    ${canReadTimeline
      ? html`<${Timeline} timeline=${timeline.data} error=${timeline.error} zone=${zone} />`
      : html`<${Section} id="timeline" title="Audit timeline"><p class="muted">The audit timeline is open to legal and admin.</p></${Section}>`}
  </main>`;
}

function jump(event, section) {
  event.preventDefault();
  document.getElementById(section)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function Exports({ ctx, id }) {
  const [error, setError] = useState();
  const [busy, setBusy] = useState('');
  if (!ctx.client.allows('getBreachRecord', ctx.me.roles) && !ctx.client.allows('getTimeline', ctx.me.roles)) return null;
  const run = (what, op, query, accept, name) => async () => {
    setBusy(what);
    setError(undefined);
    try {
      await ctx.client.download(op, { params: { id }, query, accept }, name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy('');
    }
  };
  return html`<div class="exports" data-testid="exports">
    <span class="muted">Export:</span>
    ${ctx.client.allows('getBreachRecord', ctx.me.roles) ? html`<button type="button" onClick=${run('pdf', 'getBreachRecord', { format: 'pdf' }, 'application/pdf', `${id}-breach-record.pdf`)} disabled=${busy === 'pdf'}>Breach record (PDF)</button>` : null}
    ${ctx.client.allows('getTimeline', ctx.me.roles) ? html`
      <button type="button" onClick=${run('csv', 'getTimeline', { format: 'csv' }, 'text/csv', `${id}-timeline.csv`)} disabled=${busy === 'csv'}>Timeline (CSV)</button>
      <button type="button" onClick=${run('json', 'getTimeline', { format: 'json' }, 'application/json', `${id}-timeline.json`)} disabled=${busy === 'json'}>Timeline (JSON)</button>` : null}
    <${ErrorBox} error=${error} />
  </div>`;
}

const yesNo = (v) => (v === true ? 'yes' : v === false ? 'no' : undefined);

function Facts({ incident, zone }) {
  const r = incident.report;
  const rows = r
    ? [
        ['Organisation', `${r.organization.name} (${r.organization.country}), ${r.organization.role}${r.organization.sectors?.length ? `; ${r.organization.sectors.join(', ')}` : ''}`],
        ['Contact point', r.organization.contact && `${r.organization.contact.name} <${r.organization.contact.email}>`],
        ['Reported by', `${r.reporter.name} <${r.reporter.email}>`],
        ['Became aware', html`<${When} at=${r.discoveredAt} zone=${zone} />`],
        ['Breach occurred', r.occurredAt && html`<${When} at=${r.occurredAt} zone=${zone} />`],
        ['Nature', r.breach.types.map((t) => `${t} breach`).join(', ')],
        ['Cause', r.breach.cause && label(r.breach.cause)],
        ['Malicious', yesNo(r.breach.malicious)],
        ['Exfiltration', r.breach.exfiltration],
        ['Encryption of the data', r.breach.encryption],
        ['Key compromised', yesNo(r.breach.keyCompromised)],
        ['Backup available', yesNo(r.breach.backupAvailable)],
        ['Publicly exposed', yesNo(r.breach.publiclyExposed)],
        ['Ongoing', yesNo(r.breach.ongoing)],
        ['Description', r.description],
      ]
    : [['Report', 'No report yet: a security alert opened this incident; a responder confirms it by filing the report.']];
  return html`<${Section} id="facts" title="Facts">
    ${incident.alert ? html`<p class="muted">Opened by a security alert: ${incident.alert.source} ${incident.alert.findingType} (severity ${incident.alert.severity}, seen ${incident.alert.occurrences}×).</p>` : null}
    <dl class="facts">${rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
  </${Section}>`;
}

const FACTORS = [
  ['DPC', 'Data processing context', 'dpc', 'How sensitive the data is, in its context'],
  ['EI', 'Ease of identification', 'ei', 'How easily the people can be identified from the data'],
  ['CB', 'Circumstances of the breach', 'cb', 'Loss of confidentiality, integrity, availability; malicious intent'],
];

function Assessment({ incident }) {
  const a = incident.assessment;
  if (!a) return html`<${Section} id="assessment" title="Assessment"><p class="muted">Not assessed yet.</p></${Section}>`;
  const s = a.severity;
  const linesFor = (code) => s.rationale.filter((line) => line.startsWith(`${code}:`) || line.startsWith(`${code} `));
  const other = s.rationale.filter((line) => !FACTORS.some(([code]) => line.startsWith(`${code}:`) || line.startsWith(`${code} `)));
  const c = incident.classification;
  return html`<${Section} id="assessment" title="Assessment">
    <p class="formula" data-testid="severity-formula">Severity (ENISA): SE = DPC × EI + CB = ${s.dpc} × ${s.ei} + ${s.cb} = <strong>${s.score}</strong> <${Badge} kind="severity" value=${s.level} /></p>
    <p>Risk to the rights and freedoms of individuals: <${Badge} kind="risk" value=${a.riskToIndividuals} /></p>
    <table class="grid factors" data-testid="severity-factors">
      <thead><tr><th>Factor</th><th>Score</th><th>Why</th></tr></thead>
      <tbody>${FACTORS.map(([code, name, key, help]) => html`<tr>
        <th scope="row"><abbr title=${help}>${code}</abbr> ${name}</th>
        <td class="num">${s[key]}</td>
        <td><ul class="rationale">${linesFor(code).map((line) => html`<li>${line}</li>`)}</ul></td>
      </tr>`)}</tbody>
    </table>
    ${other.length ? html`<ul class="rationale">${other.map((line) => html`<li>${line}</li>`)}</ul>` : null}
    <h3>People and data concerned</h3>
    <p><strong data-testid="subject-count">${a.subjectCount}</strong> ${a.subjectCount === 1 ? 'person' : 'people'} affected${incident.report?.affected.subjectTypes?.length ? ` (${incident.report.affected.subjectTypes.join(', ')})` : ''}. Jurisdictions: <strong data-testid="jurisdictions">${a.jurisdictions.join(', ') || 'none known'}</strong>.</p>
    <table class="grid categories" data-testid="categories">
      <thead><tr><th>Category of personal data</th><th>People concerned</th>${c?.evidence ? html`<th>Found by</th>` : null}</tr></thead>
      <tbody>${a.categories.map((cat) => html`<tr data-category=${cat.category}>
        <td>${label(cat.category)}</td><td class="num">${cat.subjects}</td>
        ${c?.evidence ? html`<td class="muted">${c.evidence.filter((e) => e.category === cat.category).map((e) => `${e.detector}${e.columns.length ? ` (${e.columns.join(', ')})` : ''}`).join('; ') || 'declared in the report'}</td>` : null}
      </tr>`)}</tbody>
    </table>
    ${c?.sourceUnreadable ? html`<p class="banner bad" data-testid="source-unreadable" role="alert">The export of the affected records could not be read (${c.sourceUnreadable.message}). The figures above are the report's own; the clocks run on them.</p>` : null}
    ${c?.sourceIncomplete ? html`<p class="banner warn" data-testid="source-incomplete" role="status">The export of the affected records was not read whole: ${[
      c.sourceIncomplete.skippedLines > 0 ? `${c.sourceIncomplete.skippedLines} record(s) that could not be read were skipped${c.sourceIncomplete.firstSkippedLine ? ` (the first: line ${c.sourceIncomplete.firstSkippedLine})` : ''}` : '',
      c.sourceIncomplete.cutShort ? 'the file ends inside its last record (cut short?)' : '',
    ].filter(Boolean).join('; ')}. The figures are of what was read: at least these.</p>` : null}
    ${c ? html`<p class="muted">Classification scanned ${c.recordsScanned} record(s); only counts and categories are kept, never the values.</p>` : null}
  </${Section}>`;
}

function Obligations({ incident, ctx }) {
  const [open, setOpen] = useState({});
  // What the assessment left unassessed: places no runbook covers, people placed nowhere (see the API's Assessment).
  const uncovered = incident.assessment?.uncoveredJurisdictions ?? [];
  const unplaced = incident.assessment?.unplacedSubjects ?? 0;
  const unassessed = [...uncovered, ...(unplaced > 0 ? [`the ${unplaced} ${unplaced === 1 ? 'person' : 'people'} placed nowhere`] : [])];
  return html`<${Section} id="obligations" title="Obligations">
    <p class="muted">Every regime that applies lists its obligations, including those not required, and why.</p>
    ${unassessed.length > 0 ? html`<p class="banner warn" data-testid="uncovered-jurisdictions" role="status">${uncovered.length > 0
      ? `No runbook of this deployment covers ${uncovered.join(', ')}: the breach laws of these places were not assessed. ` : ''}${unplaced > 0
      ? `${unplaced} ${unplaced === 1 ? 'person is' : 'people are'} placed nowhere by their records, and the report names no jurisdiction: the laws of where they live were not assessed. ` : ''}Check them with counsel${incident.status === 'closed' ? '.' : ': the incident stays open until legal closes it.'}</p>` : null}
    ${ctx.canDecide && incident.status === 'monitoring' && unassessed.length > 0 && !incident.obligations.some((o) => OPEN_OBLIGATION.has(o.status))
      ? html`<${CloseForm} ctx=${ctx} uncovered=${unassessed} />` : null}
    <table class="grid obligations" data-testid="obligations">
      <thead><tr><th>Regime</th><th>Recipient</th><th>Required</th><th>Citation</th><th>Deadline</th><th>Status</th>${ctx.canDecide ? html`<th>Decide</th>` : null}</tr></thead>
      <tbody>${incident.obligations.map((o) => html`<tr data-obligation=${o.id} class=${o.status === 'overdue' ? 'overdue' : ''}>
        <td><strong>${o.regime}</strong>${o.stage ? html`<div class="muted">${o.stage}</div>` : null}</td>
        <td>${label(o.recipient)}${o.channel?.kind === 'portal' ? html`<div class="muted">through a portal</div>` : null}</td>
        <td><strong>${o.required ? 'Required' : 'Not required'}</strong><div class="why">${o.reason}</div>
          ${o.note && !shortNote(o) ? html`<details class="why"><summary>How this was decided</summary>${o.note}</details>` : null}</td>
        <td class="citation">${o.citation}${o.confidence ? html`<div class="muted">confidence: ${o.confidence}</div>` : null}</td>
        <td>${o.deadline ? html`<${When} at=${o.deadline} zone=${ctx.zone} /><div class="muted">from ${label(o.startsFrom)}</div>${OPEN_OBLIGATION.has(o.status) ? html`<${TimeLeft} deadline=${o.deadline} now=${ctx.now} />` : null}`
          : o.target && o.required ? html`<span class="muted">none in law; internal target</span> <${When} at=${o.target} zone=${ctx.zone} />${OPEN_OBLIGATION.has(o.status) ? html`<${TimeLeft} deadline=${o.target} now=${ctx.now} />` : null}`
          : html`<span class="muted">none</span>`}</td>
        <td><${Badge} kind="obligation" value=${o.status} />${o.fulfilledAt ? html`<div class="muted">${o.fulfilledAt.slice(0, 16).replace('T', ' ')} UTC</div>` : null}${shortNote(o) ? html`<div class="muted">${o.status === 'fulfilled' ? 'ref' : 'reason'}: ${o.note}</div>` : null}</td>
        ${ctx.canDecide ? html`<td class="decide">${OPEN_OBLIGATION.has(o.status) ? html`
          <button type="button" class="small" onClick=${() => setOpen({ [o.id]: 'submission' })}>${o.recipient === 'authority' ? 'Record portal submission' : 'Record as notified'}</button>
          <button type="button" class="small secondary" onClick=${() => setOpen({ [o.id]: 'waive' })}>Waive</button>` : null}</td>` : null}
      </tr>
      ${open[o.id] ? html`<tr class="form-row"><td colspan="7">
        ${open[o.id] === 'submission'
          ? html`<${SubmissionForm} ctx=${ctx} obligation=${o} onClose=${() => setOpen({})} />`
          : html`<${WaiveForm} ctx=${ctx} obligation=${o} onClose=${() => setOpen({})} />`}
      </td></tr>` : null}`)}</tbody>
    </table>
  </${Section}>`;
}

function UpdateForm({ ctx, id, onDone }) {
  const [fields, setFields] = useState({ remedialAction: '', effects: '', note: '' });
  const [error, setError] = useState();
  const [saved, setSaved] = useState();
  const set = (k) => (e) => setFields({ ...fields, [k]: e.currentTarget.value });
  const submit = async (e) => {
    e.preventDefault();
    setError(undefined);
    const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim()));
    try {
      const result = await ctx.client.call('updateIncident', { params: { id }, body });
      setSaved(result.event);
      setFields({ remedialAction: '', effects: '', note: '' });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return html`<${Section} id="updates" title="Update the incident">
    <form class="stacked" onSubmit=${submit} data-testid="update-form">
      <p class="muted">What was done, what it did to people. It goes on the timeline and into the breach record (Art. 33(5) GDPR). No personal data of the people affected, please.</p>
      <label>Remedial action taken <textarea rows="3" maxlength="10000" value=${fields.remedialAction} onInput=${set('remedialAction')} name="remedialAction"></textarea></label>
      <label>Effects seen <textarea rows="2" maxlength="10000" value=${fields.effects} onInput=${set('effects')} name="effects"></textarea></label>
      <label>Note <textarea rows="2" maxlength="10000" value=${fields.note} onInput=${set('note')} name="note"></textarea></label>
      <div class="buttons"><button type="submit">Record update</button></div>
      ${saved ? html`<p class="ok" role="status">Recorded as event #${saved.seq}.</p>` : null}
      <${ErrorBox} error=${error} />
    </form>
  </${Section}>`;
}
