// Registry: places (:Place)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MERGE (n:Place {id: 'place:russia'})
SET n.name = 'Russia',
    n.aliases = ['Russian Federation'],
    n.kind = 'country';

MERGE (n:Place {id: 'place:ukraine'})
SET n.name = 'Ukraine',
    n.aliases = [],
    n.kind = 'country';

MERGE (n:Place {id: 'place:north-korea'})
SET n.name = 'North Korea',
    n.aliases = ['DPRK', 'Democratic People\'s Republic of Korea'],
    n.kind = 'country';

MERGE (n:Place {id: 'place:united-states'})
SET n.name = 'United States',
    n.aliases = ['U.S.', 'US', 'United States of America'],
    n.kind = 'country';

MERGE (n:Place {id: 'place:united-kingdom'})
SET n.name = 'United Kingdom',
    n.aliases = ['UK'],
    n.kind = 'country';

MERGE (n:Place {id: 'place:europe'})
SET n.name = 'Europe',
    n.aliases = [],
    n.kind = 'macro-region';

MERGE (n:Place {id: 'place:indo-pacific'})
SET n.name = 'Indo-Pacific',
    n.aliases = ['Indo-Pacific region'],
    n.kind = 'macro-region';

MERGE (n:Place {id: 'place:kursk-region'})
SET n.name = 'Kursk region',
    n.aliases = ['Kursk', 'Kursk Oblast', 'Kursk border region'],
    n.kind = 'region',
    n.note = '"Kursk" in the articles means the region (oblast), not the city, except possibly in the 002 photo caption.';

MERGE (n:Place {id: 'place:plekhovo'})
SET n.name = 'Plekhovo',
    n.aliases = [],
    n.kind = 'village';

MERGE (n:Place {id: 'place:vorozhba'})
SET n.name = 'Vorozhba',
    n.aliases = ['Vorobzha'],
    n.kind = 'village',
    n.note = '000 and 001 write "Vorozhba", 003 "Vorobzha"; all three list it with Plekhovo and Martynovka, so it is one village in Kursk region. (A different town called Vorozhba lies in Ukraine’s Sumy region; it is not meant here.)';

MERGE (n:Place {id: 'place:martynovka'})
SET n.name = 'Martynovka',
    n.aliases = [],
    n.kind = 'village';

MERGE (n:Place {id: 'place:kurilovka'})
SET n.name = 'Kurilovka',
    n.aliases = [],
    n.kind = 'village';

MERGE (n:Place {id: 'place:makhnovka'})
SET n.name = 'Makhnovka',
    n.aliases = [],
    n.kind = 'village';

MERGE (n:Place {id: 'place:sumy'})
SET n.name = 'Sumy',
    n.aliases = ['Sumy region'],
    n.kind = 'city',
    n.note = '002 (Zelensky): "nor against Sumy" — the Sumy direction (city and region).';

MERGE (n:Place {id: 'place:kharkiv-region'})
SET n.name = 'Kharkiv region',
    n.aliases = ['Kharkiv Oblast'],
    n.kind = 'region';

MERGE (n:Place {id: 'place:zaporizhzhia'})
SET n.name = 'Zaporizhzhia',
    n.aliases = ['Zaporizhzhia region'],
    n.kind = 'region',
    n.note = '002 (Zelensky): a front direction; region rather than city.';

MERGE (n:Place {id: 'place:donetsk-region'})
SET n.name = 'Donetsk region',
    n.aliases = ['Donetsk Oblast'],
    n.kind = 'region';

MERGE (n:Place {id: 'place:kyiv'})
SET n.name = 'Kyiv',
    n.aliases = ['Kiev'],
    n.kind = 'city';

MERGE (n:Place {id: 'place:moscow'})
SET n.name = 'Moscow',
    n.aliases = [],
    n.kind = 'city';

MERGE (n:Place {id: 'place:pyongyang'})
SET n.name = 'Pyongyang',
    n.aliases = [],
    n.kind = 'city';

MERGE (n:Place {id: 'place:washington'})
SET n.name = 'Washington, D.C.',
    n.aliases = ['Washington'],
    n.kind = 'city';

MERGE (n:Place {id: 'place:london'})
SET n.name = 'London',
    n.aliases = [],
    n.kind = 'city';
