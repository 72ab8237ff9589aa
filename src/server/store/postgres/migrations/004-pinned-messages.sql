-- A chat's pinned messages (chat-list-pinnedmessages.md), kept on the chat's own row: a chat has
-- few, they are always read and written whole with the chat, and a pin then needs no lock but
-- the chat's. Oldest pin first: [{"messageId", "pinnedDateTime", "pinnedByUserId"}, …].
ALTER TABLE chats ADD COLUMN pinned_messages jsonb NOT NULL DEFAULT '[]';
