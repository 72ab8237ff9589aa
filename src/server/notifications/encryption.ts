// STUB until the encryption module lands (another branch writes the real one with this exact
// signature; the lead resolves the merge): only what createSubscription needs to refuse a
// certificate Graph would refuse.
import { X509Certificate, type KeyObject } from "node:crypto";

export interface EncryptionCertificate {
  publicKey: KeyObject;
  /** Uppercase hex SHA-1 of the DER bytes, as Graph sends in `encryptionCertificateThumbprint`. */
  thumbprint: string;
}

/** Parses base64 DER X.509 with an RSA key of 2048–4096 bits; throws an Error with a one-line reason. */
export function parseEncryptionCertificate(base64Der: string): EncryptionCertificate {
  const text = base64Der.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new Error("encryptionCertificate is not base64");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(Buffer.from(text, "base64"));
  } catch {
    throw new Error("encryptionCertificate is not a DER X.509 certificate");
  }
  const { publicKey } = certificate;
  if (publicKey.asymmetricKeyType !== "rsa") throw new Error("encryptionCertificate must have an RSA key");
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048 || bits > 4096) throw new Error(`encryptionCertificate has a ${bits}-bit RSA key; 2048 to 4096 bits are accepted`);
  return { publicKey, thumbprint: certificate.fingerprint.replaceAll(":", "").toUpperCase() };
}
