// API Gateway on one machine: an HTTP server that turns requests into the same REST (v1) proxy
// events API Gateway sends, with the caller's role where the Cognito authorizer would put it.
// Embedded, callers present an API key per role (Authorization: Bearer <key>, or x-api-key).
// It also serves legal's desk (the web page) where CloudFront serves it in AWS: GET / to a
// browser is the page, to anything else the JSON information it always was (also at GET /api).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { Role } from '../../lambdas/shared/contract.js';

export type ProxyHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

export interface LocalRoute {
  method: string;
  /** API Gateway resource path, e.g. /incidents/{id}. */
  path: string;
  handler: ProxyHandler;
}

export interface LocalApiOptions {
  routes: LocalRoute[];
  /** API key → role. */
  keys: Record<string, Role>;
  /** Raw JSON routes that are not API Gateway proxies (embedded POST /alerts), by path. */
  rawRoutes?: Record<string, { roles: Role[]; handle: (body: unknown) => Promise<unknown> }>;
  info?: () => unknown;
  /** Static files of the web page by path (`/index.html`, `/app-….js`), and the headers they go out with. */
  site?: { files: ReadonlyMap<string, StaticFile>; headers: Record<string, string> };
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

type Reply = { statusCode: number; headers: Record<string, string>; body: string | Buffer };

const MAX_BODY_BYTES = 10 * 1024 * 1024; // API Gateway's payload limit

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!a[i]) return undefined;
      params[seg.slice(1, -1)] = decodeURIComponent(a[i]!);
    } else if (seg !== a[i]) return undefined;
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : null;
}

/** Lambda proxy result → bytes: a base64 body (PDF) is decoded, as API Gateway does for binary media types. */
function toReply(r: APIGatewayProxyResult): Reply {
  const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, String(v)]));
  return { statusCode: r.statusCode, headers, body: r.isBase64Encoded ? Buffer.from(r.body, 'base64') : r.body };
}

export class LocalApi {
  private server?: Server;

  constructor(private readonly options: LocalApiOptions) {}

  private roleOf(req: IncomingMessage): Role | undefined {
    const auth = req.headers.authorization;
    const key = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : (req.headers['x-api-key'] as string | undefined);
    return key ? this.options.keys[key] : undefined;
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      const send = (status: number, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      this.serveSite(req)
        .then((file) => file ?? this.handle(req).then(toReply))
        .then((r) => send(r.statusCode, r.body, r.headers))
        .catch((e: Error & { status?: number }) => send(e.status ?? 500, JSON.stringify({ error: e.status ? 'BadRequest' : 'InternalError', message: e.status ? e.message : 'Internal error' })));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, resolve);
    });
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  /** The page's files (GET/HEAD only); undefined when the request is for the API. */
  private async serveSite(req: IncomingMessage): Promise<Reply | undefined> {
    const site = this.options.site;
    if (!site || (req.method !== 'GET' && req.method !== 'HEAD')) return undefined;
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // Content negotiation on "/": browsers get the page; curl, fetch and tests the JSON info.
    const wantsPage = pathname === '/' && /\btext\/html\b/.test(req.headers.accept ?? '');
    const file = site.files.get(wantsPage ? '/index.html' : pathname);
    if (!file) return undefined;
    return {
      statusCode: 200,
      headers: { ...site.headers, 'content-type': file.contentType, 'cache-control': file.cacheControl, 'content-length': String(file.body.length) },
      body: file.body,
    };
  }

  private async handle(req: IncomingMessage): Promise<APIGatewayProxyResult> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (method === 'GET' && (url.pathname === '/' || url.pathname === '/api')) return json(200, this.options.info?.() ?? {});
    const role = this.roleOf(req);

    const raw = this.options.rawRoutes?.[url.pathname];
    if (raw && method === 'POST') {
      if (!role) return json(401, { error: 'UnauthorizedError', message: 'Missing or unknown API key' });
      if (!raw.roles.includes(role)) return json(403, { error: 'ForbiddenError', message: `This action needs one of the roles: ${raw.roles.join(', ')}` });
      const text = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(text ?? '');
      } catch {
        return json(400, { error: 'ValidationError', message: 'The request body is not valid JSON', issues: [{ field: '(body)', message: 'invalid JSON' }] });
      }
      try {
        return json(200, await raw.handle(body));
      } catch (e) {
        const err = e as Error & { statusCode?: number; issues?: unknown };
        if (err.statusCode && err.statusCode < 500) return json(err.statusCode, { error: err.name, message: err.message, issues: err.issues });
        throw e;
      }
    }

    const candidates = this.options.routes.map((r) => ({ route: r, params: matchPath(r.path, url.pathname) })).filter((c) => c.params);
    if (candidates.length === 0) return json(404, { error: 'NotFound', message: `No route ${url.pathname}` });
    const match = candidates.find((c) => c.route.method === method);
    if (!match) return json(405, { error: 'MethodNotAllowed', message: `${method} is not allowed on ${url.pathname}` });
    // API Gateway's Cognito authorizer refuses unauthenticated calls before the function runs, with
    // the body lib/api.ts gives its UNAUTHORIZED response (the handlers' error shape, as the OpenAPI says).
    if (!role) return json(401, { error: 'UnauthorizedError', message: 'Sign in first (Cognito ID token in Authorization)' });

    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
    const query = Object.fromEntries(url.searchParams.entries());
    const event = {
      resource: match.route.path,
      path: url.pathname,
      httpMethod: method,
      headers,
      multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      queryStringParameters: Object.keys(query).length ? query : null,
      multiValueQueryStringParameters: null,
      pathParameters: match.params,
      stageVariables: null,
      body: await readBody(req),
      isBase64Encoded: false,
      requestContext: {
        requestId: randomUUID(),
        resourcePath: match.route.path,
        httpMethod: method,
        stage: 'local',
        authorizer: { claims: { 'cognito:username': `${role}-key`, 'cognito:groups': role } },
        identity: { sourceIp: req.socket.remoteAddress ?? '127.0.0.1' },
      },
    } as unknown as APIGatewayProxyEvent;
    return match.route.handler(event);
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
