// Turns the TLS settings chosen by config.ts into the certificate and key https.createServer
// needs. Kept out of configFromEnv so reading the environment never touches the disk.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ensureDevCertificate } from "./dev-certificate.js";
import type { TlsMaterial } from "./pem.js";

/** HTTPS=1: the development certificate in `dir`; TLS_CERT + TLS_KEY: those files. */
export type TlsSettings = { mode: "dev"; dir: string } | { mode: "files"; certPath: string; keyPath: string };

export interface LoadedTls extends TlsMaterial {
  settings: TlsSettings;
  /** Only for the development certificate: whether this start generated it. */
  generated?: boolean;
  fingerprint256: string;
}

export async function loadTlsMaterial(settings: TlsSettings): Promise<LoadedTls> {
  if (settings.mode === "dev") {
    const dev = await ensureDevCertificate(settings.dir);
    return { settings, ...dev };
  }
  return { settings, ...(await readTlsFiles(settings.certPath, settings.keyPath)) };
}

/**
 * Reads TLS_CERT and TLS_KEY and checks that they are a certificate (chain) and its key, so a
 * mistake is reported at start with the file's name rather than as an OpenSSL error.
 */
export async function readTlsFiles(certFile: string, keyFile: string): Promise<TlsMaterial & { fingerprint256: string }> {
  const certPath = resolve(certFile);
  const keyPath = resolve(keyFile);
  const cert = await readText("TLS_CERT", certPath);
  const key = await readText("TLS_KEY", keyPath);
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new Error(`TLS_CERT ${certPath} is not a PEM certificate`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new Error(`TLS_KEY ${keyPath} is not an unencrypted PEM private key`);
  }
  if (!x509.checkPrivateKey(privateKey)) throw new Error(`TLS_KEY ${keyPath} is not the key of the certificate in TLS_CERT ${certPath}`);
  return { certPath, keyPath, cert, key, fingerprint256: x509.fingerprint256 };
}

async function readText(name: string, path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`${name} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      cause: error,
    });
  }
}
