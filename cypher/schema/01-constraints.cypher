// Uniqueness of ids per label. MERGE on these keys is what keeps concurrent ingestion free of
// duplicates; each constraint also gives the id lookups their index.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// Stance edges carry a stable id derived from actor, type, statement and date.
CREATE CONSTRAINT claimed_id IF NOT EXISTS FOR ()-[r:CLAIMED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT confirmed_id IF NOT EXISTS FOR ()-[r:CONFIRMED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT denied_id IF NOT EXISTS FOR ()-[r:DENIED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT declined_to_confirm_id IF NOT EXISTS FOR ()-[r:DECLINED_TO_CONFIRM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT did_not_deny_id IF NOT EXISTS FOR ()-[r:DID_NOT_DENY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT declined_to_comment_id IF NOT EXISTS FOR ()-[r:DECLINED_TO_COMMENT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT retracted_id IF NOT EXISTS FOR ()-[r:RETRACTED]-() REQUIRE r.id IS UNIQUE;
