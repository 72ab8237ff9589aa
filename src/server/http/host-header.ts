// HTTP/1.1 requires a Host header. Node refuses requests without one with a bare 400 before the
// app runs; the reference server turns that check off (listen.ts) and refuses here instead, in the
// Graph envelope with request ids, like every other bad request.
import type { RequestHandler } from "express";
import { HttpError } from "./graph-error.js";

export const requireHostHeader: RequestHandler = (req, _res, next) => {
  if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && !req.headers.host) {
    throw new HttpError(400, "The request has no Host header, which HTTP/1.1 requires.");
  }
  next();
};
