// Access logs: one request a line, fields separated by spaces (nginx's and Apache's "combined",
// Elastic Load Balancing's, S3 server access logs, VPC Flow Logs) or declared by W3C directives
// (CloudFront, IIS: `#Fields: date time c-ip ...`). They have no header row, so their fields get
// the names their format documents; without those a line's IP and numbers read as anything (a
// phone, a person per line).
//
// Who a line is about: its user, when the format logs one (nginx's `$remote_user`, IIS's
// `cs-username`); else the email address its request carries ("/unsubscribe?email=...", an S3
// object key "exports/anna%40example.com/invoice.pdf"). That key is put in a column of its own,
// LOG_SUBJECT, which is not classified itself (its value is read from the line's other columns,
// which are). Lines without one are the keyed log's lines without the key: those holding nothing
// but machine traces (a client address, a user agent) are no one's, as in JSON logs (see
// MACHINE_TRACES in core.ts). A visitor known only by an address is no one that could be told.

import { EMAIL_IN_TEXT, isEmailAddress } from './detectors.js';
import { jwtClaimsOf } from './secrets.js';

/** The column holding a log line's person (see subjectOf): the key of a log, never classified itself. */
export const LOG_SUBJECT = 'log_subject';

export interface LogLayout {
  /** The format's name ("nginx-combined", "w3c"...). */
  readonly format: string;
  /** The column names, LOG_SUBJECT first; positional names follow for further fields. */
  readonly names: string[];
  /** The delimiter of the fields. */
  readonly delimiter: string;
  /** Characters and lines of directives or header above the first line of data. */
  readonly length: number;
  readonly lines: number;
  /** The column of each line's person's key (LOG_SUBJECT), where the layout puts one first. */
  readonly subjectColumn?: string;
  /** The line's fields as the layout reads them: a log's with its person's key put first (the row is changed and returned). */
  readonly fields: (row: string[]) => string[];
}

/** Where a line names its person: a user field, and fields that may carry an email address. */
interface Roles {
  readonly user?: string;
  /** The person a user field names, '' for none (a service's role); the field itself without it. */
  readonly userOf?: (value: string) => string;
  readonly texts: readonly string[];
  /** The request's cookies (CloudFront's `cs(Cookie)`). */
  readonly cookie?: string;
}

interface NamedFormat {
  readonly format: string;
  /** The first line of data, as the format writes it. */
  readonly line: RegExp;
  readonly names: readonly string[];
  readonly roles: Roles;
}

