// Registry: agencies, armed forces, units, outlets, accounts (:Agency)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MERGE (n:Agency {id: 'agency:government-of-ukraine'})
SET n.name = 'Government of Ukraine',
    n.aliases = ['Ukraine', 'Kyiv', 'officials in Kyiv', 'Ukrainian government'],
    n.kind = 'government',
    n.country = 'Ukraine',
    n.note = 'Ukraine as an actor ("the U.S. and Ukraine revealed", "Ukraine announced", "officials in Kyiv"). The country as territory is place:ukraine.';

MERGE (n:Agency {id: 'agency:ukraine-ministry-of-defence'})
SET n.name = 'Ministry of Defence of Ukraine',
    n.aliases = ['Ukrainian Defense Ministry', 'Ukrainian Defence Ministry', 'Defense Ministry of Ukraine'],
    n.kind = 'government department',
    n.country = 'Ukraine';

MERGE (n:Agency {id: 'agency:gur'})
SET n.name = 'Main Directorate of Intelligence (GUR)',
    n.aliases = ['GUR', 'HUR', 'Main Directorate of Intelligence', 'Ukraine’s military intelligence agency', 'Ukrainian military intelligence', 'Ukrainian Defense Ministry\'s Main Directorate of Intelligence'],
    n.kind = 'intelligence service',
    n.country = 'Ukraine',
    n.note = 'Main Directorate of Intelligence of the Ukrainian Defense Ministry; publishes on its official Telegram channel.';

MERGE (n:Agency {id: 'agency:armed-forces-of-ukraine'})
SET n.name = 'Armed Forces of Ukraine',
    n.aliases = ['Ukrainian forces', 'Ukrainian military', 'Ukrainian troops'],
    n.kind = 'armed force',
    n.country = 'Ukraine';

MERGE (n:Agency {id: 'agency:sso'})
SET n.name = 'Special Operations Forces of Ukraine',
    n.aliases = ['SSO', 'Ukraine\'s Special Operations Forces', 'Special Operations Forces'],
    n.kind = 'armed force',
    n.country = 'Ukraine';

MERGE (n:Agency {id: 'agency:sso-8th-regiment'})
SET n.name = '8th Separate Special Operations Regiment',
    n.aliases = ['8th SSO Regiment', '8th Special Operations Regiment'],
    n.kind = 'military unit',
    n.country = 'Ukraine';

MERGE (n:Agency {id: 'agency:ukrainian-drone-unit'})
SET n.name = 'Ukrainian drone unit (unnamed)',
    n.aliases = ['A Ukrainian drone unit'],
    n.kind = 'military unit',
    n.country = 'Ukraine',
    n.anonymous = true,
    n.note = '000 does not name the unit; it is not linked to the SSO or any other formation because the text gives no basis.';

MERGE (n:Agency {id: 'agency:ukrainian-sources'})
SET n.name = 'Ukrainian sources (unnamed)',
    n.aliases = ['Ukrainian sources'],
    n.kind = 'unnamed source',
    n.country = 'Ukraine',
    n.anonymous = true;

MERGE (n:Agency {id: 'agency:us-government'})
SET n.name = 'U.S. government',
    n.aliases = ['United States', 'U.S.', 'US', 'U.S. officials', 'United States government'],
    n.kind = 'government',
    n.country = 'United States',
    n.note = 'The United States as an actor ("The United States and Ukraine estimate", "U.S. officials have confirmed"). The country as territory is place:united-states.';

MERGE (n:Agency {id: 'agency:pentagon'})
SET n.name = 'Pentagon',
    n.aliases = ['U.S. Department of Defense', 'Department of Defense', 'DoD'],
    n.kind = 'government department',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:white-house'})
SET n.name = 'White House',
    n.aliases = [],
    n.kind = 'government department',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:us-treasury'})
SET n.name = 'U.S. Treasury Department',
    n.aliases = ['U.S. Department of the Treasury', 'Department of the Treasury', 'Treasury Department'],
    n.kind = 'government department',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:us-intelligence'})
SET n.name = 'U.S. intelligence',
    n.aliases = ['U.S. intelligence community'],
    n.kind = 'intelligence service',
    n.country = 'United States',
    n.note = '003: "U.S. intelligence believes" (Ryder citing it).';

MERGE (n:Agency {id: 'agency:isw'})
SET n.name = 'Institute for the Study of War',
    n.aliases = ['ISW'],
    n.kind = 'think tank',
    n.country = 'United States',
    n.note = 'Washington-based.';

MERGE (n:Agency {id: 'agency:russian-government'})
SET n.name = 'Government of Russia',
    n.aliases = ['Russian government', 'Russian leaders', 'Moscow'],
    n.kind = 'government',
    n.country = 'Russia',
    n.note = 'Russia as an actor ("Russian leaders have said", "cooperation between Moscow and Pyongyang"). The country as territory is place:russia.';

MERGE (n:Agency {id: 'agency:kremlin'})
SET n.name = 'Kremlin',
    n.aliases = ['the Kremlin', 'Russian Presidential Administration'],
    n.kind = 'government',
    n.country = 'Russia';

MERGE (n:Agency {id: 'agency:russian-mod'})
SET n.name = 'Ministry of Defence of the Russian Federation',
    n.aliases = ['Russian Ministry of Defence', 'Russian Defense Ministry', 'Russian MoD'],
    n.kind = 'government department',
    n.country = 'Russia';

