// Credentials that identify themselves: cloud and SaaS keys and tokens with a documented prefix
// and length, JWTs, private keys and passwords in URLs. The patterns follow the providers'
// published formats as Yelp's detect-secrets encodes them; a token must stand alone (not be part
// of a longer word), so "testAKCwithin..." is not an Artifactory key.

export type TokenKind =
  | 'aws-access-key-id' | 'aws-secret-access-key' | 'artifactory-token' | 'azure-storage-key' | 'basic-auth-url' | 'discord-bot-token'
  | 'github-token' | 'gitlab-token' | 'jwt' | 'mailchimp-key' | 'npm-token' | 'openai-key' | 'pypi-token'
  | 'sendgrid-key' | 'slack-token' | 'stripe-key' | 'telegram-bot-token' | 'twilio-key' | 'private-key'
  | 'google-api-key';

// Where a token may start and end: not inside a longer run of token characters.
const START = '(?<![A-Za-z0-9_-])';
const END = '(?![A-Za-z0-9_-])';

const TOKEN_PATTERNS: ReadonlyArray<readonly [TokenKind, RegExp]> = [
  ['aws-access-key-id', new RegExp(`${START}(?:A3T[A-Z0-9]|AKIA|ABIA|ACCA|ASIA)[A-Z0-9]{16}${END}`, 'g')],
  // A secret access key is 40 base64 characters with nothing of its own to recognise: only where
  // it is assigned to a name saying so (aws_secret_access_key=..., "SecretAccessKey": "...").
  ['aws-secret-access-key', /(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi],
  // Not the start of a longer base64 value (an attachment, a ciphertext: "APAH3ww8W4FXxzjc+/..."), which a token's letters end before.
  ['artifactory-token', /(?:^|[\s=:"'])(?:AKC[a-zA-Z0-9]{10,}|AP[\dABCDEF][a-zA-Z0-9]{8,})(?![A-Za-z0-9+/])/g],
  ['azure-storage-key', /AccountKey=[a-zA-Z0-9+/=]{88}/g],
  ['basic-auth-url', /:\/\/[^{}\s/?#@:'"]+:[^{}\s/?#@:'"]+@[\w.-]+/g],
  // As detect-secrets matches it: anywhere, the signature part at least 27 characters.
  ['discord-bot-token', /[MNO][a-zA-Z\d_-]{23,25}\.[a-zA-Z\d_-]{6}\.[a-zA-Z\d_-]{27}/g],
  ['github-token', new RegExp(`${START}(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}${END}`, 'g')],
  ['gitlab-token', new RegExp(
    `${START}(?:glpat-[A-Za-z0-9_-]{20}|gldt-[A-Za-z0-9_-]{20}|glcbt-[A-Za-z0-9_-]{20}|glsoat-[A-Za-z0-9_-]{50}|GR1348941[A-Za-z0-9_-]{20,50}|glimt-[A-Za-z0-9_-]{25}|glptt-[A-Za-z0-9_-]{40}|glagent-[A-Za-z0-9_-]{50,1024}|gloas-[A-Za-z0-9_-]{64})${END}`, 'g')],
  ['jwt', new RegExp(`${START}eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*)?${END}`, 'g')],
  ['mailchimp-key', new RegExp(`${START}[0-9a-z]{32}-us[0-9]{1,2}${END}`, 'g')],
  ['npm-token', /\/\/[^\s/]+\/:_authToken=\s*(?:npm_[A-Za-z0-9]+|[A-Fa-f0-9-]{36})/g],
  ['openai-key', new RegExp(`${START}sk-[A-Za-z0-9_-]*[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}${END}`, 'g')],
  ['pypi-token', new RegExp(`${START}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{70,}${END}`, 'g')],
  ['sendgrid-key', new RegExp(`${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g')],
  ['slack-token', /xox[abposr]-(?:\d+-)+[a-z0-9]+|https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+/gi],
  // 24 characters in the older keys, up to 99 in the current ones.
  ['stripe-key', new RegExp(`${START}[rs]k_live_[0-9a-zA-Z]{24,247}${END}`, 'g')],
  ['telegram-bot-token', /(?<![\w:])\d{8,10}:[0-9A-Za-z_-]{35}(?![\w-])/g],
  ['twilio-key', new RegExp(`${START}(?:AC|SK)[a-z0-9]{32}${END}`, 'g')],
  ['private-key', /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g],
  ['google-api-key', new RegExp(`${START}AIza[0-9A-Za-z_-]{35}${END}`, 'g')],
];

/** A JSON object in a JWT's base64url part, or undefined. */
function jwtPart(part: string): Record<string, unknown> | undefined {
  if (part.length < 4) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded) ? (decoded as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a JWS/JWT whose header and payload both decode to JSON objects (the signature may be absent); undefined for anything else. */
export function jwtClaimsOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length < 2 || parts.length > 3 || token.length > 16_384) return undefined;
  return jwtPart(parts[0] ?? '') === undefined ? undefined : jwtPart(parts[1] ?? '');
}

export const isDecodableJwt = (token: string): boolean => jwtClaimsOf(token) !== undefined;

// Cheap gate: every pattern needs one of these substrings, a digit run with a colon, or '://'.
const HINTS = /A3T|AKIA|ABIA|ACCA|ASIA|AKC|AP[\dA-F]|AccountKey|:\/\/|eyJ|gh[pousr]_|gl[a-z]+-|GR1348941|-us\d|_authToken|sk-|pypi-|SG\.|xox|hooks\.slack|_live_|\d{8}:|AC[a-z0-9]{32}|SK[a-z0-9]{32}|PRIVATE KEY|AIza|[0-9a-z]{32}-us|[MNO][a-zA-Z\d_-]{23,25}\./;

const SECRET_KEY_NAME = /secret_?access_?key|aws_?secret/i;

/** Whether a value has a token's make-up at all: a run of 13+ token characters, or a PEM header. */
function mayHoldToken(text: string): boolean {
  let run = 0;
  let longRun = false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (letter) letters++;
    const tokenChar = letter || (code >= 48 && code <= 58) || code === 95 || code === 45 || code === 46 || code === 47 ||
      code === 61 || code === 43 || code === 64;
    if (tokenChar) {
      if (++run >= 13) longRun = true;
    } else {
      run = 0;
    }
  }
  // Every token format has letters: a timestamp or a phone number never needs the patterns.
  return (longRun && letters >= 4) || text.includes('PRIVATE KEY');
}

/** Tokens found in `text`, one entry per occurrence (kinds only, never the token). */
export function tokensIn(text: string): TokenKind[] {
  if (text.length < 13 || !mayHoldToken(text) || !(HINTS.test(text) || SECRET_KEY_NAME.test(text))) return [];
  const found: TokenKind[] = [];
  for (const [kind, pattern] of TOKEN_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (kind === 'jwt' && !isDecodableJwt(match[0])) continue;
      // A Twilio account or key SID in a REST resource's path ("/Accounts/AC.../Messages/SM....json") names the resource.
      if (kind === 'twilio-key' && text.charCodeAt(match.index - 1) === 47 /* / */) continue;
      found.push(kind);
    }
  }
  return found;
}

/** The token kind of a whole value, if it is one. */
export function tokenKind(value: string): TokenKind | undefined {
  return tokensIn(value)[0];
}
