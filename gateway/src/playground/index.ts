import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { EXAMPLES } from './examples';

const require = createRequire(import.meta.url);
/** A file of an installed package (its `exports` do not list the browser builds). */
function packageFile(name: string, file: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`playground: package ${name} not found`);
    dir = parent;
  }
  return join(dir, file);
}

/** This package's folder, found upwards from this module (the sources, or a build in gateway/src). */
function gatewayDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== '@credit/gateway') {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('playground: the @credit/gateway package folder was not found');
    dir = parent;
  }
  return dir;
}
const own = (file: string) => join(gatewayDir(), 'playground', file);

/** Every file the page loads, from this package and node_modules: nothing from the network. */
const ASSETS: Record<string, { path: string; type: string }> = {
  'react.js': { path: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { path: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { path: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { path: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  'playground.js': { path: own('playground.js'), type: 'text/javascript' },
  'playground.css': { path: own('playground.css'), type: 'text/css' },
};

/** The browser may load and call only this gateway: a second guarantee that nothing leaves. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function page(endpoint: string): string {
  // `<` escaped so that no example text can close the script element.
  const config = JSON.stringify({ endpoint, examples: EXAMPLES }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Credit platform · GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/assets/graphiql.css">
<link rel="stylesheet" href="/playground/assets/playground.css">
</head>
<body>
<header id="identity">
  <strong>Credit platform</strong>
  <label>Token <input id="token" type="password" autocomplete="off" placeholder="pnpm token --dept SCJGJ --roles DEPARTMENT (empty: public)"></label>
  <label>Purpose <input id="purpose" autocomplete="off" placeholder="why you read: required for every role but the public"></label>
</header>
<div id="graphiql">Loading the playground…</div>
<script type="application/json" id="playground-config">${config}</script>
<script src="/playground/assets/react.js"></script>
<script src="/playground/assets/react-dom.js"></script>
<script src="/playground/assets/graphiql.js"></script>
<script src="/playground/assets/playground.js"></script>
</body>
</html>
`;
}

/**
 * The GraphQL playground: GraphiQL with schema docs, the example operations and fields for the token
 * and the purpose, at `GET /playground`; a browser opening `GET /graphql` is sent there.
 *
 * Why GraphiQL 3's browser build: it is self-contained (React from node_modules, no URL it fetches at
 * run time), whereas altair-static's bundle (8.5) carries cdn.jsdelivr.net (plugin loading) and
 * api.altairgraphql.dev (cloud sync) endpoints that would have to be switched off by settings; and
 * Apollo Server's own landing page loads Apollo Sandbox from a CDN.
 */
export function playgroundRoutes(endpoint = '/graphql'): express.Router {
  const html = page(endpoint);
  const files = new Map(Object.entries(ASSETS).map(([name, asset]) => [name, { ...asset, body: readFileSync(asset.path) }]));
  const router = express.Router();
  router.get('/playground', (_req, res) => {
    res.set('content-security-policy', CONTENT_SECURITY_POLICY).type('html').send(html);
  });
  router.get('/playground/assets/:name', (req, res, next) => {
    const file = files.get(req.params.name);
    if (!file) return next();
    res.set('cache-control', 'public, max-age=3600').type(file.type).send(file.body);
  });
  router.get(endpoint, (req, res, next) => {
    const wantsPage = req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage) return res.redirect(302, '/playground');
    next();
  });
  return router;
}
