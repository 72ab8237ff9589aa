// npm run db:migrate: applies the schema migrations to DATABASE_URL without starting the server.
import { migrateCommand } from "../src/server/store/postgres/migrate-command.js";

try {
  console.log(await migrateCommand(process.env));
} catch (error) {
  console.error(`db:migrate: ${(error as Error).message}`);
  process.exit(1);
}
