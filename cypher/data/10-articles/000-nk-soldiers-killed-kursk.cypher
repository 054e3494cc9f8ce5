// Article 000_5d8e198a8901eda8.txt: North Korean soldiers killed in combat in Kursk, Ukraine’s intelligence and the Pentagon say
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// ── the article

MERGE (a:Article {id: 'article:000-nk-soldiers-killed-kursk'})
SET a.name = 'North Korean soldiers killed in combat in Kursk, Ukraine’s intelligence and the Pentagon say',
    a.aliases = [],
    a.title = 'North Korean soldiers killed in combat in Kursk, Ukraine’s intelligence and the Pentagon say',
    a.titleNote = 'The seed file has no headline; this title was written from its first sentence.',
    a.outlet = 'unknown',
    a.outletNote = 'Not inferable: the text has no dateline, byline, outlet name or house style marker. It embeds an X post and cites ISW and a Ukrainian blogger, which many outlets do.',
    a.author = null,
    a.published = '2024-12-16',
    a.publishedPrecision = 'on-or-after',
    a.dateNote = 'Lower bound only: the embedded X post is dated December 16, 2024, and the "clashes over the weekend" are the Dec 14–15 battles (Saturday–Sunday). The article may be from Dec 16 or a little later.',
    a.file = '000_5d8e198a8901eda8.txt';

