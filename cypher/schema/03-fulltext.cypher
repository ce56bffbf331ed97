// The one full-text index behind `search`: actor names and aliases, statement text and the
// verbatim quotes of stances on each statement (kept on the statement as `quotes`), event
// names and article titles.
CREATE FULLTEXT INDEX claimgraph_text IF NOT EXISTS
FOR (n:Actor|Statement|Event|Article)
ON EACH [n.name, n.aliases, n.text, n.quotes, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
