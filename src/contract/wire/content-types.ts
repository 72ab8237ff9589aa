// The content-type family: a valid body sent without a type, under a wrong one, or under one of
// the spellings of JSON the server accepts.
import type { Breakage } from "./plan.js";

export interface ContentType {
  what: string;
  headers: [string, string][];
  expect: Breakage["expect"];
}

const refusedType = (value: string): ContentType => ({
  what: `Content-Type ${JSON.stringify(value)}`,
  headers: [["Content-Type", value]],
  expect: "refused",
});
const acceptedType = (value: string): ContentType => ({
  what: `Content-Type ${JSON.stringify(value)}`,
  headers: [["Content-Type", value]],
  expect: undefined,
});

/** Content types a JSON body is refused under, and those it is accepted under. */
export const CONTENT_TYPES: ContentType[] = [
  { what: "no Content-Type", headers: [], expect: "refused" },
  ...[
    "",
    "text/plain",
    "text/json",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "application/jsonx",
    "json",
    "*/*",
    "application/*",
    "application/json-patch+json",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    ";",
    "application/",
    "text/html; charset=utf-8",
  ].map(refusedType),
  ...[
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json;charset=UTF-8",
    "application/json; odata.metadata=minimal",
    "application/json; odata=verbose",
    "application/json, text/plain",
    'application/json; charset="utf-8"',
    "application/json;;",
    "\tapplication/json",
  ].map(acceptedType),
  {
    what: "two Content-Types (JSON first)",
    headers: [
      ["Content-Type", "application/json"],
      ["Content-Type", "text/plain"],
    ],
    expect: undefined,
  },
];
