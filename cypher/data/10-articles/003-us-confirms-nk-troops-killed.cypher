// Article 003_169085be78354f09.txt: U.S. officials confirm North Korean troops killed fighting alongside Russian forces in Kursk
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

// ── the article

MERGE (a:Article {id: 'article:003-us-confirms-nk-troops-killed'})
SET a.name = 'U.S. officials confirm North Korean troops killed fighting alongside Russian forces in Kursk',
    a.aliases = [],
    a.title = 'U.S. officials confirm North Korean troops killed fighting alongside Russian forces in Kursk',
    a.titleNote = 'The seed file has no headline; this title was written from its first sentence.',
    a.outlet = 'unknown',
    a.outletNote = 'Not inferable: no dateline, byline or outlet name. The trailing "+ There are no comments / Add yours" is a blog/CMS comment widget, suggesting an aggregator or blog rather than a wire service.',
    a.author = null,
    a.published = '2024-12-16',
    a.publishedPrecision = 'on-or-after',
    a.dateNote = 'Lower bound only: it reports fighting "on Saturday and Sunday" (Dec 14–15, 2024), Zelensky’s statement "On Saturday" (Dec 14), Ryder’s assessment (dated Dec 16 here) and U.S. Treasury sanctions "this week".',
    a.file = '003_169085be78354f09.txt';

// ── MENTIONS: every entity the text names or describes

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:kursk-region'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:plekhovo'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:vorozhba'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:martynovka'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:europe'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Place {id: 'place:indo-pacific'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:us-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:gur'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:pentagon'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:us-intelligence'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:kremlin'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:russian-mod'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:eu'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:uk-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:australia-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:south-korea-government'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:us-treasury'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:russian-armed-forces'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:dprk-army'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Agency {id: 'agency:government-of-north-korea'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Person {id: 'person:volodymyr-zelensky'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Person {id: 'person:pat-ryder'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Event {id: 'event:nk-deployment-to-russia'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Event {id: 'event:kursk-weekend-battles-2024-12-14'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Event {id: 'event:ukraine-kursk-offensive-2024'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'}) MERGE (a)-[:MENTIONS]->(n);
MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (n:Event {id: 'event:russia-ukraine-war'}) MERGE (a)-[:MENTIONS]->(n);

// ── Claim: October reports: ~10,000 North Korean troops sent

