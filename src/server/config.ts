// Environment → server settings, kept apart from main.ts so the mapping is testable and every
// variable is named in one place (the README lists the same ones).
import type { AppOptions } from "./app.js";
import type { AuthSettings } from "./auth/verify.js";
import { Directory } from "./directory/directory.js";

export interface ServerConfig {
  port: number;
  host: string;
  app: AppOptions;
  logLevel: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0–65535, got '${env.PORT}'`);
  const app: AppOptions = { auth: authFromEnv(env) };
  if (env.DIRECTORY_FILE) app.directory = Directory.fromFile(env.DIRECTORY_FILE);
  if (env.BODY_LIMIT) app.bodyLimit = /^\d+$/.test(env.BODY_LIMIT) ? Number(env.BODY_LIMIT) : env.BODY_LIMIT;
  if (env.PUBLIC_BASE_URL) app.publicBaseUrl = checkUrl("PUBLIC_BASE_URL", env.PUBLIC_BASE_URL);
  if (env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true") app.trustProxy = true;
  return { port, host: env.HOST || "127.0.0.1", app, logLevel: env.LOG_LEVEL || "info" };
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
