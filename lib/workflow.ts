// The incident workflow: one Step Functions (Standard) definition, used as is in AWS and run
// in-process by the embedded runtime. It takes its functions as props so it synthesizes alone.
//
// Every task reads and writes the incident in DynamoDB and passes on only the incident id (and
// the little the next Choice needs), so the state stays small and every task is re-entrant:
// re-running the workflow for an incident finishes what is left and repeats nothing.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { TRANSIENT_ERRORS } from '../lambdas/shared/errors.js';
import type { WorkflowTask } from './functions.js';

export interface IncidentWorkflowProps {
  /** One function per workflow task. */
  readonly functions: Record<WorkflowTask, lambda.IFunction>;
  /** Log group retention and removal; defaults suit production. */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/** How long legal may take before the approval request is sent again (kept under the 24.8-day Node timer limit). */
export const APPROVAL_REMINDER_AFTER = Duration.days(7);

export class IncidentWorkflow extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: IncidentWorkflowProps) {
    super(scope, id);
    const fn = props.functions;

    // Transient errors only: our TransientDependencyError and Lambda throttling (the Lambda
    // service errors are retried by LambdaInvoke's own default retry).
    const transientRetry = {
      errors: [...TRANSIENT_ERRORS, 'Lambda.TooManyRequestsException'],
      interval: Duration.seconds(2),
      maxAttempts: 5,
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    };
    const task = (name: string, f: lambda.IFunction, timeout: Duration, extra: Partial<tasks.LambdaInvokeProps> = {}) =>
      new tasks.LambdaInvoke(this, name, {
        lambdaFunction: f,
        payload: sfn.TaskInput.fromObject({ incidentId: sfn.JsonPath.stringAt('$.incidentId') }),
        resultPath: sfn.JsonPath.DISCARD,
        taskTimeout: sfn.Timeout.duration(timeout),
        ...extra,
      }).addRetry(transientRetry);

    // Failures end in one place: the failure is recorded on the incident's timeline.
    const workflowFailed = new sfn.Fail(this, 'Workflow failed', { error: 'WorkflowFailed', cause: 'See the incident timeline' });
    const recordFailure = task('Record the failure on the timeline', fn.recordFailure, Duration.seconds(60), {
      payload: sfn.TaskInput.fromObject({
        incidentId: sfn.JsonPath.stringAt('$.incidentId'),
        error: sfn.JsonPath.objectAt('$.error'),
      }),
    });
    recordFailure.addCatch(workflowFailed, { resultPath: '$.recordError' });
    recordFailure.next(workflowFailed);
    const onFailure = { resultPath: '$.error' };

    const classify = task('Classify the affected records', fn.classify, Duration.minutes(15)).addCatch(recordFailure, onFailure);
    const assess = task('Assess the risk and the obligations', fn.assess, Duration.minutes(2)).addCatch(recordFailure, onFailure);

    // Branch 1: the regulator clocks. Wake at the next reminder, escalate, repeat; stop when
    // every obligation with a deadline is fulfilled, waived or not required.
    // Branch failures keep the original error name, so the failure path records the real cause.
    const branchFailure = { errorPath: '$.error.Error', causePath: '$.error.Cause' };
    const clockFailed = new sfn.Fail(this, 'Clock branch failed', branchFailure);
    const checkClocks = task('Check the regulator clocks', fn.checkClocks, Duration.minutes(2), {
      resultSelector: { 'done.$': '$.Payload.done', 'wakeAt.$': '$.Payload.wakeAt' },
      resultPath: '$.clock',
    }).addCatch(clockFailed, onFailure);
    const waitForReminder = new sfn.Wait(this, 'Wait for the next reminder', {
      time: sfn.WaitTime.timestampPath('$.clock.wakeAt'),
    });
    const clocksStopped = new sfn.Succeed(this, 'Every clock is stopped');
    const clockBranch = checkClocks.next(
      new sfn.Choice(this, 'Are all clocks stopped?')
        .when(sfn.Condition.booleanEquals('$.clock.done', true), clocksStopped)
        .otherwise(waitForReminder.next(checkClocks)),
    );

    // Branch 2: draft, legal's decision (task token), send.
    const noticesFailed = new sfn.Fail(this, 'Notice branch failed', branchFailure);
    const draft = task('Draft the notices', fn.draftNotices, Duration.minutes(2), {
      resultSelector: { 'awaitingApproval.$': '$.Payload.awaitingApproval' },
      resultPath: '$.drafts',
    }).addCatch(noticesFailed, onFailure);
    const awaitDecision = new tasks.LambdaInvoke(this, "Wait for legal's decision", {
      lambdaFunction: fn.requestApproval,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({
        incidentId: sfn.JsonPath.stringAt('$.incidentId'),
        taskToken: sfn.JsonPath.taskToken,
      }),
      resultPath: sfn.JsonPath.DISCARD,
      taskTimeout: sfn.Timeout.duration(APPROVAL_REMINDER_AFTER),
    }).addRetry(transientRetry);
    // No decision in time: ask legal again (the request is recorded on the timeline each time).
    awaitDecision.addCatch(awaitDecision, { errors: [sfn.Errors.TIMEOUT], resultPath: sfn.JsonPath.DISCARD });
    awaitDecision.addCatch(noticesFailed, onFailure);
    // Each approval is sent at once, whatever else still awaits legal (an Art. 33 notice is not held
    // back by a final report due a month later); then the branch waits again for the rest.
    const send = task('Send the approved notices', fn.sendNotices, Duration.minutes(15), {
      resultSelector: { 'awaitingApproval.$': '$.Payload.awaitingApproval', 'approvedUnsent.$': '$.Payload.approvedUnsent' },
      resultPath: '$.drafts',
    }).addCatch(noticesFailed, onFailure);
    const noticesDone = new sfn.Succeed(this, 'Every notice is decided');
    awaitDecision.next(send).next(
      new sfn.Choice(this, 'Does any notice still await approval or sending?')
        .when(sfn.Condition.or(
          sfn.Condition.numberGreaterThan('$.drafts.awaitingApproval', 0),
          sfn.Condition.numberGreaterThan('$.drafts.approvedUnsent', 0),
        ), awaitDecision)
        .otherwise(noticesDone),
    );
    const noticeBranch = draft.next(
      new sfn.Choice(this, 'Is any notice awaiting approval?')
        .when(sfn.Condition.numberGreaterThan('$.drafts.awaitingApproval', 0), awaitDecision)
        .otherwise(send),
    );

    const respond = new sfn.Parallel(this, 'Run the clocks and the notices', { resultPath: sfn.JsonPath.DISCARD })
      .branch(clockBranch)
      .branch(noticeBranch)
      .addCatch(recordFailure, onFailure);
    const close = task('Close the incident', fn.closeIncident, Duration.minutes(1)).addCatch(recordFailure, onFailure);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromChainable(classify.next(assess).next(respond).next(close)),
      // Long enough for the slowest regime's last stage (e.g. a final report a month later) plus margin.
      timeout: Duration.days(365),
      tracingEnabled: true,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
      comment: 'BreachClock incident workflow: classify, assess, clocks and notices, close',
    });
  }
}
