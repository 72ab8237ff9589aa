// TEMPORARY (issue 16 in progress): cases of operations being built on other branches; each
// branch replaces its entries here with real cases in its own file.
import fc from "fast-check";
import { defineCase, type CaseMap } from "./case.js";

const pending = (operationId: string) =>
  defineCase({
    plans: () => fc.constant(null),
    prepare: () => {
      throw new Error(`${operationId} has no contract case yet`);
    },
  });

export const pendingCases = {
  listChatMessageHostedContents: pending("listChatMessageHostedContents"),
  getChatMessageHostedContent: pending("getChatMessageHostedContent"),
  getChatMessageHostedContentValue: pending("getChatMessageHostedContentValue"),
} satisfies CaseMap;
