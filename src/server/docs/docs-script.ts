// The /docs page's own script, served as a file (GET /docs/docs.js) because the page's
// Content-Security-Policy runs no inline script. Kept as a string so it ships inside the compiled
// package (tsc copies no .js files); it is plain browser JavaScript: no backticks, no imports.
export const DOCS_SCRIPT = `// graph-chat-contract /docs: starts Swagger UI on the server's contract and, when the server
// trusts its development key, lets the reader act as a demo-tenant user with a token minted by
// GET /docs/dev-token. The Authorize dialog keeps working for any pasted token.
(function () {
  "use strict";
  const SCHEME = "bearerAuth";
  // The last token this page minted ({ token, user, scopes, expiresOn, requestedScopes }), so a
  // reload can tell it from a pasted one (Swagger UI persists either) and refresh it.
  const MINTED_KEY = "graph-chat-contract.docs.minted";
  const bar = document.getElementById("gcc-auth");
  let config = null;
  let system = null;
  let select = null;
  let status = null;
  let minted = readMinted();

  fetch("/docs/config.json", { cache: "no-store" })
    .then(function (response) {
      if (!response.ok) throw new Error("GET /docs/config.json answered " + response.status);
      return response.json();
    })
    .then(start)
    .catch(function (error) {
      bar.textContent = "Could not start the docs page: " + error.message;
    });

  function start(loaded) {
    config = loaded;
    renderBar();
    window.ui = SwaggerUIBundle({
      url: config.specUrl,
      dom_id: "#swagger-ui",
      presets: [SwaggerUIBundle.presets.apis],
      plugins: [watchAuthorization],
      layout: "BaseLayout",
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      displayRequestDuration: true,
      // The README and the tests name operations by operationId.
      displayOperationId: true,
      persistAuthorization: true,
      tryItOutEnabled: true,
      // The online validator badge would call the internet; this page works offline.
      validatorUrl: null,
      onComplete: onSpecLoaded,
    });
  }

  function renderBar() {
    bar.textContent = "";
    if (!config.devTokens) {
      bar.appendChild(text("span", "This server verifies real tokens: press Authorize and paste an access token from your identity provider."));
      return;
    }
    const label = text("label", "Act as ");
    label.htmlFor = "gcc-user";
    select = document.createElement("select");
    select.id = "gcc-user";
    select.appendChild(option("", "choose a demo user…"));
    config.devTokens.users.forEach(function (user) {
      select.appendChild(option(user.userPrincipalName, user.displayName + " · " + user.userPrincipalName));
    });
    select.addEventListener("change", function () {
      if (select.value) actAs(select.value, null);
      else signOut();
    });
    status = text("span", "");
    status.id = "gcc-status";
    bar.appendChild(label);
    bar.appendChild(select);
    bar.appendChild(status);
  }

  function onSpecLoaded() {
    if (!config.devTokens) return;
    const params = new URLSearchParams(window.location.search);
    const user = params.get("user");
    if (user) return actAs(user, params.get("scopes"));
    // Swagger UI restored the last authorization; if it is a token this page minted, mint a fresh
    // one for the same user so it cannot expire under the reader. A pasted token is left alone.
    if (minted && currentToken() === minted.token) return actAs(minted.user.userPrincipalName, minted.requestedScopes);
    showAuthorization();
  }

  function actAs(user, scopes) {
    setStatus("Getting a token for " + user + "…", "");
    const query = new URLSearchParams({ user: user });
    if (scopes) query.set("scopes", scopes);
    return fetch(config.devTokens.endpoint + "?" + query.toString(), { cache: "no-store" })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error((body && body.error && body.error.message) || "GET /docs/dev-token answered " + response.status);
          return body;
        });
      })
      .then(function (body) {
        minted = { token: body.token, user: body.user, scopes: body.scopes, expiresOn: body.expiresOn, requestedScopes: scopes || null };
        try {
          window.localStorage.setItem(MINTED_KEY, JSON.stringify(minted));
        } catch (ignored) {
          // Without storage the page still works; a reload just does not refresh the token.
        }
        authorize(body.token);
      })
      .catch(function (error) {
        select.value = "";
        setStatus(error.message, "error");
      });
  }

  // What the Authorize dialog does with a pasted token (ui.preauthorizeApiKey would neither
  // persist it nor pass through this page's watchAuthorization plugin).
  function authorize(token) {
    const schema = window.ui.specSelectors.specJson().getIn(["components", "securitySchemes", SCHEME]);
    const authorization = {};
    authorization[SCHEME] = { name: SCHEME, schema: schema, value: token };
    window.ui.authActions.authorizeWithPersistOption(authorization);
  }

  function signOut() {
    window.ui.authActions.logoutWithPersistOption([SCHEME]);
  }

  // Keeps the bar in step with the Authorize dialog: a pasted token or a logout shows there too.
  function watchAuthorization() {
    function after(original, systemNow) {
      return function () {
        const result = original.apply(null, arguments);
        system = systemNow;
        showAuthorization();
        return result;
      };
    }
    return { statePlugins: { auth: { wrapActions: { authorize: after, logout: after } } } };
  }

  function currentToken() {
    const selectors = system ? system.authSelectors : window.ui && window.ui.authSelectors;
    const authorized = selectors && selectors.authorized();
    return (authorized && authorized.getIn([SCHEME, "value"])) || null;
  }

  function showAuthorization() {
    if (!select) return;
    const token = currentToken();
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

  function setStatus(message, kind) {
    if (!status) return;
    status.textContent = message;
    status.className = kind ? "gcc-status--" + kind : "";
    status.title = "";
  }

  function readMinted() {
    try {
      return JSON.parse(window.localStorage.getItem(MINTED_KEY) || "null");
    } catch (ignored) {
      return null;
    }
  }

  function text(tag, content) {
    const element = document.createElement(tag);
    element.textContent = content;
    return element;
  }

  function option(value, label) {
    const element = document.createElement("option");
    element.value = value;
    element.textContent = label;
    return element;
  }
})();
`;
