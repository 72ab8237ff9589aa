-- Counts behind `@odata.count`, kept by statement-level triggers so every writer (the server, a
-- bulk load) keeps them right and an unfiltered list counts in constant time: how many chats each
-- user is in, and how many messages each chat has.
CREATE TABLE user_chat_counts (
  user_key text COLLATE "C" PRIMARY KEY,
  chats integer NOT NULL
);
INSERT INTO user_chat_counts (user_key, chats) SELECT user_key, count(*) FROM chat_members GROUP BY user_key;

ALTER TABLE chats ADD COLUMN message_count integer NOT NULL DEFAULT 0;
UPDATE chats c SET message_count = (SELECT count(*) FROM messages m WHERE m.chat_id = c.id);

CREATE FUNCTION count_chat_members_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In key order, so concurrent writers lock the counters in one order and never deadlock.
  INSERT INTO user_chat_counts AS c (user_key, chats)
    SELECT user_key, count(*) FROM joined GROUP BY user_key ORDER BY user_key
    ON CONFLICT (user_key) DO UPDATE SET chats = c.chats + excluded.chats;
  RETURN NULL;
END $$;

CREATE FUNCTION count_chat_members_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE user_chat_counts c SET chats = c.chats - l.n
    FROM (SELECT user_key, count(*) AS n FROM departed GROUP BY user_key ORDER BY user_key) l
    WHERE c.user_key = l.user_key;
  RETURN NULL;
END $$;

CREATE FUNCTION count_messages_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE chats c SET message_count = c.message_count + s.n
    FROM (SELECT chat_id, count(*) AS n FROM sent GROUP BY chat_id ORDER BY chat_id) s
    WHERE c.id = s.chat_id;
  RETURN NULL;
END $$;

CREATE TRIGGER chat_members_count_in AFTER INSERT ON chat_members
  REFERENCING NEW TABLE AS joined FOR EACH STATEMENT EXECUTE FUNCTION count_chat_members_in();
CREATE TRIGGER chat_members_count_out AFTER DELETE ON chat_members
  REFERENCING OLD TABLE AS departed FOR EACH STATEMENT EXECUTE FUNCTION count_chat_members_out();
CREATE TRIGGER messages_count_in AFTER INSERT ON messages
  REFERENCING NEW TABLE AS sent FOR EACH STATEMENT EXECUTE FUNCTION count_messages_in();
