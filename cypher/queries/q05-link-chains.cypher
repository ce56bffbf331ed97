// Question 5: Which statements refute or support which?
//
// Returns chains of SUPPORTS and REFUTES links from a statement, followed transitively, of up
// to $maxDepth links (shortest first, then by the statements' ids), at most $limit of them,
// each with its depth and its polarity: SUPPORTS when the chain holds an even number of
// REFUTES links, REFUTES when odd. `chain` holds the chain's statements and links for the
// graph view. $direction is INCOMING (statements that support or refute this one, and so on),
// OUTGOING (what this one supports or refutes) or BOTH. No statement appears twice in a chain.
// Bounded in work, not only in hops: the chains grow level by level; each chain's last
// statement expands at most $limit links of each chosen type and direction (a degree cap: a
// statement with 50,000 links costs no more than one with $limit), each level keeps only the
// chains it can still need (sorted, at most $limit in all), and no level is expanded once
// $limit chains are found. The work is at most 4 × $limit² link reads per level, whatever the
// graph; the answer is exact unless a statement had more than $limit links of one type and
// direction (which ones were taken is then unspecified).
//
// Parameters: statementId; direction; types — link types to follow; maxDepth; limit.
// GraphQL: linkChains(statementId, types, direction, maxDepth, first).
:param statementId => 'dprk-troops-to-russia';
:param direction => 'INCOMING';
:param types => ['SUPPORTS', 'REFUTES'];
:param maxDepth => 3;
:param limit => 50;

MATCH (start:Statement {id: $statementId})
WITH reduce(levels = [[{nodes: [start], links: []}]], d IN range(1, $maxDepth) |
  levels + [COLLECT {
    WITH reduce(n = 0, level IN levels[1..] | n + size(level)) AS found
    UNWIND CASE WHEN found >= $limit THEN [] ELSE last(levels) END AS chain
    WITH chain, last(chain.nodes) AS x
    // One branch per link type and direction, so that a hub's links of other kinds are never read.
    CALL (chain, x) {
      WITH chain, x WHERE 'SUPPORTS' IN $types AND $direction IN ['OUTGOING', 'BOTH']
      MATCH (x)-[l:SUPPORTS]->(y:Statement) WHERE NOT y IN chain.nodes
      RETURN l, y LIMIT toInteger($limit)
      UNION ALL
      WITH chain, x WHERE 'SUPPORTS' IN $types AND $direction IN ['INCOMING', 'BOTH']
      MATCH (x)<-[l:SUPPORTS]-(y:Statement) WHERE NOT y IN chain.nodes
      RETURN l, y LIMIT toInteger($limit)
      UNION ALL
      WITH chain, x WHERE 'REFUTES' IN $types AND $direction IN ['OUTGOING', 'BOTH']
      MATCH (x)-[l:REFUTES]->(y:Statement) WHERE NOT y IN chain.nodes
      RETURN l, y LIMIT toInteger($limit)
      UNION ALL
      WITH chain, x WHERE 'REFUTES' IN $types AND $direction IN ['INCOMING', 'BOTH']
      MATCH (x)<-[l:REFUTES]-(y:Statement) WHERE NOT y IN chain.nodes
      RETURN l, y LIMIT toInteger($limit)
    }
    WITH chain.nodes + y AS nodes, chain.links + l AS links
    WITH nodes, links ORDER BY [n IN nodes | n.id], [r IN links | [type(r), startNode(r).id]]
    RETURN {nodes: nodes, links: links} AS next
  }[..toInteger($limit) - reduce(n = 0, level IN levels[1..] | n + size(level))]]
) AS levels
UNWIND reduce(all = [], level IN levels[1..] | all + level)[..toInteger($limit)] AS found
WITH found.nodes AS ns, found.links AS ls, [l IN found.links | type(l)] AS linkTypes
RETURN ns + ls AS chain,
       size(ls) AS depth,
       CASE WHEN size([t IN linkTypes WHERE t = 'REFUTES']) % 2 = 0 THEN 'SUPPORTS' ELSE 'REFUTES' END AS polarity,
       [n IN ns | n.id] AS statementIds,
       [l IN ls | {type: type(l), fromId: startNode(l).id, toId: endNode(l).id}] AS links;
