// Article 004_1ae09d8706205b68.txt: A couple hundred North Korean troops killed, wounded in battles with Ukrainian forces
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// ── the article

MERGE (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'})
SET a.name = 'A couple hundred North Korean troops killed, wounded in battles with Ukrainian forces',
    a.aliases = [],
    a.title = 'A couple hundred North Korean troops killed, wounded in battles with Ukrainian forces',
    a.outlet = 'The Associated Press',
    a.outletNote = 'Dateline "WASHINGTON (AP)" and byline "Lolita C. Baldor, The Associated Press".',
    a.author = 'Lolita C. Baldor',
    a.published = '2024-12-17',
    a.publishedPrecision = 'day',
    a.dateNote = 'The official "said Tuesday" and "The White House and Pentagon on Monday confirmed" the fighting — the Monday confirmations are Kirby’s and Ryder’s of Dec 16, 2024 (001, 000) — so Tuesday is Dec 17, 2024. The photo caption (Tuesday, Dec. 3, 2024) confirms the year.',
    a.dateline = 'Washington',
    a.file = '004_1ae09d8706205b68.txt';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (b:Agency {id: 'agency:associated-press'}) MERGE (a)-[:PUBLISHED_BY]->(b);

// ── MENTIONS: every entity the text names or describes

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Place {id: 'place:kursk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Place {id: 'place:russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Place {id: 'place:ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Place {id: 'place:north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Place {id: 'place:washington'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:associated-press'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:white-house'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:pentagon'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:russian-mod'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:russian-mod-press-service'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:russian-armed-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:dprk-army'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:government-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Agency {id: 'agency:us-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Person {id: 'person:senior-us-military-official'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Person {id: 'person:lolita-c-baldor'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Event {id: 'event:russia-ukraine-war'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Event {id: 'event:nk-deployment-to-russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (n:Event {id: 'event:ukrainian-long-range-strikes'}) MERGE (a)-[:MENTIONS]->(n);

// ── Claim: U.S. official: a couple hundred killed or wounded

MERGE (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'})
SET c.name = 'U.S. official: a couple hundred killed or wounded',
    c.aliases = [],
    c.text = 'A couple hundred North Korean troops fighting alongside Russian forces have been killed or wounded in the Kursk border region; the split between killed and wounded was not given.',
    c.date = '2024-12-17',
    c.datePrecision = 'day',
    c.dateNote = '004: "said Tuesday" → Tuesday Dec 17, 2024.',
    c.kind = 'casualties',
    c.countMin = 200,
    c.countMax = 200,
    c.countText = 'a couple hundred',
    c.measure = 'killed and wounded',
    c.verified = false,
    c.note = 'AP calls it "the first significant estimate of North Korean casualties"; a U.S. assessment given anonymously.';

MATCH (s:Person {id: 'person:senior-us-military-official'}), (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'anonymous briefing to reporters';

MATCH (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: U.S. official: North Koreans not battle-hardened

MERGE (c:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'})
SET c.name = 'U.S. official: North Koreans not battle-hardened',
    c.aliases = [],
    c.text = 'The North Korean forces do not appear to be battle-hardened, which contributes to their number of casualties.',
    c.date = '2024-12-17',
    c.datePrecision = 'day',
    c.dateNote = 'Same remarks, Tuesday Dec 17, 2024 (004).',
    c.kind = 'assessment',
    c.verified = false;

MATCH (s:Person {id: 'person:senior-us-military-official'}), (c:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'anonymous briefing to reporters';

MATCH (c:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: White House, Pentagon: North Koreans on front lines

MERGE (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'})
SET c.name = 'White House, Pentagon: North Koreans on front lines',
    c.aliases = [],
    c.text = 'North Korean forces have been battling on the front lines in largely infantry positions, fighting with Russian units and in some cases independently around Kursk.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = '004 (Tuesday Dec 17, 2024): "on Monday" → Dec 16, 2024.',
    c.kind = 'combat-engagement',
    c.verified = false,
    c.note = 'Institutional attribution as in 004; the same day’s spokespeople were Kirby (White House) and Ryder (Pentagon).';

MATCH (s:Agency {id: 'agency:white-house'}), (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:pentagon'}), (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: U.S. official: Russia retook ~20% of Kursk gains

MERGE (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'})
SET c.name = 'U.S. official: Russia retook ~20% of Kursk gains',
    c.aliases = [],
    c.text = 'Russia has taken back about 20% of the territory Ukraine gained in Kursk.',
    c.date = '2024-12-17',
    c.datePrecision = 'day',
    c.dateNote = 'Same remarks, Tuesday Dec 17, 2024 (004).',
    c.kind = 'territory',
    c.countMin = 20,
    c.countMax = 20,
    c.countText = 'about 20%',
    c.measure = 'share of Ukraine-held Kursk territory retaken by Russia',
    c.unit = 'percent',
    c.verified = false;

MATCH (s:Person {id: 'person:senior-us-military-official'}), (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'anonymous briefing to reporters';

MATCH (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: U.S. official: Ukraine can hold Kursk ground for a time

MERGE (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'})
SET c.name = 'U.S. official: Ukraine can hold Kursk ground for a time',
    c.aliases = [],
    c.text = 'Ukraine will be able to hold ground in Kursk for some time, depending on the rest of the fight, including its long-range strikes.',
    c.date = '2024-12-17',
    c.datePrecision = 'day',
    c.dateNote = 'Same remarks, Tuesday Dec 17, 2024 (004).',
    c.kind = 'prediction',
    c.verified = false;

MATCH (s:Person {id: 'person:senior-us-military-official'}), (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'anonymous briefing to reporters';

MATCH (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'}), (t:Event {id: 'event:ukrainian-long-range-strikes'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Russian MoD video: Grad fires at Ukrainians in Kursk

MERGE (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'})
SET c.name = 'Russian MoD video: Grad fires at Ukrainians in Kursk',
    c.aliases = [],
    c.text = 'Video released by the Russian Defense Ministry shows a Grad 122 mm multiple rocket launcher firing toward a Ukrainian position in the Kursk border area.',
    c.date = '2024-12-03',
    c.datePrecision = 'day',
    c.dateNote = 'Photo caption in 004: "released by the Russian Defense Ministry on Tuesday, Dec. 3, 2024".',
    c.kind = 'combat-engagement',
    c.verified = false;

MATCH (s:Agency {id: 'agency:russian-mod'}), (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'video release',
    r.note = 'Distributed by the Russian Defense Ministry Press Service (photo credit).';

MATCH (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'A couple hundred North Korean troops fighting alongside Russian forces against Ukraine have been killed or wounded during battle in the Kursk border region, a senior military official said Tuesday.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The official didn\'t provide details on exactly how many have been killed, but said the North Korean forces don\'t appear to be battle-hardened, which contributes to the number of casualties they\'ve had.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'which comes several weeks after Ukraine announced that North Korea had sent 10,000 to 12,000 troops to Russia to help it in the almost 3-year war.',
    r.note = '004 attributes the estimate to Ukraine only.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The White House and Pentagon on Monday confirmed that the North Korean forces have been battling on the front lines in largely infantry positions. They have been fighting with Russian units and, in some cases, independently around Kursk.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:official-russia-retook-20-percent-2024-12-17'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'the official said Russia has been able to take back about 20% of the territory gained there by Kyiv.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'They said it will be possible for Ukraine to hold ground there for some time, but it will depend on how the rest of the fight is going, including the long-range strikes that Kyiv has been launching.';

MATCH (a:Article {id: 'article:004-ap-couple-hundred-nk-casualties'}), (c:Claim {id: 'claim:russian-mod-grad-video-2024-12-03'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'In this photo taken from video released by the Russian Defense Ministry on Tuesday, Dec. 3, 2024, a "Grad" self-propelled 122 mm multiple rocket launcher fires toward Ukrainian position in the Russian - Ukrainian border area in the Kursk region, Russia.';
