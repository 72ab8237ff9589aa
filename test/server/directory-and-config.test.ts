import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { configFromEnv } from "../../src/server/config.js";
import { demoDirectory } from "../../src/server/directory/demo-tenant.js";
import { Directory, DirectoryConfigError } from "../../src/server/directory/directory.js";
import type { ChatSeed } from "../../src/server/domain/seed.js";
import { DEFAULT_DEV_CERT_DIR } from "../../src/server/tls/dev-certificate.js";
import { member, testApp, userToken } from "./helpers.js";

async function tempFile(content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "gcc-")), "directory.json");
  await writeFile(file, content);
  return file;
}

describe("the demo tenant", () => {
  it("holds every user of the documentation's examples, by id and by UPN, case-insensitively", () => {
    const directory = demoDirectory();
    for (const key of [
      "8b081ef6-4792-4def-b2c9-c363a1bf41d5",
      "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca",
      "82fe7758-5bb3-4f0d-a43f-e555fd399c6f",
      "3626a173-f2bc-4883-bcf7-01514c3bfb82",
      "JACOB@contoso.com",
      "alex@CONTOSO.com",
      "8ba98gf6-7fc2-4eb2-c7f2-aef9f21fd98g",
      "82AF01C5-F7CC-4A2E-A728-3A5DF21AFD9D",
    ]) {
      expect(directory.find(key)).toBeDefined();
    }
    expect(directory.find("8ba98gf6-7fc2-4eb2-c7f2-aef9f21fd98g")?.userType).toBe("Guest");
    const federated = directory.find("82af01c5-f7cc-4a2e-a728-3a5df21afd9d");
    expect(federated && directory.isExternal(federated)).toBe(true);
  });
});

describe("DIRECTORY_FILE", () => {
  const tenantId = "aaaaaaaa-0000-0000-0000-000000000001";
  const data = {
    tenantId,
    users: [
      { id: "u-1", userPrincipalName: "ann@fabrikam.test", displayName: "Ann", mail: "ann@fabrikam.test" },
      { id: "u-2", userPrincipalName: "bob@fabrikam.test", displayName: "Bob" },
    ],
  };

  it("replaces the demo tenant: its users can create chats, the demo users are gone", async () => {
    const config = configFromEnv({ DIRECTORY_FILE: await tempFile(JSON.stringify(data)) });
    const app = testApp(config.app);
    const token = await mintDevToken({ kind: "user", userId: "u-1", tenantId });
    const ok = await request(app)
      .post("/v1.0/chats")
      .set("Authorization", `Bearer ${token}`)
      .send({ chatType: "oneOnOne", members: [member("ann@fabrikam.test"), member("u-2")] });
    expect(ok.status).toBe(201);
    expect(ok.body.id).toBe("19:u-1_u-2@unq.gbl.spaces");
    expect(ok.body.tenantId).toBe(tenantId);
    const demo = await request(app)
      .post("/v1.0/chats")
      .set("Authorization", `Bearer ${token}`)
      .send({ chatType: "oneOnOne", members: [member("u-1"), member("jacob@contoso.com")] });
    expect(demo.status).toBe(400);
  });

  it.each([
    ["not JSON", "{", /DIRECTORY_FILE .*JSON/],
    ["no tenantId", JSON.stringify({ users: [] }), /tenantId/],
    ["a user without a UPN", JSON.stringify({ tenantId, users: [{ id: "x", displayName: "X" }] }), /users\[0\]\.userPrincipalName/],
    [
      "a bad userType",
      JSON.stringify({ tenantId, users: [{ id: "x", userPrincipalName: "x@y", displayName: "X", userType: "Admin" }] }),
      /userType/,
    ],
    [
      "a duplicate UPN",
      JSON.stringify({ tenantId, users: [data.users[0], { ...data.users[1], userPrincipalName: "ANN@fabrikam.test" }] }),
      /duplicate/,
    ],
    [
      "users that are not a list",
      JSON.stringify({ tenantId, users: {} }),
      /^DIRECTORY_FILE \S+: users must be an array of users, got \{\}$/,
    ],
    [
      "a user that is not an object",
      JSON.stringify({ tenantId, users: ["ann"] }),
      /^DIRECTORY_FILE \S+: users\[0\] must be a user \{ id, userPrincipalName, displayName, mail\?, userType\?, tenantId\? \}, got 'ann'$/,
    ],
    [
      "an empty id",
      JSON.stringify({ tenantId, users: [{ ...data.users[1], id: "" }] }),
      /^DIRECTORY_FILE \S+: users\[0\]\.id must be a non-empty string, got ''$/,
    ],
    [
      "a mail that is a number",
      JSON.stringify({ tenantId, users: [data.users[0], { ...data.users[1], mail: 5 }] }),
      /^DIRECTORY_FILE \S+: users\[1\]\.mail must be a string or null, got 5$/,
    ],
    [
      "a user's tenantId of null",
      JSON.stringify({ tenantId, users: [{ ...data.users[1], tenantId: null }] }),
      /^DIRECTORY_FILE \S+: users\[0\]\.tenantId must be a non-empty string, got null$/,
    ],
    [
      "a misspelt field",
      JSON.stringify({ tenantId, users: [{ ...data.users[1], usertype: "Guest" }] }),
      /^DIRECTORY_FILE \S+: users\[0\]: unknown field 'usertype' \(known: id, userPrincipalName, displayName, mail, userType, tenantId\)$/,
    ],
    ["an unknown top-level field", JSON.stringify({ ...data, tenant: tenantId }), /^DIRECTORY_FILE \S+: unknown field 'tenant'/],
  ])("refuses a file with %s, naming the problem", async (_what, content, message) => {
    const file = await tempFile(content);
    expect(() => Directory.fromFile(file)).toThrow(message);
    expect(() => Directory.fromFile(file)).toThrow(DirectoryConfigError);
  });

  it("fills in what a user may leave out: mail null, userType Member, the directory's tenant", () => {
    const directory = Directory.parse(data, "directory");
    expect(directory.find("u-2")).toEqual({
      id: "u-2",
      userPrincipalName: "bob@fabrikam.test",
      displayName: "Bob",
      mail: null,
      userType: "Member",
      tenantId,
    });
  });

  it("names a missing file", () => {
    expect(() => configFromEnv({ DIRECTORY_FILE: "/nonexistent/directory.json" })).toThrow(/\/nonexistent\/directory\.json/);
  });
});

