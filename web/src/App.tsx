import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { ActorPage } from './pages/ActorPage';
import { ArticlePage } from './pages/ArticlePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SearchPage } from './pages/SearchPage';
import { StatementPage } from './pages/StatementPage';

// The graph (Cytoscape), chart (Chart.js) and ingest pages load their libraries only when
// opened, so search and the statement page start fast on a phone.
const GraphPage = lazy(() => import('./pages/GraphPage').then((m) => ({ default: m.GraphPage })));
const EventPage = lazy(() => import('./pages/EventPage').then((m) => ({ default: m.EventPage })));
const IngestPage = lazy(() => import('./pages/IngestPage').then((m) => ({ default: m.IngestPage })));

/** Layout and routes. Every page has its own URL; the service answers each with index.html. */
export function App() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // After a client-side navigation, move focus to the page so screen readers announce it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!location.pathname.startsWith('/search') && location.pathname !== '/') main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          claimgraph <span>explorer</span>
        </Link>
        <nav aria-label="Main">
          <NavLink to="/search">Search</NavLink>
          <NavLink to="/ingest">Ingest</NavLink>
          <a href="/graphql">GraphQL</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the page…
            </p>
          }
        >
          <Routes>
            <Route path="/" element={<SearchPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/statement/:id" element={<StatementPage />} />
            <Route path="/actor/:id" element={<ActorPage />} />
            <Route path="/event/:id" element={<EventPage />} />
            <Route path="/article/:id" element={<ArticlePage />} />
            <Route path="/graph/:id" element={<GraphPage />} />
            <Route path="/ingest" element={<IngestPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
