// Indexes for the explorer's lookups: names for captions and sorting, claim dates, kinds and measures for filters.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date);
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX claim_measure IF NOT EXISTS FOR (n:Claim) ON (n.measure);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
