// (:Person)-[:MEMBER_OF {role}]->(:Agency)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MATCH (p:Person {id: 'person:pat-ryder'}), (a:Agency {id: 'agency:pentagon'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'press secretary / spokesperson';

MATCH (p:Person {id: 'person:john-kirby'}), (a:Agency {id: 'agency:white-house'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'national security spokesperson';

MATCH (p:Person {id: 'person:volodymyr-zelensky'}), (a:Agency {id: 'agency:government-of-ukraine'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'President of Ukraine';

MATCH (p:Person {id: 'person:kim-jong-un'}), (a:Agency {id: 'agency:government-of-north-korea'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'leader';

MATCH (p:Person {id: 'person:senior-us-military-official'}), (a:Agency {id: 'agency:us-government'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'senior military official (anonymous)';

MATCH (p:Person {id: 'person:lolita-c-baldor'}), (a:Agency {id: 'agency:associated-press'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'reporter';

MATCH (p:Person {id: 'person:tatyana-makeyeva'}), (a:Agency {id: 'agency:afp'})
MERGE (p)-[r:MEMBER_OF]->(a)
SET r.role = 'photographer';
