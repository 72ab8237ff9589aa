// NOTIFICATION_* environment variables and the startServer `notifications` option: every knob of
// change notifications, checked at start (a bad value stops the server naming the variable).
import { configFromEnv } from "../../src/server/config.js";
import { DEFAULT_NOTIFICATION_SETTINGS } from "../../src/server/notifications/settings.js";
import { notificationSettings, notificationSettingsFromEnv, parseDurationMs } from "../../src/server/notifications/sources.js";

describe("notification settings from the environment", () => {
  it("keeps Graph's defaults when nothing is set", () => {
    expect(notificationSettingsFromEnv({})).toEqual({});
    expect(configFromEnv({}).app.notifications).toBeUndefined();
    expect(notificationSettings()).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    expect(DEFAULT_NOTIFICATION_SETTINGS).toMatchObject({
      validationTimeoutMs: 10_000,
      deliveryTimeoutMs: 3_000,
      retryWindowMs: 4 * 3_600_000,
    });
  });

  it("reads every variable", () => {
    const settings = notificationSettingsFromEnv({
      NOTIFICATION_ALLOWED_HOSTS: "Hooks.Example.com, api.example.com:8443",
      NOTIFICATION_VALIDATION_TIMEOUT: "2s",
      NOTIFICATION_DELIVERY_TIMEOUT: "500ms",
      NOTIFICATION_RETRY_DELAYS: "100ms,1s,1m",
      NOTIFICATION_RETRY_WINDOW: "1h",
      NOTIFICATION_MAX_QUEUE: "50",
      NOTIFICATION_CONCURRENCY: "4",
      NOTIFICATION_REAUTHORIZATION_NOTICE: "5m",
    });
    expect(settings).toEqual({
      allowedHosts: ["hooks.example.com", "api.example.com:8443"],
      validationTimeoutMs: 2_000,
      deliveryTimeoutMs: 500,
      retryDelaysMs: [100, 1_000, 60_000],
      retryWindowMs: 3_600_000,
      maxQueuedDeliveries: 50,
      concurrency: 4,
      reauthorizationNoticeMs: 300_000,
    });
    expect(configFromEnv({ NOTIFICATION_CONCURRENCY: "4" }).app.notifications).toEqual({ concurrency: 4 });
  });

  it.each([
    ["NOTIFICATION_DELIVERY_TIMEOUT", "3", /NOTIFICATION_DELIVERY_TIMEOUT must be a duration/],
    ["NOTIFICATION_DELIVERY_TIMEOUT", "0s", /NOTIFICATION_DELIVERY_TIMEOUT must be longer than 0/],
    ["NOTIFICATION_RETRY_DELAYS", "1s,,5s", /NOTIFICATION_RETRY_DELAYS must be a duration/],
    ["NOTIFICATION_MAX_QUEUE", "1.5", /NOTIFICATION_MAX_QUEUE must be a whole number/],
    ["NOTIFICATION_CONCURRENCY", "0", /NOTIFICATION_CONCURRENCY must be a whole number/],
    ["NOTIFICATION_ALLOWED_HOSTS", "https://hooks.example.com/", /is not a host or host:port/],
  ])("stops the server at start for %s=%s", (name, value, message) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(message);
  });

  it("checks startServer's option like the environment", () => {
    expect(() => notificationSettings({ retryDelaysMs: [] })).toThrow(/at least one/);
    expect(() => notificationSettings({ concurrency: 0 })).toThrow(/concurrency must be ≥ 1/);
    expect(() => notificationSettings({ deliveryTimeoutMs: -1 })).toThrow(/deliveryTimeoutMs must be ≥ 0/);
  });
});

describe("parseDurationMs", () => {
  it.each([
    ["250ms", 250],
    ["3s", 3_000],
    ["2m", 120_000],
    ["4h", 14_400_000],
    ["3d", 259_200_000],
  ])("reads %s", (text, ms) => expect(parseDurationMs(text, "X")).toBe(ms));
});
