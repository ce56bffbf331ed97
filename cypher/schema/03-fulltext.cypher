// The one full-text index behind `search`: actor names and aliases, statement text and the
// verbatim quotes of stances on each statement (kept on the statement as `quotes`), event
// names and article titles.
CREATE FULLTEXT INDEX claimgraph_text IF NOT EXISTS
FOR (n:Actor|Statement|Event|Article)
ON EACH [n.name, n.aliases, n.text, n.quotes, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Near-duplicate actors (src/ingest/nearDuplicates.ts): each match key ("n:zelenski",
// "a:nis", …) is one term, so the keyword analyzer.
CREATE FULLTEXT INDEX claimgraph_actor_keys IF NOT EXISTS
FOR (n:Actor)
ON EACH [n.matchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };

// Near-duplicate actors, fuzzy: names and aliases of actors alone (in the shared text index,
// statements sharing a word would crowd actors out of each probe's bounded hits, and make the
// probe scan their postings).
CREATE FULLTEXT INDEX claimgraph_actor_names IF NOT EXISTS
FOR (n:Actor)
ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
