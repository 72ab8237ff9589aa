// The local development signing key. It is deliberately public: it lets `npm run token` mint
// tokens this server accepts on a fresh machine with no identity provider. A server configured
// with AUTH_JWKS_URL ignores it and trusts only the JWKS keys.
export const DEV_SIGNING_KEY = "graph-chat-contract-local-development-signing-key-not-a-secret";
export const DEV_ALGORITHM = "HS256";
export const DEV_ISSUER = "https://graph-chat-contract.local/dev-issuer";
export const DEV_AUDIENCE = "https://graph.microsoft.com";

export const devSecret = (): Uint8Array<ArrayBuffer> => new TextEncoder().encode(DEV_SIGNING_KEY);
