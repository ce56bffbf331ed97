// Question 5: Which statements refute or support which?
//
// Returns every chain of SUPPORTS and REFUTES links from a statement, followed transitively,
// of up to $maxDepth links (shortest first) as a path for the graph view, with its depth and
// its polarity: SUPPORTS when the chain holds an even number of REFUTES links, REFUTES when
// odd. $direction is INCOMING (statements that support or refute this one, and so on),
// OUTGOING (what this one supports or refutes) or BOTH. No statement appears twice in a chain.
// The hop bound in the pattern is fixed text: the service swaps in the validated maxDepth;
// in Browser, $maxDepth works up to the bound written here.
//
// Parameters: statementId; direction; types — link types to follow; maxDepth; limit.
// GraphQL: linkChains(statementId, types, direction, maxDepth, first).
:param statementId => 'dprk-troops-to-russia';
:param direction => 'INCOMING';
:param types => ['SUPPORTS', 'REFUTES'];
:param maxDepth => 3;
:param limit => 50;

MATCH (start:Statement {id: $statementId})
MATCH p = (start)((x:Statement)-[l:SUPPORTS|REFUTES]-(y:Statement)
            WHERE type(l) IN $types
              AND ($direction = 'BOTH'
                OR ($direction = 'OUTGOING' AND startNode(l) = x)
                OR ($direction = 'INCOMING' AND endNode(l) = x))){1,3}(end) // hop bound: $maxDepth
WHERE length(p) <= $maxDepth
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p, [n IN nodes(p) | n.id] AS statementIds, [l IN relationships(p) | type(l)] AS linkTypes
RETURN p AS chain,
       length(p) AS depth,
       CASE WHEN size([t IN linkTypes WHERE t = 'REFUTES']) % 2 = 0 THEN 'SUPPORTS' ELSE 'REFUTES' END AS polarity,
       statementIds,
       [l IN relationships(p) | {type: type(l), fromId: startNode(l).id, toId: endNode(l).id}] AS links
ORDER BY depth, statementIds
LIMIT toInteger($limit);
