// (:Place)-[:LOCATED_IN]->(:Place)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MATCH (x:Place {id: 'place:kursk-region'}), (y:Place {id: 'place:russia'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:plekhovo'}), (y:Place {id: 'place:kursk-region'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:vorozhba'}), (y:Place {id: 'place:kursk-region'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:martynovka'}), (y:Place {id: 'place:kursk-region'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:kurilovka'}), (y:Place {id: 'place:kursk-region'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:makhnovka'}), (y:Place {id: 'place:kursk-region'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:moscow'}), (y:Place {id: 'place:russia'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:sumy'}), (y:Place {id: 'place:ukraine'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:kharkiv-region'}), (y:Place {id: 'place:ukraine'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:zaporizhzhia'}), (y:Place {id: 'place:ukraine'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:donetsk-region'}), (y:Place {id: 'place:ukraine'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:kyiv'}), (y:Place {id: 'place:ukraine'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:pyongyang'}), (y:Place {id: 'place:north-korea'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:washington'}), (y:Place {id: 'place:united-states'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:london'}), (y:Place {id: 'place:united-kingdom'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:ukraine'}), (y:Place {id: 'place:europe'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:united-kingdom'}), (y:Place {id: 'place:europe'}) MERGE (x)-[:LOCATED_IN]->(y);
MATCH (x:Place {id: 'place:north-korea'}), (y:Place {id: 'place:indo-pacific'}) MERGE (x)-[:LOCATED_IN]->(y);
