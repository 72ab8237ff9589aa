// The certificate and key a server is given, as PEM texts with the files they came from. Both
// sources — the development certificate and TLS_CERT + TLS_KEY — produce this shape, so it lives
// apart from either of them.

/** PEM texts for the server, and where they came from (printed so clients can trust them). */
export interface TlsMaterial {
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
}
