// The incident workflow as a graph: the definition synthesized from lib/workflow.ts, resolved to
// ASL JSON, checked state by state and transition by transition (no substring matching).
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSIENT_ERRORS } from '../../lambdas/shared/errors.js';
import { WORKFLOW_TASKS, type WorkflowTask } from '../../lib/functions.js';
import { IncidentWorkflow } from '../../lib/workflow.js';
import {
  allStates, canTerminate, definitionFromTemplate, reachable, successors, validateAsl, walk,
  type AslState, type AslStateMachine,
} from './asl.js';

/** Errors a Retry may list: ours (transient by definition) and the Lambda service's own. */
const RETRYABLE = new Set<string>([
  ...TRANSIENT_ERRORS,
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.TooManyRequestsException',
]);

const functionArn = (task: string) => `arn:aws:lambda:eu-west-1:123456789012:function:breachclock-${task}`;

let machine: AslStateMachine;
let states: { name: string; state: AslState; scope: AslStateMachine }[];
const tasks = () => states.filter((s) => s.state.Type === 'Task');
/** Every state machine scope: the top level and each Parallel branch / Map processor. */
const scopes = () => [
  machine,
  ...states.flatMap(({ state }) => [...(state.Branches ?? []), ...[state.Iterator, state.ItemProcessor].filter((s) => s !== undefined)]),
];

beforeAll(() => {
  // Prepare: the workflow alone, with function references (no bundling, no handlers needed).
  const stack = new Stack(new App(), 'WorkflowOnly');
  const functions = Object.fromEntries(
    Object.keys(WORKFLOW_TASKS).map((task) => [task, lambda.Function.fromFunctionArn(stack, `Fn-${task}`, functionArn(task))]),
  ) as Record<WorkflowTask, lambda.IFunction>;
  new IncidentWorkflow(stack, 'Workflow', { functions });
  machine = definitionFromTemplate(Template.fromStack(stack).toJSON() as Parameters<typeof definitionFromTemplate>[0]);
  states = allStates(machine);
});

describe('incident workflow definition', () => {
  it('is valid Amazon States Language', () => {
    const result = validateAsl(machine);
    expect(result.errorsText('\n')).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('invokes every workflow function, and only those, through Lambda tasks', () => {
    const invoked = new Set<string>();
    for (const { name, state } of tasks()) {
      expect(state.Resource, name).toMatch(/^arn:aws:states:::lambda:invoke(\.waitForTaskToken)?$/);
      invoked.add(String(state.Parameters?.FunctionName));
    }
    expect([...invoked].sort()).toEqual(Object.keys(WORKFLOW_TASKS).map(functionArn).sort());
  });

  it('gives every Task an explicit timeout and a catch-all Catch', () => {
    expect(tasks().length).toBeGreaterThan(0);
    for (const { name, state } of tasks()) {
      expect(state.TimeoutSeconds ?? state.TimeoutSecondsPath, `${name}: TimeoutSeconds`).toBeDefined();
      const catchesAll = (state.Catch ?? []).some((c) => c.ErrorEquals.includes('States.ALL'));
      expect(catchesAll, `${name}: Catch States.ALL`).toBe(true);
    }
  });

  it('catches every failure of a Parallel or Map state too', () => {
    for (const { name, state } of states.filter((s) => s.state.Type === 'Parallel' || s.state.Type === 'Map')) {
      expect((state.Catch ?? []).some((c) => c.ErrorEquals.includes('States.ALL')), name).toBe(true);
    }
  });

  it('retries transient errors only, never States.ALL', () => {
    for (const { name, state } of states) {
      for (const retrier of state.Retry ?? []) {
        expect(retrier.ErrorEquals.length, name).toBeGreaterThan(0);
        for (const error of retrier.ErrorEquals) {
          expect(RETRYABLE.has(error), `${name} retries ${error}`).toBe(true);
        }
        expect(retrier.MaxAttempts ?? 3, `${name}: bounded retries`).toBeLessThanOrEqual(10);
      }
    }
  });

  it("waits for legal's decision with a task token passed to request-approval", () => {
    const waiting = tasks().filter((t) => t.state.Resource?.endsWith('.waitForTaskToken'));
    expect(waiting).toHaveLength(1);
    const [approval] = waiting;
    expect(approval!.state.Parameters?.FunctionName).toBe(functionArn('requestApproval'));
    const passesToken = [...walk(approval!.state.Parameters)].some(({ key, value }) => key.endsWith('.$') && value === '$$.Task.Token');
    expect(passesToken).toBe(true);
  });

  it('waits on timestamps taken from the state (TimestampPath)', () => {
    const waits = states.filter((s) => s.state.Type === 'Wait');
    expect(waits.length).toBeGreaterThan(0);
    for (const { name, state } of waits) {
      expect(state.TimestampPath, name).toMatch(/^\$\./);
      expect([state.Seconds, state.SecondsPath, state.Timestamp], name).toEqual([undefined, undefined, undefined]);
    }
  });

  it('reaches every state from StartAt, in every scope', () => {
    for (const scope of scopes()) {
      const seen = reachable(scope);
      expect(Object.keys(scope.States).filter((n) => !seen.has(n)), `unreachable from ${scope.StartAt}`).toEqual([]);
    }
  });

  it('leads from every state to an end (no dead ends, no inescapable loops)', () => {
    for (const scope of scopes()) {
      const ok = canTerminate(scope);
      expect(Object.keys(scope.States).filter((n) => !ok.has(n)), `stuck states in scope ${scope.StartAt}`).toEqual([]);
      for (const [name, state] of Object.entries(scope.States)) {
        if (!(state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice')) {
          expect(Boolean(state.Next) !== Boolean(state.End), `${name}: exactly one of Next / End`).toBe(true);
        }
        for (const next of successors(state)) expect(scope.States[next], `${name} → ${next}`).toBeDefined();
      }
    }
  });

  it('never writes the whole state with ResultPath "$" (unsupported by the embedded runner)', () => {
    const offending = [...walk(machine)].filter(({ key, value }) => key === 'ResultPath' && value === '$');
    expect(offending.map((o) => o.path.join('/'))).toEqual([]);
  });

  it('uses JSONPath only: no JSONata, no Assign, no distributed Map', () => {
    expect([...walk(machine)].filter(({ key, value }) => key === 'QueryLanguage' && value !== 'JSONPath')).toEqual([]);
    for (const { name, state } of states) {
      // JSONata-only fields, and Assign (variables), on the state or on its Catch / Choice rules.
      const holders: object[] = [state, ...(state.Catch ?? []), ...(state.Choices ?? [])];
      for (const field of ['Assign', 'Arguments', 'Output']) {
        expect(holders.filter((h) => field in h), `${name}: ${field}`).toEqual([]);
      }
    }
    for (const { name, state } of states.filter((s) => s.state.Type === 'Map')) {
      expect(state.ItemProcessor?.ProcessorConfig?.Mode ?? 'INLINE', name).toBe('INLINE');
      expect(state.ItemReader, name).toBeUndefined();
      expect(state.ResultWriter, name).toBeUndefined();
    }
  });
});
