// Signing in. Embedded: the API key of a role, pasted once and kept in sessionStorage (gone when
// the tab closes). AWS: the Cognito user pool's hosted login, authorization code flow with PKCE
// (RFC 7636); the ID token (its cognito:groups claim is the role) goes to API Gateway.

const KEY = 'breachclock.apiKey';
const TOKENS = 'breachclock.tokens';
const PKCE = 'breachclock.pkce';

export async function loadConfig() {
  const res = await fetch('config.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
  return res.json();
}

const base64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomString = (bytes = 32) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

/** S256 code challenge of a verifier (RFC 7636 §4.2). */
export async function codeChallenge(verifier) {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

/** The claims of a JWT, unverified (for display and expiry only: API Gateway verifies it). */
export function jwtClaims(token) {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(decodeURIComponent(escape(json)));
}

export function createSession(config, storage = sessionStorage, location = window.location) {
  // The one callback URL registered with the app client: the root of the page's origin.
  const redirectUri = `${location.origin}/`;

  if (config.auth === 'api-key') {
    return {
      kind: 'api-key',
      signedIn: () => Boolean(storage.getItem(KEY)),
      signIn: async (key) => storage.setItem(KEY, key.trim()),
      authorization: async () => {
        const key = storage.getItem(KEY);
        return key ? `Bearer ${key}` : undefined;
      },
      completeSignIn: async () => false,
      signOut: () => {
        storage.removeItem(KEY);
        location.assign(redirectUri);
      },
    };
  }

  const { domain, clientId, scopes } = config.cognito;
  const tokenRequest = async (params) => {
    const res = await fetch(`${domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, ...params }),
    });
    if (!res.ok) throw new Error(`Sign-in failed (${res.status})`);
    const body = await res.json();
    const previous = JSON.parse(storage.getItem(TOKENS) ?? '{}');
    const tokens = {
      idToken: body.id_token,
      refreshToken: body.refresh_token ?? previous.refreshToken,
      expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
    };
    storage.setItem(TOKENS, JSON.stringify(tokens));
    return tokens;
  };

  return {
    kind: 'cognito',
    signedIn: () => Boolean(storage.getItem(TOKENS)),
    /** Off to the hosted login page; it comes back with ?code=…&state=…. */
    signIn: async () => {
      const verifier = randomString(48);
      const state = randomString(16);
      // The page to come back to (#/incidents/...): the callback URL itself is always the root.
      storage.setItem(PKCE, JSON.stringify({ verifier, state, returnTo: location.hash }));
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: redirectUri,
        scope: scopes.join(' '),
        state,
        code_challenge: await codeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      location.assign(`${domain}/oauth2/authorize?${query}`);
    },
    /** On the way back from the hosted login: trade the code for tokens. */
    completeSignIn: async () => {
      const params = new URLSearchParams(location.search);
      const code = params.get('code');
      if (!code) return false;
      const pkce = JSON.parse(storage.getItem(PKCE) ?? '{}');
      storage.removeItem(PKCE);
      window.history.replaceState(null, '', redirectUri + (pkce.returnTo ?? ''));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      if (!pkce.state || params.get('state') !== pkce.state) throw new Error('Sign-in answer does not match the request (state): sign in again');
      await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: pkce.verifier });
      return true;
    },
    authorization: async () => {
      let tokens = JSON.parse(storage.getItem(TOKENS) ?? 'null');
      if (!tokens) return undefined;
      if (Date.now() > tokens.expiresAt - 60_000 && tokens.refreshToken) {
        tokens = await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
      }
      return tokens.idToken;
    },
    signOut: async () => {
      const tokens = JSON.parse(storage.getItem(TOKENS) ?? 'null');
      storage.removeItem(TOKENS);
      // Revoke the refresh token (the app client has token revocation on), then end the hosted session.
      if (tokens?.refreshToken) {
        await fetch(`${domain}/oauth2/revoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token: tokens.refreshToken, client_id: clientId }),
        }).catch(() => {});
      }
      location.assign(`${domain}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: redirectUri })}`);
    },
  };
}
