// The development certificate (src/server/tls/dev-certificate.ts) and the TLS_CERT/TLS_KEY
// reader (src/server/tls/material.ts), on real files in temporary folders.
import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DEV_CERT_DIR, DEV_CERT_FILE, DEV_KEY_FILE, ensureDevCertificate } from "../../src/server/tls/dev-certificate.js";
import { readTlsFiles } from "../../src/server/tls/material.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const tempDir = () => mkdtemp(join(tmpdir(), "gcc-tls-"));

describe("ensureDevCertificate", () => {
  it("defaults to .dev-certs/ at the package root, which git ignores", async () => {
    const root = new URL("../../", import.meta.url).pathname;
    expect(DEFAULT_DEV_CERT_DIR).toBe(join(root, ".dev-certs/"));
    expect(await readFile(join(root, ".gitignore"), "utf8")).toMatch(/^\.dev-certs\/$/m);
  });

  it("generates a one-year leaf certificate for localhost, 127.0.0.1 and ::1, with its key", async () => {
    const dir = join(await tempDir(), "nested", "certs");
    const now = new Date();
    const dev = await ensureDevCertificate(dir, now);
    expect(dev.generated).toBe(true);
    expect(dev.certPath).toBe(join(dir, DEV_CERT_FILE));
    expect(dev.keyPath).toBe(join(dir, DEV_KEY_FILE));
    expect(await readFile(dev.certPath, "utf8")).toBe(dev.cert);
    expect(await readFile(dev.keyPath, "utf8")).toBe(dev.key);
    expect(dev.key).toMatch(/^-----BEGIN PRIVATE KEY-----/);

    const x509 = new X509Certificate(dev.cert);
    expect(x509.fingerprint256).toBe(dev.fingerprint256);
    expect(x509.checkHost("localhost")).toBe("localhost");
    expect(x509.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(x509.checkIP("::1")).toBe("::1");
    expect(x509.checkHost("example.com")).toBeUndefined();
    expect(x509.ca).toBe(false);
    expect(x509.verify(x509.publicKey)).toBe(true);
    const days = (Date.parse(x509.validTo) - now.getTime()) / DAY_MS;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
    expect(Date.parse(x509.validFrom)).toBeLessThanOrEqual(now.getTime());
  });

  it("writes the key with mode 0600 and a new folder with 0700", async () => {
    const dir = join(await tempDir(), "certs");
    const dev = await ensureDevCertificate(dir);
    expect((await stat(dev.keyPath)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it("reuses the files on later calls", async () => {
    const dir = await tempDir();
    const first = await ensureDevCertificate(dir);
    const second = await ensureDevCertificate(dir);
    expect(second.generated).toBe(false);
    expect(second.fingerprint256).toBe(first.fingerprint256);
    expect(second.cert).toBe(first.cert);
    expect(second.key).toBe(first.key);
  });

  it.each([
    ["it has expired", 400],
    ["it expires within a week", 360],
  ])("makes a new certificate when %s", async (_why, ageInDays) => {
    const dir = await tempDir();
    const old = await ensureDevCertificate(dir, new Date(Date.now() - ageInDays * DAY_MS));
    const renewed = await ensureDevCertificate(dir);
    expect(renewed.generated).toBe(true);
    expect(renewed.fingerprint256).not.toBe(old.fingerprint256);
    expect(Date.parse(new X509Certificate(renewed.cert).validTo)).toBeGreaterThan(Date.now() + 300 * DAY_MS);
  });

  it.each([
    ["the certificate is not PEM", async (dir: string) => writeFile(join(dir, DEV_CERT_FILE), "not a certificate")],
    ["the key file is empty", async (dir: string) => writeFile(join(dir, DEV_KEY_FILE), "")],
    [
      "the key belongs to another certificate",
      async (dir: string) => writeFile(join(dir, DEV_KEY_FILE), (await ensureDevCertificate(await tempDir())).key),
    ],
  ])("makes a new certificate when %s", async (_why, damage) => {
    const dir = await tempDir();
    const old = await ensureDevCertificate(dir);
    await damage(dir);
    const renewed = await ensureDevCertificate(dir);
    expect(renewed.generated).toBe(true);
    expect(renewed.fingerprint256).not.toBe(old.fingerprint256);
    expect(await readTlsFiles(renewed.certPath, renewed.keyPath)).toMatchObject({ fingerprint256: renewed.fingerprint256 });
  });
});

describe("readTlsFiles (TLS_CERT, TLS_KEY)", () => {
  it("returns the files' PEM text and absolute paths", async () => {
    const dev = await ensureDevCertificate(await tempDir());
    const files = await readTlsFiles(dev.certPath, dev.keyPath);
    expect(files).toEqual({
      certPath: dev.certPath,
      keyPath: dev.keyPath,
      cert: dev.cert,
      key: dev.key,
      fingerprint256: dev.fingerprint256,
    });
  });

  it("names a file that cannot be read", async () => {
    const dev = await ensureDevCertificate(await tempDir());
    await expect(readTlsFiles("/nonexistent/cert.pem", dev.keyPath)).rejects.toThrow(
      "TLS_CERT /nonexistent/cert.pem cannot be read: ENOENT",
    );
    await expect(readTlsFiles(dev.certPath, "/nonexistent/key.pem")).rejects.toThrow("TLS_KEY /nonexistent/key.pem cannot be read: ENOENT");
  });

  it("refuses a certificate that is not PEM, a key that is not PEM, and a key of another certificate", async () => {
    const dir = await tempDir();
    const dev = await ensureDevCertificate(dir);
    const other = await ensureDevCertificate(await tempDir());
    const garbage = join(dir, "garbage.pem");
    await writeFile(garbage, "hello");
    await expect(readTlsFiles(garbage, dev.keyPath)).rejects.toThrow(`TLS_CERT ${garbage} is not a PEM certificate`);
    await expect(readTlsFiles(dev.certPath, garbage)).rejects.toThrow(`TLS_KEY ${garbage} is not an unencrypted PEM private key`);
    await expect(readTlsFiles(dev.certPath, other.keyPath)).rejects.toThrow(
      `TLS_KEY ${other.keyPath} is not the key of the certificate in TLS_CERT ${dev.certPath}`,
    );
  });
});
