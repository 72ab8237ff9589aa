// createApp builds the reference server's Express app and never listens (main.ts does), so
// tests and other programs can drive it in-process or on any port.
import express, { type RequestHandler } from "express";
import { pino, type Logger } from "pino";
import { authenticate } from "./auth/authenticate.js";
import { checkPermissions } from "./auth/permissions.js";
import { createTokenVerifier, type AuthSettings } from "./auth/verify.js";
import { AdjustableClock } from "./clock.js";
import { ServerControl } from "./control.js";
import { demoDirectory } from "./directory/demo-tenant.js";
import { Directory, type DirectoryData } from "./directory/directory.js";
import type { IdGenerator } from "./domain/context.js";
import { randomIds } from "./domain/ids.js";
import type { ChatSeed } from "./domain/seed.js";
import { injectFaults } from "./faults/middleware.js";
import { resourceRenderer } from "./handlers/present-resource.js";
import { assembleNotifications } from "./notifications/assemble.js";
import { notificationKeyRoutes } from "./notifications/routes.js";
import type { NotificationSettings } from "./notifications/settings.js";
import { notificationSettings } from "./notifications/sources.js";
import type { DeliveryQueue, SubscriptionStore } from "./notifications/types.js";
import { FaultPlan, toFaultPlan, type FaultSettings } from "./faults/plan.js";
import { createHandlers } from "./handlers/index.js";
import { accessLog } from "./http/access-log.js";
import { ADMIN_BASE_PATH, adminRoutes } from "./admin/routes.js";
import { docsRoutes } from "./docs/routes.js";
import { checkHandlers, dispatch, resolveOperation } from "./http/dispatch.js";
import { rejectEmptyPayload } from "./http/empty-body.js";
import { errorFunnel, unknownPath } from "./http/error-funnel.js";
import { requireHostHeader } from "./http/host-header.js";
import { jsonBody } from "./http/json-body.js";
import "./http/locals.js";
import { rejectPollutingQueryNames } from "./http/query-names.js";
import { normalizeQueryOptions } from "./http/query-options.js";
import { requestIds } from "./http/request-id.js";
import { recordRequests, RequestLog } from "./http/request-log.js";
import { securityHeaders } from "./http/security-headers.js";
import { forOperations, sequence } from "./http/sequence.js";
import { contractValidator } from "./http/validator.js";
import { SkipTokens } from "./odata/skiptoken.js";
import { contractOperations } from "./operations.js";
import { specDocumentCopy, specYaml } from "./spec.js";
import { MemoryChatStore } from "./store/memory.js";
import type { SharedState } from "./store/shared.js";
import type { ChatStore } from "./store/types.js";
import { throttleRequests } from "./throttling/middleware.js";
import { toThrottle, type ThrottlingOption } from "./throttling/model.js";

export interface AppOptions {
  /** The tenant's users (plain data is checked like DIRECTORY_FILE); default: the demo tenant. */
  directory?: Directory | DirectoryData;
  /** Chats created at start (and on every reset), as an application of the tenant would. */
  seed?: readonly ChatSeed[];
  /** Chat storage; default: a new in-memory store. */
  store?: ChatStore;
  /** Where instances sharing a database keep the directory (startServer's `databaseUrl` sets it). */
  shared?: SharedState;
  /**
   * The key that signs `$skiptoken`s. Instances behind one load balancer need the same one, so a
   * paging link from one works on another; default a random key of this app.
   */
  skipTokenSecret?: string | Uint8Array;
  /** The time source for timestamps; default: the system clock. */
  clock?: () => Date;
  /** Id generation for group chats; default: random. */
  ids?: IdGenerator;
  /** Token verification; default: the local development key. */
  auth?: AuthSettings;
  /** Largest accepted request body (bytes or a string like "1mb"); default 1 MB. */
  bodyLimit?: number | string;
  /** Fixes the origin used in `@odata.context` links; default: the request's own. */
  publicBaseUrl?: string;
  /** Trust X-Forwarded-* headers (behind a proxy); default false. */
  trustProxy?: boolean;
  /**
   * Where request logs (one line per request: info, 4xx at warn, 5xx at error) and errors go;
   * default: errors only, to stdout.
   */
  logger?: Logger;
  /**
   * Fault injection (docs/faults.md): a FaultPlan, or settings (random faults by rate with a seed,
   * Retry-After, latency, the x-fault header), which turn injection on. Default none.
   */
  faults?: FaultPlan | FaultSettings;
  /** Graph's throttling model: "graph" for Graph's limits, or `{ limits, clock }`; default off. */
  throttling?: ThrottlingOption;
  /** Record received requests here (method, path, status, body; never the Authorization header). */
  recordRequests?: RequestLog;
  /**
   * Mount the unauthenticated admin API under /_admin (reset, directory, requests, faults); for
   * local test setups only. Default false: /_admin/* is then an unknown path.
   */
  admin?: boolean;
  /**
   * Change-notification settings (allowed hosts, time-outs, retry schedule, queue bound); default:
   * Graph's limits, delivery to loopback only. README "Change notifications" lists them.
   */
  notifications?: Partial<NotificationSettings>;
  /** Where subscriptions are kept; default this process's memory (startServer's `databaseUrl`: the database). */
  subscriptions?: SubscriptionStore;
  /** The delivery queue; default a bounded queue in memory (startServer's `databaseUrl`: the database). */
  deliveries?: DeliveryQueue;
}

