// A data loss prevention verdict as an application sends it (chatmessage-update.md, example 1),
// in the form the API shows it: enum values in Graph's camelCase whatever case they were sent in
// (the example sends `BlockAccess`), `verdictDetails` a comma-separated set of flags.
// Serves: updateChatMessage.
import type { components } from "../../../generated/schema.js";
import type { PolicyViolationRecord } from "../store/types.js";
import { badRequest } from "./errors.js";

type Input = components["schemas"]["chatMessagePolicyViolationInput"];

const DLP_ACTIONS = ["none", "notifySender", "blockAccess", "blockAccessExternal"] as const;
const USER_ACTIONS = ["none", "override", "reportFalsePositive"] as const;
const VERDICT_DETAILS = [
  "none",
  "allowFalsePositiveOverride",
  "allowOverrideWithoutJustification",
  "allowOverrideWithJustification",
] as const;

/** The stored verdict, or null to clear it. */
export function policyViolationOf(input: Input | null): PolicyViolationRecord | null {
  if (input === null) return null;
  const verdictDetails =
    input.verdictDetails === undefined || input.verdictDetails === null
      ? null
      : input.verdictDetails
          .split(",")
          .map((flag) => oneOf(VERDICT_DETAILS, flag.trim(), "verdictDetails"))
          .join(",");
  return {
    dlpAction: optional(DLP_ACTIONS, input.dlpAction, "dlpAction"),
    justificationText: input.justificationText ?? null,
    policyTip: input.policyTip
      ? {
          complianceUrl: input.policyTip.complianceUrl ?? null,
          generalText: input.policyTip.generalText ?? null,
          matchedConditionDescriptions: input.policyTip.matchedConditionDescriptions ?? null,
        }
      : null,
    userAction: optional(USER_ACTIONS, input.userAction, "userAction"),
    verdictDetails,
  };
}

function optional<T extends string>(allowed: readonly T[], value: string | null | undefined, field: string): T | null {
  return value === undefined || value === null ? null : oneOf(allowed, value, field);
}

function oneOf<T extends string>(allowed: readonly T[], value: string, field: string): T {
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw badRequest(`policyViolation.${field} '${value}' is not one of ${allowed.join(", ")}.`);
  return found;
}
