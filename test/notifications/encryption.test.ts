// Rich notifications end to end: the server's encryption (src/server/notifications) against the
// receiver's decryption (src/client/notifications), plus independent node:crypto checks that the
// format is Graph's and not merely self-consistent.
import { constants, createDecipheriv, createHmac, createPrivateKey, privateDecrypt } from "node:crypto";
import { encryptResourceData, parseEncryptionCertificate, type EncryptionCertificate } from "../../src/server/notifications/encryption.js";
import { DataSignatureMismatchError, NotificationDecryptionError, decryptResourceData } from "../../src/client/notifications/index.js";
import { makeCertificate, type TestCertificate } from "./certificates.js";

const MESSAGE = {
  "@odata.type": "#Microsoft.Graph.chatMessage",
  id: "1612289765949",
  chatId: "19:8b081ef6-4792-4def-b2c9-c363a1bf41d5_877192bd-9183-47d3-a74c-8aa0426716cf@unq.gbl.spaces",
  body: { contentType: "text", content: "Hello — héllo ✓" },
};
const JSON_TEXT = JSON.stringify(MESSAGE);

let owner: TestCertificate;
let other: TestCertificate;
let certificate: EncryptionCertificate;

beforeAll(async () => {
  [owner, other] = await Promise.all([makeCertificate(), makeCertificate()]);
  certificate = parseEncryptionCertificate(owner.base64Der);
});

function unwrapIndependently(dataKey: string): Buffer {
  return privateDecrypt(
    { key: owner.privateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
    Buffer.from(dataKey, "base64"),
  );
}

function flipLastByte(base64: string): string {
  const bytes = Buffer.from(base64, "base64");
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
  return bytes.toString("base64");
}

describe("parseEncryptionCertificate", () => {
  it("reads an RSA 2048 certificate and gives its uppercase hex SHA-1 thumbprint", () => {
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(certificate.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    // X509Certificate.fingerprint is the SHA-1 of the DER, colon-separated.
    expect(certificate.thumbprint).toBe(owner.x509.fingerprint.replace(/:/g, ""));
  });

  it("accepts a 4096-bit RSA certificate, Graph's upper bound", async () => {
    const big = await makeCertificate({ keyType: "rsa", bits: 4096 });
    expect(parseEncryptionCertificate(big.base64Der).publicKey.asymmetricKeyDetails?.modulusLength).toBe(4096);
  });

  it("accepts base64 wrapped over several lines", () => {
    const wrapped = owner.base64Der.replace(/(.{64})/g, "$1\n");
    expect(parseEncryptionCertificate(wrapped).thumbprint).toBe(certificate.thumbprint);
  });

  it("refuses a 1024-bit RSA certificate, naming the size", async () => {
    const small = await makeCertificate({ keyType: "rsa", bits: 1024 });
    expect(() => parseEncryptionCertificate(small.base64Der)).toThrow("1024-bit RSA key; 2048 to 4096 bits are required");
  });

  it("refuses an EC certificate, asking for RSA", async () => {
    const ec = await makeCertificate({ keyType: "ec" });
    expect(() => parseEncryptionCertificate(ec.base64Der)).toThrow("has a ec key; an RSA key is required");
  });

  it("refuses text that is not base64", () => {
    expect(() => parseEncryptionCertificate("not base64!")).toThrow("encryptionCertificate is not base64");
    expect(() => parseEncryptionCertificate("")).toThrow("encryptionCertificate is not base64");
  });

  it("refuses base64 of something other than a certificate", () => {
    expect(() => parseEncryptionCertificate(Buffer.from("hello world").toString("base64"))).toThrow(
      "encryptionCertificate is not a DER X.509 certificate",
    );
  });

  it("refuses a PEM certificate, saying to send DER", () => {
    expect(() => parseEncryptionCertificate(owner.x509.toString())).toThrow("must be base64 DER, not PEM");
  });
});

describe("encryptResourceData", () => {
  it("produces what decryptResourceData turns back into the resource", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "my-cert-id");
    expect(content.encryptionCertificateId).toBe("my-cert-id");
    expect(content.encryptionCertificateThumbprint).toBe(certificate.thumbprint);
    expect(decryptResourceData<typeof MESSAGE>(content, owner.privateKeyPem)).toEqual(MESSAGE);
  });

  it("encrypts with AES-256-CBC whose IV is the first 16 bytes of the RSA-OAEP-SHA1 wrapped key", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    const key = unwrapIndependently(content.dataKey);
    expect(key).toHaveLength(32);
    const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
    const plain = Buffer.concat([decipher.update(Buffer.from(content.data, "base64")), decipher.final()]).toString("utf8");
    expect(plain).toBe(JSON_TEXT);
    // Another IV garbles the first block, so the match above really depends on the IV.
    const zeroIv = createDecipheriv("aes-256-cbc", key, Buffer.alloc(16));
    const garbled = Buffer.concat([zeroIv.update(Buffer.from(content.data, "base64")), zeroIv.final()]).toString("utf8");
    expect(garbled).not.toBe(JSON_TEXT);
  });

  it("signs the ciphertext bytes with HMAC-SHA256 keyed by the data key", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    const key = unwrapIndependently(content.dataKey);
    const expected = createHmac("sha256", key).update(Buffer.from(content.data, "base64")).digest("base64");
    expect(content.dataSignature).toBe(expected);
  });

  it("uses a fresh key for every notification", () => {
    const first = encryptResourceData(JSON_TEXT, certificate, "id");
    const second = encryptResourceData(JSON_TEXT, certificate, "id");
    expect(unwrapIndependently(first.dataKey).equals(unwrapIndependently(second.dataKey))).toBe(false);
    expect(first.data).not.toBe(second.data);
  });
});

