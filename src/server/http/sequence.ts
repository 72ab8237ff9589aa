// Middlewares run as one: Express runs each `app.use` layer through its router (path match, prefix
// trimming, parameter processing, a closure per step), which for a dozen small stages per request
// was a tenth of the server's time per request (npm run bench, --cpu-prof). A sequence runs its
// stages directly, in order, with Express 5's rules: a thrown error or a rejected promise goes to
// the error handlers, `next(error)` skips the rest, `next()` runs the following stage.
import type { RequestHandler } from "express";

export function sequence(...stages: readonly RequestHandler[]): RequestHandler {
  if (stages.length === 1 && stages[0]) return stages[0];
  return (req, res, done) => {
    let index = 0;
    const step = (error?: unknown): void => {
      // As Express: any truthy argument is an error (or its "router" signal) for the layer above.
      if (error) return done(error);
      const stage = stages[index++];
      if (!stage) return done();
      try {
        const result: unknown = stage(req, res, step);
        if (result instanceof Promise) result.catch((rejection: unknown) => done(rejection ?? new Error("Rejected promise")));
      } catch (thrown) {
        done(thrown);
      }
    };
    step();
  };
}

/** Runs the stages only for requests that matched an operation of the contract. */
export function forOperations(...stages: readonly RequestHandler[]): RequestHandler {
  const handler = sequence(...stages);
  return (req, res, next) => (res.locals.operation ? handler(req, res, next) : next());
}
