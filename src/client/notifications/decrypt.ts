// Rich notifications carry the changed resource encrypted to the subscription's certificate
// (concepts/change-notifications-with-resource-data.md). The signature is checked before anything
// is decrypted, so tampered or forged data never reaches the AES padding check or JSON.parse.
import { constants, createDecipheriv, createHmac, createPrivateKey, privateDecrypt, timingSafeEqual, type KeyObject } from "node:crypto";
import type { ChangeNotificationEncryptedContent } from "./types.js";

export type NotificationDecryptionFailure =
  /** The content was encrypted for another certificate than the one expected. */
  | "thumbprintMismatch"
  /** The private key is unusable, or dataKey was not encrypted to it. */
  | "keyUnwrapFailed"
  /** dataSignature does not match data: tampered, truncated or forged. */
  | "signatureMismatch"
  /** Signed correctly but not AES-256-CBC of JSON (a sender's bug). */
  | "malformedData";

/** Every reason `decryptResourceData` refuses; `reason` says which. */
export class NotificationDecryptionError extends Error {
  override name = "NotificationDecryptionError";
  constructor(
    readonly reason: NotificationDecryptionFailure,
    message: string,
  ) {
    super(message);
  }
}

/** dataSignature does not match data: the content must be discarded. */
export class DataSignatureMismatchError extends NotificationDecryptionError {
  override name = "DataSignatureMismatchError";
  constructor() {
    super("signatureMismatch", "dataSignature does not match data (HMAC-SHA256 over the ciphertext)");
  }
}

export interface DecryptOptions {
  /** The SHA-1 thumbprint of your certificate (hex, any case, colons allowed). */
  expectedThumbprint?: string;
}

const KEY_BYTES = 32;
const IV_BYTES = 16;
const SIGNATURE_BYTES = 32;

/**
 * Decrypts a notification's `encryptedContent` with the private key of the subscription's
 * certificate (PEM or KeyObject) and returns the resource's JSON, parsed. `T` is what you
 * expect it to be (e.g. a chatMessage); nothing checks that beyond JSON.parse.
 * Throws NotificationDecryptionError (DataSignatureMismatchError for a bad signature).
 */
export function decryptResourceData<T = unknown>(
  encryptedContent: ChangeNotificationEncryptedContent,
  privateKey: string | KeyObject,
  options: DecryptOptions = {},
): T {
  if (options.expectedThumbprint !== undefined) {
    const got = normalizeThumbprint(encryptedContent.encryptionCertificateThumbprint);
    if (got !== normalizeThumbprint(options.expectedThumbprint)) {
      throw new NotificationDecryptionError("thumbprintMismatch", `encrypted for certificate ${got}, not the expected one`);
    }
  }
  const key = unwrapKey(encryptedContent.dataKey, privateKey);
  const ciphertext = Buffer.from(encryptedContent.data, "base64");
  const expected = createHmac("sha256", key).update(ciphertext).digest();
  const actual = Buffer.from(encryptedContent.dataSignature, "base64");
  if (actual.length !== SIGNATURE_BYTES || !timingSafeEqual(actual, expected)) throw new DataSignatureMismatchError();

  let json: string;
  try {
    // Graph derives the IV from the key (its first 16 bytes) rather than sending one.
    const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, IV_BYTES));
    json = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new NotificationDecryptionError("malformedData", "data is not AES-256-CBC with PKCS#7 padding under the data key");
  }
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new NotificationDecryptionError("malformedData", "decrypted data is not JSON");
  }
}

function unwrapKey(dataKey: string, privateKey: string | KeyObject): Buffer {
  let key: Buffer;
  try {
    const keyObject = typeof privateKey === "string" ? createPrivateKey(privateKey) : privateKey;
    key = privateDecrypt({ key: keyObject, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" }, Buffer.from(dataKey, "base64"));
  } catch {
    throw new NotificationDecryptionError("keyUnwrapFailed", "dataKey could not be decrypted with this private key (RSA-OAEP, SHA-1)");
  }
  if (key.length !== KEY_BYTES) {
    throw new NotificationDecryptionError("keyUnwrapFailed", `dataKey holds ${key.length} bytes; an AES-256 key has ${KEY_BYTES}`);
  }
  return key;
}

function normalizeThumbprint(thumbprint: string): string {
  return thumbprint.replace(/[\s:]/g, "").toUpperCase();
}
