// Small shared pieces: badges, times, errors, sections, the regulator-time tick.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { inZone, label, timeLeft, utc } from '../format.js';

export const Badge = ({ kind, value, title }) =>
  html`<span class=${`badge ${kind}-${String(value).replace(/[^a-z0-9-]/gi, '')}`} title=${title}>${label(value)}</span>`;

/** An instant in the organisation's zone, with UTC below it. */
export const When = ({ at, zone, seconds = false }) =>
  at
    ? html`<span class="when"><span class="zone">${inZone(at, zone, seconds)}</span><span class="utc">${utc(at, seconds)}</span></span>`
    : html`<span class="muted">—</span>`;

export const TimeLeft = ({ deadline, now }) => {
  if (!deadline) return html`<span class="muted">no deadline</span>`;
  const left = timeLeft(deadline, now);
  return html`<span class=${`left ${left.overdue ? 'overdue' : left.urgent ? 'urgent' : ''}`} data-testid="time-left">${left.text}</span>`;
};

export const ErrorBox = ({ error }) => {
  if (!error) return null;
  return html`<div class="error" role="alert">
    <strong>${error.status ? `${error.status} ${label(error.error ?? '')}: ` : ''}</strong>${error.message}
    ${error.issues?.length ? html`<ul>${error.issues.map((i) => html`<li><code>${i.field}</code>: ${i.message}</li>`)}</ul>` : null}
  </div>`;
};

export const Section = ({ id, title, children, actions }) => html`<section id=${id} class="card" aria-labelledby=${`${id}-title`}>
  <header class="card-head"><h2 id=${`${id}-title`}>${title}</h2>${actions ? html`<div class="actions">${actions}</div>` : null}</header>
  ${children}
</section>`;

/** Re-renders every `ms` with regulator time now. */
export function useNow(clock, ms = 1000) {
  const [now, setNow] = useState(clock());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), ms);
    return () => clearInterval(timer);
  }, [clock, ms]);
  return now;
}

/** Loads `load()` now and every `everyMs` (if given); `reload` for after an action. */
export function usePolling(load, deps, everyMs) {
  const [state, setState] = useState({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error) => live && setState((s) => ({ ...s, error, loading: false })),
    );
    return () => { live = false; };
  }, [...deps, tick]);
  const interval = typeof everyMs === 'function' ? everyMs(state.data) : everyMs;
  useEffect(() => {
    if (!interval) return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), interval);
    return () => clearInterval(timer);
  }, [interval]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
