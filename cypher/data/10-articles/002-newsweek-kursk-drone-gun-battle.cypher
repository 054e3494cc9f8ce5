// Article 002_e1c0dda746d4784f.txt: North Korean Troops Killed in Kursk Drone and Gun Battle
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// ── the article

MERGE (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'})
SET a.name = 'North Korean Troops Killed in Kursk Drone and Gun Battle',
    a.aliases = [],
    a.title = 'North Korean Troops Killed in Kursk Drone and Gun Battle',
    a.outlet = 'Newsweek',
    a.outletNote = '"Newsweek has reached out to the Kremlin for comment via email", plus Newsweek’s section headings ("Why It Matters", "What To Know", "Who Said What", "What Happens Next").',
    a.author = null,
    a.published = '2025-01-07',
    a.publishedPrecision = 'on-or-after',
    a.dateNote = 'The SSO "announced on Tuesday" and the photo caption says it "announced on January 7" → Tuesday Jan 7, 2025 (the article cannot be earlier). Zelensky’s X post "late on Monday" marks "exactly five months" since the Kursk operation began (Aug 6, 2024) → Monday Jan 6, 2025, consistent. "1 day ago" is relative to an unknown crawl date, so Jan 7 is a lower bound (Jan 8 is possible).',
    a.file = '002_e1c0dda746d4784f.txt';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (b:Agency {id: 'agency:newsweek'}) MERGE (a)-[:PUBLISHED_BY]->(b);

// ── MENTIONS: every entity the text names or describes

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:kursk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:makhnovka'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:donetsk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:sumy'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:kharkiv-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:zaporizhzhia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Place {id: 'place:pyongyang'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:sso'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:sso-8th-regiment'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:newsweek'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:kremlin'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:russian-armed-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:russian-airborne-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:dprk-army'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:dprk-special-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:government-of-north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:pentagon'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:afp'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:getty-images'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Agency {id: 'agency:government-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Person {id: 'person:kim-jong-un'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Person {id: 'person:volodymyr-zelensky'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Person {id: 'person:pat-ryder'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Person {id: 'person:tatyana-makeyeva'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Person {id: 'person:kursk-local-volunteer'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Event {id: 'event:sso-8th-regiment-battle-2025-01'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Event {id: 'event:makhnovka-fighting-2025-01'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (n:Event {id: 'event:nk-deployment-to-russia'}) MERGE (a)-[:MENTIONS]->(n);

// ── Claim: SSO: 13 North Korean soldiers killed in Kursk

MERGE (c:Claim {id: 'claim:sso-13-killed-2025-01-07'})
SET c.name = 'SSO: 13 North Korean soldiers killed in Kursk',
    c.aliases = [],
    c.text = 'Soldiers of the 8th Separate Special Operations Regiment killed 13 North Korean soldiers in Kursk: eight with drones and five in a gun battle.',
    c.date = '2025-01-07',
    c.datePrecision = 'day',
    c.dateNote = '002: "announced on Tuesday"; photo caption: "announced on January 7" → Tuesday Jan 7, 2025.',
    c.kind = 'casualties',
    c.countMin = 13,
    c.countMax = 13,
    c.countText = '13 (eight by drones, five in a gunbattle)',
    c.measure = 'killed',
    c.verified = false,
    c.note = 'Newsweek presents SSO photos of the aftermath as "further evidence" of the deployment, not as verification of the figure.',
    c.killedByDrones = 8,
    c.killedInGunBattle = 5;

MATCH (s:Agency {id: 'agency:sso'}), (c:Claim {id: 'claim:sso-13-killed-2025-01-07'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'social media post';

MATCH (c:Claim {id: 'claim:sso-13-killed-2025-01-07'}), (t:Event {id: 'event:sso-8th-regiment-battle-2025-01'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:sso-13-killed-2025-01-07'}), (t:Agency {id: 'agency:sso-8th-regiment'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:sso-13-killed-2025-01-07'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:sso-13-killed-2025-01-07'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: SSO: drone detector, rifle and Azart radio found

MERGE (c:Claim {id: 'claim:sso-captured-equipment-2025-01-07'})
SET c.name = 'SSO: drone detector, rifle and Azart radio found',
    c.aliases = [],
    c.text = 'After the battle, Ukrainian soldiers searched the North Koreans’ personal items and documents and found a drone detector, an assault rifle with a collimator sight and a Chinese-Russian Azart radio station.',
    c.date = '2025-01-07',
    c.datePrecision = 'day',
    c.dateNote = 'Part of the SSO post of Tuesday Jan 7, 2025 (002).',
    c.kind = 'equipment',
    c.verified = false;

MATCH (s:Agency {id: 'agency:sso'}), (c:Claim {id: 'claim:sso-captured-equipment-2025-01-07'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'social media post';

MATCH (c:Claim {id: 'claim:sso-captured-equipment-2025-01-07'}), (t:Event {id: 'event:sso-8th-regiment-battle-2025-01'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:sso-captured-equipment-2025-01-07'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: North Koreans arrived in Oct., in combat by early Dec.

MERGE (c:Claim {id: 'claim:nk-special-forces-arrival-combat'})
SET c.name = 'North Koreans arrived in Oct., in combat by early Dec.',
    c.aliases = [],
    c.text = 'The North Korean soldiers, some thought to belong to North Korea’s special forces, were sent by Kim Jong Un, arrived in Russia in October 2024 and were assessed to have entered combat in early December.',
    c.date = '2025-01-07',
    c.datePrecision = 'undated',
    c.dateNote = 'Passive voice in 002 ("are thought", "were assessed"); undated, set to 002’s publication date.',
    c.kind = 'deployment',
    c.verified = false;

MATCH (s:Agency {id: 'agency:unattributed'}), (c:Claim {id: 'claim:nk-special-forces-arrival-combat'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unattributed';

MATCH (c:Claim {id: 'claim:nk-special-forces-arrival-combat'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-special-forces-arrival-combat'}), (t:Agency {id: 'agency:dprk-special-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-special-forces-arrival-combat'}), (t:Person {id: 'person:kim-jong-un'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-special-forces-arrival-combat'}), (t:Place {id: 'place:russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: up to a battalion lost near Makhnovka

MERGE (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'})
SET c.name = 'Zelensky: up to a battalion lost near Makhnovka',
    c.aliases = [],
    c.text = 'Over a few days, near the single village of Makhnovka in Kursk region, the Russian army lost up to a battalion of North Korean infantry and Russian paratroops.',
    c.date = '2025-01-04',
    c.datePrecision = 'day',
    c.dateNote = '002 (Jan 7, 2025): "On Saturday" → Saturday Jan 4, 2025.',
    c.kind = 'casualties',
    c.countMax = 1000,
    c.countText = 'up to a battalion',
    c.measure = 'losses (North Korean infantry and Russian paratroops)',
    c.verified = false,
    c.note = 'countMax uses 002’s own gloss, "A battalion can include as many as 1,000 soldiers"; Zelensky gave no number.';

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'video address';

MATCH (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'}), (t:Event {id: 'event:makhnovka-fighting-2025-01'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'}), (t:Place {id: 'place:makhnovka'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'}), (t:Agency {id: 'agency:russian-airborne-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Ryder: North Korean troops are legitimate targets

MERGE (c:Claim {id: 'claim:ryder-legitimate-targets-2024-12-16'})
SET c.name = 'Ryder: North Korean troops are legitimate targets',
    c.aliases = [],
    c.text = 'North Korean forces engaged in active combat operations are legitimate military targets for Ukraine.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = '002: "said in December", in the same quotation as the Dec 16, 2024 assessment of combat and casualties; assumed the same day.',
    c.kind = 'legitimacy',
    c.verified = false;

MATCH (s:Person {id: 'person:pat-ryder'}), (c:Claim {id: 'claim:ryder-legitimate-targets-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:ryder-legitimate-targets-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-legitimate-targets-2024-12-16'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: five months on, Kursk buffer zone held

MERGE (c:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'})
SET c.name = 'Zelensky: five months on, Kursk buffer zone held',
    c.aliases = [],
    c.text = 'Five months after the start of the Kursk operation, Ukraine continues to hold a buffer zone on Russian territory and to destroy Russian military potential there.',
    c.date = '2025-01-06',
    c.datePrecision = 'day',
    c.dateNote = '002: "late on Monday" → Monday Jan 6, 2025 ("exactly five months" after Aug 6, 2024).',
    c.kind = 'territory',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: Russia lost over 38,000 troops in Kursk

MERGE (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'})
SET c.name = 'Zelensky: Russia lost over 38,000 troops in Kursk',
    c.aliases = [],
    c.text = 'During the Kursk operation Russia has lost over 38,000 soldiers in this direction alone, about 15,000 of them irrecoverable losses.',
    c.date = '2025-01-06',
    c.datePrecision = 'day',
    c.dateNote = 'Same X post, Monday Jan 6, 2025 (002).',
    c.kind = 'casualties',
    c.countMin = 38000,
    c.countText = 'over 38,000 (approximately 15,000 irrecoverable)',
    c.measure = 'Russian losses',
    c.verified = false,
    c.irrecoverableLosses = 15000;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: Russia’s best units tied down in Kursk

MERGE (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'})
SET c.name = 'Zelensky: Russia’s best units tied down in Kursk',
    c.aliases = [],
    c.text = 'Russia has deployed its strongest units to Kursk, including North Korean soldiers, and this manpower cannot now be redirected to the Donetsk region, Sumy, the Kharkiv region or Zaporizhzhia.',
    c.date = '2025-01-06',
    c.datePrecision = 'day',
    c.dateNote = 'Same X post, Monday Jan 6, 2025 (002).',
    c.kind = 'deployment',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Place {id: 'place:donetsk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Place {id: 'place:sumy'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Place {id: 'place:kharkiv-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'}), (t:Place {id: 'place:zaporizhzhia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: troops bring the war back to Russia

MERGE (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'})
SET c.name = 'Zelensky: troops bring the war back to Russia',
    c.aliases = [],
    c.text = 'Ukrainian troops are bringing the war back to Russia and giving Ukraine more security and strength.',
    c.date = '2025-01-06',
    c.datePrecision = 'day',
    c.dateNote = 'Same X post, Monday Jan 6, 2025 (002).',
    c.kind = 'assessment',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'}), (t:Place {id: 'place:russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Newsweek: casualty counts will very likely climb

MERGE (c:Claim {id: 'claim:newsweek-casualties-will-climb'})
SET c.name = 'Newsweek: casualty counts will very likely climb',
    c.aliases = [],
    c.text = 'As battles continue in Kursk, the reported casualty counts of Russian, North Korean and Ukrainian soldiers will very likely climb.',
    c.date = '2025-01-07',
    c.datePrecision = 'day',
    c.dateNote = 'Stated in the article’s own voice ("What Happens Next"), dated with the article.',
    c.kind = 'prediction',
    c.verified = false;

MATCH (s:Agency {id: 'agency:newsweek'}), (c:Claim {id: 'claim:newsweek-casualties-will-climb'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'article',
    r.note = 'The outlet’s own analysis.';

MATCH (c:Claim {id: 'claim:newsweek-casualties-will-climb'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:newsweek-casualties-will-climb'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:newsweek-casualties-will-climb'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:newsweek-casualties-will-climb'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Reports: Ukraine renewed its Kursk offensive

MERGE (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'})
SET c.name = 'Reports: Ukraine renewed its Kursk offensive',
    c.aliases = [],
    c.text = 'Ukraine launched a fresh incursion (a renewed offensive) in Kursk region in early January 2025.',
    c.date = '2025-01-05',
    c.datePrecision = 'approximate',
    c.dateNote = '002: reports emerged "slightly" after Saturday Jan 4, 2025.',
    c.kind = 'territory',
    c.verified = false;

MATCH (s:Agency {id: 'agency:unattributed'}), (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unattributed',
    r.note = '002: "reports of a renewed offensive in Kursk by Ukraine emerged".';

MATCH (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'}), (t:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);

// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:sso-13-killed-2025-01-07'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'In a post on social media on Tuesday, Ukraine\'s Special Operations Forces said soldiers from its 8th Separate Special Operations Regiment killed eight North Korean troops using drones, and five in a gunbattle.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:sso-captured-equipment-2025-01-07'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'After the battle, the Ukrainian soldiers went through their personal items and documents, and found a drone detector, an assault rifle with a collimator sight, and a Chinese-Russian Azart radio station.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:nk-special-forces-arrival-combat'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The soldiers, some of whom are thought to belong to Pyongyang\'s special forces, were sent by Kremlin ally Kim Jong Un, arrived in the country in October 2024, and were assessed to have entered combat in early December.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'near just one village, Makhnovka, in Kursk region, the Russian army lost up to a battalion of North Korean infantry soldiers and Russian paratroops. This is significant.',
    r.excerpt = 'On Saturday, slightly before reports of a renewed offensive in Kursk by Ukraine emerged, Zelensky said in a video address that over the course of a few days, "near just one village, Makhnovka, in Kursk region, the Russian army lost up to a battalion of North Korean infantry soldiers and Russian paratroops. This is significant."';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'We do assess that North Korean soldiers have engaged in combat in Kursk, with Russia, alongside Russian forces. We do have indications that they have suffered casualties, both killed and wounded',
    r.excerpt = 'Pentagon spokesman Maj. Gen. Pat Ryder said in December that North Korean troops had been killed in Ukraine.',
    r.note = '002 paraphrases the location as "in Ukraine"; Ryder’s quoted words say Kursk (Russia).';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:ryder-legitimate-targets-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'As we\'ve said all along, those forces are legitimate military targets for the Ukrainians given that they are engaged in active combat ops',
    r.excerpt = 'As we\'ve said all along, those forces are legitimate military targets for the Ukrainians given that they are engaged in active combat ops,';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'serve as further evidence that Pyongyang has deployed an estimated 10,000 to 12,000 servicemen to southern Russia to fight Ukrainian forces.',
    r.note = '002 gives the estimate without attributing it.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'Today marks exactly five months since the start of our actions in the Kursk region, and we continue to maintain a buffer zone on Russian territory, actively destroying their military potential there.',
    r.excerpt = 'Ukrainian President Zelensky on X, formerly Twitter, said late on Monday:';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:zelensky-russian-losses-38000-2025-01-06'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'During the Kursk operation, the enemy has already lost over 38,000 soldiers in this single direction alone, with approximately 15,000 of them irrecoverable losses.',
    r.excerpt = 'During the Kursk operation, the enemy has already lost over 38,000 soldiers in this single direction alone, with approximately 15,000 of them irrecoverable losses.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:zelensky-strongest-units-pinned-2025-01-06'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'The Russians have deployed their strongest units to Kursk, including soldiers from North Korea. Importantly, all this manpower cannot now be redirected to other fronts—neither to the Donetsk region, nor against Sumy, the Kharkiv region, or Zaporizhzhia.',
    r.excerpt = 'The Russians have deployed their strongest units to Kursk, including soldiers from North Korea. Importantly, all this manpower cannot now be redirected to other fronts—neither to the Donetsk region, nor against Sumy, the Kharkiv region, or Zaporizhzhia.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:zelensky-war-back-to-russia-2025-01-06'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'I thank all our warriors who are bringing the war back home—to Russia—and giving Ukraine more security and strength.',
    r.excerpt = 'I thank all our warriors who are bringing the war back home—to Russia—and giving Ukraine more security and strength.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:newsweek-casualties-will-climb'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'As battles continue in Kursk, and Russia attempts to roll back Ukrainian control in the region, the reported casualty counts of both Russian and North Korean soldiers, as well as Ukrainian troops, will very likely climb.';

MATCH (a:Article {id: 'article:002-newsweek-kursk-drone-gun-battle'}), (c:Claim {id: 'claim:ukraine-renewed-kursk-offensive-2025-01'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'shortly after Ukraine launched a fresh incursion in the border region.';
