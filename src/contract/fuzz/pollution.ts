// Prototype pollution shows in the process that parsed the body, not in any response: a fuzz of
// an in-process server compares the built-in prototypes before and after.
import { POLLUTION_MARKER } from "../wire/plan.js";

const PROTOTYPES: Record<string, object> = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
};

/** Takes a snapshot now; the returned function lists what has changed since (empty: nothing). */
export function prototypeSnapshot(): () => string[] {
  const before = new Map(Object.entries(PROTOTYPES).map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]));
  return () => {
    const changes: string[] = [];
    for (const [name, proto] of Object.entries(PROTOTYPES)) {
      const known = before.get(name) ?? new Set();
      for (const key of Reflect.ownKeys(proto)) if (!known.has(key)) changes.push(`${name}.prototype gained ${String(key)}`);
    }
    if (POLLUTION_MARKER in {}) changes.push(`every object now has '${POLLUTION_MARKER}'`);
    return changes;
  };
}
