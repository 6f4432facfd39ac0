// Legal's desk in AWS: the page's files in a private S3 bucket, served by CloudFront through
// origin access control; the API under /v1/* of the same distribution (same origin: no CORS, and
// the page's Content-Security-Policy can say connect-src 'self'); sign-in through the Cognito user
// pool's hosted login (a domain and a public app client: authorization code flow with PKCE).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Aspects, CfnResource, Duration, RemovalPolicy, Stack, Validations, type IAspect } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { flatten } from '../nag.js';
import { buildWebFiles, contentSecurityPolicy, writeWebFiles, type WebConfig, type WebFile } from './assets.js';

export interface LegalDeskProps {
  readonly api: apigw.RestApi;
  readonly userPool: cognito.UserPool;
  /** Prefix of the hosted-login domain <prefix>.auth.<region>.amazoncognito.com (unique per region). */
  readonly loginDomainPrefix: string;
  /** The page's files (tests may pass their own; the app bundles lib/web/app). */
  readonly files?: readonly WebFile[];
}

const SCOPES = [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE];

export class LegalDesk extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly client: cognito.UserPoolClient;
  readonly loginDomain: cognito.UserPoolDomain;
  /** https://<distribution>/ */
  readonly url: string;

  constructor(scope: Construct, id: string, props: LegalDeskProps) {
    super(scope, id);
    const stage = props.api.deploymentStage.stageName;

    // Access logs of the bucket and of the distribution. CloudFront standard logs need ACLs.
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the page bucket and the distribution: logging it into itself would log its own log deliveries',
    });

    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.loginDomain = props.userPool.addDomain('HostedLogin', { cognitoDomain: { domainPrefix: props.loginDomainPrefix } });
    const loginOrigin = this.loginDomain.baseUrl();

    const pageHeaders = new cloudfront.ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: "BreachClock legal's desk: CSP, HSTS, no framing, no referrer",
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy([loginOrigin]), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true },
        ],
      },
    });
    const apiHeaders = new cloudfront.ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'BreachClock API behind the page: HSTS, nosniff',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: "BreachClock legal's desk",
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: pageHeaders,
        compress: true,
      },
      additionalBehaviors: {
        // The API stage, unchanged: /v1/incidents here is /v1/incidents on API Gateway. Nothing is
        // cached; every viewer header but Host goes through (Authorization included: with caching
        // disabled, an origin request policy may forward it).
        [`/${stage}/*`]: {
          origin: new origins.RestApiOrigin(props.api, { originPath: '' }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
          compress: true,
        },
      },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Breach response is not limited to some countries: a DPO or responder may sign in from anywhere; access is controlled by Cognito sign-in with MFA',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'A CloudFront WAF must live in us-east-1 (another stack); the API behind /v1/* keeps its regional WAF, and the static files carry no data',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason: 'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the minimum protocol; a custom domain with its own certificate would set TLSv1.2_2021',
    });

    this.url = `https://${this.distribution.distributionDomainName}/`;
    this.client = props.userPool.addClient('WebClient', {
      userPoolClientName: 'breachclock-legal-desk',
      // A browser app: a public client (no secret), code flow; the page sends a PKCE challenge.
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: SCOPES,
        callbackUrls: [this.url],
        logoutUrls: [this.url],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    // The files: hashed bundles are immutable; index.html and config.json revalidate.
    const files = props.files ?? buildWebFiles();
    const dir = mkdtempSync(join(tmpdir(), 'breachclock-web-'));
    writeWebFiles(dir, files);
    const config: WebConfig = {
      auth: 'cognito',
      apiBase: `/${stage}`,
      cognito: { domain: loginOrigin, clientId: this.client.userPoolClientId, scopes: SCOPES.map((s) => s.scopeName) },
    };
    // One log group for the deployment handler, kept a year like every other in the stack.
    const deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY });
    const bundles = new s3deploy.BucketDeployment(this, 'DeployBundles', {
      destinationBucket: this.bucket,
      sources: [s3deploy.Source.asset(dir, { exclude: ['index.html'] })],
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
      prune: false,
      memoryLimit: 256,
      logGroup: deploymentLogs,
    });
    const entry = new s3deploy.BucketDeployment(this, 'DeployEntry', {
      destinationBucket: this.bucket,
      sources: [s3deploy.Source.asset(dir, { exclude: ['*', '!index.html'] }), s3deploy.Source.jsonData('config.json', config)],
      cacheControl: [s3deploy.CacheControl.noCache()],
      prune: false,
      memoryLimit: 256,
      logGroup: deploymentLogs,
      // No invalidation needed (it would need cloudfront:CreateInvalidation on "*"): these two
      // go out with no-cache, which CloudFront's optimized cache policy keeps for a second.
    });
    // The page must not point at bundles that are not there yet.
    entry.node.addDependency(bundles);
    this.acknowledgeDeploymentHandler();
  }

  /** The BucketDeployment's handler is a CDK-provided singleton function at the stack's root. */
  private acknowledgeDeploymentHandler() {
    const stack = Stack.of(this);
    const handlers = stack.node.children.filter((c: IConstruct) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    for (const handler of handlers) {
      const acknowledge = (id: string, reason: string) => Validations.of(handler).acknowledge({ id, reason });
      acknowledge('AwsSolutions-L1', 'The S3 deployment handler is provided and versioned by aws-cdk-lib (Python, its own runtime choice); it runs only during deployments');
      acknowledge('AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'The aws-cdk-lib S3 deployment handler writes its logs with the AWS-managed basic execution policy; it holds no data');
      Aspects.of(handler).add(new AcknowledgeDeploymentWildcards());
    }
  }
}

/**
 * The wildcards BucketDeployment grants its handler (grantRead on the CDK asset bucket,
 * grantReadWrite on the page bucket): S3 action families and "<bucket>/*" objects. Acknowledged
 * one by one, only in the handler's own policy and only when they are S3 actions on S3 buckets.
 */
class AcknowledgeDeploymentWildcards implements IAspect {
  visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node) || !(node instanceof iam.CfnPolicy)) return;
    const document = Stack.of(node).resolve(node.policyDocument) as { Statement?: { Effect: string; Action: string | string[]; Resource: unknown }[] };
    for (const statement of document.Statement ?? []) {
      const actions = ([] as string[]).concat(statement.Action);
      if (statement.Effect !== 'Allow' || !actions.every((a) => a.startsWith('s3:'))) continue;
      for (const action of actions.filter((a) => a.includes('*'))) {
        Validations.of(node).acknowledge({
          id: `AwsSolutions-IAM5[Action::${action}]`,
          reason: 'Granted by BucketDeployment (grantRead / grantReadWrite): the S3 action families its handler needs to copy the page files from the CDK asset bucket',
        });
      }
      for (const resource of ([] as unknown[]).concat(statement.Resource).map(flatten).filter((r) => r.endsWith('/*'))) {
        Validations.of(node).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${resource}]`,
          reason: 'BucketDeployment reads every object of the CDK asset bucket it was given and writes every object of the page bucket, which holds the page files only',
        });
      }
    }
  }
}