// ── MENTIONS: every entity the text names or describes

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:kursk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:plekhovo'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:vorozhba'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:martynovka'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Place {id: 'place:washington'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:gur'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:pentagon'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:russian-armed-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:dprk-army'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:ukrainian-drone-unit'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:sso'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:russianpropx'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:us-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:government-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:ukrainian-sources'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Agency {id: 'agency:isw'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Person {id: 'person:pat-ryder'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Person {id: 'person:yuriy-butusov'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Event {id: 'event:nk-deployment-to-russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Event {id: 'event:russia-ukraine-war'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (n:Event {id: 'event:korean-war'}) MERGE (a)-[:MENTIONS]->(n);

// ── Claim: Ryder: North Koreans in combat, killed and wounded

MERGE (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
SET c.name = 'Ryder: North Koreans in combat, killed and wounded',
    c.aliases = [],
    c.text = 'The Pentagon assesses that North Korean soldiers have engaged in combat in Kursk alongside Russian forces and has indications that they have suffered casualties, both killed and wounded.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = '000 and 003 give no date; 002 says Ryder said it "in December"; 004 says "The White House and Pentagon on Monday confirmed" that North Korean forces were fighting, Monday being Dec 16, 2024 (004 is dated Tuesday Dec 17). Assumed Monday, Dec 16, 2024.',
    c.kind = 'combat-engagement',
    c.measure = 'killed and wounded',
    c.verified = false,
    c.verificationNote = 'No figure given; no article says the assessment was independently verified.';

MATCH (s:Person {id: 'person:pat-ryder'}), (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement',
    r.note = 'Spoken as Pentagon spokesperson; the articles do not say whether at a briefing.';

MATCH (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: at least 30 North Koreans killed or wounded

MERGE (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
SET c.name = 'GUR: at least 30 North Koreans killed or wounded',
    c.aliases = [],
    c.text = 'Units of the North Korean army suffered significant losses in the Dec 14–15 battles near Plekhovo, Vorozhba and Martynovka in Kursk region: at least 30 soldiers killed and wounded.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = '001 (dated Monday Dec 16, 2024): the GUR "said on Monday"; the post is on its Telegram channel. 000 and 003 give no date.',
    c.kind = 'casualties',
    c.countMin = 30,
    c.countText = 'at least 30 (000: "around 30")',
    c.measure = 'killed and wounded',
    c.verified = false,
    c.verificationNote = '003: "these claims have yet to be independently verified". 001 says Kirby "also confirmed the casualties", but not the figure.';

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Place {id: 'place:plekhovo'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Place {id: 'place:vorozhba'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Place {id: 'place:martynovka'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: GUR: at least 3 North Korean soldiers missing

MERGE (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'})
SET c.name = 'GUR: at least 3 North Korean soldiers missing',
    c.aliases = [],
    c.text = 'At least three North Korean soldiers went missing during the weekend battles; 001 places this around the village of Kurilovka in Kursk region.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Same GUR Telegram post as the 30-casualty claim ("the post added", 001), Monday Dec 16, 2024.',
    c.kind = 'casualties',
    c.countMin = 3,
    c.countText = 'at least three',
    c.measure = 'missing',
    c.verified = false,
    c.note = 'Location differs by report: 001 says "around the village of Kurilovka"; 000 says only "during the battles", i.e. the clashes it places near Plekhovo, Vorozhba and Martynovka. Kurilovka is not among those three villages.';

MATCH (s:Agency {id: 'agency:gur'}), (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'}), (t:Place {id: 'place:kurilovka'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Drone unit video: over 20 North Korean casualties

MERGE (c:Claim {id: 'claim:drone-unit-footage-20-casualties'})
SET c.name = 'Drone unit video: over 20 North Korean casualties',
    c.aliases = [],
    c.text = 'Video footage released by a Ukrainian drone unit allegedly shows over 20 North Korean casualties in a snowy field.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Not dated in 000; set to 000’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'casualties',
    c.countMin = 20,
    c.countText = 'over 20',
    c.measure = 'casualties',
    c.verified = false,
    c.verificationNote = '000: "the identities could not be independently verified".';

MATCH (s:Agency {id: 'agency:ukrainian-drone-unit'}), (c:Claim {id: 'claim:drone-unit-footage-20-casualties'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'video';

MATCH (c:Claim {id: 'claim:drone-unit-footage-20-casualties'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:drone-unit-footage-20-casualties'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:drone-unit-footage-20-casualties'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Drone footage: troops dragging casualties on sleds

MERGE (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'})
SET c.name = 'Drone footage: troops dragging casualties on sleds',
    c.aliases = [],
    c.text = 'Drone footage near Plekhovo shows troops retreating and dragging casualties on sleds.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Not dated in 000; set to 000’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'combat-engagement',
    c.verified = false,
    c.note = '000 says only "Additional drone footage"; attributed to the same unnamed Ukrainian drone unit as the preceding sentence.';

MATCH (s:Agency {id: 'agency:ukrainian-drone-unit'}), (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'video',
    r.note = 'Attribution inferred from "Additional drone footage" in 000.';

MATCH (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'}), (t:Place {id: 'place:plekhovo'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: @RussianPropX: SSO footage of hunt for North Koreans

MERGE (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'})
SET c.name = '@RussianPropX: SSO footage of hunt for North Koreans',
    c.aliases = [],
    c.text = 'Ukraine’s Special Operations Forces showed footage of a hunt for "mercenaries from North Korea" in Kursk region.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Date of the embedded X post: "December 16, 2024".',
    c.kind = 'combat-engagement',
    c.verified = false,
    c.note = 'The account calls the North Korean soldiers "mercenaries".';

MATCH (s:Agency {id: 'agency:russianpropx'}), (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'}), (t:Agency {id: 'agency:sso'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: @RussianPropX: DPRK army lost at least 30

MERGE (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'})
SET c.name = '@RussianPropX: DPRK army lost at least 30',
    c.aliases = [],
    c.text = 'The North Korean army suffered losses of at least 30 soldiers killed and wounded.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Date of the embedded X post: "December 16, 2024".',
    c.kind = 'casualties',
    c.countMin = 30,
    c.countText = 'at least 30',
    c.measure = 'killed and wounded',
    c.verified = false;

MATCH (s:Agency {id: 'agency:russianpropx'}), (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'X';

MATCH (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: U.S./Ukraine: 10,000–12,000 North Korean troops sent

MERGE (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
SET c.name = 'U.S./Ukraine: 10,000–12,000 North Korean troops sent',
    c.aliases = [],
    c.text = 'North Korea has sent 10,000 to 12,000 troops to Russia to support its war effort.',
    c.date = '2024-11-01',
    c.datePrecision = 'approximate',
    c.dateNote = 'No article dates the estimate: 000 "the U.S. and Ukraine revealed", 004 "several weeks after Ukraine announced" (004 is dated Dec 17, 2024), 002 "an estimated". "Several weeks" before mid-December puts it around early November 2024.',
    c.kind = 'troop-strength',
    c.countMin = 10000,
    c.countMax = 12000,
    c.countText = '10,000 to 12,000',
    c.measure = 'troops deployed',
    c.verified = false,
    c.note = '000 attributes the estimate to the United States and Ukraine; 004 to Ukraine alone; 002 gives it unattributed ("an estimated").';

MATCH (s:Agency {id: 'agency:us-government'}), (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:government-of-ukraine'}), (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'}), (t:Place {id: 'place:russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'}), (t:Place {id: 'place:north-korea'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Ukrainian sources: Korean War-style wave attacks

MERGE (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'})
SET c.name = 'Ukrainian sources: Korean War-style wave attacks',
    c.aliases = [],
    c.text = 'North Korean infantry units used outdated tactics reminiscent of the Korean War, advancing in waves despite heavy losses.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Not dated in 000; set to 000’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'tactics',
    c.verified = false;

MATCH (s:Agency {id: 'agency:ukrainian-sources'}), (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unspecified';

MATCH (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'}), (t:Event {id: 'event:korean-war'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Butusov: North Koreans did not evacuate wounded

MERGE (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'})
SET c.name = 'Butusov: North Koreans did not evacuate wounded',
    c.aliases = [],
    c.text = 'The North Korean attacks were supported by Russian artillery and electronic warfare, but North Korean forces did not attempt to evacuate their wounded.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Not dated in 000; set to 000’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'tactics',
    c.verified = false;

MATCH (s:Person {id: 'person:yuriy-butusov'}), (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unspecified',
    r.note = 'A military blogger; 000 does not say where he said it.';

MATCH (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'}), (t:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: ISW: communication problems will cause friction

MERGE (c:Claim {id: 'claim:isw-coordination-friction'})
SET c.name = 'ISW: communication problems will cause friction',
    c.aliases = [],
    c.text = 'The language barrier between Russian and North Korean troops causes significant coordination problems; poor integration and communication problems will likely keep causing friction.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Not dated in 000; set to 000’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'coordination',
    c.verified = false;

MATCH (s:Agency {id: 'agency:isw'}), (c:Claim {id: 'claim:isw-coordination-friction'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'report';

MATCH (c:Claim {id: 'claim:isw-coordination-friction'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:isw-coordination-friction'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:isw-coordination-friction'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'We do assess that North Korean soldiers have engaged in combat in Kursk alongside Russian forces. We do have indications that they have suffered casualties, both killed and wounded',
    r.excerpt = '“We do assess that North Korean soldiers have engaged in combat in Kursk alongside Russian forces. We do have indications that they have suffered casualties, both killed and wounded,” Pentagon spokesperson Maj. Gen. Pat Ryder said.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'According to Ukraine’s military intelligence agency (GUR), around 30 North Korean soldiers were killed or wounded in clashes over the weekend near the villages of Plekhovo, Vorozhba, and Martynovka, close to the Ukrainian border.',
    r.note = '000 says "around 30"; the GUR’s own words, as quoted in 001, are "at least 30".';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:gur-nk-missing-3-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'GUR also reported that at least three North Korean soldiers went missing during the battles.',
    r.note = '000 does not name Kurilovka: it says "during the battles", which it places near Plekhovo, Vorozhba and Martynovka.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:drone-unit-footage-20-casualties'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'A Ukrainian drone unit released video footage allegedly showing over 20 North Korean casualties in a snowy field, though the identities could not be independently verified.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:drone-footage-sleds-plekhovo'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Additional drone footage near Plekhovo showed troops retreating and dragging casualties on sleds.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:russianpropx-sso-footage-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'Special Operations Forces showed footage of a hunt for mercenaries from North Korea in the Kursk region.',
    r.excerpt = 'Special Operations Forces showed footage of a hunt for mercenaries from North Korea in the Kursk region.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'The DPRK army suffered losses of at least 30 soldiers killed and wounded.',
    r.excerpt = 'The DPRK army suffered losses of at least 30 soldiers killed and wounded.#UkraineWar #NorthKorea';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The United States and Ukraine estimate that 10,000 to 12,000 North Korean troops have been sent to Russia to support its war effort.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:ukrainian-sources-wave-tactics'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Ukrainian sources reported that North Korean infantry units used outdated tactics reminiscent of the Korean War, advancing in waves despite heavy losses.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:butusov-no-evacuation-of-wounded'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Ukrainian military blogger Yuriy Butusov said the attacks were supported by Russian artillery and electronic warfare but noted that North Korean forces did not attempt to evacuate their wounded.';

MATCH (a:Article {id: 'article:000-nk-soldiers-killed-kursk'}), (c:Claim {id: 'claim:isw-coordination-friction'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'The poor integration and ongoing communication problems between Russian and North Korean forces will likely continue to cause friction',
    r.excerpt = 'The language barrier between Russian and North Korean troops has caused significant coordination challenges, according to the Washington-based Institute for the Study of War.';
