// The page's API client, driven by the API's own OpenAPI description (GET /openapi.json): every
// call names an operationId; the path, the method, the query parameters it may take and the
// roles that may call it come from the description, not from code here.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.error = body?.error;
    this.issues = body?.issues ?? [];
  }
}

async function errorOf(res) {
  let body;
  try {
    body = await res.json();
  } catch {
    body = { message: `HTTP ${res.status}` };
  }
  if (res.status === 401) body.message = 'Not signed in, or the key / session is not valid';
  return new ApiError(res.status, body);
}

/** `session.authorization()` gives the Authorization header value. */
export async function createClient({ apiBase, authorization }) {
  const headers = async (extra = {}) => {
    const auth = await authorization();
    return { ...(auth ? { authorization: auth } : {}), ...extra };
  };
  const res = await fetch(`${apiBase}/openapi.json`, { headers: await headers({ accept: 'application/json' }) });
  if (!res.ok) throw await errorOf(res);
  const description = await res.json();

  const operations = new Map();
  for (const [path, item] of Object.entries(description.paths)) {
    for (const [method, op] of Object.entries(item)) {
      operations.set(op.operationId, {
        method: method.toUpperCase(),
        path,
        roles: op['x-breachclock-roles'] ?? [],
        query: new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)),
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      });
    }
  }
  const operation = (id) => {
    const op = operations.get(id);
    if (!op) throw new Error(`The API has no operation ${id}`);
    return op;
  };
  const urlOf = (op, params = {}, query = {}) => {
    let path = op.path;
    for (const name of op.pathParams) {
      if (params[name] === undefined) throw new Error(`${name} is required`);
      path = path.replace(`{${name}}`, encodeURIComponent(params[name]));
    }
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (!op.query.has(k)) throw new Error(`The API takes no ${k} parameter here`);
      if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
    }
    return `${apiBase}${path}${search.size ? `?${search}` : ''}`;
  };

  const send = async (id, { params, query, body, accept = 'application/json' } = {}) => {
    const op = operation(id);
    const res = await fetch(urlOf(op, params, query), {
      method: op.method,
      headers: await headers({ accept, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw await errorOf(res);
    return res;
  };

  return {
    description,
    /** May a caller with these roles call this operation? */
    allows: (id, roles) => operation(id).roles.some((r) => roles.includes(r)),
    call: async (id, options) => (await send(id, options)).json(),
    /** A file (CSV, PDF, JSON) saved through the browser's download. */
    download: async (id, options, fallbackName) => {
      const res = await send(id, options);
      const disposition = res.headers.get('content-disposition') ?? '';
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return name;
    },
  };
}
