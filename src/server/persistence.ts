// Where the server's state lives: process memory (the default), or PostgreSQL for `databaseUrl`
// (DATABASE_URL), where chats, the directory and the $skiptoken secret are shared by every
// instance on that database and survive restarts.
import type { Logger } from "pino";
import { demoDirectory } from "./directory/demo-tenant.js";
import { Directory, type DirectoryData } from "./directory/directory.js";
import type { SharedState } from "./store/shared.js";
import type { ChatStore } from "./store/types.js";
import type { DeliveryQueue, SubscriptionStore } from "./notifications/types.js";

export interface PersistenceOptions {
  readonly databaseUrl?: string | undefined;
  /** The directory given at start (DIRECTORY_FILE, the `directory` option); it wins over a stored one. */
  readonly directory?: Directory | DirectoryData | undefined;
  /** The $skiptoken secret given at start (SKIPTOKEN_SECRET); it wins over a stored one. */
  readonly skipTokenSecret?: string | Uint8Array | undefined;
  readonly logger?: Logger | undefined;
}

export interface Persistence {
  readonly store?: ChatStore;
  readonly shared?: SharedState;
  readonly subscriptions?: SubscriptionStore;
  readonly deliveries?: DeliveryQueue;
  readonly directory?: Directory | DirectoryData;
  readonly skipTokenSecret?: string | Uint8Array;
  /** Releases the database's connections; nothing to do for memory. */
  close(): Promise<void>;
}

/** For memory, nothing to open; for a database, opens it (rejecting within seconds if it cannot). */
export async function openPersistence(options: PersistenceOptions): Promise<Persistence> {
  const { databaseUrl, directory, skipTokenSecret } = options;
  if (databaseUrl === undefined) {
    return { ...(directory && { directory }), ...(skipTokenSecret !== undefined && { skipTokenSecret }), close: () => Promise.resolve() };
  }
  // Loaded only when used, so the memory store's users never load the PostgreSQL driver.
  const { openPostgres } = await import("./store/postgres/index.js");
  const engine = await openPostgres(databaseUrl, options.logger);
  try {
    const given = directory && (directory instanceof Directory ? directory : Directory.parse(directory, "directory"));
    const stored = await engine.shared.loadDirectory();
    const start = given ?? (stored ? Directory.parse(stored, "the database's directory") : demoDirectory());
    if (given || !stored) await engine.shared.saveDirectory({ tenantId: start.tenantId, users: [...start.users] });
    return {
      store: engine.store,
      shared: engine.shared,
      subscriptions: engine.subscriptions,
      deliveries: engine.deliveries,
      directory: start,
      skipTokenSecret: skipTokenSecret ?? (await engine.shared.secret("skiptoken")),
      close: () => engine.close(),
    };
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw error;
  }
}
