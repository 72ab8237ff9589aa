// The fuzz's building blocks: the transport sends exactly the bytes asked for, a raw curl line
// sends the same bytes again, forged tokens are forged as described, plans repeat by seed, and
// the prototype check sees a planted key.
import { execFile } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import fc from "fast-check";
import { prototypeSnapshot } from "../../src/contract/fuzz/pollution.js";
import { NodeTransport, NoResponseError } from "../../src/contract/core/transport.js";
import { wireToCurl, type WirePart } from "../../src/contract/wire/curl.js";
import { POLLUTION_MARKER } from "../../src/contract/wire/plan.js";
import { rawPlanArb } from "../../src/contract/wire/requests.js";
import { tamperedToken, unsignedToken } from "../../src/contract/wire/to-wire.js";
import { loadContract } from "../../src/contract/core/spec.js";
import { demoUsers } from "../../src/contract/core/users.js";

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

describe("wireToCurl", () => {
  it("pipes a body a quote cannot hold from printf and yes, so the shell produces the same bytes", async () => {
    const body: WirePart[] = ['{"a":"%s\\', { bytes: [0xff, 0x00, 0x27, 0x25, 0x5c, 0x0a] }, { repeat: "[", times: 3 }, "é'\"}"];
    const line = wireToCurl({ origin: "http://h:1", method: "POST", path: "/x", headers: [["Content-Type", "application/json"]], body });
    expect(line).toMatch(
      /^\{ printf .*; yes '\[' \| head -n 3 \| tr -d '\\n'; printf .*; \} \| curl -sS -i --path-as-is -X POST http:\/\/h:1\/x -H 'Content-Type: application\/json' --data-binary @-$/,
    );
    const producer = line.slice(0, line.indexOf(" | curl "));
    const { stdout } = await promisify(execFile)("bash", ["-c", producer], { encoding: "buffer" });
    const expected = Buffer.concat([
      Buffer.from('{"a":"%s\\'),
      Buffer.from([0xff, 0x00, 0x27, 0x25, 0x5c, 0x0a]),
      Buffer.from("[[["),
      Buffer.from("é'\"}"),
    ]);
    expect(stdout.equals(expected)).toBe(true);
  });

  it("keeps dot segments, sends empty values and no Host as asked, and never prints a token", () => {
    const line = wireToCurl({
      origin: "http://h:1",
      method: "GET",
      path: "/v1.0/../x\xe9",
      headers: [
        ["Authorization", "Bearer $TOKEN"],
        ["X-Empty", ""],
      ],
      omitHost: true,
    });
    expect(line).toBe(
      `curl -sS -i --path-as-is -X GET $'http://h:1/v1.0/../x\\xe9' -H "Authorization: Bearer $TOKEN" -H 'X-Empty;' -H 'Host:'`,
    );
    expect(wireToCurl({ origin: "http://h:1", method: "HEAD", path: "/", headers: [] })).toBe(
      "curl -sS -i --path-as-is --head http://h:1/",
    );
    // curl would label a body without a type as a form; the line says "no type" instead.
    expect(wireToCurl({ origin: "http://h:1", method: "POST", path: "/", headers: [], body: ["{}"] })).toBe(
      "curl -sS -i --path-as-is -X POST http://h:1/ -H 'Content-Type:' --data-raw '{}'",
    );
  });
});

describe("forged tokens", () => {
  const token = `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${Buffer.from('{"oid":"a","tid":"t"}').toString("base64url")}.c2ln`;

  it("tampered: another user's id under the original signature", () => {
    const [header, payload, signature] = tamperedToken(token, "b").split(".");
    expect([header, signature]).toEqual([token.split(".")[0], "c2ln"]);
    expect(JSON.parse(Buffer.from(payload ?? "", "base64url").toString())).toMatchObject({ oid: "b", tid: "t" });
  });

  it("unsigned: alg none, the same claims, no signature", () => {
    const [header, payload, signature] = unsignedToken(token).split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({ alg: "none", typ: "JWT" });
    expect([payload, signature]).toEqual([token.split(".")[1], ""]);
  });
});

describe("raw plans", () => {
  const arb = rawPlanArb(loadContract(), demoUsers());

  it("cover every family and repeat for the same seed", () => {
    const plans = fc.sample(arb, { seed: 5, numRuns: 400 });
    expect(new Set(plans.map((p) => p.family))).toEqual(
      new Set(["auth", "bytes", "content-type", "headers", "json", "method", "path", "query"]),
    );
    expect(fc.sample(arb, { seed: 5, numRuns: 400 })).toEqual(plans);
    expect(fc.sample(arb, { seed: 6, numRuns: 400 })).not.toEqual(plans);
  });

  it("only name an operation for paths that cannot route elsewhere", () => {
    for (const plan of fc.sample(arb, { seed: 9, numRuns: 2_000 })) {
      if (plan.op === undefined) continue;
      expect(plan.path).not.toMatch(/[\x80-\xff#]/);
      expect(plan.path.length).toBeLessThan(16_000);
    }
  });
});

describe("prototypeSnapshot", () => {
  it("sees a key planted on Object.prototype, and nothing once it is gone", () => {
    const changed = prototypeSnapshot();
    Object.defineProperty(Object.prototype, POLLUTION_MARKER, { value: true, configurable: true, enumerable: false });
    try {
      expect(changed()).toEqual([`Object.prototype gained ${POLLUTION_MARKER}`, `every object now has '${POLLUTION_MARKER}'`]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[POLLUTION_MARKER];
    }
    expect(changed()).toEqual([]);
  });
});