// The formats' field lists, as their documentation gives them. A bracketed time ("[15/Nov/2026:08:00:04
// +0000]") is two fields when split at spaces: its date and time, and its offset.
const FORMATS: readonly NamedFormat[] = [
  {
    // nginx's default "combined" (Apache's too); "common" stops after the size.
    format: 'combined',
    line: /^\S+ \S+ \S+ \[\d{1,2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "/,
    names: ['client_ip', 'ident', 'remote_user', 'time', 'time_offset', 'request', 'status', 'bytes_sent', 'referer', 'user_agent'],
    roles: { user: 'remote_user', texts: ['request', 'referer'] },
  },
  {
    // Application Load Balancer (docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html).
    format: 'alb',
    line: /^(?:http|https|h2|grpcs|ws|wss) \d{4}-\d{2}-\d{2}T\S+Z \S+ \S+:\d+ /,
    names: [
      'type', 'time', 'elb', 'client_ip', 'target_ip', 'request_processing_time', 'target_processing_time', 'response_processing_time',
      'elb_status_code', 'target_status_code', 'received_bytes', 'sent_bytes', 'request', 'user_agent', 'ssl_cipher', 'ssl_protocol',
      'target_group_arn', 'trace_id', 'domain_name', 'chosen_cert_arn', 'matched_rule_priority', 'request_creation_time',
      'actions_executed', 'redirect_url', 'error_reason', 'target_port_list', 'target_status_code_list', 'classification',
      'classification_reason', 'conn_trace_id',
    ],
    roles: { texts: ['request', 'redirect_url'] },
  },
  {
    // Classic Load Balancer.
    format: 'elb',
    line: /^\d{4}-\d{2}-\d{2}T\S+Z \S+ [\d.]+:\d+ /,
    names: [
      'time', 'elb', 'client_ip', 'backend_ip', 'request_processing_time', 'backend_processing_time', 'response_processing_time',
      'elb_status_code', 'backend_status_code', 'received_bytes', 'sent_bytes', 'request', 'user_agent', 'ssl_cipher', 'ssl_protocol',
    ],
    roles: { texts: ['request'] },
  },
  {
    // S3 server access logs (docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
    format: 's3-access',
    line: /^[0-9a-f]{64} \S+ \[\d{1,2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] /,
    names: [
      'bucket_owner', 'bucket', 'time', 'time_offset', 'remote_ip', 'requester_arn', 'request_id', 'operation', 'object_key',
      'request_uri', 'http_status', 'error_code', 'bytes_sent', 'object_size', 'total_time', 'turn_around_time', 'referer',
      'user_agent', 'version_id', 'host_id', 'signature_version', 'cipher_suite', 'authentication_type', 'host_header',
      'tls_version', 'access_point_arn', 'acl_required',
    ],
    // The requester is a person when the ARN is an IAM user's or a person's session (see personOfArn).
    roles: { user: 'requester_arn', userOf: personOfArn, texts: ['object_key', 'request_uri', 'referer'] },
  },
];

/** VPC Flow Logs delivered to S3 open with their fields' names ("version account-id interface-id srcaddr dstaddr ..."). */
const FLOW_HEADER = /^(?:[a-z][a-z0-9-]*(?: |$))+$/;

/** Flow log fields renamed for what they hold: AWS's account id is no person's. */
const FLOW_NAMES: Readonly<Record<string, string>> = { 'account-id': 'aws_account_id' };


// A request names its person by the email its URL carries, by a bearer token (a JWT's email or
// subject, in an Authorization header or an `access_token` query parameter) and by a session
// cookie. One line may carry several of them (an email and the session it was sent in): they are
// the same person's, and the line's key lists them all, most telling first, one a line (see
// KEY_ALIASES in core.ts), so that the people counted are the identities so linked.
const JWT_IN_TEXT = /eyJ[\w-]{2,}\.eyJ[\w-]{2,}(?:\.[\w-]*)?/g;
const SESSION_COOKIE = /^(?:__(?:Host|Secure)-)?(?:session|sess|sid|session[_.-]?id|sessid|jsessionid|phpsessid|connect\.sid|asp\.net_sessionid|laravel_session|_[a-z0-9]+_session|[a-z0-9]+[_-]session[_-]?id)$/i;
/** JWT claims that name the token's person, read after its email: a user pool's, an identity provider's. */
const SUBJECT_CLAIMS = ['sub', 'cognito:username', 'preferred_username', 'upn', 'unique_name', 'username'] as const;

/** A role mailbox ("support@", "sales@", "noreply@"): a team's, no person's. */
const ROLE_MAILBOX = /^(?:support|sales|info|contact|admin|noreply|no-reply|donotreply|help|helpdesk|billing|hello|team|office|webmaster|postmaster|privacy|dpo|hr|careers|jobs|press|service|customerservice|orders|accounts)@/;

function emailIn(text: string): string | undefined {
  if (text.length < 6) return undefined;
  const decoded = text.includes('%40') ? text.replace(/%40/g, '@') : text;
  if (!decoded.includes('@')) return undefined;
  for (const match of decoded.match(EMAIL_IN_TEXT) ?? []) {
    const email = match.toLowerCase();
    if (!ROLE_MAILBOX.test(email)) return email;
  }
  return undefined;
}

function addTokenKeys(token: string, keys: string[]): void {
  const claims = jwtClaimsOf(token);
  if (!claims) return;
  const email = typeof claims.email === 'string' && isEmailAddress(claims.email) ? claims.email.toLowerCase() : undefined;
  if (email !== undefined && !keys.includes(email)) keys.push(email);
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  for (const claim of SUBJECT_CLAIMS) {
    const subject = claims[claim];
    if (typeof subject === 'string' && subject !== '') {
      keys.push(`jwt:${issuer}:${subject}`);
      return;
    }
  }
}

/**
 * The keys of a request's person, most telling first: the email its texts (URL, referrer) carry,
 * its bearer token's email and subject, its session cookie's value. Empty when it names no one.
 */
export function requesterKeysOf(texts: ReadonlyArray<string | undefined>, authorization?: string, cookie?: string): string[] {
  const keys: string[] = [];
  for (const text of texts) {
    const email = text === undefined ? undefined : emailIn(text);
    if (email !== undefined) {
      keys.push(email);
      break;
    }
  }
  if (authorization !== undefined && /^bearer\s/i.test(authorization)) addTokenKeys(authorization.replace(/^bearer\s+/i, '').trim(), keys);
  for (const text of texts) {
    if (text === undefined || !text.includes('eyJ')) continue;
    for (const token of text.match(JWT_IN_TEXT) ?? []) addTokenKeys(token, keys);
  }
  if (cookie !== undefined && cookie.length > 4) {
    for (const pair of cookie.replace(/%20/g, ' ').split(/;\s*/)) {
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (equals > 0 && value.length >= 8 && SESSION_COOKIE.test(name)) {
        keys.push(`session:${name}=${value}`);
        break;
      }
    }
  }
  return keys;
}

/** The key of a line's person: its user, else what its request names them by (see requesterKeysOf), else ''. */
function subjectOf(row: readonly string[], user: number, texts: readonly number[], cookie: number, userOf?: (value: string) => string): string {
  const field = user < 0 ? undefined : row[user];
  const name = field === undefined || userOf === undefined ? field : userOf(field);
  if (name !== undefined && name !== '-' && name !== '') return name;
  const cookies = cookie < 0 ? undefined : row[cookie];
  return requesterKeysOf(texts.map((index) => row[index]), undefined, cookies === '-' ? undefined : cookies).join('\n');
}

function layoutOf(format: string, names: readonly string[], roles: Roles, delimiter: string, length: number, lines: number): LogLayout {
  const user = roles.user === undefined ? -1 : names.indexOf(roles.user);
  const texts = roles.texts.map((name) => names.indexOf(name)).filter((index) => index >= 0);
  const cookie = roles.cookie === undefined ? -1 : names.indexOf(roles.cookie);
  return {
    format,
    names: [LOG_SUBJECT, ...names],
    delimiter,
    length,
    lines,
    subjectColumn: LOG_SUBJECT,
    fields: (row) => {
      row.unshift(subjectOf(row, user, texts, cookie, roles.userOf));
      return row;
    },
  };
}

/** The directives of a W3C extended log, and its fields' roles by their W3C names. */
function w3cLayout(text: string): LogLayout | undefined {
  if (!text.startsWith('#')) return undefined;
  let offset = 0;
  let lines = 0;
  let names: string[] | undefined;
  while (text.startsWith('#', offset)) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    const fields = /^#Fields:\s*(.+)$/i.exec(line);
    if (fields) names = (fields[1] ?? '').trim().split(/\s+/);
    offset = end < 0 ? text.length : end + 1;
    lines++;
  }
  if (!names || names.length < 2) return undefined;
  const lineEnd = text.indexOf('\n', offset);
  const firstData = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  const roles: Roles = { user: 'cs-username', texts: ['cs-uri-query', 'cs-uri-stem', 'cs(Referer)'], cookie: 'cs(Cookie)' };
  return layoutOf('w3c', names, roles, firstData.includes('\t') ? '\t' : ' ', offset, lines);
}

/**
 * The layout of a log at the start of `text` (after a byte-order mark): W3C directives, a flow
 * log's header line, or a first line in a named format. Undefined for anything else.
 */
export function logLayout(text: string): LogLayout | undefined {
  const w3c = w3cLayout(text);
  if (w3c) return w3c;
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  if (FLOW_HEADER.test(first)) {
    const names = first.split(' ').filter((name) => name !== '');
    if (names.includes('srcaddr') && names.includes('dstaddr')) {
      const renamed = names.map((name) => FLOW_NAMES[name] ?? name);
      return layoutOf('vpc-flow', renamed, { texts: [] }, ' ', end < 0 ? text.length : end + 1, 1);
    }
  }
  for (const named of FORMATS) {
    if (named.line.test(first)) return layoutOf(named.format, named.names, named.roles, ' ', 0, 0);
  }
  // An application's log, each line one field (no delimiter cuts it): its message is read as free text whole, a JSON body
  // logged in it by the names it gives ("Login failed, request body: {"username":...,"password":...}").
  if (APPLICATION_LOG_LINE.test(first) || LOGPLEX_LINE.test(first)) return layoutOf('application', ['log_line'], { texts: ['log_line'] }, '\u0000', 0, 0);
  return afterBanner(text);
}

/**
 * An access log after a program's banner and start-up lines, as `kubectl logs` shows an ingress controller's ("NGINX Ingress
 * controller", "Release: v1.11.3", a klog line), at most BANNER_LINES of them: the log from its first two access lines on.
 */
function afterBanner(text: string): LogLayout | undefined {
  let offset = text.indexOf('\n') + 1;
  for (let lines = 1; offset > 0 && lines <= BANNER_LINES; lines++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return undefined;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const named = FORMATS.find((format) => format.line.test(line));
    if (named) {
      const nextEnd = text.indexOf('\n', end + 1);
      const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).replace(/\r$/, '');
      return named.line.test(next) ? layoutOf(named.format, named.names, named.roles, ' ', offset, lines) : undefined;
    }
    offset = end + 1;
  }
  return undefined;
}
const BANNER_LINES = 40;

// A line as Heroku's Logplex writes it (`heroku logs`, a log drain): a time stamp, its source and dyno, then the message
// ("2026-11-18T00:04:13.884460+00:00 app[web.1]: Started POST ...", "... heroku[router]: at=info method=POST ... fwd=...").
const LOGPLEX_LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2}) [a-z][\w-]*\[[\w.-]+\]: /;

