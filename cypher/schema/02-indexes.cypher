// One index per filter and sort key used by the API (see src/data/).
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_alias_keys IF NOT EXISTS FOR (n:Actor) ON (n.aliasKeys);
// Entity resolution looks alias keys up with CONTAINS '|key|' in this text index (ingestion).
CREATE TEXT INDEX actor_alias_key_text IF NOT EXISTS FOR (n:Actor) ON (n.aliasKeyText);
CREATE INDEX statement_has_figure IF NOT EXISTS FOR (n:Statement) ON (n.figureValue);
CREATE INDEX statement_first_stance IF NOT EXISTS FOR (n:Statement) ON (n.firstStanceDate);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX claimed_date IF NOT EXISTS FOR ()-[r:CLAIMED]-() ON (r.date);
CREATE INDEX confirmed_date IF NOT EXISTS FOR ()-[r:CONFIRMED]-() ON (r.date);
CREATE INDEX denied_date IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.date);
CREATE INDEX declined_to_confirm_date IF NOT EXISTS FOR ()-[r:DECLINED_TO_CONFIRM]-() ON (r.date);