MERGE (n:Agency {id: 'agency:russian-mod-press-service'})
SET n.name = 'Russian Defense Ministry Press Service',
    n.aliases = [],
    n.kind = 'government department',
    n.country = 'Russia';

MERGE (n:Agency {id: 'agency:russian-armed-forces'})
SET n.name = 'Armed Forces of the Russian Federation',
    n.aliases = ['Russian forces', 'Russian army', 'Russian troops', 'Russian military'],
    n.kind = 'armed force',
    n.country = 'Russia';

MERGE (n:Agency {id: 'agency:russian-airborne-forces'})
SET n.name = 'Russian Airborne Forces',
    n.aliases = ['Russian paratroops', 'VDV'],
    n.kind = 'armed force',
    n.country = 'Russia',
    n.note = '002 (Zelensky): "Russian paratroops" lost near Makhnovka.';

MERGE (n:Agency {id: 'agency:chechen-fighters'})
SET n.name = 'Chechen fighters',
    n.aliases = ['Chechen units'],
    n.kind = 'armed formation',
    n.country = 'Russia',
    n.note = 'Fighting on the Russian side (001). No PART_OF link: the text does not say which formation they belong to.';

MERGE (n:Agency {id: 'agency:government-of-north-korea'})
SET n.name = 'Government of North Korea',
    n.aliases = ['North Korean government', 'Pyongyang', 'DPRK government'],
    n.kind = 'government',
    n.country = 'North Korea',
    n.note = 'North Korea as the state that sends troops ("Pyongyang has deployed", "Pyongyang is believed to have sent"). The country as territory is place:north-korea; its armed force is agency:dprk-army.';

MERGE (n:Agency {id: 'agency:dprk-army'})
SET n.name = 'Korean People\'s Army',
    n.aliases = ['DPRK army', 'KPA', 'North Korean army', 'North Korean forces', 'North Korean troops'],
    n.kind = 'armed force',
    n.country = 'North Korea',
    n.note = 'The armed force whose soldiers fight in Kursk ("units of the DPRK army"). Distinct from the country (place:north-korea) and the state (agency:government-of-north-korea).';

MERGE (n:Agency {id: 'agency:dprk-94th-brigade'})
SET n.name = '94th Separate Brigade (DPRK army)',
    n.aliases = ['94th separate brigade', '94th separate brigade of the DPRK army'],
    n.kind = 'military unit',
    n.country = 'North Korea';

MERGE (n:Agency {id: 'agency:dprk-special-forces'})
SET n.name = 'North Korean special forces',
    n.aliases = ['Pyongyang\'s special forces'],
    n.kind = 'armed force',
    n.country = 'North Korea';

MERGE (n:Agency {id: 'agency:eu'})
SET n.name = 'European Union',
    n.aliases = ['EU'],
    n.kind = 'intergovernmental organisation';

MERGE (n:Agency {id: 'agency:uk-government'})
SET n.name = 'Government of the United Kingdom',
    n.aliases = ['UK', 'United Kingdom', 'UK government'],
    n.kind = 'government',
    n.country = 'United Kingdom';

MERGE (n:Agency {id: 'agency:australia-government'})
SET n.name = 'Government of Australia',
    n.aliases = ['Australia', 'Australian government'],
    n.kind = 'government',
    n.country = 'Australia';

MERGE (n:Agency {id: 'agency:south-korea-government'})
SET n.name = 'Government of South Korea',
    n.aliases = ['South Korea', 'Republic of Korea', 'South Korean government'],
    n.kind = 'government',
    n.country = 'South Korea';

MERGE (n:Agency {id: 'agency:abc-news'})
SET n.name = 'ABC News',
    n.aliases = ['ABC'],
    n.kind = 'news outlet',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:abc-news-sources'})
SET n.name = 'Sources who spoke to ABC News (unnamed)',
    n.aliases = ['Sources told ABC News'],
    n.kind = 'unnamed source',
    n.anonymous = true;

MERGE (n:Agency {id: 'agency:newsweek'})
SET n.name = 'Newsweek',
    n.aliases = [],
    n.kind = 'news outlet',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:associated-press'})
SET n.name = 'The Associated Press',
    n.aliases = ['AP', 'Associated Press'],
    n.kind = 'news agency',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:afp'})
SET n.name = 'Agence France-Presse',
    n.aliases = ['AFP'],
    n.kind = 'news agency',
    n.country = 'France';

MERGE (n:Agency {id: 'agency:getty-images'})
SET n.name = 'Getty Images',
    n.aliases = [],
    n.kind = 'photo agency',
    n.country = 'United States';

MERGE (n:Agency {id: 'agency:russianpropx'})
SET n.name = 'Russian Propaganda (@RussianPropX)',
    n.aliases = ['@RussianPropX', 'RussianPropX', 'Russian Propaganda'],
    n.kind = 'social account',
    n.platform = 'X',
    n.note = 'X (Twitter) account whose post of December 16, 2024 is embedded in 000. Despite the name it relays Ukrainian material (SSO footage).';

MERGE (n:Agency {id: 'agency:unattributed'})
SET n.name = 'Unattributed (no source named)',
    n.aliases = ['unattributed'],
    n.kind = 'placeholder',
    n.note = 'Claimant of statements that an article presents without saying who made them ("is believed", "reportedly", "news emerged", "were assessed", "reports ... emerged"). Lets every Claim have a CLAIMED edge without inventing a source.';
