// The `graph-chat-contract/server` entry: the reference server for other repositories' tests and
// programs. Every public symbol is named here.
export { createApp } from "./app.js";
export type { AppOptions } from "./app.js";
export { startServer } from "./listen.js";
export type { HarnessControls } from "./harness.js";
export type { ChatSeed } from "./domain/seed.js";
export { RequestLog, DEFAULT_REQUEST_LOG_CAPACITY } from "./http/request-log.js";
export type { RecordedRequest } from "./http/request-log.js";
export type { RunningServer, StartServerOptions } from "./listen.js";
export { FaultPlan, FaultConfigError, FAULT_STATUSES } from "./faults/plan.js";
export type { FailNextOptions, FaultSettings, FaultStatus, LatencySetting } from "./faults/plan.js";
export { Throttle } from "./throttling/model.js";
export type { ThrottlingOption, ThrottlingSettings } from "./throttling/model.js";
export { GRAPH_LIMITS, ThrottlingConfigError, THROTTLE_RULES } from "./throttling/limits.js";
export type { Limit, LimitOverrides, ThrottleRuleName, ThrottlingLimits } from "./throttling/limits.js";
export { mintDevToken } from "./auth/mint.js";
export type { TokenRequest } from "./auth/mint.js";
export type { AuthSettings } from "./auth/verify.js";
export { Directory } from "./directory/directory.js";
export type { DirectoryData, DirectoryUser } from "./directory/directory.js";
export { DEMO_TENANT_ID, demoDirectory, demoTenant } from "./directory/demo-tenant.js";
export { MemoryChatStore } from "./store/memory.js";
export type { ChatStore } from "./store/types.js";
export type { TlsSettings } from "./tls/material.js";
export { createProxy, GRAPH_UPSTREAM } from "./proxy/create-proxy.js";
export type { ProxyOptions, RunningProxy } from "./proxy/create-proxy.js";
export type { ExchangeRecord, OperationCounts, ProxySummary } from "./proxy/report.js";
export type { Problem as ContractProblem } from "./proxy/problems.js";
