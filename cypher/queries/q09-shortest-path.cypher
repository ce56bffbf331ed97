// Question 9: The shortest connection between Kyrylo Budanov and the DPRK's UN representative.
//
// Returns the shortest path between two nodes (actors, statements, events or articles, by
// id) over every relationship type, in either direction, of at most $maxHops relationships;
// `path` is null when there is none within the bound. `route` reads the path in order, each
// relationship with its direction (statements by id). `nodes` and `edges` are the path's
// nodes and relationships in path order, ready for drawing (edge i joins nodes i and i + 1).
// The hop bound in the pattern is fixed text: the service swaps in the validated maxHops; in
// Browser, $maxHops works up to the bound written here.
// Bounded in work around supernodes: the path never passes through a node with more than
// $maxDegree relationships (the two ends may have any degree), so the breadth-first search
// (from both ends at once) reads at most $maxDegree relationships per node it expands besides
// the ends, and never the 50,000 of a hub in the middle; a path that only exists through such
// a hub is reported as none. The transaction timeout bounds the rest.
//
// Parameters: fromId; toId; maxHops; maxDegree.
// GraphQL: shortestPath(fromId, toId, maxHops).
:param fromId => 'kyrylo-budanov';
:param toId => 'dprk-un-representative';
:param maxHops => 6;
:param maxDegree => 1000;

MATCH (a:Actor|Statement|Event|Article {id: $fromId})
MATCH (b:Actor|Statement|Event|Article {id: $toId})
OPTIONAL MATCH p = ANY SHORTEST (a)((x)-[]-(y) WHERE y = b OR COUNT { (y)--() } <= $maxDegree){0,6}(b) // hop bound: $maxHops
WHERE length(p) <= $maxHops
WITH p, coalesce(nodes(p), []) AS ns, coalesce(relationships(p), []) AS rs
RETURN p AS path,
       length(p) AS length,
       CASE WHEN p IS NULL THEN null ELSE
         reduce(text = coalesce(ns[0].name, ns[0].title, ns[0].id), i IN range(0, size(rs) - 1) |
           text +
           CASE WHEN startNode(rs[i]) = ns[i] THEN ' -' + type(rs[i]) + '-> ' ELSE ' <-' + type(rs[i]) + '- ' END +
           coalesce(ns[i + 1].name, ns[i + 1].title, ns[i + 1].id))
       END AS route,
       [n IN ns | {
         id: n.id,
         labels: labels(n),
         caption: coalesce(n.name, n.title, CASE WHEN size(n.text) > 60 THEN left(n.text, 59) + '…' ELSE n.text END)
       }] AS nodes,
       [r IN rs | {
         id: coalesce(r.id, startNode(r).id + '-' + type(r) + '->' + endNode(r).id),
         type: type(r),
         source: startNode(r).id,
         target: endNode(r).id,
         role: r.role,
         date: CASE WHEN r.date IS NULL THEN null
               ELSE {date: r.date, precision: r.precision, knownBy: r.knownBy, text: r.dateText} END,
         quote: r.quote
       }] AS edges;
