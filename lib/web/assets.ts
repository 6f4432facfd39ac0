// Legal's desk, the web page: Preact + htm modules under lib/web/app/, bundled by esbuild into
// one script and one stylesheet with content-hashed names (served embedded from memory, and in
// AWS from S3 behind CloudFront). No build step to run: the embedded runtime bundles at start
// (about 100 ms), the CDK app at synth.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));

export interface WebFile {
  /** URL path, e.g. /index.html or /app-3F2A1B.js. */
  path: string;
  contentType: string;
  /** index.html and config.json revalidate; hashed files are immutable. */
  cacheControl: string;
  body: Buffer;
}

/** What the page needs to know of where it runs: /config.json. */
export type WebConfig =
  | { auth: 'api-key'; apiBase: string }
  | { auth: 'cognito'; apiBase: string; cognito: { domain: string; clientId: string; scopes: string[] } };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};
const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

let built: WebFile[] | undefined;

/** Bundles the page: index.html, app-<hash>.js (+ map), app-<hash>.css. Once per process. */
export function buildWebFiles(): WebFile[] {
  built ??= bundle();
  return built;
}

function bundle(): WebFile[] {
  const result = buildSync({
    entryPoints: [join(APP_DIR, 'app.js'), join(APP_DIR, 'app.css')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox120', 'safari17'],
    minify: true,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    outdir: '/out',
    write: false,
    legalComments: 'linked',
    logLevel: 'silent',
  });
  const files: WebFile[] = result.outputFiles.map((f) => {
    const path = `/${basename(f.path)}`;
    return { path, contentType: typeOf(path), cacheControl: IMMUTABLE, body: Buffer.from(f.contents) };
  });
  const script = files.find((f) => /^\/app-[A-Z0-9]+\.js$/.test(f.path));
  const style = files.find((f) => /^\/app-[A-Z0-9]+\.css$/.test(f.path));
  if (!script || !style) throw new Error('The web bundle has no app script or stylesheet');
  const html = readFileSync(join(APP_DIR, 'index.html'), 'utf8').replace('%APP_JS%', script.path).replace('%APP_CSS%', style.path);
  files.push({ path: '/index.html', contentType: TYPES['.html']!, cacheControl: REVALIDATE, body: Buffer.from(html) });
  return files;
}

export function configFile(config: WebConfig): WebFile {
  return { path: '/config.json', contentType: TYPES['.json']!, cacheControl: REVALIDATE, body: Buffer.from(JSON.stringify(config)) };
}

/** Writes the files under `dir` (for the S3 deployment at synth). */
export function writeWebFiles(dir: string, files: readonly WebFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.path.slice(1)), file.body);
}

/**
 * The page's Content-Security-Policy: its own scripts and styles only, no inline code, no
 * framing; it talks to its own origin (the API) and, in AWS, to the Cognito domain (tokens).
 */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${connect.map((c) => ` ${c}`).join('')}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every file of the page goes out with (CloudFront sets the same through a policy). */
export function securityHeaders(connect: readonly string[] = []): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(connect),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}
