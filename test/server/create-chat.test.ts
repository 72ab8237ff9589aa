import request from "supertest";
import {
  appToken,
  bearer,
  example,
  expectGraphError,
  FEDERATED_TENANT,
  member,
  testApp,
  userToken,
  USERS,
  type CreateChatBody,
} from "./helpers.js";

const post = (app: ReturnType<typeof testApp>, token: string, body: unknown) =>
  request(app)
    .post("/v1.0/chats")
    .set(bearer(token))
    .send(body as object);

const group = (members: string[], topic?: string | null): CreateChatBody => ({
  chatType: "group",
  ...(topic !== undefined && { topic }),
  members: members.map((m) => member(m)),
});
const oneOnOne = (a: string, b: string): CreateChatBody => ({ chatType: "oneOnOne", members: [member(a), member(b)] });

describe("createChat", () => {
  describe("the documentation's examples, sent verbatim", () => {
    // Each example names its own members; a delegated caller must be one of them.
    const cases = [
      { request: "createChatOneOnOneRequest", response: "createChatOneOnOneResponse", caller: USERS.adele },
      { request: "createChatGroupRequest", response: "createChatGroupResponse", caller: USERS.megan },
      { request: "createChatOneOnOneByUpnRequest", response: "createChatOneOnOneByUpnResponse", caller: "jacob@contoso.com" },
      { request: "createChatGroupWithGuestRequest", response: "createChatGroupWithGuestResponse", caller: USERS.megan },
      { request: "createChatOneOnOneFederatedRequest", response: "createChatOneOnOneFederatedResponse", caller: USERS.adele },
    ];

    it.each(cases)("$request answers 201 with the documented shape", async ({ request: req, response, caller }) => {
      const app = testApp();
      const res = await post(app, await userToken(caller, "Chat.Create"), example(req).value);
      expect(res.status).toBe(201);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      const documented = example(response).value;
      expect(res.body.chatType).toBe(documented.chatType);
      expect(res.body.topic).toBe(documented.topic);
      expect(res.body["@odata.context"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\$metadata#chats\/\$entity$/);
      expect(res.body.id).toMatch(documented.chatType === "group" ? /^19:[0-9a-f]{32}@thread\.v2$/ : /^19:[^_]+_[^@]+@unq\.gbl\.spaces$/);
      expect(res.body.createdDateTime).toBe("2026-03-01T12:00:00.000Z");
      expect(res.body.lastUpdatedDateTime).toBe(res.body.createdDateTime);
      expect(res.body.members).toBeUndefined();
    });

    it("example 5 (federated user named with its tenant) returns example 1's chat", async () => {
      const app = testApp();
      const token = await userToken(USERS.adele, "Chat.Create");
      const first = await post(app, token, example("createChatOneOnOneRequest").value);
      const fifth = await post(app, token, example("createChatOneOnOneFederatedRequest").value);
      expect(fifth.status).toBe(201);
      expect(fifth.body.id).toBe(first.body.id);
      // Example 5's documented id is the real one for this pair: ids in ascending order.
      expect(fifth.body.id).toBe(example("createChatOneOnOneFederatedResponse").value.id);
    });

    it("an application token with Chat.Create creates every example without being a member", async () => {
      const app = testApp();
      const token = await appToken(["Chat.Create"]);
      for (const name of cases.map((c) => c.request)) {
        const res = await post(app, token, example(name).value);
        expect(res.status).toBe(201);
        expect(res.body.viewpoint).toBeNull();
      }
    });
  });

  describe("the chat it returns", () => {
    it("carries every chat property, with Teams' webUrl and the caller's viewpoint", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, USERS.lynne], "Plans"));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        "@odata.context": expect.stringMatching(/\/v1\.0\/\$metadata#chats\/\$entity$/),
        id: "19:00000000000000000000000000000001@thread.v2",
        topic: "Plans",
        createdDateTime: "2026-03-01T12:00:00.000Z",
        lastUpdatedDateTime: "2026-03-01T12:00:00.000Z",
        chatType: "group",
        tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
        webUrl:
          "https://teams.microsoft.com/l/chat/19%3A00000000000000000000000000000001%40thread.v2/0?tenantId=dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
        isHiddenForAllMembers: false,
        onlineMeetingInfo: null,
        viewpoint: { isHidden: false, lastMessageReadDateTime: null },
      });
    });

    it("builds @odata.context from the request's host and base path", async () => {
      const res = await request(testApp())
        .post("/beta/chats")
        .set(bearer(await userToken(USERS.megan)))
        .set("Host", "chat.example.test:8443")
        .send(group([USERS.megan, USERS.lynne]));
      expect(res.status).toBe(201);
      expect(res.body["@odata.context"]).toBe("http://chat.example.test:8443/beta/$metadata#chats/$entity");
    });

    it("uses publicBaseUrl for @odata.context when configured", async () => {
      const app = testApp({ publicBaseUrl: "https://graph.example.test/" });
      const res = await post(app, await userToken(USERS.megan), group([USERS.megan, USERS.lynne]));
      expect(res.body["@odata.context"]).toBe("https://graph.example.test/v1.0/$metadata#chats/$entity");
    });
  });

  describe("one-on-one chats", () => {
    it("returns the existing chat, same id and creation time, when created again", async () => {
      let now = Date.parse("2026-03-01T12:00:00Z");
      const app = testApp({ clock: () => new Date((now += 1000)) });
      const token = await userToken(USERS.jacob);
      const first = await post(app, token, oneOnOne(USERS.jacob, USERS.alex));
      const again = await post(app, token, oneOnOne(USERS.jacob, USERS.alex));
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.body.createdDateTime).toBe(first.body.createdDateTime);
    });

    it("is the same chat whichever order and whichever key (id or UPN) names the members", async () => {
      const app = testApp();
      const first = await post(app, await userToken(USERS.jacob), oneOnOne("jacob@contoso.com", "alex@contoso.com"));
      const reversed = await post(app, await userToken(USERS.alex), oneOnOne(USERS.alex, "JACOB@contoso.COM"));
      expect(reversed.body.id).toBe(first.body.id);
      expect(first.body.id).toBe(`19:${USERS.jacob}_${USERS.alex}@unq.gbl.spaces`);
    });

    it("orders the two user ids ascending in the id", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), oneOnOne(USERS.megan, USERS.lynne));
      expect(res.body.id).toBe(`19:${USERS.lynne}_${USERS.megan}@unq.gbl.spaces`);
    });

    it("rejects a topic on a oneOnOne chat", async () => {
      const body = { ...oneOnOne(USERS.jacob, USERS.alex), topic: "Hello" };
      const res = await post(testApp(), await userToken(USERS.jacob), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toBe("Setting topic is not allowed for 1-on-1 chats.");
    });

    it("accepts a null topic on a oneOnOne chat", async () => {
      const res = await post(testApp(), await userToken(USERS.jacob), { ...oneOnOne(USERS.jacob, USERS.alex), topic: null });
      expect(res.status).toBe(201);
      expect(res.body.topic).toBeNull();
    });

    it("rejects three members", async () => {
      const body: CreateChatBody = { chatType: "oneOnOne", members: [member(USERS.jacob), member(USERS.alex), member(USERS.megan)] };
      const res = await post(testApp(), await userToken(USERS.jacob), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/exactly two members/);
    });

    it("rejects a chat with oneself", async () => {
      const res = await post(testApp(), await userToken(USERS.jacob), oneOnOne(USERS.jacob, "jacob@contoso.com"));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/more than once/);
    });
  });

  describe("group chats", () => {
    it("creates a new chat each time, even with the same body", async () => {
      const app = testApp();
      const token = await userToken(USERS.megan);
      const a = await post(app, token, group([USERS.megan, USERS.lynne], "Same"));
      const b = await post(app, token, group([USERS.megan, USERS.lynne], "Same"));
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(a.body.id).not.toBe(b.body.id);
    });

    it("allows two members and no topic", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, USERS.lynne]));
      expect(res.status).toBe(201);
      expect(res.body.topic).toBeNull();
    });

    it("rejects a single member", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan]));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/members/);
    });

    it("rejects more than 250 members", async () => {
      const members = Array.from({ length: 251 }, () => USERS.megan);
      const res = await post(testApp(), await userToken(USERS.megan), group(members));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/members/);
    });

    it("accepts a topic of 250 characters counted in code points", async () => {
      const token = await userToken(USERS.megan);
      const ascii = await post(testApp(), token, group([USERS.megan, USERS.lynne], "t".repeat(250)));
      expect(ascii.status).toBe(201);
      const emoji = await post(testApp(), token, group([USERS.megan, USERS.lynne], "😀".repeat(250)));
      expect(emoji.status).toBe(201);
      expect([...emoji.body.topic].length).toBe(250);
    });

    it("rejects a topic of 251 characters", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, USERS.lynne], "t".repeat(251)));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/topic/);
    });

    it.each(["", "   ", "\t\n"])("rejects the blank topic %j", async (topic) => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, USERS.lynne], topic));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/topic/);
    });
  });

  describe("members and roles", () => {
    it.each([[["member"]], [[]], [["owner", "guest"]], ["owner"]])("rejects roles %j", async (roles) => {
      const body = { chatType: "group", members: [member(USERS.megan), { ...member(USERS.lynne), roles }] };
      const res = await post(testApp(), await userToken(USERS.megan), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/roles/);
    });

    it("requires the guest role for an in-tenant guest", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, USERS.guest]));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/guest.*'guest' role/);
    });

    it("allows an ordinary member to have the guest role", async () => {
      const body: CreateChatBody = { chatType: "group", members: [member(USERS.megan), member(USERS.lynne, "guest")] };
      const res = await post(testApp(), await userToken(USERS.megan), body);
      expect(res.status).toBe(201);
    });

    it("requires the owner role for an out-of-tenant user", async () => {
      const body: CreateChatBody = { chatType: "oneOnOne", members: [member(USERS.adele), member(USERS.federated, "guest")] };
      const res = await post(testApp(), await userToken(USERS.adele), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/Out-of-tenant.*'owner'/);
    });

    it("finds the federated user with and without its tenantId", async () => {
      const app = testApp();
      const token = await userToken(USERS.adele);
      const without = await post(app, token, oneOnOne(USERS.adele, USERS.federated));
      const withTenant = await post(app, token, {
        chatType: "oneOnOne",
        members: [member(USERS.adele), member(USERS.federated, "owner", { tenantId: FEDERATED_TENANT })],
      });
      expect(without.status).toBe(201);
      expect(withTenant.body.id).toBe(without.body.id);
    });

    it("rejects a tenantId that is not the user's tenant", async () => {
      const body: CreateChatBody = {
        chatType: "oneOnOne",
        members: [member(USERS.adele), member(USERS.federated, "owner", { tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35" })],
      };
      const res = await post(testApp(), await userToken(USERS.adele), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/does not belong to tenant/);
    });

    it("rejects an unknown user, naming it", async () => {
      const res = await post(testApp(), await userToken(USERS.megan), group([USERS.megan, "nobody@contoso.com"]));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toContain("nobody@contoso.com");
    });

    it("rejects the same user named by id and by UPN", async () => {
      const res = await post(testApp(), await userToken(USERS.jacob), group([USERS.jacob, USERS.alex, "Jacob@Contoso.com"]));
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(/more than once/);
    });

    it.each([
      ["beta users('…')", `https://graph.microsoft.com/beta/users('${USERS.lynne}')`],
      ["users/{id}", `https://graph.microsoft.com/v1.0/users/${USERS.lynne}`],
      ["percent-encoded UPN", "https://graph.microsoft.com/v1.0/users('LynneR%40contoso.com')"],
      ["this server's own base URL", `http://127.0.0.1:3000/v1.0/users('${USERS.lynne}')`],
    ])("accepts user@odata.bind in the form %s", async (_form, bind) => {
      const body = { chatType: "group", members: [member(USERS.megan), { ...member(USERS.lynne), "user@odata.bind": bind }] };
      const res = await post(testApp(), await userToken(USERS.megan), body);
      expect(res.status).toBe(201);
    });

    it.each(["not a url", "https://graph.microsoft.com/v1.0/groups('x')", "https://graph.microsoft.com/v1.0/users('%E0%A4%A')"])(
      "rejects the user@odata.bind %j",
      async (bind) => {
        const body = { chatType: "group", members: [member(USERS.megan), { ...member(USERS.lynne), "user@odata.bind": bind }] };
        const res = await post(testApp(), await userToken(USERS.megan), body);
        expectGraphError(res, 400, "BadRequest");
        expect(res.body.error.message).toMatch(/user@odata\.bind/);
      },
    );
  });

  describe("request body validation", () => {
    const valid = (): Record<string, unknown> => ({ ...group([USERS.megan, USERS.lynne]) });
    const withSecondMember = (patch: Record<string, unknown>) => ({
      ...valid(),
      members: [member(USERS.megan), JSON.parse(JSON.stringify({ ...member(USERS.lynne), ...patch }))],
    });
    const without = (key: string) => {
      const body = valid();
      delete body[key];
      return body;
    };

    it.each([
      ["no chatType", without("chatType"), /chatType/],
      ["chatType meeting", { ...valid(), chatType: "meeting" }, /chatType/],
      ["no members", without("members"), /members/],
      ["an empty members list", { ...valid(), members: [] }, /members/],
      ["an unknown property", { ...valid(), foo: 1 }, /foo/],
      ["a member without @odata.type", withSecondMember({ "@odata.type": undefined }), /@odata\.type/],
      ["a member with another @odata.type", withSecondMember({ "@odata.type": "#microsoft.graph.conversationMember" }), /@odata\.type/],
      ["a member without user@odata.bind", withSecondMember({ "user@odata.bind": undefined }), /user@odata\.bind/],
      ["a read-only member id", withSecondMember({ id: "abc" }), /id/],
      ["a topic that is a number", { ...valid(), topic: 42 }, /topic/],
      ["a body that is an array", [valid()], /body/],
    ])("rejects %s", async (_what, body, message) => {
      const res = await post(testApp(), await userToken(USERS.megan), body);
      expectGraphError(res, 400, "BadRequest");
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe("authorization", () => {
    it("forbids a delegated caller who is not one of the members", async () => {
      const res = await post(testApp(), await userToken(USERS.jacob), group([USERS.megan, USERS.lynne]));
      expectGraphError(res, 403, "Forbidden");
      expect(res.body.error.message).toMatch(/'jacob@contoso\.com' must be one of the chat's members/);
    });

    it("answers 400 before 403 when the body is invalid and the caller is not a member", async () => {
      const res = await post(testApp(), await userToken(USERS.jacob), group([USERS.megan, "nobody@contoso.com"]));
      expectGraphError(res, 400, "BadRequest");
    });

    it.each(["Chat.Create", "Chat.ReadWrite", "User.Read Chat.Create"])("accepts the delegated scopes %j", async (scopes) => {
      const res = await post(testApp(), await userToken(USERS.megan, scopes), group([USERS.megan, USERS.lynne]));
      expect(res.status).toBe(201);
    });

    it.each(["Chat.Read", "Chat.ReadBasic User.Read", ""])("forbids the delegated scopes %j", async (scopes) => {
      const res = await post(testApp(), await userToken(USERS.megan, scopes), group([USERS.megan, USERS.lynne]));
      expectGraphError(res, 403, "Forbidden");
      expect(res.body.error.message).toContain("Chat.Create, Chat.ReadWrite");
    });

    it("forbids an application token without Chat.Create", async () => {
      const res = await post(testApp(), await appToken(["Chat.ReadWrite.All"]), group([USERS.megan, USERS.lynne]));
      expectGraphError(res, 403, "Forbidden");
    });
  });
});
