// The parts of Swagger UI (swagger-ui-dist 5) that docs.js uses, for its type check only. Swagger UI
// publishes no types; swagger-ui-express's init script starts it and keeps it as `window.ui`. Only
// this folder's tsconfig.json reads this file, so these globals never reach the server's types.

/** Swagger UI's state is Immutable.js; docs.js only reads nested values. */
interface ImmutableValue {
  getIn(path: readonly string[]): unknown;
}

/** What the server puts into Swagger UI's configuration for this page (see ../swagger-ui.ts). */
interface DocsPageSettings {
  /** Where the "Act as" picker gets its users and tokens; null when the server verifies real tokens. */
  devTokens: { endpoint: string; users: string } | null;
}

/** An entry of the Authorize dialog, as Swagger UI's own dialog builds it for an HTTP bearer scheme. */
interface SwaggerUiAuthorization {
  name: string;
  schema: unknown;
  value: string;
}

/** The running Swagger UI ("system") that SwaggerUIBundle returns. */
interface SwaggerUiSystem {
  getConfigs(): { graphChatContract?: DocsPageSettings };
  /** Swagger UI's Redux store: every change of its state notifies subscribers. */
  getStore(): { subscribe(listener: () => void): () => void };
  specSelectors: { specJson(): ImmutableValue };
  authSelectors: { authorized(): ImmutableValue | undefined };
  authActions: {
    /** What the Authorize dialog does: authorizes and, with persistAuthorization, saves to localStorage. */
    authorizeWithPersistOption(authorization: Record<string, SwaggerUiAuthorization>): void;
    logoutWithPersistOption(names: string[]): void;
  };
}

interface Window {
  ui?: SwaggerUiSystem;
}
