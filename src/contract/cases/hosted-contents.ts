/**
 * Contract cases of a message's inline images (chatmessage-list-hostedcontents.md,
 * chatmessagehostedcontent-get.md), read from the shared message sent with two images.
 * Serves: listChatMessageHostedContents, getChatMessageHostedContent,
 * getChatMessageHostedContentValue.
 */
import fc from "fast-check";
import type { components, Readable } from "../../../generated/schema.js";
import type { ImageMessage } from "../core/context.js";
import { CheckFailure } from "../core/failure.js";
import { chatPath, sharedChat, sharedImageMessage, sharedMessages } from "../core/fixtures.js";
import { seg } from "../core/http.js";
import { callerArb, defineCase, fieldIs, type CaseMap } from "./case.js";

type Schemas = components["schemas"];
type HostedContent = Readable<Schemas["chatMessageHostedContent"]>;
type HostedContentList = Readable<Schemas["chatMessageHostedContentCollectionResponse"]>;

const messagePath = (chatId: string, messageId: string, suffix: string) => chatPath(chatId, `/messages/${seg(messageId)}${suffix}`);

/** The plan's image of the shared message. */
function pickImage(message: ImageMessage, pick: number): ImageMessage["images"][number] {
  const image = message.images[pick % message.images.length];
  if (!image) throw new CheckFailure("setup: the shared message has no inline image");
  return image;
}

/** Graph leaves the bytes and their type out of the entries: both are always null. */
const withoutBytes = (entry: HostedContent): string | undefined =>
  fieldIs(entry, "contentBytes", null) ?? fieldIs(entry, "contentType", null);

const listChatMessageHostedContents = defineCase({
  // A message without images lists none.
  plans: (ctx) => fc.record({ withImages: fc.boolean(), caller: callerArb(ctx, "listChatMessageHostedContents") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const expected = plan.withImages ? await sharedImageMessage(ctx) : { id: (await sharedMessages(ctx))[0] ?? "", images: [] };
    return {
      request: {
        op: "listChatMessageHostedContents",
        method: "GET",
        path: messagePath(chat.id, expected.id, "/hostedContents"),
        as: plan.caller,
      },
      status: 200,
      verify: ({ json }) => {
        const list = json as HostedContentList;
        const ids = list.value.map((entry) => entry.id);
        const wanted = expected.images.map((image) => image.id);
        if (JSON.stringify(ids) !== JSON.stringify(wanted)) return `listed ${JSON.stringify(ids)}, expected ${JSON.stringify(wanted)}`;
        return fieldIs(list, "@odata.count", wanted.length) ?? list.value.map(withoutBytes).find((problem) => problem !== undefined);
      },
    };
  },
});

const getChatMessageHostedContent = defineCase({
  plans: (ctx) => fc.record({ pick: fc.nat(1), caller: callerArb(ctx, "getChatMessageHostedContent") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const message = await sharedImageMessage(ctx);
    const image = pickImage(message, plan.pick);
    return {
      request: {
        op: "getChatMessageHostedContent",
        method: "GET",
        path: messagePath(chat.id, message.id, `/hostedContents/${seg(image.id)}`),
        as: plan.caller,
      },
      status: 200,
      verify: ({ json }) => fieldIs(json, "id", image.id) ?? withoutBytes(json as HostedContent),
    };
  },
});

const getChatMessageHostedContentValue = defineCase({
  plans: (ctx) => fc.record({ pick: fc.nat(1), caller: callerArb(ctx, "getChatMessageHostedContentValue") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const message = await sharedImageMessage(ctx);
    const image = pickImage(message, plan.pick);
    return {
      request: {
        op: "getChatMessageHostedContentValue",
        method: "GET",
        path: messagePath(chat.id, message.id, `/hostedContents/${seg(image.id)}/$value`),
        as: plan.caller,
      },
      status: 200,
      // That the type is an image at all is checked for every answer (verify-response.ts); this
      // checks it is the one sent, and that the bytes are the ones sent.
      verify: ({ headers, bytes }) => {
        const type = (headers.get("content-type") ?? "").split(";")[0]?.trim();
        if (type !== image.contentType) return `content-type is ${JSON.stringify(type)}, expected ${image.contentType} as sent`;
        if (!bytes || Buffer.compare(Buffer.from(bytes), Buffer.from(image.bytes)) !== 0)
          return `the body is ${bytes?.length ?? 0} bytes that differ from the ${image.bytes.length} bytes sent`;
        return undefined;
      },
    };
  },
});

export const hostedContentCases = {
  listChatMessageHostedContents,
  getChatMessageHostedContent,
  getChatMessageHostedContentValue,
} satisfies CaseMap;
