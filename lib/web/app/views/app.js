// The shell: sign in, then the page for the current hash route (#/, #/incidents/<id>, #/register).
// Hash routes keep the page one file on any static host (S3) and apart from the API's paths.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { html } from '../html.js';
import { createClient } from '../api.js';
import { regulatorClock } from '../format.js';
import { createSession, loadConfig } from '../session.js';
import { IncidentPage } from './incident.js';
import { IncidentList } from './list.js';
import { Register } from './register.js';
import { ErrorBox } from './ui.js';

function useHash() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

function SignIn({ session, error, onSignedIn }) {
  const [key, setKey] = useState('');
  if (session.kind === 'cognito') {
    return html`<main class="page signin">
      <h1>Legal's desk</h1>
      <p>Sign in with your BreachClock account. Your role (responder, legal, admin) comes from your group.</p>
      <${ErrorBox} error=${error} />
      <button type="button" class="primary" onClick=${() => session.signIn()}>Sign in</button>
    </main>`;
  }
  const submit = async (e) => {
    e.preventDefault();
    await session.signIn(key);
    onSignedIn();
  };
  return html`<main class="page signin">
    <h1>Legal's desk</h1>
    <p>Paste the API key of your role. <code>npm start</code> prints one for each role (responder, legal, admin). It is kept in this tab only, until you close it or sign out.</p>
    <${ErrorBox} error=${error} />
    <form class="stacked" onSubmit=${submit} data-testid="signin">
      <label>API key <input type="password" name="apiKey" required autocomplete="off" spellcheck="false" value=${key} onInput=${(e) => setKey(e.currentTarget.value)} /></label>
      <div class="buttons"><button type="submit" class="primary">Sign in</button></div>
    </form>
  </main>`;
}

export function App() {
  const [state, setState] = useState({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const hash = useHash();

  useEffect(() => {
    let live = true;
    (async () => {
      const config = await loadConfig();
      const session = createSession(config);
      await session.completeSignIn();
      if (!session.signedIn()) return { phase: 'signin', session };
      try {
        const client = await createClient({ apiBase: config.apiBase, authorization: session.authorization });
        const me = await client.call('getCaller');
        return { phase: 'ready', session, client, me, clock: regulatorClock(me.clock) };
      } catch (error) {
        if (error.status === 401 || error.status === 403) {
          // A key that is not (or no longer) valid: forget it and ask again.
          if (session.kind === 'api-key') sessionStorage.removeItem('breachclock.apiKey');
          return { phase: 'signin', session, error };
        }
        throw error;
      }
    })().then(
      (next) => live && setState(next),
      (error) => live && setState({ phase: 'failed', error }),
    );
    return () => { live = false; };
  }, [attempt]);

  const ctx = useMemo(() => state.phase === 'ready' ? { client: state.client, me: state.me, clock: state.clock } : undefined, [state]);

  if (state.phase === 'loading') return html`<main class="page"><p class="muted">Loading…</p></main>`;
  if (state.phase === 'failed') return html`<main class="page"><${ErrorBox} error=${state.error} /></main>`;
  if (state.phase === 'signin') return html`<${SignIn} session=${state.session} error=${state.error} onSignedIn=${() => setAttempt((a) => a + 1)} />`;

  const incident = /^#\/incidents\/([^/]+)$/.exec(hash);
  const canRegister = ctx.client.allows('getRegister', ctx.me.roles);
  const view = incident
    ? html`<${IncidentPage} ctx=${ctx} id=${decodeURIComponent(incident[1])} />`
    : hash === '#/register' && canRegister
      ? html`<${Register} ctx=${ctx} />`
      : html`<${IncidentList} ctx=${ctx} />`;

  return html`<div class="shell">
    <header class="top">
      <a class="brand" href="#/">BreachClock <span>Legal's desk</span></a>
      <nav aria-label="Main">
        <a href="#/" class=${!incident && hash !== '#/register' ? 'active' : ''}>Incidents</a>
        ${canRegister ? html`<a href="#/register" class=${hash === '#/register' ? 'active' : ''}>Breach register</a>` : null}
      </nav>
      <div class="who" data-testid="who">
        <span>${ctx.me.user}</span>
        ${ctx.me.roles.map((r) => html`<span class="badge role" data-role=${r}>${r}</span>`)}
        ${ctx.me.clock.speed !== 1 ? html`<span class="badge fast" title="Regulator time runs faster than real time (demo)">clock ×${ctx.me.clock.speed}</span>` : null}
        <button type="button" class="secondary small" onClick=${() => state.session.signOut()}>Sign out</button>
      </div>
    </header>
    ${view}
  </div>`;
}
