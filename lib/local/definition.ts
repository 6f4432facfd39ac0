// The embedded runtime runs the very definition that AWS runs: the IncidentWorkflow construct
// is synthesized here with references to functions instead of bundled ones (a few seconds,
// no bundling), and each Task state is mapped back to the handler module it invokes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { WORKFLOW_TASKS, type WorkflowTask } from '../functions.js';
import { IncidentWorkflow } from '../workflow.js';

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'us-east-1';
const FUNCTION_PREFIX = 'breachclock-';
const MAX_NODE_TIMER_MS = 2 ** 31 - 1;

export interface AslState {
  Type: string;
  Resource?: string;
  Parameters?: Record<string, unknown>;
  Branches?: AslDefinition[];
  [key: string]: unknown;
}
export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  [key: string]: unknown;
}

export interface WorkflowDefinition {
  definition: AslDefinition;
  /** Task state name → handler folder under lambdas/. */
  taskHandlers: Record<string, string>;
}

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws', 'AWS::Region': LOCAL_REGION, 'AWS::AccountId': LOCAL_ACCOUNT, 'AWS::URLSuffix': 'amazonaws.com',
};

/** Resolves a synthesized DefinitionString (a string or Fn::Join of literals and pseudo refs). */
export function resolveDefinitionString(value: unknown): AslDefinition {
  const resolve = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const o = v as Record<string, unknown>;
    if (o && 'Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return parts.map(resolve).join(sep);
    }
    if (o && 'Ref' in o && typeof o.Ref === 'string' && o.Ref in PSEUDO) return PSEUDO[o.Ref]!;
    throw new Error(`Cannot resolve ${JSON.stringify(v)} in the state-machine definition`);
  };
  return JSON.parse(resolve(value)) as AslDefinition;
}

/** Every state of a definition, branches included, with its name. */
export function* allStates(definition: AslDefinition): Generator<[string, AslState]> {
  for (const [name, state] of Object.entries(definition.States)) {
    yield [name, state];
    for (const branch of state.Branches ?? []) yield* allStates(branch);
  }
}

export function synthesizeWorkflowDefinition(): WorkflowDefinition {
  const outdir = mkdtempSync(join(tmpdir(), 'breachclock-synth-'));
  try {
    const app = new App({ outdir });
    const stack = new Stack(app, 'BreachClockEmbedded', { env: { account: LOCAL_ACCOUNT, region: LOCAL_REGION } });
    const functions = Object.fromEntries(
      Object.entries(WORKFLOW_TASKS).map(([task, folder]) => [
        task,
        lambda.Function.fromFunctionArn(stack, task, `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${FUNCTION_PREFIX}${folder}`),
      ]),
    ) as Record<WorkflowTask, lambda.IFunction>;
    new IncidentWorkflow(stack, 'Workflow', { functions, logRemovalPolicy: RemovalPolicy.DESTROY });
    const template = app.synth().getStackByName(stack.stackName).template as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const machine = Object.values(template.Resources).find((r) => r.Type === 'AWS::StepFunctions::StateMachine');
    if (!machine) throw new Error('The workflow construct synthesized no state machine');
    const definition = resolveDefinitionString(machine.Properties.DefinitionString);
    // aws-local-stepfunctions arms one Node timer for the whole execution; Node timers overflow
    // past ~24.8 days and fire at once. The year-long AWS limit is a backstop, not behaviour:
    // the embedded runtime goes without it.
    if (typeof definition.TimeoutSeconds === 'number' && definition.TimeoutSeconds * 1000 > MAX_NODE_TIMER_MS) delete definition.TimeoutSeconds;

    const taskHandlers: Record<string, string> = {};
    for (const [name, state] of allStates(definition)) {
      if (state.Type !== 'Task') continue;
      const fn = String(state.Parameters?.FunctionName ?? '');
      const folder = fn.split(':function:')[1]?.replace(FUNCTION_PREFIX, '');
      if (!folder) throw new Error(`Task state "${name}" does not invoke a BreachClock function`);
      taskHandlers[name] = folder;
    }
    return { definition, taskHandlers };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
