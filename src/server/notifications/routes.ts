// `/.well-known/notification-keys`: the JWKS receivers verify `validationTokens` with, as they
// verify Graph's against Microsoft's keys. Public, like any JWKS.
import { Router } from "express";
import type { NotificationKeys } from "./keys.js";

export const NOTIFICATION_KEYS_PATH = "/.well-known/notification-keys";

export function notificationKeyRoutes(keys: NotificationKeys): Router {
  const router = Router();
  router.get(NOTIFICATION_KEYS_PATH, async (_req, res) => {
    const jwks = await keys.jwks();
    // Receivers cache key sets; the key changes only with a new database (or a restart on memory).
    res.set("Cache-Control", "public, max-age=300").type("application/json").send(JSON.stringify(jwks));
  });
  return router;
}