describe("seed chats", () => {
  const [jacob, alex] = ["jacob@contoso.com", "alex@contoso.com"];

  it("are created at start", async () => {
    const app = testApp({ seed: [{ chatType: "group", topic: "Launch", members: [jacob, alex] }] });
    const list = await request(app)
      .get("/v1.0/me/chats")
      .set("Authorization", `Bearer ${await userToken(jacob)}`);
    expect(list.body.value).toMatchObject([{ chatType: "group", topic: "Launch" }]);
  });

  it.each([
    [{ chatType: "meeting", members: [jacob, alex] }, /^seed\[0\]: chatType must be "oneOnOne" or "group", got 'meeting'$/],
    [{ chatType: "group" }, /^seed\[0\]: members is missing; it must be an array of user ids or UPNs$/],
    [{ chatType: "group", members: jacob }, /^seed\[0\]: members must be an array of user ids or UPNs, got 'jacob@contoso\.com'$/],
    [{ chatType: "group", members: [jacob, 7] }, /^seed\[0\]: members\[1\] must be a user id or UPN, got 7$/],
    [{ chatType: "group", topic: 7, members: [jacob, alex] }, /^seed\[0\]: topic must be a string, got 7$/],
    [{ chatType: "group", members: [jacob, alex], title: "x" }, /^seed\[0\]: unknown field 'title' \(known: chatType, topic, members\)$/],
    [{ chatType: "group", members: [jacob, "ghost@contoso.com"] }, /^seed\[0\]: user 'ghost@contoso\.com' was not found/],
  ])("refuses %j, naming the entry and the field", (chat, message) => {
    // Seeds from JavaScript or JSON promise nothing about their shape.
    expect(() => testApp({ seed: [chat as unknown as ChatSeed] })).toThrow(message);
  });
});

describe("configFromEnv", () => {
  it("defaults to 127.0.0.1:3000 with development tokens", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ port: 3000, host: "127.0.0.1", app: { auth: { mode: "dev" } } });
  });

  it("reads PORT, HOST, BODY_LIMIT, PUBLIC_BASE_URL, TRUST_PROXY and the JWKS settings", () => {
    const config = configFromEnv({
      PORT: "0",
      HOST: "0.0.0.0",
      BODY_LIMIT: "2048",
      PUBLIC_BASE_URL: "https://graph.example.test",
      TRUST_PROXY: "1",
      AUTH_JWKS_URL: "https://login.example.test/keys",
      AUTH_ISSUER: "https://login.example.test/v2.0",
      AUTH_AUDIENCE: "api://x",
    });
    expect(config.port).toBe(0);
    expect(config.host).toBe("0.0.0.0");
    expect(config.app).toMatchObject({ bodyLimit: 2048, publicBaseUrl: "https://graph.example.test", trustProxy: true });
    expect(config.app.auth).toEqual({
      mode: "jwks",
      jwksUrl: "https://login.example.test/keys",
      issuer: "https://login.example.test/v2.0",
      audience: "api://x",
    });
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ AUTH_JWKS_URL: "https://login.example.test/keys" }, /must be set together/],
    [{ PUBLIC_BASE_URL: "graph.example.test" }, /PUBLIC_BASE_URL/],
    [{ HTTPS: "yes" }, /HTTPS must be 1, true, 0 or false, got 'yes'/],
    [{ TLS_CERT: "/certs/server.crt" }, /TLS_CERT and TLS_KEY must be set together/],
    [{ TLS_KEY: "/certs/server.key" }, /TLS_CERT and TLS_KEY must be set together/],
    [{ HTTPS: "0", TLS_CERT: "/certs/server.crt", TLS_KEY: "/certs/server.key" }, /TLS_CERT and TLS_KEY serve HTTPS, but HTTPS is '0'/],
  ])("refuses %j", (env, message) => {
    expect(() => configFromEnv(env)).toThrow(message);
  });
});

