#!/usr/bin/env bash
# Installs what `npm start` / `npm test` need on a fresh clone, and nothing when it is already
# there: npm packages (from package-lock.json) and the embedded Neo4j launcher (Neo4j
# Community 5.26 + Neo4j Browser jars from Maven Central, see neo4j/pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[bootstrap] installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

# BOOTSTRAP_NEO4J=never: the caller needs no database (npm run test:unit), so no Java or Maven either.
if [ "${BOOTSTRAP_NEO4J:-}" != "never" ] && { [ -z "${NEO4J_URI:-}" ] || [ "${BOOTSTRAP_NEO4J:-}" = "always" ]; }; then
  jar=neo4j/target/claimgraph-neo4j-1.0.0.jar
  if [ ! -f "$jar" ] || [ ! -d neo4j/target/lib ] || [ neo4j/pom.xml -nt "$jar" ] \
     || [ neo4j/src/main/java/org/claimgraph/neo4j/EmbeddedNeo4j.java -nt "$jar" ]; then
    command -v java >/dev/null || { echo "[bootstrap] Java 17+ is required for the embedded Neo4j" >&2; exit 1; }
    command -v mvn >/dev/null || { echo "[bootstrap] Maven is required to fetch the embedded Neo4j" >&2; exit 1; }
    echo "[bootstrap] fetching Neo4j Community 5.26 and building its launcher (mvn package)" >&2
    mvn -B -q -Dstyle.color=never -f neo4j/pom.xml package -DskipTests
  fi
fi

# The explorer (web/, its own package.json and lock): install its packages, then build web/dist
# when it is missing or older than any of its sources, so `npm start` serves a current app.
if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "[bootstrap] installing the explorer's npm packages (web/, npm ci)" >&2
  npm ci --prefix web --no-audit --no-fund --loglevel=error
fi
if [ ! -f web/dist/index.html ] \
   || [ -n "$(find web/src web/index.html web/vite.config.ts web/tsconfig.json web/package-lock.json \
                   schema.graphql cypher/style.grass \
                   -newer web/dist/index.html -print -quit)" ]; then
  echo "[bootstrap] building the explorer (web/dist)" >&2
  npm run --prefix web --silent build >&2
fi

# Browser tests drive Debian's Chromium (playwright-core never downloads a browser).
if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "[bootstrap] installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "[bootstrap] could not install chromium; browser tests will fail" >&2
  else
    echo "[bootstrap] /usr/bin/chromium is missing (apt-get install chromium); browser tests will fail" >&2
  fi
fi
