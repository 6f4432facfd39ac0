// The workflow port: start an incident's execution, answer a task token. In AWS this is
// Step Functions; embedded, the same API calls reach the local runner (AWS_ENDPOINT_URL_SFN).
import { SendTaskSuccessCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { asDependencyError } from './aws.js';
import { ConfigurationError } from './config.js';

export class Workflow {
  constructor(private readonly sfn: SFNClient, private readonly stateMachineArn?: string) {}

  /**
   * Starts the execution named after the incident (or `executionName`, for a follow-up run after
   * a decision changed the obligations); starting it twice is harmless.
   */
  async start(incidentId: string, executionName = incidentId): Promise<void> {
    if (!this.stateMachineArn) throw new ConfigurationError('Environment variable STATE_MACHINE_ARN is not set');
    try {
      await this.sfn.send(new StartExecutionCommand({
        stateMachineArn: this.stateMachineArn,
        name: executionName,
        input: JSON.stringify({ incidentId }),
      }));
    } catch (e) {
      if ((e as { name?: string }).name === 'ExecutionAlreadyExists') return;
      throw asDependencyError(e, 'start workflow');
    }
  }

  /** Resumes a task waiting for a token. False when the token is no longer valid (the task moved on). */
  async resume(taskToken: string, output: unknown): Promise<boolean> {
    try {
      await this.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
      return true;
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'TaskTimedOut' || name === 'InvalidToken' || name === 'TaskDoesNotExist') return false;
      throw asDependencyError(e, 'resume workflow');
    }
  }
}
