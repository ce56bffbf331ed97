import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../paths';

/** Where `web/` builds the explorer (scripts/bootstrap.sh runs the build on install). */
export const EXPLORER_DIST = repoPath('web', 'dist');

/**
 * The explorer's client-side routes. Only these answer with index.html, so a deep link works
 * on reload while every other path (/graphql, /health, /ready, /metrics, typos) keeps its own
 * answer or the JSON 404.
 */
export const EXPLORER_ROUTES = [
  '/',
  '/search',
  '/ingest',
  '/statement/:id',
  '/actor/:id',
  '/event/:id',
  '/article/:id',
  '/graph/:id',
];

/** Serves the explorer web app (web/dist) at / and its bundled files under /app/. */
export function explorer(dist: string = EXPLORER_DIST): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  // File names under app/ carry a content hash, so they can be cached for good.
  router.use(
    '/app',
    express.static(path.join(dist, 'app'), { immutable: true, maxAge: '365d', index: false }),
  );
  router.get(EXPLORER_ROUTES, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built: run `bash scripts/bootstrap.sh` (or `npm run build` in web/).');
      return;
    }
    // index.html names the current bundle: never cached, so a new build is picked up at once.
    res.set('cache-control', 'no-cache').sendFile(index);
  });
  return router;
}
