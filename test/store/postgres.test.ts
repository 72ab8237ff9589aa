// The PostgreSQL store against a throwaway cluster: the conformance suite every engine passes,
// plus what only this engine promises (migrations, SQL-level safety, outages as StoreUnavailable).
import { createServer } from "node:net";
import { runInNewContext } from "node:vm";
import pg from "pg";
import type { DirectoryData, DirectoryUser } from "../../src/server/directory/directory.js";
import { StoreUnavailableError } from "../../src/server/store/errors.js";
import { openPool, translateError } from "../../src/server/store/postgres/connect.js";
import { PostgresSharedState } from "../../src/server/store/postgres/shared.js";
import { PostgresChatStore } from "../../src/server/store/postgres/store.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { describeStoreConformance } from "./conformance.js";

describeWith("postgresql")("PostgresChatStore", () => {
  let cluster: TestCluster;
  let url: string;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    url = await cluster.createMigratedDatabase();
  }, 60_000);
  afterAll(() => cluster?.remove());

  describe("PostgresSharedState", () => {
    it("names its LISTEN connection graph-chat-contract in pg_stat_activity, like the pool's", async () => {
      const pool = await openPool(url);
      const shared = new PostgresSharedState(pool, url);
      try {
        shared.onDirectoryChange(() => undefined);
        const listening = async () =>
          (
            await pool.query<{ application_name: string }>(
              "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN graph_chat_contract_directory'",
            )
          ).rows;
        const deadline = Date.now() + 5_000;
        while ((await listening()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await listening()).toEqual([{ application_name: "graph-chat-contract" }]);
      } finally {
        await shared.close();
        await pool.end();
      }
    });
  });

  describe("PostgresSharedState directory changes", () => {
    it("reach an instance that subscribed just before the change, while its LISTEN connection was still opening", async () => {
      const pool = await openPool(url);
      const [writer, reader] = [new PostgresSharedState(pool, url), new PostgresSharedState(pool, url)];
      try {
        const heard: DirectoryData[] = [];
        reader.onDirectoryChange((data) => heard.push(data));
        const changed: DirectoryData = { tenantId: "t-listen", users: [{ ...userOf("listen"), tenantId: "t-listen" }] };
        await writer.saveDirectory(changed);
        const deadline = Date.now() + 3_000;
        while (heard.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(heard[heard.length - 1]).toEqual(changed);
      } finally {
        await Promise.all([writer.close(), reader.close()]);
        await pool.end();
      }
    });
  });

  describeStoreConformance("PostgresChatStore", async () => {
    const store = new PostgresChatStore(await openPool(url, { max: 20 }));
    await store.clear();
    return store;
  });
});

describe("the PostgreSQL engine's outage errors", () => {
  it("are StoreUnavailableErrors also when made in another realm, as Node's own errors are inside jest's vm context", () => {
    const foreign: unknown = runInNewContext("Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })");
    expect(foreign instanceof Error).toBe(false);
    expect(translateError(foreign)).toBeInstanceOf(StoreUnavailableError);
    expect(String((translateError(foreign) as Error).message)).toBe("The chat store is unavailable: connect ECONNREFUSED 127.0.0.1:1");
  });

  it("reach the caller of a store whose database refuses connections as StoreUnavailableError", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const store = new PostgresChatStore(new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/none` }));
    try {
      await expect(store.getChat("19:any@thread.v2")).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });
});

function userOf(name: string): DirectoryUser {
  return { id: name, userPrincipalName: `${name}@contoso.com`, displayName: name, mail: null, userType: "Member", tenantId: "t" };
}