// A line as log4j/Logback, Python's logging, Serilog or Monolog write it: a time stamp, a level, then the message.
const APPLICATION_LOG_LINE = /^\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]?\s+(?:[\w.-]+\.)?\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|FATAL|CRITICAL|CRIT)\]?[\s:]/;

// CloudTrail: every event names its caller (`userIdentity`). A person is an IAM user, a user of IAM
// Identity Center (an assumed "AWSReservedSSO_" role whose session is the user's name or email), a
// federated user, or a role session named by an email (SAML and OIDC sign-ins). Services, the
// account's root, and roles assumed by software (a Lambda function's, an EC2 instance's) are no one.
const SSO_ROLE = /^AWSReservedSSO_/;

const GCP_AUDIT_LOG = 'type.googleapis.com/google.cloud.audit.AuditLog';
/**
 * The person a Google Cloud audit log entry's caller is (protoPayload.authenticationInfo.principalEmail): a user by their email;
 * '' for a service account ("...@...iam.gserviceaccount.com", Google's own "service-...@...gserviceaccount.com") or none.
 */
function googleCallerOf(principal: unknown): string {
  return typeof principal === 'string' && principal.includes('@') && !/gserviceaccount\.com$/i.test(principal.trim()) ? `gcp:${principal.trim().toLowerCase()}` : '';
}

