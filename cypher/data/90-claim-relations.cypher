// (:Claim)-[:CORROBORATES|CONTRADICTS {basis, note}]->(:Claim) across articles
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.
// basis: figures (numbers compared), content (same substance), scope (same topic, different population or period),
//        relay (repeats another claim, not independent)

MATCH (c1:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'figures',
    r.note = 'Same day (Dec 16). 001 says Kirby "also confirmed the casualties"; "several dozen" killed and wounded is compatible with GUR’s "at least 30", though Kirby’s estimate is cumulative and GUR’s covers the Dec 14–15 weekend.';

MATCH (c1:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'The Pentagon independently reports North Korean killed and wounded (000 pairs the two sources), but gives no figure.';

MATCH (c1:Claim {id: 'claim:russianpropx-dprk-losses-30-2024-12-16'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'relay',
    r.note = 'Same figure ("at least 30 soldiers killed and wounded") posted the same day; it relays Ukrainian material, so it is not independent confirmation.';

MATCH (c1:Claim {id: 'claim:drone-unit-footage-20-casualties'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'figures',
    r.note = 'Footage of "over 20" casualties in one field is consistent with at least 30 over the weekend; the footage itself could not be independently verified.';

MATCH (c1:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (c2:Claim {id: 'claim:kirby-several-dozen-casualties-2024-12-16'})
MERGE (c1)-[r:CONTRADICTS]->(c2)
SET r.basis = 'figures',
    r.note = 'Two U.S. estimates of cumulative North Korean killed and wounded one day apart: "a couple hundred" (≈200, Dec 17) vs "several dozen" (Dec 16). The figures differ by a factor of about three or more.';

MATCH (c1:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (c2:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Both U.S. sources say North Koreans have been killed and wounded; the official adds a figure the Pentagon did not give.';

MATCH (c1:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'scope',
    r.note = 'Compatible only as a lower bound: GUR’s "at least 30" covers the Dec 14–15 weekend, the official’s ≈200 is a cumulative U.S. estimate — about seven times higher.';

MATCH (c1:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'scope',
    r.note = 'Different scope: ~200 is Russian and North Korean casualties combined in mixed units (said Saturday Dec 14); the ≥30 (said Monday Dec 16) is North Koreans only in the weekend battles.';

MATCH (c1:Claim {id: 'claim:official-couple-hundred-casualties-2024-12-17'}), (c2:Claim {id: 'claim:gur-mixed-units-200-casualties-2024-12-14'})
MERGE (c1)-[r:CONTRADICTS]->(c2)
SET r.basis = 'scope',
    r.note = 'Same ≈200 figure, different scope, so not corroboration: GUR (Dec 14) counted Russian and North Korean casualties together, which puts the North Korean share well under 200; the U.S. official (Dec 17) puts North Koreans alone at ≈200. Part of the gap may be the three days between them.';

MATCH (c1:Claim {id: 'claim:zelensky-noticeable-losses-2024-12-14'}), (c2:Claim {id: 'claim:gur-nk-casualties-30-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Zelensky (Dec 14) speaks of "noticeable losses" without a figure; GUR gives at least 30 two days later.';

MATCH (c1:Claim {id: 'claim:sso-13-killed-2025-01-07'}), (c2:Claim {id: 'claim:zelensky-makhnovka-battalion-2025-01-04'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'scope',
    r.note = 'Both report North Korean losses in Kursk in early January 2025, but not the same engagement as far as the text shows: 13 killed in one SSO battle vs "up to a battalion" (≤1,000, North Koreans and Russian paratroops) near Makhnovka over a few days.';

MATCH (c1:Claim {id: 'claim:ryder-up-to-12000-troops-2024-11'}), (c2:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'figures',
    r.note = 'Same upper bound (12,000); Ryder gives no lower bound.';

MATCH (c1:Claim {id: 'claim:nk-troops-approx-10000-2024-10'}), (c2:Claim {id: 'claim:us-ukraine-nk-troops-10000-12000'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'figures',
    r.note = 'The October figure (~10,000) is the lower end of the later 10,000–12,000 range; the estimates differ by up to 2,000 troops.';

MATCH (c1:Claim {id: 'claim:ryder-nk-combat-casualties-2024-12-16'}), (c2:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Two days after Zelensky’s statement, the Pentagon assesses that North Korean soldiers have engaged in combat in Kursk alongside Russian forces.';

MATCH (c1:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (c2:Claim {id: 'claim:zelensky-nk-used-in-assaults-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = '004: the White House and Pentagon "confirmed" North Korean forces are battling on the front lines.';

MATCH (c1:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (c2:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Both: largely infantry roles around Kursk (same day, same institutions).';

MATCH (c1:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (c2:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Both say the North Koreans fight only in Kursk region so far (Ryder: not yet sent into Ukraine itself).';

MATCH (c1:Claim {id: 'claim:wh-pentagon-front-line-infantry-2024-12-16'}), (c2:Claim {id: 'claim:zelensky-combined-units-kursk-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Zelensky: combined units; U.S.: with Russian units "and, in some cases, independently" — partly different.';

MATCH (c1:Claim {id: 'claim:kirby-move-to-front-line-2024-12-16'}), (c2:Claim {id: 'claim:gur-94th-brigade-replenishment-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Same day: Kirby sees North Koreans moving from the second line to the front line; GUR says assault groups are replenished with fresh personnel.';

MATCH (c1:Claim {id: 'claim:ryder-infantry-kursk-only-2024-12-16'}), (c2:Claim {id: 'claim:nk-special-forces-arrival-combat'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = '"In combat for just over a week" as of Dec 16 matches "entered combat in early December".';

MATCH (c1:Claim {id: 'claim:nk-training-support-roles'}), (c2:Claim {id: 'claim:nk-special-forces-arrival-combat'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Initial weeks of training and support roles fit arrival in October and combat from early December.';

MATCH (c1:Claim {id: 'claim:butusov-no-evacuation-of-wounded'}), (c2:Claim {id: 'claim:drone-footage-sleds-plekhovo'})
MERGE (c1)-[r:CONTRADICTS]->(c2)
SET r.basis = 'content',
    r.note = 'Butusov says North Korean forces did not attempt to evacuate their wounded; the drone footage near Plekhovo shows troops dragging casualties on sleds while retreating.';

MATCH (c1:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'}), (c2:Claim {id: 'claim:ukrainian-sources-wave-tactics'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Inexperience and costly wave attacks are two descriptions of the same weakness; both link it to heavy casualties.';

MATCH (c1:Claim {id: 'claim:nk-training-support-roles'}), (c2:Claim {id: 'claim:official-not-battle-hardened-2024-12-17'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Both describe the North Korean troops as lacking combat experience.';

MATCH (c1:Claim {id: 'claim:isw-coordination-friction'}), (c2:Claim {id: 'claim:gur-language-barrier-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'ISW independently describes the language barrier and communication problems between Russian and North Korean forces.';

MATCH (c1:Claim {id: 'claim:drone-unit-footage-20-casualties'}), (c2:Claim {id: 'claim:gur-fpv-drone-losses-2024-12-14'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Drone footage of North Korean casualties supports GUR’s claim that drones caused heavy losses (the footage is unverified and not stated to be FPV).';

MATCH (c1:Claim {id: 'claim:us-treasury-dprk-sanctions-2024-12'}), (c2:Claim {id: 'claim:kirby-escalation-sanctions-2024-12-16'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'The Treasury announced sanctions linked to support for North Korea the same week Kirby said escalation would bring increased sanctions.';

MATCH (c1:Claim {id: 'claim:zelensky-kursk-buffer-zone-2025-01-06'}), (c2:Claim {id: 'claim:official-ukraine-can-hold-kursk-2024-12-17'})
MERGE (c1)-[r:CORROBORATES]->(c2)
SET r.basis = 'content',
    r.note = 'Three weeks after the U.S. official said Ukraine could hold ground "for some time", Zelensky says Ukraine still holds a buffer zone in Kursk.';
