// Question 11: How many independent origins support the deployment claim?
//
// Returns one row per independent origin, by name: the root actor and the actors whose claims
// or confirmations collapsed into it (by name); `count` on every row is the answer, the number
// of origins. Speakers are the
// actors who CLAIMED or CONFIRMED the statement (and have not since moved to another position) and, when $includeSupporting is true, any
// statement that SUPPORTS it (up to $maxDepth links away). Each speaker collapses to its
// root: follow outgoing PART_OF, LEADS and REPRESENTS until an actor with none (agencies and
// officials of one state count once). A stance with `relayOf` counts for the relayed actor
// instead (and on along the relay chain, 8 further hops at most, src/domain/relays.ts): a
// report that only relays another counts with its origin.
// The hop bound in the pattern is fixed text: the service swaps in the validated maxDepth.
// Bounded: the first $first origins are returned, each with its first $first speakers;
// `count` and each row's `speakerCount` say how many there are in full.
//
// Parameters: statementId; includeSupporting; maxDepth; first (rows, and speakers per row; the
// service passes MAX_PAGE_SIZE and slices each field to its own `first`).
// GraphQL: independentOrigins(statementId, includeSupporting).
:param statementId => 'dprk-troops-to-russia';
:param includeSupporting => true;
:param maxDepth => 3;
:param first => 100;

MATCH (target:Statement {id: $statementId})
MATCH p = (s:Statement)-[:SUPPORTS]->{0,3}(target) // hop bound: $maxDepth
WHERE length(p) <= $maxDepth AND ($includeSupporting OR length(p) = 0)
WITH DISTINCT s
CALL (s) {
  OPTIONAL MATCH (x:Actor)-[xr:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE xr.relayOf IS NOT NULL
  RETURN collect({actor: x.id, relayOf: xr.relayOf}) AS relays
}
MATCH (speaker:Actor)-[r:CLAIMED|CONFIRMED]->(s)
// Only a current position counts: a claim later denied, retracted or hedged is not support.
WHERE NOT EXISTS {
  MATCH (speaker)-[later:DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE later.date > r.date
}
WITH speaker,
     last(CASE WHEN r.relayOf IS NULL THEN [speaker.id]
       ELSE reduce(chain = [speaker.id, r.relayOf], hop IN range(1, 8) |
         chain + [next IN [head([x IN relays WHERE x.actor = last(chain) | x.relayOf])]
                  WHERE next IS NOT NULL AND NOT next IN chain])
     END) AS originId
WITH originId, collect(speaker) AS speakers
MATCH (origin:Actor {id: originId})
// Most origins belong to nothing: they are their own root, with no path to expand.
WITH origin, speakers,
     CASE WHEN EXISTS { (origin)-[:PART_OF|LEADS|REPRESENTS]->(:Actor) }
       THEN COLLECT {
         MATCH (origin)-[:PART_OF|LEADS|REPRESENTS]->{1,10}(root:Actor)
         WHERE NOT EXISTS { (root)-[:PART_OF|LEADS|REPRESENTS]->(:Actor) }
         RETURN DISTINCT root
       }
       ELSE [origin] END AS roots
UNWIND CASE WHEN size(roots) = 0 THEN [origin] ELSE roots END AS root
UNWIND speakers AS speaker
WITH root, speaker ORDER BY speaker.name, speaker.id
WITH root, collect(DISTINCT speaker) AS speakers
ORDER BY root.name, root.id
WITH collect({root: root, speakers: speakers}) AS origins
WITH size(origins) AS count, origins[..$first] AS page
UNWIND page AS o
WITH count, o.root AS root, o.speakers AS speakers
RETURN root.name AS origin,
       [x IN speakers[..$first] | x.name] AS speakers,
       root.id AS rootId,
       [x IN speakers[..$first] | x.id] AS speakerIds,
       size(speakers) AS speakerCount,
       count
ORDER BY origin, rootId;
