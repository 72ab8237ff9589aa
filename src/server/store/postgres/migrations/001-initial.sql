-- The chat store: chats, their members (with each member's copy of the chat's sort keys, so a
-- user's list is one range scan of an index), and messages. Timestamps are canonical ISO-8601 UTC
-- strings, as the API shows them: they sort chronologically as text and round-trip exactly
-- ('0001-01-01T00:00:00Z' means "all history"). Keys and times use the "C" collation: byte order,
-- the same order the memory store uses, whatever the database's default collation.
CREATE TABLE chats (
  id text COLLATE "C" PRIMARY KEY,
  chat_type text NOT NULL CHECK (chat_type IN ('oneOnOne', 'group')),
  topic text,
  tenant_id text NOT NULL,
  created_date_time text COLLATE "C" NOT NULL,
  last_updated_date_time text COLLATE "C" NOT NULL,
  -- The newest message, kept with the chat so its preview and sort key come with one read.
  last_message_id bigint
);

CREATE TABLE chat_members (
  chat_id text COLLATE "C" NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  -- lower(user_id): user ids compare case-insensitively.
  user_key text COLLATE "C" NOT NULL,
  -- Join order, as the API lists members.
  position integer NOT NULL,
  membership_id text NOT NULL,
  user_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'guest')),
  visible_history_start_date_time text NOT NULL,
  is_hidden boolean NOT NULL,
  last_message_read_date_time text,
  -- The chat's sort keys, copied to each member on every write that moves them: newest update,
  -- and newest message ('' when none, so such chats sort last).
  sort_last_updated text COLLATE "C" NOT NULL,
  sort_last_message text COLLATE "C" NOT NULL,
  PRIMARY KEY (chat_id, user_key)
);

-- A user's chats newest first, ties by chat id: every list page is a range scan of one of these.
CREATE INDEX chat_members_by_last_updated ON chat_members (user_key, sort_last_updated DESC, chat_id);
CREATE INDEX chat_members_by_last_message ON chat_members (user_key, sort_last_message DESC, chat_id);

CREATE TABLE messages (
  chat_id text COLLATE "C" NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  -- Increasing within a chat (epoch milliseconds, bumped past the previous one under the chat's lock).
  id bigint NOT NULL,
  created_date_time text COLLATE "C" NOT NULL,
  from_user_id text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('text', 'html')),
  content text NOT NULL,
  subject text,
  importance text NOT NULL,
  PRIMARY KEY (chat_id, id)
);

-- What every instance must agree on: the $skiptoken secret, the directory, later keys.
CREATE TABLE settings (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
