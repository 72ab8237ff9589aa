// A contract problem of one exchange, and how the validator's and the server's errors become
// problems: a direction, a JSON pointer into the request or response, and one line of reason.

export interface Problem {
  readonly direction: "request" | "response";
  /** Where: `/body/topic`, `/query/$top`, `/headers/request-id`, `/status`. */
  readonly pointer: string;
  readonly reason: string;
}

interface ValidatorDetail {
  path?: string;
  message?: string;
}

/**
 * The request problems an error of the server's request checks stands for: one per detail the
 * validator lists (each ajv error), else one for the whole error at the place its status implies.
 */
export function requestProblems(error: unknown, message: string): Problem[] {
  const status = (error as { status?: unknown } | null)?.status;
  const details = ((error as { errors?: unknown } | null)?.errors ?? []) as ValidatorDetail[];
  if (status === 415) return [{ direction: "request", pointer: "/headers/content-type", reason: oneLine(message) }];
  const listed = Array.isArray(details) ? details.filter((d) => typeof d.path === "string") : [];
  if (listed.length > 0) {
    return listed.map((d) => ({
      direction: "request" as const,
      pointer: requestPointer(d.path ?? ""),
      reason: oneLine(`${d.message ?? "is invalid"}`),
    }));
  }
  return [{ direction: "request", pointer: pointerForMessage(message), reason: oneLine(message) }];
}

/** The validator's paths: `/body/members/0/roles`, `/query/$top`, `/headers/content-type`, `.body.x` (older form). */
function requestPointer(path: string): string {
  const pointer = path.startsWith("/") ? path : `/${path.replace(/^\./, "").replace(/\./g, "/")}`;
  return pointer.replace(/^\/params\//, "/path/");
}

/** Errors of the server's own checks carry no path; their wording says where. */
function pointerForMessage(message: string): string {
  if (/query (option|parameter)/i.test(message)) return "/query";
  if (/content-type/i.test(message)) return "/headers/content-type";
  if (/url path/i.test(message)) return "/path";
  return "/body";
}

/** A response problem at `pointer`. */
export function responseProblem(pointer: string, reason: string): Problem {
  return { direction: "response", pointer, reason: oneLine(reason) };
}

/** The response validator's paths (`/response/value/0/id`) as pointers into the body (`/body/value/0/id`). */
export function responseBodyPointer(path: string | undefined): string {
  if (!path?.startsWith("/response")) return "/body";
  return `/body${path.slice("/response".length)}`;
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
