// Request and response bodies as the proxy needs them: read whole (up to a cap) to be checked,
// while the bytes forwarded stay exactly the bytes received.
import type { Readable } from "node:stream";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/** What was read of a body: every byte, or the first chunks past `limit` and the stream still to read. */
export type ReadBody = { readonly complete: true; readonly bytes: Buffer } | { readonly complete: false; readonly head: Buffer[] };

/** Reads `stream` to its end, or stops (paused) once more than `limit` bytes have come. Rejects if it breaks off. */
export function readBody(stream: Readable, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.off("aborted", onAborted);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        done();
        resolve({ complete: false, head: chunks });
      }
    };
    const onEnd = () => {
      done();
      resolve({ complete: true, bytes: Buffer.concat(chunks, size) });
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onAborted = () => onError(new Error("the body was cut off"));
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", onError);
    stream.once("aborted", onAborted);
  });
}

/** The body as its Content-Encoding says to read it; throws when the bytes do not decode. */
export function decoded(bytes: Buffer, encoding: string | undefined): Buffer {
  const name = (encoding ?? "").trim().toLowerCase();
  if (name === "" || name === "identity") return bytes;
  if (name === "gzip" || name === "x-gzip") return gunzipSync(bytes);
  if (name === "deflate") return inflateSync(bytes);
  if (name === "br") return brotliDecompressSync(bytes);
  throw new Error(`unsupported Content-Encoding '${name}'`);
}

/** Whether a Content-Type is JSON (`application/json`, or a `+json` type). */
export function isJson(contentType: string | undefined): boolean {
  const essence = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence.endsWith("+json");
}
