// Runs the server's own Express middleware on a proxied request, outside any router, to learn
// whether it would pass: the proxy reuses the server's checks instead of restating their rules.
import type { Request, RequestHandler, Response } from "express";

/**
 * Runs `handlers` in order; resolves with the first error one of them raises (thrown, or given to
 * `next`), or undefined when all of them pass.
 */
export async function runStage(handlers: readonly RequestHandler[], req: Request, res: Response): Promise<unknown> {
  for (const handler of handlers) {
    const error = await new Promise<unknown>((resolve) => {
      try {
        const result: unknown = handler(req, res, (failure?: unknown) => resolve(failure));
        // Async middleware (the validator's) may reject instead of calling next.
        if (result instanceof Promise) result.catch(resolve);
      } catch (failure) {
        resolve(failure);
      }
    });
    if (error !== undefined && error !== null && error !== "route" && error !== "router") return error;
  }
  return undefined;
}
