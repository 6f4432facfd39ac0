// The timeline's hash chain, checked again in the browser, event by event: the same canonical
// JSON and SHA-256 as the server (lambdas/shared/timeline.ts), so the page does not take the
// server's word for it, and it can say which event is wrong, not only the first.

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const hashEvent = (e) => {
  const { incidentId, seq, at, type, actor, details, prevHash } = e;
  return sha256Hex(canonicalJson({ incidentId, seq, at, type, actor, details, prevHash }));
};

/**
 * One verdict per event: 'ok'; 'altered' (its content does not match its hash); 'chain-broken'
 * (it does not link to the event before it); 'missing-before' (events are missing before it).
 * Undefined when this browser cannot hash (not a secure context).
 */
export async function checkEvents(events) {
  if (!globalThis.crypto?.subtle) return undefined;
  const verdicts = [];
  let previous;
  for (const event of events) {
    const altered = (await hashEvent(event)) !== event.hash;
    const unlinked = event.prevHash !== (previous?.hash ?? GENESIS_HASH);
    const gap = event.seq !== (previous?.seq ?? 0) + 1;
    verdicts.push(altered ? 'altered' : gap ? 'missing-before' : unlinked ? 'chain-broken' : 'ok');
    previous = event;
  }
  return verdicts;
}
