// Turns a synthesized state machine back into ASL JSON and walks it as a graph, so tests assert
// on states and transitions, never on substrings of the definition.
import { createRequire } from 'node:module';

export interface AslCatcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
}

export interface AslRetrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
}

export interface AslState {
  Type: 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: { Next: string }[];
  Catch?: AslCatcher[];
  Retry?: AslRetrier[];
  Resource?: string;
  Parameters?: Record<string, unknown>;
  TimeoutSeconds?: number;
  TimeoutSecondsPath?: string;
  Seconds?: number;
  SecondsPath?: string;
  Timestamp?: string;
  TimestampPath?: string;
  ResultPath?: string | null;
  Branches?: AslStateMachine[];
  Iterator?: AslStateMachine;
  ItemProcessor?: AslStateMachine & { ProcessorConfig?: { Mode?: string } };
  [key: string]: unknown;
}

export interface AslStateMachine {
  StartAt: string;
  States: Record<string, AslState>;
  Comment?: string;
  QueryLanguage?: string;
  TimeoutSeconds?: number;
}

/** Values substituted for CloudFormation pseudo parameters. */
export const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '123456789012',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'BreachClock',
};

/** The placeholder a `Fn::GetAtt [logicalId, Arn]` of a Lambda function resolves to. */
export const functionArnPlaceholder = (logicalId: string) =>
  `arn:aws:lambda:${PSEUDO_PARAMETERS['AWS::Region']}:${PSEUDO_PARAMETERS['AWS::AccountId']}:function:${logicalId}`;

/** The logical id back from a placeholder ARN (undefined for any other ARN). */
export const logicalIdOfFunctionArn = (arn: string): string | undefined =>
  arn.startsWith(functionArnPlaceholder('')) ? arn.slice(functionArnPlaceholder('').length) : undefined;

/** Resolves the intrinsics CDK puts in a DefinitionString: Fn::Join, Ref and Fn::GetAtt. */
export function resolveIntrinsic(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['Fn::Join'])) {
    const [delimiter, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(resolveIntrinsic).join(delimiter);
  }
  if (typeof v.Ref === 'string') {
    const pseudo = PSEUDO_PARAMETERS[v.Ref];
    if (pseudo === undefined) throw new Error(`Unresolvable Ref ${v.Ref} in the definition`);
    return pseudo;
  }
  if (Array.isArray(v['Fn::GetAtt'])) {
    const [logicalId, attribute] = v['Fn::GetAtt'] as [string, string];
    if (attribute !== 'Arn') throw new Error(`Unexpected Fn::GetAtt ${logicalId}.${attribute} in the definition`);
    return functionArnPlaceholder(logicalId);
  }
  throw new Error(`Unsupported intrinsic in the definition: ${JSON.stringify(value)}`);
}

interface CfnTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

/** The ASL of the template's one state machine. */
export function definitionFromTemplate(template: CfnTemplate): AslStateMachine {
  const machines = Object.values(template.Resources).filter((r) => r.Type === 'AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) throw new Error(`Expected one state machine, found ${machines.length}`);
  return JSON.parse(resolveIntrinsic(machines[0]!.Properties!.DefinitionString)) as AslStateMachine;
}

export interface StateInScope {
  name: string;
  state: AslState;
  /** The States object the state belongs to (top level, a Parallel branch, a Map processor). */
  scope: AslStateMachine;
}

/** Every state, nested ones included (Parallel branches, Map processors). */
export function allStates(machine: AslStateMachine): StateInScope[] {
  const found: StateInScope[] = [];
  for (const [name, state] of Object.entries(machine.States)) {
    found.push({ name, state, scope: machine });
    for (const branch of state.Branches ?? []) found.push(...allStates(branch));
    if (state.Iterator) found.push(...allStates(state.Iterator));
    if (state.ItemProcessor) found.push(...allStates(state.ItemProcessor));
  }
  return found;
}

/** Where a state can go next within its scope: Next, Choice targets, Catch targets. */
export function successors(state: AslState): string[] {
  return [
    ...(state.Next ? [state.Next] : []),
    ...(state.Default ? [state.Default] : []),
    ...(state.Choices ?? []).map((c) => c.Next),
    ...(state.Catch ?? []).map((c) => c.Next),
  ];
}

/** A state that ends its scope (the execution, or its branch). */
export const isTerminal = (state: AslState) => state.Type === 'Succeed' || state.Type === 'Fail' || state.End === true;

/** Names reachable from StartAt within one scope. */
export function reachable(scope: AslStateMachine): Set<string> {
  const seen = new Set<string>();
  const queue = [scope.StartAt];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const state = scope.States[name];
    if (state) queue.push(...successors(state));
  }
  return seen;
}

/** Names from which some terminal state of the scope can be reached. */
export function canTerminate(scope: AslStateMachine): Set<string> {
  const ok = new Set(Object.entries(scope.States).filter(([, s]) => isTerminal(s)).map(([n]) => n));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, state] of Object.entries(scope.States)) {
      if (!ok.has(name) && successors(state).some((n) => ok.has(n))) {
        ok.add(name);
        grew = true;
      }
    }
  }
  return ok;
}

/** Every (key, value) pair in a JSON value, at any depth, with its path. */
export function* walk(value: unknown, path: string[] = []): Generator<{ path: string[]; key: string; value: unknown }> {
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    yield { path, key, value: child };
    yield* walk(child, [...path, key]);
  }
}

interface AslValidationResult {
  isValid: boolean;
  errors: { message?: string }[];
  errorsText: (separator?: string) => string;
}
type AslValidator = (definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }) => AslValidationResult;

// asl-validator is CommonJS without type declarations.
const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

/** asl-validator's verdict (on a copy: the validator annotates the definition it is given). */
export function validateAsl(machine: AslStateMachine): AslValidationResult {
  return aslValidator(structuredClone(machine), { checkPaths: true, checkArn: true });
}
