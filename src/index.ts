// The package's public surface: every export is named here, so nothing internal (and nothing of
// the server) leaks into what other repositories import.
export { createGraphChatClient, unwrap } from "./client/client.js";
export type { GraphChatClient, GraphChatClientOptions } from "./client/client.js";
export { GraphError } from "./client/graph-error.js";
export { authMiddleware } from "./client/auth.js";
export type { TokenProvider } from "./client/auth.js";
export { clientRequestIdMiddleware } from "./client/client-request-id.js";
export { retryMiddleware } from "./client/retry.js";
export type { RetryOptions } from "./client/retry.js";
export type { CollectionItem, CollectionPath, Paginate, PaginateArgs, PaginateInit, PaginateOptions } from "./client/paginate.js";
export type { paths } from "../generated/schema.js";
export type { components } from "../generated/schema.js";
export type { Readable } from "../generated/schema.js";
export type { Writable } from "../generated/schema.js";