/**
 * The person an Azure Activity Log event's caller is (`az monitor activity-log list`: "caller" beside "eventDataId"): a user by
 * their sign-in name ("richard.harris@tailspin-toys.com"); '' for a service principal or a managed identity (the caller is its
 * object id, its token's "idtyp" is "app").
 */
function azureCallerOf(caller: string, claims: unknown): string {
  const app = claims !== null && typeof claims === 'object' && (claims as { idtyp?: unknown }).idtyp === 'app';
  return app || !caller.includes('@') ? '' : `azure:${caller.trim().toLowerCase()}`;
}

/**
 * The person an IAM ARN names (an S3 access log's requester): an IAM user, a federated user, or a
 * role session of IAM Identity Center or named by an email; '' for a service's or software's role.
 */
export function personOfArn(arn: string): string {
  const [, , service = '', , account = '', resource = ''] = arn.split(':');
  const [kind = '', role = '', session = ''] = resource.split('/');
  if (service === 'iam' && kind === 'user') return `iam:${account}:${resource.slice(resource.lastIndexOf('/') + 1)}`;
  if (kind === 'federated-user') return `federated:${role.toLowerCase()}`;
  if (kind === 'assumed-role' && (SSO_ROLE.test(role) || isEmailAddress(session))) return `session:${session.toLowerCase()}`;
  return '';
}

/**
 * The person a CloudTrail, an Azure Activity Log or a Google Cloud audit log event's caller is: a key for them, or '' when the
 * caller is no person; undefined when the record is none of these.
 */