/** An app together with the handle on its state that the harness and /_admin use. */
export interface ControlledApp {
  readonly app: express.Express;
  readonly control: ServerControl;
  /**
   * Settles once the contract's validator is built (the spec loaded and prepared; once per process).
   * Requests that arrive earlier wait for it; startServer listens only after it.
   */
  readonly ready: Promise<void>;
}

/** Builds the reference server's Express app; throws if the directory or the seed is invalid. */
export function createApp(options: AppOptions = {}): express.Express {
  return createControlledApp(options).app;
}

/** {@link createApp}, also returning the app's {@link ServerControl}. */
export function createControlledApp(options: AppOptions = {}): ControlledApp {
  const admin = options.admin ?? false;
  // The admin API can only list requests and schedule faults if there is somewhere to keep them.
  const requestLog = options.recordRequests ?? (admin ? new RequestLog() : undefined);
  const faults = toFaultPlan(options.faults) ?? (admin ? new FaultPlan() : undefined);
  const throttle = toThrottle(options.throttling);
  const bodyLimit = options.bodyLimit ?? "1mb";
  const clock = new AdjustableClock(options.clock);
  const logger = options.logger ?? pino({ level: "error" });
  // Rich notifications render resources as GET returns them; there is no request, so no origin of its own.
  const notifications = assembleNotifications({
    store: options.store ?? new MemoryChatStore(),
    settings: notificationSettings(options.notifications),
    clock: clock.now,
    logger,
    // Called only for writes, which come after `control` exists.
    render: (event, viewer) => resourceRenderer(control.domain, `${options.publicBaseUrl ?? GRAPH_ORIGIN}/v1.0`)(event, viewer),
    subscriptions: options.subscriptions,
    deliveries: options.deliveries,
    shared: options.shared,
  });
  const control = new ServerControl({
    directory: toDirectory(options.directory),
    store: notifications.store,
    notifications: notifications.service,
    clock,
    ids: options.ids ?? randomIds,
    faults,
    throttle,
    requestLog,
    seed: options.seed,
    shared: options.shared,
  });
  options.shared?.onDirectoryChange((data) => control.followDirectory(Directory.parse(data, "the database's directory")));
  const ctx = control.domain;
  notifications.service.start();
  const validator = contractValidator(specDocumentCopy);
  const operations = contractOperations();
  const skipTokens = new SkipTokens(secretBytes(options.skipTokenSecret));
  const handlers = createHandlers({ domain: ctx, notifications: notifications.context, skipTokens });
  checkHandlers(handlers, operations);

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("trust proxy", options.trustProxy ?? false);

  // Every request: one stage before anything is routed.
  app.use(sequence(securityHeaders, requestIds, requireHostHeader, normalizeQueryOptions));
  const requestLogs = accessLog(logger);
  if (requestLogs) app.use(requestLogs);
  if (requestLog) app.use(recordRequests(requestLog));
  if (admin) app.use(ADMIN_BASE_PATH, adminRoutes(control, bodyLimit));
  // The docs page mints tokens only when the server would accept them (not with a JWKS).
  const docs = docsRoutes(specDocumentCopy(), specYaml, options.auth?.mode === "jwks" ? undefined : { directory: () => ctx.directory });
  app.use(outsideApi(sequence(docs, notificationKeyRoutes(notifications.keys))));
  // The contract's checks, in Graph's order, as one stage: routing (404/405), token (401),
  // throttling and faults (after authentication; see throttling/middleware.ts), body (400/415),
  // validation, permission (403).
  app.use(
    sequence(
      ...validator.routing,
      resolveOperation(operations),
      forOperations(
        authenticate(createTokenVerifier(options.auth ?? { mode: "dev" }), () => ctx.directory),
        ...(throttle ? [throttleRequests(throttle, () => ctx.directory)] : []),
        ...(faults ? [injectFaults(faults)] : []),
        rejectEmptyPayload,
      ),
      jsonBody(bodyLimit),
      forOperations(rejectPollutingQueryNames),
      ...validator.validation,
      forOperations(checkPermissions, seeded(control), dispatch(handlers, ctx, options.publicBaseUrl)),
    ),
  );
  app.use(unknownPath);
  app.use(errorFunnel(logger, ctx.clock));
  return { app, control, ready: validator.ready };
}

function toDirectory(given: Directory | DirectoryData | undefined): Directory {
  if (given === undefined) return demoDirectory();
  return given instanceof Directory ? given : Directory.parse(given, "directory");
}

const API_PATH = /^\/(?:v1\.0|beta)\//;
/** The origin of absolute links inside rich notifications when no `publicBaseUrl` is set: Graph's, as Graph sends them. */
const GRAPH_ORIGIN = "https://graph.microsoft.com";

/**
 * Runs the middleware only for requests outside the API's base paths: API calls then skip the
 * docs routes' dozen route matches, a measurable share of a request's cost (npm run bench).
 */
function outsideApi(handler: RequestHandler): RequestHandler {
  return (req, res, next) => (API_PATH.test(req.path) ? next() : handler(req, res, next));
}

/** Holds requests until the seed chats are stored (only the first ones after start or a reset wait). */
function seeded(control: ServerControl): RequestHandler {
  return (_req, _res, next) => {
    if (control.isReady) return next();
    control.ready().then(() => next(), next);
  };
}

/** A secret given as text is used as its UTF-8 bytes; none: a random key of this app. */
function secretBytes(secret: string | Uint8Array | undefined): Uint8Array | undefined {
  return typeof secret === "string" ? Buffer.from(secret, "utf8") : secret;
}
