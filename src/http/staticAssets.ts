import cors from 'cors';
import express, { type Router } from 'express';
import path from 'node:path';
import { repoPath } from '../paths';

/** Serves GraphiQL's and React's browser builds from node_modules, and the Browser style. */
export function staticAssets(): Router {
  const router = express.Router();
  const nm = (...p: string[]) => repoPath('node_modules', ...p);
  router.use('/assets/graphiql', express.static(nm('graphiql', 'dist'), { immutable: true, maxAge: '1d' }));
  router.use('/assets/react', express.static(nm('react', 'umd'), { immutable: true, maxAge: '1d' }));
  router.use('/assets/react-dom', express.static(nm('react-dom', 'umd'), { immutable: true, maxAge: '1d' }));
  // Neo4j Browser fetches the style from here on connect (browser.post_connect_cmd), from
  // another origin and with extra headers, so the route answers CORS preflights too.
  const styleCors = cors({ origin: '*', methods: ['GET', 'OPTIONS'] });
  router.options('/browser-style.grass', styleCors);
  router.get('/browser-style.grass', styleCors, (_req, res) => {
    res.type('text/plain').sendFile(path.join(repoPath('cypher'), 'style.grass'));
  });
  return router;
}
