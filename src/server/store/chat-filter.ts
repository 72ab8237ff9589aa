// Evaluates a ChatFilter on a stored chat, for engines that filter in process (the memory store).
import type { ChatFilter, ChatRecord } from "./types.js";

export function matchesChatFilter(chat: ChatRecord, filter: ChatFilter): boolean {
  return filter.every((condition) => {
    switch (condition.kind) {
      case "equals":
        return chat[condition.property] === condition.value;
      case "hasMember": {
        const wanted = new Set(condition.userIds.map((id) => id.toLowerCase()));
        return chat.members.some((m) => wanted.has(m.userId.toLowerCase()));
      }
      case "hasInstalledApp":
        return false;
    }
  });
}
