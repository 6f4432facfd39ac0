// AWS security alerts that open (or update) incidents without a human: GuardDuty, Macie,
// Security Hub and CloudWatch alarms, delivered by EventBridge to the alert-intake function.
// The rules pass every event of those kinds; the intake decides (the embedded POST /alerts
// takes the same events, so filtering here would make AWS behave differently).
import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The event patterns, by rule id. */
export const ALERT_PATTERNS: Record<string, events.EventPattern> = {
  GuardDutyFindings: { source: ['aws.guardduty'], detailType: ['GuardDuty Finding'] },
  MacieFindings: { source: ['aws.macie'], detailType: ['Macie Finding'] },
  SecurityHubFindings: { source: ['aws.securityhub'], detailType: ['Security Hub Findings - Imported'] },
  CloudWatchAlarms: {
    source: ['aws.cloudwatch'],
    detailType: ['CloudWatch Alarm State Change'],
    detail: { state: { value: ['ALARM'] } },
  },
};

export interface SecurityAlertRulesProps {
  readonly intake: lambda.IFunction;
}

export class SecurityAlertRules extends Construct {
  /** Alerts that could not be delivered or handled: inspect and redrive by hand. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: SecurityAlertRulesProps) {
    super(scope, id);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue (of the EventBridge targets and of the intake\'s async invocations); cdk-nag only recognises SQS redrive and Lambda DLQ links',
    });

    const target = new targets.LambdaFunction(props.intake, {
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 8,
      maxEventAge: Duration.hours(24),
    });
    for (const [ruleId, eventPattern] of Object.entries(ALERT_PATTERNS)) {
      new events.Rule(this, ruleId, { description: `BreachClock: ${ruleId} → alert intake`, eventPattern, targets: [target] });
    }

    // EventBridge invokes asynchronously: its DLQ catches failed deliveries, this catches the
    // events the function itself failed on after Lambda's own retries.
    props.intake.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(this.deadLetterQueue),
    });
  }
}
