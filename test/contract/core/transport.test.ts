// The fuzz's and the races' transport sends exactly the bytes asked for, and says so when there
// is no answer at all.
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { NodeTransport, NoResponseError } from "../../../src/contract/core/transport.js";

/** A TCP server that records each request's raw bytes and answers 204 (or `answer`). */
async function recorder(
  answer = "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n",
): Promise<{ origin: string; requests: Buffer[]; close: () => Promise<void> }> {
  const requests: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    let bytes = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      bytes = Buffer.concat([bytes, chunk]);
      const end = bytes.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/\r\ncontent-length: (\d+)/i.exec(bytes.subarray(0, end).toString("latin1"))?.[1] ?? 0);
      if (bytes.length < end + 4 + length) return;
      requests.push(bytes);
      socket.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

describe("NodeTransport", () => {
  it("sends the path, duplicate headers and body bytes exactly as given, Host first and Content-Length last", async () => {
    const server = await recorder();
    const transport = new NodeTransport(server.origin);
    try {
      const response = await transport.send({
        method: "POST",
        path: "/v1.0/chats/%2e%2e/../x\xff?$top=%zz",
        headers: [
          ["X-Dup", "1"],
          ["X-Dup", "2"],
        ],
        body: Buffer.from([0xff, 0x00, 0x7b]),
      });
      expect(response.status).toBe(204);
      const sent = server.requests[0] ?? Buffer.alloc(0);
      const head = sent.subarray(0, sent.indexOf("\r\n\r\n")).toString("latin1").split("\r\n");
      expect(head[0]).toBe("POST /v1.0/chats/%2e%2e/../x\xff?$top=%zz HTTP/1.1");
      expect(head.slice(1, 4)).toEqual([`Host: ${server.origin.slice("http://".length)}`, "X-Dup: 1", "X-Dup: 2"]);
      expect(head).toContain("Content-Length: 3");
      expect([...sent.subarray(sent.length - 3)]).toEqual([0xff, 0x00, 0x7b]);
    } finally {
      transport.close();
      await server.close();
    }
  });

  it("can leave Host out, and sends a bodiless POST with length 0 rather than chunked", async () => {
    const server = await recorder();
    const transport = new NodeTransport(server.origin);
    try {
      await transport.send({ method: "POST", path: "/", headers: [], omitHost: true });
      const head = (server.requests[0] ?? Buffer.alloc(0)).toString("latin1");
      expect(head).not.toMatch(/\r\nhost:/i);
      expect(head).toMatch(/\r\nContent-Length: 0\r\n/);
      expect(head).not.toMatch(/transfer-encoding/i);
    } finally {
      transport.close();
      await server.close();
    }
  });

  it("fails with NoResponseError when nothing listens", async () => {
    const server = await recorder();
    await server.close();
    const transport = new NodeTransport(server.origin);
    await expect(transport.send({ method: "GET", path: "/", headers: [] })).rejects.toBeInstanceOf(NoResponseError);
    transport.close();
  });
});
