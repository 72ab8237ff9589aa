// Schema migrations: the numbered .sql files beside this module, each applied once, in order,
// inside one transaction under an advisory lock — so several instances starting at once apply
// each migration exactly once, and a failed migration leaves the schema as it was.
import { readdir, readFile } from "node:fs/promises";
import type { Pool } from "pg";

const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);
/** Any fixed number: it names the lock every instance of this server takes while migrating. */
export const MIGRATION_LOCK = 7_345_112_019;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The migrations shipped with this version, oldest first (`001-initial.sql` is version 1). */
export async function shippedMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: await readFile(new URL(file, MIGRATIONS_DIR), "utf8"),
    })),
  );
}

/** Applies the migrations not yet applied; resolves to the versions it applied. */
export async function migrate(pool: Pool, migrations?: readonly Migration[]): Promise<number[]> {
  const all = migrations ?? (await shippedMigrations());
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const shipped = Math.max(0, ...all.map((m) => m.version));
    if (newest > shipped) {
      throw new Error(`the database's schema is version ${newest}, newer than this server knows (${shipped}): upgrade the server`);
    }
    const applied: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
