// Registry: people (:Person)
// Generated once from the seed articles, maintained by hand since. Idempotent: MERGE on id, then SET.
// See cypher/README.md for the model and conventions.

MERGE (n:Person {id: 'person:pat-ryder'})
SET n.name = 'Pat Ryder',
    n.aliases = ['Maj. Gen. Pat Ryder', 'Major General Pat Ryder', 'Ryder'],
    n.title = 'Major General; Pentagon press secretary (spokesperson)',
    n.country = 'United States';

MERGE (n:Person {id: 'person:john-kirby'})
SET n.name = 'John Kirby',
    n.aliases = ['Kirby'],
    n.title = 'White House national security spokesperson',
    n.country = 'United States';

MERGE (n:Person {id: 'person:volodymyr-zelensky'})
SET n.name = 'Volodymyr Zelensky',
    n.aliases = ['Zelenskyy', 'Volodymyr Zelenskyy', 'Zelensky', 'President Zelensky'],
    n.title = 'President of Ukraine',
    n.country = 'Ukraine';

MERGE (n:Person {id: 'person:yuriy-butusov'})
SET n.name = 'Yuriy Butusov',
    n.aliases = ['Butusov'],
    n.title = 'Ukrainian military blogger',
    n.country = 'Ukraine';

MERGE (n:Person {id: 'person:kim-jong-un'})
SET n.name = 'Kim Jong Un',
    n.aliases = [],
    n.title = 'Leader of North Korea',
    n.country = 'North Korea',
    n.note = 'Named in 002 as the "Kremlin ally" who sent the troops.';

MERGE (n:Person {id: 'person:senior-us-military-official'})
SET n.name = 'Senior U.S. military official (anonymous)',
    n.aliases = ['senior military official', 'senior U.S. military official'],
    n.title = 'Senior military official, unnamed',
    n.country = 'United States',
    n.anonymous = true,
    n.note = 'AP (004): "spoke on condition of anonymity to provide a U.S. assessment of the war". Not identified; kept as one person because only one article quotes them.';

MERGE (n:Person {id: 'person:lolita-c-baldor'})
SET n.name = 'Lolita C. Baldor',
    n.aliases = ['Lolita Baldor'],
    n.title = 'Reporter, The Associated Press',
    n.country = 'United States';

MERGE (n:Person {id: 'person:tatyana-makeyeva'})
SET n.name = 'Tatyana Makeyeva',
    n.aliases = [],
    n.title = 'Photographer (AFP/Getty Images credit)',
    n.note = 'Credited for the photo in 002 (caption: "TATYANA MAKEYEVA/AFP/Getty Images").';

MERGE (n:Person {id: 'person:kursk-local-volunteer'})
SET n.name = 'Unnamed volunteer in Kursk (photo subject)',
    n.aliases = ['A Ukrainian volunteer in Kursk', 'local volunteer'],
    n.title = 'Volunteer photographed in Kursk on August 16, 2024',
    n.anonymous = true,
    n.note = 'Photo subject in 002; the image heading says "A Ukrainian volunteer in Kursk" while the caption says "A local volunteer" (the two descriptions disagree on nationality).';
