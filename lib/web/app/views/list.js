// The incident list: every incident with its status, severity and next deadline; overdue ones
// first and marked, then the clocks that run out soonest.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { timeLeft } from '../format.js';
import { Badge, ErrorBox, TimeLeft, When, useNow, usePolling } from './ui.js';

const OPEN = new Set(['triage', 'assessing', 'awaiting-approval', 'notifying', 'monitoring']);
const SEVERITY_ORDER = { 'very-high': 0, high: 1, medium: 2, low: 3 };

export function sortForDesk(incidents, now) {
  const overdue = (i) => i.overdueObligations > 0 || (i.nextDeadline && timeLeft(i.nextDeadline, now).overdue);
  const deadline = (i) => (i.nextDeadline ? Date.parse(i.nextDeadline) : Infinity);
  return [...incidents].sort((a, b) =>
    Number(overdue(b)) - Number(overdue(a))
    || deadline(a) - deadline(b)
    || (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9)
    || b.createdAt.localeCompare(a.createdAt));
}

export function IncidentList({ ctx }) {
  const [filter, setFilter] = useState('open');
  const now = useNow(ctx.clock, 1000);
  const { data, error, loading } = usePolling(
    () => ctx.client.call('listIncidents', { query: { limit: 100 } }),
    [],
    15_000,
  );
  const incidents = sortForDesk((data?.incidents ?? []).filter((i) => filter === 'all' || OPEN.has(i.status)), now);
  const overdueCount = incidents.filter((i) => i.overdueObligations > 0 || (i.nextDeadline && timeLeft(i.nextDeadline, now).overdue)).length;

  return html`<main class="page">
    <div class="page-head">
      <h1>Incidents</h1>
      <label class="filter">Show
        <select value=${filter} onChange=${(e) => setFilter(e.currentTarget.value)} data-testid="incident-filter">
          <option value="open">open incidents</option>
          <option value="all">all incidents</option>
        </select>
      </label>
    </div>
    ${overdueCount ? html`<p class="banner bad" role="status">${overdueCount} incident${overdueCount === 1 ? ' has' : 's have'} an overdue obligation.</p>` : null}
    <${ErrorBox} error=${error} />
    ${loading && !data ? html`<p class="muted">Loading…</p>` : null}
    ${data && !incidents.length ? html`<p class="muted">No ${filter === 'open' ? 'open ' : ''}incidents.</p>` : null}
    ${incidents.length ? html`<table class="grid incidents" data-testid="incident-list">
      <thead><tr><th>Incident</th><th>Status</th><th>Severity</th><th>Risk</th><th>Next deadline</th><th>Time left</th><th>Aware since</th></tr></thead>
      <tbody>${incidents.map((i) => {
        const overdue = i.overdueObligations > 0 || (i.nextDeadline && timeLeft(i.nextDeadline, now).overdue);
        return html`<tr class=${overdue ? 'overdue' : ''} data-incident=${i.id}>
          <td>
            ${overdue ? html`<span class="badge flag-overdue" data-testid="overdue-flag">Overdue</span> ` : null}
            ${i.failure ? html`<span class="badge flag-overdue" data-testid="failed-flag" title=${i.failure.message ?? i.failure.error}>Workflow failed</span> ` : null}
            <a href=${`#/incidents/${encodeURIComponent(i.id)}`}>${i.title}</a>
            <div class="id">${i.id}${i.origin === 'alert' ? ' · from a security alert' : ''}</div>
          </td>
          <td><${Badge} kind="status" value=${i.status} /></td>
          <td>${i.severity ? html`<${Badge} kind="severity" value=${i.severity} />` : html`<span class="muted">not assessed</span>`}</td>
          <td>${i.riskToIndividuals ? html`<${Badge} kind="risk" value=${i.riskToIndividuals} />` : html`<span class="muted">—</span>`}</td>
          <td><${When} at=${i.nextDeadline} zone=${i.timeZone?.id ?? 'UTC'} /></td>
          <td><${TimeLeft} deadline=${i.nextDeadline} now=${now} /></td>
          <td><${When} at=${i.discoveredAt} zone=${i.timeZone?.id ?? 'UTC'} /></td>
        </tr>`;
      })}</tbody>
    </table>` : null}
  </main>`;
}