export function callerOfAuditEvent(record: Record<string, unknown>): string | undefined {
  if (typeof record.caller === 'string' && typeof record.eventDataId === 'string') return azureCallerOf(record.caller, record.claims);
  const audit = record.protoPayload as { '@type'?: unknown; authenticationInfo?: { principalEmail?: unknown } } | null | undefined;
  if (audit !== null && typeof audit === 'object' && audit['@type'] === GCP_AUDIT_LOG) return googleCallerOf(audit.authenticationInfo?.principalEmail);
  const identity = record.userIdentity;
  if (identity === null || typeof identity !== 'object' || typeof record.eventSource !== 'string') return undefined;
  const { type, arn, userName } = identity as { type?: unknown; arn?: unknown; userName?: unknown };
  if (typeof type !== 'string') return undefined;
  const account = typeof arn === 'string' ? arn.split(':')[4] ?? '' : '';
  if (type === 'IAMUser') return typeof userName === 'string' ? `iam:${account}:${userName}` : typeof arn === 'string' ? arn : '';
  if (type === 'IdentityCenterUser') {
    const userId = (identity as { onBehalfOf?: { userId?: unknown } }).onBehalfOf?.userId;
    return typeof userId === 'string' ? `sso:${userId}` : '';
  }
  // arn:aws:sts::123456789012:assumed-role/ROLE/SESSION, arn:aws:sts::123456789012:federated-user/NAME
  return typeof arn === 'string' ? personOfArn(arn) : '';
}

// A request logged as JSON (AWS WAF's `httpRequest`, an application's request log): its headers
// are fields (`httpRequest.headers.Authorization`, flattened from WAF's [{name, value}] list).
// nginx's and Apache's access logs written as JSON (nginx's `log_format ... escape=json`) name their
// fields after the servers' variables: `remote_addr`, `http_user_agent`, `http_cookie`, `remote_user`.
const HEADER_FIELD = /(?:^|\.)(?:(?:request)?headers?\.|http_)(authorization|cookie)$/i;
// Cloudflare's Logpush names them its own way: `ClientIP`, `ClientRequestUserAgent`, `ClientRequestURI`; Google Cloud
// Logging's HttpRequest (a load balancer's request log) `httpRequest.userAgent`, `httpRequest.requestUrl`.
const ANY_HEADER_FIELD = /(?:^|\.)(?:(?:request)?headers?\.|(?:remote_addr|http_user_agent|clientrequestuseragent)$|httpRequest\.(?:userAgent|remoteIp)$)/i;
const REQUEST_TEXT_FIELD = /(?:^|\.)(?:args|uri|url|path|query|query_?string|request_?uri|request_?url|resource_?path|referr?er|http_referr?er|request|request_?body|clientrequest(?:uri|path|referer))$/i;
const REMOTE_USER_FIELD = /(?:^|\.)remote_user$/i;

/**
 * The keys of the person of a request logged as JSON (see requesterKeysOf), from its flattened
 * fields; undefined when the record holds no request headers (it is no request log).
 */
export function requesterOf(fields: ReadonlyArray<readonly [string, string]>): string[] | undefined {
  let headers = false;
  let authorization: string | undefined;
  let cookie: string | undefined;
  let user: string | undefined;
  const texts: string[] = [];
  const cookies: string[] = [];
  for (const [name, value] of fields) {
    if (!headers && ANY_HEADER_FIELD.test(name)) headers = true;
    const header = HEADER_FIELD.exec(name)?.[1]?.toLowerCase();
    if (header === 'authorization') authorization ??= value;
    else if (header === 'cookie') cookie ??= value;
    // Cloudflare Logpush's "Cookies" object, the cookies the zone is set to log by name ({"sid": "..."}).
    else if (name.startsWith('Cookies.') && value !== '') cookies.push(`${name.slice('Cookies.'.length)}=${value}`);
    else if (value.length >= 6 && REQUEST_TEXT_FIELD.test(name)) texts.push(value);
    else if (REMOTE_USER_FIELD.test(name) && value.trim() !== '' && value.trim() !== '-') user ??= value.trim();
  }
  if (!headers) return undefined;
  // The user the server authenticated (HTTP basic auth) is the line's person, as in a combined log (see subjectOf).
  return user !== undefined ? [user] : requesterKeysOf(texts, authorization, cookie ?? (cookies.length > 0 ? cookies.join('; ') : undefined));
}
