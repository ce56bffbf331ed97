// Neighbourhood of a node, for drawing (GraphQL `neighbourhood`).
//
// Returns the nodes within $depth relationships of the node (either direction, any type),
// nearest first and at most $limit of them, with every relationship between two of them (at
// most 4 × $limit), and `truncated` when either limit cut the result short. `graphNodes` and
// `graphRelationships` are for Browser's graph view; `nodes` and `edges` are the same, ready
// for drawing by a client.
// Bounded in work, not only in hops: the search goes level by level; each node expands at most
// $limit + 1 neighbours (a degree cap: a hub with 50,000 stances costs no more than a node with
// $limit + 1), the search stops once $limit + 1 nodes are found, and `truncated` is also true
// when a node had more neighbours than the cap (which ones were taken is then unspecified).
// The work is at most ($limit + 1)² relationship reads, whatever the graph.
//
// Parameters: id; depth; limit.
// GraphQL: neighbourhood(id, depth, limit).
:param id => 'dprk-troops-to-russia';
:param depth => 1;
:param limit => 100;

MATCH (center:Actor|Statement|Event|Article {id: $id})
WITH center, reduce(levels = [[center]], d IN range(1, $depth) |
  levels + [COLLECT {
    WITH reduce(all = [], level IN levels | all + level) AS seen
    UNWIND CASE WHEN size(seen) > $limit THEN [] ELSE last(levels) END AS x
    CALL (x) {
      MATCH (x)--(y)
      RETURN DISTINCT y LIMIT toInteger($limit) + 1
    }
    WITH DISTINCT y, seen WHERE NOT y IN seen
    WITH y ORDER BY y.id
    RETURN y
  }[..toInteger($limit) + 1 - size(reduce(all = [], level IN levels | all + level))]]
) AS levels
WITH levels, reduce(all = [], level IN levels | all + level) AS found
WITH found[..toInteger($limit)] AS ns,
     size(found) > $limit
       OR any(level IN levels[..-1] WHERE any(x IN level WHERE COUNT { (x)--() } > $limit + 1)) AS nodesTruncated
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y)
  WHERE y IN ns
  WITH r ORDER BY startNode(r).id, type(r), endNode(r).id, r.id
  LIMIT 4 * toInteger($limit) + 1
  RETURN collect(r) AS found
}
WITH ns, found[..4 * toInteger($limit)] AS rs, nodesTruncated OR size(found) > 4 * $limit AS truncated
RETURN ns AS graphNodes,
       rs AS graphRelationships,
       truncated,
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