describe("configFromEnv: HTTPS", () => {
  it.each([[{}], [{ HTTPS: "" }], [{ HTTPS: "0" }], [{ HTTPS: "false" }], [{ TLS_DIR: "/tmp/certs" }]])(
    "serves plain HTTP for %j",
    (env) => {
      expect(configFromEnv(env).tls).toBeUndefined();
    },
  );

  it.each([[{ HTTPS: "1" }], [{ HTTPS: "true" }], [{ HTTPS: "TRUE" }]])("uses the development certificate in .dev-certs/ for %j", (env) => {
    expect(configFromEnv(env).tls).toEqual({ mode: "dev", dir: DEFAULT_DEV_CERT_DIR });
    expect(DEFAULT_DEV_CERT_DIR).toMatch(/\/\.dev-certs\/$/);
  });

  it("keeps the development certificate in TLS_DIR when set", () => {
    expect(configFromEnv({ HTTPS: "1", TLS_DIR: "/tmp/certs" }).tls).toEqual({ mode: "dev", dir: "/tmp/certs" });
  });

  it("serves TLS_CERT and TLS_KEY (HTTPS implied), without reading them yet", () => {
    const expected = { mode: "files", certPath: "/nonexistent/server.crt", keyPath: "/nonexistent/server.key" };
    expect(configFromEnv({ TLS_CERT: expected.certPath, TLS_KEY: expected.keyPath }).tls).toEqual(expected);
    expect(configFromEnv({ HTTPS: "1", TLS_CERT: expected.certPath, TLS_KEY: expected.keyPath, TLS_DIR: "/tmp/certs" }).tls).toEqual(
      expected,
    );
  });
});

describe("configFromEnv: PUBLIC_BASE_URL", () => {
  const jacob = "4595d2f2-7b31-446c-84fd-9b795e63114b";

  it("is the origin of @odata.context, whatever the request's Host, under /v1.0 and /beta", async () => {
    const app = testApp(configFromEnv({ PUBLIC_BASE_URL: "https://graph.example.test:8443/" }).app);
    const token = await userToken("jacob@contoso.com", "Chat.Create Chat.Read");
    for (const version of ["v1.0", "beta"]) {
      const res = await request(app)
        .post(`/${version}/chats`)
        .set("Authorization", `Bearer ${token}`)
        .set("Host", "127.0.0.1:3000")
        .send({ chatType: "group", topic: `Links ${version}`, members: [member("jacob@contoso.com"), member("alex@contoso.com")] });
      expect(res.status).toBe(201);
      expect(res.body["@odata.context"]).toBe(`https://graph.example.test:8443/${version}/$metadata#chats/$entity`);
    }
  });

  it("is the origin of @odata.nextLink", async () => {
    const app = testApp(configFromEnv({ PUBLIC_BASE_URL: "https://graph.example.test" }).app);
    const token = await userToken("jacob@contoso.com", "Chat.Create Chat.Read");
    for (const topic of ["One", "Two", "Three"]) {
      const created = await request(app)
        .post("/v1.0/chats")
        .set("Authorization", `Bearer ${token}`)
        .send({ chatType: "group", topic, members: [member("jacob@contoso.com"), member("alex@contoso.com")] });
      expect(created.status).toBe(201);
    }
    const page = await request(app)
      .get(`/v1.0/users/${jacob}/chats?$top=2`)
      .set("Authorization", `Bearer ${token}`)
      .set("Host", "127.0.0.1:3000");
    expect(page.status).toBe(200);
    expect(page.body["@odata.context"]).toMatch(/^https:\/\/graph\.example\.test\/v1\.0\/\$metadata#/);
    expect(page.body.value).toHaveLength(2);
    expect(page.body["@odata.nextLink"]).toMatch(new RegExp(`^https://graph\\.example\\.test/v1\\.0/users/${jacob}/chats\\?`));
  });

  it("is otherwise the request's own protocol and Host", async () => {
    const app = testApp(configFromEnv({}).app);
    const token = await userToken("jacob@contoso.com", "Chat.Create");
    const res = await request(app)
      .post("/v1.0/chats")
      .set("Authorization", `Bearer ${token}`)
      .set("Host", "chat.local:4000")
      .send({ chatType: "oneOnOne", members: [member("jacob@contoso.com"), member("alex@contoso.com")] });
    expect(res.status).toBe(201);
    expect(res.body["@odata.context"]).toBe("http://chat.local:4000/v1.0/$metadata#chats/$entity");
  });
});
