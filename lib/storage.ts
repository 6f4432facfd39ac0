// The single incident table: incidents, obligations, notices and the audit timeline.
// The keys come from lib/table-schema.ts, which the embedded runtime uses for dynalite.
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from './table-schema.js';

type KeyElement = { AttributeName: string; KeyType: 'HASH' | 'RANGE' };

function attribute(name: string): dynamodb.Attribute {
  const definition = TABLE_SCHEMA.AttributeDefinitions.find((a) => a.AttributeName === name);
  if (definition?.AttributeType !== 'S') throw new Error(`Table schema: attribute ${name} must be a string (S)`);
  return { name, type: dynamodb.AttributeType.STRING };
}

function keys(schema: KeyElement[]) {
  const hash = schema.find((k) => k.KeyType === 'HASH');
  const range = schema.find((k) => k.KeyType === 'RANGE');
  if (!hash) throw new Error('Table schema: a key schema has no HASH key');
  return { partitionKey: attribute(hash.AttributeName), sortKey: range ? attribute(range.AttributeName) : undefined };
}

export class IncidentTable extends Construct {
  readonly table: dynamodb.Table;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // A customer-managed key: the table holds breach metadata, so who can decrypt it is ours to say.
    this.key = new kms.Key(this, 'Key', {
      description: 'BreachClock incident table encryption',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      ...keys(TABLE_SCHEMA.KeySchema),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The audit timeline is evidence: never delete it with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const index of TABLE_SCHEMA.GlobalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.IndexName,
        ...keys(index.KeySchema),
        projectionType: dynamodb.ProjectionType[index.Projection.ProjectionType],
      });
    }
  }
}
