// @ts-check
// graph-chat-contract /docs: the page's own script, after swagger-ui-express's init script, which
// starts Swagger UI on the window's load event and keeps it as window.ui. This script adds the bar
// above Swagger UI and, when the server trusts its development key, an "Act as" picker that
// authorizes Swagger UI with a token minted by GET /docs/dev-token. The Authorize dialog keeps
// working for any pasted token. Served as it is (a file, as the page's Content-Security-Policy runs
// no inline script); tsc checks it through the JSDoc types (this folder's tsconfig.json).
(function () {
  "use strict";

  /** @typedef {{ id: string; userPrincipalName: string; displayName: string }} DirectoryUser */
  /** @typedef {{ token: string; user: DirectoryUser; scopes: string[]; expiresOn: string }} DevToken */
  /** A token this page minted; `requestedScopes` is what the reader asked for (null: every scope). */
  /** @typedef {DevToken & { requestedScopes: string | null }} Minted */

  const SCHEME = "bearerAuth";
  // The last token this page minted, so a reload can tell it from a pasted one (Swagger UI persists
  // either) and refresh it before it expires.
  const MINTED_KEY = "graph-chat-contract.docs.minted";

  const auth = renderBar();
  /** @type {HTMLSelectElement | null} */
  let select = null;
  /** @type {HTMLSpanElement | null} */
  let status = null;
  let minted = readMinted();

  // The init script set window.onload before this script ran, so this listener runs after it.
  window.addEventListener("load", function () {
    const ui = window.ui;
    if (!ui) {
      auth.textContent = "Swagger UI did not start; see the browser console.";
      return;
    }
    start(ui).catch(function (/** @type {unknown} */ error) {
      auth.textContent = "Could not start the docs page: " + messageOf(error);
    });
  });

  /** @param {SwaggerUiSystem} ui */
  async function start(ui) {
    const devTokens = ui.getConfigs().graphChatContract?.devTokens;
    if (!devTokens) {
      auth.textContent = "This server verifies real tokens: press Authorize and paste an access token from your identity provider.";
      return;
    }
    const { users } = /** @type {{ users: DirectoryUser[] }} */ (await getJson(devTokens.users));
    renderPicker(ui, devTokens.endpoint, users);
    watch(ui, devTokens.endpoint);
  }

  /**
   * Follows Swagger UI's state: once the contract is loaded the picker works (a token is authorized
   * against the contract's security scheme), and every change of authorization shows in the bar,
   * whether it came from the picker, the Authorize dialog or the authorization Swagger UI restored.
   * @param {SwaggerUiSystem} ui
   * @param {string} endpoint
   */
  function watch(ui, endpoint) {
    let loaded = false;
    /** @type {ImmutableValue | undefined | null} */
    let shown = null;
    const check = function () {
      if (!loaded && securityScheme(ui) !== undefined) {
        loaded = true;
        if (select) select.disabled = false;
        onContractLoaded(ui, endpoint);
      }
      const authorized = ui.authSelectors.authorized();
      if (authorized !== shown) {
        shown = authorized;
        showAuthorization(ui);
      }
    };
    ui.getStore().subscribe(check);
    check();
  }

  /**
   * @param {SwaggerUiSystem} ui
   * @param {string} endpoint
   */
  function onContractLoaded(ui, endpoint) {
    const params = new URLSearchParams(window.location.search);
    const user = params.get("user");
    if (user) return actAs(ui, endpoint, user, params.get("scopes"));
    // Swagger UI restored the last authorization; if it is a token this page minted, mint a fresh
    // one for the same user so it cannot expire under the reader. A pasted token is left alone.
    if (minted && currentToken(ui) === minted.token) return actAs(ui, endpoint, minted.user.userPrincipalName, minted.requestedScopes);
    return undefined;
  }

  /**
   * @param {SwaggerUiSystem} ui
   * @param {string} endpoint
   * @param {string} user id or userPrincipalName
   * @param {string | null} scopes space-separated, or null for every scope
   */
  async function actAs(ui, endpoint, user, scopes) {
    setStatus("Getting a token for " + user + "…", "");
    const query = new URLSearchParams({ user: user });
    if (scopes) query.set("scopes", scopes);
    try {
      const body = /** @type {DevToken} */ (await getJson(endpoint + "?" + query.toString()));
      minted = { token: body.token, user: body.user, scopes: body.scopes, expiresOn: body.expiresOn, requestedScopes: scopes };
      try {
        window.localStorage.setItem(MINTED_KEY, JSON.stringify(minted));
      } catch {
        // Without storage the page still works; a reload just does not refresh the token.
      }
      // What the Authorize dialog does with a pasted token (ui.preauthorizeApiKey would not
      // persist it).
      ui.authActions.authorizeWithPersistOption({ [SCHEME]: { name: SCHEME, schema: securityScheme(ui), value: body.token } });
    } catch (error) {
      if (select) select.value = "";
      setStatus(messageOf(error), "error");
    }
  }

  /** @param {SwaggerUiSystem} ui */
  function securityScheme(ui) {
    return ui.specSelectors.specJson().getIn(["components", "securitySchemes", SCHEME]);
  }

  /** @param {SwaggerUiSystem} ui */
  function currentToken(ui) {
    const value = ui.authSelectors.authorized()?.getIn([SCHEME, "value"]);
    return typeof value === "string" ? value : null;
  }

  /** @param {SwaggerUiSystem} ui */
  function showAuthorization(ui) {
    if (!select || !status) return;
    const token = currentToken(ui);
    if (!token) {
      select.value = "";
      setStatus("Not signed in: choose a user, or press Authorize and paste a token.", "");
    } else if (minted && token === minted.token) {
      select.value = minted.user.userPrincipalName;
      const until = new Date(minted.expiresOn).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      setStatus("Signed in as " + minted.user.displayName + " until " + until + " · " + minted.scopes.length + " scopes", "ok");
      status.title = minted.scopes.join(" ");
    } else {
      select.value = "";
      setStatus("Authorized with a pasted token.", "ok");
    }
  }

  /** The bar above Swagger UI; returns its area for the sign-in controls. */
  function renderBar() {
    const links = element("span", "");
    links.className = "gcc-bar__links";
    links.append(link("/openapi.yaml", "openapi.yaml"), " · ", link("/openapi.json", "openapi.json"));
    const name = element("strong", "graph-chat-contract");
    name.className = "gcc-bar__name";
    const area = element("div", "Loading…");
    area.className = "gcc-bar__auth";
    area.id = "gcc-auth";
    area.setAttribute("aria-live", "polite");
    const inner = element("div", "");
    inner.className = "gcc-bar__inner";
    inner.append(name, links, area);
    const bar = element("header", "");
    bar.className = "gcc-bar";
    bar.append(inner);
    document.body.insertBefore(bar, document.getElementById("swagger-ui"));
    return area;
  }

  /**
   * @param {SwaggerUiSystem} ui
   * @param {string} endpoint
   * @param {DirectoryUser[]} users
   */
  function renderPicker(ui, endpoint, users) {
    const label = element("label", "Act as ");
    label.htmlFor = "gcc-user";
    const picker = element("select", "");
    picker.id = "gcc-user";
    // Until the contract is loaded there is no security scheme to authorize.
    picker.disabled = true;
    picker.append(option("", "choose a demo user…"));
    for (const user of users) picker.append(option(user.userPrincipalName, user.displayName + " · " + user.userPrincipalName));
    picker.addEventListener("change", function () {
      if (picker.value) void actAs(ui, endpoint, picker.value, null);
      else ui.authActions.logoutWithPersistOption([SCHEME]);
    });
    status = element("span", "");
    status.id = "gcc-status";
    select = picker;
    auth.replaceChildren(label, picker, status);
  }

  /**
   * @param {string} message
   * @param {"" | "ok" | "error"} kind
   */
  function setStatus(message, kind) {
    if (!status) return;
    status.textContent = message;
    status.className = kind ? "gcc-status--" + kind : "";
    status.title = "";
  }

  /** @param {string} url */
  async function getJson(url) {
    const response = await fetch(url, { cache: "no-store" });
    const body = /** @type {unknown} */ (await response.json());
    if (!response.ok) throw new Error(graphErrorMessage(body) ?? "GET " + url + " answered " + response.status);
    return body;
  }

  /** The message of Graph's error envelope, `{ error: { message } }`, if the body is one. */
  function graphErrorMessage(/** @type {unknown} */ body) {
    const error = typeof body === "object" && body !== null && "error" in body ? body.error : undefined;
    const message = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
    return typeof message === "string" ? message : undefined;
  }

  /** @returns {Minted | null} */
  function readMinted() {
    try {
      return /** @type {Minted | null} */ (JSON.parse(window.localStorage.getItem(MINTED_KEY) ?? "null"));
    } catch {
      return null;
    }
  }

  /** @param {unknown} error */
  function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
  }

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {string} text
   */
  function element(tag, text) {
    const created = document.createElement(tag);
    created.textContent = text;
    return created;
  }

  /**
   * @param {string} href
   * @param {string} text
   */
  function link(href, text) {
    const anchor = element("a", text);
    anchor.href = href;
    return anchor;
  }

  /**
   * @param {string} value
   * @param {string} label
   */
  function option(value, label) {
    const created = element("option", label);
    created.value = value;
    return created;
  }
})();
