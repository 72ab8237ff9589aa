// Baseline for the benchmark: bare Express 5 with express.json() answering the same requests
// with fixed bodies, so the gap to the reference server is the cost of the contract
// (validation, auth, rules), not of Express itself.
import express from "express";
import type { AddressInfo } from "node:net";

const chat = {
  id: "19:bench-0000000000000000000000000000000@thread.v2",
  topic: "Bench",
  createdDateTime: "2026-03-01T12:00:00.000Z",
  lastUpdatedDateTime: "2026-03-01T12:00:00.000Z",
  chatType: "group",
  webUrl: "https://teams.microsoft.com/l/chat/19%3Abench/0?tenantId=dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
  tenantId: "dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
  isHiddenForAllMembers: false,
};
const page = { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats", value: Array.from({ length: 20 }, () => chat) };
const message = {
  id: "1772366400000",
  etag: "1772366400000",
  messageType: "message",
  createdDateTime: "2026-03-01T12:00:00.000Z",
  lastModifiedDateTime: "2026-03-01T12:00:00.000Z",
  chatId: chat.id,
  importance: "normal",
  locale: "en-us",
  from: { user: { id: "8b081ef6-4792-4def-b2c9-c363a1bf41d5", displayName: "Bench", userIdentityType: "aadUser" } },
  body: { contentType: "text", content: "Hello from the benchmark" },
  attachments: [],
  mentions: [],
  reactions: [],
};
const messages = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('bench')/messages",
  "@odata.count": 20,
  value: Array.from({ length: 20 }, () => message),
};

const app = express();
app.disable("x-powered-by");
app.set("etag", false);
app.use(express.json());
app.post("/v1.0/chats", (_req, res) => {
  res.status(201).json(chat);
});
app.get("/v1.0/chats/:chatId", (_req, res) => {
  res.json(chat);
});
app.get("/v1.0/me/chats", (_req, res) => {
  res.json(page);
});
app.post("/v1.0/chats/:chatId/messages", (_req, res) => {
  res.status(201).json(message);
});
app.get("/v1.0/chats/:chatId/messages", (_req, res) => {
  res.json(messages);
});
const server = app.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
