// How every PostgreSQL store runs its work: database outages surface as StoreUnavailableError
// (translateError), and a transaction's connection goes back to the pool only when it is sound.
import type pg from "pg";
import { translateError } from "./connect.js";

/** Runs `work`, rejecting with the translated error. */
export async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateError(error);
  }
}

/** Runs `work` in one transaction on a connection of `pool`: committed when it resolves, rolled back when it rejects. */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return translated(async () => {
    const client = await pool.connect();
    let broken: unknown;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A failed rollback means the connection itself is gone: it must not go back to the pool.
      await client.query("ROLLBACK").catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  });
}
