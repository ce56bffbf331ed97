// Neighbourhood of a node, for drawing (GraphQL `neighbourhood`).
//
// Returns the nodes within $depth relationships of the node (either direction, any type),
// nearest first and at most $limit of them, with every relationship between two of them (at
// most 4 × $limit), and `truncated` when either limit cut the result short. `graphNodes` and
// `graphRelationships` are for Browser's graph view; `nodes` and `edges` are the same, ready
// for drawing by a client.
// The hop bound in the pattern is fixed text: the service swaps in the validated depth.
//
// Parameters: id; depth; limit.
// GraphQL: neighbourhood(id, depth, limit).
:param id => 'dprk-troops-to-russia';
:param depth => 1;
:param limit => 100;

MATCH (center:Actor|Statement|Event|Article {id: $id})
CALL (center) {
  MATCH p = ANY SHORTEST (center)-[]-{0,1}(n) // hop bound: $depth
  WHERE length(p) <= $depth
  WITH n, length(p) AS distance ORDER BY distance, n.id
  LIMIT toInteger($limit) + 1
  RETURN collect(n) AS found
}
WITH found[..toInteger($limit)] AS ns, size(found) > $limit AS nodesTruncated
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
