// Connects to a TLS server and returns the certificate it presents, verifying it against `ca`.
import { connect } from "node:tls";

export function presentedFingerprint(baseUrl: string, ca: string): Promise<string> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port), ca }, () => {
      const fingerprint = socket.getPeerX509Certificate()?.fingerprint256;
      socket.end();
      if (fingerprint) resolve(fingerprint);
      else reject(new Error("no peer certificate"));
    });
    socket.on("error", reject);
  });
}