describe("decryptResourceData", () => {
  it("accepts the private key as a KeyObject and a matching thumbprint in any case with colons", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    const colons = owner.x509.fingerprint.toLowerCase();
    expect(decryptResourceData(content, createPrivateKey(owner.privateKeyPem), { expectedThumbprint: colons })).toEqual(MESSAGE);
  });

  it("refuses tampered data with DataSignatureMismatchError before decrypting it", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    // A flipped last byte would also break the PKCS#7 padding: getting the signature error (not
    // malformedData) shows the signature is checked first.
    const tampered = { ...content, data: flipLastByte(content.data) };
    expect(() => decryptResourceData(tampered, owner.privateKeyPem)).toThrow(DataSignatureMismatchError);
  });

  it("refuses a tampered or truncated signature", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    expect(() => decryptResourceData({ ...content, dataSignature: flipLastByte(content.dataSignature) }, owner.privateKeyPem)).toThrow(
      DataSignatureMismatchError,
    );
    expect(() => decryptResourceData({ ...content, dataSignature: content.dataSignature.slice(0, 20) }, owner.privateKeyPem)).toThrow(
      DataSignatureMismatchError,
    );
  });

  it("refuses content encrypted to another certificate's key", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    expect(() => decryptResourceData(content, other.privateKeyPem)).toThrow(
      expect.objectContaining({ name: "NotificationDecryptionError", reason: "keyUnwrapFailed" }),
    );
  });

  it("refuses content whose thumbprint is not the expected one, without touching the key", () => {
    const content = encryptResourceData(JSON_TEXT, certificate, "id");
    const expectedThumbprint = other.x509.fingerprint;
    expect(() => decryptResourceData(content, "not even a key", { expectedThumbprint })).toThrow(
      expect.objectContaining({ reason: "thumbprintMismatch" }),
    );
  });

  it("refuses correctly signed data that is not JSON", () => {
    const content = encryptResourceData("not json", certificate, "id");
    let thrown: unknown;
    try {
      decryptResourceData(content, owner.privateKeyPem);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NotificationDecryptionError);
    expect(thrown).toMatchObject({ reason: "malformedData" });
  });
});
