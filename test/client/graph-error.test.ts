import { GraphError } from "../../src/client/graph-error.js";

const envelope = {
  error: {
    code: "BadRequest",
    message: "Setting topic is not allowed for 1-on-1 chats.",
    innerError: { date: "2026-01-01T00:00:00Z", "request-id": "inner-request-id", "client-request-id": "inner-client-id" },
  },
};

function response(status: number, headers: Record<string, string> = {}, statusText = ""): Response {
  return new Response(null, { status, statusText, headers });
}

describe("GraphError.from", () => {
  it("reads status, code, message, ids and date from a Graph envelope", () => {
    const error = GraphError.from(response(400, { "request-id": "header-request-id", "client-request-id": "header-client-id" }), envelope);

    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("GraphError");
    expect(error.status).toBe(400);
    expect(error.code).toBe("BadRequest");
    expect(error.message).toBe("Setting topic is not allowed for 1-on-1 chats.");
    expect(error.requestId).toBe("header-request-id");
    expect(error.clientRequestId).toBe("header-client-id");
    expect(error.date).toBe("2026-01-01T00:00:00Z");
    expect(error.body).toEqual(envelope);
  });

  it("reads Retry-After as seconds or as an HTTP date, and leaves it undefined when absent", () => {
    expect(GraphError.from(response(429, { "Retry-After": "7" }), envelope).retryAfter).toBe(7);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const fromDate = GraphError.from(response(503, { "Retry-After": inTwoMinutes }), envelope).retryAfter ?? 0;
    expect(fromDate).toBeGreaterThanOrEqual(118);
    expect(fromDate).toBeLessThanOrEqual(120);
    expect(GraphError.from(response(400), envelope).retryAfter).toBeUndefined();
    expect(GraphError.from(response(429, { "Retry-After": "soon" }), envelope).retryAfter).toBeUndefined();
  });

  it("falls back to innerError's request ids when the response has no such headers", () => {
    const error = GraphError.from(response(400), envelope);

    expect(error.requestId).toBe("inner-request-id");
    expect(error.clientRequestId).toBe("inner-client-id");
  });

  it("parses an envelope given as raw JSON text", () => {
    const error = GraphError.from(response(400), JSON.stringify(envelope));

    expect(error.code).toBe("BadRequest");
    expect(error.body).toEqual(envelope);
  });

  it("derives the code from the status and the message from statusText for a non-JSON 502", () => {
    const error = GraphError.from(
      response(502, { "request-id": "proxy-id" }, "Bad Gateway"),
      "<html><body><h1>502 Bad Gateway</h1></body></html>",
    );

    expect(error.status).toBe(502);
    expect(error.code).toBe("BadGateway");
    expect(error.message).toBe("Bad Gateway");
    expect(error.requestId).toBe("proxy-id");
    expect(error.date).toBeUndefined();
    expect(error.body).toBeUndefined();
  });

  it("names the status when an empty error body comes without a status text", () => {
    const error = GraphError.from(response(504), undefined);

    expect(error.code).toBe("GatewayTimeout");
    expect(error.message).toBe("HTTP 504");
    expect(error.requestId).toBeUndefined();
  });

  it("uses InternalServerError and BadRequest for statuses Graph has no code for", () => {
    expect(GraphError.from(response(599), undefined).code).toBe("InternalServerError");
    expect(GraphError.from(response(418), undefined).code).toBe("BadRequest");
  });

  it("keeps the code and message of an incomplete envelope but does not type it as one", () => {
    const error = GraphError.from(response(403), { error: { code: "Forbidden", message: "No." } });

    expect(error.code).toBe("Forbidden");
    expect(error.message).toBe("No.");
    expect(error.body).toBeUndefined();
  });

  it("ignores JSON that is not an envelope", () => {
    const error = GraphError.from(response(500, {}, "Internal Server Error"), { error: "boom", code: 7 });

    expect(error.code).toBe("InternalServerError");
    expect(error.message).toBe("Internal Server Error");
    expect(error.body).toBeUndefined();
  });
});
