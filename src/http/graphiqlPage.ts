/**
 * The page served at GET /graphql for browsers: GraphiQL loaded from this service's own
 * /assets (bundled from npm), so it works offline, unlike Apollo's CDN landing page.
 */
export function graphiqlPage(endpoint: string): string {
  const example = `# claimgraph: contested news claims. Try:
{
  statement(id: "dprk-troops-to-russia") {
    text
    stances { type date { date precision text } actor { name } quote venue }
  }
}
`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>claimgraph GraphiQL</title>
  <link rel="stylesheet" href="/assets/graphiql/style.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/assets/react/react.production.min.js"></script>
  <script src="/assets/react-dom/react-dom.production.min.js"></script>
  <script src="/assets/graphiql/index.umd.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(example)} })
    );
  </script>
</body>
</html>`;
}
