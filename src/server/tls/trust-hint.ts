// What main.ts prints about the certificate: where it is and how to make a client trust it.
// Clients refuse a self-signed certificate until told to trust it, and the usual ways differ
// per client, so the common ones are spelled out with the real path.
import type { LoadedTls } from "./material.js";

export function tlsBanner(tls: LoadedTls): string {
  if (tls.settings.mode === "files") {
    return `TLS:        certificate ${tls.certPath}, key ${tls.keyPath} (TLS_CERT, TLS_KEY)\n`;
  }
  const state = tls.generated ? "generated now" : "reused";
  return (
    `TLS:        self-signed development certificate for localhost, 127.0.0.1 and ::1 (${state})\n` +
    `Certificate: ${tls.certPath}\n` +
    `             SHA-256 ${tls.fingerprint256}\n` +
    `Trust it:   Node: NODE_EXTRA_CA_CERTS=${quote(tls.certPath)} node your-client.js\n` +
    `            curl: curl --cacert ${quote(tls.certPath)} …\n`
  );
}

/** Quotes a path for a POSIX shell when it holds anything but safe characters. */
function quote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
