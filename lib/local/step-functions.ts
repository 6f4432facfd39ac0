// Step Functions on one machine: aws-local-stepfunctions runs the synthesized definition, each
// Task state calls the same handler module that Lambda would run, and a small HTTP endpoint
// speaks the part of the Step Functions API the handlers use (StartExecution, SendTaskSuccess,
// SendTaskFailure), so that they reach it through AWS_ENDPOINT_URL_SFN like they reach AWS.
//
// Not native in aws-local-stepfunctions, added here: `.waitForTaskToken` (a token registry) and
// execution names (an execution per name; a second start of a running one is a no-op).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StateMachine } from 'aws-local-stepfunctions';
import type { AslDefinition } from './definition.js';

export type TaskHandler = (payload: unknown) => Promise<unknown>;

interface PendingToken {
  execution: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

export interface LocalStepFunctionsOptions {
  definition: AslDefinition;
  /** Task state name → the function it invokes. */
  taskHandlers: Record<string, TaskHandler>;
  stateMachineArn: string;
  onExecutionEnd?: (name: string, outcome: { ok: true } | { ok: false; error: string }) => void;
}

class ServiceError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

export class LocalStepFunctions {
  private readonly machine: StateMachine;
  private readonly running = new Map<string, { abort: () => void; done: Promise<void> }>();
  private readonly tokens = new Map<string, PendingToken>();
  private server?: Server;

  constructor(private readonly options: LocalStepFunctionsOptions) {
    this.machine = new StateMachine(options.definition as never, { validationOptions: { checkArn: false } });
  }

  /** Starts an execution named `name` unless one with that name is running. */
  start(name: string, input: unknown): { executionArn: string; alreadyRunning: boolean } {
    const executionArn = `${this.options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    if (this.running.has(name)) return { executionArn, alreadyRunning: true };
    const overrides = Object.fromEntries(
      Object.entries(this.options.taskHandlers).map(([state, handler]) => [state, this.localTask(name, state, handler)]),
    );
    const execution = this.machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: overrides as never },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: executionArn, Name: name, Input: input, StartTime: new Date().toISOString() },
        // Replaced by a real token per wait (see localTask): aws-local-stepfunctions has none.
        Task: { Token: 'assigned-by-the-embedded-runtime' },
      } as never,
    });
    const done = execution.result.then(
      () => this.options.onExecutionEnd?.(name, { ok: true }),
      (error: Error) => this.options.onExecutionEnd?.(name, { ok: false, error: error?.name ?? String(error) }),
    ).finally(() => {
      this.running.delete(name);
      for (const [token, pending] of this.tokens) if (pending.execution === name) this.tokens.delete(token);
    });
    this.running.set(name, { abort: execution.abort, done });
    return { executionArn, alreadyRunning: false };
  }

  private localTask(execution: string, state: string, handler: TaskHandler) {
    const waitsForToken = this.isWaitForTaskToken(state);
    return async (input: { Payload?: unknown }) => {
      if (!waitsForToken) return { Payload: await handler(input.Payload) };
      const taskToken = `${execution}.${randomUUID()}`;
      const decided = new Promise<unknown>((resolve, reject) => this.tokens.set(taskToken, { execution, resolve, reject }));
      await handler({ ...(input.Payload as object), taskToken });
      return decided;
    };
  }

  private isWaitForTaskToken(state: string): boolean {
    const find = (d: AslDefinition): boolean =>
      Object.entries(d.States).some(([name, s]) => (name === state && String(s.Resource).endsWith('.waitForTaskToken')) || (s.Branches ?? []).some(find));
    return find(this.options.definition);
  }

  sendTaskSuccess(taskToken: string, output: unknown): void {
    const pending = this.takeToken(taskToken);
    pending.resolve(output);
  }

  sendTaskFailure(taskToken: string, error = 'TaskFailed', cause = ''): void {
    const pending = this.takeToken(taskToken);
    const failure = new Error(cause);
    failure.name = error;
    pending.reject(failure);
  }

  private takeToken(taskToken: string): PendingToken {
    const pending = this.tokens.get(taskToken);
    if (!pending) throw new ServiceError('TaskDoesNotExist', 'Task does not exist anymore');
    this.tokens.delete(taskToken);
    return pending;
  }

  runningExecutions(): string[] {
    return [...this.running.keys()];
  }

  /** Resolves when the named execution ends (immediately if none runs). */
  async settled(name: string): Promise<void> {
    await this.running.get(name)?.done;
  }

  /** The Step Functions JSON API subset the handlers call, on loopback. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const reply = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify(body));
        };
        try {
          const action = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
          const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, string>;
          switch (action) {
            case 'StartExecution': {
              if (body.stateMachineArn !== this.options.stateMachineArn) throw new ServiceError('StateMachineDoesNotExist', 'Unknown state machine');
              const { executionArn } = this.start(String(body.name), JSON.parse(body.input ?? '{}'));
              return reply(200, { executionArn, startDate: Date.now() / 1000 });
            }
            case 'SendTaskSuccess':
              this.sendTaskSuccess(String(body.taskToken), JSON.parse(body.output ?? '{}'));
              return reply(200, {});
            case 'SendTaskFailure':
              this.sendTaskFailure(String(body.taskToken), body.error, body.cause);
              return reply(200, {});
            default:
              throw new ServiceError('UnknownOperationException', `The embedded runtime does not implement ${action}`);
          }
        } catch (e) {
          const type = e instanceof ServiceError ? e.type : 'InvalidParameterValue';
          reply(400, { __type: type, message: (e as Error).message });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  /** Aborts every execution (they resume from the stored state on the next start) and closes. */
  async stop(): Promise<void> {
    const all = [...this.running.values()];
    for (const execution of all) execution.abort();
    await Promise.allSettled(all.map((e) => e.done));
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
