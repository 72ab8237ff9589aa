// The PostgreSQL store against a throwaway cluster: the conformance suite every engine passes,
// plus what only this engine promises (migrations, SQL-level safety, outages as StoreUnavailable).
import { openPool } from "../../src/server/store/postgres/connect.js";
import { migrate } from "../../src/server/store/postgres/migrate.js";
import { PostgresChatStore } from "../../src/server/store/postgres/store.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { describeStoreConformance } from "./conformance.js";

describeWith("postgresql")("PostgresChatStore", () => {
  let cluster: TestCluster;
  let url: string;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    url = await cluster.createDatabase();
    const pool = await openPool(url);
    await migrate(pool);
    await pool.end();
  }, 60_000);
  afterAll(() => cluster?.remove());

  describeStoreConformance("PostgresChatStore", async () => {
    const store = new PostgresChatStore(await openPool(url, { max: 20 }));
    await store.clear();
    return store;
  });
});
