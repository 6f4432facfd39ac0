// The CDK app: `npx cdk synth` / `npx cdk deploy` (configuration: see lib/breachclock-stack.ts).
// cdk-nag's AWS Solutions pack checks the synthesized app; any unacknowledged error fails the synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BreachClockStack } from '../lib/breachclock-stack.js';

const app = new App();
new BreachClockStack(app, 'BreachClock', {
  description: 'BreachClock: personal-data breach response orchestrator',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
