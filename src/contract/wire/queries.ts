// The query family of the raw fuzz: odd values of the documented query options, undocumented
// ones, and query strings that are not well formed.
import fc from "fast-check";
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { canonical, canonicalPath, type RawPlan } from "./plan.js";

const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

const QUERY_FRAGMENTS: string[] = [
  ...["", "-1", "0", "51", "1.5", "1e1", "0x10", "99999999999999999999", "%20", "5%00", "%", "05", "+5", "%2B5", "%35", "%D9%A5"].map(
    (v) => `$top=${v}`,
  ),
  ...[
    "%ZZ",
    "((((((((((",
    "topic eq 'x' or chatType eq 'group'",
    `topic eq '${"a".repeat(3000)}'`,
    "not(topic eq 'x')",
    `${"topic eq 'x' and ".repeat(50)}topic eq 'y'`,
    `${"(".repeat(40)}topic eq 'x'${")".repeat(40)}`,
    "members/any(m:m/userId eq 'x')",
    "topic eq null",
    "chatType eq 'meeting'",
    "topic eq 'it''s'",
    "topic eq '%'",
    "chatType eq",
    "eq eq eq",
    "topic eq 'x' and",
    "'",
  ].map((v) => q("$filter", v)),
  // Placeholders must stay unencoded to be filled in.
  "$filter=%ZZ",
  "$filter=id%20eq%20%27{chat-raw}%27",
  ...["", ".", "a.b", "a.b.c", "eyJzIjoiIiwiYyI6e319.AAAA", "%00", "x".repeat(3000)].map((v) => q("$skiptoken", v)),
  ...["members,members", "*", "members($select=id)", "lastMessagePreview,members", "", "MEMBERS", "members,"].map((v) => q("$expand", v)),
  ...[
    "createdDateTime asc",
    "lastMessagePreview/createdDateTime desc",
    "lastMessagePreview/createdDateTime asc",
    "x",
    "",
    "createdDateTime desc,id",
  ].map((v) => q("$orderby", v)),
  "$count=true",
  "$select=id",
  "$search=x",
  "$format=json",
  "api-version=1",
  "$TOP=5",
  "top=5",
  "%24top=5",
  "$top",
  "=",
  "=1",
  "&",
  "%",
  "%zz=1",
  "a[b]=1",
  "$top[]=1",
  "$filter[a]=b",
  "__proto__=1",
  "constructor[prototype][x]=1",
  "$top=1&$top=2",
];

/** The query family: odd query options on the GET operations. */
export function queryArb(ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  const targets = ops.filter((op) => op.method === "GET");
  const fragment = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...QUERY_FRAGMENTS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("$filter", "$skiptoken", "$orderby", "$expand", "$top"), fc.string({ maxLength: 40 }))
        .map(([name, value]) => q(name, value)),
    },
  );
  return fc
    .tuple(fc.constantFrom(...targets), fc.array(fragment, { minLength: 1, maxLength: 4 }), fc.constantFrom("?", "?", "?", "??", "?&"))
    .map(([op, fragments, lead]): RawPlan => ({
      ...canonical(op, users),
      family: "query",
      describe: `${op.operationId} with odd query options`,
      path: `${canonicalPath(op)}${lead}${fragments.join("&")}`,
    }));
}
