// `startServer()` as another repository's program or test suite calls it: import the built package
// and start a server on PORT. Plain JavaScript over dist/, so no TypeScript compile is measured.
import process from "node:process";
import { startServer } from "../../../dist/server/index.js";

const server = await startServer({ port: Number(process.env.PORT), recordRequests: false });
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => void server.close({ graceMs: 100 }).finally(() => process.exit(0)));
