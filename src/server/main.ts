// `npm start`: reads the environment, listens, and shuts down gracefully on SIGTERM/SIGINT
// (stops accepting, lets in-flight requests finish, then exits).
import { pino } from "pino";
import { createApp } from "./app.js";
import { DEV_SIGNING_KEY } from "./auth/dev-key.js";
import { configFromEnv } from "./config.js";

const SHUTDOWN_GRACE_MS = 10_000;

let config;
try {
  config = configFromEnv(process.env);
} catch (error) {
  console.error(`graph-chat-contract: ${(error as Error).message}`);
  process.exit(1);
}
const logger = pino({ level: config.logLevel });
const app = createApp({ ...config.app, logger });

const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const origin = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  const auth =
    config.app.auth?.mode === "jwks"
      ? `Tokens: verified against ${config.app.auth.jwksUrl}`
      : `Tokens: npm run --silent token -- --user jacob@contoso.com --scopes "Chat.Create Chat.ReadWrite"\n` +
        `        (signed with the public local development key "${DEV_SIGNING_KEY}", HS256)`;
  process.stdout.write(
    `graph-chat-contract reference server\n` +
      `Base URL:   ${origin}/v1.0  (and ${origin}/beta)\n` +
      `Swagger UI: ${origin}/docs\n` +
      `Contract:   ${origin}/openapi.yaml\n` +
      `${auth}\n`,
  );
});
server.on("error", (error) => {
  console.error(`graph-chat-contract: cannot listen on ${config.host}:${config.port}: ${error.message}`);
  process.exit(1);
});

function shutdown(signal: string): void {
  logger.info({ signal }, "shutting down");
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
