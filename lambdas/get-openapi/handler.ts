// GET /openapi.json (responder, legal, admin)
import { API_ROUTES } from '../../lib/functions.js';
import { json, route } from '../shared/http.js';
import { openApiDocument } from './core.js';

const documents = new Map<string, unknown>();

export const handler = route(['responder', 'legal', 'admin'], async (event) => {
  // The embedded API Gateway calls its stage "local" and serves from the root.
  const stage = event.requestContext?.stage ?? 'v1';
  const embedded = stage === 'local';
  const serverUrl = embedded ? '/' : `/${stage}`;
  let document = documents.get(serverUrl);
  if (!document) documents.set(serverUrl, (document = openApiDocument(API_ROUTES, { serverUrl, embedded })));
  return json(200, document, { 'cache-control': 'private, max-age=300' });
});
