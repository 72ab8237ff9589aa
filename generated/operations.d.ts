/**
 * generated from openapi.yaml — do not edit.
 * Regenerate with `npm run generate`; `npm run check-generated` fails when this file is stale.
 */
/**
 * Operations that serve another operation under an alternative path (`x-graph-alias-of`), each
 * with the operationId it is an alias of. Handlers, permissions, throttling and faults are keyed
 * by the canonical operationId.
 */
export interface OperationAliases {

}
