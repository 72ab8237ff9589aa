// What the Microsoft SDK tests share: an HTTPS server process with the development certificate,
// the demo tenant's users and tokens, and the documentation's message examples (chatmessage-post.md,
// chat-post-messages.md) with the docs' users replaced by demo-tenant users.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tokenCommand } from "../../src/server/auth/token-command.js";
import { startServer, type ServerProcess } from "./server-process.js";

export const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
export const ALEX = "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3";
export const MEGAN = "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca";
export const ADELE = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";
export const LYNNE = "82fe7758-5bb3-4f0d-a43f-e555fd399c6f";
export const ISAIAH = "3626a173-f2bc-4883-bcf7-01514c3bfb82";
export const TENANT = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";

/** Every delegated scope the chat operations need between them (remove member needs ChatMember.ReadWrite). */
export const ALL_SCOPES = "Chat.Create Chat.ReadWrite ChatMember.ReadWrite";

export interface HttpsServer {
  server: ServerProcess;
  /** The development certificate the server presents (PEM). */
  cert: string;
}

/** main.ts with HTTPS=1 and a fresh TLS_DIR, as https.test.ts starts it. */
export async function startHttpsServer(): Promise<HttpsServer> {
  const tlsDir = await mkdtemp(join(tmpdir(), "gcc-sdk-"));
  const server = await startServer({ HTTPS: "1", TLS_DIR: tlsDir });
  const cert = await readFile(join(tlsDir, "dev-cert.pem"), "utf8");
  return { server, cert };
}

export function userToken(user: string, scopes = ALL_SCOPES): Promise<string> {
  return tokenCommand(["--user", user, "--scopes", scopes], {});
}

export const bind = (user: string): string => `https://graph.microsoft.com/v1.0/users('${user}')`;

/** A 1×1 PNG, standing in for the docs' images (elided from the captured pages). */
export const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** chatmessage-post.md example 2: an @mention, "Jane Smith" replaced by Alex Wilber. */
export const MENTION = {
  content: 'Hello World <at id="0">Alex Wilber</at>',
  mentionText: "Alex Wilber",
  displayName: "Alex Wilber",
  userId: ALEX,
};

/** chatmessage-post.md example 5 (a chat): an inline image referenced by its temporaryId. */
export const INLINE_IMAGE_HTML =
  '<div><div>\n<div><span><img height="297" src="../hostedContents/1/$value" width="297" style="vertical-align:bottom; width:297px; height:297px"></span>\n\n</div>\n\n\n</div>\n</div>';

/** chatmessage-post.md example 6: an adaptive card showing two inline images. */
export const CARD_ATTACHMENT_ID = "74d20c7f34aa4a7fb74e2b30004247c5";
export const CARD_BODY_HTML = `<attachment id="${CARD_ATTACHMENT_ID}"></attachment>`;
export const ADAPTIVE_CARD_CONTENT = JSON.stringify(
  {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.2",
    speak: "The Seattle Seahawks beat the Carolina Panthers 40-7",
    body: [
      {
        type: "Container",
        items: [
          {
            type: "ColumnSet",
            columns: [
              {
                type: "Column",
                width: "auto",
                items: [
                  { type: "Image", url: "../hostedContents/1/$value", size: "Medium" },
                  { type: "TextBlock", text: "SHADES", horizontalAlignment: "Center", weight: "Bolder" },
                ],
              },
              {
                type: "Column",
                width: "stretch",
                separator: true,
                spacing: "Medium",
                items: [
                  { type: "TextBlock", text: "2019-08-31T19:30:00Z", horizontalAlignment: "Center" },
                  { type: "TextBlock", text: "Final", spacing: "None", horizontalAlignment: "Center" },
                  { type: "TextBlock", text: "40 - 7", size: "ExtraLarge", horizontalAlignment: "Center" },
                ],
              },
              {
                type: "Column",
                width: "auto",
                separator: true,
                spacing: "Medium",
                items: [
                  { type: "Image", url: "../hostedContents/2/$value", size: "Medium", horizontalAlignment: "Center" },
                  { type: "TextBlock", text: "SKINS", horizontalAlignment: "Center", weight: "Bolder" },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  null,
  2,
);

/** The id an inline image got, read from a stored message's `…/hostedContents/{id}/$value` reference. */
export function hostedContentIds(text: string | null | undefined): string[] {
  return [...(text ?? "").matchAll(/hostedContents\/([^/"'\s<>]+)\/\$value/g)].map((match) => match[1] ?? "");
}

/** Waits so the next write gets a later timestamp than the last one (message times are in milliseconds). */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
