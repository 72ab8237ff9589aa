-- What a message carries besides its text (mentions, attachments, inline images, reactions, a
-- policy verdict) and its life after sending (edits, soft deletion), plus the indexes behind the
-- two documented list orders: last modified (the default) and created.
ALTER TABLE messages
  ADD COLUMN last_modified_date_time text COLLATE "C",
  ADD COLUMN last_edited_date_time text COLLATE "C",
  ADD COLUMN deleted_date_time text COLLATE "C",
  ADD COLUMN mentions jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN hosted_contents jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN reactions jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN policy_violation jsonb;
UPDATE messages SET last_modified_date_time = created_date_time;
ALTER TABLE messages ALTER COLUMN last_modified_date_time SET NOT NULL;

-- A page in last-modified order is one range scan; so is counting the messages created before a
-- member's visible history (the count of the rest is chats.message_count minus those).
CREATE INDEX messages_by_last_modified ON messages (chat_id, last_modified_date_time DESC, id DESC);
CREATE INDEX messages_by_created ON messages (chat_id, created_date_time);
