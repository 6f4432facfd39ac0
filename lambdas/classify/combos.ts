/**
 * Leaked credentials as attackers pass them on: combo lists (`login:password`, `login|password`),
 * dumps of salted hashes (`email:hash:salt`, vBulletin's, MyBB's) and infostealer logs
 * (`url:login:password`). Their lines are read whole and cut here, not as CSV: a password may hold
 * the separator ("Sum:mer2024!"), a URL its port (`https://192.168.1.1:8080/login`), a salt a quote.
 */
import { isEmailAddress, passwordHashKind } from './detectors.js';
import type { LogLayout } from './logs.js';

/** A line's login and the rest, by the first separator after it (neither holds spaces, a login no separator). */
const COMBO_LINE = /^([^\s:|;]{3,254})([:|])(\S+)$/;
/** An infostealer's line: the URL (its scheme, and a port where it has one), the login, the password. */
const STEALER_LINE = /^((?:https?|android|ftp):\/\/\S*?):([^\s:/]+):(.+)$/i;
/** A password's usual mix: letters with digits or symbols (sunshine465, Dragon19!, p@ss). */
const PASSWORD_MIX = /^(?=.*\p{L})(?=.*[\d\p{P}\p{S}]).{4,}$/u;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** The lines read to tell a combo list, and the share of them that must be one. */
const SAMPLE_LINES = 200;
const COMBO_SHARE = 0.95;

/**
 * The layout of a header-less list of leaked credentials at the start of `text`, or undefined for
 * anything else (a CSV, a key:value settings list, hosts and ports). Its lines are read whole (a NUL
 * delimiter cuts none) and `fields` cuts each into the login, the password and a hash's salt, or the URL,
 * login and password. Nearly all lines must have the list's shape; one that has not is cut at its first
 * separator.
 */
export function comboLayout(text: string): LogLayout | undefined {
  const lines = sampleLines(text);
  if (lines.length === 0) return undefined;
  const share = (test: (line: string) => boolean): number => lines.filter(test).length / lines.length;

  if (share((line) => STEALER_LINE.test(line)) >= COMBO_SHARE) {
    return layout('infostealer', ['url', 'username', 'password'], (line) => {
      const match = STEALER_LINE.exec(line);
      return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : split(line, ':');
    });
  }

  const pairs = lines.map((line) => COMBO_LINE.exec(line));
  const separator = pairs.filter((pair) => pair?.[2] === '|').length > pairs.filter((pair) => pair?.[2] === ':').length ? '|' : ':';
  if (pairs.filter((pair) => pair?.[2] === separator).length < lines.length * COMBO_SHARE) return undefined;
  const found = pairs.filter((pair): pair is RegExpExecArray => pair !== null);
  const logins = found.map((pair) => pair[1] ?? '');
  const secrets = found.map((pair) => pair[3] ?? '');
  const emails = logins.filter((login) => isEmailAddress(login)).length;
  const loginName = emails >= found.length * COMBO_SHARE ? 'email' : 'username';
  // The separator nearly always once: a pipe-delimited table's lines have it as often as it has columns but one.
  const once = secrets.filter((secret) => !secret.includes(separator)).length;

  // A salted digest and its salt ("a@x.com:5f4dcc...:k9#"): the hash is the secret, the salt the rest.
  const salted = secrets.filter((secret) => {
    const at = secret.indexOf(separator);
    const hash = at < 0 ? '' : secret.slice(0, at);
    return at > 0 && at < secret.length - 1 && (HEX_DIGEST.test(hash) || passwordHashKind(hash, true) !== undefined);
  }).length;
  if (salted >= found.length * COMBO_SHARE) {
    return layout('salted-hashes', [loginName, 'password', 'salt'], (line) => {
      const [login = '', rest = ''] = split(line, separator);
      const at = rest.indexOf(separator);
      return at < 0 ? [login, rest] : [login, rest.slice(0, at), rest.slice(at + 1)];
    });
  }

  // Logins and passwords: the passwords are not all numbers (a port, a count), and some logins are emails, or else
  // (j.smith1:Qwerty93!) at least five logins, each once, beside passwords that nearly all mix letters with digits or
  // symbols, as a key:value list's values (localhost, true, 30) do not.
  const short = secrets.filter((secret) => secret.length < 4).length;
  if (once < found.length * COMBO_SHARE || secrets.every((secret) => /^\d+$/.test(secret)) || short > found.length * (1 - COMBO_SHARE)) return undefined;
  const combo = layout('combo', [loginName, 'password'], (line) => split(line, separator));
  if (emails * 4 >= found.length) return combo;
  const mixed = secrets.filter((secret) => PASSWORD_MIX.test(secret)).length;
  return found.length >= 5 && new Set(logins.map((login) => login.toLowerCase())).size === found.length && mixed * 10 >= found.length * 9 ? combo : undefined;
}

/** A line cut at its first separator: the login and the rest. */
function split(line: string, separator: string): string[] {
  const at = line.indexOf(separator);
  return at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1)];
}

/** Lines read whole (no field holds a NUL) and cut by `cut`. */
function layout(format: string, names: string[], cut: (line: string) => string[]): LogLayout {
  return { format, names, delimiter: '\u0000', length: 0, lines: 0, fields: (row) => cut(row[0] ?? '') };
}

/** The first non-empty lines of `text`, without their line ends. */
function sampleLines(text: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length && lines.length < SAMPLE_LINES;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}
