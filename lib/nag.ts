// cdk-nag acknowledgements that cannot be written by hand because they name generated logical
// ids: the IAM5 (wildcard) findings that `grant*` methods and AWS services leave in policies.
//
// This is not a blanket suppression. A finding is acknowledged only when EVERY statement that
// produces it has one of the shapes below, each with its own reason; any other wildcard (say, a
// `ses:SendEmail` on `*`) stays a finding and fails the synth.
import { CfnResource, type IAspect, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
}

/** Actions that AWS only allows on `*` (no resource-level permissions). */
const RESOURCELESS_ACTIONS = new Set([
  'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets',
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
]);

const REASONS = {
  resourceless:
    'X-Ray trace upload and Step Functions log delivery actions do not support resource-level permissions, so AWS requires Resource "*" for them',
  kmsActions:
    'kms:GenerateDataKey* / kms:ReEncrypt* come from table.grant*(): they cover the data-key variants DynamoDB uses and are scoped to the table\'s own customer-managed key',
  tableIndexes:
    'Granted by table.grant*(): <table>/index/* covers only the indexes of the incident table (gsi1), which queries by status need',
  functionVersions:
    'Granted by the Step Functions LambdaInvoke task: <function>:* covers the versions and aliases of that one workflow function',
} as const;

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Same flattening as cdk-nag's, so the finding ids match: GetAtt → <Logical.Attr>, Ref → <Logical>. */
export function flatten(reference: unknown): string {
  if (reference === undefined) return '';
  if (typeof reference === 'string') return reference.replace(/\$\{/g, '<').replace(/}/g, '>');
  const r = reference as Record<string, unknown>;
  if (r['Fn::Join']) {
    const [delimiter, parts] = r['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(delimiter);
  }
  if (r['Fn::Sub']) return flatten(r['Fn::Sub']);
  if (r['Fn::GetAtt']) {
    const [resource, attribute] = r['Fn::GetAtt'] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (r['Fn::ImportValue']) return flatten(r['Fn::ImportValue']);
  if (r.Ref) return `<${flatten(r.Ref)}>`;
  return JSON.stringify(reference);
}

/** The reason a wildcard in this statement is acceptable, or undefined if it is not. */
function reasonFor(finding: string, actions: string[], resources: string[]): string | undefined {
  if (finding.startsWith('Action::')) {
    const action = finding.slice('Action::'.length);
    const scoped = resources.length > 0 && resources.every((r) => !r.includes('*'));
    if ((action === 'kms:GenerateDataKey*' || action === 'kms:ReEncrypt*') && scoped) return REASONS.kmsActions;
    return undefined;
  }
  const resource = finding.slice('Resource::'.length);
  if (resource === '*') return actions.every((a) => RESOURCELESS_ACTIONS.has(a)) ? REASONS.resourceless : undefined;
  if (/^<[A-Za-z0-9]+\.Arn>\/index\/\*$/.test(resource) && actions.every((a) => a.startsWith('dynamodb:'))) {
    return REASONS.tableIndexes;
  }
  if (/^<[A-Za-z0-9]+\.Arn>:\*$/.test(resource) && actions.every((a) => a === 'lambda:InvokeFunction')) {
    return REASONS.functionVersions;
  }
  return undefined;
}

/** Acknowledges the IAM5 findings of one policy document whose every source statement is acceptable. */
function acknowledgeDocument(target: IConstruct, document: { Statement?: Statement[] }): void {
  const verdicts = new Map<string, (string | undefined)[]>();
  for (const statement of document.Statement ?? []) {
    if (statement.Effect !== 'Allow') continue;
    const actions = asArray(statement.Action);
    const resources = asArray(statement.Resource).map(flatten);
    const findings = [
      ...actions.filter((a) => a.includes('*')).map((a) => `Action::${a}`),
      ...resources.filter((r) => r.includes('*')).map((r) => `Resource::${r}`),
    ];
    for (const finding of findings) {
      verdicts.set(finding, [...(verdicts.get(finding) ?? []), reasonFor(finding, actions, resources)]);
    }
  }
  for (const [finding, reasons] of verdicts) {
    const [reason] = reasons;
    if (reason && reasons.every((r) => r === reason)) {
      Validations.of(target).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }
  }
}

export class AcknowledgeScopedWildcards implements IAspect {
  visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) return;
    const stack = Stack.of(node);
    if (node instanceof iam.CfnPolicy) {
      acknowledgeDocument(node, stack.resolve(node.policyDocument));
    } else if (node instanceof iam.CfnRole) {
      for (const policy of asArray(stack.resolve(node.policies) as { policyDocument: unknown }[])) {
        acknowledgeDocument(node, stack.resolve(policy.policyDocument));
      }
    }
  }
}
