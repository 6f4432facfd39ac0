// Types of chain.js for the tests that check it against the server's hashing.
export declare const GENESIS_HASH: string;
export declare function canonicalJson(value: unknown): string;
export declare function hashEvent(event: { incidentId: string; seq: number; at: string; type: string; actor: unknown; details: unknown; prevHash: string }): Promise<string>;
export type EventVerdict = 'ok' | 'altered' | 'missing-before' | 'chain-broken';
export declare function checkEvents(events: readonly { seq: number; prevHash: string; hash: string }[]): Promise<EventVerdict[] | undefined>;
