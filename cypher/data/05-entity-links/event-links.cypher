// (:Event)-[:OCCURRED_IN]->(:Place) and (:Event)-[:INVOLVED {role}]->(:Agency|:Person)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// OCCURRED_IN
MATCH (e:Event {id: 'event:russia-ukraine-war'}), (p:Place {id: 'place:ukraine'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:russia-ukraine-war'}), (p:Place {id: 'place:russia'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (p:Place {id: 'place:russia'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:nk-arms-supply-to-russia'}), (p:Place {id: 'place:russia'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:ukraine-kursk-offensive-2024'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:kursk-counteroffensive-planned-2024'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:pentagon-briefing-2024-11'}), (p:Place {id: 'place:united-states'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (p:Place {id: 'place:plekhovo'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (p:Place {id: 'place:vorozhba'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (p:Place {id: 'place:martynovka'}) MERGE (e)-[:OCCURRED_IN]->(p);

MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (p:Place {id: 'place:kurilovka'})
MERGE (e)-[r:OCCURRED_IN]->(p)
SET r.note = 'Only 001 places part of the weekend fighting (three soldiers missing) around Kurilovka; 000 and 003 name only Plekhovo, Vorozhba/Vorobzha and Martynovka.';

MATCH (e:Event {id: 'event:friendly-fire-chechen-vehicles'}), (p:Place {id: 'place:kursk-region'})
MERGE (e)-[r:OCCURRED_IN]->(p)
SET r.note = 'Assumed: the GUR statement (001) does not say where; all reported North Korean combat was in Kursk region.';

MATCH (e:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'}), (p:Place {id: 'place:united-states'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:makhnovka-fighting-2025-01'}), (p:Place {id: 'place:makhnovka'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:sso-8th-regiment-battle-2025-01'}), (p:Place {id: 'place:kursk-region'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:ukrainian-long-range-strikes'}), (p:Place {id: 'place:russia'}) MERGE (e)-[:OCCURRED_IN]->(p);
MATCH (e:Event {id: 'event:korean-war'}), (p:Place {id: 'place:north-korea'}) MERGE (e)-[:OCCURRED_IN]->(p);

// INVOLVED
MATCH (e:Event {id: 'event:russia-ukraine-war'}), (x:Agency {id: 'agency:russian-armed-forces'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:russia-ukraine-war'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:russia-ukraine-war'}), (x:Agency {id: 'agency:dprk-army'}) MERGE (e)-[:INVOLVED]->(x);

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Agency {id: 'agency:government-of-north-korea'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'sender';

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Person {id: 'person:kim-jong-un'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'sender';

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Agency {id: 'agency:dprk-army'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'deployed force';

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Agency {id: 'agency:dprk-special-forces'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'deployed force (reportedly)';

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Agency {id: 'agency:dprk-94th-brigade'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'deployed force';

MATCH (e:Event {id: 'event:nk-deployment-to-russia'}), (x:Agency {id: 'agency:russian-armed-forces'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'host force';

MATCH (e:Event {id: 'event:nk-arms-supply-to-russia'}), (x:Agency {id: 'agency:government-of-north-korea'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'supplier';

MATCH (e:Event {id: 'event:nk-arms-supply-to-russia'}), (x:Agency {id: 'agency:russian-government'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'recipient';

MATCH (e:Event {id: 'event:ukraine-kursk-offensive-2024'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'attacker';

MATCH (e:Event {id: 'event:ukraine-kursk-offensive-2024'}), (x:Agency {id: 'agency:russian-armed-forces'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'defender';

MATCH (e:Event {id: 'event:kursk-counteroffensive-planned-2024'}), (x:Agency {id: 'agency:russian-armed-forces'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'attacker';

MATCH (e:Event {id: 'event:kursk-counteroffensive-planned-2024'}), (x:Agency {id: 'agency:dprk-army'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'attacker (possibly)';

MATCH (e:Event {id: 'event:pentagon-briefing-2024-11'}), (x:Agency {id: 'agency:pentagon'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'organiser';

MATCH (e:Event {id: 'event:pentagon-briefing-2024-11'}), (x:Person {id: 'person:pat-ryder'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'briefer';

MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (x:Agency {id: 'agency:dprk-army'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (x:Agency {id: 'agency:russian-armed-forces'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:kursk-weekend-battles-2024-12-14'}), (x:Agency {id: 'agency:ukrainian-drone-unit'}) MERGE (e)-[:INVOLVED]->(x);

MATCH (e:Event {id: 'event:friendly-fire-chechen-vehicles'}), (x:Agency {id: 'agency:dprk-army'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'shooters';

MATCH (e:Event {id: 'event:friendly-fire-chechen-vehicles'}), (x:Agency {id: 'agency:chechen-fighters'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'victims';

MATCH (e:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'}), (x:Agency {id: 'agency:us-treasury'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'issuer';

MATCH (e:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'}), (x:Agency {id: 'agency:government-of-north-korea'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'target (support networks)';

MATCH (e:Event {id: 'event:makhnovka-fighting-2025-01'}), (x:Agency {id: 'agency:dprk-army'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:makhnovka-fighting-2025-01'}), (x:Agency {id: 'agency:russian-airborne-forces'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:makhnovka-fighting-2025-01'}), (x:Agency {id: 'agency:russian-armed-forces'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:makhnovka-fighting-2025-01'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (e)-[:INVOLVED]->(x);

MATCH (e:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'attacker';

MATCH (e:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'}), (x:Agency {id: 'agency:russian-armed-forces'})
MERGE (e)-[r:INVOLVED]->(x)
SET r.role = 'defender';

MATCH (e:Event {id: 'event:sso-8th-regiment-battle-2025-01'}), (x:Agency {id: 'agency:sso-8th-regiment'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:sso-8th-regiment-battle-2025-01'}), (x:Agency {id: 'agency:sso'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:sso-8th-regiment-battle-2025-01'}), (x:Agency {id: 'agency:dprk-army'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:ukrainian-long-range-strikes'}), (x:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (e)-[:INVOLVED]->(x);
MATCH (e:Event {id: 'event:korean-war'}), (x:Agency {id: 'agency:dprk-army'}) MERGE (e)-[:INVOLVED]->(x);
