// Registry: events (:Event)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MERGE (n:Event {id: 'event:russia-ukraine-war'})
SET n.name = 'Russia–Ukraine war',
    n.aliases = ['Russian invasion of Ukraine', 'Russia\'s invasion of Ukraine', 'war in Ukraine'],
    n.kind = 'war',
    n.startDate = '2022-02-24',
    n.dateNote = '001 says "Russia’s invasion of Ukraine in 2022", 004 "the almost 3-year war"; the day (Feb 24, 2022) is general knowledge, not from the seed texts.';

MERGE (n:Event {id: 'event:nk-deployment-to-russia'})
SET n.name = 'North Korean troop deployment to Russia',
    n.aliases = ['North Korean deployment to Russia'],
    n.kind = 'deployment',
    n.startDate = '2024-10-01',
    n.datePrecision = 'month',
    n.dateNote = '002: the troops "arrived in the country in October 2024" and "entered combat in early December"; 003: news of the deployment "emerged in October". Ongoing at the time of the articles (no endDate).';

MERGE (n:Event {id: 'event:nk-arms-supply-to-russia'})
SET n.name = 'North Korean arms supplies to Russia',
    n.aliases = [],
    n.kind = 'military aid',
    n.note = '001: North Korea "already providing Moscow with artillery munitions and ballistic missiles". Undated in the text.';

MERGE (n:Event {id: 'event:ukraine-kursk-offensive-2024'})
SET n.name = 'Ukrainian Kursk offensive (August 2024)',
    n.aliases = ['Kursk incursion', 'Kursk operation', 'August 2024 Kursk offensive'],
    n.kind = 'offensive',
    n.startDate = '2024-08-06',
    n.dateNote = 'The articles say "August" / "August 2024"; Aug 6 follows from Zelensky’s post of Monday Jan 6, 2025 marking "exactly five months since the start of our actions in the Kursk region" (002).';

MERGE (n:Event {id: 'event:kursk-counteroffensive-planned-2024'})
SET n.name = 'Planned Russian counteroffensive in Kursk (~50,000 troops)',
    n.aliases = [],
    n.kind = 'counteroffensive (planned)',
    n.startDate = '2024-11-01',
    n.datePrecision = 'month',
    n.dateNote = '001: sources told ABC News "in November" that about 50,000 troops were being readied.';

MERGE (n:Event {id: 'event:pentagon-briefing-2024-11'})
SET n.name = 'Pentagon briefing on North Korean troops (November 2024)',
    n.aliases = [],
    n.kind = 'briefing',
    n.startDate = '2024-11-01',
    n.endDate = '2024-11-30',
    n.datePrecision = 'month',
    n.dateNote = '001: "according to a November briefing by Pentagon spokesperson Maj. Gen. Pat Ryder"; the day is not given.';

MERGE (n:Event {id: 'event:kursk-weekend-battles-2024-12-14'})
SET n.name = 'Kursk battles of December 14–15, 2024',
    n.aliases = ['weekend battles in Kursk', 'Dec. 14–15 battles'],
    n.kind = 'battle',
    n.startDate = '2024-12-14',
    n.endDate = '2024-12-15',
    n.dateNote = '001: "On Dec. 14 and 15"; 000 "over the weekend"; 003 "on Saturday and Sunday".';

MERGE (n:Event {id: 'event:friendly-fire-chechen-vehicles'})
SET n.name = 'Friendly-fire incident on Chechen vehicles',
    n.aliases = ['North Korean friendly fire on Chechen vehicles'],
    n.kind = 'incident',
    n.endDate = '2024-12-14',
    n.datePrecision = 'on-or-before',
    n.dateNote = 'Reported by the GUR on Saturday, Dec 14, 2024 (001); when it happened is not said.';

MERGE (n:Event {id: 'event:us-treasury-dprk-sanctions-2024-12'})
SET n.name = 'U.S. Treasury sanctions over support for North Korea (December 2024)',
    n.aliases = [],
    n.kind = 'sanctions',
    n.startDate = '2024-12-16',
    n.datePrecision = 'week',
    n.dateNote = '003: "This week, the U.S. Treasury Department also announced sanctions"; 003 was published on or after Dec 16, 2024, so the week of Dec 16 is assumed.';

MERGE (n:Event {id: 'event:makhnovka-fighting-2025-01'})
SET n.name = 'Fighting near Makhnovka (early January 2025)',
    n.aliases = ['Makhnovka battle'],
    n.kind = 'battle',
    n.endDate = '2025-01-04',
    n.datePrecision = 'approximate',
    n.dateNote = '002: Zelensky said on Saturday Jan 4, 2025 that the losses happened "over the course of a few days"; the start is not given.';

MERGE (n:Event {id: 'event:ukraine-kursk-renewed-offensive-2025-01'})
SET n.name = 'Ukraine’s renewed Kursk offensive (January 2025)',
    n.aliases = ['renewed offensive in Kursk', 'fresh incursion'],
    n.kind = 'offensive',
    n.startDate = '2025-01-05',
    n.datePrecision = 'approximate',
    n.dateNote = '002: reports emerged "slightly" after Zelensky’s address of Saturday Jan 4, 2025; the exact day is not given.';

MERGE (n:Event {id: 'event:sso-8th-regiment-battle-2025-01'})
SET n.name = '8th SSO Regiment drone and gun battle (January 2025)',
    n.aliases = ['Kursk drone and gun battle'],
    n.kind = 'battle',
    n.endDate = '2025-01-07',
    n.datePrecision = 'on-or-before',
    n.dateNote = 'Announced by the SSO on Tuesday Jan 7, 2025 (002); the battle day is not given. 002 places it "shortly after Ukraine launched a fresh incursion".';

MERGE (n:Event {id: 'event:ukrainian-long-range-strikes'})
SET n.name = 'Ukrainian long-range strikes on Russia',
    n.aliases = [],
    n.kind = 'strike campaign',
    n.note = '004: "the long-range strikes that Kyiv has been launching". Undated.';

MERGE (n:Event {id: 'event:korean-war'})
SET n.name = 'Korean War',
    n.aliases = [],
    n.kind = 'war',
    n.startDate = '1950-06-25',
    n.endDate = '1953-07-27',
    n.dateNote = 'Only mentioned (000: tactics "reminiscent of the Korean War"); dates are general knowledge.';
