-- Change notifications: subscriptions, and the deliveries waiting to be (or already) POSTed to
-- their receivers. Rows, so that every instance sees them, any instance delivers, and a restart
-- loses none. Times are ISO-8601 UTC text in the "C" collation, as in 001 (the server's clock,
-- which tests may advance); only a delivery's lease is the database's clock (timestamptz), since
-- it guards against instances, not against simulated time.
CREATE TABLE subscriptions (
  id text COLLATE "C" PRIMARY KEY,
  tenant_id text NOT NULL,
  app_id text COLLATE "C" NOT NULL,
  user_id text,
  -- The chat it is about; null for the tenant-wide ones, which every chat's fan-out reads too.
  chat_id text COLLATE "C",
  expiration_date_time text COLLATE "C" NOT NULL,
  -- The quota buckets it counts in; an insert counts its buckets' rows under an advisory lock.
  quota_keys text[] NOT NULL,
  -- The whole SubscriptionRecord; the columns above are copies of its fields for the queries.
  record jsonb NOT NULL
);

-- An app's list, a page at a time in id order.
CREATE INDEX subscriptions_by_app ON subscriptions (app_id, id);
-- A change's fan-out: the chat's subscriptions and the tenant-wide ones (chat_id IS NULL).
CREATE INDEX subscriptions_by_chat ON subscriptions (chat_id);
-- Quota counts (quota_keys @> ARRAY[key]).
CREATE INDEX subscriptions_by_quota_key ON subscriptions USING gin (quota_keys);

CREATE TABLE notification_deliveries (
  -- Enqueue order: deliveries of one order key are made in this order.
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  subscription_id text COLLATE "C" NOT NULL,
  kind text NOT NULL CHECK (kind IN ('change', 'lifecycle')),
  url text NOT NULL,
  -- The JSON body as it is POSTed, serialised once at enqueue.
  body text NOT NULL,
  order_key text COLLATE "C" NOT NULL,
  created_date_time text COLLATE "C" NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'delivered', 'dropped', 'cancelled')),
  next_attempt_date_time text COLLATE "C" NOT NULL,
  -- [{"at", "status"?, "error"?, "durationMs"}, …], oldest first.
  attempts jsonb NOT NULL DEFAULT '[]',
  settled_date_time text COLLATE "C",
  reason text,
  -- Claimed by an instance until then (database clock); null or past: free to claim.
  lease_until timestamptz
);

-- claim: the pending deliveries due by a time, and whether an older one of the same key waits.
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_date_time) WHERE state = 'pending';
CREATE INDEX notification_deliveries_order ON notification_deliveries (order_key, seq) WHERE state = 'pending';
-- cancel: a subscription's pending deliveries.
CREATE INDEX notification_deliveries_subscription ON notification_deliveries (subscription_id) WHERE state = 'pending';
-- Pruning the journal: the settled rows, newest first.
CREATE INDEX notification_deliveries_settled ON notification_deliveries (seq) WHERE state <> 'pending';
