// Access logs (see lambdas/classify/logs.ts): fields under their documented names, each line's
// person by its user or the email its request carries, machine traces alone no one's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';
import { inspectCsv, readRecords } from '../../../lambdas/classify/sources.js';
import { classifySource } from '../../../lambdas/classify/stream.js';
import { classifyRecords } from '../../../lambdas/classify/core.js';
import { describeColumn, detectValue, subjectKeyRank } from '../../../lambdas/classify/detectors.js';
import { requesterKeysOf } from '../../../lambdas/classify/logs.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'breachclock-logs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const asOf = new Date('2026-11-20T00:00:00Z');

function scratchFile(name: string, content: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

const classify = async (file: string) => (await classifySource(file, { collectEmails: false, asOf })).classification;
const counts = (c: { categories: Array<{ category: string; subjects: number }> }) => c.categories.map((entry) => [entry.category, entry.subjects]);

const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36';
const NGINX = [
  `84.12.33.7 - - [15/Nov/2026:08:00:04 +0000] "GET /login?username=anna.smith%40gmail.com&password=Summer2026%2141 HTTP/1.1" 302 0 "https://shop.example.com/login" "${BROWSER}"`,
  `84.12.33.7 - - [15/Nov/2026:08:00:09 +0000] "GET /unsubscribe?email=anna.smith@gmail.com&sig=9f2c4e1a HTTP/2.0" 200 512 "https://mail.google.com/" "${BROWSER}"`,
  `73.20.1.5 - - [15/Nov/2026:08:00:12 +0000] "GET /account?email=bob.lee%40yahoo.com HTTP/2.0" 200 1024 "-" "${BROWSER}"`,
  `81.2.69.160 - kmeyer [15/Nov/2026:08:00:14 +0000] "GET /admin/orders HTTP/2.0" 200 1024 "-" "${BROWSER}"`,
  '10.0.1.17 - - [15/Nov/2026:08:00:15 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"',
  '66.249.66.1 - - [15/Nov/2026:08:00:31 +0000] "GET /products/12?ref=anna.smith%40gmail.com HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
  `98.219.131.202 - - [15/Nov/2026:08:00:40 +0000] "GET /products/916?q=red+dress HTTP/2.0" 200 25441 "https://shop.example.com/" "${BROWSER}"`,
].join('\n');

describe('access logs', () => {
  it('reads nginx/Apache combined lines under their fields\' names, one person per user or email, no one for visitors, bots and health checks', async () => {
    const file = scratchFile('access.log', `${NGINX}\n`);
    const rows = [];
    for await (const record of readRecords(file)) rows.push(record);
    expect(rows[3]).toMatchObject({ client_ip: '81.2.69.160', remote_user: 'kmeyer', request: 'GET /admin/orders HTTP/2.0', status: '200' });
    const c = await classify(file);
    expect(c.recordsScanned).toBe(7);
    // Anna (two lines), Bob, the staff user kmeyer; not the anonymous visitor, the health check or Googlebot.
    expect(c.subjectCount).toBe(3);
    expect(c.subjectCounting?.basis).toBe('subject-key');
    expect(c.credentials).toMatchObject({ plain: 1 });
    expect(c.jurisdictions).toEqual([]);
    expect(c.evidence.some((entry) => entry.detector.startsWith('phone'))).toBe(false);
    expect(counts(c)).toContainEqual(['contact', 2]);
  });

  it('reads a log through the parallel reader as one stream (each line needs its person)', async () => {
    const file = scratchFile('access-big.txt', `${NGINX}\n`.repeat(50));
    expect((await inspectCsv(file)).log).toBe(true);
    const parallel = await classifyFile(file, { workers: 2, parallelFromBytes: 0, asOf, collectEmails: false });
    expect(parallel.classification.subjectCount).toBe(3);
    expect(parallel.classification.recordsScanned).toBe(350);
  });

  it('reads VPC Flow Logs by their header line: addresses and ports are no one, no phone and no place', async () => {
    const file = scratchFile('flow.txt', 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n'
      + '2 123456789012 eni-0a1b2c3d4e5f60001 10.0.5.184 52.94.124.113 8687 443 6 19 46990 1763193621 1763193681 ACCEPT OK\n'
      + '2 123456789012 eni-0a1b2c3d4e5f60001 98.240.232.53 10.0.2.119 21481 443 6 38 58707 1763193624 1763193684 ACCEPT OK\n'
      + '2 123456789012 eni-0a1b2c3d4e5f60002 - - - - - - - 1763193600 1763193660 - NODATA\n');
    const c = await classify(file);
    expect(c.recordsScanned).toBe(3);
    expect(c.subjectCount).toBe(0);
    expect(c.categories).toEqual([]);
    expect(c.jurisdictions).toEqual([]);
  });

  it('reads Application Load Balancer and S3 server access logs by their documented fields', async () => {
    const alb = scratchFile('alb.txt', [
      'https 2026-11-15T08:00:04.850019Z app/shop-prod-alb/50dc6c495c0c9188 71.19.102.64:52368 10.0.2.11:8080 0.000 0.029 0.000 200 200 763 4758 "GET https://shop.example.com:443/reset?email=carla.diaz%40example.org HTTP/1.1" "' + BROWSER + '" TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-1848b084-853c8251f8af4a9d751fc9c4" "shop.example.com" "-" 0 2026-11-15T08:00:04.850019Z "forward" "-" "-" "10.0.2.11:8080" "200" "-" "-" TID_6c13',
      'https 2026-11-15T08:00:07.051051Z app/shop-prod-alb/50dc6c495c0c9188 79.31.85.100:58637 10.0.2.57:8080 0.000 0.083 0.000 200 200 589 3558 "GET https://shop.example.com:443/products/2906 HTTP/1.1" "' + BROWSER + '" TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-web/73e2d6bc24d8a067 "Root=1-dbcf7a95-c76b34a36d85ad38a7eba4e8" "shop.example.com" "-" 0 2026-11-15T08:00:07.051051Z "forward" "-" "-" "10.0.2.57:8080" "200" "-" "-" TID_b6d7',
    ].join('\n'));
    const albResult = await classify(alb);
    expect(albResult.subjectCount).toBe(1);
    expect(albResult.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['request']);
    const s3 = scratchFile('2026-11-15-08-12-34-5B7D8E9F0A1B2C3D', [1, 2, 3].map((n) => '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be acme-exports [15/Nov/2026:08:32:47 +0000] 10.0.2.122 '
      + `arn:aws:sts::123456789012:assumed-role/export-job-role/i-0a1b2c3d4e5f67890 7B919E0A7871C38${n} REST.PUT.OBJECT exports/${n === 3 ? 'dan.ng' : 'sinead.cooper'}%40outlook.com/invoice-${n}.pdf `
      + `"PUT /exports/invoice-${n}.pdf HTTP/1.1" 200 - 621964 440193 57 2 "-" "aws-sdk-java/2.25.10 Linux/5.10" - jPsQSuVVkVcTwG8Nm9OJrMAOYNxgpEoS963ZF6Xi= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader acme-exports.s3.us-east-1.amazonaws.com TLSv1.3 - -`).join('\n'));
    const s3Result = await classify(s3);
    expect(s3Result.subjectCount).toBe(2);
    expect(s3Result.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['object_key']);
    // Its requester is the line's person when the ARN is an IAM user's; a service's role is no one.
    const users = scratchFile('2026-11-18-10-00-00-ABCDEF0123456789', ['alice.smith', 'bob.jones', 'alice.smith'].map((user, n) => '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be shop-exports [18/Nov/2026:10:00:0'
      + `${n} +0000] 81.2.3.4 arn:aws:iam::123456789012:user/${user} 3E57427F33A59F0${n} REST.GET.OBJECT exports/orders.csv.gz "GET /exports/orders.csv.gz HTTP/1.1" 200 - 113 113 7 6 "-" "aws-cli/2.18.5" - Ab1Cd2= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader shop-exports.s3.eu-central-1.amazonaws.com TLSv1.3 - -`).join('\n'));
    expect((await classify(users)).subjectCount).toBe(2);
    // A partner's script calling with its API key in the query, no user named: a machine's calls, no one's credentials.
    const partner = scratchFile('partner.log', [1, 2, 3].map((n) => 'https 2026-11-18T10:00:01.000001Z app/www/50dc6c495c0c9188 52.1.2.3:40000 10.1.1.23:80 0.000 0.010 0.000 200 200 300 2000 '
      + `"GET https://api.example.ie:443/v1/stock?api_key=pk_live_0a1b2c3d4e5f60718293a4b${n}&sku=1 HTTP/1.1" "partner-sync/1.4 (python-requests/2.32.3)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 `
      + 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/73e2d6bc24d8a067 "Root=1-65a1b2c3-0123456789abcdef01234567" "api.example.ie" "-" 0 2026-11-18T10:00:01.000001Z "forward" "-" "-" "10.1.1.23:80" "200" "-" "-" "-"').join('\n'));
    expect((await classify(partner)).subjectCount).toBe(0);
  });

  it('reads a W3C extended log (CloudFront, IIS) under the names its #Fields line declares, tab- or space-separated', async () => {
    const cloudfront = scratchFile('E2ABC.2026-11-15-08.abcd', '#Version: 1.0\n#Fields: date time x-edge-location c-ip cs-uri-query\n'
      + '2026-11-15\t08:00:42\tSFO5-P1\t98.99.111.15\temail=anna%40example.org\n2026-11-15\t08:03:41\tMXP63-P1\t79.163.8.206\t-\n');
    const c = await classify(cloudfront);
    expect(c.recordsScanned).toBe(2);
    expect(c.subjectCount).toBe(1);
    expect(c.evidence.map((entry) => [entry.detector, entry.columns])).toEqual([['email', ['cs-uri-query']], ['ip-address', ['c-ip']]]);
    const iis = scratchFile('u_ex261115.log', '#Software: Microsoft Internet Information Services 10.0\n#Fields: date time s-ip cs-method cs-uri-stem cs-username c-ip\n'
      + '2026-11-15 08:00:00 10.0.0.5 GET /login CORP\\jdoe 81.2.69.160\n2026-11-15 08:00:05 10.0.0.5 GET /home CORP\\jdoe 81.2.69.160\n');
    const rows = [];
    for await (const record of readRecords(iis)) rows.push(record);
    expect(rows[0]).toMatchObject({ 'c-ip': '81.2.69.160', 'cs-method': 'GET', 'cs-username': 'CORP\\jdoe' });
    expect((await classify(iis)).subjectCount).toBe(1);
  });

  it('knows a request\'s person by the email its URL carries, its bearer token\'s email or subject, and its session cookie', () => {
    const jwt = (claims: object): string => `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
    expect(requesterKeysOf(['email=Anna%40Example.org&utm_source=x'], `Bearer ${jwt({ sub: 'u-1', email: 'anna@example.org', iss: 'https://idp' })}`,
      'session_id=08f0bad919c7d3c2;%20_ga=GA1.2.1'))
      .toEqual(['anna@example.org', 'jwt:https://idp:u-1', 'session:session_id=08f0bad919c7d3c2']);
    expect(requesterKeysOf([`GET https://shop.example.com:443/api/v2/orders?access_token=${jwt({ sub: 'f2ed728e' })} HTTP/1.1`])).toEqual(['jwt::f2ed728e']);
    // A team's mailbox names no one: the request's person is the next email, or none.
    expect(requesterKeysOf(['/contact?to=support%40shop.example.com&cc=ann.lee%40example-mail.com'])).toEqual(['ann.lee@example-mail.com']);
    expect(requesterKeysOf(['/contact?to=sales%40shop.example.com'])).toEqual([]);
    // Analytics cookies, a short value and an undecodable token name no one.
    expect(requesterKeysOf(['/products/12'], 'Bearer not.a.jwt', '_ga=GA1.2.156171718.1675726373; theme=dark; sid=abc')).toEqual([]);
  });

  it('counts a request log\'s people by their linked names: a session once sent with an email is that email\'s person', async () => {
    const cloudfront = scratchFile('E2XYZ.2026-11-15-08.abcd', '#Version: 1.0\n#Fields: date time c-ip cs-uri-query cs(Cookie)\n'
      + '2026-11-15\t08:00:42\t98.99.111.15\temail=anna%40example.org\tsession_id=aaaa1111bbbb2222;%20_ga=GA1.2.1\n'
      + '2026-11-15\t08:01:42\t98.99.111.15\t-\tsession_id=aaaa1111bbbb2222;%20_ga=GA1.2.2\n'
      + '2026-11-15\t08:02:42\t79.163.8.206\t-\tsession_id=cccc3333dddd4444\n'
      + '2026-11-15\t08:03:41\t79.163.8.207\t-\t-\n');
    expect((await classify(cloudfront)).subjectCount).toBe(2);
    // AWS WAF logs requests as JSON, headers as a list of names and values.
    const waf = (ip: string, country: string, headers: Array<[string, string]>, args = '') => ({
      timestamp: 1794729600655, action: 'ALLOW', httpSourceName: 'ALB',
      httpRequest: { clientIp: ip, country, headers: headers.map(([name, value]) => ({ name, value })), uri: '/api/v1/orders', args, httpMethod: 'GET' },
    });
    const c = classifyRecords([
      waf('117.175.13.219', 'IN', [['User-Agent', BROWSER], ['Cookie', 'session=9d90e1e6737d5292; _ga=GA1.2.1']], 'email=ravi%40example.in'),
      waf('117.175.13.219', 'IN', [['User-Agent', BROWSER], ['Cookie', 'session=9d90e1e6737d5292; _ga=GA1.2.2']]),
      waf('81.2.69.160', 'GB', [['User-Agent', BROWSER], ['Authorization', `Bearer ${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"sub":"u-7","email":"tom@example.co.uk"}').toString('base64url')}.c2ln`]]),
      waf('1.180.0.1', 'CN', [['User-Agent', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)']]),
      waf('5.8.18.1', 'RU', [['User-Agent', 'python-requests/2.31']]),
    ], { asOf });
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['GB', 'IN']);
  });

  it('reads no phone number in a browser\'s user agent, and still one that a note gives', () => {
    expect(detectValue(BROWSER, describeColumn('notes'))).toEqual([]);
    expect(detectValue('Please call me on mobile 030 901820', describeColumn('notes')).map((found) => found.detector)).toContain('phone-unverified');
  });

  it('counts a CloudTrail event for its caller when the caller is a person: IAM and Identity Center users, not services, roots or software\'s roles', () => {
    const event = (userIdentity: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      eventVersion: '1.09', userIdentity, eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances', sourceIPAddress: '84.12.33.7', userAgent: 'aws-cli/2.15.0', ...extra,
    });
    const anna = { type: 'IAMUser', principalId: 'AIDA5EXAMPLEUSER0001', arn: 'arn:aws:iam::123456789012:user/anna.smith', accountId: '123456789012', accessKeyId: 'AKIA5EXAMPLEKEY00001', userName: 'anna.smith' };
    const sso = { type: 'AssumedRole', principalId: 'AROA5EXAMPLE:ben.okafor@example.com', arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0a1b2c3d/ben.okafor@example.com', accountId: '123456789012' };
    const lambda = { type: 'AssumedRole', principalId: 'AROA5EXAMPLEROLE0003:orders-api-fn', arn: 'arn:aws:sts::123456789012:assumed-role/orders-api-role/orders-api-fn', accountId: '123456789012', accessKeyId: 'ASIA5EXAMPLESESS0004' };
    const c = classifyRecords([
      event(anna), event({ ...anna, accessKeyId: 'ASIA5EXAMPLESESS0002' }), event(sso), event(sso),
      event(lambda, { sourceIPAddress: '10.0.1.17' }),
      event({ type: 'AWSService', invokedBy: 'lambda.amazonaws.com' }, { eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole', sourceIPAddress: 'lambda.amazonaws.com',
        requestParameters: { secretId: 'prod/orders/db' }, responseElements: { credentials: { accessKeyId: 'ASIA5EXAMPLESESS0004', sessionToken: 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD' } } }),
    ], { collectEmails: false });
    expect(c.subjectCount).toBe(2);
    expect(c.categories.map((entry) => [entry.category, entry.subjects])).toEqual([['contact', 1], ['online-identifier', 2]]);
  });

  it('takes an account\'s name inside the caller\'s object as a key, and no secret\'s id for a secret', () => {
    expect(subjectKeyRank('userIdentity.userName')).toBe(2);
    expect(subjectKeyRank('actor.login')).toBe(2);
    for (const name of ['requestParameters.secretId', 'api_key_id', 'token_id']) expect(describeColumn(name).hint, name).toBeUndefined();
    expect(describeColumn('api_key').hint).toBe('secret');
  });

  it('counts no one for a machine-to-machine line of an identity provider\'s log: an application\'s name is no person\'s, its city no one\'s', () => {
    const login = (n: number, email: string, ip: string) => ({ type: 's', client_id: 'aB1cD2eF3gH4', client_name: 'Acme Shop Web', ip, user_id: `auth0|65a1b2c3d4e5f607182${n}`, user_name: email, location_info: { country_code: 'DE', city_name: 'Berlin' } });
    const c = classifyRecords([
      login(1, 'anna.smith@gmail.com', '84.12.33.7'), login(2, 'bob.lee@yahoo.com', '73.20.1.5'),
      { type: 'seccft', client_id: 'Zz9Yy8Xx7Ww6', client_name: 'orders-backend (m2m)', ip: '3.90.1.2', user_id: '', user_name: '', location_info: { country_code: 'US', city_name: 'Ashburn' } },
    ], { collectEmails: false });
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['DE']);
    for (const name of ['orders-backend (m2m)', 'shopify-app', 'jean-luc picard']) expect(detectValue(name, describeColumn('client_name')), name).toEqual([]);
    for (const name of ['Jean-Luc Picard', 'anna smith']) expect(detectValue(name, describeColumn('full_name')).map((found) => found.detector), name).toEqual(['person-name']);
  });

  it('reads CloudWatch Logs payloads as Firehose writes them one after another: each event a record, a JSON message its fields', async () => {
    const event = (n: number, message: Record<string, unknown>) => ({ id: `3700000000000000000${n}`, timestamp: 1763193600000 + n, message: JSON.stringify(message) });
    const payload = (events: unknown[]) => JSON.stringify({ messageType: 'DATA_MESSAGE', owner: '123456789012', logGroup: '/aws/apigateway/x', logStream: '$default', subscriptionFilters: ['f'], logEvents: events });
    const first = payload([event(0, { ip: '54.43.189.210', sub: '-', email: '-' }), event(1, { ip: '98.6.23.152', sub: 'u-1', email: 'lukas.zhang@example.org' })]);
    const second = payload([event(2, { ip: '98.6.23.152', sub: 'u-1', email: 'lukas.zhang@example.org' }), event(3, { ip: '91.175.145.250', sub: 'u-2', email: 'mia.roth@example.org' })]);
    for (const [name, text] of [['firehose-object', first + second], ['firehose.jsonl', `${first}\n${second}\n`]] as const) {
      const c = await classify(scratchFile(name, text));
      expect(c.recordsScanned, name).toBe(4);
      expect(c.subjectCount, name).toBe(2);
    }
  });

  it('reads a Redis dump as redis-rdb-tools writes it (databases in an array): hashes and JSON strings are records, a session is its user\'s by email', async () => {
    const session = (sid: string, email: string) => [`sess:${sid}`, JSON.stringify({ cookie: { maxAge: 86400 }, passport: { user: { email } }, csrfSecret: 'k2j3h4g5f6d7s8a9' })];
    const database = Object.fromEntries([
      ['user:7f1c2a9e', { email: 'anna.smith@example.org', name: 'Anna Smith', country: 'DE' }],
      ['user:8a2d3b0f', { email: 'bob.lee@example.org', name: 'Bob Lee', country: 'US' }],
      session('a1', 'anna.smith@example.org'), session('b2', 'Bob.Lee@example.org'), session('c3', 'anna.smith@example.org'),
      ['ratelimit:203.0.113.9', '7'],
    ]);
    const c = await classify(scratchFile('dump.json', JSON.stringify([database])));
    expect(c.recordsScanned).toBe(5);
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['DE', 'US']);
  });

  it('keys a DynamoDB single-table design by its partition key, and its things\' items are no one\'s', () => {
    const c = classifyRecords([
      { pk: 'USER#7f1c2a9e', sk: 'PROFILE', email: 'anna.smith@example.org', givenName: 'Anna', address: { region: 'TX', country: 'US' } },
      { pk: 'USER#7f1c2a9e', sk: 'SESSION#4c2d', ip: '73.20.1.5', refreshToken: 'Q2hJc0lzQVJlZnJlc2hUb2tlbkZvckFubmE' },
      { pk: 'PRODUCT#1001', sk: 'META', name: 'Trail Shoes', warehouse: { city: 'Reno', postalCode: '89502', country: 'US' } },
    ], { collectEmails: false });
    expect(c.subjectCount).toBe(1);
    expect(c.jurisdictions).toEqual(['US', 'US-TX']);
  });

  it('reads a JSON object written as a string (an API Gateway event body, a redis-dump session) as fields that key and place the record', () => {
    const sessions = classifyRecords([
      { db: 0, key: 'user:1', type: 'hash', value: { email: 'emily@example.org', name: 'Emily Barnes', country: 'IE' } },
      { db: 0, key: 'sess:a1', type: 'string', value: JSON.stringify({ passport: { user: { email: 'emily@example.org' } }, csrfSecret: 'k2j3h4g5f6d7s8a9zz' }) },
      { db: 0, key: 'ratelimit:203.0.113.9', type: 'string', value: '30' },
    ], { collectEmails: false });
    expect(sessions.subjectCount).toBe(1);
    const events = classifyRecords([
      { level: 'INFO', event: { requestContext: { accountId: '123456789012' }, body: JSON.stringify({ email: 'ann@example.com', state: 'TX', country: 'US' }) } },
      { level: 'INFO', event: { requestContext: { accountId: '123456789012' }, body: JSON.stringify({ email: 'bo@example.com', state: 'WA', country: 'US' }) } },
    ], { collectEmails: false });
    expect(events.subjectCount).toBe(2);
    expect(events.jurisdictions).toEqual(['US', 'US-TX', 'US-WA']);
    // A password hash written as JSON (Keycloak's secretData) is still judged whole.
    const keycloak = classifyRecords([{ username: 'ann', email: 'ann@example.com', credentials: [{ type: 'password', secretData: JSON.stringify({ value: 'l0bH3C4nrwRo9ZSxP1b+Q8hH3yC8kY2d0ZVb0Y7s5Vw=', salt: 'c2FsdHNhbHRzYWx0' }), credentialData: JSON.stringify({ hashIterations: 27500, algorithm: 'pbkdf2-sha256' }) }] }], { collectEmails: false });
    expect(keycloak.credentials).toMatchObject({ hashed: 1, tokens: 0 });
  });
});

describe('free text in logs and tickets (QA round 59)', () => {
  it('reads a helpdesk export\'s tickets as their requesters\' records: a card number in a ticket is its requester\'s, no ticket is a person', async () => {
    const export_ = {
      tickets: [
        { id: 1, requester_id: 11, assignee_id: 12, subject: 'Zahlung', description: 'Bitte buchen Sie über meine neue Karte 4916 1488 0343 6460 ab.' },
        { id: 2, requester_id: 13, assignee_id: 12, subject: 'Lieferung', description: 'Wo bleibt mein Paket?' },
        { id: 3, requester_id: 11, assignee_id: 12, subject: 'Danke', description: 'Alles gut.' },
      ],
      users: [
        { id: 11, name: 'Hanna Lindqvist', email: 'hanna.lindqvist@web.de', role: 'end-user' },
        { id: 13, name: 'Olaf Berg', email: 'olaf.berg@gmx.de', role: 'end-user' },
      ],
      // Groups name no one: not read.
      groups: [{ id: 11, name: 'Support DE' }],
      next_page: null,
      count: 3,
    };
    const c = await classify(scratchFile('zendesk.json', JSON.stringify(export_, null, 1)));
    expect(c.subjectCount).toBe(2);
    expect(counts(c)).toEqual([['contact', 2], ['identity', 2], ['payment-card', 1]]);
    expect(c.evidence.find((entry) => entry.category === 'payment-card')?.columns).toEqual(['description']);
  });

  it('reads an application log line by line as free text: a JSON body logged in a message gives its plain password, the line its person', async () => {
    const file = scratchFile('app.log', [
      '2026-11-11 13:31:06,000 ERROR [http-nio-8080-exec-17] c.a.shop.AuthController - Login failed, request body: {"username":"hanna.lind@web.de","password":"Tulpen!8842"} client=84.28.167.239',
      '2026-11-11 13:32:10,000 ERROR [http-nio-8080-exec-3] c.a.shop.AuthController - Login failed, request body: {"username":"olaf.b@gmx.de","password":"Sommer2024!17"} client=91.28.17.9',
      '2026-11-11 13:33:00,000 INFO  [main] c.a.shop.Health - ok',
    ].join('\n'));
    const c = await classify(file);
    expect(c.subjectCount).toBe(2);
    expect(c.credentials).toMatchObject({ plain: 2, hashed: 0 });
    expect(c.evidence.find((entry) => entry.detector === 'plain-password')?.columns).toEqual(['log_line']);
  });

  it('reads a password in a query or a logged body by any name a column of passwords has (new_password, passwort, mot_de_passe)', () => {
    for (const name of ['new_password', 'newPassword', 'passwort', 'kennwort', 'wachtwoord', 'mot_de_passe', 'contrasena']) {
      const query = detectValue(`GET /account/reset?email=hanna%40web.de&${name}=Tulpen%218842 HTTP/1.1`, describeColumn('request'));
      expect(query.map((found) => found.detector), name).toContain('plain-password');
      const body = detectValue(`Login failed body={"email":"hanna@web.de","${name}":"Tulpen!8842"}`, describeColumn('message'));
      expect(body.map((found) => found.detector), name).toContain('plain-password');
    }
    // A map's pin and a password's length are no password.
    expect(detectValue('GET /map?pin=48.13,11.58&zoom=12 HTTP/1.1', describeColumn('request')).map((found) => found.category)).not.toContain('credentials');
    expect(detectValue('policy {"password_length":"12"} saved', describeColumn('message')).map((found) => found.category)).not.toContain('credentials');
  });

  it('counts no one for a line that holds a service\'s API key and machine traces alone, in a log keyed by its users', () => {
    const key = `sk_live_${'Zq8TtYb3LmN4pQ2rS6uV9wXa'}`;
    const lines = classifyRecords([
      { level: 'error', context: { user: { id: 'u_10001', email: 'hanna.lind@web.de' }, request: { path: '/api/orders', client_ip: '84.17.20.31' } } },
      { level: 'warn', context: { request: { path: '/internal/inventory', client_ip: '10.244.1.7', headers: { 'x-api-key': key, 'user-agent': 'inventory-sync/2.1' } } } },
      { level: 'warn', context: { request: { path: '/internal/inventory', client_ip: '10.244.1.7', headers: { 'x-api-key': key, 'user-agent': 'inventory-sync/2.1' } } } },
    ], { asOf, collectEmails: false });
    expect(lines.subjectCount).toBe(1);
    expect(lines.credentials).toBeUndefined();
  });
});

describe('logs outside AWS as security teams hold them (QA round 98)', () => {
  it('reads an ingress controller\'s access log after the banner `kubectl logs` shows first', async () => {
    const banner = ['-'.repeat(79), 'NGINX Ingress controller', '  Release:       v1.11.3', '  nginx version: nginx/1.25.5', '', '-'.repeat(79), '',
      'I1118 00:00:01.123456       7 main.go:205] "Creating API client" host="https://10.96.0.1:443"'];
    const c = await classify(scratchFile('ingress.log', `${banner.join('\n')}\n${NGINX}\n`));
    expect(c.recordsScanned).toBe(7);
    expect(c.subjectCount).toBe(3);
  });

  it('reads the email and the name a token in a request\'s URL carries (a websocket\'s ?access_token=)', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = (email: string, name: string) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: `usr_${name.length}`, email, name })}.c2lnbmF0dXJl`;
    const line = (ip: string, email: string, name: string) => `${ip} - - [18/Nov/2026:00:17:18 +0000] "GET /ws/notifications?access_token=${token(email, name)} HTTP/1.1" 101 0 "-" "${BROWSER}"`;
    const c = await classify(scratchFile('ws.log', [line('99.176.68.195', 'anna.smith@gmail.example', 'Anna Smith'), line('76.236.208.70', 'bob.lee@yahoo.example', 'Bob Lee')].join('\n')));
    expect(c.subjectCount).toBe(2);
    expect(counts(c)).toEqual(expect.arrayContaining([['contact', 2], ['identity', 2]]));
  });

  it('knows a Google Cloud load balancer\'s request by the email its URL carries, and a Cloudflare request by its logged session cookie', async () => {
    const gcp = (url: string, ip: string) => JSON.stringify({ insertId: `i${ip}`, httpRequest: { requestMethod: 'GET', requestUrl: url, userAgent: BROWSER, remoteIp: ip, serverIp: '10.128.0.15' },
      resource: { type: 'http_load_balancer', labels: { backend_service_name: 'web-backend', target_proxy_name: 'shop-proxy', url_map_name: 'shop-map' } },
      logName: 'projects/acme-retail-prod/logs/requests', severity: 'INFO' });
    const lb = await classify(scratchFile('lb.jsonl', [
      gcp('https://shop.example.com/newsletter/unsubscribe?email=adubois27%40btinternet.com', '64.98.149.182'),
      gcp('https://shop.example.com/account/reset?email=jlee%40gmail.com', '73.20.1.5'),
      gcp('https://shop.example.com/products/12', '98.219.131.202'),
    ].join('\n')));
    expect(lb.subjectCount).toBe(2);
    expect(lb.evidence.find((entry) => entry.detector === 'email')?.columns).toEqual(['httpRequest.requestUrl']);
    const cloudflare = (uri: string, sid: string | undefined) => JSON.stringify({ ClientIP: '81.2.69.160', ClientRequestHost: 'shop.example.com', ClientRequestURI: uri,
      ClientRequestUserAgent: BROWSER, EdgeResponseStatus: 200, ...(sid && { Cookies: { sid } }) });
    const edge = await classify(scratchFile('http_requests.jsonl', [
      cloudflare('/account', 's_8f2c4e1a9b7d'), cloudflare('/cart', 's_8f2c4e1a9b7d'), cloudflare('/account', 's_1a2b3c4d5e6f'), cloudflare('/', undefined),
    ].join('\n')));
    expect(edge.subjectCount).toBe(2);
  });

  it('counts an Azure Activity Log\'s and a Google Cloud audit log\'s callers who are people, not service principals or service accounts', () => {
    const azure = (caller: string, app = false) => ({ caller, eventDataId: `e-${caller.length}-${app}`, claims: app ? { idtyp: 'app', appid: '3e5b1c2d' } : { name: 'Richard Harris', upn: caller },
      operationName: { value: 'Microsoft.Compute/virtualMachines/start/action', localizedValue: 'Start Virtual Machine' }, resourceProviderName: { value: 'Microsoft.Compute' },
      httpRequest: { clientIpAddress: '64.103.223.165' }, eventTimestamp: '2026-11-20T23:54:54Z' });
    const activity = classifyRecords([azure('richard.harris@tailspin.example'), azure('richard.harris@tailspin.example'), azure('nina.ito@tailspin.example'),
      azure('372c1fb3-dda5-46cb-bfa4-79790d2347d1', true), azure('372c1fb3-dda5-46cb-bfa4-79790d2347d1', true)], { collectEmails: false });
    expect(activity.subjectCount).toBe(2);
    const google = (principal: string, member?: string) => ({ insertId: `i-${principal}`, logName: 'projects/acme-prod/logs/cloudaudit.googleapis.com%2Factivity',
      protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', authenticationInfo: { principalEmail: principal }, methodName: 'SetIamPolicy',
        requestMetadata: { callerIp: '212.71.123.248', callerSuppliedUserAgent: 'google-cloud-sdk gcloud/499.0.0' }, resourceLocation: { currentLocations: ['us-central1'] },
        resourceName: 'projects/acme-prod/serviceAccounts/sa-7@acme-prod.iam.gserviceaccount.com', ...(member && { serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', member }] } } }) },
      resource: { type: 'project', labels: { project_id: 'acme-prod' } } });
    const audit = classifyRecords([google('lisa.gomez@acme.example'), google('sofia.peterson@acme.example'), google('lisa.gomez@acme.example'),
      google('service-384920118274@container-engine-robot.iam.gserviceaccount.com')], { collectEmails: false });
    expect(audit.subjectCount).toBe(2);
    expect(audit.categories.map((entry) => entry.category)).toEqual(['contact', 'online-identifier']);
    // A user a SetIamPolicy added is a person of their own (QA round 98: was not counted); a group or a service account is no one.
    const granted = classifyRecords([google('lisa.gomez@acme.example', 'user:rwalker83@outlook.example'), google('lisa.gomez@acme.example', 'group:admins@acme.example'),
      google('sofia.peterson@acme.example', 'serviceAccount:sa-7@acme-prod.iam.gserviceaccount.com'), google('sofia.peterson@acme.example', 'user:rwalker83@outlook.example')], { collectEmails: false });
    expect(granted.subjectCount).toBe(3);
  });

  it('counts no Kubernetes identity of its own (service accounts, nodes, components) in its API server\'s audit log', () => {
    const event = (username: string, groups: string[]) => ({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID: `a-${username}`, verb: 'get',
      user: { username, groups }, sourceIPs: ['81.2.69.160'], userAgent: 'kubectl/v1.31.2', objectRef: { resource: 'secrets', namespace: 'prod' } });
    const c = classifyRecords([event('oidc:anna.smith@example.com', ['system:authenticated']), event('oidc:anna.smith@example.com', ['system:authenticated']),
      event('system:serviceaccount:kube-system:coredns', ['system:serviceaccounts']), event('system:kube-scheduler', []), event('system:node:ip-10-0-12-44.ec2.internal', ['system:nodes'])], { collectEmails: false });
    expect(c.subjectCount).toBe(1);
  });

  it('reads an Auth0 log\'s client_name as its application\'s, whatever it looks like', () => {
    const event = (type: string, user?: string) => ({ log_id: `l-${type}-${user ?? ''}`, type, client_id: 'Xq782416kLmN', client_name: 'PawPal Web', ip: '108.29.85.165',
      ...(user && { connection: 'Username-Password-Authentication', user_id: `auth0|${user.length}`, user_name: user }) });
    const c = classifyRecords([event('s', 'cox.laura2@icloud.example'), event('s', 'mark.w@gmail.example'), event('sapi'), event('seccft')], { collectEmails: false });
    expect(c.subjectCount).toBe(2);
    expect(c.categories.map((entry) => entry.category)).not.toContain('identity');
  });

  it('reads the JSON a Vercel function logged after its words, and names a proxy\'s address under its own field', () => {
    const line = (email: string, name: string, zip: string) => ({ id: `v-${email}`, requestId: 'iad1::v3z6as3v', type: 'stdout', source: 'lambda', statusCode: 200,
      message: `2026-11-18T00:06:49.092Z\tiad1::v3z6as3v\tINFO\tNew signup payload {"email": "${email}", "name": "${name}", "phone": "+16172667195", "zip": "${zip}"}`,
      proxy: { method: 'POST', userAgent: [BROWSER], statusCode: 200, clientIp: '67.189.114.136', region: 'iad1' } });
    const c = classifyRecords([line('tgomez55@proton.example', 'Tyler Gomez', '01691'), line('tgomez55@proton.example', 'Tyler Gomez', '01691'), line('tclark95@yahoo.example', 'Thomas Clark', '62766')], { collectEmails: false });
    expect(c.subjectCount).toBe(2);
    expect(c.jurisdictions).toEqual(['US', 'US-IL', 'US-MA']);
    expect(c.evidence.find((entry) => entry.detector === 'ip-address')?.columns).toEqual(['proxy.clientIp']);
  });

  it('reads SendGrid\'s username as the sending account\'s', async () => {
    const row = (email: string) => `2026-11-18 00:41:29.000,LyKV.filterdrecv-0826-5,delivered,kX6003TqR2,Your order has shipped,orders@fitbox.example,${email},149.72.153.98,167.89.118.52,,fitbox_prod`;
    const c = await classify(scratchFile('activity.csv', ['processed,message_id,event,api_key_id,subject,from,email,originating_ip,outbound_ip,user_agent,username',
      row('novak.jack7@gmail.example'), row('amy.lin@yahoo.example')].join('\n')));
    expect(c.subjectCount).toBe(2);
    expect(c.categories.map((entry) => entry.category)).toEqual(['contact']);
  });

  it('reads Heroku\'s Logplex lines as an application\'s log: its people by the emails its lines give, no phone in a time stamp\'s offset', async () => {
    const c = await classify(scratchFile('heroku.log', [
      '2026-11-18T00:04:13.884460+00:00 app[web.1]: I, [2026-11-18T00:04:13.883460 #7]  INFO -- : [13d29ed8-56b2] Started POST "/users/sign_in" for 109.177.251.73 at 2026-11-18 00:04:13 +0000',
      '2026-11-18T00:04:13.885460+00:00 app[web.1]: I, [2026-11-18T00:04:13.883460 #12]  INFO -- : [13d29ed8-56b2]   Parameters: {"user"=>{"email"=>"gupta.karen2@proton.example", "password"=>"[FILTERED]"}}',
      '2026-11-18T00:04:13.933460+00:00 heroku[router]: at=info method=POST path="/users/sign_in" host=acme-bakery.herokuapp.com request_id=13d29ed8-56b2 fwd="109.177.251.73" dyno=web.1 connect=0ms service=122ms status=302 bytes=7488 protocol=https',
      '2026-11-18T00:13:37.770873+00:00 heroku[router]: at=info method=GET path="/" host=acme-bakery.herokuapp.com request_id=c3b5f529-15d2 fwd="90.34.208.148" dyno=web.2 connect=0ms service=91ms status=200 bytes=8187 protocol=https',
      // An address is no phone number (+1 641 915 2168), whatever digits run beside it.
      '2026-11-18T04:39:27.199523+00:00 heroku[router]: at=info method=GET path="/assets/app.css" host=acme-bakery.herokuapp.com request_id=3f9e42ae-2244-4266-a370-c6efcbad1155 fwd="64.191.52.168" dyno=web.3 status=200',
    ].join('\n')));
    expect(c.recordsScanned).toBe(5);
    expect(c.subjectCount).toBe(1);
    expect(c.evidence.some((entry) => entry.detector.startsWith('phone'))).toBe(false);
  });
});
