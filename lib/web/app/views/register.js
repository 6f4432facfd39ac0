// The breach register: every incident, notified or not, with why and when; and its CSV.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { ErrorBox, usePolling } from './ui.js';

const SHOWN = ['incident', 'title', 'status', 'discovered_at', 'people_affected', 'severity', 'risk_to_individuals', 'authority_notification', 'authority_notified', 'individuals_notified', 'closed_at', 'timeline_verified'];

export function Register({ ctx }) {
  const { data, error } = usePolling(() => ctx.client.call('getRegister', { query: { format: 'json' } }), [], 30_000);
  const [downloadError, setDownloadError] = useState();
  const columns = (data?.columns ?? []).filter((c) => SHOWN.includes(c.name));
  const download = async () => {
    setDownloadError(undefined);
    try {
      await ctx.client.download('getRegister', { query: { format: 'csv' }, accept: 'text/csv' }, 'breach-register.csv');
    } catch (e) {
      setDownloadError(e);
    }
  };
  return html`<main class="page">
    <div class="page-head">
      <div><h1>Breach register</h1><p class="muted">Every personal data breach, notified or not, as Art. 33(5) GDPR asks. The CSV has every column.</p></div>
      <div class="actions"><button type="button" class="primary" onClick=${download}>Download the register (CSV)</button></div>
    </div>
    <${ErrorBox} error=${error ?? downloadError} />
    ${data ? html`<table class="grid register" data-testid="register">
      <thead><tr>${columns.map((c) => html`<th title=${c.description}>${c.name.replace(/_/g, ' ')}</th>`)}</tr></thead>
      <tbody>${data.incidents.map((row) => html`<tr>${columns.map((c) => html`<td>${c.name === 'incident'
        ? html`<a href=${`#/incidents/${encodeURIComponent(row.incident)}`}>${row.incident}</a>`
        : c.name === 'timeline_verified' ? (row.timeline_verified ? '✓ verified' : html`<span class="bad">✗ does not verify</span>`)
        : String(row[c.name] ?? '—')}</td>`)}</tr>`)}</tbody>
    </table>` : html`<p class="muted">Loading…</p>`}
  </main>`;
}
