// Type tests for the typed client, checked by `tsc --noEmit` (jest runs only *.test.ts, so this
// file never executes). Each `@ts-expect-error` marks one line that must not compile: if the
// client ever stops catching that mistake, tsc reports the unused directive.
import { createGraphChatClient, unwrap, type components, type GraphError, type Readable, type Writable } from "../../src/index.js";

type ChatType = components["schemas"]["chatType"];

const member: Writable<components["schemas"]["aadUserConversationMember"]> = {
  "@odata.type": "#microsoft.graph.aadUserConversationMember",
  roles: ["owner"],
  "user@odata.bind": "https://graph.microsoft.com/v1.0/users('jacob@contoso.com')",
};

// Never called: only compiled.
export async function typeTests(): Promise<void> {
  const client = createGraphChatClient({ baseUrl: "http://127.0.0.1:3000/v1.0", getToken: () => "token" });
  const members = [member, member];

  // A path the contract does not have.
  // @ts-expect-error
  await client.GET("/chat/{chatId}", { params: { path: { chatId: "x" } } });

  // A method the path does not support.
  // @ts-expect-error
  await client.DELETE("/chats/{chatId}", { params: { path: { chatId: "x" } } });

  // The required path parameter is missing.
  // @ts-expect-error
  await client.GET("/chats/{chatId}", { params: { path: {} } });

  // `members` is required by createChatRequest.
  // @ts-expect-error
  await client.POST("/chats", { body: { chatType: "group" } });

  // `meeting` chats cannot be created.
  // @ts-expect-error
  await client.POST("/chats", { body: { chatType: "meeting", members } });

  // A typo in a body property name.
  // @ts-expect-error
  await client.POST("/chats", { body: { chatType: "group", topik: "Launch", members } });

  // A read-only property is not part of a request body.
  // @ts-expect-error
  await client.POST("/chats", { body: { chatType: "group", members, id: "19:x@thread.v2" } });

  // An unsupported $expand value.
  // @ts-expect-error
  await client.GET("/chats/{chatId}", { params: { path: { chatId: "x" }, query: { $expand: "messages" } } });

  const { data, error } = await client.POST("/chats", { body: { chatType: "group", topic: "Launch", members } });
  if (data) {
    // `data` is the typed chat, not `any`: its fields have their spec types.
    const chatType: ChatType = data.chatType;
    const id: string = data.id;
    // @ts-expect-error
    const wrong: number = data.id;
    // @ts-expect-error
    void data.notAChatProperty;
    void [chatType, id, wrong];
  } else {
    // `error` is the Graph error envelope, not `any`.
    const code: string = error.error.code;
    // @ts-expect-error
    const wrongCode: number = error.error.code;
    void [code, wrongCode];
  }

  // unwrap keeps the operation's data type.
  const chat = await unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId: "x" }, query: { $expand: "members" } } }));
  const members2: Readable<components["schemas"]["chat"]>["members"] = chat.members;
  // @ts-expect-error
  const wrongTopic: number = chat.topic;
  void [members2, wrongTopic];

  // The message operations: paths, bodies and answers typed from the contract.
  const path = { chatId: "19:abc@thread.v2", messageId: "1616964509832" };
  await client.POST("/chats/{chatId}/messages/{messageId}/setReaction", { params: { path }, body: { reactionType: "💘" } });
  // @ts-expect-error
  await client.POST("/chats/{chatId}/messages/{messageId}/setReaction", { params: { path }, body: { reaction: "💘" } });
  await client.PATCH("/chats/{chatId}/messages/{messageId}", {
    params: { path },
    body: { body: { contentType: "text", content: "edited" } },
  });
  // @ts-expect-error
  await client.PATCH("/chats/{chatId}/messages/{messageId}", { params: { path }, body: { importance: "critical" } });
  await client.POST("/users/{userId}/chats/{chatId}/messages/{messageId}/softDelete", {
    params: { path: { ...path, userId: "me@contoso.com" } },
  });
  const pinned = await unwrap(
    client.POST("/chats/{chatId}/pinnedMessages", {
      params: { path: { chatId: path.chatId } },
      body: { "message@odata.bind": "https://graph.microsoft.com/v1.0/chats/19:abc@thread.v2/messages/1616964509832" },
    }),
  );
  const pinnedId: string = pinned.id;
  void pinnedId;
  // An inline image's bytes (the contract documents `image/*`, not JSON), read as openapi-fetch's
  // `parseAs` says: a Blob, or an ArrayBuffer.
  const valuePath = "/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value" as const;
  const hostedContent = { chatId: "x", messageId: "1", hostedContentId: "h" };
  const image = await client.GET(valuePath, { params: { path: hostedContent }, parseAs: "blob" });
  if (image.data) {
    const blob: Blob = image.data;
    // The bytes are not a JSON object.
    // @ts-expect-error
    void image.data.id;
    void blob;
  }
  const raw = await client.GET("/me/chats/{chatId}/messages/{messageId}/hostedContents/{hostedContentId}/$value", {
    params: { path: hostedContent },
    parseAs: "arrayBuffer",
  });
  const buffer: ArrayBuffer | undefined = raw.data;
  // The image's id is a required path parameter.
  // @ts-expect-error
  await client.GET(valuePath, { params: { path: { chatId: "x", messageId: "1" } } });
  void buffer;

  // GraphError's fields are typed.
  const check = (e: GraphError): [number, string, string | undefined] => [e.status, e.code, e.requestId];
  void check;
}
