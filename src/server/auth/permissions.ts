// Permission checks read each operation's `x-permissions` from the contract, so the spec stays
// the single source of which scopes (delegated) or roles (application) an operation accepts.
import type { RequestHandler } from "express";
import { HttpError } from "../http/graph-error.js";

/** Checks the caller against the operation's `x-permissions` (an alias's: its canonical operation's). */
export const checkPermissions: RequestHandler = (req, res, next) => {
  const permissions = res.locals.operation?.permissions;
  if (!permissions) return next();
  const { caller } = res.locals;
  const accepted = (caller.kind === "user" ? permissions.delegated : permissions.application) ?? [];
  if (caller.kind === "app" && accepted.length === 0) {
    // Graph answers /me with an application token as a malformed request (there is no "me"),
    // and other delegated-only operations as a missing permission.
    if (/\/me\//.test(req.path)) throw new HttpError(400, "/me request is only valid with delegated authentication flow.");
    throw new HttpError(403, "This operation needs a signed-in user: application permissions are not supported for it.");
  }
  const held = caller.kind === "user" ? caller.scopes : caller.roles;
  if (!accepted.some((permission) => held.has(permission))) {
    const kind = caller.kind === "user" ? "Scopes" : "Roles";
    throw new HttpError(
      403,
      `Missing scope permissions on the request. API requires one of '${accepted.join(", ")}'. ${kind} on the request '${[...held].join(", ")}'.`,
    );
  }
  next();
};
