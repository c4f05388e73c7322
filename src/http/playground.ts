/**
 * The administrators' playground: GraphiQL served entirely by the service — page, script, styles
 * and its React runtime come from the installed packages, nothing from another host, so it works
 * on a provincial network with no internet. The API key is typed into the page, kept in the
 * browser's localStorage only, and sent as the Authorization header. The page and its assets hold
 * no data and answer without a key; everything they show comes from /graphql with the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { bootScript, type PlaygroundTab } from './playground-script';

export type { PlaygroundTab } from './playground-script';

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

/** The installed package's folder (its `exports` may not list the browser bundles). */
function packageRoot(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (
    !existsSync(path.join(dir, 'package.json')) ||
    (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== pkg
  ) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of the package ${pkg}`);
    dir = parent;
  }
  return dir;
}

/** Nothing but this service: scripts, styles, fonts and requests stay on the origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thi đua – Khen thưởng · GraphQL playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.css">
<link rel="stylesheet" href="/playground/assets/playground.css">
</head>
<body>
<form id="key-bar" class="graphiql-container" autocomplete="off">
  <label for="api-key">Khóa API / API key</label>
  <input id="api-key" name="api-key" type="password" placeholder="tdkt_…" spellcheck="false">
  <button type="submit" id="save-key" class="graphiql-button">Dùng khóa / Use key</button>
  <button type="button" id="forget-key" class="graphiql-button">Xóa / Forget</button>
  <span id="key-state" role="status"></span>
</form>
<div id="graphiql">Đang tải… / Loading…</div>
<script src="/playground/assets/react.js"></script>
<script src="/playground/assets/react-dom.js"></script>
<script src="/playground/assets/graphiql.js"></script>
<script src="/playground/assets/playground.js"></script>
</body>
</html>
`;

/**
 * The key bar wears GraphiQL's own colours, fonts and spacing: it carries the class that defines
 * GraphiQL's variables (light and dark), with that class's full-page layout undone.
 */
const STYLES = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
#key-bar { display: flex; flex: none; height: auto; overflow: visible; gap: var(--px-8); align-items: center;
  padding: var(--px-8) var(--px-16); font-family: var(--font-family); font-size: var(--font-size-body);
  color: hsl(var(--color-neutral));
  border-bottom: 1px solid hsla(var(--color-neutral), var(--alpha-background-heavy)); }
#key-bar label { font-weight: var(--font-weight-medium); }
#key-bar input { flex: 0 1 420px; padding: var(--px-6) var(--px-8); font-family: var(--font-family-mono);
  font-size: var(--font-size-inline-code); color: hsl(var(--color-neutral)); background: hsl(var(--color-base));
  border: 1px solid hsla(var(--color-neutral), var(--alpha-background-heavy)); border-radius: var(--border-radius-4); }
#key-bar input:focus { outline: hsla(var(--color-primary), 0.6) auto 1px; }
#key-bar button.graphiql-button { font-family: var(--font-family); padding: var(--px-6) var(--px-12); }
#key-state { color: hsla(var(--color-neutral), var(--alpha-secondary)); }
#key-state[data-state="valid"] { color: hsl(var(--color-success)); }
#key-state[data-state="unknown"], #key-state[data-state="revoked"], #key-state[data-state="expired"] {
  color: hsl(var(--color-error)); font-weight: var(--font-weight-medium); }
#graphiql { flex: 1; min-height: 0; }
`;

export function registerPlayground(app: FastifyInstance, tabs: PlaygroundTab[]): void {
  const files = new Map<string, { body: Buffer | string; type: string }>();
  for (const [name, asset] of Object.entries(ASSETS))
    files.set(name, { body: readFileSync(path.join(packageRoot(asset.pkg), asset.file)), type: asset.type });
  files.set('playground.js', { body: bootScript(tabs), type: 'text/javascript; charset=utf-8' });
  files.set('playground.css', { body: STYLES, type: 'text/css; charset=utf-8' });

  const page = (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('cache-control', 'no-cache')
      .send(PAGE);
  app.get('/playground', page);
  app.get<{ Params: { name: string } }>('/playground/assets/:name', async (request, reply) => {
    const file = files.get(request.params.name);
    if (!file)
      return reply
        .code(404)
        .send({ errors: [{ message: 'No such playground asset', extensions: { code: 'NOT_FOUND' } }] });
    return reply.header('content-type', file.type).header('cache-control', 'public, max-age=3600').send(file.body);
  });
  // A browser opening /graphql itself gets the playground.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.url !== '/graphql') return;
    if (!String(request.headers.accept ?? '').includes('text/html')) return;
    return reply.redirect('/playground', 302);
  });
}
