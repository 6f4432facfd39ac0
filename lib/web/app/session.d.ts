// Types of session.js for the tests of its PKCE and token helpers.
export declare function codeChallenge(verifier: string): Promise<string>;
export declare function jwtClaims(token: string): Record<string, unknown>;
