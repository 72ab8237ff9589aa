// How a DATABASE_URL is named in messages and banners: host, port and database, never the
// password. No driver here, so the banner of a server on the memory store loads none.
/** `host:port, database "name" (user "u")` for messages: where the URL points, without secrets. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.searchParams.get("host") ?? (parsed.hostname || "localhost");
    const port = parsed.port || "5432";
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || decodeURIComponent(parsed.username) || "postgres";
    const user = parsed.username ? ` (user "${decodeURIComponent(parsed.username)}")` : "";
    return `${host}:${port}, database "${database}"${user}`;
  } catch {
    return "the DATABASE_URL given (it is not a valid URL)";
  }
}

/** `url` with its password replaced by `****`, for logs and banners. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(invalid DATABASE_URL)";
  }
}
