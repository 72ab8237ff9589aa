// What several instances of the server must agree on besides chats: secrets they all sign with
// (the $skiptoken key, so a paging link from one instance works on another) and the directory
// (so /_admin/directory and the harness's loadDirectory reach every instance). One process with
// the memory store needs none of it; a database keeps it for all.
import type { DirectoryData } from "../directory/directory.js";

export interface SharedState {
  /** A random secret of 32 bytes under `name`, created by the first instance that asks. */
  secret(name: string): Promise<Uint8Array>;
  /**
   * The text stored under `name`; the first instance that asks stores what `create()` returns
   * (e.g. the notification signing key, so every instance signs with the same one).
   */
  document(name: string, create: () => string | Promise<string>): Promise<string>;
  /** The stored directory, if any instance stored one. */
  loadDirectory(): Promise<DirectoryData | undefined>;
  /** Stores the directory and tells every other instance (see onDirectoryChange). */
  saveDirectory(data: DirectoryData): Promise<void>;
  /** Calls `listener` whenever another instance stored a directory. */
  onDirectoryChange(listener: (data: DirectoryData) => void): void;
  close(): Promise<void>;
}
