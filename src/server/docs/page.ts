// The /docs page and its stylesheet. The page holds no inline script (the Content-Security-Policy
// allows only scripts from this origin): Swagger UI's bundle and /docs/docs.js (docs-script.ts)
// start it.
import { SWAGGER_UI_PATH } from "./swagger-ui-dist.js";

export const PAGE_TITLE = "Microsoft Graph chat API — graph-chat-contract";

/** `assets` are the URLs of this page's own script and stylesheet. */
export function docsPage(assets: { script: string; stylesheet: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${PAGE_TITLE}</title>
  <link rel="icon" type="image/png" sizes="32x32" href="${SWAGGER_UI_PATH}/favicon-32x32.png">
  <link rel="icon" type="image/png" sizes="16x16" href="${SWAGGER_UI_PATH}/favicon-16x16.png">
  <link rel="stylesheet" href="${SWAGGER_UI_PATH}/swagger-ui.css">
  <link rel="stylesheet" href="${assets.stylesheet}">
</head>
<body>
  <header class="gcc-bar">
    <div class="gcc-bar__inner">
      <strong class="gcc-bar__name">graph-chat-contract</strong>
      <span class="gcc-bar__links"><a href="/openapi.yaml">openapi.yaml</a> · <a href="/openapi.json">openapi.json</a></span>
      <div class="gcc-bar__auth" id="gcc-auth" aria-live="polite">Loading…</div>
    </div>
  </header>
  <main id="swagger-ui"></main>
  <noscript><p class="gcc-noscript">Swagger UI needs JavaScript. The contract itself is at <a href="/openapi.yaml">/openapi.yaml</a>.</p></noscript>
  <script src="${SWAGGER_UI_PATH}/swagger-ui-bundle.js"></script>
  <script src="${assets.script}"></script>
</body>
</html>
`;
}

export const DOCS_STYLESHEET = `/* graph-chat-contract: the bar above Swagger UI (user picker, sign-in state). */
body { margin: 0; }
.gcc-bar { background: #1b1b1b; color: #fff; font-family: sans-serif; font-size: 14px; }
.gcc-bar__inner { box-sizing: border-box; max-width: 1460px; margin: 0 auto; padding: 10px 20px;
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; }
.gcc-bar__name { font-size: 16px; }
.gcc-bar a { color: #89bf04; }
.gcc-bar__auth { margin-left: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.gcc-bar select { font-size: 14px; padding: 4px 6px; border-radius: 4px; max-width: 28em; }
.gcc-status--ok { color: #89bf04; }
.gcc-status--error { color: #ff8a80; }
.gcc-noscript { font-family: sans-serif; padding: 20px; }
`;
