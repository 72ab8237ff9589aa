// Subscription certificates for the tests, made with selfsigned as the dev TLS certificate is
// (src/server/tls/dev-certificate.ts); node:crypto can read X.509 certificates but not build them.
import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { generate } from "selfsigned";

export interface TestCertificate {
  /** What a subscription sends as `encryptionCertificate`. */
  base64Der: string;
  /** The private key's PKCS#8 PEM, what a receiver keeps. */
  privateKeyPem: string;
  x509: X509Certificate;
}

export type KeySpec = { keyType: "rsa"; bits: number } | { keyType: "ec" };

export async function makeCertificate(spec: KeySpec = { keyType: "rsa", bits: 2048 }): Promise<TestCertificate> {
  const attributes = [{ name: "commonName", value: "graph-chat-contract notification test" }];
  const pems =
    spec.keyType === "ec"
      ? await generate(attributes, { keyType: "ec", curve: "P-256", algorithm: "sha256" })
      : await generate(attributes, { algorithm: "sha256", keyPair: rsaKeyPair(spec.bits) });
  const x509 = new X509Certificate(pems.cert);
  return { base64Der: x509.raw.toString("base64"), privateKeyPem: pems.private, x509 };
}

// Made here rather than by selfsigned so any modulus (1024 for the refusal test) is possible.
function rsaKeyPair(bits: number): { privateKey: string; publicKey: string } {
  return generateKeyPairSync("rsa", {
    modulusLength: bits,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
}
