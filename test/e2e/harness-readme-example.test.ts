// The README's harness example ("Testing your code against the reference server"), kept here
// verbatim apart from import paths, so the documented example cannot rot.
import { createGraphChatClient, unwrap } from "../../src/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    // Created at start and again after every reset, through the same rules as POST /chats.
    seed: [{ chatType: "group", topic: "Launch", members: ["jacob@contoso.com", "alex@contoso.com"] }],
  });
});
afterEach(() => server.reset()); // only the seed chats again; no faults, no recorded requests
afterAll(() => server.close());

const clientFor = (user: string, scopes?: string) =>
  createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => server.token(user, scopes) });

test("renames the launch chat", async () => {
  const client = clientFor("jacob@contoso.com");
  const { value: chats } = await unwrap(client.GET("/me/chats"));
  const launch = chats.find((chat) => chat.topic === "Launch")!;

  await unwrap(client.PATCH("/chats/{chatId}", { params: { path: { chatId: launch.id } }, body: { topic: "Launch 🚀" } }));

  // What your code actually sent, as the server received and answered it.
  expect(server.requests().map(({ method, status, body }) => ({ method, status, body }))).toEqual([
    { method: "GET", status: 200, body: undefined },
    { method: "PATCH", status: 200, body: { topic: "Launch 🚀" } },
  ]);
});

test("retries when throttled", async () => {
  server.faults.failNext({ count: 1, status: 429, retryAfterSeconds: 0 });
  await unwrap(clientFor("alex@contoso.com").GET("/me/chats"));
  expect(server.requests().map((r) => r.status)).toEqual([429, 200]);
});

test("an application with Chat.ReadWrite.All reads a user's chats", async () => {
  const app = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => server.appToken(["Chat.ReadWrite.All"]) });
  const { value } = await unwrap(app.GET("/users/{userId}/chats", { params: { path: { userId: "alex@contoso.com" } } }));
  expect(value).toHaveLength(1);
});
