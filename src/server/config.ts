// Environment → server settings, kept apart from main.ts so the mapping is testable and every
// variable is named in one place (the README lists the same ones).
import type { AppOptions } from "./app.js";
import type { AuthSettings } from "./auth/verify.js";
import { Directory } from "./directory/directory.js";
import { faultPlanFromEnv } from "./faults/sources.js";
import { notificationSettingsFromEnv } from "./notifications/sources.js";
import { throttleFromEnv } from "./throttling/sources.js";
import { DEFAULT_DEV_CERT_DIR } from "./tls/dev-certificate.js";
import type { TlsSettings } from "./tls/material.js";

export interface ServerConfig {
  port: number;
  host: string;
  app: AppOptions;
  logLevel: string;
  /** Serve HTTPS with these; absent: plain HTTP. Files are read (or made) by main.ts. */
  tls?: TlsSettings;
  /** PostgreSQL for the state (DATABASE_URL); absent: process memory. */
  databaseUrl?: string;
  /** Processes serving the port (WORKERS, default 1); more than one needs the database. */
  workers: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0–65535, got '${env.PORT}'`);
  const app: AppOptions = { auth: authFromEnv(env) };
  if (env.DIRECTORY_FILE) app.directory = Directory.fromFile(env.DIRECTORY_FILE);
  if (env.BODY_LIMIT) app.bodyLimit = /^\d+$/.test(env.BODY_LIMIT) ? Number(env.BODY_LIMIT) : env.BODY_LIMIT;
  if (env.PUBLIC_BASE_URL) app.publicBaseUrl = checkUrl("PUBLIC_BASE_URL", env.PUBLIC_BASE_URL);
  if (env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true") app.trustProxy = true;
  // The admin API has no authentication: only an explicit ADMIN_API=1 (or true) turns it on.
  if (flag("ADMIN_API", env.ADMIN_API)) app.admin = true;
  // Off unless set; a malformed value stops the server at start (docs/faults.md).
  const faults = faultPlanFromEnv(env);
  if (faults) app.faults = faults;
  const throttle = throttleFromEnv(env);
  if (throttle) app.throttling = throttle;
  if (env.SKIPTOKEN_SECRET) app.skipTokenSecret = checkSecret(env.SKIPTOKEN_SECRET);
  const notifications = notificationSettingsFromEnv(env);
  if (Object.keys(notifications).length > 0) app.notifications = notifications;
  const config: ServerConfig = { port, host: env.HOST || "127.0.0.1", app, logLevel: env.LOG_LEVEL || "info", workers: workersFrom(env) };
  if (env.DATABASE_URL) config.databaseUrl = checkDatabaseUrl(env.DATABASE_URL);
  if (config.workers > 1 && !config.databaseUrl) {
    throw new Error(
      `WORKERS=${config.workers} needs DATABASE_URL: each process would otherwise keep its own chats in memory, and ${config.workers} processes on one port would be ${config.workers} different Graphs`,
    );
  }
  const tls = tlsFromEnv(env);
  if (tls) config.tls = tls;
  return config;
}

/**
 * HTTPS=1 (or true): the self-signed development certificate in TLS_DIR (default `.dev-certs/`).
 * TLS_CERT + TLS_KEY: those PEM files, which imply HTTPS. HTTPS=0 (or false, or unset): HTTP.
 */
function tlsFromEnv(env: NodeJS.ProcessEnv): TlsSettings | undefined {
  const https = flag("HTTPS", env.HTTPS);
  const { TLS_CERT: certPath, TLS_KEY: keyPath } = env;
  if (certPath || keyPath) {
    if (!certPath || !keyPath) throw new Error("TLS_CERT and TLS_KEY must be set together (PEM certificate and private key files)");
    if (https === false) throw new Error(`TLS_CERT and TLS_KEY serve HTTPS, but HTTPS is '${env.HTTPS}'; unset HTTPS or set it to 1`);
    return { mode: "files", certPath, keyPath };
  }
  if (!https) return undefined;
  return { mode: "dev", dir: env.TLS_DIR || DEFAULT_DEV_CERT_DIR };
}

function workersFrom(env: NodeJS.ProcessEnv): number {
  if (env.WORKERS === undefined || env.WORKERS === "") return 1;
  const workers = Number(env.WORKERS);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`WORKERS must be an integer 1–64, got '${env.WORKERS}'`);
  return workers;
}

function checkDatabaseUrl(value: string): string {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error("DATABASE_URL must be a URL like postgres://user:password@host:5432/database");
  }
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got '${protocol}//…'`);
  }
  return value;
}

/** Every instance signs paging links with it: short secrets are guessable, so at least 16 characters. */
function checkSecret(value: string): string {
  if (value.length < 16) throw new Error(`SKIPTOKEN_SECRET must be at least 16 characters, got ${value.length}`);
  return value;
}

function flag(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "1" || value.toLowerCase() === "true") return true;
  if (value === "0" || value.toLowerCase() === "false") return false;
  throw new Error(`${name} must be 1, true, 0 or false, got '${value}'`);
}

function authFromEnv(env: NodeJS.ProcessEnv): AuthSettings {
  const { AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = env;
  if (!jwksUrl && !issuer && !audience) return { mode: "dev" };
  if (!jwksUrl || !issuer || !audience) {
    throw new Error("AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must be set together to verify real tokens");
  }
  return { mode: "jwks", jwksUrl: checkUrl("AUTH_JWKS_URL", jwksUrl), issuer, audience };
}

function checkUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)");
    return value;
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got '${value}'`);
  }
}