MERGE (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'})
SET c.name = 'October reports: ~10,000 North Korean troops sent',
    c.aliases = [],
    c.text = 'North Korea dispatched approximately 10,000 troops to bolster Russia’s military efforts.',
    c.date = '2024-10-01',
    c.datePrecision = 'month',
    c.dateNote = '003: "news emerged in October"; the day is not given.',
    c.kind = 'troop-strength',
    c.countMin = 10000,
    c.countMax = 10000,
    c.countText = 'approximately 10,000',
    c.measure = 'troops deployed',
    c.verified = false;

MATCH (s:Agency {id: 'agency:unattributed'}), (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unattributed',
    r.note = '003: "news emerged in October" — no source named.';

MATCH (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'}), (t:Place {id: 'place:russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'}), (t:Place {id: 'place:north-korea'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: North Koreans first trained and held support roles

MERGE (c:Claim {id: 'claim:nk-training-support-roles'})
SET c.name = 'North Koreans first trained and held support roles',
    c.aliases = [],
    c.text = 'The North Korean troops, lacking prior combat experience, spent their first weeks in Russia in training and support roles.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = '003: "reportedly" — undated and unattributed; set to 003’s earliest possible publication date.',
    c.kind = 'deployment',
    c.verified = false;

MATCH (s:Agency {id: 'agency:unattributed'}), (c:Claim {id: 'claim:nk-training-support-roles'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unattributed',
    r.note = '003: "reportedly".';

MATCH (c:Claim {id: 'claim:nk-training-support-roles'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-training-support-roles'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:nk-training-support-roles'}), (t:Place {id: 'place:russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Ryder: a week in combat, infantry roles, Kursk only

MERGE (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'})
SET c.name = 'Ryder: a week in combat, infantry roles, Kursk only',
    c.aliases = [],
    c.text = 'North Korean troops have been in combat for just over a week, primarily in infantry roles in Kursk region, which suggests they have not yet been sent into Ukraine itself; no casualty figures were disclosed.',
    c.date = '2024-12-16',
    c.datePrecision = 'day',
    c.dateNote = 'Same statement as Ryder’s combat-and-casualties assessment (assumed Monday Dec 16, 2024).',
    c.kind = 'deployment',
    c.verified = false,
    c.note = 'Whether "suggesting they have not yet been sent into Ukraine itself" is Ryder’s inference or 003’s is unclear.';

MATCH (s:Person {id: 'person:pat-ryder'}), (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (t:Place {id: 'place:ukraine'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky footage: North Koreans taking cover

MERGE (c:Claim {id: 'claim:zelensky-footage-taking-cover'})
SET c.name = 'Zelensky footage: North Koreans taking cover',
    c.aliases = [],
    c.text = 'Drone footage shared by Zelensky purportedly shows North Korean troops taking cover after an assault on Ukrainian positions.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Undated in 003; set to 003’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'combat-engagement',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-footage-taking-cover'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram';

MATCH (c:Claim {id: 'claim:zelensky-footage-taking-cover'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-footage-taking-cover'}), (t:Agency {id: 'agency:armed-forces-of-ukraine'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-footage-taking-cover'}), (t:Place {id: 'place:kursk-region'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: Russia burns dead North Koreans’ faces

MERGE (c:Claim {id: 'claim:zelensky-burned-faces-accusation'})
SET c.name = 'Zelensky: Russia burns dead North Koreans’ faces',
    c.aliases = [],
    c.text = 'Russian forces are trying to hide the presence of North Koreans on the battlefield by burning the faces of dead soldiers.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Undated in 003; set to 003’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'accusation',
    c.verified = false,
    c.note = 'Based on footage Zelensky released; 003 says the footage is "alleging" it.';

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-burned-faces-accusation'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'Telegram',
    r.note = '003: "He also released footage" after the Telegram drone footage; channel assumed the same.';

MATCH (c:Claim {id: 'claim:zelensky-burned-faces-accusation'}), (t:Agency {id: 'agency:russian-armed-forces'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-burned-faces-accusation'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Zelensky: no reason for North Koreans to die

MERGE (c:Claim {id: 'claim:zelensky-no-reason-to-die'})
SET c.name = 'Zelensky: no reason for North Koreans to die',
    c.aliases = [],
    c.text = 'There is no reason for North Koreans to die in this war.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Undated in 003; set to 003’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'assessment',
    c.verified = false;

MATCH (s:Person {id: 'person:volodymyr-zelensky'}), (c:Claim {id: 'claim:zelensky-no-reason-to-die'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'unspecified';

MATCH (c:Claim {id: 'claim:zelensky-no-reason-to-die'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:zelensky-no-reason-to-die'}), (t:Event {id: 'event:russia-ukraine-war'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: Kremlin declines comment on North Korean deaths

MERGE (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'})
SET c.name = 'Kremlin declines comment on North Korean deaths',
    c.aliases = [],
    c.text = 'The Kremlin did not comment on the reported deaths of North Korean soldiers and referred inquiries to the Russian Ministry of Defence, which did not respond.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Undated in 003; set to 003’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'no-comment',
    c.verified = false;

MATCH (s:Agency {id: 'agency:kremlin'}), (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'no comment';

MATCH (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'}), (t:Agency {id: 'agency:russian-mod'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'}), (t:Agency {id: 'agency:dprk-army'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: EU and partners: a "dangerous expansion"

MERGE (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
SET c.name = 'EU and partners: a "dangerous expansion"',
    c.aliases = [],
    c.text = 'North Korea’s military involvement is a dangerous expansion of the war with significant implications for security in Europe and the Indo-Pacific.',
    c.date = '2024-12-16',
    c.datePrecision = 'undated',
    c.dateNote = 'Undated in 003; set to 003’s earliest possible publication date (Dec 16, 2024).',
    c.kind = 'assessment',
    c.verified = false;

MATCH (s:Agency {id: 'agency:eu'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:uk-government'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:us-government'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:australia-government'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (s:Agency {id: 'agency:south-korea-government'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'statement';

MATCH (c:Claim {id: 'claim:eu-partners-dangerous-expansion'}), (t:Event {id: 'event:nk-deployment-to-russia'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:eu-partners-dangerous-expansion'}), (t:Place {id: 'place:europe'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:eu-partners-dangerous-expansion'}), (t:Place {id: 'place:indo-pacific'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:eu-partners-dangerous-expansion'}), (t:Agency {id: 'agency:government-of-north-korea'}) MERGE (c)-[:ABOUT]->(t);

// ── Claim: U.S. Treasury sanctions 9 individuals, 7 entities

MERGE (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'})
SET c.name = 'U.S. Treasury sanctions 9 individuals, 7 entities',
    c.aliases = [],
    c.text = 'The U.S. Treasury Department announced sanctions on nine individuals and seven entities linked to financial and military support for North Korea.',
    c.date = '2024-12-16',
    c.datePrecision = 'week',
    c.dateNote = '003: "This week"; 003 is from the week of Monday Dec 16, 2024.',
    c.kind = 'sanctions',
    c.countMin = 16,
    c.countMax = 16,
    c.countText = 'nine individuals and seven entities',
    c.measure = 'individuals and entities sanctioned',
    c.verified = false,
    c.individuals = 9,
    c.entities = 7;

MATCH (s:Agency {id: 'agency:us-treasury'}), (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'})
MERGE (s)-[r:CLAIMED]->(c)
SET r.channel = 'announcement';

MATCH (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'}), (t:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'}), (t:Agency {id: 'agency:government-of-north-korea'}) MERGE (c)-[:ABOUT]->(t);
MATCH (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'}), (t:Place {id: 'place:north-korea'}) MERGE (c)-[:ABOUT]->(t);

// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:nk-troops-approx-10000-2024-10'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'This marks the first reported casualties since news emerged in October that North Korea had dispatched approximately 10,000 troops to bolster Russia’s military efforts.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Ukraine’s military intelligence agency, the GUR, has reported that at least 30 North Korean soldiers were either killed or wounded during recent clashes over the weekend. However, these claims have yet to be independently verified.',
    r.note = 'The locations come in a later sentence of 003: "The GUR reported that North Korean casualties occurred in the villages of Plekhovo, Vorobzha, and Martynovka during intense fighting on Saturday and Sunday."';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:nk-training-support-roles'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The North Korean troops, lacking prior combat experience, reportedly spent their initial weeks in Russia undergoing training and performing support roles.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'significant number',
    r.excerpt = 'On Saturday, Ukrainian President Volodymyr Zelensky indicated that Russian forces had begun deploying a “significant number” of these troops in assaults across a region of Kursk that Ukraine has occupied since a surprise incursion in August.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'Pentagon press secretary Major General Pat Ryder stated that U.S. intelligence believes North Korean soldiers have engaged in combat alongside Russian forces and have sustained both fatal and non-fatal injuries.',
    r.note = '003’s lede also says "U.S. officials have confirmed" the deaths, in "the Kursk border region of Ukraine" — Kursk is in Russia.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'While Ryder did not disclose specific casualty figures, he noted that the North Koreans have been involved in combat for just over a week, primarily in infantry roles within the Kursk region, suggesting they have not yet been sent into Ukraine itself.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:zelensky-footage-taking-cover'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'President Zelensky shared drone footage on Telegram that purportedly showed North Korean troops taking cover after an assault on Ukrainian positions.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:zelensky-burned-faces-accusation'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'He also released footage alleging that Russian forces were attempting to obscure the presence of North Koreans on the battlefield by burning the faces of deceased soldiers.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:zelensky-no-reason-to-die'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'There is not a single reason for North Koreans to die in this war',
    r.excerpt = '“There is not a single reason for North Koreans to die in this war,” Zelensky remarked, emphasizing the tragedy of their involvement.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:kremlin-no-comment-nk-deaths'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'The Kremlin has refrained from commenting on the reported deaths, referring inquiries to the Russian Ministry of Defence, which has remained silent.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:eu-partners-dangerous-expansion'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = 'dangerous expansion',
    r.excerpt = 'In response to North Korea’s military involvement, the European Union, along with countries including the UK, US, Australia, and South Korea, has labeled it a “dangerous expansion” with significant implications for security in both Europe and the Indo-Pacific region.';

MATCH (a:Article {id: 'article:003-us-confirms-nk-troops-killed'}), (c:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'})
MERGE (a)-[r:REPORTS]->(c)
SET r.quote = null,
    r.excerpt = 'This week, the U.S. Treasury Department also announced sanctions targeting nine individuals and seven entities linked to financial and military support for North Korea.';
