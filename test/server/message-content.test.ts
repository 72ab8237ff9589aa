// Mentions, cards, file references and inline images on send (chatmessage-post.md,
// chat-post-messages.md): kept and shown as Graph shows them, and checked against the body.
import request from "supertest";
import type { components, Readable } from "../../generated/schema.js";
import { bearer, expectGraphError, member, requestExample, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;
type Schemas = components["schemas"];
type MessageBody = Readable<Schemas["chatMessage"]> & { "@odata.context"?: string };
type MessageCollection = Readable<Schemas["chatMessageCollectionResponse"]>;

const sent = (name: string) => requestExample("SendChatMessageRequest", name);
const messagesPath = (chatId: string) => `/v1.0/chats/${encodeURIComponent(chatId)}/messages`;

async function createGroup(app: App): Promise<string> {
  const res = await request(app)
    .post("/v1.0/chats")
    .set(bearer(await userToken(USERS.megan)))
    .send({ chatType: "group", topic: "Team", members: [member(USERS.megan), member(USERS.lynne)] });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

async function post(app: App, chatId: string, body: unknown, scopes?: string) {
  return request(app)
    .post(messagesPath(chatId))
    .set(bearer(await userToken(USERS.megan, scopes)))
    .send(body as object);
}

const mentionOf = (id: number, userId: string, text = "Lynne") => ({
  id,
  mentionText: text,
  mentioned: { user: { id: userId, displayName: text, userIdentityType: "aadUser" } },
});

describe("sendChatMessage", () => {
  describe("as chatmessage-post.md's examples send it", () => {
    it("mentions a user: the mention comes back with every identity kind, the user's among them (example 2)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const res = await post(app, chatId, sent("mention").value);
      expect(res.status).toBe(201);
      const body = res.body as MessageBody;
      expect(body.body).toEqual({ contentType: "html", content: 'Hello World <at id="0">Megan Bowen</at>' });
      expect(body.mentions).toEqual([
        {
          id: 0,
          mentionText: "Megan Bowen",
          mentioned: {
            application: null,
            device: null,
            user: { id: USERS.megan, displayName: "Megan Bowen", userIdentityType: "aadUser" },
            conversation: null,
            tag: null,
          },
        },
      ]);
      const got = await request(app)
        .get(`${messagesPath(chatId)}/${body.id}`)
        .set(bearer(await userToken(USERS.lynne)));
      expect(got.status).toBe(200);
      expect((got.body as MessageBody).mentions).toEqual(body.mentions);
    });

    it("sends a card: the attachment comes back whole, its content the same JSON text (example 3)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const card = sent("card").value as { attachments: { content: string }[] };
      const res = await post(app, chatId, card);
      expect(res.status).toBe(201);
      expect((res.body as MessageBody).attachments).toEqual([
        {
          id: "74d20c7f34aa4a7fb74e2b30004247c5",
          contentType: "application/vnd.microsoft.card.thumbnail",
          contentUrl: null,
          content: card.attachments[0]?.content,
          name: null,
          thumbnailUrl: null,
          teamsAppId: null,
        },
      ]);
      const list = await request(app)
        .get(messagesPath(chatId))
        .set(bearer(await userToken(USERS.lynne)));
      expect((list.body as MessageCollection).value[0]?.attachments).toEqual((res.body as MessageBody).attachments);
    });

    it("sends a file reference with its URL and name (example 4)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const res = await post(app, chatId, sent("fileAttachment").value);
      expect(res.status).toBe(201);
      expect((res.body as MessageBody).attachments).toEqual([
        expect.objectContaining({
          id: "153fa47d-18c9-4179-be08-9879815a9f90",
          contentType: "reference",
          contentUrl: "https://m365x987948.sharepoint.com/sites/test/Shared%20Documents/General/test%20doc.docx",
          content: null,
          name: "Budget.docx",
        }),
      ]);
    });

    it("sends an inline image: the body then points at the stored image under this server's base URL (example 5)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const res = await post(app, chatId, sent("inlineImage").value);
      expect(res.status).toBe(201);
      const body = res.body as MessageBody;
      const src = /src="([^"]+)"/.exec(body.body.content)?.[1] ?? "";
      const root = /^(.*\/v1\.0)\/\$metadata/.exec(body["@odata.context"] ?? "")?.[1] ?? "";
      expect(root).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
      expect(src.startsWith(`${root}/chats/${chatId}/messages/${body.id}/hostedContents/`)).toBe(true);
      expect(src).toMatch(/\/hostedContents\/[A-Za-z0-9_-]+\/\$value$/);
      expect(body.body.content).not.toContain("../hostedContents/1/$value");
      const preview = await request(app)
        .get(`/v1.0/chats/${encodeURIComponent(chatId)}?$expand=lastMessagePreview`)
        .set(bearer(await userToken(USERS.lynne)));
      // supertest gives each request its own port: compare the URLs from the path on.
      const previewed = (preview.body as { lastMessagePreview: { body: { content: string } } }).lastMessagePreview.body.content;
      expect(previewed).toContain(new URL(src).pathname);
    });

    it("sends a card that shows an inline image: the card's reference is rewritten too (example 6)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const image = (sent("inlineImage").value as { hostedContents: unknown[] }).hostedContents;
      const card = JSON.stringify({ type: "AdaptiveCard", body: [{ type: "Image", url: "../hostedContents/1/$value" }] });
      const res = await post(app, chatId, {
        body: { contentType: "html", content: '<attachment id="card"></attachment>' },
        attachments: [{ id: "card", contentType: "application/vnd.microsoft.card.adaptive", content: card }],
        hostedContents: image,
      });
      expect(res.status).toBe(201);
      const content = (res.body as MessageBody).attachments[0]?.content ?? "";
      expect(content).toMatch(new RegExp(`/chats/${chatId.replace(/[.]/g, "\\.")}/messages/\\d+/hostedContents/[A-Za-z0-9_-]+/\\$value`));
    });

    it("keeps a mention of a conversation or a tag as given (example 7)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      const conversation = { id: chatId, displayName: "Team", conversationIdentityType: "chat" };
      const res = await post(app, chatId, {
        body: { contentType: "html", content: '<at id="0">Team</at> <at id="1">Leads</at>' },
        mentions: [
          { id: 0, mentionText: "Team", mentioned: { conversation } },
          { id: 1, mentionText: "Leads", mentioned: { tag: { id: "tag-1", displayName: "Leads" } } },
        ],
      });
      expect(res.status).toBe(201);
      const [first, second] = (res.body as MessageBody).mentions;
      expect(first?.mentioned).toEqual({ application: null, device: null, user: null, conversation, tag: null });
      expect(second?.mentioned.tag).toEqual({ id: "tag-1", displayName: "Leads" });
    });

    it("accepts Group.ReadWrite.All as the only scope (chatmessage-post.md permissions)", async () => {
      const app = testApp();
      const chatId = await createGroup(app);
      expect((await post(app, chatId, sent("helloWorld").value, "Group.ReadWrite.All")).status).toBe(201);
    });
  });

  describe("refuses parts that do not match the body, with a 400 that says which", () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["an <at> tag without its mention", { body: { contentType: "html", content: '<at id="0">Lynne</at>' } }, /at id="0"/],
      [
        "a mention without its <at> tag",
        { body: { contentType: "html", content: "Hi" }, mentions: [mentionOf(0, USERS.lynne)] },
        /Mention 0 has no <at id="0">/,
      ],
      [
        "two mentions with one id",
        { body: { contentType: "html", content: '<at id="0">L</at>' }, mentions: [mentionOf(0, USERS.lynne), mentionOf(0, USERS.megan)] },
        /Two mentions/,
      ],
      [
        "a mention of a user not in the directory",
        { body: { contentType: "html", content: '<at id="0">X</at>' }, mentions: [mentionOf(0, "00000000-0000-0000-0000-00000000dead")] },
        /not in the directory/,
      ],
      [
        "a mention that names two identities",
        {
          body: { contentType: "html", content: '<at id="0">X</at>' },
          mentions: [{ id: 0, mentionText: "X", mentioned: { user: { id: USERS.lynne }, tag: { id: "t" } } }],
        },
        /exactly one of user, application, conversation or tag/,
      ],
      ["an <attachment> tag without its attachment", { body: { contentType: "html", content: '<attachment id="a1"></attachment>' } }, /a1/],
      [
        "an attachment without its tag",
        {
          body: { content: "Hi" },
          attachments: [{ id: "a1", contentType: "reference", contentUrl: "https://x.example/f.docx", name: "f.docx" }],
        },
        /Attachment 'a1' has no <attachment id="a1">/,
      ],
      [
        "a card whose content is not JSON",
        {
          body: { contentType: "html", content: '<attachment id="c"></attachment>' },
          attachments: [{ id: "c", contentType: "application/vnd.microsoft.card.adaptive", content: "not json" }],
        },
        /JSON/,
      ],
      [
        "a file reference without a URL",
        {
          body: { contentType: "html", content: '<attachment id="f"></attachment>' },
          attachments: [{ id: "f", contentType: "reference", name: "f.docx" }],
        },
        /contentUrl/,
      ],
      [
        "an attachment of an unknown kind",
        {
          body: { contentType: "html", content: '<attachment id="x"></attachment>' },
          attachments: [{ id: "x", contentType: "text/plain", content: "{}" }],
        },
        /Supported/,
      ],
      [
        "an inline image the body does not show",
        {
          body: { content: "Hi" },
          hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: "iVBORw0KGgo=", contentType: "image/png" }],
        },
        /not referenced/,
      ],
      [
        "a reference to an image that was not sent",
        { body: { contentType: "html", content: '<img src="../hostedContents/9/$value">' } },
        /temporaryId/,
      ],
      [
        "an inline image that is not an image",
        {
          body: { contentType: "html", content: '<img src="../hostedContents/1/$value">' },
          hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: "aGk=", contentType: "application/pdf" }],
        },
        /only images/,
      ],
      [
        "image bytes that are not base64",
        {
          body: { contentType: "html", content: '<img src="../hostedContents/1/$value">' },
          hostedContents: [{ "@microsoft.graph.temporaryId": "1", contentBytes: "not base64!", contentType: "image/png" }],
        },
        /base64/,
      ],
    ];
    it.each(cases)("refuses %s", async (_, body, message) => {
      const app = testApp();
      const chatId = await createGroup(app);
      const res = await post(app, chatId, body);
      expectGraphError(res, 400, "BadRequest");
      expect((res.body as { error: { message: string } }).error.message).toMatch(message);
      const list = await request(app)
        .get(messagesPath(chatId))
        .set(bearer(await userToken(USERS.megan)));
      expect((list.body as MessageCollection)["@odata.count"]).toBe(0);
    });

    it("checks the parts before the chat: a bad mention to an unknown chat is a 400, not a 404", async () => {
      const app = testApp();
      const res = await post(app, "19:00000000000000000000000000000999@thread.v2", {
        body: { contentType: "html", content: '<at id="0">x</at>' },
      });
      expectGraphError(res, 400, "BadRequest");
    });
  });
});
