import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { sendError } from './errors.js';
import { finishDocument } from './openapi-document.js';

/** The API page's assets, served from the installed swagger-ui-dist package: no CDN, so it works offline. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png'
};

/** No inline script anywhere: the page runs under a CSP that allows scripts from this server only. */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    presets: [SwaggerUIBundle.presets.apis]
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>opscore API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<noscript>The interactive page needs JavaScript; the API description itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script>
</body>
</html>
`;

let distDir: string | undefined;
const assetCache = new Map<string, Buffer>();

function assetBytes(file: string): Buffer {
  let bytes = assetCache.get(file);
  if (!bytes) {
    distDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    bytes = readFileSync(join(distDir, file));
    assetCache.set(file, bytes);
  }
  return bytes;
}

/** /api/openapi.json, generated from the routes' own schemas, and the readable page at /api/docs. */
export function addDocs(app: OpenAPIHono, info: { title: string; version: string; description: string }): void {
  let document: string | undefined;
  app.get('/openapi.json', (c: Context) => {
    document ??= JSON.stringify(finishDocument(app.getOpenAPI31Document({ openapi: '3.1.0', info, tags: TAGS })));
    return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
  });
  app.get('/docs', (c: Context) => c.body(PAGE, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DOCS_CSP }));
  app.get('/docs/assets/:file', (c: Context) => {
    const file = c.req.param('file') ?? '';
    if (file === 'init.js') return c.body(INIT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) return sendError(c, 404, 'not_found', 'no such asset');
    return c.body(new Uint8Array(assetBytes(file)), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
}

const TAGS = [
  { name: 'data', description: 'what was loaded and rejected; uploads' },
  { name: 'metrics', description: 'the metrics of SPEC section 3 by grain and slice, trends and KPI tiles' },
  { name: 'process', description: 'response times, SLA and the order lifecycle' },
  { name: 'appraisal', description: 'scorecards, explanations, annual results, grades' },
  { name: 'anomalies', description: 'anomalous days, incidents, series and the records behind a day' },
  { name: 'calendar', description: 'the work calendar: holidays, make-up working days, company days off' },
  { name: 'access', description: 'signing in and out, and the audit log (SPEC section 11)' }
];
