// Article 001_f80e0bb262795a3b.txt: Ukrainian forces claim 'significant' casualties among North Koreans in Kursk
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// ── the article

MERGE (a:Article {id: 'article:001-abc-significant-casualties-kursk'})
SET a.name = 'Ukrainian forces claim \'significant\' casualties among North Koreans in Kursk',
    a.aliases = [],
    a.title = 'Ukrainian forces claim \'significant\' casualties among North Koreans in Kursk',
    a.outlet = 'ABC News',
    a.outletNote = 'Dateline "LONDON --" and "Sources told ABC News in November" (ABC News house style).',
    a.author = null,
    a.published = '2024-12-16',
    a.publishedPrecision = 'day',
    a.dateNote = 'The GUR "said on Monday" about "weekend battles" that it dates "Dec. 14 and 15" (Saturday–Sunday, 2024), so Monday is Dec 16, 2024; Kirby also spoke "on Monday". The year follows from the other articles (000’s X post is dated December 16, 2024).',
    a.dateline = 'London',
    a.file = '001_f80e0bb262795a3b.txt';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (b:Agency {id: 'agency:abc-news'}) MERGE (a)-[:PUBLISHED_BY]->(b);

// ── MENTIONS: every entity the text names or describes

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:kursk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:plekhovo'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:vorozhba'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:martynovka'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:kurilovka'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:kyiv'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:moscow'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:pyongyang'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Place {id: 'place:london'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:gur'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:ukraine-ministry-of-defence'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:dprk-army'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:dprk-94th-brigade'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:white-house'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:pentagon'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:abc-news'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:abc-news-sources'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:russian-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:government-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:government-of-north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:russian-armed-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Agency {id: 'agency:chechen-fighters'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Person {id: 'person:john-kirby'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Person {id: 'person:pat-ryder'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Person {id: 'person:volodymyr-zelensky'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:friendly-fire-chechen-vehicles'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:pentagon-briefing-2024-11'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:kursk-counteroffensive-planned-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:russia-ukraine-war'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:nk-deployment-to-russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (n:Event {id: 'event:nk-arms-supply-to-russia'}) MERGE (a)-[:MENTIONS]->(n);

// ── Claim: GUR: North Korean units re-equipped after losses

