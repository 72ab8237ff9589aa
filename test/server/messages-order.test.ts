// listChatMessages' $orderby, $filter and @odata.count as chat-list-messages.md documents them.
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { bearer, expectGraphError, FIXED_NOW, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type MessageCollection = Readable<components["schemas"]["chatMessageCollectionResponse"]>;

const messagesPath = (chatId: string) => `/v1.0/chats/${encodeURIComponent(chatId)}/messages`;
/** The time of the n-th message sent by a chat set up with `chatWithMessages` (one second apart). */
const sentAt = (n: number) => new Date(FIXED_NOW.getTime() + (n + 1) * 1000).toISOString();

/** A group chat with `count` messages "1", "2", … sent one second apart (the chat itself at second 1). */
async function chatWithMessages(count: number): Promise<{ app: App; chatId: string; token: string }> {
  let now = FIXED_NOW.getTime();
  const app = testApp({ clock: () => new Date((now += 1000)) });
  const token = await userToken(USERS.megan);
  const created = await request(app)
    .post("/v1.0/chats")
    .set(bearer(token))
    .send({ chatType: "group", topic: "Order", members: [member(USERS.megan), member(USERS.lynne)] });
  const chatId = (created.body as { id: string }).id;
  for (let i = 1; i <= count; i++) {
    const sent = await request(app)
      .post(messagesPath(chatId))
      .set(bearer(token))
      .send({ body: { content: String(i) } });
    expect(sent.status).toBe(201);
  }
  return { app, chatId, token };
}

async function list(app: App, path: string, token: string): Promise<MessageCollection> {
  const res = await request(app).get(path).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as MessageCollection;
}

const contents = (page: MessageCollection) => page.value.map((m) => m.body.content);

/** Every page from `path` on, following @odata.nextLink. */
async function walk(app: App, path: string, token: string): Promise<{ contents: string[]; counts: number[] }> {
  const all: string[] = [];
  const counts: number[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await list(app, next, token);
    all.push(...contents(page));
    counts.push(page["@odata.count"]);
    const link = page["@odata.nextLink"];
    next = link && new URL(link).pathname + new URL(link).search;
  }
  return { contents: all, counts };
}

describe("listChatMessages", () => {
  describe("@odata.count (chat-list-messages.md, example 1: a count of 3 on a page of 2)", () => {
    it("is the number of messages the caller may see, on every page", async () => {
      const { app, chatId, token } = await chatWithMessages(5);
      const { contents: seen, counts } = await walk(app, `${messagesPath(chatId)}?$top=2`, token);
      expect(seen).toEqual(["5", "4", "3", "2", "1"]);
      expect(counts).toEqual([5, 5, 5]);
    });

    it.each(["true", "false"])("is there with $count=%s, which Graph's SDKs send on every list", async (count) => {
      const { app, chatId, token } = await chatWithMessages(2);
      for (const path of [
        `${messagesPath(chatId)}?$count=${count}`,
        `/v1.0/me/chats?$count=${count}`,
        `/v1.0/chats/${encodeURIComponent(chatId)}/members?$count=${count}`,
      ]) {
        const res = await request(app).get(path).set(bearer(token));
        expect(res.status).toBe(200);
        expect(typeof (res.body as { "@odata.count"?: unknown })["@odata.count"]).toBe("number");
      }
      expectGraphError(
        await request(app)
          .get(`${messagesPath(chatId)}?$count=yes`)
          .set(bearer(token)),
        400,
        "BadRequest",
      );
    });

    it("leaves out messages before a member's visible history", async () => {
      const { app, chatId, token } = await chatWithMessages(4);
      const added = await request(app)
        .post(`/v1.0/chats/${encodeURIComponent(chatId)}/members`)
        .set(bearer(token))
        .send(member(USERS.adele, "owner", { visibleHistoryStartDateTime: sentAt(3) }));
      expect(added.status).toBe(201);
      const page = await list(app, messagesPath(chatId), await userToken(USERS.adele));
      expect(contents(page)).toEqual(["4", "3"]);
      expect(page["@odata.count"]).toBe(2);
    });
  });

  // chat-list-messages.md example 2 prints its Prefer header where a body would go; a GET's body is
  // not read, so sent as written it is answered as example 1.
  it("answers example 2 sent as written (a body on a GET, without a Content-Type) with the page", async () => {
    const { app, chatId, token } = await chatWithMessages(3);
    const res = await request(app)
      .get(`${messagesPath(chatId)}?$top=2`)
      .set(bearer(token))
      .set("Content-Length", "36")
      .send(Buffer.from("Prefer: include-unknown-enum-members"))
      .unset("Content-Type");
    expect(res.status).toBe(200);
    expect(contents(res.body as MessageCollection)).toEqual(["3", "2"]);
  });

  describe("$orderby", () => {
    it.each(["$orderby=lastModifiedDateTime desc", "$orderby=createdDateTime desc", "$orderBy=createdDateTime desc", ""])(
      "lists newest first with '%s' (messages not edited since: both orders agree)",
      async (query) => {
        const { app, chatId, token } = await chatWithMessages(3);
        expect(contents(await list(app, `${messagesPath(chatId)}?${query}`, token))).toEqual(["3", "2", "1"]);
      },
    );

    it.each(["createdDateTime asc", "createdDateTime", "subject desc", "lastModifiedDateTime desc,createdDateTime desc"])(
      "refuses $orderby=%s with 400 (the page documents only the two descending orders)",
      async (orderby) => {
        const { app, chatId, token } = await chatWithMessages(1);
        const res = await request(app)
          .get(`${messagesPath(chatId)}?$orderby=${encodeURIComponent(orderby)}`)
          .set(bearer(token));
        expectGraphError(res, 400, "BadRequest");
      },
    );

    it("keeps $orderby and the page's place in nextLink, and refuses its token in the other order", async () => {
      const { app, chatId, token } = await chatWithMessages(3);
      const first = await list(app, `${messagesPath(chatId)}?$top=2&$orderby=createdDateTime desc`, token);
      const next = new URL(first["@odata.nextLink"] ?? "");
      expect(next.searchParams.get("$orderby")).toBe("createdDateTime desc");
      expect(contents(await list(app, next.pathname + next.search, token))).toEqual(["1"]);
      next.searchParams.set("$orderby", "lastModifiedDateTime desc");
      expectGraphError(
        await request(app)
          .get(next.pathname + next.search)
          .set(bearer(token)),
        400,
        "BadRequest",
      );
    });
  });

  describe("$filter", () => {
    it("takes a lastModifiedDateTime range with $orderby on it, both bounds exclusive (example 4)", async () => {
      const { app, chatId, token } = await chatWithMessages(6);
      const filter = `lastModifiedDateTime gt ${sentAt(2)} and lastModifiedDateTime lt ${sentAt(6)}`;
      const path = `${messagesPath(chatId)}?$top=2&$orderby=lastModifiedDateTime desc&$filter=${encodeURIComponent(filter)}`;
      const { contents: seen, counts } = await walk(app, path, token);
      expect(seen).toEqual(["5", "4", "3"]);
      expect(counts).toEqual([3, 3]);
    });

    it("takes createdDateTime lt with $orderby=createdDateTime desc", async () => {
      const { app, chatId, token } = await chatWithMessages(4);
      const page = await list(
        app,
        `${messagesPath(chatId)}?$orderby=createdDateTime desc&$filter=${encodeURIComponent(`createdDateTime lt ${sentAt(3)}`)}`,
        token,
      );
      expect(contents(page)).toEqual(["2", "1"]);
      expect(page["@odata.count"]).toBe(2);
    });

    it.each([
      ["without $orderby, even on the default order's property", "", `lastModifiedDateTime gt ${sentAt(2)}`],
      ["on the property the list is not ordered by", "&$orderby=createdDateTime desc", `lastModifiedDateTime gt ${sentAt(2)}`],
      [
        "on createdDateTime while ordered by lastModifiedDateTime",
        "&$orderby=lastModifiedDateTime desc",
        `createdDateTime lt ${sentAt(2)}`,
      ],
    ])("ignores a filter %s, as the page says", async (_, orderby, filter) => {
      const { app, chatId, token } = await chatWithMessages(3);
      const page = await list(app, `${messagesPath(chatId)}?$filter=${encodeURIComponent(filter)}${orderby}`, token);
      expect(contents(page)).toEqual(["3", "2", "1"]);
      expect(page["@odata.count"]).toBe(3);
    });

    it.each([
      ["createdDateTime gt 2026-03-01T12:00:00Z", /createdDateTime gt/],
      ["lastModifiedDateTime eq 2026-03-01T12:00:00Z", /Unsupported/],
      ["subject eq 'x'", /Unsupported/],
      ["lastModifiedDateTime gt 2026-03-01T12:00:00Z or lastModifiedDateTime lt 2026-03-01T12:00:00Z", /Unsupported/],
      ["lastModifiedDateTime gt 2026-03-01T12:00:00Z and createdDateTime lt 2026-03-02T12:00:00Z", /more than one property/],
      ["lastModifiedDateTime gt '2026-03-01'", /not a date-time/],
      ["lastModifiedDateTime gt 2021-03-1706:47:05.123Z", /Invalid \$filter/],
    ])("refuses $filter=%s with a 400 that says what is supported", async (filter, message) => {
      const { app, chatId, token } = await chatWithMessages(1);
      const res = await request(app)
        .get(`${messagesPath(chatId)}?$orderby=lastModifiedDateTime desc&$filter=${encodeURIComponent(filter)}`)
        .set(bearer(token));
      expectGraphError(res, 400, "BadRequest");
      expect((res.body as { error: { message: string } }).error.message).toMatch(message);
    });
  });
});
