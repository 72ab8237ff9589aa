// `npm run db:migrate` and `graph-chat-contract migrate`: applies the schema migrations to
// DATABASE_URL without starting the server (the server also applies them at start).
import { describeDatabase } from "./describe.js";
import { openPool } from "./connect.js";
import { migrate, shippedMigrations } from "./migrate.js";

/** Resolves to what to print; rejects with a one-line reason. */
export async function migrateCommand(env: NodeJS.ProcessEnv): Promise<string> {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: DATABASE_URL=postgres://user:password@host:5432/database npm run db:migrate");
  const pool = await openPool(url);
  try {
    const applied = await migrate(pool);
    const latest = Math.max(...(await shippedMigrations()).map((m) => m.version));
    const what = applied.length === 0 ? "already up to date" : `applied ${applied.map((v) => String(v).padStart(3, "0")).join(", ")}`;
    return `${describeDatabase(url)}: schema version ${latest}, ${what}`;
  } finally {
    await pool.end();
  }
}