MERGE (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'})
SET c.name = 'GUR: North Korean units re-equipped after losses',
    c.aliases = [],
    c.text = 'North Korean army units are being re-equipped after losses in assaults around Plekhovo, Vorozhba and Martynovka in Kursk region.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Part of the GUR Telegram post of Monday Dec 16, 2024 (001).',
    c.kind = 'reinforcement',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'}), (t:Place {id: 'place:plekhovo'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'}), (t:Place {id: 'place:vorozhba'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'}), (t:Place {id: 'place:martynovka'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: assault groups replenished from 94th brigade

MERGE (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'})
SET c.name = 'GUR: assault groups replenished from 94th brigade',
    c.aliases = [],
    c.text = 'Because of losses, North Korean assault groups are being replenished with fresh personnel, in particular from the 94th separate brigade of the North Korean army, to continue combat operations in the area.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Part of the GUR Telegram post of Monday Dec 16, 2024 (001).',
    c.kind = 'reinforcement',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'}), (t:Agency {id: 'agency:dprk-94th-brigade'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Kirby: several dozen North Koreans killed or wounded

MERGE (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'})
SET c.name = 'Kirby: several dozen North Koreans killed or wounded',
    c.aliases = [],
    c.text = 'The United States has no exact number but believes North Korean soldiers have suffered significant losses, killed and wounded, in the realm of several dozen.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = '001: "Kirby told reporters on Monday" (Dec 16, 2024).',
    c.kind = 'casualties',
    c.countMin = 24,
    c.countMax = 99,
    c.countText = 'in the realm of dozens, several dozen',
    c.measure = 'killed and wounded',
    c.verified = false,
    c.note = 'countMin/countMax interpret "several dozen" as at least two dozen and fewer than a hundred.';

MATCH (s:Person {id: 'person:john-kirby'}), (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'remarks to reporters';

MATCH (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Kirby: North Koreans moving to the front line

MERGE (c:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'})
SET c.name = 'Kirby: North Koreans moving to the front line',
    c.aliases = [],
    c.text = 'The United States is starting to see North Korean troops move from the second line to the front line.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Same remarks as Kirby’s casualty estimate, Monday Dec 16, 2024 (001).',
    c.kind = 'deployment',
    c.verified = false;

MATCH (s:Person {id: 'person:john-kirby'}), (c:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'remarks to reporters';

MATCH (c:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Kirby: escalation would bring more sanctions

MERGE (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'})
SET c.name = 'Kirby: escalation would bring more sanctions',
    c.aliases = [],
    c.text = 'Such an escalation by North Korea would come with increased sanctions.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Same remarks as Kirby’s casualty estimate, Monday Dec 16, 2024 (001).',
    c.kind = 'sanctions',
    c.verified = false;

MATCH (s:Person {id: 'person:john-kirby'}), (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'remarks to reporters';

MATCH (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'}), (t:Agency {id: 'agency:government-of-north-korea'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'}), (t:Place {id: 'place:north-korea'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: ~200 casualties in Russian-North Korean units

MERGE (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'})
SET c.name = 'GUR: ~200 casualties in Russian-North Korean units',
    c.aliases = [],
    c.text = 'Units made up of Russian and North Korean troops suffered around 200 casualties in total.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = '001 (dated Monday Dec 16, 2024): "On Saturday, the GUR said" = Saturday Dec 14, 2024.',
    c.kind = 'casualties',
    c.countMin = 200,
    c.countMax = 200,
    c.countText = 'around 200 total',
    c.measure = 'casualties (Russian and North Korean combined)',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: FPV drones caused heavy North Korean losses

MERGE (c:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'})
SET c.name = 'GUR: FPV drones caused heavy North Korean losses',
    c.aliases = [],
    c.text = 'Ukrainian FPV drones inflicted particularly bad losses among North Korean troops.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Same GUR statement of Saturday Dec 14, 2024 (001).',
    c.kind = 'tactics',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: language barrier complicates operations

MERGE (c:Claim {id: 'claim:gur-language-barrier-2024-12-14'})
SET c.name = 'GUR: language barrier complicates operations',
    c.aliases = [],
    c.text = 'The language barrier between North Korean and Russian troops is complicating battlefield operations.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = '001: "The GUR also claimed on Saturday" = Dec 14, 2024.',
    c.kind = 'coordination',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-language-barrier-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:gur-language-barrier-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-language-barrier-2024-12-14'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: North Koreans fired on Chechens, killing 8

MERGE (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'})
SET c.name = 'GUR: North Koreans fired on Chechens, killing 8',
    c.aliases = [],
    c.text = 'In a friendly-fire incident, confused North Korean troops opened fire on Chechen vehicles, killing eight fighters.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Same GUR claim of Saturday Dec 14, 2024 (001).',
    c.kind = 'casualties',
    c.countMin = 8,
    c.countMax = 8,
    c.countText = 'eight',
    c.measure = 'killed (Chechen fighters, friendly fire)',
    c.verified = false;

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'}), (t:Event {id: 'event:friendly-fire-chechen-vehicles'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'}), (t:Agency {id: 'agency:chechen-fighters'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Ryder (Nov.): up to 12,000 North Korean troops

MERGE (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'})
SET c.name = 'Ryder (Nov.): up to 12,000 North Korean troops',
    c.aliases = [],
    c.text = 'Pyongyang is believed to have sent up to 12,000 troops to Russia, with their focus on the Kursk region.',
    c.date = '2024-11-01',
    c.datePrecision = 'month',
    c.dateNote = '001: "according to a November briefing"; the day is not given.',
    c.kind = 'troop-strength',
    c.countMax = 12000,
    c.countText = 'up to 12,000',
    c.measure = 'troops deployed',
    c.verified = false,
    c.note = 'The next sentence in 001 ("Their focus is believed to be the Kursk region") is read as part of the same briefing.';

MATCH (s:Person {id: 'person:pat-ryder'}), (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'briefing';

MATCH (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'}), (t:Agency {id: 'agency:government-of-north-korea'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'}), (t:Event {id: 'event:pentagon-briefing-2024-11'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Sources: ~50,000 troops readied for counteroffensive

MERGE (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'})
SET c.name = 'Sources: ~50,000 troops readied for counteroffensive',
    c.aliases = [],
    c.text = 'North Koreans may be among the approximately 50,000 troops being readied for a significant counteroffensive in Kursk.',
    c.date = '2024-11-01',
    c.datePrecision = 'month',
    c.dateNote = '001: "Sources told ABC News in November".',
    c.kind = 'troop-strength',
    c.countMin = 50000,
    c.countMax = 50000,
    c.countText = 'approximately 50,000',
    c.measure = 'troops readied for counteroffensive',
    c.verified = false;

MATCH (s:Agency {id: 'agency:abc-news-sources'}), (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'told ABC News';

MATCH (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'}), (t:Event {id: 'event:kursk-counteroffensive-planned-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Russia: no peace talks while Kursk is occupied

MERGE (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'})
SET c.name = 'Russia: no peace talks while Kursk is occupied',
    c.aliases = [],
    c.text = 'Russia will not consider any peace talks while Kursk region remains partially occupied.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = '001: "Russian leaders have said" — undated; set to 001’s publication date (Dec 16, 2024).',
    c.kind = 'negotiations',
    c.verified = false;

MATCH (s:Agency {id: 'agency:russian-government'}), (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'}), (t:Event {id: 'event:russia-ukraine-war'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Kyiv: held Russian territory is negotiating leverage

MERGE (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'})
SET c.name = 'Kyiv: held Russian territory is negotiating leverage',
    c.aliases = [],
    c.text = 'Ukraine’s retention of Russian territory in Kursk is important negotiating leverage.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = '001: "officials in Kyiv frame" — undated; set to 001’s publication date (Dec 16, 2024).',
    c.kind = 'negotiations',
    c.verified = false;

MATCH (s:Agency {id: 'agency:government-of-ukraine'}), (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'}), (t:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'}), (t:Event {id: 'event:russia-ukraine-war'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: ABC News: North Korea supplies munitions and missiles

MERGE (c:Claim {id: 'claim:abc-nk-arms-to-russia'})
SET c.name = 'ABC News: North Korea supplies munitions and missiles',
    c.aliases = [],
    c.text = 'North Korea’s provision of troops marks a new level of cooperation with Russia; North Korea was already providing Russia with artillery munitions and ballistic missiles.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Stated in the article’s own voice, so dated with the article (Dec 16, 2024).',
    c.kind = 'military-aid',
    c.verified = false;

MATCH (s:Agency {id: 'agency:abc-news'}), (c:Claim {id: 'claim:abc-nk-arms-to-russia'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'article',
    r.note = 'The outlet’s own background statement, not attributed to a source.';

MATCH (c:Claim {id: 'claim:abc-nk-arms-to-russia'}), (t:Event {id: 'event:nk-arms-supply-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:abc-nk-arms-to-russia'}), (t:Agency {id: 'agency:government-of-north-korea'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:abc-nk-arms-to-russia'}), (t:Agency {id: 'agency:russian-government'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: North Koreans used in assaults in numbers

MERGE (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
SET c.name = 'Zelensky: North Koreans used in assaults in numbers',
    c.aliases = [],
    c.text = 'Kyiv has preliminary data that Russia has begun to use a significant number of North Korean soldiers in its assaults.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = '001 and 003: "on Saturday"; both articles date from the following week, so Saturday Dec 14, 2024.',
    c.kind = 'combat-engagement',
    c.verified = true,
    c.verificationNote = 'Confirmed by parties other than the claimant: 004 says the White House and Pentagon "on Monday confirmed" that North Korean forces were battling on the front lines; 003 that "U.S. officials have confirmed" North Koreans were killed fighting.';

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram',
    r.note = '001 names Telegram for the next quote ("a statement posted to his Telegram page"); assumed to be the same statement.';

MATCH (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: North Koreans in combined units, Kursk only

MERGE (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'})
SET c.name = 'Zelensky: North Koreans in combined units, Kursk only',
    c.aliases = [],
    c.text = 'Russia includes North Korean soldiers in combined units and uses them in operations in Kursk region — so far only there.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Zelensky’s Telegram statement of Saturday Dec 14, 2024 (001).',
    c.kind = 'deployment',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: use may extend to other front sections

MERGE (c:Claim {id: 'claim:zelensky-use-may-extend-2024-12-14'})
SET c.name = 'Zelensky: use may extend to other front sections',
    c.aliases = [],
    c.text = 'Ukraine has information suggesting the use of North Korean soldiers could extend to other parts of the front line.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Zelensky’s Telegram statement of Saturday Dec 14, 2024 (001).',
    c.kind = 'prediction',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-use-may-extend-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:zelensky-use-may-extend-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-use-may-extend-2024-12-14'}), (t:Event {id: 'event:russia-ukraine-war'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: already noticeable North Korean losses

MERGE (c:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'})
SET c.name = 'Zelensky: already noticeable North Korean losses',
    c.aliases = [],
    c.text = 'There are already noticeable losses among the North Korean soldiers.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Zelensky’s Telegram statement of Saturday Dec 14, 2024 (001).',
    c.kind = 'casualties',
    c.verified = true,
    c.verificationNote = 'No figure. Confirmed by parties other than the claimant: Kirby "also confirmed the casualties" (001) and the Pentagon has indications of killed and wounded (000).';

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: we will defend ourselves, with partners

MERGE (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'})
SET c.name = 'Zelensky: we will defend ourselves, with partners',
    c.aliases = [],
    c.text = 'Ukraine will defend itself, including against the North Korean soldiers, and will keep acting with its partners to stop the war decisively, with guaranteed peace.',
    c.date = '2024-12-14',
    c.datePrecision = 'day',
    c.dateNote = 'Zelensky’s Telegram statement of Saturday Dec 14, 2024 (001).',
    c.kind = 'intent',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'}), (t:Event {id: 'event:russia-ukraine-war'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'}), (t:Agency {id: 'agency:government-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);

// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'units of the DPRK army suffered significant losses -- at least 30 soldiers were killed and wounded',
    r.excerpt = 'On Dec. 14 and 15, the GUR said, "units of the DPRK army suffered significant losses -- at least 30 soldiers were killed and wounded," using the acronym for the country\'s official name of the Democratic People\'s Republic of Korea.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'At least three North Korean troops went missing around the village of Kurilovka in Kursk, the post added.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-nk-re-equipped-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'North Korean army units are being re-equipped after losses in assaults',
    r.excerpt = '"North Korean army units are being re-equipped after losses in assaults" around the villages of Plekhovo, Vorozhba and Martynovka in the Kursk region, the GUR wrote in a post to its official Telegram channel.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'Due to losses, the assault groups are being replenished with fresh personnel, in particular from the 94th separate brigade of the DPRK army, to continue active combat operations in the area',
    r.excerpt = '"Due to losses, the assault groups are being replenished with fresh personnel, in particular from the 94th separate brigade of the DPRK army, to continue active combat operations in the area," the GUR wrote.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'I would say certainly in the realm of dozens, several dozen.',
    r.excerpt = '"I don\'t know that we have an exact number, but we do believe that they have suffered some significant losses, killed and wounded," Kirby told reporters on Monday. "I would say certainly in the realm of dozens, several dozen."';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'movement of them from the second line to the front line',
    r.excerpt = 'Kirby said they are also starting to see "movement of them from the second line to the front line."';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'escalation',
    r.excerpt = 'Such an "escalation" would come with increased sanctions for North Korea, he said.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'On Saturday, the GUR said that units made up of Russian and North Korean troops had suffered around 200 total casualties.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Ukrainian FPV drones inflicted particularly bad losses among North Korean troops, the statement said.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-language-barrier-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The GUR also claimed on Saturday that the language barrier between North Korean and Russian troops is complicating battlefield operations.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:gur-friendly-fire-chechen-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'In one friendly fire incident, the GUR said confused North Korean troops opened fire on Chechen vehicles, killing eight fighters.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Pyongyang is believed to have sent up to 12,000 troops to Russia in recent months, according to a November briefing by Pentagon spokesperson Maj. Gen. Pat Ryder.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:abc-sources-50000-counteroffensive'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Sources told ABC News in November that North Koreans may be among the approximately 50,000 troops being readied for a significant counteroffensive in Kursk.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:russian-leaders-no-talks-while-kursk-occupied'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Russian leaders have said they will not consider any peace talks while Kursk remains partially occupied';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:kyiv-kursk-negotiating-leverage'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'officials in Kyiv frame their retention of Russian territory as important negotiating leverage.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:abc-nk-arms-to-russia'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'with North Korea already providing Moscow with artillery munitions and ballistic missiles.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'preliminary data that the Russians have begun to use North Korean soldiers in their assaults -- a significant number of them.',
    r.excerpt = 'Ukrainian President Volodymyr Zelenskyy said on Saturday that Kyiv has "preliminary data that the Russians have begun to use North Korean soldiers in their assaults -- a significant number of them."';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'The Russians include them in combined units and use them in operations in the Kursk region',
    r.excerpt = '"The Russians include them in combined units and use them in operations in the Kursk region," Zelenskyy said in a statement posted to his Telegram page. "So far, only there.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:zelensky-use-may-extend-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'But we have information suggesting their use could extend to other parts of the frontline.',
    r.excerpt = 'But we have information suggesting their use could extend to other parts of the frontline.';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'There are also already noticeable losses in this category.',
    r.excerpt = 'There are also already noticeable losses in this category."';

MATCH (a:Article {id: 'article:001-abc-significant-casualties-kursk'}), (c:Claim {id: 'claim:zelensky-will-defend-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'We will defend ourselves, including against these North Koreans',
    r.excerpt = '"We will defend ourselves, including against these North Koreans," Zelenskyy added. "And we will continue to act in coordination with all our partners to stop this war -- to stop it decisively, with guaranteed peace."';
