// The real incident store on dynalite (in memory), as the embedded runtime runs it, for the tests
// of the workflow's steps: one server and one table per test file.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { TABLE_SCHEMA } from '../../lib/table-schema.js';
import { IncidentStore } from '../../lambdas/shared/store.js';

/** Starts dynalite before the file's tests and stops it after; the store and client are set once it runs. */
export function storeOnDynalite(table: string): { store: IncidentStore; documents: DynamoDBDocumentClient } {
  const handle = {} as { store: IncidentStore; documents: DynamoDBDocumentClient };
  let server: ReturnType<typeof dynalite> | undefined;
  beforeAll(async () => {
    server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await client.send(new CreateTableCommand({ TableName: table, ...TABLE_SCHEMA }));
    handle.documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    handle.store = new IncidentStore(handle.documents, table);
  });
  afterAll(async () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return handle;
}
