// The long-running server of `npm start` and `graph-chat-contract serve`: configuration from the
// environment, a banner saying how to use it, and graceful shutdown on SIGTERM/SIGINT (stop
// accepting, let in-flight requests finish, then exit).
import { pino } from "pino";
import { DEV_SIGNING_KEY } from "./auth/dev-key.js";
import { configFromEnv, type ServerConfig } from "./config.js";
import { describeDatabase } from "./store/postgres/describe.js";
import { startServer, type RunningServer } from "./listen.js";
import { tlsBanner } from "./tls/trust-hint.js";

const SHUTDOWN_GRACE_MS = 10_000;

/** `quiet`: print no banner (all workers but the first). */
export async function serve(env: NodeJS.ProcessEnv, { quiet = false } = {}): Promise<RunningServer> {
  const config = configFromEnv(env);
  const logger = pino({ level: config.logLevel });
  // Recorded requests are only readable through the admin API, so without it recording is waste.
  const recording = config.app.admin ? {} : { recordRequests: false as const };
  const running = await startServer({
    ...config.app,
    ...recording,
    logger,
    port: config.port,
    host: config.host,
    ...(config.tls && { tls: config.tls }),
    ...(config.databaseUrl && { databaseUrl: config.databaseUrl }),
  });
  const simulated = [
    config.app.faults ? "faults (FAULTS/FAULTS_FILE)" : "",
    config.app.throttling ? "Graph throttling (THROTTLING=graph)" : "",
  ].filter(Boolean);
  if (!quiet) {
    process.stdout.write(
      banner(running, config, config.app.auth?.mode === "jwks" ? config.app.auth.jwksUrl : undefined) +
        (simulated.length ? `Simulating: ${simulated.join(" and ")}\n` : ""),
    );
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal (Ctrl-C pressed again) does not wait for the grace period.
    if (stopping) {
      logger.warn({ signal }, "closing all connections now");
      running.server.closeAllConnections();
      return;
    }
    stopping = true;
    logger.info({ signal, graceMs: SHUTDOWN_GRACE_MS }, "shutting down: finishing in-flight requests, refusing new ones");
    // close() resolves once every connection is closed, in-flight requests finished or, after the
    // grace period, cut; either way the shutdown was the one asked for, hence exit code 0.
    running.close({ graceMs: SHUTDOWN_GRACE_MS }).then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return running;
}

function banner(running: RunningServer, config: ServerConfig, jwksUrl: string | undefined): string {
  const { url } = running;
  const { publicBaseUrl, admin } = config.app;
  const state = config.databaseUrl
    ? `State:      PostgreSQL at ${describeDatabase(config.databaseUrl)}${config.workers > 1 ? `, ${config.workers} worker processes` : ""}\n`
    : "State:      in memory, lost on exit (DATABASE_URL=postgres://… keeps it and shares it between instances)\n";
  const auth = jwksUrl
    ? `Tokens: verified against ${jwksUrl}`
    : `Tokens: npm run --silent token -- --user jacob@contoso.com --scopes "Chat.Create Chat.ReadWrite"\n` +
      `        (signed with the public local development key "${DEV_SIGNING_KEY}", HS256)`;
  const links = publicBaseUrl
    ? `Links:      @odata.context and @odata.nextLink use ${publicBaseUrl.replace(/\/+$/, "")} (PUBLIC_BASE_URL)\n`
    : "";
  return (
    `graph-chat-contract reference server\n` +
    `Base URL:   ${url}/v1.0  (and ${url}/beta)\n` +
    `Swagger UI: ${url}/docs${jwksUrl ? "" : '  (pick a demo user under "Act as" to try every operation)'}\n` +
    `Contract:   ${url}/openapi.yaml\n` +
    `Webhooks:   subscriptions deliver to ${deliveryHosts(config)}\n` +
    `            validationTokens verify with ${url}/.well-known/notification-keys\n` +
    state +
    links +
    (admin ? `Admin API:  ${url}/_admin (ADMIN_API=1; no authentication — local test setups only)\n` : "") +
    (running.tls ? tlsBanner(running.tls) : "") +
    `${auth}\n`
  );
}

function deliveryHosts(config: ServerConfig): string {
  const extra = config.app.notifications?.allowedHosts ?? [];
  return extra.length === 0 ? "loopback only (NOTIFICATION_ALLOWED_HOSTS adds hosts)" : `loopback and ${extra.join(", ")} (https)`;
}
