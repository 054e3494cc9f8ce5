// One node per id and label: the stable `id` is what permalinks, embeds and saved queries use.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// The explorer's own bookkeeping (labels starting with `_`, hidden from graph views): users' saved queries by id,
// and the loader's record of which script files it loaded.
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:_SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT loaded_script_path IF NOT EXISTS FOR (n:_LoadedScript) REQUIRE n.path IS UNIQUE;
