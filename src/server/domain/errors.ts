// Rule violations, named by the Graph error code they surface as. The domain knows nothing of
// HTTP; the server's error funnel maps each code to its status.
export type DomainErrorCode = "BadRequest" | "Forbidden" | "NotFound" | "Conflict" | "RequestEntityTooLarge";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badRequest = (message: string) => new DomainError("BadRequest", message);
export const forbidden = (message: string) => new DomainError("Forbidden", message);
export const notFound = (message: string) => new DomainError("NotFound", message);
export const conflict = (message: string) => new DomainError("Conflict", message);
export const tooLarge = (message: string) => new DomainError("RequestEntityTooLarge", message);
