// (:Agency)-[:PART_OF]->(:Agency)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MATCH (x:Agency {id: 'agency:ukraine-ministry-of-defence'}), (y:Agency {id: 'agency:government-of-ukraine'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:gur'}), (y:Agency {id: 'agency:ukraine-ministry-of-defence'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:armed-forces-of-ukraine'}), (y:Agency {id: 'agency:ukraine-ministry-of-defence'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:sso'}), (y:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:sso-8th-regiment'}), (y:Agency {id: 'agency:sso'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:pentagon'}), (y:Agency {id: 'agency:us-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:white-house'}), (y:Agency {id: 'agency:us-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:us-treasury'}), (y:Agency {id: 'agency:us-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:us-intelligence'}), (y:Agency {id: 'agency:us-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:kremlin'}), (y:Agency {id: 'agency:russian-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:russian-mod'}), (y:Agency {id: 'agency:russian-government'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:russian-mod-press-service'}), (y:Agency {id: 'agency:russian-mod'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:russian-armed-forces'}), (y:Agency {id: 'agency:russian-mod'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:russian-airborne-forces'}), (y:Agency {id: 'agency:russian-armed-forces'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:dprk-army'}), (y:Agency {id: 'agency:government-of-north-korea'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:dprk-94th-brigade'}), (y:Agency {id: 'agency:dprk-army'}) MERGE (x)-[:PART_OF]->(y);
MATCH (x:Agency {id: 'agency:dprk-special-forces'}), (y:Agency {id: 'agency:dprk-army'}) MERGE (x)-[:PART_OF]->(y);
