// The incident table's keys, in the DynamoDB CreateTable API shape: one source for the CDK table
// (lib/storage.ts) and for the embedded runtime, which creates the same table in dynalite.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Index used to list incidents by status and time (and any other "by" access pattern). */
export const GSI1 = 'gsi1';

export const TABLE_SCHEMA = {
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    { AttributeName: 'gsi1pk', AttributeType: 'S' },
    { AttributeName: 'gsi1sk', AttributeType: 'S' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: GSI1,
      KeySchema: [
        { AttributeName: 'gsi1pk', KeyType: 'HASH' },
        { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
  // On demand in AWS; dynalite needs it too, or it asks for provisioned throughput on the index.
  BillingMode: 'PAY_PER_REQUEST',
} satisfies Omit<CreateTableCommandInput, 'TableName'>;
