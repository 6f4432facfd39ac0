// One Lambda function for one handler folder (lambdas/<folder>/handler.ts), bundled by esbuild
// as ESM for Node.js 22 on arm64, with its own role and log group.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { handlerEntry } from './functions.js';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the runbooks are in every bundle (copied there by the afterBundling hook). */
export const LAMBDA_RUNBOOKS_DIR = '/var/task/runbooks';

/**
 * Lets a bundle written as ESM load the CommonJS dependencies that call `require` (the AWS SDK
 * and others). Aliased so that it cannot clash with a name in the bundle.
 */
const ESM_REQUIRE_SHIM =
  "import { createRequire as __breachclockCreateRequire } from 'node:module'; const require = __breachclockCreateRequire(import.meta.url);";

/** Replaces bundling with ready-made code (tests): `folder` → code. */
export type HandlerCode = (folder: string) => lambda.Code;

export interface HandlerFunctionProps {
  /** The folder under lambdas/ whose handler.ts exports `handler`. */
  readonly folder: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment: Record<string, string>;
  /** Tests only: use this code instead of bundling the handler (synthesis stays fast). */
  readonly code?: HandlerCode;
}

export class HandlerFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Our own role, so that the function can write to its log group only (rather than the
    // AWSLambdaBasicExecutionRole managed policy, which allows every log group).
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `BreachClock ${props.folder} function`,
    });
    logGroup.grantWrite(this.role);

    const common = {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
    } satisfies Partial<lambda.FunctionProps>;

    this.function = props.code
      ? new lambda.Function(this, 'Function', { ...common, handler: 'index.handler', code: props.code(props.folder) })
      : new nodejs.NodejsFunction(this, 'Function', {
          ...common,
          entry: path.join(PROJECT_ROOT, handlerEntry(props.folder)),
          handler: 'handler',
          projectRoot: PROJECT_ROOT,
          depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
          bundling: {
            format: nodejs.OutputFormat.ESM,
            target: 'node22',
            mainFields: ['module', 'main'],
            banner: ESM_REQUIRE_SHIM,
            minify: true,
            // The error taxonomy is matched by name (Step Functions Retry/Catch, HTTP mapping):
            // minifying must not rename the error classes.
            keepNames: true,
            sourceMap: true,
            sourceMapMode: nodejs.SourceMapMode.DEFAULT,
            sourcesContent: false,
            // The bundle pins the SDK versions the project was tested with (same as embedded).
            bundleAwsSDK: true,
            forceDockerBundling: false,
            commandHooks: {
              beforeBundling: () => [],
              beforeInstall: () => [],
              // The runbooks are data read at run time from RUNBOOKS_DIR: ship them in the bundle.
              afterBundling: (inputDir: string, outputDir: string) => [
                `cp -R "${path.join(inputDir, 'runbooks')}" "${path.join(outputDir, 'runbooks')}"`,
              ],
            },
          },
        });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned on purpose: the embedded runtime, the toolchain (node@22 devDependency) and the tests run on 22, and Lambda must match them; move all together to 24',
    });
  }
}
