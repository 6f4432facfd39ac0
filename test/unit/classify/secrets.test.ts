// Keys and tokens that identify themselves. The tokens are built here from each provider's
// published layout (prefix, alphabet, length); none is a real credential.
import { describe, expect, it } from 'vitest';
import { isDecodableJwt, tokenKind, tokensIn } from '../../../lambdas/classify/secrets.js';
import { describeColumn, detectValue, scanText } from '../../../lambdas/classify/detectors.js';

const repeat = (alphabet: string, length: number): string => Array.from({ length }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
const ALNUM = 'aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY';
const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const JWT = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'user-1' })}.${repeat(ALNUM, 43)}`;

describe('tokens', () => {
  it.each([
    ['aws-access-key-id', `AKIA${repeat('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`],
    ['github-token', `ghp_${repeat(ALNUM, 36)}`],
    ['gitlab-token', `glpat-${repeat(ALNUM, 20)}`],
    ['stripe-key', `sk_live_${repeat(ALNUM, 24)}`],
    ['stripe-key', `sk_live_51${repeat(ALNUM, 97)}`],
    ['sendgrid-key', `SG.${repeat(ALNUM, 22)}.${repeat(ALNUM, 43)}`],
    ['slack-token', 'xoxb-1234567890-abcdefghij'],
    ['openai-key', `sk-${repeat(ALNUM, 20)}T3BlbkFJ${repeat(ALNUM, 20)}`],
    ['telegram-bot-token', `123456789:${repeat(ALNUM, 35)}`],
    ['jwt', JWT],
    ['basic-auth-url', 'https://deploy:s3cr3t@registry.example.com/'],
    ['private-key', '-----BEGIN RSA PRIVATE KEY-----'],
  ])('recognises a %s', (kind, token) => {
    expect(tokenKind(token)).toBe(kind);
    expect(detectValue(token, describeColumn('value'))).toEqual([{ category: 'credentials', detector: kind, certainty: 'validated' }]);
  });

  it('needs the token to stand alone and to have its exact shape', () => {
    expect(tokenKind(`x${'ghp_'}${repeat(ALNUM, 36)}`)).toBeUndefined();
    expect(tokenKind(`glpat-${repeat(ALNUM, 19)}`)).toBeUndefined();
    expect(tokenKind('sk_live_')).toBeUndefined();
    expect(tokenKind('2026-01-10T00:00:00Z')).toBeUndefined();
    expect(isDecodableJwt(`${base64url({ alg: 'HS256' })}.not-json.sig`)).toBe(false);
  });

  it('finds an AWS secret access key only where a name says what it is', () => {
    const secret = repeat('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40);
    expect(tokensIn(`aws_secret_access_key=${secret}`)).toEqual(['aws-secret-access-key']);
    expect(tokensIn(`"SecretAccessKey": "${secret}"`)).toEqual(['aws-secret-access-key']);
    expect(scanText(`rotated AWS_SECRET_ACCESS_KEY: ${secret} today`).map((d) => d.detector)).toEqual(['aws-secret-access-key']);
    expect(tokensIn(`checksum=${secret}`)).toEqual([]);
  });

  it('counts every token in a line of configuration', () => {
    expect(tokensIn(`AWS_KEY=AKIA${repeat('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} token: ghp_${repeat(ALNUM, 36)}`)).toEqual(['aws-access-key-id', 'github-token']);
    expect(scanText(`export GITHUB_TOKEN=ghp_${repeat(ALNUM, 36)}`).map((d) => d.detector)).toEqual(['github-token']);
  });

  it('tells plain passwords from hashes in a password column', () => {
    const column = describeColumn('password');
    expect(detectValue('hunter2', column)[0]?.detector).toBe('plain-password');
    expect(detectValue('5f4dcc3b5aa765d61d8327deb882cf99', column)[0]?.detector).toBe('password-hash');
    expect(detectValue('$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', describeColumn('notes'))[0]?.detector).toBe('password-hash');
  });
});
