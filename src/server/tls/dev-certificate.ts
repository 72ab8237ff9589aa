// The self-signed development certificate behind HTTPS=1. It is made once and kept on disk so a
// client that was told to trust it (NODE_EXTRA_CA_CERTS, curl --cacert, a browser exception)
// keeps trusting the server across restarts; it is made again only when it cannot be used.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TlsMaterial } from "./pem.js";

/** `.dev-certs/` at the package root (gitignored); TLS_DIR overrides it. */
export const DEFAULT_DEV_CERT_DIR = fileURLToPath(new URL("../../../.dev-certs/", import.meta.url));

export const DEV_CERT_FILE = "dev-cert.pem";
export const DEV_KEY_FILE = "dev-key.pem";

/** The names a local client may use for this server; all of them are in the certificate. */
export const DEV_CERT_HOSTNAMES = ["localhost"] as const;
export const DEV_CERT_IPS = ["127.0.0.1", "::1"] as const;

const VALIDITY_DAYS = 365;
/** Made again this long before it expires, so a server started today still works tomorrow. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;
/** Tolerates a client clock slightly behind ours right after generation. */
const BACKDATE_MS = 5 * 60 * 1000;

export interface DevCertificate extends TlsMaterial {
  /** True when this call wrote new files; false when it reused the ones on disk. */
  generated: boolean;
  /** SHA-256 fingerprint, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint256: string;
}

/**
 * Returns the development certificate in `dir`, generating key and certificate when they are
 * missing, unreadable, not a pair, expired or about to expire, or lack one of the local names.
 * The key is written with mode 0600 and the folder with 0700.
 */
export async function ensureDevCertificate(dir: string, now: Date = new Date()): Promise<DevCertificate> {
  const folder = resolve(dir);
  const certPath = join(folder, DEV_CERT_FILE);
  const keyPath = join(folder, DEV_KEY_FILE);
  const existing = await readUsable(certPath, keyPath, now);
  if (existing) return { certPath, keyPath, ...existing, generated: false };

  const { cert, key } = await generate(now);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  // Key first: a reader that sees the new certificate also finds its key. Each file is written
  // beside its final name and renamed, so nobody reads half a file.
  await writeAtomically(keyPath, key, 0o600);
  await writeAtomically(certPath, cert, 0o644);
  return { certPath, keyPath, cert, key, generated: true, fingerprint256: new X509Certificate(cert).fingerprint256 };
}

async function readUsable(
  certPath: string,
  keyPath: string,
  now: Date,
): Promise<{ cert: string; key: string; fingerprint256: string } | undefined> {
  try {
    const [cert, key] = await Promise.all([readFile(certPath, "utf8"), readFile(keyPath, "utf8")]);
    const x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    if (Date.parse(x509.validTo) - RENEW_BEFORE_MS <= now.getTime()) return undefined;
    if (Date.parse(x509.validFrom) > now.getTime()) return undefined;
    if (!coversLocalNames(x509)) return undefined;
    return { cert, key, fingerprint256: x509.fingerprint256 };
  } catch {
    // Missing or unreadable files, or text that is not a PEM certificate/key: make new ones.
    return undefined;
  }
}

function coversLocalNames(x509: X509Certificate): boolean {
  return (
    DEV_CERT_HOSTNAMES.every((host) => x509.checkHost(host) !== undefined) && DEV_CERT_IPS.every((ip) => x509.checkIP(ip) !== undefined)
  );
}

async function generate(now: Date): Promise<{ cert: string; key: string }> {
  // Loaded only when needed: selfsigned pulls in an X.509 library that installs a global
  // Reflect polyfill, which a server that reuses its certificate (or serves HTTP) need not load.
  const { generate: selfsigned } = await import("selfsigned");
  const notBeforeDate = new Date(now.getTime() - BACKDATE_MS);
  const notAfterDate = new Date(now.getTime() + VALIDITY_DAYS * 24 * 60 * 60 * 1000);
  const pems = await selfsigned(
    [
      { name: "commonName", value: "localhost" },
      { name: "organizationName", value: "graph-chat-contract development certificate" },
    ],
    {
      keyType: "ec",
      curve: "P-256",
      algorithm: "sha256",
      notBeforeDate,
      notAfterDate,
      extensions: [
        // A leaf, not a CA: browsers refuse CA certificates as server certificates, and a
        // leaf cannot be misused to sign certificates for other hosts once it is trusted.
        { name: "basicConstraints", cA: false, critical: true },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            ...DEV_CERT_HOSTNAMES.map((value) => ({ type: 2 as const, value })),
            ...DEV_CERT_IPS.map((ip) => ({ type: 7 as const, ip })),
          ],
        },
      ],
    },
  );
  return { cert: pems.cert, key: pems.private };
}

async function writeAtomically(path: string, content: string, mode: number): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode });
  // writeFile's mode is masked by the umask; chmod makes it exact.
  await chmod(temporary, mode);
  await rename(temporary, path);
}
