// Helpers for tests that drive the embedded system over HTTP, as a user would.
import type { Role } from '../../lambdas/shared/contract.js';
import type { EmbeddedSystem } from '../../lib/local/embedded.js';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function client(system: EmbeddedSystem) {
  const call = async <T = any>(role: Role | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> => {
    const res = await fetch(`${system.apiUrl}${path}`, {
      method,
      headers: {
        ...(role ? { authorization: `Bearer ${system.keys[role]}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* CSV, HTML */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };
  /** The raw bytes of a GET (PDF, CSV), as a browser would download them. */
  const bytes = async (role: Role, path: string, accept = '*/*') => {
    const res = await fetch(`${system.apiUrl}${path}`, { headers: { authorization: `Bearer ${system.keys[role]}`, accept } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  return {
    call,
    bytes,
    get: <T = any>(role: Role, path: string) => call<T>(role, 'GET', path),
    post: <T = any>(role: Role, path: string, body: unknown, headers?: Record<string, string>) => call<T>(role, 'POST', path, body, headers),
    /** Mail the SES stand-in holds (what would have been sent). */
    sentMail: async () => {
      const res = await fetch(`${system.sesUrl}/store`);
      return ((await res.json()) as { emails: SentMail[] }).emails;
    },
  };
}

export interface SentMail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
