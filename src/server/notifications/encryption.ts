// Rich notifications: the resource's JSON travels encrypted to the subscription's certificate,
// built exactly as Graph builds `encryptedContent`, so a receiver's decryption code that works
// here works against Graph (see /work/shared/graph-notifications-facts.md, "Rich notifications").
import {
  X509Certificate,
  constants,
  createCipheriv,
  createHash,
  createHmac,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from "node:crypto";

/** A subscription's `encryptionCertificate`, parsed once when the subscription is made. */
export interface EncryptionCertificate {
  publicKey: KeyObject;
  /** Uppercase hex SHA-1 of the DER bytes, as Graph sends in `encryptionCertificateThumbprint`. */
  thumbprint: string;
}

/** A notification's `encryptedContent` (Graph's changeNotificationEncryptedContent). */
export interface EncryptedResourceData {
  data: string;
  dataSignature: string;
  dataKey: string;
  encryptionCertificateId: string;
  encryptionCertificateThumbprint: string;
}

/** Graph accepts RSA certificates of 2048 to 4096 bits. */
export const MIN_CERTIFICATE_BITS = 2048;
export const MAX_CERTIFICATE_BITS = 4096;

// Buffer.from(…, "base64") skips characters it does not know instead of failing, so a PEM file or
// a typo would silently decode to garbage; checking the alphabet first gives a useful reason.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Parses a subscription's `encryptionCertificate` (base64 of a DER X.509 certificate with an RSA
 * key of 2048–4096 bits). Throws an Error whose message is a one-line reason fit for a 400.
 */
export function parseEncryptionCertificate(base64Der: string): EncryptionCertificate {
  if (base64Der.includes("-----BEGIN")) {
    throw new Error("encryptionCertificate must be base64 DER, not PEM: drop the -----BEGIN/END----- lines and line breaks");
  }
  // Line breaks inside base64 are harmless (many tools wrap at 64 or 76 characters).
  const text = base64Der.replace(/\s+/g, "");
  if (!BASE64.test(text)) throw new Error("encryptionCertificate is not base64");
  const der = Buffer.from(text, "base64");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(der);
  } catch {
    throw new Error("encryptionCertificate is not a DER X.509 certificate");
  }
  const { publicKey } = certificate;
  if (publicKey.asymmetricKeyType !== "rsa") {
    throw new Error(`encryptionCertificate has a ${publicKey.asymmetricKeyType ?? "unknown"} key; an RSA key is required`);
  }
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_CERTIFICATE_BITS || bits > MAX_CERTIFICATE_BITS) {
    throw new Error(
      `encryptionCertificate has a ${bits}-bit RSA key; ${MIN_CERTIFICATE_BITS} to ${MAX_CERTIFICATE_BITS} bits are required`,
    );
  }
  return { publicKey, thumbprint: createHash("sha1").update(der).digest("hex").toUpperCase() };
}

/**
 * Encrypts one notification's resource JSON for the subscription's certificate: a fresh random
 * 256-bit key K per call; `data` is AES-256-CBC (PKCS#7) with IV = the first 16 bytes of K;
 * `dataSignature` is HMAC-SHA256 with K over the ciphertext; `dataKey` is K under RSA-OAEP
 * (SHA-1, MGF1-SHA-1) with the certificate's public key. All three are base64.
 */
export function encryptResourceData(
  json: string,
  certificate: EncryptionCertificate,
  encryptionCertificateId: string,
): EncryptedResourceData {
  const key = randomBytes(32);
  // Graph derives the IV from the key rather than sending one; receivers' code expects that.
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16));
  const ciphertext = Buffer.concat([cipher.update(json, "utf8"), cipher.final()]);
  const signature = createHmac("sha256", key).update(ciphertext).digest();
  const wrappedKey = publicEncrypt({ key: certificate.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" }, key);
  return {
    data: ciphertext.toString("base64"),
    dataSignature: signature.toString("base64"),
    dataKey: wrappedKey.toString("base64"),
    encryptionCertificateId,
    encryptionCertificateThumbprint: certificate.thumbprint,
  };
}
