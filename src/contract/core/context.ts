// What every check gets: the spec, a verifying HTTP sender, the users, and shared fixtures.
import type { Http } from "./http.js";
import type { Receiver } from "./receiver.js";
import type { Chat } from "./schemas.js";
import type { Spec } from "./spec.js";
import type { ContractUsers, TokenKind } from "./types.js";

export interface SuiteContext {
  spec: Spec;
  http: Http;
  users: ContractUsers;
  seed: number;
  runs: number;
  /** The webhook subscriptions are pointed at; absent when notifications are skipped. */
  receiver?: Receiver | undefined;
  /** Setup shared by checks within one run (see fixtures.ts). */
  fixtures: {
    sharedChat?: Promise<Chat> | undefined;
    sharedMessages?: Promise<string[]> | undefined;
    sharedImageMessage?: Promise<ImageMessage> | undefined;
  };
}

/**
 * What a check or case needs beyond a server, so that a run without it skips it rather than
 * fails: the notification receiver, or a second application's tokens.
 */
export type Need = "receiver" | "secondApp";

/** A message of the shared chat sent with inline images: its id, and each image as sent. */
export interface ImageMessage {
  id: string;
  /** In the order they were sent, under the ids the server gave them. */
  images: { id: string; contentType: string; bytes: Uint8Array }[];
}

/** A delegated token kind; setup steps use `Chat.ReadWrite`, which every chat operation accepts. */
export const asUser = (user: string, scopes: string[] = ["Chat.ReadWrite"]): TokenKind => ({ user, scopes });

/** An application token kind. */
export const asApp = (roles: string[]): TokenKind => ({ app: true, roles });

/** The i-th ordinary member user's id (the suite requires at least four). */
export function memberId(ctx: SuiteContext, i: number): string {
  const user = ctx.users.members[i];
  if (!user) throw new Error(`the contract suite needs at least ${i + 1} ordinary member users`);
  return user.id;
}
