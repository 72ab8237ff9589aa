// NOTIFICATION_* environment variables → notification settings (README's table lists the same).
// A malformed value stops the server at start, naming the variable.
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from "./settings.js";

const DURATION = /^(\d+)(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `250ms`, `3s`, `2m`, `4h`, `1d` → milliseconds. */
export function parseDurationMs(text: string, name: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new Error(`${name} must be a duration like 500ms, 3s, 2m or 4h, got '${text}'`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** The settings the environment changes; unset variables keep the defaults. */
export function notificationSettingsFromEnv(env: NodeJS.ProcessEnv): Partial<NotificationSettings> {
  const settings: { -readonly [K in keyof NotificationSettings]?: NotificationSettings[K] } = {};
  const text = (name: string) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  const hosts = text("NOTIFICATION_ALLOWED_HOSTS");
  if (hosts !== undefined) settings.allowedHosts = parseAllowedHosts(hosts, "NOTIFICATION_ALLOWED_HOSTS");
  const duration = (name: string) => {
    const value = text(name);
    return value === undefined ? undefined : parseDurationMs(value, name);
  };
  const validation = duration("NOTIFICATION_VALIDATION_TIMEOUT");
  if (validation !== undefined) settings.validationTimeoutMs = positive(validation, "NOTIFICATION_VALIDATION_TIMEOUT");
  const delivery = duration("NOTIFICATION_DELIVERY_TIMEOUT");
  if (delivery !== undefined) settings.deliveryTimeoutMs = positive(delivery, "NOTIFICATION_DELIVERY_TIMEOUT");
  const window = duration("NOTIFICATION_RETRY_WINDOW");
  if (window !== undefined) settings.retryWindowMs = window;
  const notice = duration("NOTIFICATION_REAUTHORIZATION_NOTICE");
  if (notice !== undefined) settings.reauthorizationNoticeMs = notice;
  const delays = text("NOTIFICATION_RETRY_DELAYS");
  if (delays !== undefined) settings.retryDelaysMs = delays.split(",").map((d) => parseDurationMs(d, "NOTIFICATION_RETRY_DELAYS"));
  const queue = text("NOTIFICATION_MAX_QUEUE");
  if (queue !== undefined) settings.maxQueuedDeliveries = integer(queue, "NOTIFICATION_MAX_QUEUE");
  const concurrency = text("NOTIFICATION_CONCURRENCY");
  if (concurrency !== undefined) settings.concurrency = integer(concurrency, "NOTIFICATION_CONCURRENCY");
  return settings;
}

/** `host` or `host:port` entries, comma-separated; stored lower-case. */
export function parseAllowedHosts(value: string, name: string): string[] {
  const hosts = value
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) if (!HOST.test(host)) throw new Error(`${name}: '${host}' is not a host or host:port`);
  return hosts;
}

/** The defaults with the given changes, checked (a startServer option is checked like the environment). */
export function notificationSettings(given: Partial<NotificationSettings> = {}): NotificationSettings {
  const settings = { ...DEFAULT_NOTIFICATION_SETTINGS, ...given };
  if (settings.retryDelaysMs.length === 0) throw new Error("notification retry delays: give at least one");
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value === "number" && (!Number.isFinite(value) || value < 0))
      throw new Error(`notification setting ${name} must be ≥ 0, got ${value}`);
  }
  if (settings.concurrency < 1) throw new Error(`notification setting concurrency must be ≥ 1, got ${settings.concurrency}`);
  return settings;
}

function positive(ms: number, name: string): number {
  if (ms <= 0) throw new Error(`${name} must be longer than 0`);
  return ms;
}

function integer(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got '${value}'`);
  return n;
}
