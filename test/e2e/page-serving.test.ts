// The embedded runtime serves legal's desk where the API is: GET / to a browser is the page,
// to anything else the JSON it always was (also at /api); the page's files go out with a strict
// Content-Security-Policy; the page is told to sign in with an API key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedSystem } from '../../lib/local/embedded.js';

let system: EmbeddedSystem;
beforeAll(async () => {
  system = await startEmbedded({ dataDir: null, port: 0, sesPort: 0 });
});
afterAll(async () => system?.stop());

const get = (path: string, accept?: string) => fetch(`${system.apiUrl}${path}`, { headers: accept ? { accept } : {} });

describe('the page on the embedded runtime', () => {
  it('answers GET / with the page to a browser, with its security headers', async () => {
    const res = await get('/', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    const script = /<script type="module" src="(\/app-[A-Z0-9]+\.js)"><\/script>/.exec(html)?.[1];
    const style = /<link rel="stylesheet" href="(\/app-[A-Z0-9]+\.css)">/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    const js = await get(script!);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get(style!)).status).toBe(200);
  });

  it('keeps GET / as JSON for everything else, and at /api', async () => {
    for (const [path, accept] of [['/', undefined], ['/', 'application/json'], ['/api', 'text/html']] as const) {
      const res = await get(path, accept);
      expect(res.headers.get('content-type'), `${path} ${accept}`).toBe('application/json');
      expect(await res.json()).toMatchObject({ name: 'BreachClock (embedded)', openapi: '/openapi.json' });
    }
  });

  it('tells the page to sign in with an API key, against this origin', async () => {
    expect(await (await get('/config.json')).json()).toEqual({ auth: 'api-key', apiBase: '' });
  });

  it('serves no other file, and keeps the API behind its keys', async () => {
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/lib/web/app/app.js')).status).toBe(404);
    expect((await get('/openapi.json')).status).toBe(401);
  });
});
