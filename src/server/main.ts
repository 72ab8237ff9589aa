// `npm start`: reads the environment, listens over HTTP or HTTPS, and shuts down gracefully on
// SIGTERM/SIGINT (stops accepting, lets in-flight requests finish, then exits).
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { pino } from "pino";
import { createApp } from "./app.js";
import { DEV_SIGNING_KEY } from "./auth/dev-key.js";
import { configFromEnv, type ServerConfig } from "./config.js";
import { loadTlsMaterial, type LoadedTls } from "./tls/material.js";
import { tlsBanner } from "./tls/trust-hint.js";

const SHUTDOWN_GRACE_MS = 10_000;

let config: ServerConfig;
let tls: LoadedTls | undefined;
try {
  config = configFromEnv(process.env);
  // Generating or reading certificates happens here, not in configFromEnv, which stays free of
  // file writes so it can be tested (and called) without side effects.
  tls = config.tls ? await loadTlsMaterial(config.tls) : undefined;
} catch (error) {
  console.error(`graph-chat-contract: ${(error as Error).message}`);
  process.exit(1);
}
const logger = pino({ level: config.logLevel });
const app = createApp({ ...config.app, logger });

// Both kinds have the listen/close/closeIdleConnections/closeAllConnections used below, so one
// start-up and one shutdown path serve HTTP and HTTPS alike.
const server: HttpServer | HttpsServer = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, app) : createHttpServer(app);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const origin = `${tls ? "https" : "http"}://${displayHost(config.host)}:${port}`;
  const auth =
    config.app.auth?.mode === "jwks"
      ? `Tokens: verified against ${config.app.auth.jwksUrl}`
      : `Tokens: npm run --silent token -- --user jacob@contoso.com --scopes "Chat.Create Chat.ReadWrite"\n` +
        `        (signed with the public local development key "${DEV_SIGNING_KEY}", HS256)`;
  const links = config.app.publicBaseUrl ? `Links:      @odata.context and @odata.nextLink use ${config.app.publicBaseUrl.replace(/\/+$/, "")} (PUBLIC_BASE_URL)\n` : "";
  process.stdout.write(
    `graph-chat-contract reference server\n` +
      `Base URL:   ${origin}/v1.0  (and ${origin}/beta)\n` +
      `Swagger UI: ${origin}/docs\n` +
      `Contract:   ${origin}/openapi.yaml\n` +
      links +
      (tls ? tlsBanner(tls) : "") +
      `${auth}\n`,
  );
});
server.on("error", (error) => {
  console.error(`graph-chat-contract: cannot listen on ${config.host}:${config.port}: ${error.message}`);
  process.exit(1);
});

/**
 * The host to print in URLs: a wildcard address is not one a client can connect to (nor one the
 * development certificate names), so print the loopback address of the same family instead.
 */
function displayHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

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
