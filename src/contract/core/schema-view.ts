// A flattened view of a schema node: `$ref`s followed and `allOf` parts merged, which is what
// the mutation generator needs to know about a place in a request.
import type { Schema, Spec } from "./spec.js";

export interface View {
  types: string[];
  properties: Map<string, View>;
  required: Set<string>;
  /** Unknown properties are rejected (`additionalProperties` / `unevaluatedProperties: false`). */
  closed: boolean;
  enum?: unknown[];
  items?: View;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  readOnly: boolean;
}

/** Flattens a schema node of the spec. */
export function viewOf(spec: Spec, node: Schema): View {
  const view: View = { types: [], properties: new Map(), required: new Set(), closed: false, readOnly: false };
  merge(spec, view, node, 0);
  return view;
}

function merge(spec: Spec, view: View, raw: Schema, depth: number): void {
  if (depth > 30) return;
  const node = spec.resolve(raw);
  if (node !== raw && raw.readOnly === true) view.readOnly = true;
  for (const part of (node.allOf as Schema[] | undefined) ?? []) merge(spec, view, part, depth + 1);
  if (typeof node.type === "string") view.types = [node.type];
  else if (Array.isArray(node.type)) view.types = node.type.map(String);
  if (node.additionalProperties === false || node.unevaluatedProperties === false) view.closed = true;
  if (node.readOnly === true) view.readOnly = true;
  for (const name of (node.required as string[] | undefined) ?? []) view.required.add(name);
  for (const [name, child] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
    const existing = view.properties.get(name);
    if (existing) merge(spec, existing, child, depth + 1);
    else view.properties.set(name, viewOf(spec, child));
  }
  if (Array.isArray(node.enum)) view.enum = node.enum;
  if (node.items) view.items = viewOf(spec, node.items as Schema);
  for (const key of ["minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum"] as const) {
    if (typeof node[key] === "number") view[key] = node[key];
  }
  if (typeof node.format === "string") view.format = node.format;
}
